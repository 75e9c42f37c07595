"""`--format rich` (the default on a terminal): findings grouped by file, each flagged sentence shown whole
with the span highlighted, the fix as before -> after, then a summary table.

Right-to-left runs are wrapped in Unicode bidi isolates (RLI ... PDI) so a terminal that implements bidi
shows Arabic in reading order without the Latin labels around it reordering the line.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, TextIO

from checker.models import FileResult, Fix, Located, Severity
from checker.report import report_words, results_language, summarize
from checker.report.escape import printable
from checker.text.lazy_regex import lazy_compile

if TYPE_CHECKING:
    from checker.cards import Card

_RTL_LETTER = r"\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff"
_RTL_RUN = lazy_compile(rf"[{_RTL_LETTER}][{_RTL_LETTER}\s\d«»،؛؟.,:\-()\"']*")
RLI, PDI = "\u2067", "\u2069"
STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "bold yellow", Severity.INFO: "bold cyan"}


def isolate_rtl(text: str) -> str:
    """Wrap every right-to-left run in RLI/PDI (trailing spaces stay outside the isolate); control characters
    of the article (terminal escape sequences) are shown escaped, never sent to the terminal."""
    def wrap(match: re.Match) -> str:
        run = match.group()
        stripped = run.rstrip()
        return f"{RLI}{stripped}{PDI}{run[len(stripped):]}"

    return _RTL_RUN.sub(wrap, printable(text))


def render(results: Sequence[FileResult], stream: TextIO, *, color: bool = True, quiet: bool = False) -> None:
    from rich.console import Console

    console = Console(file=stream, no_color=not color, highlight=False, soft_wrap=False,
                      force_terminal=color or None, width=None if color else 120)
    for result in results:
        _render_file(console, result, color)
    if not quiet:
        _render_summary(console, results)


def _render_file(console, result: FileResult, color: bool) -> None:
    from rich.text import Text

    from checker.cards import cards

    if not (result.findings or result.error or result.skipped or result.notes):
        return
    words = report_words(result.lang)
    header = Text(printable(result.path), style="bold underline")
    details = [d for d in (result.lang, result.date.isoformat() if result.date else words["no_date"]) if d]
    header.append(f"  ({isolate_rtl(words['list_separator'].join(details))})", style="dim")
    console.print(header)
    for note in result.notes:
        console.print(Text(f"  {isolate_rtl(words['note'])}: {printable(note)}", style="dim"))
    if result.error:
        console.print(Text(f"  {isolate_rtl(words['file_error'])}: {printable(result.error)}", style="bold red"))
    if result.skipped:
        console.print(Text(f"  {isolate_rtl(words['skipped_file'])}: {printable(result.skipped)}", style="dim"))
    for card in cards(result.findings):
        render_card(console, card, marked=not color, lang=result.lang)
    console.print()


def render_finding(console, located: Located, *, marked: bool = False, lang: str | None = None) -> None:
    """One finding as a card of its own."""
    from checker.cards import Card

    render_card(console, Card((located,)), marked=marked, lang=lang)


def render_card(console, card: Card, *, marked: bool = False, lang: str | None = None) -> None:
    """The span's reasons (the most severe first, with its place), the sentence once, every explanation,
    the proposed fix and its alternatives. `marked`: the span is also written between ⟦ ⟧ (no colour);
    `lang`: the article's language, which the labels and severities are written in."""
    from rich.text import Text

    words = report_words(lang)
    head = card.head
    for index, located in enumerate(card.findings):
        finding = located.finding
        line = Text("  ")
        severity = words[finding.severity.label]
        line.append(isolate_rtl(severity) + " " * (7 - len(severity)), style=STYLE[finding.severity])
        place = f" {head.line}:{head.column} "
        line.append(place if index == 0 else " " * len(place), style="dim")
        line.append(finding.rule, style="magenta")
        line.append("  " + isolate_rtl(finding.message))
        console.print(line)
    console.print(_sentence_with_span(head, marked))
    many = len(card.findings) > 1
    for located in card.findings:
        if located.finding.explanation:
            why = isolate_rtl(words["why"])
            label = f"    {why} ({located.finding.rule}): " if many else f"    {why}: "
            console.print(Text(label, style="dim") + Text(isolate_rtl(located.finding.explanation)))
    if card.fix is not None:
        console.print(_fix_line(f"    {isolate_rtl(words['fix'])}: ", head.text, card.fix, words))
    for fix in card.alternatives:
        console.print(_fix_line(f"    {isolate_rtl(words['alternative'])}: ", head.text, fix, words))


def _fix_line(label: str, before: str, fix: Fix, words: Mapping[str, str]):
    from rich.text import Text

    line = Text(label, style="dim")
    line.append(isolate_rtl(before), style="red strike")
    line.append(" -> ")
    line.append(isolate_rtl(fix.replacement), style="green")
    line.append(f"  ({isolate_rtl(words[fix.applicability])})", style="dim")
    return line


def _sentence_with_span(located: Located, marked: bool = False):
    from rich.text import Text

    from checker.report.text import CLOSE, OPEN

    sentence = " ".join(located.sentence.split())
    span = " ".join(located.text.split())
    text = Text("    ")
    index = sentence.find(span) if span else -1
    if index < 0:
        text.append(isolate_rtl(sentence))
        return text
    text.append(isolate_rtl(sentence[:index]))
    text.append(isolate_rtl(f"{OPEN}{span}{CLOSE}" if marked else span), style="bold reverse")
    text.append(isolate_rtl(sentence[index + len(span):]))
    return text


def _render_summary(console, results: Sequence[FileResult]) -> None:
    from rich.table import Table
    from rich.text import Text

    summary = summarize(results)
    words = report_words(results_language(results))  # English when the files' languages differ
    if summary["by_rule"]:
        table = Table(title=isolate_rtl(words["summary"]), show_header=True, header_style="bold")
        table.add_column(isolate_rtl(words["rule"]))
        table.add_column(isolate_rtl(words["findings"]), justify="right")
        for rule, count in summary["by_rule"].items():
            table.add_row(rule, str(count))
        console.print(table)
    severities = words["list_separator"].join(f"{count} {words[name]}"
                                              for name, count in summary["by_severity"].items())
    totals = words["totals"].format(severities=severities or words["none"], **summary)
    console.print(Text(isolate_rtl(totals), style="bold"), soft_wrap=True)

"""`--format rich` (the default on a terminal): findings grouped by file, each flagged sentence shown whole
with the span highlighted, the fix as before -> after, then a summary table.

Right-to-left runs are wrapped in Unicode bidi isolates (RLI ... PDI) so a terminal that implements bidi
shows Arabic in reading order without the Latin labels around it reordering the line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TextIO

from checker.models import FileResult, Located, Severity
from checker.report import summarize

_RTL_LETTER = r"\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff"
_RTL_RUN = re.compile(rf"[{_RTL_LETTER}][{_RTL_LETTER}\s\d«»،؛؟.,:\-()\"']*")
RLI, PDI = "\u2067", "\u2069"
STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "bold yellow", Severity.INFO: "bold cyan"}


def isolate_rtl(text: str) -> str:
    """Wrap every right-to-left run in RLI/PDI (trailing spaces stay outside the isolate)."""
    def wrap(match: re.Match) -> str:
        run = match.group()
        stripped = run.rstrip()
        return f"{RLI}{stripped}{PDI}{run[len(stripped):]}"

    return _RTL_RUN.sub(wrap, text)


def render(results: Sequence[FileResult], stream: TextIO, *, color: bool = True, quiet: bool = False) -> None:
    from rich.console import Console

    console = Console(file=stream, no_color=not color, highlight=False, soft_wrap=False,
                      force_terminal=color or None, width=None if color else 120)
    for result in results:
        _render_file(console, result)
    if not quiet:
        _render_summary(console, results)


def _render_file(console, result: FileResult) -> None:
    from rich.text import Text

    if not (result.findings or result.error or result.skipped or result.notes):
        return
    header = Text(result.path, style="bold underline")
    details = [d for d in (result.lang, result.date.isoformat() if result.date else "no date") if d]
    header.append(f"  ({', '.join(details)})", style="dim")
    console.print(header)
    for note in result.notes:
        console.print(Text(f"  note: {note}", style="dim"))
    if result.error:
        console.print(Text(f"  error: {result.error}", style="bold red"))
    if result.skipped:
        console.print(Text(f"  skipped: {result.skipped}", style="dim"))
    for located in result.findings:
        render_finding(console, located)
    console.print()


def render_finding(console, located: Located) -> None:
    from rich.text import Text

    finding = located.finding
    head = Text("  ")
    head.append(f"{finding.severity.label:<7}", style=STYLE[finding.severity])
    head.append(f" {located.line}:{located.column} ", style="dim")
    head.append(finding.rule, style="magenta")
    head.append("  " + isolate_rtl(finding.message))
    console.print(head)
    console.print(_sentence_with_span(located))
    if finding.explanation:
        console.print(Text("    why: ", style="dim") + Text(isolate_rtl(finding.explanation)))
    if finding.fix is not None:
        fix = Text("    fix: ", style="dim")
        fix.append(isolate_rtl(located.text), style="red strike")
        fix.append(" -> ")
        fix.append(isolate_rtl(finding.fix.replacement), style="green")
        fix.append(f"  ({finding.fix.applicability})", style="dim")
        console.print(fix)


def _sentence_with_span(located: Located):
    from rich.text import Text

    sentence = " ".join(located.sentence.split())
    span = " ".join(located.text.split())
    text = Text("    ")
    index = sentence.find(span) if span else -1
    if index < 0:
        text.append(isolate_rtl(sentence))
        return text
    text.append(isolate_rtl(sentence[:index]))
    text.append(isolate_rtl(span), style="bold reverse")
    text.append(isolate_rtl(sentence[index + len(span):]))
    return text


def _render_summary(console, results: Sequence[FileResult]) -> None:
    from rich.table import Table
    from rich.text import Text

    summary = summarize(results)
    if summary["by_rule"]:
        table = Table(title="factlint summary", show_header=True, header_style="bold")
        table.add_column("rule")
        table.add_column("findings", justify="right")
        for rule, count in summary["by_rule"].items():
            table.add_row(rule, str(count))
        console.print(table)
    severities = ", ".join(f"{count} {name}" for name, count in summary["by_severity"].items()) or "none"
    console.print(Text(f"{summary['files']} checked, {summary['findings']} findings ({severities}); "
                       f"{summary['errors']} errors, {summary['skipped']} skipped", style="bold"), soft_wrap=True)

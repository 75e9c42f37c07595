"""`--format text`: one line per card (a flagged span with every rule that flags it), which editors and grep
read: `path:line:col: severity rule message [fix: span -> replacement]` for the most severe reason and the
card's proposed fix, then `[also: rules]` for the other reasons, `[alternatives: ...]` for their other fixes,
and `in: …⟦span⟧…`, the span marked in its sentence (no colour marks it in a log or a pipe). The severity and the
labels are in the article's language (`checker/lang/*/report.py`); rule ids stay as they are."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from checker.models import FileResult, Located
from checker.report.escape import one_line

OPEN, CLOSE = "⟦", "⟧"
CONTEXT = 60  # characters of the sentence kept on each side of the span on the one line


def render(results: Sequence[FileResult], stream: TextIO, *, color: bool = False, quiet: bool = False) -> None:
    from checker.cards import cards
    from checker.report import report_words

    for result in results:
        words = report_words(result.lang)  # the labels in the article's language
        for card in cards(result.findings):
            head = card.head
            finding = head.finding
            line = (f"{result.path}:{head.line}:{head.column}: {words[finding.severity.label]} {finding.rule} "
                    f"{finding.message}")
            if card.fix is not None:
                line += f" [{words['fix']}: {head.text} -> {card.fix.replacement}]"
            if len(card.findings) > 1:
                line += f" [{words['also']}: {', '.join(other.finding.rule for other in card.findings[1:])}]"
            if card.alternatives:
                line += f" [{words['alternatives']}: {', '.join(fix.replacement for fix in card.alternatives)}]"
            sentence = marked_sentence(head, context=CONTEXT)
            if sentence and sentence != f"{OPEN}{' '.join(head.text.split())}{CLOSE}":  # not the span alone
                line += f" {words['in']}: {sentence}"
            stream.write(one_line(line) + "\n")


def marked_sentence(located: Located, opening: str = OPEN, closing: str = CLOSE, context: int | None = None) -> str:
    """The finding's sentence on one line with its span between `opening` and `closing` (the sentence
    alone when the span is not in it); with `context`, at most that many characters on each side."""
    sentence = " ".join(located.sentence.split())
    span = " ".join(located.text.split())
    index = sentence.find(span) if span else -1
    if index < 0:
        return sentence
    before, after = sentence[:index], sentence[index + len(span):]
    if context is not None:
        before = before if len(before) <= context else "…" + before[-context:].lstrip()
        after = after if len(after) <= context else after[:context].rstrip() + "…"
    return f"{before}{opening}{span}{closing}{after}"

"""One card per problem: the findings of one span (several rules flagging the same words) taken together.

A card is what an editor reads once: the span, its sentence, every reason, and one proposed fix (the most
specific; the other fixes are its alternatives). The rich and text reports print cards; JSON and SARIF keep
one result per rule and give the findings of one card the same `group` id, so tools can merge them; `--fix`
and `--diff` make one edit per card.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from checker.frozen import frozen
from checker.models import Fix, Located


@frozen
class Card:
    """The findings of one span, the most severe first."""

    findings: tuple[Located, ...]

    @property
    def head(self) -> Located:
        return self.findings[0]

    @property
    def group(self) -> str:
        return group_id(self.head)

    def fixes(self, *, unsafe: bool = True) -> list[Fix]:
        """The distinct fixes of the card (only the safe ones unless `unsafe`), the proposed one first: the
        findings' own fixes, most specific first, then the alternatives they offer (never proposed first)."""
        found = {located.finding.fix: None for located in self.findings if located.finding.fix is not None
                 and (unsafe or located.finding.fix.applicability == "safe")}
        offered = sorted(found, key=_specificity)
        if unsafe and offered:  # an alternative of a finding with no fix of its own is never offered
            offered += [fix for fix in dict.fromkeys(fix for located in self.findings
                                                     for fix in located.finding.alternatives) if fix not in found]
        return offered

    @property
    def fix(self) -> Fix | None:
        fixes = self.fixes()
        return fixes[0] if fixes else None

    @property
    def alternatives(self) -> list[Fix]:
        fixes = self.fixes()
        return [fix for fix in fixes[1:] if fix.replacement != fixes[0].replacement]


def group_id(located: Located) -> str:
    """The id shared by the findings of one span in one document: `LINE:COLUMN-END_LINE:END_COLUMN`."""
    return f"{located.line}:{located.column}-{located.end_line}:{located.end_column}"


def cards(findings: Iterable[Located]) -> list[Card]:
    """The findings grouped by span, in the order of their first finding; in a card the most severe first."""
    by_span: dict[tuple[int, int], list[Located]] = {}
    for located in findings:
        by_span.setdefault((located.start, located.end), []).append(located)
    return [Card(tuple(sorted(group, key=lambda located: -located.finding.severity)))
            for group in by_span.values()]


def _specificity(fix: Fix) -> tuple[int, int]:
    """Sort key, most specific first: a safe fix before an unsafe one, then an exact figure (a replacement
    with digits, as a reference tally gives) before a magnitude word or a name."""
    return (fix.applicability != "safe", not any(char.isdigit() for char in fix.replacement))


def proposed_fixes(findings: Sequence[Located], *, unsafe: bool) -> list[tuple[Located, Fix]]:
    """One (finding, fix) per card that has an applicable fix: the card's most specific fix, with the finding
    that gives it."""
    chosen = []
    for card in cards(findings):
        fixes = card.fixes(unsafe=unsafe)
        if fixes:
            located = next(located for located in card.findings if located.finding.fix == fixes[0])
            chosen.append((located, fixes[0]))
    return chosen

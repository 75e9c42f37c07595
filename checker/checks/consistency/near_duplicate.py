"""consistency/near-duplicate-conflict: two statements that are one sentence but for a figure, a name, a
date word or a negation."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from checker.annotate.statements import NAME
from checker.checks.consistency.citing import quoted_statement, span_text, statement_place
from checker.checks.consistency.spelling import skeleton
from checker.lang import language
from checker.models import Finding, Fix

if TYPE_CHECKING:
    from checker.analysis import Analysis
    from checker.annotate.statements import Pair
    from checker.packs.model import Rule


def near_duplicate_conflict(rule: Rule, analysis: Analysis) -> Iterator[Finding]:
    """Two statements that are one sentence but for a figure, a name, a date word or a negation. The later one
    is flagged (a metadata headline has no place in the prose, so its repetition in the body is); an article
    that repeats many of its sentences is an updated copy of a story pasted twice, and is left alone."""
    pairs: list[Pair] = analysis.annotation("statement_pairs")
    if sum(not (pair.changed_earlier or pair.changed_later) for pair in pairs) > rule.params["max_repeated"]:
        return
    words = language(analysis.lang).consistency
    for pair in pairs:
        # One line under two headings says one thing of each section's subject, but a name respelled in it is
        # one person written two ways ("Janet Larson" / "Janet Larsen" in one district's line listed twice).
        if not (pair.conflict or pair.conflict_apart and _respelled(pair)):
            continue
        target, other = pair.later, pair.earlier
        found_tokens, other_tokens = pair.changed_later, pair.changed_earlier
        if not target.in_prose:
            target, other, found_tokens, other_tokens = other, target, other_tokens, found_tokens
        start, end = ((found_tokens[0].start, found_tokens[-1].end) if found_tokens
                      else (target.start, target.end))
        found, value = span_text(analysis, target, found_tokens), span_text(analysis, other, other_tokens)
        explanation = words.EXPLAIN_NEAR_DUPLICATE.format(where=statement_place(analysis, other), found=found or "—",
                                                          value=value or "—", other=quoted_statement(analysis, other))
        yield rule.finding(start, end, analysis.lang, explanation=explanation,
                           fix=Fix(value, "unsafe") if found and value else None,
                           found=found or analysis.text[start:end], value=value or "—",
                           line=statement_place(analysis, other))


def _respelled(pair: Pair) -> bool:
    """The words that differ are names, each the other's respelling (the same skeleton: Larson / Larsen)."""
    first, second = pair.changed_earlier, pair.changed_later
    return len(first) == len(second) and all(
        a.kind == NAME and b.kind == NAME and a.key != b.key and skeleton(a.key) == skeleton(b.key)
        for a, b in zip(first, second, strict=True))

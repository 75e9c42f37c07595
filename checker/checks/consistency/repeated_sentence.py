"""consistency/repeated-sentence: the same sentence twice."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from checker.checks.consistency.citing import quoted_statement, statement_place
from checker.lang import language
from checker.models import Finding

if TYPE_CHECKING:
    from checker.analysis import Analysis
    from checker.packs.model import Rule


def repeated_sentence(rule: Rule, analysis: Analysis) -> Iterator[Finding]:
    """The same sentence twice (but for words that change no fact); a quotation repeated word for word is a
    speaker quoted twice, not a slip."""
    words = language(analysis.lang).consistency
    repeated = [pair for pair in analysis.annotation("statement_pairs")
                if not (pair.changed_earlier or pair.changed_later or pair.later.quoted or not pair.later.in_prose
                        # a headline repeated as the body's first line is how many pages are laid out
                        or pair.earlier.headline)]
    if len(repeated) > rule.params["max_repeated"]:
        repeated = repeated[:1]  # a story pasted twice: one note says it
    for pair in repeated:
        other = pair.earlier
        explanation = words.EXPLAIN_REPEATED.format(where=statement_place(analysis, other),
                                                    other=quoted_statement(analysis, other))
        start = pair.later.tokens[0].start if pair.later.tokens else pair.later.start  # not a list's bullet
        yield rule.finding(start, pair.later.end, analysis.lang, explanation=explanation,
                           line=statement_place(analysis, other))

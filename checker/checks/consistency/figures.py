"""Comparing the figures of two statements: whether two figures can be one, and what a figure counts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from checker.annotate.statements import (
    FUNCTION,
    WORD,
    Token,
)

if TYPE_CHECKING:
    from checker.annotate.statements import Statement


def figures_agree(first: Token, second: Token, tolerance: float) -> bool:
    """Two figures that can be one figure: equal, or within `tolerance` of each other from 20 up (a headline
    rounds: "nearly 300" for 298). An open range is read as its figure: "at least 21" does not agree with 63;
    a vague magnitude («آلاف», "dozens") first agrees with any figure in its range, second with none."""
    if first.vague:
        return (first.low or 0.0) <= (second.high or 0.0) and (second.low or 0.0) <= (first.high or 0.0)
    if second.vague:
        return False  # "tens of thousands" does not state "10,554"
    one, other = first.value or 0.0, second.value or 0.0
    if abs(one - other) < 1 and not (one.is_integer() and other.is_integer()):
        return True  # rounded: "3%" for 2.9%, "16 points" for 16.72
    if max(one, other) < 20:
        return one == other
    return abs(one - other) <= tolerance * max(one, other)


def next_word(statement: Statement, token: Token) -> str | None:
    """What a figure counts: the first content word after it, within two tokens ("12 votes"), after the unit
    the quantity annotator read ("$3 billion budget": currency/budget). None when nothing tells."""
    tokens = statement.tokens
    at = tokens.index(token)
    word = content_word(tokens[at + 1:at + 3])
    if token.unit:
        return f"{token.unit}/{word or ''}"
    return word


def counted_words(statement: Statement, token: Token) -> set[str]:
    """What a figure counts, read on both sides: the word after it ("12 votes"), and for a sum of money also
    the word before it ("budget of $3 billion", «ميزانية بقيمة 3 مليارات دولار»)."""
    after = next_word(statement, token)
    found = {after} if after and not after.endswith("/") else set()
    if token.unit == "currency":
        tokens = statement.tokens
        at = tokens.index(token)
        before = content_word(tokens[max(0, at - 2):at][::-1])
        if before:
            found.add(f"{token.unit}<{before}")
    return found


def content_word(tokens: tuple[Token, ...]) -> str | None:
    for token in tokens:
        if token.kind == WORD:
            return stem_of(token.key)
        if token.kind != FUNCTION:
            return None
    return None


def stem_of(key: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if len(key) > len(suffix) + 3 and key.isascii() and key.endswith(suffix):
            return key[: -len(suffix)]
    return key

"""Quotation marks paired by the way each faces, for marks that do not say it themselves.

Curly marks face one way each; a straight mark '"' faces by its neighbours: '"We ...' opens, '...," he'
closes. Pairing straight marks two by two fails on news copy that drops the closing mark of a paragraph
which the next paragraph opens again ('... two U-turns. "It's not ...'): one odd mark shifted every later
pair, and a period or a speaker's name outside any quotation was read inside one.
"""

from __future__ import annotations

import re
from functools import cache

from checker.text.lazy_regex import lazy_compile

_SENTENCE_END = lazy_compile(r"[.!?…؟][\"'”’)]*\s+$")
_OPENS_AFTER = "([{—–-:/"
_CLOSES_BEFORE = ".,;:!?)]}—–-…'’؟،"


@cache
def _mark_pattern(marks: str) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(marks)}\\n]")


def pair_marks(text: str, openers: str, closers: str, either: str) -> list[tuple[int, int, bool]]:
    """(opening mark, closing mark, closed) of each quotation on one line, in text order. An opening mark
    while a quotation is open ends that one when it stops at a sentence end (closed False, and the "closing
    mark" is where one would stand: right after its last character); otherwise the earlier one is dropped,
    as is one open at the line's end."""
    open_at: int | None = None
    pairs: list[tuple[int, int, bool]] = []
    for match in _mark_pattern(openers + closers + either).finditer(text):
        at, mark = match.start(), match.group()
        if mark == "\n":
            open_at = None
            continue
        if mark in openers or (mark in either and _faces_open(text, at, open_at is not None)):
            if open_at is not None and _SENTENCE_END.search(text, open_at + 1, at):
                pairs.append((open_at, len(text[open_at:at].rstrip()) + open_at, False))
            open_at = at
        elif open_at is not None:
            pairs.append((open_at, at, True))
            open_at = None
    return pairs


def _faces_open(text: str, at: int, one_is_open: bool) -> bool:
    """A straight mark opens a quotation ('said: "We', '("We') or closes one ('law," he', 'all".'); glued
    or spaced on both sides, it is the other mark of the pair."""
    before = text[at - 1] if at else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    opens = (before.isspace() or before in _OPENS_AFTER) and not after.isspace()
    closes = not before.isspace() and (after.isspace() or after in _CLOSES_BEFORE)
    if opens != closes:
        return opens
    return not one_is_open

"""Sentence spans for Arabic and English news text.

One regex pass finds candidate ends (a run of . ! ? ؟ … followed by closing quotes or brackets, then
whitespace or the end), and every line break; a small set of rules then drops the candidates that are
not ends. This is faster and easier to reason about than sentencex plus the post-pass it needs
(it splits after «د.» and ignores single line breaks), and the spans are exact by construction.

Rules:
- A line break always ends a sentence in Arabic (headlines stand on their own line). In English a
  single line break ends one too, unless the line does not end in punctuation and the next line starts
  in lower case (hard-wrapped prose).
- An end inside a quotation (« », " ", “ ”) that closes in the same paragraph is not an end; an end
  right before the closing mark ends the sentence after the mark.
- Not ends: «د.» and any one-letter Arabic or Latin token before the dot (initials, «أ.ف.ب»); English
  titles and abbreviations (Mr. Dr. Gen. St. ...); "No." and month abbreviations before a number;
  dotted acronyms (U.S., U.N.) unless a typical sentence opener follows; any dot, ellipsis or mark
  followed by a lower-case word in English.
- Arabic text often drops the space after a full stop («غزة.وقال»): a mark directly followed by an
  Arabic letter ends a sentence there.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from itertools import accumulate
from typing import Any

from checker.frozen import frozen
from checker.lang import generation, language, languages_with
from checker.models import Span
from checker.text.lazy_regex import lazy_compile
from checker.text.quotes import pair_marks

_LAST_TOKEN = lazy_compile(r"(\S+?)\.*$")
_NEXT_WORD = lazy_compile(r"\s*[\"'“‘«(]*(\S*)")
_DOTTED_ACRONYM = lazy_compile(r"(?:[^\W\d_]\.)+[^\W\d_]?$")


@frozen
class _Marks:
    """The punctuation of every language at once: quotations and end marks close sentences whatever the
    article's language (an Arabic quotation in an English article)."""

    candidate_end: re.Pattern[str]
    wrap_end: re.Pattern[str]
    quote_pairs: tuple[tuple[str, str], ...]
    openers: str


@cache
def _marks(generation: int) -> _Marks:
    rules = [found.sentences for found in languages_with("sentences")]
    ends = "".join(r.END_MARKS for r in rules)
    glued = "".join(r.GLUED_LETTERS for r in rules)
    pairs = tuple(pair for r in rules for pair in r.QUOTE_PAIRS)
    closers = "\"'" + "".join(r.SINGLE_CLOSERS for r in rules) + "".join(close for _, close in pairs) + ")\\]"
    candidate = rf"[.!?{ends}…]+[{closers}]*(?=\s|$)"  # mark(s), closing quotes, then space or the end
    if glued:
        candidate += rf"|[.!?{ends}]+(?=[{glued}])"  # no space after the mark before a letter of these scripts
    return _Marks(re.compile(candidate + r"|\n"), re.compile(rf"[.!?{ends}…:;{closers}]\s*$"), pairs,
                  "".join(open_ for open_, _ in pairs) + '"')


def split_sentences(text: str, lang: str) -> list[Span]:
    """Sentence spans of `text` (offsets into it, no edge whitespace, every non-blank character in
    exactly one span), by the rules of the language `lang` (its `sentences` area)."""
    marks = _marks(generation())
    rules = language(lang).sentences
    quoted = _Quotations(_quoted_ranges(text, marks))
    ends: list[int] = []
    for match in marks.candidate_end.finditer(text):
        if match.group() == "\n":
            if rules.LINE_BREAK_ALWAYS_ENDS or not _continues_next_line(text, match.start(), marks):
                ends.append(match.start())
            continue
        end = match.end()
        if quoted.hold(end) or not _is_sentence_end(text, match.start(), end, rules):
            continue
        ends.append(end)
    return _spans_between(text, ends)


def _spans_between(text: str, ends: list[int]) -> list[Span]:
    spans: list[Span] = []
    start = 0
    for end in [*ends, len(text)]:
        segment = text[start:end]
        stripped = segment.strip()
        if stripped:
            left = start + len(segment) - len(segment.lstrip())
            spans.append(Span(left, left + len(stripped)))
        start = max(start, end)
    return spans


def _quoted_ranges(text: str, marks: _Marks) -> list[tuple[int, int]]:
    """(open, close) index pairs of quotations that close within their paragraph."""
    ranges: list[tuple[int, int]] = []
    for paragraph in _paragraphs(text, marks.openers):
        start, line = paragraph
        for opener, closer in marks.quote_pairs:
            depth_start = -1
            for i, char in enumerate(line):
                if char == opener and depth_start < 0:
                    depth_start = i
                elif char == closer and depth_start >= 0:
                    ranges.append((start + depth_start, start + i))
                    depth_start = -1
        # Straight marks paired by facing (one dropped closing mark shifts no later pair); a quotation whose
        # closing mark was dropped ('... U-turns. "It's') holds up to its last character, not the full stop.
        for open_i, close_i, closed in pair_marks(line, "", "", '"'):
            ranges.append((start + open_i, start + close_i - (not closed)))
    ranges.sort()
    return ranges


def _paragraphs(text: str, openers: str) -> list[tuple[int, str]]:
    result: list[tuple[int, str]] = []
    start = 0
    for line in text.split("\n"):
        if any(mark in line for mark in openers):
            result.append((start, line))
        start += len(line) + 1
    return result


class _Quotations:
    """The (open, close) ranges of a text's quotations, sorted by where they open, with the furthest close
    so far: one bisection per question, however many quotations a long line holds."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        self.opens = [open_ for open_, _ in ranges]
        self.furthest_close = list(accumulate((close for _, close in ranges), max))

    def hold(self, position: int) -> bool:
        """True when `position` (just after a candidate end) is strictly within an (open, close] range: the
        ranges opening before it are a prefix of the list, and one of them reaches it if the furthest does."""
        last = bisect_left(self.opens, position) - 1
        return last >= 0 and self.furthest_close[last] >= position


def _is_sentence_end(text: str, mark_start: int, end: int, rules: Any) -> bool:
    # The token before the mark, read from its line within 40 characters (a line break is looked for only
    # there: a long line would be read back to its start for every mark).
    window_start = max(0, mark_start - 40)
    line_break = text.rfind("\n", window_start, mark_start)
    previous = _LAST_TOKEN.search(text, line_break + 1 if line_break >= 0 else window_start, mark_start + 1)
    word = previous.group(1) if previous else ""
    next_word = _NEXT_WORD.match(text, end).group(1)  # type: ignore[union-attr]  # matches "" at worst
    if text[mark_start] == "." and not _dot_can_end(word, next_word, rules):
        return False
    if end < len(text) and not text[end].isspace():
        return True  # «غزة.وقال»: an Arabic word right after the mark
    return not rules.LOWER_CASE_CONTINUES or not next_word[:1].islower()


def _dot_can_end(word: str, next_word: str, rules: Any) -> bool:
    """Whether a full stop after `word` (the token before the dot) may end a sentence."""
    bare = word.lstrip("\"'“‘«(").rstrip(".")
    lower = bare.lower()
    if lower in rules.TITLES:
        return False
    if lower in rules.BEFORE_NUMBER and bare[:1].isupper() and next_word[:1].isdigit():
        return False
    if (lower in rules.MONTHS_ABBR and bare[:1].isupper()) or (
            rules.DOTTED_ACRONYMS and _DOTTED_ACRONYM.match(bare + ".")):
        return next_word.lower() in rules.SENTENCE_OPENERS
    last_piece = bare.rsplit(".", 1)[-1]
    return not (len(last_piece) == 1 and last_piece.isalpha())  # initials, «د.», «أ.ف.ب»


def _continues_next_line(text: str, newline: int, marks: _Marks) -> bool:
    """A hard wrap: the line ends without punctuation and the next line starts in lower case."""
    line_start = text.rfind("\n", 0, newline) + 1
    if not text[line_start:newline].strip() or marks.wrap_end.search(text, line_start, newline):
        return False
    next_char = text[newline + 1 : newline + 2]
    return next_char.islower()


# A straight single quote opening ("'President ...") or closing ("... wrong'") a quotation, not an apostrophe.
_SINGLE_OPEN = lazy_compile(r"(?:^|(?<=[\s:(\[]))'(?=\w)")
_SINGLE_CLOSE = lazy_compile(r"(?<=[\w.,!?])'(?=[\s.,;:!?)\]]|$)")


def open_quotation(paragraph_before: str) -> bool:
    """True when a quotation opened in `paragraph_before` (a paragraph's text up to some point) is not
    closed by then: the point lies inside the quotation."""
    marks = _marks(generation())
    if any(paragraph_before.count(open_) > paragraph_before.count(close) for open_, close in marks.quote_pairs):
        return True
    if paragraph_before.count('"') % 2:
        return True
    curly = paragraph_before.count("\u2018") - paragraph_before.count("\u2019")
    if curly > 0:
        return True
    return len(_SINGLE_OPEN.findall(paragraph_before)) > len(_SINGLE_CLOSE.findall(paragraph_before))

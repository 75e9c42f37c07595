"""Inline Markdown: emphasis, code spans, links, images, autolinks, HTML tags and comments, entities.

Emphasis delimiters are paired by CommonMark's flanking rules, so `snake_case`, "2 * 3" and a lone
"~30" stay text; unpaired delimiters are kept as written.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from html import unescape

from checker.containers.prose import ProseBuilder
from checker.text.lazy_regex import lazy_compile

_AUTOLINK = lazy_compile(r"<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*|[^<>\s@]+@[^<>\s@]+)>")
_HTML_TAG = lazy_compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_ENTITY = lazy_compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_ESCAPABLE = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


@dataclass
class _Delimiter:
    start: int
    end: int
    char: str
    can_open: bool
    can_close: bool
    paired: bool = False


# Visible text (start, end, replacement or None to keep it) or an emphasis delimiter run.
_Token = tuple[int, int, str | None] | _Delimiter


class Inline:
    """Inline markup of one line: emits the visible text into the builder."""

    def __init__(self, source: str, builder: ProseBuilder) -> None:
        self.source = source
        self.builder = builder
        self._pairs: dict[tuple[str, str], dict[int, int]] = {}

    def _matching(self, opening: int, end: int, open_char: str, close_char: str) -> int:
        """Offset of the bracket closing the one at `opening` before `end`, or -1. Every pair of the source
        is found in one pass (a bracket's match depends only on what follows it), so a line of 100,000 `[`
        costs linear time instead of one scan to the end per bracket."""
        pairs = self._pairs.get((open_char, close_char))
        if pairs is None:
            pairs = self._pairs[(open_char, close_char)] = _bracket_pairs(self.source, open_char, close_char)
        if opening not in pairs and _escaped(self.source, opening):  # an escape seen in the pass: scan it
            return _matching(self.source, opening, end, open_char, close_char)
        closing = pairs.get(opening, -1)
        return closing if closing < end else -1

    def emit(self, start: int, end: int) -> int:
        """Emit the visible text of source[start:end]; returns the end of a comment running past it."""
        tokens: list[_Token] = []
        hidden_until = self._tokens(start, end, tokens)
        _pair(token for token in tokens if isinstance(token, _Delimiter))
        for token in tokens:
            if isinstance(token, _Delimiter):
                if not token.paired:
                    self.builder.copy(token.start, token.end)
            elif token[2] is None:
                self.builder.copy(token[0], token[1])
            else:
                self.builder.insert(token[2], token[0], token[1])
        return hidden_until

    def _tokens(self, start: int, end: int, tokens: list[_Token]) -> int:
        source, position = self.source, start
        while position < end:
            char = source[position]
            step = self._markup(position, end, tokens) if char in "\\`![<&*_~" else 0
            if step < 0:  # an HTML comment that continues on a later line
                return -step
            if step == 0:
                following = _next_markup(source, position + 1, end)
                tokens.append((position, following, None))
                position = following
            else:
                position = step
        return 0

    def _markup(self, position: int, end: int, tokens: list[_Token]) -> int:
        """Read the markup at `position`; the position after it, 0 if it is text, -end of a long comment."""
        source, char = self.source, self.source[position]
        if char == "\\":
            if position + 1 < end and source[position + 1] in _ESCAPABLE:
                tokens.append((position + 1, position + 2, None))
                return position + 2
            return 0
        if char == "`":
            return _code_span_end(source, position, end)
        if char in "![":
            return self._link(position, end, tokens)
        if char == "<":
            return self._angle(position, end, tokens)
        if char == "&":
            entity = _ENTITY.match(source, position, end)
            if entity and unescape(entity.group()) != entity.group():
                tokens.append((position, entity.end(), unescape(entity.group())))
                return entity.end()
            return 0
        return self._delimiter(position, end, tokens)

    def _link(self, position: int, end: int, tokens: list[_Token]) -> int:
        source = self.source
        image = source[position] == "!"
        opening = position + 1 if image else position
        if opening >= end or source[opening] != "[":
            return 0
        closing = self._matching(opening, end, "[", "]")
        if closing < 0 or closing + 1 >= end or source[closing + 1] not in "([":
            return 0
        opener = source[closing + 1]
        target_end = self._matching(closing + 1, end, opener, ")" if opener == "(" else "]")
        if target_end < 0:
            return 0
        if not image:
            self._tokens(opening + 1, closing, tokens)
        return target_end + 1

    def _angle(self, position: int, end: int, tokens: list[_Token]) -> int:
        source = self.source
        if source.startswith("<!--", position):
            closing = source.find("-->", position + 4)
            comment_end = len(source) if closing < 0 else closing + 3
            return comment_end if comment_end <= end else -comment_end
        if autolink := _AUTOLINK.match(source, position, end):
            tokens.append((autolink.start(1), autolink.end(1), None))
            return autolink.end()
        tag = _HTML_TAG.match(source, position, end)
        return tag.end() if tag else 0

    def _delimiter(self, position: int, end: int, tokens: list[_Token]) -> int:
        source, char = self.source, self.source[position]
        run_end = position
        while run_end < end and source[run_end] == char:
            run_end += 1
        if char == "~" and run_end - position != 2:
            return 0
        before = source[position - 1] if position > 0 else " "
        after = source[run_end] if run_end < end else " "
        left = not after.isspace() and (not _is_punctuation(after) or before.isspace() or _is_punctuation(before))
        right = not before.isspace() and (not _is_punctuation(before) or after.isspace() or _is_punctuation(after))
        if char == "_":  # intraword underscores (snake_case) are not emphasis
            can_open, can_close = left and (not right or _is_punctuation(before)), right and (
                not left or _is_punctuation(after)
            )
        else:
            can_open, can_close = left, right
        tokens.append(_Delimiter(position, run_end, char, can_open, can_close))
        return run_end


def _pair(delimiters: Iterable[_Delimiter]) -> None:
    """Pair closers with the nearest earlier opener of the same character; unpaired ones stay text."""
    openers: list[_Delimiter] = []
    for delimiter in delimiters:
        if delimiter.can_close:
            match = next((i for i in range(len(openers) - 1, -1, -1) if openers[i].char == delimiter.char), -1)
            if match >= 0:
                openers[match].paired = delimiter.paired = True
                del openers[match:]
                continue
        if delimiter.can_open:
            openers.append(delimiter)


def _next_markup(source: str, position: int, end: int) -> int:
    while position < end and source[position] not in "\\`![<&*_~":
        position += 1
    return position


def _code_span_end(source: str, position: int, end: int) -> int:
    run_end = position
    while run_end < end and source[run_end] == "`":
        run_end += 1
    closing = re.compile(r"(?<!`)" + "`" * (run_end - position) + r"(?!`)").search(source, run_end, end)
    return closing.end() if closing else 0


def _bracket_pairs(source: str, open_char: str, close_char: str) -> dict[int, int]:
    """Every opening bracket of `source` mapped to its closing one (escapes skipped); unclosed ones absent."""
    pairs: dict[int, int] = {}
    stack: list[int] = []
    position, end = 0, len(source)
    pattern = re.compile(f"[\\\\{re.escape(open_char)}{re.escape(close_char)}]")
    while (match := pattern.search(source, position, end)) is not None:
        position = match.start()
        char = source[position]
        if char == "\\":
            position += 2
            continue
        if char == open_char:
            stack.append(position)
        elif stack:
            pairs[stack.pop()] = position
        position += 1
    return pairs


def _escaped(source: str, position: int) -> bool:
    backslashes = 0
    while position - backslashes > 0 and source[position - backslashes - 1] == "\\":
        backslashes += 1
    return backslashes % 2 == 1


def _matching(source: str, opening: int, end: int, open_char: str, close_char: str) -> int:
    """Offset of the bracket closing the one at `opening` (escapes skipped), or -1."""
    depth, position = 0, opening
    while position < end:
        char = source[position]
        if char == "\\":
            position += 2
            continue
        if char == open_char:
            depth += 1
        elif char == close_char:
            depth -= 1
            if depth == 0:
                return position
        position += 1
    return -1


def _is_punctuation(char: str) -> bool:
    return unicodedata.category(char)[0] in "PS"

"""Prose assembled from pieces of a source text, with a map from every prose offset back to the source."""

from __future__ import annotations

from bisect import bisect_right

from checker.frozen import frozen
from checker.models import Metadata


@frozen
class OffsetMap:
    """Maps code-point offsets in prose to code-point offsets in the source it was cut from.

    Pieces are runs of prose: a copied piece is a verbatim slice of the source (offset for offset); an
    inserted piece (a decoded entity or escape, a paragraph break standing for a tag) maps each of its
    characters to the whole source span it stands for.
    """

    prose_starts: tuple[int, ...]
    source_starts: tuple[int, ...]
    source_ends: tuple[int, ...]
    copied: tuple[bool, ...]
    prose_length: int
    source_end: int  # where the end of the prose lies in the source

    @classmethod
    def identity(cls, length: int, offset: int = 0) -> OffsetMap:
        """The map of prose that is the source itself (from `offset` on)."""
        if not length:
            return cls((), (), (), (), 0, offset)
        return cls((0,), (offset,), (offset + length,), (True,), length, offset + length)

    def to_source(self, prose_offset: int) -> int:
        """The source offset of the prose character at `prose_offset` (or of the prose end)."""
        self._check(prose_offset)
        if prose_offset == self.prose_length:
            return self.source_end
        piece = bisect_right(self.prose_starts, prose_offset) - 1
        if self.copied[piece]:
            return self.source_starts[piece] + prose_offset - self.prose_starts[piece]
        return self.source_starts[piece]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The source span (end-exclusive) covering the prose span [start, end)."""
        if end < start:
            raise ValueError(f"span end {end} is before its start {start}")
        source_start = self.to_source(start)
        if start == end:
            return source_start, source_start
        self._check(end)
        last = end - 1
        piece = bisect_right(self.prose_starts, last) - 1
        if self.copied[piece]:
            return source_start, self.source_starts[piece] + last - self.prose_starts[piece] + 1
        return source_start, self.source_ends[piece]

    def _check(self, prose_offset: int) -> None:
        if not 0 <= prose_offset <= self.prose_length:
            raise ValueError(f"offset {prose_offset} is outside the prose (0..{self.prose_length})")


class ProseBuilder:
    """Builds prose and its `OffsetMap` by copying source slices and inserting stand-in text."""

    def __init__(self, source: str, end_offset: int = 0) -> None:
        self._source = source
        self._parts: list[str] = []
        self._prose_starts: list[int] = []
        self._source_starts: list[int] = []
        self._source_ends: list[int] = []
        self._copied: list[bool] = []
        self._length = 0
        self._source_end = end_offset
        self._tail = ""  # the last few characters, to decide whether a paragraph break is needed

    def copy(self, start: int, end: int) -> None:
        """Append the source slice [start, end) verbatim."""
        if start >= end:
            return
        if self._copied and self._copied[-1] and self._source_ends[-1] == start:
            self._source_ends[-1] = end  # extend the previous verbatim run
        else:
            self._add_piece(start, end, copied=True)
        self._append(self._source[start:end], end)

    def insert(self, text: str, start: int, end: int) -> None:
        """Append `text` standing for the source span [start, end) (every character maps to it)."""
        if not text:
            return
        self._add_piece(start, end, copied=False)
        self._append(text, end)

    def paragraph_break(self, start: int, end: int) -> None:
        """End the current paragraph (a blank line) unless the prose is empty or already ends one."""
        if not self._length:
            return
        newlines = _trailing_line_breaks(self._tail)
        if newlines < 2:
            self.insert("\n" * (2 - newlines), start, end)

    def ends_with_space(self) -> bool:
        """True when the prose is empty or ends in whitespace."""
        return not self._tail or self._tail[-1].isspace()

    def build(self) -> tuple[str, OffsetMap]:
        """The prose and its map."""
        offsets = OffsetMap(
            tuple(self._prose_starts),
            tuple(self._source_starts),
            tuple(self._source_ends),
            tuple(self._copied),
            self._length,
            self._source_end,
        )
        return "".join(self._parts), offsets

    def _add_piece(self, start: int, end: int, copied: bool) -> None:
        self._prose_starts.append(self._length)
        self._source_starts.append(start)
        self._source_ends.append(end)
        self._copied.append(copied)

    def _append(self, text: str, source_end: int) -> None:
        self._parts.append(text)
        self._length += len(text)
        self._tail = (self._tail + text)[-4:]
        self._source_end = max(self._source_end, source_end)


def _trailing_line_breaks(tail: str) -> int:
    """How many line breaks end `tail` ("\\r\\n" counts once); spaces between them do not count."""
    count = 0
    text = tail.rstrip(" \t")
    while text and text[-1] in "\r\n":
        text = text[:-2] if text.endswith("\r\n") else text[:-1]
        count += 1
        text = text.rstrip(" \t")
    return count


def lf_line_starts(source: str) -> list[int]:
    """Offsets where lines start when only "\\n" ends a line (as `json` and `html.parser` count)."""
    starts = [0]
    position = source.find("\n")
    while position >= 0:
        starts.append(position + 1)
        position = source.find("\n", position + 1)
    return starts


@frozen
class Extracted:
    """What a container yields for one article: its prose, the map back, metadata and record label."""

    text: str
    offsets: OffsetMap
    meta: Metadata
    record: str | None = None

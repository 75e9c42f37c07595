"""Markdown articles: YAML front matter becomes metadata; markup is removed, offsets stay exact.

A small line-based reader is used instead of a Markdown library: markdown-it-py and mistune give
block tokens with line numbers only (no character offsets for inline text), so mapping a finding in
emphasised or linked text back to its column would need this scanning anyway. What is handled:
front matter, ATX and setext headings, emphasis (* _ ** __ ~~ paired by CommonMark's flanking rules),
inline code (dropped: code is not prose), links and reference links (their text kept), images
(dropped), autolinks, inline HTML tags and comments (dropped), entities and backslash escapes, fenced
code blocks (dropped), list bullets and task boxes, block quotes, tables (pipes removed, cells kept
on one line), thematic breaks and link definitions. Indented code blocks are read as prose: in news
Markdown an indented line is far more often a list continuation than code.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from checker.containers.markdown_inline import Inline
from checker.containers.metadata import InputError, metadata_from_mapping
from checker.containers.prose import Extracted, ProseBuilder
from checker.models import Metadata
from checker.text.lazy_regex import lazy_compile

FRONT_MATTER_OPEN = lazy_compile(r"---[ \t]*\r?\n")
FRONT_MATTER_CLOSE = lazy_compile(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.MULTILINE)
_LINE = lazy_compile(r"([^\n]*?)(\r?\n|\Z)")
_INDENT = lazy_compile(r"[ \t]*")
_QUOTE_MARKERS = lazy_compile(r"(?:>[ \t]?)+")
_FENCE = lazy_compile(r"(`{3,}|~{3,})")
_BREAK_LINE = lazy_compile(r"(?:(?:[-*_][ \t]*){3,}|=+[ \t]*)$")
_LINK_DEFINITION = lazy_compile(r"\[[^\]]+\]:[ \t]*\S+")
_HEADING = lazy_compile(r"#{1,6}(?:[ \t]+|$)")
_HEADING_CLOSE = lazy_compile(r"[ \t]+#+[ \t]*$|[ \t]+$")
_BULLET = lazy_compile(r"(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?")
_TABLE_DELIMITER = lazy_compile(r"[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*")


def extract_markdown(source: str) -> Extracted:
    """The prose of a Markdown article and the metadata of its front matter."""
    meta, body_start = _front_matter(source)
    builder = ProseBuilder(source, body_start)
    _Blocks(source, builder).read(body_start)
    text, offsets = builder.build()
    return Extracted(text, offsets, meta)


def _front_matter(source: str) -> tuple[Metadata, int]:
    """Metadata from a leading `---` YAML block and where the body starts (0 without one)."""
    opening = FRONT_MATTER_OPEN.match(source)
    closing = opening and FRONT_MATTER_CLOSE.search(source, opening.end())
    if not opening or not closing:
        return Metadata(), 0
    import yaml

    from checker.bounded_yaml import UnsafeYAMLError, load_bounded

    try:
        values = load_bounded(source[opening.end() : closing.start()], _front_matter_loader())
    except UnsafeYAMLError as error:
        where = f" at line {error.line + 1}" if error.line is not None else ""
        raise InputError(f"front matter refused{where}: {error.problem}") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise InputError(f"broken YAML front matter{where}: {problem}") from None
    if values is None:
        values = {}
    if not isinstance(values, dict):
        raise InputError("front matter is not a mapping of keys to values")
    return metadata_from_mapping(values), closing.end()


@lru_cache(maxsize=1)
def _front_matter_loader() -> type:
    """YAML's safe loader without implicit timestamps: dates stay text so `parse_date` reads them all
    the same way and a bad one is reported with its field name instead of a YAML traceback."""
    import yaml

    timestamp = "tag:yaml.org,2002:timestamp"
    resolvers = {
        first: [(tag, pattern) for tag, pattern in entries if tag != timestamp]
        for first, entries in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    return type("FrontMatterLoader", (yaml.SafeLoader,), {"yaml_implicit_resolvers": resolvers})


@dataclass
class _BlockState:
    fence: str = ""  # the opening fence of the code block we are in
    hidden_until: int = 0  # end of an HTML comment that runs past the current line
    in_table: bool = False
    in_quote: bool = False
    break_pending: bool = False  # a heading ended: the next block starts a new paragraph


class _Blocks:
    """Reads the body line by line; the block prefix of each line decides what its text is."""

    def __init__(self, source: str, builder: ProseBuilder) -> None:
        self.source = source
        self.builder = builder
        self.inline = Inline(source, builder)
        self.state = _BlockState()

    def read(self, start: int) -> None:
        lines = [(match.start(1), match.end(1), match.end(2)) for match in _LINE.finditer(self.source, start)]
        lines = [line for line in lines if line[0] < line[2] or line[0] < len(self.source)]
        for index, (line_start, content_end, line_end) in enumerate(lines):
            content_end -= self.source.endswith("\r", line_start, content_end)
            following = lines[index + 1] if index + 1 < len(lines) else None
            self._line(line_start, content_end, line_end, following)

    def _line(self, start: int, end: int, line_end: int, following: tuple[int, int, int] | None) -> None:
        state, source = self.state, self.source
        if state.fence:
            if source[start:end].strip().startswith(state.fence):
                state.fence = ""
            return
        if state.hidden_until >= line_end:
            return
        if state.hidden_until > start:
            self._inline_then_newline(state.hidden_until, end, line_end)
            return
        position = _INDENT.match(source, start, end).end()  # type: ignore[union-attr]  # matches "" at worst
        quote = _QUOTE_MARKERS.match(source, position, end)
        if quote and not state.in_quote:
            self.builder.paragraph_break(quote.start(), quote.end())
        state.in_quote = bool(quote)
        if quote:
            position = _INDENT.match(source, quote.end(), end).end()  # type: ignore[union-attr]  # as above
        if not source[position:end].strip():
            state.in_table = False
            self.builder.copy(end, line_end)
            return
        if state.break_pending:
            self.builder.paragraph_break(position, position)
            state.break_pending = False
        if self._dropped_line(position, end):
            return
        if heading := _HEADING.match(source, position, end):
            self.builder.paragraph_break(heading.start(), heading.end())
            closing = _HEADING_CLOSE.search(source, heading.end(), end)
            self._inline_then_newline(heading.end(), closing.start() if closing else end, line_end)
            state.break_pending = True
            return
        if self._table_row(position, end, line_end, following):
            return
        if bullet := _BULLET.match(source, position, end):
            self.builder.paragraph_break(bullet.start(), bullet.end())
            position = bullet.end()
        self._inline_then_newline(position, end, line_end)

    def _dropped_line(self, position: int, end: int) -> bool:
        """Fences, thematic breaks, setext underlines and link definitions: no prose, a paragraph break."""
        source = self.source
        if fence := _FENCE.match(source, position, end):
            self.state.fence = fence.group(1)
        elif not (_BREAK_LINE.fullmatch(source, position, end) or _LINK_DEFINITION.match(source, position, end)):
            return False
        self.builder.paragraph_break(position, end)
        return True

    def _table_row(self, position: int, end: int, line_end: int, following: tuple[int, int, int] | None) -> bool:
        source, state = self.source, self.state
        if "|" not in source[position:end]:
            state.in_table = False
            return False
        if _is_table_delimiter(source, position, end):
            state.in_table = True
            return True
        if not state.in_table and not (following and _is_table_delimiter(source, following[0], following[1])):
            return False
        self.builder.paragraph_break(position, position)
        for cell_start, cell_end, pipe in _table_cells(source, position, end):
            self.inline.emit(cell_start, cell_end)
            if pipe is not None and not self.builder.ends_with_space():
                self.builder.insert(" ", pipe, pipe + 1)
        self.builder.copy(end, line_end)
        return True

    def _inline_then_newline(self, start: int, end: int, line_end: int) -> None:
        hidden_until = self.inline.emit(start, end)
        if hidden_until:
            self.state.hidden_until = hidden_until
            if hidden_until >= line_end:
                return
        self.builder.copy(end, line_end)


def _is_table_delimiter(source: str, start: int, end: int) -> bool:
    """A GFM table's delimiter row (`|---|:---:|`)."""
    return "-" in source[start:end] and bool(_TABLE_DELIMITER.fullmatch(source, start, end))


def _table_cells(source: str, start: int, end: int) -> list[tuple[int, int, int | None]]:
    """(start, end, following pipe) of each cell, trimmed, outer pipes dropped."""
    pipes = [i for i in range(start, end) if source[i] == "|" and source[i - 1 : i] != "\\"]
    bounds = [start - 1, *pipes, end]
    cells = []
    for left, right in itertools.pairwise(bounds):
        cell_start, cell_end = left + 1, right
        while cell_start < cell_end and source[cell_start].isspace():
            cell_start += 1
        while cell_end > cell_start and source[cell_end - 1].isspace():
            cell_end -= 1
        if cell_start < cell_end:
            cells.append((cell_start, cell_end, right if right < end else None))
    if cells and cells[-1][2] is not None:
        cells[-1] = (cells[-1][0], cells[-1][1], None)
    return cells

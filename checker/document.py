"""Documents: one article's prose, its metadata, and the map from prose offsets to line and column.

`load_documents` decodes a file, picks its container (plain text, Markdown, HTML, JSON, JSONL) and
returns a `LoadResult`: the documents, and the errors of records that could not be read (a broken
JSONL line does not stop the others). A problem with the whole file raises `InputError`; bytes that
are not text raise `DecodeError`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import field

from checker.containers.metadata import InputError, MetadataFields
from checker.containers.prose import Extracted, OffsetMap
from checker.decoding import Decoded, decode_bytes
from checker.frozen import frozen
from checker.models import Metadata
from checker.text.lazy_regex import lazy_compile

CONTAINERS = ("text", "markdown", "html", "json", "jsonl")
_EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
_LINE_BREAK = lazy_compile(r"\r\n|\r|\n")
_HTML_SNIFF = lazy_compile(r"<(?:!doctype\s+html|html|head|body|p|div|article|h[1-6]|br)\b", re.IGNORECASE)
_MARKDOWN_SNIFF = lazy_compile(r"\A---[ \t]*\r?\n|^(?:#{1,6}[ \t]|```|~~~)|\]\([^)\s]+\)", re.MULTILINE)

__all__ = ["Document", "InputError", "LoadOptions", "LoadResult", "container_for", "load_documents"]


@frozen
class LoadOptions:
    """How to read a file: its container and, for JSON/JSONL records, which fields hold what."""

    container: str = "auto"  # auto | text | markdown | html | json | jsonl
    text_field: str = "text"  # the default also accepts "content" and "body"
    title_field: str = "title"
    date_field: str = "date"
    source_field: str = "source"
    lang_field: str = "lang"
    id_field: str = "id"


@frozen
class LineIndex:
    """Line starts of a text; "\\r\\n", "\\n" and a lone "\\r" each end a line."""

    starts: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> LineIndex:
        return cls((0, *(match.end() for match in _LINE_BREAK.finditer(text))))

    def line_col(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1


@frozen
class Document:
    """One article: the prose the checks see, its metadata, and where the prose lies in the file."""

    path: str  # display path ("-" for stdin)
    record: str | None  # record id or "line N" for JSON/JSONL, else None
    source_text: str  # the whole decoded file text
    text: str  # the prose: no markup, no front matter
    meta: Metadata
    decoded: Decoded = field(repr=False)
    offsets: OffsetMap = field(repr=False)
    lines: LineIndex = field(repr=False, compare=False)  # shared by all records of one file

    @property
    def is_empty(self) -> bool:
        """True when there is no prose to check (the caller reports the document as skipped)."""
        return not self.text.strip()

    def to_source(self, prose_offset: int) -> int:
        """The offset in `source_text` of the prose character at `prose_offset`."""
        return self.offsets.to_source(prose_offset)

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of `source_text` (end-exclusive) that the prose span [start, end) comes from."""
        return self.offsets.source_span(start, end)

    def line_col(self, source_offset: int) -> tuple[int, int]:
        """1-based line and column (in code points) of an offset in `source_text`."""
        if not 0 <= source_offset <= len(self.source_text):
            raise ValueError(f"offset {source_offset} is outside the file (0..{len(self.source_text)})")
        return self.lines.line_col(source_offset)


@frozen
class LoadResult:
    """The documents of one file and the errors of its records that could not be read."""

    documents: tuple[Document, ...]
    errors: tuple[InputError, ...] = ()

    def __iter__(self) -> Iterator[Document]:
        return iter(self.documents)

    def __len__(self) -> int:
        return len(self.documents)


def load_documents(path: str, data: bytes, options: LoadOptions = LoadOptions()) -> LoadResult:
    """Decode `data` (the file at display path `path`) and read its articles.

    Raises `DecodeError` for bytes that are not text and `InputError` for a file that cannot be read
    at all (broken JSON, broken front matter, a bad date); per-record problems go to `errors`.
    """
    decoded = decode_bytes(data)
    source = decoded.text
    container = container_for(path, source) if options.container == "auto" else options.container
    if container not in CONTAINERS:
        raise InputError(f"unknown container {container!r} (expected auto, {', '.join(CONTAINERS)})")
    lines = LineIndex.of(source)
    errors: list[InputError]
    if not source.strip():
        extracted, errors = [Extracted("", OffsetMap.identity(0), Metadata())], []
    else:
        extracted, errors = _extract(container, source, options)
    documents = tuple(
        Document(path, item.record, source, item.text, item.meta, decoded, item.offsets, lines)
        for item in extracted
    )
    return LoadResult(documents, tuple(errors))


def container_for(path: str, text: str) -> str:
    """The container of a file: by extension, else by sniffing the start of its text."""
    dot = path.rfind(".")
    extension = path[dot:].lower() if dot > path.rfind("/") else ""
    if extension in _EXTENSIONS:
        return _EXTENSIONS[extension]
    head = text.lstrip("\ufeff \t\r\n")[:4096]
    if head.startswith(("{", "[")):
        return _json_or_jsonl(head)
    if head.startswith("<") and _HTML_SNIFF.search(head):
        return "html"
    if _MARKDOWN_SNIFF.search(head):
        return "markdown"
    return "text"


def _json_or_jsonl(head: str) -> str:
    """JSONL when the first line is a whole JSON object and more lines follow."""
    import json

    first_line, _, rest = head.partition("\n")
    if not rest.strip() or not first_line.strip().startswith("{"):
        return "json"
    try:
        json.loads(first_line)
    except ValueError:
        return "json"
    return "jsonl"


def _extract(container: str, source: str, options: LoadOptions) -> tuple[list[Extracted], list[InputError]]:
    if container == "text":
        return [Extracted(source, OffsetMap.identity(len(source)), Metadata())], []
    if container == "markdown":
        from checker.containers.markdown import extract_markdown

        return [extract_markdown(source)], []
    if container == "html":
        from checker.containers.html import extract_html

        return [extract_html(source)], []
    from checker.containers.json_records import RecordFields, extract_json, extract_jsonl

    metadata = MetadataFields(options.title_field, options.date_field, options.source_field, options.lang_field)
    fields = RecordFields(options.text_field, options.id_field, metadata)
    return (extract_jsonl if container == "jsonl" else extract_json)(source, fields)

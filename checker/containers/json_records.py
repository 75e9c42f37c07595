"""JSON (an object or an array of objects) and JSONL (one object per line) article records.

Python's pure scanner is used with its string and object parsers wrapped, so every string value and
every object remembers where it lies in the source; the prose map then points into the string literal
(an escape such as \\n, \\u0627 or \\" maps to the escape's position). The C scanner cannot be hooked,
but string decoding itself still runs in C, so the cost per article stays small.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Callable
from typing import Any

from checker.containers.metadata import InputError, MetadataFields, metadata_from_mapping
from checker.containers.prose import Extracted, ProseBuilder, lf_line_starts
from checker.frozen import frozen

# Fallback text fields, tried in order when the configured field is the default and is missing.
DEFAULT_TEXT_FIELDS = ("text", "content", "body")
_SIMPLE_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


@frozen
class RecordFields:
    """Which record keys hold the article text, its metadata and its id."""

    text: str = "text"
    id: str = "id"
    metadata: MetadataFields = MetadataFields()


class _LocatedStr(str):
    """A decoded JSON string that knows where its literal's contents lie: source[start:end]."""

    start: int
    end: int


class _LocatedDict(dict[str, Any]):
    """A decoded JSON object that knows the offset of its opening brace."""

    start: int


def extract_json(source: str, fields: RecordFields) -> tuple[list[Extracted], list[InputError]]:
    """One article per object of a JSON document (an object or an array of objects)."""
    value = _parse(source, 0, len(source), _located_scanner(), label=None)
    lines = _LineStarts(source)
    if isinstance(value, dict):
        return _collect([(value, "item 1", True)], source, fields, lines)
    if not isinstance(value, list):
        raise InputError(f"JSON must be an object or an array of objects, not {_kind(value)}")
    # A record without an id is named by its line; when records share a line (an array on one line) a line
    # names none of them, so each is named by its place in the array.
    starts = [lines.line_of(item.start) for item in value if isinstance(item, _LocatedDict)]
    by_line = len(set(starts)) == len(starts)
    items = [(item, f"item {n}", by_line) for n, item in enumerate(value, 1)]
    return _collect(items, source, fields, lines)


def extract_jsonl(source: str, fields: RecordFields) -> tuple[list[Extracted], list[InputError]]:
    """One article per line of a JSON Lines document; a broken line is an error, not the end."""
    scan = _located_scanner()
    documents: list[Extracted] = []
    errors: list[InputError] = []
    lines = _LineStarts(source)
    for number, start, end in lines.spans():
        if not source[start:end].strip():
            continue
        label = f"line {number}"
        try:
            value = _parse(source, start, end, scan, label)
            if not isinstance(value, _LocatedDict):  # every object the located scanner returns is one
                raise InputError(f"line {number} is {_kind(value)}, not a JSON object", label)
            documents.append(_record(value, source, fields, lines))
        except InputError as error:
            errors.append(error)
    return documents, errors


def _collect(
    items: list[tuple[Any, str, bool]], source: str, fields: RecordFields, lines: _LineStarts
) -> tuple[list[Extracted], list[InputError]]:
    documents: list[Extracted] = []
    errors: list[InputError] = []
    for item, item_label, by_line in items:
        try:
            if not isinstance(item, _LocatedDict):  # every object the located scanner returns is one
                raise InputError(f"{item_label} is {_kind(item)}, not a JSON object", item_label)
            documents.append(_record(item, source, fields, lines, None if by_line else item_label))
        except InputError as error:
            errors.append(error)
    return documents, errors


def _record(value: _LocatedDict, source: str, fields: RecordFields, lines: _LineStarts,
            item_label: str | None = None) -> Extracted:
    """One record; `item_label` ("item 3") names an array item without an id, else its line is used."""
    label = _record_label(value, fields.id, lines, item_label)
    try:
        text = _text_value(value, fields.text)
        meta = metadata_from_mapping(value, fields.metadata)
    except InputError as error:
        raise InputError(f"{label}: {error.message}", label) from None
    builder = ProseBuilder(source, text.start)
    _copy_literal(source, text.start, text.end, builder)
    prose, offsets = builder.build()
    if prose != text:  # cannot happen for valid JSON; guards the map against a scanner change
        raise InputError(f"{label}: could not map the text field back to the file", label)
    return Extracted(prose, offsets, meta, label)


def _record_label(value: _LocatedDict, id_field: str, lines: _LineStarts, item_label: str | None) -> str:
    record_id = value.get(id_field)
    if isinstance(record_id, (str, int)) and not isinstance(record_id, bool) and str(record_id):
        return str(record_id)
    return item_label or f"line {lines.line_of(value.start)}"


def _text_value(value: dict[str, Any], text_field: str) -> _LocatedStr:
    names = DEFAULT_TEXT_FIELDS if text_field == DEFAULT_TEXT_FIELDS[0] else (text_field,)
    for name in names:
        if name in value:
            text = value[name]
            if not isinstance(text, _LocatedStr):
                raise InputError(f"field {name!r} must be text, not {_kind(text)}")
            return text
    raise InputError(f"no text field ({' or '.join(repr(name) for name in names)})")


def _copy_literal(source: str, start: int, end: int, builder: ProseBuilder) -> None:
    """Append a JSON string literal's decoded contents, each escape mapped to its source span."""
    position = start
    while position < end:
        backslash = source.find("\\", position, end)
        if backslash < 0:
            builder.copy(position, end)
            return
        builder.copy(position, backslash)
        kind = source[backslash + 1]
        if kind != "u":
            builder.insert(_SIMPLE_ESCAPES[kind], backslash, backslash + 2)
            position = backslash + 2
            continue
        code, position = int(source[backslash + 2 : backslash + 6], 16), backslash + 6
        if 0xD800 <= code < 0xDC00 and source.startswith("\\u", position, end):
            low = int(source[position + 2 : position + 6], 16)
            if 0xDC00 <= low < 0xE000:  # a surrogate pair is one character
                code, position = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00), position + 6
        builder.insert(chr(code), backslash, position)


def _parse(source: str, start: int, end: int, scan: Callable[..., Any], label: str | None) -> Any:
    """Parse the one JSON value in source[start:end]; offsets in the result are absolute."""
    text = source[start:end]
    position = _skip_space(text, 0)
    try:
        try:
            value, after = scan(text, position)
        except StopIteration:
            raise json.JSONDecodeError("Expecting value", text, position) from None
        after = _skip_space(text, after)
        if after != len(text):
            raise json.JSONDecodeError("Extra data", text, after)
    except json.JSONDecodeError as error:
        line = source.count("\n", 0, start) + error.lineno
        raise InputError(f"broken JSON at line {line}, column {error.colno}: {error.msg}", label) from None
    except RecursionError:
        raise InputError("JSON nested too deeply", label) from None
    except ValueError as error:  # int() refuses a number of thousands of digits (CVE-2020-10735)
        raise InputError(f"JSON value cannot be read: {' '.join(str(error).split()[:8])}", label) from None
    if start:
        _shift(value, start)
    return value


def _shift(value: Any, offset: int) -> None:
    """Make the positions recorded while parsing a slice absolute."""
    if isinstance(value, _LocatedStr):
        value.start += offset
        value.end += offset
    elif isinstance(value, dict):
        if isinstance(value, _LocatedDict):
            value.start += offset
        for item in value.values():
            _shift(item, offset)
    elif isinstance(value, list):
        for item in value:
            _shift(item, offset)


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position] in " \t\r\n":
        position += 1
    return position


def _located_scanner() -> Callable[..., Any]:
    from json import decoder, scanner

    context = json.JSONDecoder()

    def parse_string(text: str, end: int, strict: bool) -> tuple[str, int]:
        value, after = decoder.scanstring(text, end, strict)  # type: ignore[attr-defined]  # not in typeshed
        located = _LocatedStr(value)
        located.start, located.end = end, after - 1  # between the quotes
        return located, after

    def parse_object(text_and_end: tuple[str, int], *args: Any) -> tuple[dict[str, Any], int]:
        value, after = decoder.JSONObject(text_and_end, *args)  # type: ignore[attr-defined]  # not in typeshed
        located = _LocatedDict(value)
        located.start = text_and_end[1] - 1
        return located, after

    # The pure-Python scanner reads these hooks from its context; typeshed does not declare them.
    context.parse_string = parse_string  # type: ignore[attr-defined]
    context.parse_object = parse_object  # type: ignore[attr-defined]
    return scanner.py_make_scanner(context)  # type: ignore[attr-defined]


def _kind(value: Any) -> str:
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, str):
        return "a string"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    return "a number"


class _LineStarts:
    """Line numbers of offsets (lines end at "\\n")."""

    def __init__(self, source: str) -> None:
        self._source = source
        self._starts = lf_line_starts(source)

    def line_of(self, offset: int) -> int:
        return bisect_right(self._starts, offset)

    def spans(self) -> list[tuple[int, int, int]]:
        """(1-based number, start, end without the newline) for every line."""
        ends = [start - 1 for start in self._starts[1:]] + [len(self._source)]
        return [(number, start, end) for number, (start, end) in enumerate(zip(self._starts, ends, strict=True), 1)]

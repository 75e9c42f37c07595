"""Archive readers: turn SOURCES (directories, globs, files, zip archives, fsspec URLs) into a stream of
article records, one at a time, so memory does not grow with the size of the archive.

A record carries the raw bytes of one article (a whole text/Markdown/HTML file, or one JSON object from a
JSONL line, a JSON array item or a CSV row) for `checker.document.load_documents` to read in a worker.
Anything that cannot become a record (a broken JSON line, a binary zip member, an oversized line) is an
`InputProblem` with its place and reason; the stream goes on after it.
"""

from __future__ import annotations

import csv
import datetime as dt
import fnmatch
import glob
import hashlib
import io
import json
import os
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import field
from pathlib import Path
from typing import IO, Any

from checker.api import DEFAULT_INCLUDE, InputPathError
from checker.document import LoadOptions
from checker.frozen import frozen
from checker.input_files import open_regular_file

AUDIT_INCLUDE = (*DEFAULT_INCLUDE, "*.csv", "*.zip")
ARTICLE_FILE_PATTERNS = ("*.txt", "*.text", "*.md", "*.markdown", "*.html", "*.htm")
DEFAULT_MAX_RECORD_BYTES = 8 * 1024 * 1024
_CHUNK_CHARS = 1 << 20
_GLOB_CHARS = set("*?[")


@frozen
class ReaderOptions:
    """Which files to read inside directories and zips, the record field names, and the size limit."""

    fields: LoadOptions = LoadOptions()
    include: tuple[str, ...] = AUDIT_INCLUDE
    max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES


@frozen
class ArchiveRecord:
    """One article's raw bytes and where they came from."""

    article_id: str
    where: str  # display location: "archive.zip!day.json#item 3", "feed.jsonl#line 12", "a/b.md"
    container: str  # "json" for a record cut from JSONL/JSON/CSV, "auto" for a whole file
    data: bytes = field(repr=False)
    first_line: int = 1  # the file line the data starts on (JSONL), so findings carry file line numbers
    # The date of an undated article by the configured date source (the file's mtime, or the day of the run):
    # set by the runner, part of the content hash, so a new fallback date rechecks the record.
    fallback_date: dt.date | None = None

    @property
    def content_hash(self) -> str:
        digest = hashlib.blake2b(self.data, digest_size=16)
        if self.fallback_date is not None:
            digest.update(b"\0fallback date " + self.fallback_date.isoformat().encode())
        return digest.hexdigest()


@frozen
class InputProblem:
    """Input that could not become an article, and why; `source` is the top-level file it belongs to."""

    source: str
    where: str
    reason: str


@frozen
class SourceStarted:
    """The reader has begun a top-level file (a rerun replaces that file's earlier problems)."""

    source: str


ArchiveItem = ArchiveRecord | InputProblem | SourceStarted


def expand_sources(sources: Sequence[str], include: Sequence[str] = AUDIT_INCLUDE) -> list[str]:
    """The files of SOURCES in a stable order: files as given, directories walked, globs and URLs expanded.

    Raises `InputPathError` for a source that names nothing, so a typo fails before a long audit starts.
    """
    files: list[str] = []
    for source in sources:
        try:
            found = _expand_url(source, include) if "://" in source else _expand_local(source, include)
        except ImportError as error:  # fsspec names the package a protocol needs ("Install s3fs to access S3")
            raise InputPathError(f"{source}: {' '.join(str(error).split())}") from None
        except (ValueError, OSError) as error:  # an unknown protocol, an unreachable or refused location
            raise InputPathError(f"{source}: cannot be read: {' '.join(str(error).split())[:300]}") from None
        if not found:
            raise InputPathError(f"{source}: no such file or directory, or no archive files in it")
        files.extend(found)
    return files


def _expand_local(source: str, include: Sequence[str]) -> list[str]:
    path = Path(source)
    if os.path.lexists(source) and not os.path.isdir(source):
        return [source]  # a FIFO, a device or a broken link becomes an input problem when read
    if path.is_dir():
        found = []
        for root, dirs, names in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            found += [str(Path(root) / n) for n in sorted(names) if not n.startswith(".") and _included(n, include)]
        return found
    if _GLOB_CHARS & set(source):
        return sorted(p for p in glob.glob(source, recursive=True) if Path(p).is_file())
    return []


def _expand_url(source: str, include: Sequence[str]) -> list[str]:
    import fsspec

    filesystem, _, paths = fsspec.get_fs_token_paths(source)
    protocol = source.split("://", 1)[0]
    found: list[str] = []
    for path in paths:
        if filesystem.isdir(path):
            found += [p for p in sorted(filesystem.find(path)) if _included(p.rsplit("/", 1)[-1], include)]
        elif filesystem.exists(path):
            found.append(path)
    return [p if "://" in p else f"{protocol}://{p.lstrip('/')}" if protocol == "memory" else f"{protocol}://{p}"
            for p in found]


def _included(name: str, patterns: Sequence[str]) -> bool:
    return any(fnmatch.fnmatch(name.lower(), pattern) for pattern in patterns)


class ArchiveReader:
    """Iterates the records of expanded SOURCES; `bytes_read` / `bytes_total` measure progress."""

    def __init__(self, files: Sequence[str], options: ReaderOptions = ReaderOptions()) -> None:
        self.files = list(files)
        self.options = options
        self.bytes_total = sum(_size(path) for path in self.files)
        self._bytes_done = 0
        self._current: IO[bytes] | None = None

    @property
    def bytes_read(self) -> int:
        try:
            position = self._current.tell() if self._current is not None else 0
        except (OSError, ValueError):
            position = 0
        return self._bytes_done + position

    def __iter__(self) -> Iterator[ArchiveItem]:
        for path in self.files:
            yield SourceStarted(path)
            try:
                with _open(path) as handle:
                    self._current = handle
                    yield from self._read_file(path, handle)
            except OSError as error:
                yield InputProblem(path, path, f"cannot read: {error.strerror or error}")
            finally:
                self._current = None
                self._bytes_done += _size(path)

    def _read_file(self, path: str, handle: IO[bytes]) -> Iterator[ArchiveItem]:
        if path.lower().endswith(".zip"):
            yield from self._read_zip(path, handle)
        else:
            yield from self._read_stream(path, path, handle, top_level=True)

    def _read_zip(self, path: str, handle: IO[bytes]) -> Iterator[ArchiveItem]:
        try:
            bundle = zipfile.ZipFile(handle)
        except zipfile.BadZipFile as error:
            yield InputProblem(path, path, f"not a zip archive: {error}")
            return
        with bundle:
            for member in bundle.infolist():
                if member.is_dir():
                    continue
                where = f"{path}!{member.filename}"
                if not _included(member.filename.rsplit("/", 1)[-1], self.options.include) or \
                        member.filename.lower().endswith(".zip"):
                    yield InputProblem(path, where, "not an article file (skipped zip member)")
                    continue
                try:
                    with bundle.open(member) as stream:
                        # Buffered in C: ZipExtFile.readline is Python, some 20 s for 10 million blank lines.
                        buffered = io.BufferedReader(stream, _CHUNK_CHARS)  # type: ignore[type-var]
                        yield from self._read_stream(path, where, buffered, top_level=False)
                except (zipfile.BadZipFile, NotImplementedError, RuntimeError, OSError) as error:
                    yield InputProblem(path, where, f"cannot read zip member: {error}")

    def _read_stream(self, source: str, where: str, stream: IO[bytes], top_level: bool) -> Iterator[ArchiveItem]:
        name = where.rsplit("!", 1)[-1].lower()
        if name.endswith((".jsonl", ".ndjson")):
            yield from self._read_jsonl(source, where, stream)
        elif name.endswith(".json"):
            yield from self._read_json(source, where, stream)
        elif name.endswith(".csv"):
            yield from self._read_csv(source, where, stream)
        elif top_level or _included(name.rsplit("/", 1)[-1], ARTICLE_FILE_PATTERNS):
            yield from self._read_article_file(source, where, stream)
        else:
            yield InputProblem(source, where, "not an article file (skipped)")

    # -- one article per file ----------------------------------------------------------------------------
    def _read_article_file(self, source: str, where: str, stream: IO[bytes]) -> Iterator[ArchiveItem]:
        limit = self.options.max_record_bytes
        data = stream.read(limit + 1)
        if len(data) > limit:
            yield InputProblem(source, where, f"file larger than the record limit of {limit:,} bytes (skipped)")
            return
        if _looks_binary(data):
            yield InputProblem(source, where, "binary data, not text (skipped)")
            return
        yield ArchiveRecord(where, where, "auto", data)

    # -- JSON Lines --------------------------------------------------------------------------------------
    def _read_jsonl(self, source: str, where: str, stream: IO[bytes]) -> Iterator[ArchiveItem]:
        limit = self.options.max_record_bytes
        number = 0
        while True:
            line = stream.readline(limit + 1)
            if not line:
                return
            number += 1
            label = f"{where}#line {number}"
            if len(line) > limit and not line.endswith(b"\n"):
                _drain_line(stream)
                yield InputProblem(source, label, f"line longer than the record limit of {limit:,} bytes (skipped)")
                continue
            if number == 1 and line.startswith(b"\xef\xbb\xbf"):
                line = line[3:]
            line = line.rstrip(b"\r\n")
            if not line.strip():
                continue
            try:
                value = json.loads(line.decode("utf-8"))
            except UnicodeDecodeError:
                yield InputProblem(source, label, f"line {number} is not UTF-8 text")
                continue
            except json.JSONDecodeError as error:
                yield InputProblem(source, label, f"broken JSON at line {number}, column {error.colno}: {error.msg}")
                continue
            except (ValueError, RecursionError) as error:
                yield InputProblem(source, label, f"line {number}: {_unreadable(error)}")
                continue
            yield self._json_record(source, label, value, line, number)

    def _json_record(self, source: str, label: str, value: Any, data: bytes, first_line: int = 1) -> ArchiveItem:
        if not isinstance(value, dict):
            return InputProblem(source, label, f"{label.rsplit('#', 1)[-1]} is {_kind(value)}, not a JSON object")
        return ArchiveRecord(_record_id(value, self.options.fields.id_field, label), label, "json", data, first_line)

    # -- JSON: one object, or an array streamed item by item ---------------------------------------------
    def _read_json(self, source: str, where: str, stream: IO[bytes]) -> Iterator[ArchiveItem]:
        text = io.TextIOWrapper(stream, encoding="utf-8-sig")
        limit = self.options.max_record_bytes
        decoder = json.JSONDecoder()
        buffer, position, eof, number = "", 0, False, 0
        try:
            while True:
                position = _skip(buffer, position, " \t\r\n")
                if position == len(buffer) and not eof:
                    buffer, position = buffer[position:] + text.read(_CHUNK_CHARS), 0
                    eof = position == len(buffer)
                    continue
                break
            if position == len(buffer):
                yield InputProblem(source, where, "empty JSON file")
                return
            if buffer[position] == "{":
                yield from self._read_json_object(source, where, buffer[position:], text)
                return
            if buffer[position] != "[":
                yield InputProblem(source, where, "JSON must be an object or an array of objects")
                return
            position += 1
            while True:
                position = _skip(buffer, position, " \t\r\n,")
                if position == len(buffer):
                    if eof:
                        yield InputProblem(source, where, "JSON array is not closed (file ends early)")
                        return
                    buffer, position = text.read(_CHUNK_CHARS), 0
                    eof = not buffer
                    continue
                if buffer[position] == "]":
                    return
                try:
                    value, end = _raw_decode(decoder, buffer, position)
                except (_UnreadableJSON, json.JSONDecodeError) as error:
                    if (not isinstance(error, _UnreadableJSON) and not eof and len(buffer) - position <= limit
                            and _may_be_cut(error, buffer)):
                        chunk = text.read(_CHUNK_CHARS)
                        eof = not chunk
                        buffer, position = buffer[position:] + chunk, 0
                        continue
                    reason = (error.msg if isinstance(error, _UnreadableJSON) else
                              f"item {number + 1} is larger than the record limit of {limit:,} bytes"
                              if len(buffer) - position > limit else f"broken JSON in item {number + 1}: {error.msg}")
                    # Step over the bad item to where the next one starts, and go on with the rest of the array.
                    buffer, position, eof, found = _past_item(buffer, position, eof, text)
                    number += 1
                    yield InputProblem(source, f"{where}#item {number}",
                                       reason if found else reason + " (rest of file skipped)")
                    if not found:
                        return
                    continue
                number += 1
                label = f"{where}#item {number}"
                yield self._json_record(source, label, value, buffer[position:end].encode("utf-8"))
                buffer, position = buffer[end:], 0
        except UnicodeDecodeError:
            yield InputProblem(source, where, f"not UTF-8 text (after {number} items; rest of file skipped)")

    def _read_json_object(self, source: str, where: str, head: str, text: IO[str]) -> Iterator[ArchiveItem]:
        limit = self.options.max_record_bytes
        whole = head + text.read(limit + 1 - len(head))
        if len(whole) > limit:
            yield InputProblem(source, where, f"JSON object larger than the record limit of {limit:,} bytes")
            return
        try:
            value = json.loads(whole)
        except json.JSONDecodeError as error:
            yield InputProblem(source, where, f"broken JSON at line {error.lineno}, column {error.colno}: {error.msg}")
            return
        except (ValueError, RecursionError) as error:
            yield InputProblem(source, where, _unreadable(error))
            return
        yield self._json_record(source, where, value, whole.encode("utf-8"))

    # -- CSV ---------------------------------------------------------------------------------------------
    def _read_csv(self, source: str, where: str, stream: IO[bytes]) -> Iterator[ArchiveItem]:
        csv.field_size_limit(self.options.max_record_bytes)
        text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
        rows = csv.DictReader(text)
        number = 0
        try:
            for row in rows:
                number += 1
                label = f"{where}#row {number}"
                values = {key: value for key, value in row.items() if isinstance(key, str) and value is not None}
                data = json.dumps(values, ensure_ascii=False).encode("utf-8")
                yield ArchiveRecord(_record_id(values, self.options.fields.id_field, label), label, "json", data)
        except UnicodeDecodeError:
            yield InputProblem(source, f"{where}#row {number + 1}", "not UTF-8 text (rest of file skipped)")
        except csv.Error as error:
            yield InputProblem(source, f"{where}#row {number + 1}", f"broken CSV: {error} (rest of file skipped)")


def _open(path: str) -> IO[bytes]:
    if "://" in path:
        import fsspec

        return fsspec.open(path, "rb").open()
    return open_regular_file(path)


def _size(path: str) -> int:
    try:
        if "://" in path:
            import fsspec

            filesystem, _, (inner,) = fsspec.get_fs_token_paths(path)
            return int(filesystem.size(inner) or 0)
        return os.path.getsize(path)
    except (OSError, ValueError):
        return 0


def _drain_line(stream: IO[bytes]) -> None:
    """Read past the rest of an oversized line without holding it in memory."""
    while True:
        piece = stream.readline(_CHUNK_CHARS)
        if not piece or piece.endswith(b"\n"):
            return


def _unreadable(error: Exception) -> str:
    if isinstance(error, RecursionError):
        return "JSON nested too deeply"
    return f"JSON value cannot be read: {' '.join(str(error).split()[:8])}"


class _UnreadableJSON(json.JSONDecodeError):
    """A complete JSON item Python will not build (a number of thousands of digits, nesting too deep)."""


def _raw_decode(decoder: json.JSONDecoder, buffer: str, position: int) -> tuple[Any, int]:
    try:
        return decoder.raw_decode(buffer, position)
    except json.JSONDecodeError:
        raise
    except (ValueError, RecursionError) as error:
        raise _UnreadableJSON(_unreadable(error), buffer, position) from None


def _past_item(buffer: str, position: int, eof: bool, text: IO[str]) -> tuple[str, int, bool, bool]:
    """Where the array item starting at `position` ends (the comma or bracket after it), reading on as needed:
    brackets are counted outside strings, so a bad but whole item (a trailing comma, a number Python will not
    build, an item over the record limit) is stepped over; (buffer, position, eof, found), and found is False
    when the file ends first (an unclosed string or bracket: nothing after it can be told apart)."""
    depth, in_string, escaped, index = 0, False, False, position
    while True:
        while index < len(buffer):
            char = buffer[index]
            if in_string:
                if escaped:
                    escaped = False
                elif char == "\\":
                    escaped = True
                elif char == '"':
                    in_string = False
            elif char == '"':
                in_string = True
            elif char in "[{":
                depth += 1
            elif char in "]}":
                if depth == 0:
                    return buffer, index, eof, True  # the array's own bracket: the item ended before it
                depth -= 1
                if depth == 0:
                    return buffer, index + 1, eof, True
            elif char == "," and depth == 0:
                return buffer, index, eof, True
            index += 1
        if eof:
            return "", 0, True, False
        chunk = text.read(_CHUNK_CHARS)
        eof = not chunk
        buffer, index = buffer[index:] + chunk, 0  # what was scanned is dropped: memory stays one chunk


def _skip(text: str, position: int, characters: str) -> int:
    while position < len(text) and text[position] in characters:
        position += 1
    return position


def _may_be_cut(error: json.JSONDecodeError, buffer: str) -> bool:
    """True when a decode error may only mean the item continues in the next chunk."""
    return error.pos >= len(buffer) - 16 or error.msg.startswith("Unterminated string")


def _looks_binary(data: bytes) -> bool:
    """NUL bytes in the first 8 KB mean binary (UTF-16 text starts with a byte-order mark)."""
    head = data[:8192]
    return b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff"))


def _record_id(value: dict, id_field: str, label: str) -> str:
    record_id = value.get(id_field)
    if isinstance(record_id, (str, int)) and not isinstance(record_id, bool) and str(record_id).strip():
        return str(record_id).strip()
    return label


def _kind(value: Any) -> str:
    kinds: dict[type, str] = {dict: "an object", list: "an array", str: "a string"}
    return kinds.get(type(value), "a number or literal")

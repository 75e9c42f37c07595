"""Applying fixes to files: spans replaced in the decoded source, the rest written back byte for byte.

A fix replaces a finding's span in the decoded file text. Everything outside the fixed spans is kept as
it was: the text is re-encoded with the file's own encoding and byte-order mark (`encode_text`), and line
endings are never touched because only the spans change. Writes are atomic (a temporary file in the same
directory renamed over the original) and refused when the file changed on disk since it was read.
"""

from __future__ import annotations

import difflib
import html
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from checker.frozen import frozen
from checker.models import FileResult, Located

if TYPE_CHECKING:
    from checker.api import Checker
    from checker.decoding import Decoded
    from checker.document import Document


class StaleFileError(Exception):
    """The file changed on disk between reading and writing; it was not written."""


@frozen
class Edit:
    """Replace `source_text[start:end]` with `replacement` (offsets into the decoded file text)."""

    start: int
    end: int
    replacement: str
    rule: str = field(default="", compare=False)  # two rules fixing one span the same way make one edit


@frozen
class SkippedFix:
    located: Located
    reason: str


@dataclass
class FixPlan:
    """What fixing one file would do: its bytes as read, the edits, and the fixes that cannot be applied."""

    path: str
    original: bytes
    decoded: Decoded | None
    source_text: str
    edits: list[Edit] = field(default_factory=list)
    skipped: list[SkippedFix] = field(default_factory=list)
    results: list[FileResult] = field(default_factory=list)

    @property
    def fixed_text(self) -> str:
        return apply_edits(self.source_text, self.edits)[0]

    def fixed_bytes(self) -> bytes:
        from checker.decoding import encode_text

        assert self.decoded is not None
        return encode_text(self.fixed_text, self.decoded)


def apply_edits(text: str, edits: Iterable[Edit]) -> tuple[str, list[Edit]]:
    """`text` with the edits applied, and the edits left out because they overlap an earlier one.

    Edits are taken in order of position; one that overlaps an edit already taken is left out (a later run
    picks it up on the fixed text), so overlapping fixes can never splice two replacements together.
    Identical edits count once.
    """
    taken: list[Edit] = []
    left_out: list[Edit] = []
    for edit in sorted(set(edits), key=lambda e: (e.start, e.end, e.replacement)):
        if taken and (edit.start < taken[-1].end or (edit.start == edit.end == taken[-1].start)):
            left_out.append(edit)
            continue
        taken.append(edit)
    pieces, position = [], 0
    for edit in taken:
        pieces += [text[position:edit.start], edit.replacement]
        position = edit.end
    pieces.append(text[position:])
    return "".join(pieces), left_out


def plan_fixes(checker: Checker, path: str, *, unsafe: bool = False, data: bytes | None = None) -> FixPlan:
    """Check one file and collect the edits its fixes make (safe ones, or all with `unsafe`)."""
    from checker.cards import proposed_fixes
    from checker.decoding import DecodeError
    from checker.document import InputError, LoadOptions, load_documents
    from checker.input_files import describe_os_error, read_regular_file

    try:
        original = read_regular_file(path) if data is None else data
    except OSError as error:  # unreadable, a dangling link, a loop, a FIFO: this file only, the rest go on
        return FixPlan(path, b"", None, "", results=[FileResult(path=path, error=f"cannot read: "
                                                                 f"{describe_os_error(error)}")])
    try:
        loaded = load_documents(path, original, checker.options.load or LoadOptions())
    except (DecodeError, InputError) as error:
        return FixPlan(path, original, None, "", results=[FileResult(path=path, error=str(error))])
    documents = loaded.documents
    plan = FixPlan(path, original, documents[0].decoded if documents else None,
                   documents[0].source_text if documents else "")
    located_of: dict[Edit, Located] = {}
    for document in documents:
        result = checker.check_document(document, checker.fallback_date(path))
        plan.results.append(result)
        # One edit per card: the fixes several rules give one span are alternatives of one problem, never
        # edits that overlap each other.
        for located, _ in proposed_fixes(result.findings, unsafe=unsafe):
            edit_or_reason = edit_for(document, located)
            if isinstance(edit_or_reason, Edit):
                located_of.setdefault(edit_or_reason, located)
            else:
                plan.skipped.append(SkippedFix(located, edit_or_reason))
    _, overlapping = apply_edits(plan.source_text, located_of)
    plan.skipped += [SkippedFix(located_of[edit], "overlaps another fix (run --fix again)") for edit in overlapping]
    plan.edits = [edit for edit in located_of if edit not in overlapping]
    return plan


# Why a fix cannot be written into the file; `review` says it in the article's language (its words, same keys).
UNFIXABLE = {
    "markup": "the span holds markup or escapes; fix it by hand",
    "encoding": "cannot write {text!r} in {encoding}; fix it by hand",
}


def edit_for(document: Document, located: Located, reasons: Mapping[str, str] = UNFIXABLE) -> Edit | str:
    """The edit that applies a finding's fix to the file, or the reason it cannot be applied safely (from
    `reasons`: UNFIXABLE's keys)."""
    from checker.decoding import EncodeError, encode_text

    finding = located.finding
    assert finding.fix is not None
    prose = document.text[finding.start:finding.end]
    if document.source_text[located.start:located.end] != prose:
        # Markup, an entity or an escape inside the span: replacing it would drop or break the markup.
        return reasons["markup"]
    replacement = _escaped(finding.fix.replacement, document.path, document.source_text)
    try:
        encode_text(replacement, document.decoded)
    except EncodeError as error:
        return reasons["encoding"].format(text=error.text, encoding=error.encoding)
    return Edit(located.start, located.end, replacement, finding.rule)


def _escaped(replacement: str, path: str, source_text: str) -> str:
    """The replacement as it must be written in the file's container (HTML text, a JSON string)."""
    from checker.document import container_for

    container = container_for(path, source_text)
    if container == "html":
        return html.escape(replacement, quote=False)
    if container in ("json", "jsonl"):
        return json.dumps(replacement, ensure_ascii=False)[1:-1]
    return replacement


def write_atomically(path: str | Path, expected: bytes, new: bytes) -> list[str]:
    """Replace the file's bytes with `new` if it still holds `expected`; raise StaleFileError if not.

    The new bytes go to a temporary file in the same directory (same file system), which then replaces
    the original in one rename: a reader sees the old file or the new one, never half of one. A symlink
    is followed (its target is written; the link stays a link). The file's permission bits are kept; a
    read-only file is refused. The file's identity (size, modification time, bytes) is compared again just
    before the rename, so a write by another program in between is never lost. Returns notes (hard links).
    """
    target = Path(os.path.realpath(path))
    identity = _identity(path, target, expected)
    mode = identity.mode & 0o7777
    if not mode & 0o222:
        raise StaleFileError(f"{path}: read-only file; not written (make it writable to fix it)")
    notes = []
    if identity.links > 1:
        notes.append(f"{path}: has {identity.links} hard links; only this name holds the fixed text "
                     "(the other names keep the old file)")

    def unchanged() -> None:
        if _identity(path, target, expected) != identity:
            raise StaleFileError(f"{path}: changed on disk while it was being fixed; not written (run again)")

    _replace(target, new, mode, before_rename=unchanged)
    return notes


@frozen
class _Identity:
    size: int
    mtime_ns: int
    inode: int
    mode: int
    links: int


def _identity(path: str | Path, target: Path, expected: bytes) -> _Identity:
    """The file's identity if it still holds `expected`; StaleFileError otherwise."""
    from checker.input_files import describe_os_error, read_regular_file

    try:
        before = target.stat()
        current = read_regular_file(target)
        after = target.stat()
    except OSError as error:
        raise StaleFileError(f"{path}: cannot re-read before writing: {describe_os_error(error)}") from None
    identity = _Identity(after.st_size, after.st_mtime_ns, after.st_ino, after.st_mode, after.st_nlink)
    if current != expected or (before.st_size, before.st_mtime_ns) != (after.st_size, after.st_mtime_ns):
        raise StaleFileError(f"{path}: changed on disk since it was read; not written (run again)")
    return identity


def write_new_file(path: str | Path, data: bytes) -> None:
    """Write a file that factlint owns (a baseline) atomically, whatever it held before."""
    target = Path(path)
    mode = target.stat().st_mode & 0o7777 if target.exists() else 0o644
    _replace(target, data, mode)


_TEMPORARY_SUFFIX = ".factlint"


def _replace(target: Path, data: bytes, mode: int, before_rename: Callable[[], None] | None = None) -> None:
    _remove_abandoned_temporaries(target)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.{os.getpid()}.",
                                         suffix=_TEMPORARY_SUFFIX)
    with _removed_on_termination(temporary):
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            os.chmod(temporary, mode)
            if before_rename is not None:
                before_rename()
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise


class _removed_on_termination:
    """While a temporary file exists, SIGTERM (and SIGHUP) removes it before the process ends."""

    def __init__(self, temporary: str) -> None:
        self.temporary = temporary
        self.previous: dict[int, Any] = {}

    def __enter__(self) -> None:
        import signal
        import threading

        if threading.current_thread() is not threading.main_thread():
            return
        for number in (signal.SIGTERM, signal.SIGHUP):
            self.previous[number] = signal.signal(number, self._terminate)

    def _terminate(self, number: int, frame: object) -> None:
        Path(self.temporary).unlink(missing_ok=True)
        raise SystemExit(128 + number)

    def __exit__(self, *exc: object) -> None:
        import signal

        for number, handler in self.previous.items():
            signal.signal(number, handler)


def _remove_abandoned_temporaries(target: Path) -> None:
    """Remove the temporary files of this file left by a factlint that was killed (its process is gone)."""
    try:
        names = [entry.name for entry in os.scandir(target.parent)
                 if entry.name.startswith(f".{target.name}.") and entry.name.endswith(_TEMPORARY_SUFFIX)]
    except OSError:
        return
    for name in names:
        pid = name[len(target.name) + 2:].split(".", 1)[0]
        if pid.isdigit() and not _process_alive(int(pid)):
            (target.parent / name).unlink(missing_ok=True)


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # another user's process: alive
    return True


def unified_diff(path: str, before: str, after: str) -> str:
    """A unified diff of the decoded texts (`a/PATH`, `b/PATH`), empty when nothing changes."""
    lines = difflib.unified_diff(before.splitlines(keepends=True), after.splitlines(keepends=True),
                                 fromfile=f"a/{path}", tofile=f"b/{path}")
    return "".join(line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n"
                   for line in lines)


def describe_skipped(plans: Sequence[FixPlan]) -> list[str]:
    """One line per fix that was not applied: `path:line:col: rule: reason`."""
    return [f"{plan.path}:{s.located.line}:{s.located.column}: {s.located.finding.rule}: fix not applied: {s.reason}"
            for plan in plans for s in plan.skipped]


@dataclass
class FixRun:
    """The outcome of `--fix` or `--diff` over many files."""

    results: list[FileResult] = field(default_factory=list)  # findings left after fixing (or before, --diff)
    plans: list[FixPlan] = field(default_factory=list)
    fixed: int = 0  # fixes applied (or that --diff would apply)
    errors: list[str] = field(default_factory=list)  # one line each: stale files, unwritable text
    notes: list[str] = field(default_factory=list)  # one line each: a fixed file with other hard links


def fix_paths(checker: Checker, paths: Sequence[str], *, unsafe: bool, write: bool,
              diff_stream: TextIO | None = None) -> FixRun:
    """Plan the fixes of every file; write them (`write`) or print them as a unified diff (`diff_stream`)."""
    import sys

    from checker.api import iter_input_files
    from checker.decoding import EncodeError

    run = FixRun()
    for path in iter_input_files(paths, checker.options.include, checker.options.exclude):
        data = sys.stdin.buffer.read() if path == "-" else None
        plan = plan_fixes(checker, path, unsafe=unsafe, data=data)
        run.plans.append(plan)
        if not plan.edits:
            run.results += plan.results
            continue
        if diff_stream is not None:
            diff_stream.write(unified_diff(path, plan.source_text, plan.fixed_text))
        if not write:
            run.fixed += len(plan.edits)
            run.results += plan.results
            continue
        try:
            new = plan.fixed_bytes()
            run.notes += write_atomically(path, plan.original, new)
        except (StaleFileError, EncodeError, OSError) as error:
            run.errors.append(f"{path}: {error}" if not str(error).startswith(path) else str(error))
            run.results += plan.results
            continue
        run.fixed += len(plan.edits)
        run.results += checker.check_bytes(path, new, checker.fallback_date(path))
    return run

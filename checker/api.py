"""The Python API behind the CLI: check a text, a document, a file, or many paths.

    from checker.api import Checker, CheckOptions
    checker = Checker(CheckOptions(date=datetime.date(2025, 3, 16)))
    for result in checker.check_paths(["articles/"]):
        ...

Every command reaches the findings of a document through `Checker.examine_document` (files, records, the
fixer, `review`, the audit's workers), so suppressions and the configuration apply everywhere alike.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from checker.frozen import frozen
from checker.models import FileResult, Finding, Located

if TYPE_CHECKING:
    from collections.abc import Callable

    from checker.analysis import Analysis
    from checker.decoding import Decoded
    from checker.document import Document, LoadOptions
    from checker.packs.load import PackSet
    from checker.packs.model import Rule

DEFAULT_INCLUDE = ("*.txt", "*.md", "*.markdown", "*.html", "*.htm", "*.json", "*.jsonl", "*.ndjson")


class InputPathError(Exception):
    """A path given to check that cannot be used at all (missing, or a directory with no text files)."""


@frozen
class CheckOptions:
    lang: str = "auto"                      # ar | en | auto
    date: dt.date | None = None             # the article date when its metadata has none
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    packs: tuple[Path, ...] = ()            # extra pack directories or files
    include: tuple[str, ...] = ()           # globs for files inside directories
    exclude: tuple[str, ...] = ()
    load: LoadOptions | None = None       # container and record field names
    use_cache: bool = True
    severity: tuple[tuple[str, str], ...] = ()   # (rule id or prefix, level) from the configuration
    house_spellings: tuple[str, ...] = ()        # preferred spellings for consistency/name-variants
    date_source: str = "metadata"               # fallback date: metadata (none) | mtime | today
    # Callables (document, located findings) -> kept findings, run after inline suppressions, in order:
    # per-path ignores, the baseline, the changed-sentences filter (checker/config, baseline, changed).
    finding_filters: tuple[Callable[[Document, list[Located]], list[Located]], ...] = ()


@frozen
class ExaminedDocument:
    """One document's result (located, filtered findings) and its analysis (None when it was skipped)."""

    result: FileResult
    analysis: Analysis | None


class Checker:
    """Packs loaded and rules selected once; then any number of texts, files or paths checked."""

    def __init__(self, options: CheckOptions = CheckOptions(), packs: PackSet | None = None) -> None:
        from checker.compiled_packs import load_packs
        from checker.engine import configured_rules, select_rules

        self.options = options
        self.packs = packs or load_packs(options.packs, use_cache=options.use_cache)
        self.rules: list[Rule] = select_rules(self.packs, options.select, options.ignore)
        if options.severity or options.house_spellings:
            self.rules = configured_rules(self.rules, options.severity, options.house_spellings)

    # -- texts -------------------------------------------------------------------------------------------
    def check_text(self, text: str, *, lang: str = "auto", date: dt.date | None = None,
                   source: str | None = None, title: str | None = None) -> list[Finding]:
        """Findings (offsets into `text`) for one article given as a string; none for a text in a language
        factlint does not support (it is never read with another language's rules)."""
        from checker.analysis import Analysis
        from checker.engine import run_rules
        from checker.lang import is_supported

        code = document_language(text, lang)
        if not is_supported(code):
            return []
        return run_rules(Analysis(text, code, date, self.packs, source=source, title=title), self.rules)

    def analyse(self, text: str, *, lang: str = "auto", date: dt.date | None = None,
                source: str | None = None, title: str | None = None, subtitle: str | None = None) -> Analysis:
        """The analysis of one text; UnsupportedLanguageError when its language is not supported."""
        from checker.analysis import Analysis
        from checker.lang import language

        code = document_language(text, lang)
        language(code)  # raises for a language that has no package: it must never be read with other rules
        return Analysis(text, code, date, self.packs, source=source, title=title, subtitle=subtitle)

    # -- documents ---------------------------------------------------------------------------------------
    def check_document(self, document: Document, fallback_date: dt.date | None = None) -> FileResult:
        """Findings of one document placed in its file, after suppressions and the finding filters."""
        return self.examine_document(document, fallback_date).result

    def examine_document(self, document: Document, fallback_date: dt.date | None = None) -> ExaminedDocument:
        """The one path from a document to its findings, which every command takes (`check`, `review`, the
        fixer, `audit` on any executor, the hooks): language and date resolved, the selected rules run, the
        findings located in the file, then inline suppressions and the configured finding filters. Returns
        the result with the analysis behind it (None for an empty document or one in a language factlint does
        not read), for callers that need more of the article than its findings (the audit's cross-article
        facts)."""
        meta = document.meta
        path = f"{document.path}:{document.record}" if document.record else document.path
        date = meta.date or self.options.date or fallback_date
        lang = document_language(document.text, self.options.lang, meta.lang)
        result = FileResult(path=path, lang=lang, date=date, encoding=document.decoded.encoding)
        if document.decoded.legacy or document.decoded.bad_bytes:
            result.notes += _decoding_notes(document.decoded, lang)
        if document.is_empty:
            result.skipped = "empty: no text to check"
            return ExaminedDocument(result, None)
        from checker.lang import is_supported

        if not is_supported(lang):
            result.skipped = f"language {lang} is not supported"
            return ExaminedDocument(result, None)
        from checker.engine import run_rules

        analysis = self.analyse(document.text, lang=lang, date=date, source=meta.source, title=meta.title,
                                subtitle=meta.subtitle)
        result.findings = [locate(document, analysis, finding) for finding in run_rules(analysis, self.rules)]
        result.findings = self.filter_findings(document, result.findings)
        return ExaminedDocument(result, analysis)

    def filter_findings(self, document: Document, findings: list[Located]) -> list[Located]:
        """Inline suppressions (reporting unused ones), then the configured finding filters."""
        from checker.checks import is_archive_kind
        from checker.suppress import apply_suppressions

        # A directive naming a cross-article rule is not "unused" in one article: the audit runs that rule.
        selected = [rule.id for rule in self.rules if not is_archive_kind(rule.kind)]
        findings = apply_suppressions(document, findings, selected=selected, known=self.packs.rules)
        for keep in self.options.finding_filters:
            findings = keep(document, findings)
        return findings

    def check_bytes(self, path: str, data: bytes, fallback_date: dt.date | None = None) -> list[FileResult]:
        """Every document (one, or one per JSON record) of a file's bytes; errors become results."""
        from checker.decoding import DecodeError
        from checker.document import InputError, LoadOptions, load_documents

        try:
            loaded = load_documents(path, data, self.options.load or LoadOptions())
        except (DecodeError, InputError) as error:
            return [FileResult(path=path, error=str(error))]
        results = [self.check_document(document, fallback_date) for document in loaded.documents]
        results += [FileResult(path=path, error=str(error)) for error in loaded.errors]
        return results

    def check_file(self, path: str | Path) -> list[FileResult]:
        from checker.input_files import describe_os_error, read_regular_file

        name = str(path)
        try:
            data = sys.stdin.buffer.read() if name == "-" else read_regular_file(path)
        except OSError as error:
            return [FileResult(path=name, error=f"cannot read: {describe_os_error(error)}")]
        return self.check_bytes(name, data, self.fallback_date(name))

    def fallback_date(self, path: str) -> dt.date | None:
        """The date of an article whose metadata and --date give none, by the configured date source."""
        return fallback_date(path, self.options.date_source)

    def check_paths(self, paths: Sequence[str | Path]) -> Iterator[FileResult]:
        for path in iter_input_files(paths, self.options.include, self.options.exclude):
            yield from self.check_file(path)


def check_text(text: str, *, lang: str = "auto", date: dt.date | None = None, **options: object) -> list[Finding]:
    """Convenience: check one string with the built-in packs."""
    return Checker(CheckOptions(**options)).check_text(text, lang=lang, date=date)  # type: ignore[arg-type]


def _decoding_notes(decoded: Decoded, lang: str) -> list[str]:
    """What the report says about how the file was read, in the article's language."""
    from checker.report import report_words

    words = report_words(lang)
    notes = [words["legacy_encoding"].format(encoding=decoded.encoding)] if decoded.legacy else []
    if decoded.bad_bytes:
        offset, value, count = decoded.bad_bytes
        notes.append(words["bad_bytes"].format(offset=offset, byte=f"0x{value:02x}", count=count))
    return notes


def fallback_date(path: str, date_source: str, today: dt.date | None = None) -> dt.date | None:
    """The date of the undated articles of the file at `path` by a configured date source: none (metadata),
    `today` (default: this day), or the local file's modification day (mtime)."""
    if date_source == "today":
        return today or dt.date.today()
    if date_source == "mtime" and path != "-" and "://" not in path:
        try:
            return dt.date.fromtimestamp(os.stat(path).st_mtime)
        except OSError:
            return None
    return None


def document_language(text: str, lang: str = "auto", declared: str | None = None) -> str:
    """The language to read `text` in: `lang` unless it is "auto" (--lang, configuration, the API's caller),
    else the one its metadata declares when supported, else the one detected from the text. The result may be
    a language factlint does not support ("fa", "fr": `checker.lang.is_supported` tells); such a text is
    skipped, never read with another language's rules."""
    from checker.lang import is_supported

    if lang and lang != "auto":
        return lang
    if declared and is_supported(declared):
        return declared
    from checker.lang.detect import detect_language

    return detect_language(text)


def locate(document: Document, analysis: Analysis, finding: Finding) -> Located:
    """Map a finding from prose offsets to the original file: offsets, line and column, span text."""
    start, end = document.source_span(finding.start, finding.end)
    line, column = document.line_col(start)
    end_line, end_column = document.line_col(end)
    sentence = analysis.sentence_of(finding.start)
    sentence_text = document.text[min(sentence.start, finding.start):max(sentence.end, finding.end)]
    return Located(finding, start, end, line, column, end_line, end_column, document.source_text[start:end],
                   sentence_text)


def iter_input_files(paths: Sequence[str | Path], include: Sequence[str] = (),
                     exclude: Sequence[str] = ()) -> Iterator[str]:
    """Files to check, in a stable order: files as given, directories walked (hidden ones skipped)."""
    patterns = tuple(include) or DEFAULT_INCLUDE
    for raw in paths:
        name = str(raw)
        if name == "-":
            yield name
            continue
        path = Path(name)
        if not _is_dir(path):
            if not os.path.lexists(name):
                raise InputPathError(f"{name}: no such file or directory")
            if not _excluded(path, path.name, exclude):
                yield name  # a FIFO, a device or a broken link is named and reported by check_file
            continue
        found = False
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for file_name in sorted(files):
                candidate = Path(root) / file_name
                relative = candidate.relative_to(path).as_posix()
                if file_name.startswith(".") or not _matches_any(file_name, relative, patterns):
                    continue
                if _excluded(candidate, relative, exclude):
                    continue
                found = True
                yield str(candidate)
        if not found:
            raise InputPathError(f"{name}: no text files to check (looked for {', '.join(patterns)})")


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except (OSError, RuntimeError):  # a name too long, a symlink loop: not a directory, reported when read
        return False


def _matches_any(name: str, relative: str, patterns: Iterable[str]) -> bool:
    return any(fnmatch.fnmatch(name, p) or fnmatch.fnmatch(relative, p) for p in patterns)


def _excluded(path: Path, relative: str, exclude: Sequence[str]) -> bool:
    return bool(exclude) and (_matches_any(path.name, relative, exclude) or _matches_any(str(path), str(path), exclude))

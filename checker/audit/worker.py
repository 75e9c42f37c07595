"""The per-article function: the same code runs in the main process, in a local process pool and on Dask
workers. Its inputs are picklable (`AuditSettings`, `ArchiveRecord`s); each process loads the pack set once,
from the on-disk cache, and keeps it for every later batch.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import os
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from checker.audit.sources import ArchiveRecord
from checker.audit.store import ArticleOutcome
from checker.document import LoadOptions
from checker.frozen import frozen

if TYPE_CHECKING:
    from checker.analysis import Analysis
    from checker.api import Checker
    from checker.config import Config
    from checker.document import Document
    from checker.models import Located
    from checker.packs.load import PackSet


class PackMismatchError(RuntimeError):
    """A worker loaded packs that differ from the ones the audit was started with."""


@frozen
class AuditSettings:
    """Everything that decides an article's results besides its own bytes (and its fallback date)."""

    packs: tuple[str, ...] = ()  # extra pack directories or files
    builtin_packs: bool = True
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    lang: str = "auto"
    default_date: dt.date | None = None
    fields: LoadOptions = LoadOptions()
    # From the configuration (`.factlint.yaml` / `[tool.factlint]`), as `check` takes them:
    severity: tuple[tuple[str, str], ...] = ()
    house_spellings: tuple[str, ...] = ()
    date_source: str = "metadata"  # metadata | mtime | today: the runner turns it into each record's date
    finding_filters: tuple[Callable[[Document, list[Located]], list[Located]], ...] = ()  # per-path ignores
    packs_digest: str = ""  # filled in by the runner once the packs are loaded

    @property
    def digest(self) -> str:
        """The key under which a result is valid: packs digest plus every option that changes results
        (not where the packs live, which does not)."""
        relevant = dataclasses.replace(self, packs=(), builtin_packs=True)
        return hashlib.blake2b(repr(relevant).encode(), digest_size=16).hexdigest()


def settings_from_config(config: Config, *, builtin_packs: bool = True, default_date: dt.date | None = None,
                         fields: LoadOptions | None = None) -> AuditSettings:
    """The audit settings of a configuration (command-line values already on top), read as `check` reads it."""
    from checker.config import check_options

    options = check_options(config, base=os.getcwd())
    return AuditSettings(tuple(str(p) for p in options.packs), builtin_packs, options.select, options.ignore,
                         options.lang, default_date, fields or LoadOptions(), options.severity, options.house_spellings,
                         options.date_source, options.finding_filters)


@lru_cache(maxsize=4)
def _packs(extra: tuple[str, ...], builtin: bool) -> PackSet:
    """One pack set per process for each set of packs, shared by every configuration that uses it."""
    from pathlib import Path

    from checker.compiled_packs import load_packs

    return load_packs([Path(p) for p in extra], builtin=builtin)


@lru_cache(maxsize=32)
def checker_for(settings: AuditSettings) -> Checker:
    """This process's Checker for `settings`, built once (packs from the on-disk cache)."""
    from checker.api import Checker, CheckOptions

    packs = _packs(settings.packs, settings.builtin_packs)
    if settings.packs_digest and packs.digest != settings.packs_digest:
        raise PackMismatchError(f"this worker's packs have digest {packs.digest}, the audit's {settings.packs_digest}:"
                                " install the same factlint and packs on every worker")
    options = CheckOptions(lang=settings.lang, date=settings.default_date, select=settings.select,
                           ignore=settings.ignore, load=settings.fields, severity=settings.severity,
                           house_spellings=settings.house_spellings, date_source=settings.date_source,
                           finding_filters=settings.finding_filters)
    return Checker(options, packs=packs)


def check_batch(settings: AuditSettings, records: Sequence[ArchiveRecord]) -> list[ArticleOutcome]:
    """Check a batch of records (the unit sent to a pool or a Dask worker)."""
    digest = settings.digest
    return [dataclasses.replace(check_article(settings, record), settings_digest=digest,
                                packs_digest=settings.packs_digest) for record in records]


def check_article(settings: AuditSettings, record: ArchiveRecord) -> ArticleOutcome:
    """Read one record and check it; any problem with the record becomes an 'error' outcome."""
    from checker.decoding import DecodeError
    from checker.document import InputError, load_documents

    checker = checker_for(settings)
    base = ArticleOutcome(record.article_id, record.content_hash, record.where, "error")
    try:
        loaded = load_documents(record.where, record.data, dataclasses.replace(settings.fields,
                                                                                container=record.container))
    except (DecodeError, InputError) as error:
        return dataclasses.replace(base, reason=str(error))
    if loaded.errors:
        return dataclasses.replace(base, reason=loaded.errors[0].message)
    if not loaded.documents:
        return dataclasses.replace(base, reason="no article in the record")
    return _outcome(checker, loaded.documents[0], base, record)


def _outcome(checker: Checker, document: Document, base: ArticleOutcome, record: ArchiveRecord) -> ArticleOutcome:
    """The article's result by the one document-to-findings path (`Checker.examine_document`), as stored."""
    from checker.report.json_report import finding_object

    examined = checker.examine_document(document, record.fallback_date)
    result, analysis = examined.result, examined.analysis
    described = dataclasses.replace(base, title=document.meta.title, outlet=document.meta.source,
                                    date=result.date.isoformat() if result.date else None)
    if analysis is None:  # empty, or in a language factlint does not read
        lang = None if document.is_empty else result.lang
        return dataclasses.replace(described, status="skipped", lang=lang, reason=result.skipped)
    findings = []
    line_shift = record.first_line - 1
    for located in result.findings:
        body = finding_object(located)
        body["line"] += line_shift
        body["end_line"] += line_shift
        # Where the span lies inside `sentence`, so a report can highlight it.
        body["sentence_span"] = _sentence_span(located, analysis)
        findings.append(body)
    return dataclasses.replace(described, status="checked", lang=analysis.lang, findings=tuple(findings),
                               facts=tuple(article_facts(checker, analysis)))


def _sentence_span(located: Located, analysis: Analysis) -> list[int]:
    finding = located.finding
    if finding.start == finding.end == 0 and located.text == located.sentence:
        return [0, len(located.sentence)]  # a note on a directive in the markup: its sentence is the directive
    sentence_start = min(analysis.sentence_of(finding.start).start, finding.start)
    return [finding.start - sentence_start, finding.end - sentence_start]


def article_facts(checker: Checker, analysis: Analysis) -> Iterator[tuple[str, str, dict]]:
    """What the archive needs from one article: (kind, key, body). Name spellings feed the house-style
    table; each selected cross-article rule stores its own facts under its rule id."""
    from checker.checks import archive_kind, is_archive_kind

    yield from _name_spellings(analysis)
    for rule in checker.rules:
        if is_archive_kind(rule.kind):
            for key, body in archive_kind(rule.kind).facts(rule, analysis):
                yield rule.id, key, body


def _name_spellings(analysis: Analysis) -> Iterator[tuple[str, str, dict]]:
    """Each full-name spelling of an unambiguous person or place, once per article with its count."""
    counts: dict[tuple[str, str], int] = {}
    for mention in analysis.mentions:
        ids = {ref.entity_id for ref in mention.refs if ref.field == "names" and not ref.ambiguous}
        if len(ids) != 1 or len(mention.entity_ids) != 1:
            continue
        entity_id = next(iter(ids))
        if entity_id.split("/")[0] not in ("person", "place"):
            continue
        spelling = " ".join(analysis.text[mention.start:mention.end].split())
        counts[(entity_id, spelling)] = counts.get((entity_id, spelling), 0) + 1
    for (entity_id, spelling), count in sorted(counts.items()):
        yield "name", entity_id, {"spelling": spelling, "lang": analysis.lang, "count": count}

"""The per-article function: the same code runs in the main process, in a local process pool and on Dask
workers. Its inputs are picklable (`AuditSettings`, `ArchiveRecord`s); each process loads the pack set once,
from the on-disk cache, and keeps it for every later batch.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from checker.audit.sources import ArchiveRecord
from checker.audit.store import ArticleOutcome
from checker.document import LoadOptions

if TYPE_CHECKING:
    from checker.analysis import Analysis
    from checker.api import Checker

# A quotation shorter than this is a phrase many people use, not evidence of one speaker.
QUOTE_MIN_WORDS = 5
_PUNCTUATION = re.compile(r"[^\w\s]")


class PackMismatchError(RuntimeError):
    """A worker loaded packs that differ from the ones the audit was started with."""


@dataclass(frozen=True)
class AuditSettings:
    """Everything that decides an article's results besides its own bytes."""

    packs: tuple[str, ...] = ()  # extra pack directories or files
    builtin_packs: bool = True
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    lang: str = "auto"
    default_date: dt.date | None = None
    fields: LoadOptions = LoadOptions()
    packs_digest: str = ""  # filled in by the runner once the packs are loaded

    @property
    def digest(self) -> str:
        """The key under which a result is valid: packs digest plus every option that changes results
        (not where the packs live, which does not)."""
        relevant = (self.packs_digest, self.select, self.ignore, self.lang, self.default_date, self.fields)
        return hashlib.blake2b(repr(relevant).encode(), digest_size=16).hexdigest()


@lru_cache(maxsize=2)
def checker_for(settings: AuditSettings) -> Checker:
    """This process's Checker for `settings`, built once (packs from the on-disk cache)."""
    from checker.api import Checker, CheckOptions
    from checker.compiled_packs import load_packs

    packs = load_packs([*map(_path, settings.packs)], builtin=settings.builtin_packs)
    if settings.packs_digest and packs.digest != settings.packs_digest:
        raise PackMismatchError(f"this worker's packs have digest {packs.digest}, the audit's {settings.packs_digest}:"
                                " install the same factlint and packs on every worker")
    options = CheckOptions(lang=settings.lang, date=settings.default_date, select=settings.select,
                           ignore=settings.ignore, load=settings.fields)
    return Checker(options, packs=packs)


def check_batch(settings: AuditSettings, records: Sequence[ArchiveRecord]) -> list[ArticleOutcome]:
    """Check a batch of records (the unit sent to a pool or a Dask worker)."""
    return [check_article(settings, record) for record in records]


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
    return _check_document(checker, loaded.documents[0], base, record.first_line - 1)


def _check_document(checker: Checker, document, base: ArticleOutcome, line_shift: int) -> ArticleOutcome:
    from checker.api import document_language, locate
    from checker.engine import run_rules
    from checker.lang import is_supported
    from checker.report.json_report import finding_object

    meta = document.meta
    date = meta.date or checker.options.date
    lang = document_language(document.text, checker.options.lang, meta.lang)
    described = dataclasses.replace(base, title=meta.title, outlet=meta.source,
                                    date=date.isoformat() if date else None)
    if document.is_empty:
        return dataclasses.replace(described, status="skipped", reason="empty: no text to check")
    if not is_supported(lang):
        return dataclasses.replace(described, status="skipped", lang=lang, reason=f"language {lang} is not supported")
    analysis = checker.analyse(document.text, lang=lang, date=date, source=meta.source, title=meta.title)
    findings = []
    for finding in run_rules(analysis, checker.rules):
        body = finding_object(locate(document, analysis, finding))
        body["line"] += line_shift
        body["end_line"] += line_shift
        sentence_start = min(analysis.sentence_of(finding.start).start, finding.start)
        # Where the span lies inside `sentence` (prose offsets), so a report can highlight it.
        body["sentence_span"] = [finding.start - sentence_start, finding.end - sentence_start]
        findings.append(body)
    return dataclasses.replace(described, status="checked", lang=analysis.lang, findings=tuple(findings),
                               facts=tuple(article_facts(analysis)))


def article_facts(analysis: Analysis) -> Iterator[tuple[str, str, dict]]:
    """What the cross-article checks need from one article: (kind, key, body)."""
    yield from _name_spellings(analysis)
    yield from _quotes(analysis)
    yield from _cumulative_tolls(analysis)


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


def _quotes(analysis: Analysis) -> Iterator[tuple[str, str, dict]]:
    """Quotations with a named speaker that is not an outlet relaying them."""
    from checker.text.normalize import normalize_key

    for statement in analysis.annotation("attributions").statements:
        speaker = statement.speaker
        if not statement.quote or speaker is None or speaker.kind == "outlet" or statement.carried:
            continue
        if len(statement.quote.split()) < QUOTE_MIN_WORDS:
            continue
        # Punctuation inside the quote marks varies between outlets; the words are the quotation.
        key = " ".join(_PUNCTUATION.sub(" ", normalize_key(statement.quote)).split())
        yield "quote", key, {"speaker": speaker.entity_id, "kind": speaker.kind, "country": speaker.country,
                             "surface": analysis.text[speaker.start:speaker.end], "quote": statement.quote}


def _cumulative_tolls(analysis: Analysis) -> Iterator[tuple[str, str, dict]]:
    """Cumulative tolls of one category for exactly one place, for people at large, in a dated article."""
    if analysis.date is None:
        return
    for fact in analysis.annotation("casualty_facts"):
        if fact.scope != "cumulative" or fact.group is not None or len(fact.categories) != 1:
            continue
        places = {candidates[0] for candidates in fact.places if len(candidates) == 1}
        if len(places) != 1 or any(len(candidates) != 1 for candidates in fact.places):
            continue
        quantity = fact.quantity
        if quantity.vague:
            continue
        sentence = analysis.sentence_of(fact.start)
        yield "toll", f"{next(iter(places))}|{fact.categories[0]}", {
            "low": quantity.low, "high": quantity.high, "value": quantity.value,
            "text": analysis.text[fact.start:fact.end],
            "sentence": " ".join(analysis.text[sentence.start:sentence.end].split()),
            "date": analysis.date.isoformat()}


def _path(value: str):
    from pathlib import Path

    return Path(value)

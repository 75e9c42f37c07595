"""The audit store: one SQLite file holding each article's status, findings and facts, keyed by article id,
content hash and the settings digest (the pack set's digest plus the options that change results).

Each article is written in one transaction with its findings and facts (old rows deleted first), and
batches are committed whole, so a killed audit leaves only whole articles behind: a rerun redoes the rest
and nothing is lost or counted twice.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from checker.frozen import frozen

if TYPE_CHECKING:
    from checker.audit.sources import InputProblem

SCHEMA_VERSION = "1"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    article_id TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL,
    settings_digest TEXT NOT NULL,
    packs_digest TEXT NOT NULL,
    location TEXT NOT NULL,
    status TEXT NOT NULL,          -- checked | skipped | error
    reason TEXT,
    title TEXT, outlet TEXT, date TEXT, lang TEXT,
    findings INTEGER NOT NULL DEFAULT 0,
    run INTEGER NOT NULL DEFAULT 0  -- the audit run that last wrote or confirmed the row
);
CREATE TABLE IF NOT EXISTS findings (
    article_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    rule TEXT NOT NULL, category TEXT NOT NULL, severity TEXT NOT NULL,
    body TEXT NOT NULL,            -- checker.report.json_report.finding_object plus sentence_span
    PRIMARY KEY (article_id, seq)
);
CREATE TABLE IF NOT EXISTS facts (
    article_id TEXT NOT NULL,
    kind TEXT NOT NULL,            -- name (spellings), or the id of the cross-article rule the fact is for
    key TEXT NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS facts_by_kind ON facts (kind, key);
CREATE INDEX IF NOT EXISTS facts_by_article ON facts (article_id);
CREATE TABLE IF NOT EXISTS problems (
    source TEXT NOT NULL, location TEXT NOT NULL, reason TEXT NOT NULL,
    PRIMARY KEY (source, location)
);
CREATE TABLE IF NOT EXISTS cross_findings (
    seq INTEGER PRIMARY KEY,
    rule TEXT NOT NULL, category TEXT NOT NULL, severity TEXT NOT NULL,
    message TEXT NOT NULL,
    body TEXT NOT NULL             -- the articles involved and the evidence
);
"""


@frozen
class ArticleOutcome:
    """What checking one article produced; the unit the store writes in one piece."""

    article_id: str
    content_hash: str
    location: str
    status: str  # checked | skipped | error
    reason: str | None = None
    title: str | None = None
    outlet: str | None = None
    date: str | None = None  # ISO date
    lang: str | None = None
    findings: tuple[dict, ...] = ()
    facts: tuple[tuple[str, str, dict], ...] = ()  # (kind, key, body)
    settings_digest: str = ""  # of the settings it was checked with (its source's configuration)
    packs_digest: str = ""


@frozen
class StoredKey:
    content_hash: str
    settings_digest: str
    run: int
    location: str


@frozen
class StoredArticle:
    article_id: str
    location: str
    status: str
    reason: str | None
    title: str | None
    outlet: str | None
    date: str | None
    lang: str | None
    findings: tuple[dict, ...]


# The columns each table must have for this version to read and write it (a store is checked on open).
_COLUMNS = {
    "meta": ("key", "value"),
    "articles": ("article_id", "content_hash", "settings_digest", "packs_digest", "location", "status", "reason",
                 "title", "outlet", "date", "lang", "findings", "run"),
    "findings": ("article_id", "seq", "rule", "category", "severity", "body"),
    "facts": ("article_id", "kind", "key", "body"),
    "problems": ("source", "location", "reason"),
    "cross_findings": ("seq", "rule", "category", "severity", "message", "body"),
}
_WHAT_TO_DO = "audit into a new store with --db NEW (the sources are read again)"


class AuditStoreError(Exception):
    """The store cannot be used (not a database, damaged, another schema version, read-only); one line that
    says what is wrong and what to do."""


def _storable(text: str) -> str:
    """Text SQLite can store: a lone surrogate (an undecodable file name, "\\ud800" in a record) is written
    as its escape, which a JSON body reads back as the same character."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


def _storable_row(row: Sequence[object]) -> tuple[object, ...]:
    return tuple(_storable(value) if isinstance(value, str) else value for value in row)


class AuditStore:
    """An open audit database (WAL mode: a report may read while an audit writes).

    Opening checks the store: a file that is not an SQLite database, a damaged one, a store of another
    schema version or without the expected tables raises `AuditStoreError`, and nothing is written to it.
    `read_only` opens an existing store for reports without ever writing to it.
    """

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = str(path)
        try:
            self.connection = self._open(read_only)
        except sqlite3.Error as error:
            raise AuditStoreError(self._diagnose(error)) from None

    def _open(self, read_only: bool) -> sqlite3.Connection:
        if read_only:
            uri = f"{Path(self.path).absolute().as_uri()}?mode=ro"
            connection = sqlite3.connect(uri, uri=True, timeout=60, isolation_level=None)
        else:
            connection = sqlite3.connect(self.path, timeout=60, isolation_level=None)
        try:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if tables:
                self._check_schema(connection, tables)
            elif read_only:
                raise AuditStoreError(f"{self.path}: an empty database, not an audit store; run `factlint audit "
                                      f"SOURCES --db {self.path}` first")
            if not read_only:
                connection.execute("PRAGMA journal_mode=WAL")
                connection.execute("PRAGMA synchronous=NORMAL")
                connection.executescript(_SCHEMA)
                connection.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
        except BaseException:
            connection.close()
            raise
        return connection

    def _check_schema(self, connection: sqlite3.Connection, tables: set[str]) -> None:
        missing = [name for name in _COLUMNS if name not in tables]
        if missing:
            raise AuditStoreError(f"{self.path}: not an audit store (no {', '.join(missing)} table); "
                                  f"{_WHAT_TO_DO}")
        row = connection.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        if row is None or row[0] != SCHEMA_VERSION:
            found = "no schema version" if row is None else f"schema version {row[0]!r}"
            raise AuditStoreError(f"{self.path}: an audit store of another factlint version ({found}, this "
                                  f"version reads {SCHEMA_VERSION!r}); not changed; {_WHAT_TO_DO}")
        for table, wanted in _COLUMNS.items():
            present = {info[1] for info in connection.execute(f"PRAGMA table_info({table})")}
            absent = [column for column in wanted if column not in present]
            if absent:
                raise AuditStoreError(f"{self.path}: table {table} lacks column(s) {', '.join(absent)}; not "
                                      f"changed; {_WHAT_TO_DO}")

    def _diagnose(self, error: sqlite3.Error) -> str:
        """One line on why the store cannot be opened, with SQLite's quick_check when it can run."""
        problem = " ".join(str(error).split())
        if isinstance(error, sqlite3.OperationalError) and "readonly" in problem:
            return f"{self.path}: the store is read-only ({problem}); make it writable or use --db NEW"
        if isinstance(error, sqlite3.OperationalError) and "unable to open" in problem:
            return f"{self.path}: cannot open the store ({problem}); check the path and its permissions"
        detail = ""
        try:
            with sqlite3.connect(f"{Path(self.path).absolute().as_uri()}?mode=ro", uri=True) as probe:
                found = [row[0] for row in probe.execute("PRAGMA quick_check(3)")]
            if found != ["ok"]:
                detail = f"; quick_check: {' | '.join(' '.join(str(f).split()) for f in found)[:300]}"
        except sqlite3.Error as probe_error:
            detail = f"; quick_check cannot run: {' '.join(str(probe_error).split())}"
        return (f"{self.path}: not a usable audit store ({problem}{detail}); run `factlint audit repair --db "
                f"{self.path}` (the damaged file is kept) or {_WHAT_TO_DO}")

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> AuditStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- resuming ----------------------------------------------------------------------------------------
    def done_keys(self, article_ids: Sequence[str]) -> dict[str, StoredKey]:
        """What the store holds for those of `article_ids` it has seen."""
        found: dict[str, StoredKey] = {}
        for start in range(0, len(article_ids), 500):
            part = [_storable(article_id) for article_id in article_ids[start:start + 500]]
            marks = ",".join("?" * len(part))
            rows = self.connection.execute(
                "SELECT article_id, content_hash, settings_digest, run, location FROM articles "
                f"WHERE article_id IN ({marks})", part)
            found.update((row[0], StoredKey(*row[1:])) for row in rows)
        return found

    def begin_run(self) -> int:
        """A new run number: rows written or confirmed by this run carry it (to tell duplicates in one
        archive from articles of an earlier, perhaps interrupted, run)."""
        with self._transaction() as cursor:
            run = int(self.meta("runs") or 0) + 1
            cursor.execute("INSERT OR REPLACE INTO meta VALUES ('runs', ?)", (str(run),))
        return run

    # -- writing -----------------------------------------------------------------------------------------
    def write_batch(self, outcomes: Iterable[ArticleOutcome], *, run: int, confirmed: Sequence[str] = (),
                    problems: Sequence[InputProblem] = (), cleared_sources: Sequence[str] = ()) -> int:
        """One transaction: forget the problems of sources read anew, replace the results of each article,
        mark `confirmed` (unchanged) articles as seen by `run`, and add problems. Returns how many articles."""
        count = 0
        with self._transaction() as cursor:
            cursor.executemany("DELETE FROM problems WHERE source = ?", [(_storable(s),) for s in cleared_sources])
            cursor.executemany("INSERT OR REPLACE INTO problems VALUES (?,?,?)",
                               [_storable_row((p.source, p.where, p.reason)) for p in problems])
            cursor.executemany("UPDATE articles SET run = ? WHERE article_id = ?",
                               [(run, _storable(a)) for a in confirmed])
            for outcome in outcomes:
                count += 1
                cursor.execute("DELETE FROM findings WHERE article_id = ?", (_storable(outcome.article_id),))
                cursor.execute("DELETE FROM facts WHERE article_id = ?", (_storable(outcome.article_id),))
                cursor.execute(
                    "INSERT OR REPLACE INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    _storable_row((outcome.article_id, outcome.content_hash, outcome.settings_digest,
                                   outcome.packs_digest, outcome.location, outcome.status, outcome.reason,
                                   outcome.title, outcome.outlet, outcome.date, outcome.lang, len(outcome.findings),
                                   run)))
                cursor.executemany(
                    "INSERT INTO findings VALUES (?,?,?,?,?,?)",
                    [_storable_row((outcome.article_id, seq, f["rule"], f["category"], f["severity"],
                                    json.dumps(f, ensure_ascii=False))) for seq, f in enumerate(outcome.findings)])
                cursor.executemany(
                    "INSERT INTO facts VALUES (?,?,?,?)",
                    [_storable_row((outcome.article_id, kind, key, json.dumps(body, ensure_ascii=False)))
                     for kind, key, body in outcome.facts])
        return count

    def replace_cross_findings(self, rows: Iterable[tuple[str, str, str, str, dict]]) -> None:
        """The cross-article findings are recomputed from the whole store each time: (rule, category,
        severity, message, body)."""
        with self._transaction() as cursor:
            cursor.execute("DELETE FROM cross_findings")
            cursor.executemany(
                "INSERT INTO cross_findings (rule, category, severity, message, body) VALUES (?,?,?,?,?)",
                [_storable_row((r, c, s, m, json.dumps(b, ensure_ascii=False))) for r, c, s, m, b in rows])

    def set_meta(self, key: str, value: str) -> None:
        self.connection.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", _storable_row((key, value)))

    def meta(self, key: str) -> str | None:
        row = self.connection.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    # -- reading -----------------------------------------------------------------------------------------
    def articles(self, *, with_findings_only: bool = False, worst_first: bool = False) -> Iterator[StoredArticle]:
        """Every stored article with its findings, streamed: in article-id order, or `worst_first` (the most
        severe finding, then the most findings, then the id)."""
        where = "WHERE a.findings > 0" if with_findings_only else ""
        order = "a.article_id, f.seq"
        if worst_first:
            order = "coalesce(w.rank, 0) DESC, a.findings DESC, " + order
        rows = self.connection.execute(
            "WITH w AS (SELECT article_id, max(CASE severity WHEN 'error' THEN 3 WHEN 'warning' THEN 2 ELSE 1 END) "
            "AS rank FROM findings GROUP BY article_id) "
            f"SELECT a.article_id, a.location, a.status, a.reason, a.title, a.outlet, a.date, a.lang, f.body "
            f"FROM articles a LEFT JOIN findings f ON f.article_id = a.article_id "
            f"LEFT JOIN w ON w.article_id = a.article_id {where} ORDER BY {order}")
        current: list = []
        for row in rows:
            if current and current[0][0] != row[0]:
                yield _stored(current)
                current = []
            current.append(row)
        if current:
            yield _stored(current)

    def problems(self) -> list[tuple[str, str]]:
        return list(self.connection.execute("SELECT location, reason FROM problems ORDER BY source, location"))

    def facts(self, kind: str) -> Iterator[tuple[str, str, dict]]:
        """(article id, key, body) of every stored fact of `kind`, grouped by key."""
        for article_id, key, body in self.connection.execute(
                "SELECT article_id, key, body FROM facts WHERE kind = ? ORDER BY key, article_id", (kind,)):
            yield article_id, key, json.loads(body)

    def article_dates(self) -> dict[str, tuple[str | None, str | None]]:
        return {row[0]: (row[1], row[2]) for row in self.connection.execute(
            "SELECT article_id, date, outlet FROM articles")}

    def cross_findings(self) -> list[dict]:
        rows = self.connection.execute(
            "SELECT rule, category, severity, message, body FROM cross_findings ORDER BY seq")
        return [{"rule": r, "category": c, "severity": s, "message": m, **json.loads(b)} for r, c, s, m, b in rows]

    def counts(self) -> dict[str, int]:
        by_status = dict(self.connection.execute("SELECT status, COUNT(*) FROM articles GROUP BY status"))
        total_findings = self.connection.execute("SELECT COUNT(*) FROM findings").fetchone()[0]
        return {"articles": sum(by_status.values()), "checked": by_status.get("checked", 0),
                "skipped": by_status.get("skipped", 0), "errors": by_status.get("error", 0),
                "findings": total_findings,
                "problems": self.connection.execute("SELECT COUNT(*) FROM problems").fetchone()[0]}

    def _transaction(self) -> _Transaction:
        return _Transaction(self.connection)


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any error."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def __enter__(self) -> sqlite3.Cursor:
        self.connection.execute("BEGIN IMMEDIATE")
        return self.connection.cursor()

    def __exit__(self, kind: object, *rest: object) -> None:
        self.connection.execute("ROLLBACK" if kind else "COMMIT")


def _stored(rows: list) -> StoredArticle:
    article_id, location, status, reason, title, outlet, date, lang = rows[0][:8]
    findings = tuple(json.loads(row[8]) for row in rows if row[8] is not None)
    return StoredArticle(article_id, location, status, reason, title, outlet, date, lang, findings)

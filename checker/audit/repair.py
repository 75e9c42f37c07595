"""`factlint audit repair --db STORE`: a damaged store made usable again without losing what can be read.

The damaged file is kept (renamed `STORE.damaged-YYYYmmdd-HHMMSS`, with its -wal and -shm files); a new store
is created at STORE and every row that can still be read and is whole is copied into it, table by table, in
rowid order, stepping over the rows SQLite cannot read. An article is kept only with all its findings (an
article whose findings cannot all be read is left out, so the next audit checks it again); facts and findings
of articles that were not kept are dropped. A rerun of the audit then checks what was lost.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from checker.audit.store import _COLUMNS, SCHEMA_VERSION, AuditStore, AuditStoreError

# Rowids tried past an unreadable one before a table is given up (a damaged page holds a few hundred rows);
# fewer when even the table's last rowid cannot be read (its root is damaged: little is readable past it).
_MAX_SKIPS, _MAX_SKIPS_BLIND = 200_000, 5_000
_CHUNK = 500


@dataclass
class RepairReport:
    store: str
    kept_as: str | None = None  # the damaged file's new name; None when nothing needed repair
    copied: dict[str, int] = field(default_factory=dict)
    unreadable: int = 0  # rows SQLite could not read, or read incomplete
    dropped: int = 0  # rows left out because their article was not kept whole

    def summary(self) -> str:
        if self.kept_as is None:
            return f"{self.store}: the store is sound (quick_check ok); nothing to repair"
        copied = ", ".join(f"{count:,} {table}" for table, count in self.copied.items() if count)
        return (f"{self.store}: repaired: salvaged {copied or 'nothing'}; {self.unreadable:,} unreadable row(s), "
                f"{self.dropped:,} left out with their article; the damaged store is kept as {self.kept_as}; run "
                f"the audit again to check what was lost")


def repair_store(path: str | Path) -> RepairReport:
    """Repair the store at `path` (see the module docstring); raise AuditStoreError when it cannot be done."""
    path = Path(path)
    report = RepairReport(str(path))
    if not path.is_file():
        raise AuditStoreError(f"{path}: no such store")
    if _sound(path):
        return report
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = path.with_name(f"{path.name}.damaged-{stamp}")
    try:
        for suffix in ("", "-wal", "-shm"):
            if Path(f"{path}{suffix}").exists():
                os.replace(f"{path}{suffix}", f"{kept}{suffix}")
    except OSError as error:
        raise AuditStoreError(f"{path}: cannot move the damaged store aside: {error.strerror or error}") from None
    report.kept_as = str(kept)
    with AuditStore(path) as store:  # a new, empty store of this version
        _salvage(kept, store.connection, report)
    return report


def _sound(path: Path) -> bool:
    """Whether the store opens as this version's and SQLite's quick_check finds nothing wrong."""
    try:
        with AuditStore(path, read_only=True) as store:
            return [row[0] for row in store.connection.execute("PRAGMA quick_check")] == ["ok"]
    except (AuditStoreError, sqlite3.Error):
        return False


def _salvage(damaged: Path, target: sqlite3.Connection, report: RepairReport) -> None:
    try:
        source = sqlite3.connect(f"{damaged.absolute().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return  # nothing readable: the new store stays empty
    try:
        if not _same_version(source):
            raise AuditStoreError(f"{damaged}: the damaged store is of another factlint version; not salvaged; "
                                  "audit into a new store with --db NEW")
        read = {table: _readable_rows(source, table, report) for table in _COLUMNS if table != "meta"}
    finally:
        source.close()
    whole = _whole_articles(read)
    target.execute("BEGIN")
    try:
        for table, (found, _) in read.items():
            article_table = table in ("articles", "findings", "facts")
            kept = [row for _, row in found if not article_table or row[0] in whole]
            report.dropped += len(found) - len(kept)
            placeholders = ",".join("?" * len(_COLUMNS[table]))
            copied = 0
            for row in kept:
                try:
                    target.execute(f"INSERT OR IGNORE INTO {table} ({','.join(_COLUMNS[table])}) "
                                   f"VALUES ({placeholders})", row)
                    copied += 1
                except sqlite3.Error:  # a NULL where the schema wants a value, a wrong type
                    report.unreadable += 1
            report.copied[table] = copied
        target.execute("COMMIT")
    except BaseException:
        target.execute("ROLLBACK")
        raise


Rows = list[tuple[int, tuple]]  # (rowid, row) in rowid order
Gap = tuple[int | None, int | None]  # the readable rowids around an unreadable stretch (None: the table's end)


def _whole_articles(read: dict[str, tuple[Rows, list[Gap]]]) -> set:
    """The articles kept: readable, with as many findings as their row counts, and written outside every
    unreadable stretch of findings or facts. An article's rows are written together, so rowids follow the order
    of writing in every table: what a stretch lost belongs to the articles written between the readable rows
    around it, which are all left out (the next audit checks them again)."""
    articles, _ = read["articles"]
    order = {row[0]: rowid for rowid, row in articles}
    counts: dict[object, int] = {}
    for _, row in read["findings"][0]:
        counts[row[0]] = counts.get(row[0], 0) + 1
    whole = {row[0] for _, row in articles if counts.get(row[0], 0) == row[11]}
    for table in ("findings", "facts"):
        rows, gaps = read[table]
        owner = {rowid: row[0] for rowid, row in rows}
        for before, after in gaps:
            low = order.get(owner.get(before), float("-inf")) if before is not None else float("-inf")
            high = order.get(owner.get(after), float("inf")) if after is not None else float("inf")
            whole -= {article for article, rowid in order.items() if low <= rowid <= high}
    return whole


def _same_version(source: sqlite3.Connection) -> bool:
    try:
        row = source.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
    except sqlite3.Error:
        return True  # the meta page itself is damaged: the tables say what they hold
    return row is None or row[0] == SCHEMA_VERSION


def _readable_rows(source: sqlite3.Connection, table: str, report: RepairReport) -> tuple[Rows, list[Gap]]:
    """The rows of `table` SQLite can read, in rowid order, and the stretches it could not read."""
    columns = ",".join(_COLUMNS[table])
    try:
        highest = source.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0] or 0
    except sqlite3.Error:
        highest = None  # the table's b-tree cannot be walked to its end: step until the skips run out
    rows: Rows = []
    gaps: list[Gap] = []
    after, skips, failing_since = 0, 0, None
    while highest is None or after < highest:
        try:
            chunk = source.execute(f"SELECT rowid, {columns} FROM {table} WHERE rowid > ? ORDER BY rowid LIMIT ?",
                                   (after, _CHUNK)).fetchall()
        except sqlite3.Error:
            chunk = None
        if chunk:
            if failing_since is not None:
                gaps.append((failing_since or None, chunk[0][0]))
                failing_since = None
            rows += [(row[0], tuple(row[1:])) for row in chunk]
            after, skips = chunk[-1][0], 0
            continue
        if chunk == [] and highest is not None:
            break
        # Unreadable from here (or nothing more when the end is unknown): step over one rowid at a time.
        if chunk is None:
            report.unreadable += 1
            if failing_since is None:
                failing_since = rows[-1][0] if rows else 0
        after += 1
        skips += 1
        if skips > (_MAX_SKIPS if highest is not None else _MAX_SKIPS_BLIND) or (chunk == [] and highest is None):
            break
    if failing_since is not None:
        gaps.append((failing_since or None, None))
    return rows, gaps

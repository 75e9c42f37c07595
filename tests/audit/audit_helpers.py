"""Helpers for the audit tests: invented packs (tests/audit/fixtures/packs) and small archives."""

from __future__ import annotations

import json
from pathlib import Path

PACKS = Path(__file__).parent / "fixtures" / "packs"


def write_jsonl(path: Path, records: list) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n"
                            for r in records), encoding="utf-8")
    return path


def run(sources, settings, db: Path, **options):
    """Expand, audit into `db`, and return the summary."""
    from checker.audit.runner import RunOptions, run_audit
    from checker.audit.sources import expand_sources
    from checker.audit.store import AuditStore

    with AuditStore(db) as store:
        return run_audit(expand_sources([str(s) for s in sources]), settings, store, RunOptions(**options))


def store_rows(db: Path) -> dict:
    """Everything a run decides, without run numbers: articles, findings, facts, problems, cross findings."""
    import sqlite3

    connection = sqlite3.connect(db)
    try:
        return {
            "articles": sorted(connection.execute(
                "SELECT article_id, content_hash, settings_digest, location, status, reason, title, outlet, date, "
                "lang, findings FROM articles")),
            "findings": sorted(connection.execute("SELECT article_id, seq, rule, body FROM findings")),
            "facts": sorted(connection.execute("SELECT article_id, kind, key, body FROM facts")),
            "problems": sorted(connection.execute("SELECT * FROM problems")),
            "cross": sorted(connection.execute("SELECT rule, message, body FROM cross_findings")),
        }
    finally:
        connection.close()


# Correct, consistent articles (must produce no findings) and ones that spell a name two ways.
CLEAN_EN = "Ivan Petrov arrived in Zarograd on Monday. Petrov met the mayor and left on Tuesday."
CLEAN_AR = "وصل إيفان بيتروف إلى زاروغراد يوم الاثنين. والتقى بيتروف رئيس البلدية ثم غادر."
VARIANT_EN = "Ivan Petrov arrived in Zarograd on Monday. Later Iwan Petrow met the mayor."
VARIANT_AR = "وصل إيفان بيتروف إلى زاروغراد يوم الاثنين. ثم التقى ايفان بتروف رئيس البلدية."


def article(number: int, **extra) -> dict:
    """An article record; every third one spells a name two ways, alternating languages."""
    english = number % 2 == 0
    text = (VARIANT_EN if english else VARIANT_AR) if number % 3 == 0 else (CLEAN_EN if english else CLEAN_AR)
    return {"id": f"art-{number:05d}", "text": text, "lang": "en" if english else "ar",
            "date": f"2025-{1 + number % 12:02d}-{1 + number % 28:02d}", "source": f"Outlet {number % 4}", **extra}

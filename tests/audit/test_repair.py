"""`factlint audit repair`: a damaged store is salvaged into a new one, the damaged file kept, and an audit run
afterwards completes it to exactly what an undamaged run holds."""

from __future__ import annotations

import sqlite3

import pytest
from audit_helpers import PACKS, article, store_rows, write_jsonl
from test_cli_audit import factlint

ARTICLES = 3000


def _audit(tmp_path, db: str):
    return factlint("audit", "archive.jsonl", "--db", db, "--jobs", "1", "--no-builtin-packs", "--packs", str(PACKS),
                    "--no-progress", cwd=tmp_path)


def _damage(path, at: float = 0.5) -> None:
    data = bytearray(path.read_bytes())
    page = 4096
    middle = int(len(data) * at) // page * page
    data[middle + 100:middle + 2100] = b"\xde\xad" * 1000  # inside a page, past its header
    path.write_bytes(bytes(data))


def _truncate(path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[:len(data) * 3 // 5])


@pytest.mark.parametrize("damage", [_damage, _truncate])
def test_repair_salvages_the_readable_rows_and_a_rerun_completes_them(tmp_path, damage):
    write_jsonl(tmp_path / "archive.jsonl", [article(n) for n in range(ARTICLES)])
    assert _audit(tmp_path, "reference.sqlite").returncode == 0
    assert _audit(tmp_path, "audit.sqlite").returncode == 0
    damage(tmp_path / "audit.sqlite")
    report = factlint("audit", "report", "--db", "audit.sqlite", "--format", "json", cwd=tmp_path)
    assert report.returncode == 2
    assert "factlint audit repair --db audit.sqlite" in report.stderr and len(report.stderr.splitlines()) == 1

    repaired = factlint("audit", "repair", "--db", "audit.sqlite", cwd=tmp_path)
    assert repaired.returncode == 0, repaired.stderr
    assert "audit.sqlite: repaired: salvaged " in repaired.stderr and "run the audit again" in repaired.stderr
    kept = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("audit.sqlite.damaged-"))
    assert kept and all(name.startswith(kept[0]) for name in kept)  # the file, and its -wal and -shm if any
    assert f"the damaged store is kept as {kept[0]}" in repaired.stderr
    with sqlite3.connect(tmp_path / "audit.sqlite") as connection:
        assert connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        salvaged = connection.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    # A damaged page loses some rows; a cut file may lose the tables' roots, and with them every row.
    assert 0 < salvaged < ARTICLES if damage is _damage else salvaged < ARTICLES, repaired.stderr
    assert factlint("audit", "report", "--db", "audit.sqlite", "--format", "json", cwd=tmp_path).returncode == 0

    rerun = _audit(tmp_path, "audit.sqlite")
    assert rerun.returncode == 0, rerun.stderr
    assert f"{ARTICLES - salvaged:,} checked, {salvaged:,} unchanged" in rerun.stderr
    assert store_rows(tmp_path / "audit.sqlite") == store_rows(tmp_path / "reference.sqlite")


def test_a_sound_store_is_left_alone(tmp_path):
    write_jsonl(tmp_path / "archive.jsonl", [article(n) for n in range(30)])
    assert _audit(tmp_path, "audit.sqlite").returncode == 0
    before = store_rows(tmp_path / "audit.sqlite")
    repaired = factlint("audit", "repair", "--db", "audit.sqlite", cwd=tmp_path)
    assert repaired.returncode == 0
    assert repaired.stderr == "factlint: audit.sqlite: the store is sound (quick_check ok); nothing to repair\n"
    assert store_rows(tmp_path / "audit.sqlite") == before
    assert [p.name for p in tmp_path.iterdir() if "damaged" in p.name] == []


def test_repair_of_a_missing_store_is_a_one_line_error(tmp_path):
    result = factlint("audit", "repair", "--db", "none.sqlite", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (2, "factlint: error: none.sqlite: no such store\n")

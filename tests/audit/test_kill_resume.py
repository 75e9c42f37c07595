"""Killing a real audit process with SIGKILL part-way, then rerunning, gives exactly an uninterrupted run."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from audit_helpers import PACKS, article, store_rows, write_jsonl

ARTICLES = 6000


def _audit_command(source: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "checker", "audit", str(source), "--db", str(db), "--jobs", "2",
            "--no-builtin-packs", "--packs", str(PACKS), "--batch-size", "16", "--no-progress"]


def _checked(db: Path) -> int:
    try:
        connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return connection.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.Error:
        return 0


def test_kill_minus_nine_then_resume_equals_uninterrupted_run(tmp_path):
    source = write_jsonl(tmp_path / "archive.jsonl", [article(n) for n in range(ARTICLES)] + ["{broken"])
    environment = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    reference = tmp_path / "reference.sqlite"
    subprocess.run(_audit_command(source, reference), check=True, env=environment, capture_output=True)

    resumed = tmp_path / "resumed.sqlite"
    process = subprocess.Popen(_audit_command(source, resumed), env=environment, start_new_session=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while _checked(resumed) < 200 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.02)
    os.killpg(process.pid, signal.SIGKILL)  # the audit and its worker processes, mid-write
    process.wait()
    at_kill = _checked(resumed)
    assert 0 < at_kill < ARTICLES, f"the kill came at {at_kill} of {ARTICLES} articles: not part-way"

    finished = subprocess.run(_audit_command(source, resumed), check=True, env=environment, capture_output=True,
                              text=True)
    assert f"{ARTICLES:,} articles read, {ARTICLES - at_kill:,} checked, {at_kill:,} unchanged" in finished.stderr
    assert store_rows(resumed) == store_rows(reference)
    rows = store_rows(reference)
    assert len(rows["articles"]) == ARTICLES and len(rows["findings"]) == ARTICLES // 3

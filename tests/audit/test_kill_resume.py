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


def _children(pid: int) -> set[int]:
    """The processes whose parent is `pid` (read from /proc)."""
    found = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.add(int(entry))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has exited; only its (new) parent has not reaped it yet


def test_workers_exit_when_the_audit_is_killed(tmp_path):
    source = write_jsonl(tmp_path / "archive.jsonl", [article(n) for n in range(ARTICLES)])
    environment = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    process = subprocess.Popen(_audit_command(source, tmp_path / "db.sqlite"), env=environment,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    workers: set[int] = set()
    while len(workers) < 2 and time.monotonic() < deadline and process.poll() is None:
        workers = _children(process.pid)
        time.sleep(0.05)
    assert len(workers) >= 2, "the audit started no worker processes"
    process.send_signal(signal.SIGKILL)  # the audit alone: its workers are not signalled
    process.wait()
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [pid for pid in workers if _alive(pid)]
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert left == [], "worker processes outlived the killed audit"

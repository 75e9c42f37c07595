"""`factlint audit` and `factlint audit report` through the real command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from audit_helpers import PACKS, article, write_jsonl

ROOT = Path(__file__).resolve().parents[2]


def factlint(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "checker", *args], cwd=cwd, env=environment, capture_output=True,
                          text=True, timeout=300)


def test_audit_then_report_without_rechecking(tmp_path):
    (tmp_path / "in").mkdir()
    write_jsonl(tmp_path / "in" / "a.jsonl", [article(n) for n in range(1, 7)])
    (tmp_path / "in" / "b.csv").write_text("key,body,paper\nc1,Ivan Petrov spoke. Iwan Petrow left.,Gazette\n")
    audit = factlint("audit", "in", "--jobs", "2", "--no-builtin-packs", "--packs", str(PACKS), "--id-field", "key",
                     "--text-field", "body", "--source-field", "paper", cwd=tmp_path)
    assert audit.returncode == 0, audit.stderr
    assert audit.stdout == ""  # no progress bar off a terminal
    assert "7 articles read, 7 checked, 0 unchanged" in audit.stderr
    assert (tmp_path / "audit.sqlite").is_file()
    again = factlint("audit", "run", "in", "--no-builtin-packs", "--packs", str(PACKS), "--id-field", "key",
                     "--text-field", "body", "--source-field", "paper", cwd=tmp_path)
    assert "7 articles read, 0 checked, 7 unchanged" in again.stderr
    report = factlint("audit", "report", "--format", "jsonl", cwd=tmp_path)
    rows = [json.loads(line) for line in report.stdout.splitlines()]
    assert [(r["article"], r["outlet"], r["text"]) for r in rows] == [("c1", "Gazette", "Iwan Petrow")]
    summary = json.loads(factlint("audit", "report", "--format", "json", cwd=tmp_path).stdout)["summary"]
    assert (summary["checked"], summary["errors"]) == (1, 6)  # the JSONL records have no 'body' field
    assert {a["reason"].split(": ", 1)[1] for a in summary["not_checked"]} == {"no text field ('body')"}
    html = factlint("audit", "report", "--format", "html", "-o", "report.html", cwd=tmp_path)
    assert html.returncode == 0 and "<!doctype html>" in (tmp_path / "report.html").read_text()


def test_audit_errors(tmp_path):
    missing = factlint("audit", "nothing-here", "--no-builtin-packs", "--packs", str(PACKS), cwd=tmp_path)
    assert missing.returncode == 2
    assert "factlint: error: nothing-here: no such file or directory" in missing.stderr
    no_store = factlint("audit", "report", "--db", "none.sqlite", cwd=tmp_path)
    assert no_store.returncode == 2 and "none.sqlite: no such audit store" in no_store.stderr
    bad_format = factlint("audit", "report", "--format", "xml", cwd=tmp_path)
    assert bad_format.returncode == 2 and "unknown --format 'xml'" in bad_format.stderr

"""`check`, `review`, `audit` and the Python API go through one document-to-findings path: on the same files
(Arabic and English, an inline suppression, a `.factlint.yaml` that changes a severity, ignores a rule per path
and sets the house style) they give the same findings."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli import app
from checker.lang import language

CONFIG = """\
severity: {casualties/ratio: error}
per-path-ignores: {"archive/*": [consistency/]}
house-style:
  spellings: [سيرجي لافروف]
"""
# A name spelled two ways (the house style prefers the first spelling), a wrong title silenced by a directive,
# and an impossible casualty ratio.
ARABIC = """\
# محادثات موسكو

أكد وزير الخارجية الروسي سيرجي لافروف أن موسكو مستعدة للحوار. وقال سيرغي لافروف إن المحادثات مستمرة.

<!-- factlint: ignore roles/ -->
أجرى وزير الخارجية الأمريكي سيرجي لافروف محادثة هاتفية مع نظيره.

أدت الحرب إلى استشهاد آلاف من الفلسطينيين، وخلفت ملايين من الجرحى والمفقودين.
"""
# A wrong title, a directive that suppresses nothing, and an impossible casualty ratio.
ENGLISH = """\
# Talks

Russian Foreign Minister Marco Rubio said talks would continue.

<!-- factlint: ignore casualties/part-exceeds-whole -->
The fighting has killed about 3,000 people and wounded more than 400,000.
"""
# Under archive/, the name-variants rule is ignored by path; the ratio stays.
ARCHIVED = """\
Russian Foreign Minister Sergei Lavrov spoke on Monday. Later, Sergey Lavrov added that talks would go on.

The fighting has killed about 3,000 people and wounded more than 400,000.
"""
CLEAN = """\
# محادثات

أكد وزير الخارجية الروسي سيرجي لافروف أن موسكو مستعدة للحوار. وقال لافروف إن المحادثات مستمرة.
"""
FILES = {"ar.md": ARABIC, "en.md": ENGLISH, "archive/old.md": ARCHIVED, "clean.md": CLEAN}


def _run(*args: str, stdin: str | None = None):
    # COLUMNS: the review prints one finding per line, unwrapped.
    return CliRunner().invoke(app, list(args), input=stdin, env={"NO_COLOR": "1", "COLUMNS": "1000"})


@pytest.fixture(scope="module")
def newsroom(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("newsroom") / "news"
    (root / "archive").mkdir(parents=True)
    (root / ".factlint.yaml").write_text(CONFIG, encoding="utf-8")
    for name, text in FILES.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


def _key(path: str, rule: str, start: int, end: int, text: str, severity: str, message: str) -> tuple:
    return (path, rule, start, end, text, severity, message)


def _by_check(root: Path) -> set[tuple]:
    result = _run("check", str(root), "--format", "json")
    assert result.exit_code == 1, result.output
    report = json.loads(result.stdout)
    return {_key(Path(f["path"]).relative_to(root).as_posix(), x["rule"], x["start"], x["end"], x["text"],
                 x["severity"], x["message"]) for f in report["files"] for x in f["findings"]}


def _by_api(root: Path) -> set[tuple]:
    from checker.api import Checker
    from checker.config import check_options, load_config

    checker = Checker(check_options(load_config(root)))
    return {_key(Path(r.path).relative_to(root).as_posix(), x.finding.rule, x.start, x.end, x.text,
                 x.finding.severity.label, x.finding.message) for r in checker.check_paths([root]) for x in r.findings}


def _by_audit(root: Path, db: Path) -> set[tuple]:
    result = _run("audit", str(root), "--db", str(db), "--jobs", "1", "--no-progress")
    assert result.exit_code == 0, result.output
    connection = sqlite3.connect(db)
    try:
        rows = connection.execute("SELECT a.location, f.body FROM findings f JOIN articles a USING (article_id)")
        found = [(location, json.loads(body)) for location, body in rows]
    finally:
        connection.close()
    return {_key(Path(location).relative_to(root).as_posix(), x["rule"], x["start"], x["end"], x["text"],
                 x["severity"], x["message"]) for location, x in found}


# A card's head, its severity in the article's language (review shows an Arabic article's cards in Arabic).
_SEVERITIES = {words[severity]: severity for code in ("en", "ar")
               for words in [language(code).report.LABELS] for severity in ("error", "warning", "info")}
_HEAD = re.compile(rf"^  ({'|'.join(_SEVERITIES)})\s+(\d+):(\d+) (\S+)  (.*)$")


def _by_review(root: Path) -> set[tuple]:
    """What the copy editor is shown, skipping every finding: (file, rule, line, column, severity, message)."""
    shown = set()
    for name in FILES:
        result = _run("review", str(root / name), stdin="s\n" * 10)
        assert result.exit_code == 0, result.output
        for line in result.stdout.replace("\u2067", "").replace("\u2069", "").splitlines():
            match = _HEAD.match(line)
            if match:
                severity, row, column, rule, message = match.groups()
                shown.add((name, rule, int(row), int(column), _SEVERITIES[severity], message))
    return shown


def test_check_review_audit_and_api_give_the_same_findings(newsroom, tmp_path):
    checked = _by_check(newsroom)
    assert checked == _by_api(newsroom)
    assert checked == _by_audit(newsroom, tmp_path / "audit.sqlite")

    # The configuration and the directive are in force, in both languages.
    found = {(path, rule, text, severity) for path, rule, _, _, text, severity, _ in checked}
    assert found == {
        ("ar.md", "consistency/name-variants", "سيرغي لافروف", "warning"),  # the house style's spelling wins
        ("ar.md", "casualties/ratio", "ملايين", "error"),  # a warning by default
        # the directive silences roles/ only: the same minister titled for two countries is a restated fact
        ("ar.md", "consistency/restated-fact", "الأمريكي", "warning"),
        # the whole claim: others held the office, so the name may be the wrong part
        ("en.md", "roles/title-mismatch", "Russian Foreign Minister Marco Rubio", "error"),
        ("en.md", "factlint/unused-suppression", "<!-- factlint: ignore casualties/part-exceeds-whole -->", "info"),
        ("en.md", "casualties/ratio", "more than 400,000", "error"),
        ("archive/old.md", "casualties/ratio", "more than 400,000", "error"),  # name-variants ignored by path
    }  # the wrong title under `ignore roles/` in ar.md is silenced, and clean.md stays clean

    sources = {name: (newsroom / name).read_text(encoding="utf-8") for name in FILES}
    expected_review = set()
    for path, rule, start, _, _, severity, message in checked:
        before = sources[path][:start]
        expected_review.add((path, rule, before.count("\n") + 1, start - (before.rfind("\n") + 1) + 1, severity,
                             message))
    assert _by_review(newsroom) == expected_review

"""The audit honours what `check` honours: inline suppressions and each key of the configuration found from
each source upward (`.factlint.yaml`), with the command line on top; a changed configuration rechecks."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from pathlib import Path

from audit_helpers import PACKS, VARIANT_AR, VARIANT_EN
from typer.testing import CliRunner

from checker.cli import app

RULE = "consistency/name-variants"


def audit(db: Path, *args: str) -> str:
    result = CliRunner().invoke(app, ["audit", *args, "--db", str(db), "--jobs", "1", "--no-progress",
                                      "--no-builtin-packs", "--packs", str(PACKS)])
    assert result.exit_code == 0, result.output
    return result.stderr


def stored(db: Path) -> dict[str, dict]:
    """Location -> the article's date, language and findings (rule, text, severity, fix)."""
    connection = sqlite3.connect(db)
    try:
        articles = {row[0]: {"date": row[1], "lang": row[2], "findings": []} for row in connection.execute(
            "SELECT location, date, lang FROM articles")}
        for location, body in connection.execute(
                "SELECT a.location, f.body FROM findings f JOIN articles a USING (article_id) ORDER BY f.seq"):
            finding = json.loads(body)
            articles[location]["findings"].append((finding["rule"], finding["text"], finding["severity"],
                                                   (finding["fix"] or {}).get("replacement")))
        return articles
    finally:
        connection.close()


def newsroom(root: Path, config: str | None, files: dict[str, str]) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    if config is not None:
        (root / ".factlint.yaml").write_text(config, encoding="utf-8")
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def findings(db: Path, root: Path) -> dict[str, list]:
    return {Path(location).relative_to(root).as_posix(): row["findings"] for location, row in stored(db).items()}


def test_inline_suppressions_silence_findings_and_unused_ones_are_reported(tmp_path):
    root = newsroom(tmp_path / "news", None, {
        "ar.md": f"<!-- factlint: ignore {RULE} -->\n{VARIANT_AR}\n",
        "en.html": f"<html><body><!-- factlint: ignore-file consistency/ --><p>{VARIANT_EN}</p></body></html>",
        "unused.md": f"<!-- factlint: ignore roles/ -->\n{VARIANT_EN}\n",
        "kept.md": VARIANT_EN})
    audit(tmp_path / "db.sqlite", str(root))
    assert findings(tmp_path / "db.sqlite", root) == {
        "ar.md": [], "en.html": [],
        "unused.md": [("factlint/unused-suppression", "<!-- factlint: ignore roles/ -->", "info", None),
                      (RULE, "Iwan Petrow", "warning", "Ivan Petrov")],
        "kept.md": [(RULE, "Iwan Petrow", "warning", "Ivan Petrov")]}


def test_severity_house_style_and_per_path_ignores(tmp_path):
    root = newsroom(tmp_path / "news", (
        f"severity: {{{RULE}: error}}\n"
        "per-path-ignores: {'old/*': [consistency/]}\n"
        "house-style: {spellings: [Iwan Petrow, ايفان بتروف]}\n"), {
        "en.md": VARIANT_EN, "ar.md": VARIANT_AR, "old/en.md": VARIANT_EN})
    audit(tmp_path / "db.sqlite", str(root))
    assert findings(tmp_path / "db.sqlite", root) == {
        "en.md": [(RULE, "Ivan Petrov", "error", "Iwan Petrow")],
        "ar.md": [(RULE, "إيفان بيتروف", "error", "ايفان بتروف")],
        "old/en.md": []}


def test_per_path_ignores_read_paths_relative_to_the_working_directory(tmp_path, monkeypatch):
    newsroom(tmp_path / "news", "per-path-ignores: {'old/*': [consistency/]}\n",
             {"old/en.md": VARIANT_EN, "new/en.md": VARIANT_EN})
    monkeypatch.chdir(tmp_path)
    audit(tmp_path / "db.sqlite", "news")
    assert {location: row["findings"] for location, row in stored(tmp_path / "db.sqlite").items()} == {
        "news/old/en.md": [], "news/new/en.md": [(RULE, "Iwan Petrow", "warning", "Ivan Petrov")]}


def test_select_ignore_and_lang_with_the_command_line_on_top(tmp_path):
    root = newsroom(tmp_path / "news", "ignore: [consistency/]\nlang: en\n", {"en.md": VARIANT_EN})
    audit(tmp_path / "db.sqlite", str(root))
    assert stored(tmp_path / "db.sqlite")[str(root / "en.md")] == {"date": None, "lang": "en", "findings": []}
    (root / ".factlint.yaml").write_text("select: [roles/]\n", encoding="utf-8")
    unknown = CliRunner().invoke(app, ["audit", str(root), "--db", str(tmp_path / "db.sqlite"), "--no-progress",
                                       "--no-builtin-packs", "--packs", str(PACKS)])
    assert unknown.exit_code == 2 and "unknown rule id or prefix 'roles/'" in unknown.stderr
    (root / ".factlint.yaml").write_text("select: [consistency/]\nlang: ar\n", encoding="utf-8")
    audit(tmp_path / "db.sqlite", str(root), "--lang", "en")
    assert stored(tmp_path / "db.sqlite")[str(root / "en.md")]["findings"] == [
        (RULE, "Iwan Petrow", "warning", "Ivan Petrov")]


def test_date_source(tmp_path):
    root = newsroom(tmp_path / "news", "date-source: mtime\n", {
        "undated.md": VARIANT_EN, "dated.md": f"---\ndate: 2025-03-16\n---\n{VARIANT_EN}\n"})
    os.utime(root / "undated.md", (dt.datetime(2024, 5, 6, 12).timestamp(),) * 2)
    audit(tmp_path / "db.sqlite", str(root))
    dates = {Path(k).name: v["date"] for k, v in stored(tmp_path / "db.sqlite").items()}
    assert dates == {"undated.md": "2024-05-06", "dated.md": "2025-03-16"}
    (root / ".factlint.yaml").write_text("date-source: today\n", encoding="utf-8")
    audit(tmp_path / "db.sqlite", str(root))
    dates = {Path(k).name: v["date"] for k, v in stored(tmp_path / "db.sqlite").items()}
    assert dates == {"undated.md": dt.date.today().isoformat(), "dated.md": "2025-03-16"}


def test_a_changed_configuration_rechecks_stored_articles(tmp_path):
    root = newsroom(tmp_path / "news", "severity: {consistency/: info}\n", {"en.md": VARIANT_EN, "ar.md": VARIANT_AR})
    db = tmp_path / "db.sqlite"
    assert "2 checked, 0 unchanged" in audit(db, str(root))
    assert "0 checked, 2 unchanged" in audit(db, str(root))
    (root / ".factlint.yaml").write_text("severity: {consistency/: error}\n", encoding="utf-8")
    assert "2 checked, 0 unchanged" in audit(db, str(root))
    assert {row["findings"][0][2] for row in stored(db).values()} == {"error"}


def test_each_source_has_its_own_configuration(tmp_path):
    strict = newsroom(tmp_path / "strict", f"severity: {{{RULE}: error}}\n", {"a.md": VARIANT_EN})
    lenient = newsroom(tmp_path / "lenient", "ignore: [consistency/]\n", {"b.md": VARIANT_AR})
    audit(tmp_path / "db.sqlite", str(strict), str(lenient))
    rows = stored(tmp_path / "db.sqlite")
    assert rows[str(strict / "a.md")]["findings"] == [(RULE, "Iwan Petrow", "error", "Ivan Petrov")]
    assert rows[str(lenient / "b.md")]["findings"] == []
    audit(tmp_path / "db.sqlite", str(strict), str(lenient), "--config", str(strict / ".factlint.yaml"))
    assert stored(tmp_path / "db.sqlite")[str(lenient / "b.md")]["findings"] == [
        (RULE, "ايفان بتروف", "error", "إيفان بيتروف")]


def test_packs_of_the_configuration_relative_to_its_file(tmp_path):
    rules = (PACKS / "rules.yaml").read_text(encoding="utf-8")
    house = rules.replace("pack: audit-test-rules", "pack: house").replace("id: consistency/name-variants",
                                                                            "id: house/spelling")
    root = newsroom(tmp_path / "news", "packs: [house-packs/]\nselect: [house/]\n",
                    {"house-packs/house.yaml": house, "en.md": VARIANT_EN})
    audit(tmp_path / "db.sqlite", str(root), "--include", "*.md")
    assert stored(tmp_path / "db.sqlite")[str(root / "en.md")]["findings"] == [
        ("house/spelling", "Iwan Petrow", "warning", "Ivan Petrov")]

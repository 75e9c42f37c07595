"""`--write-baseline` / `--baseline`, and `--diff-base` / `--staged` (changed sentences only)."""

import json
import subprocess

import pytest

from tests.cli_cases import CLEAN_EN, VARIANTS_EN, run

pytestmark = pytest.mark.usefixtures("only_mini_packs")  # the mini packs stand in for the built-in ones

RULE = "consistency/name-variants"
NEW_SLIP = "Ivan Petrow returned on Friday.\n"


def test_baseline_excuses_old_findings_and_survives_edits_elsewhere(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(VARIANTS_EN, encoding="utf-8")
    written = run("check", "a.txt", "--write-baseline", "baseline.json")
    assert written.exit_code == 0 and written.stderr == "factlint: wrote 1 finding(s) to baseline baseline.json\n"
    assert json.loads((tmp_path / "baseline.json").read_text(encoding="utf-8")) == {
        "factlint_baseline": 1, "findings": [{"path": "a.txt", "rule": RULE, "text": "Ivan Petrow",
                                              "sentence": "Later Ivan Petrow said talks would go on.", "count": 1}]}
    assert run("check", "a.txt", "--baseline", "baseline.json").exit_code == 0
    # Lines added above move the old finding; it is still excused. A new slip is not.
    (tmp_path / "a.txt").write_text("A new first line.\n\n" + VARIANTS_EN + NEW_SLIP, encoding="utf-8")
    result = run("check", "a.txt", "--baseline", "baseline.json", "--format", "text")
    assert result.exit_code == 1
    assert [line.split(": ")[0] for line in result.stdout.splitlines()] == ["a.txt:5:1"]


def test_baseline_from_config_and_bad_baseline_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(VARIANTS_EN, encoding="utf-8")
    run("check", "a.txt", "--write-baseline", "b.json")
    (tmp_path / ".factlint.yaml").write_text("baseline: b.json\n", encoding="utf-8")
    assert run("check", "a.txt").exit_code == 0
    (tmp_path / "b.json").write_text("[]", encoding="utf-8")
    result = run("check", "a.txt")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"factlint: error: {tmp_path / 'b.json'}: not a valid baseline")


def git(repo, *args):
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path, monkeypatch):
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "config", "user.email", "t@example.org")
    git(tmp_path, "config", "user.name", "t")
    (tmp_path / "a.txt").write_text(VARIANTS_EN, encoding="utf-8")
    git(tmp_path, "add", "a.txt")
    git(tmp_path, "commit", "-q", "-m", "old article")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_diff_base_reports_only_changed_sentences(repo):
    assert run("check", "a.txt", "--diff-base", "HEAD").exit_code == 0
    # Reflowing the old text does not make its sentences new.
    (repo / "a.txt").write_text(VARIANTS_EN.replace("\n", " ") + "\n\n" + NEW_SLIP, encoding="utf-8")
    result = run("check", "a.txt", "--diff-base", "HEAD", "--format", "text")
    assert result.exit_code == 1
    assert [line.split(": ")[0] for line in result.stdout.splitlines()] == ["a.txt:3:1"]
    bad = run("check", "a.txt", "--diff-base", "no-such-ref")
    assert bad.exit_code == 2 and bad.stderr == "factlint: error: 'no-such-ref' is not a commit in this repository\n"


def test_staged_compares_the_index_with_head(repo):
    (repo / "b.txt").write_text(VARIANTS_EN, encoding="utf-8")
    git(repo, "add", "b.txt")
    result = run("check", "a.txt", "b.txt", "--staged", "--format", "text")
    assert result.exit_code == 1
    assert [line.split(": ")[0] for line in result.stdout.splitlines()] == ["b.txt:2:7"]
    (repo / "b.txt").write_text(CLEAN_EN, encoding="utf-8")
    assert run("check", "a.txt", "b.txt", "--staged").exit_code == 0

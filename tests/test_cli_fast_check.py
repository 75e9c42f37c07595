"""`factlint check` runs without typer (checker.cli parses it from the options in checker.cli_check): it must
take every command line exactly as typer does, and leave to typer whatever it cannot take for certain."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

import checker.cli_app
from checker.cli_check import parse_check_args
from tests.cli_cases import CLEAN_EN, VARIANTS_AR, run

FIXTURE_PACKS = str(Path(__file__).resolve().parent / "fixtures" / "packs")

COMMAND_LINES = [
    ["a.txt"],
    [],
    ["a.md", "-", "b.html", "--format", "json", "--date", "2025-03-16", "--lang", "ar"],
    ["--select", "roles,casualties", "a.txt", "--select=consistency/", "-q", "--fail-on=never"],
    ["--ignore", "consistency", "--packs", "p1", "--packs", "p2", "--include", "*.md", "--exclude", "old/*"],
    ["--fix", "--unsafe-fixes", "--diff", "--no-color", "--statistics", "--staged", "--container", "jsonl",
     "--text-field", "body", "--baseline", "b.json", "--write-baseline", "w.json", "--diff-base", "HEAD~1",
     "--config", "c.yaml", "x"],
    ["--format", "text", "--format", "json", "a.txt"],  # the last one given wins
    ["--", "--not-an-option.txt", "a.txt"],
]


@pytest.mark.parametrize("words", COMMAND_LINES)
def test_parse_gives_what_typer_passes(words, monkeypatch):
    passed = {}
    monkeypatch.setattr(checker.cli_app, "run_check", lambda **values: passed.update(values))
    result = run("check", *words)
    assert result.exit_code == 0, result.output
    assert parse_check_args(words) == passed


@pytest.mark.parametrize("words", [["--help"], ["-h"], ["--bogus", "a.txt"], ["--format"], ["--format", "--fix"],
                                   ["--fix=yes"], ["-qx"], ["--form", "text"]])
def test_what_it_cannot_take_for_certain_goes_to_typer(words):
    assert parse_check_args(words) is None


def factlint(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    """The console script's main() in a new process; its last stdout line says whether typer was imported."""
    code = ("import atexit, sys; atexit.register(lambda: print('typer imported:', 'typer' in sys.modules)); "
            "from checker.cli import main; sys.argv[0] = 'factlint'; main()")
    return subprocess.run([sys.executable, "-c", code, *args], cwd=cwd, capture_output=True, text=True,
                          env={"NO_COLOR": "1", "PATH": "/usr/bin:/bin"}, stdin=subprocess.DEVNULL, check=False)


def test_a_plain_check_never_imports_typer_and_reports_as_typer_does(tmp_path, monkeypatch):
    (tmp_path / "wrong.txt").write_text(VARIANTS_AR, encoding="utf-8")
    (tmp_path / "right.txt").write_text(CLEAN_EN, encoding="utf-8")
    words = ["check", "--packs", FIXTURE_PACKS, "--select", "consistency/", "--format", "json", "."]
    done = factlint(*words, cwd=tmp_path)
    *report, imported = done.stdout.splitlines()
    assert imported == "typer imported: False" and done.returncode == 1, done.stderr
    files = json.loads("\n".join(report))["files"]
    assert [(f["path"], [finding["rule"] for finding in f["findings"]]) for f in files] == [
        ("right.txt", []), ("wrong.txt", ["consistency/name-variants"])]
    monkeypatch.chdir(tmp_path)
    in_process = run(*words)  # through typer
    assert in_process.exit_code == 1
    assert json.loads(in_process.stdout) == json.loads("\n".join(report))


@pytest.mark.parametrize(("words", "exit_code", "stderr"), [
    (["check", "--date", "16/03/2025", "a.txt"], 2,
     "factlint: error: --date '16/03/2025' is not a date in the form YYYY-MM-DD\n"),
    (["check", "--fail-on", "sometimes", "a.txt"], 2,
     "factlint: error: unknown --fail-on 'sometimes' (choose from error, warning, info, never)\n"),
])
def test_errors_of_a_plain_check_are_one_line_and_exit_2_without_typer(tmp_path, words, exit_code, stderr):
    done = factlint(*words, cwd=tmp_path)
    assert (done.returncode, done.stderr, done.stdout) == (exit_code, stderr, "typer imported: False\n")


def test_an_unknown_option_goes_to_typer_which_names_it(tmp_path):
    done = factlint("check", "--bogus", "a.txt", cwd=tmp_path)
    assert done.returncode == 2 and "--bogus" in done.stderr
    assert done.stdout.splitlines()[-1] == "typer imported: True"

"""`factlint check` with no path: a usage hint on a terminal, standard input when piped, the staged files with
`--staged`."""

import os
import pty
import subprocess
import sys

import pytest

from tests.cli_cases import CLEAN_EN, VARIANTS_EN, run
from tests.test_baseline_changed import git, repo  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("only_mini_packs")  # the mini packs stand in for the built-in ones


def test_no_path_on_a_terminal_prints_a_usage_hint_instead_of_waiting():
    primary, secondary = pty.openpty()
    try:
        done = subprocess.run([sys.executable, "-m", "checker", "check"], stdin=secondary, capture_output=True,
                              timeout=60, env={**os.environ, "NO_COLOR": "1"})
    finally:
        os.close(primary)
        os.close(secondary)
    assert done.returncode == 2
    assert done.stderr.decode() == ("factlint: error: no files to check: give files or directories (factlint check "
                                    "FILE|DIR ...), - to read standard input, or --staged for the files in the git "
                                    "index\n")


def test_no_path_with_piped_input_reads_it():
    result = run("check", "--format", "text", stdin=VARIANTS_EN)
    assert result.exit_code == 1
    assert result.stdout.startswith("-:2:7: ")


def test_staged_without_paths_checks_the_staged_text_files(repo):  # noqa: F811
    (repo / "b.txt").write_text(VARIANTS_EN, encoding="utf-8")
    (repo / "notes.py").write_text("x = 1\n", encoding="utf-8")
    (repo / "unstaged.txt").write_text(VARIANTS_EN, encoding="utf-8")
    git(repo, "add", "b.txt", "notes.py")
    result = run("check", "--staged", "--format", "text")
    assert result.exit_code == 1, result.output
    assert [line.split(": ")[0] for line in result.stdout.splitlines()] == ["b.txt:2:7"]
    (repo / "b.txt").write_text(CLEAN_EN, encoding="utf-8")
    git(repo, "add", "b.txt")
    assert run("check", "--staged").exit_code == 0


def test_staged_with_nothing_staged_is_clean(repo):  # noqa: F811
    result = run("check", "--staged")
    assert result.exit_code == 0
    assert result.stderr == "factlint: no staged text files to check\n"

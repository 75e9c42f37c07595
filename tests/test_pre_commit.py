"""The pre-commit hook end to end: a throwaway repository, `pre-commit try-repo` on this checkout, a commit
with a flagged article is stopped and a clean one passes. Needs the `pre-commit` tool (test dependency) and
the package index (pre-commit installs factlint into its own environment)."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli_cases import CLEAN_AR, VARIANTS_EN

ROOT = Path(__file__).resolve().parents[1]
PRE_COMMIT = shutil.which("pre-commit", path=str(Path(sys.executable).parent)) or shutil.which("pre-commit")

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(PRE_COMMIT is None, reason="pre-commit is not installed (pip install pre-commit)")]


def git(repo: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=False)


def try_repo(repo: Path, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run([PRE_COMMIT, "try-repo", str(ROOT), "factlint"], cwd=repo, env=env,
                          capture_output=True, text=True, timeout=900)


def test_commit_with_flagged_article_is_stopped_and_clean_one_passes(tmp_path):
    repo = tmp_path / "newsroom"
    repo.mkdir()
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
           "FACTLINT_CACHE_DIR": str(tmp_path / "cache"), "NO_COLOR": "1"}
    for args in (("init", "-q", "-b", "main"), ("config", "user.email", "t@example.org"), ("config", "user.name", "t")):
        git(repo, *args)
    # The newsroom's own configuration and knowledge pack (the test's fictional person), as a user adds them.
    (repo / "packs").mkdir()
    shutil.copy(ROOT / "tests" / "fixtures" / "packs" / "mini_knowledge.yaml", repo / "packs")
    (repo / ".factlint.yaml").write_text("select: [consistency/name-variants]\npacks: [packs/]\n", encoding="utf-8")
    (repo / "flagged.md").write_text(VARIANTS_EN, encoding="utf-8")
    git(repo, "add", ".factlint.yaml", "packs", "flagged.md")
    stopped = try_repo(repo, env)
    assert stopped.returncode == 1, stopped.stdout + stopped.stderr
    assert "factlint" in stopped.stdout and "Failed" in stopped.stdout
    assert "flagged.md:2:7: warning consistency/name-variants 'Ivan Petrow' is spelled 'Ivan Petrov'" in stopped.stdout
    (repo / "flagged.md").unlink()
    git(repo, "rm", "-q", "--cached", "flagged.md")
    (repo / "clean.txt").write_text(CLEAN_AR, encoding="utf-8")
    git(repo, "add", "clean.txt")
    passed = try_repo(repo, env)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "Passed" in passed.stdout

"""The wheel ships the packs: a plain, non-editable install into a fresh venv checks an example."""

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_installs_in_a_fresh_venv_and_checks_an_example(tmp_path):
    wheel_dir = tmp_path / "wheel"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(wheel_dir), str(ROOT)],
                   check=True, capture_output=True)
    [wheel] = wheel_dir.glob("factlint-*.whl")
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(wheel)], check=True, capture_output=True)
    article = tmp_path / "article.txt"
    article.write_text("أكد وزير الخارجية الروسي سيرجي لافروف أن موسكو مستعدة للحوار.\n"
                       "وقال سيرغي لافروف إن المحادثات مستمرة.\n", encoding="utf-8")
    env = {**os.environ, "FACTLINT_CACHE_DIR": str(tmp_path / "cache"), "NO_COLOR": "1"}
    completed = subprocess.run([str(env_dir / "bin" / "factlint"), "check", str(article), "--format", "text",
                                "--select", "consistency/"], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert completed.returncode == 1, completed.stderr
    assert f"{article}:1:26: تنبيه consistency/name-variants" in completed.stdout  # an Arabic article's labels
    # The packs came from inside the installed package, not from this checkout.
    script = "from checker.packs.load import builtin_rules_dir; print(builtin_rules_dir())"
    located = subprocess.run([str(python), "-c", script], capture_output=True, text=True, cwd=tmp_path,
                             check=True).stdout.strip()
    assert located.startswith(str(env_dir)) and located.endswith("checker/_rules")

"""Running a benchmark's measurement with the code of another checkout (`--baseline TREE`).

A benchmark script re-runs itself in a subprocess with `--code TREE --json`: that run imports `checker`
(and reads the packs) from TREE, uses its own empty compiled-pack cache, and prints its results as one JSON
line, so two versions of the code are measured in one run on the same machine and inputs.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def use_code(tree: str | Path | None) -> Path:
    """Import `checker` from `tree` (default: this checkout) in this process; returns the tree used."""
    chosen = Path(tree).resolve() if tree else ROOT
    sys.path.insert(0, str(chosen))
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, (str(chosen), os.environ.get("PYTHONPATH"))))
    return chosen


def code_env(tree: Path, cache_dir: str | None = None) -> dict[str, str]:
    """An environment whose Python imports `checker` from `tree`, with its own compiled-pack cache (the cache
    is keyed by the packs' content, not by the code that compiled them)."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    env["FACTLINT_CACHE_DIR"] = cache_dir or tempfile.mkdtemp(prefix="factlint-bench-cache-")
    return env


def measure_with_code(script: str, tree: Path, arguments: Sequence[str]) -> Any:
    """Run `script --code TREE --json ARGUMENTS` and return the JSON it prints last."""
    completed = subprocess.run([sys.executable, script, "--code", str(tree), "--json", *arguments],
                               env=code_env(tree), capture_output=True, text=True, check=False)
    if completed.returncode not in (0, 1) or not completed.stdout.strip():
        raise SystemExit(f"measuring {tree} failed:\n{completed.stderr[-2000:]}")
    return json.loads(completed.stdout.strip().splitlines()[-1])

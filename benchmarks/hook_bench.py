"""The pre-commit case: wall time of `factlint check` on one article with a warm cache, beside `python -c pass`.

Run by hand: `.venv/bin/python benchmarks/hook_bench.py [ARTICLE] [--runs N] [--baseline TREE]`. Target: under
300 ms. `--baseline TREE` also times the same command running another checkout's code, side by side.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def wall_times(command: list[str], runs: int, env: dict) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append((time.perf_counter() - start) * 1000)
    return times


def hook_times(article: str, runs: int = 15, code: Path | None = None) -> dict[str, list[float]]:
    """Wall times (ms) of `python -c pass` and of a warm `factlint check ARTICLE`, as a hook runs it;
    with `code`, the `factlint` command runs that checkout's code (see trees.py)."""
    from trees import code_env

    factlint = str(Path(sys.executable).parent / "factlint")
    env = code_env(code or ROOT)
    env.update({"NO_COLOR": "1",
                # An installed package has its bytecode compiled (pip does it); this shell may forbid writing
                # it, so keep it in a temporary prefix instead of compiling every module on every run.
                "PYTHONPYCACHEPREFIX": tempfile.mkdtemp(prefix="factlint-bench-pyc-")})
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    check = [factlint, "check", article, "--format", "text", "--fail-on", "never"]
    subprocess.run(check, env=env, capture_output=True, check=False)  # warm the compiled-pack cache
    commands = (("python -c pass", [sys.executable, "-c", "pass"]), ("factlint check (warm)", check))
    return {label: wall_times(command, runs, env) for label, command in commands}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("article", nargs="?", default=str(ROOT / "examples" / "gaza_russia_ar.txt"))
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--baseline", help="another checkout whose code to time as well")
    args = parser.parse_args()
    baseline = Path(args.baseline).resolve() if args.baseline else None
    trees = {f" [{ROOT.name}]": ROOT, f" [{baseline.name}]": baseline} if baseline else {"": None}
    for suffix, code in trees.items():
        for label, times in hook_times(args.article, args.runs, code).items():
            print(f"{label + suffix:<40} median {statistics.median(times):6.0f} ms   min {min(times):6.0f} ms"
                  f"   ({args.runs} runs)")


if __name__ == "__main__":
    main()

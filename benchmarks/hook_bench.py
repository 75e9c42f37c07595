"""The pre-commit case: wall time of `factlint check` on one article with a warm cache, beside `python -c pass`
and proselint on the same file, in one run; and 40 articles checked as the pre-commit hook checks them.

Run by hand: `.venv/bin/python benchmarks/hook_bench.py [ARTICLE ...] [--runs N] [--baseline TREE]` (default:
the Arabic demo and an English article). Targets: one file at most proselint's time, 40 files under 1 s. The
commands of one article run in turn, run after run (not all runs of one, then all of the next), so a change in
the machine's load touches each alike; each is timed by wall clock and by CPU (user + sys: steadier when other
work shares the machine), and the last line per article is factlint's time over proselint's.
`--baseline TREE` also times another checkout's code, side by side. proselint is timed when it is installed
in this environment (`.venv/bin/pip install proselint`: for the benchmark only, not a dependency); the 40-file
case runs `pre-commit run --files` in a scratch repository with a local hook (`factlint check --format text`)
when pre-commit is installed, and the one process the hook starts in any case.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def wall_times(command: list[str], runs: int, env: dict, cwd: Path | None = None) -> list[float]:
    """Wall times (ms) of `runs` runs; each run's CPU time (user + sys of the process and its children, ms) is
    kept in CPU_TIMES under the same command, for the load-independent figure."""
    return interleaved_times({"": command}, runs, env, cwd)[""]


def interleaved_times(commands: dict[str, list[str]], runs: int, env: dict,
                      cwd: Path | None = None) -> dict[str, list[float]]:
    """Wall times (ms) of each command, the commands run in turn `runs` times; CPU times as in wall_times."""
    times: dict[str, list[float]] = {label: [] for label in commands}
    cpu: dict[str, list[float]] = {label: [] for label in commands}
    for _ in range(runs):
        for label, command in commands.items():
            used = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run(command, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           check=False)
            times[label].append((time.perf_counter() - start) * 1000)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu[label].append((after.ru_utime - used.ru_utime + after.ru_stime - used.ru_stime) * 1000)
    for label in commands:
        CPU_TIMES[id(times[label])] = cpu[label]
    return times


CPU_TIMES: dict[int, list[float]] = {}  # id of a wall_times() list -> the CPU times of the same runs


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
    commands = {"python -c pass": [sys.executable, "-c", "pass"], "factlint check (warm)": check}
    proselint = Path(sys.executable).parent / "proselint"
    if proselint.exists():
        commands["proselint check (same file)"] = [str(proselint), "check", article]
    return interleaved_times(commands, runs, env)


def forty_files_times(runs: int, code: Path | None = None, count: int = 40) -> dict[str, list[float]]:
    """Wall times (ms) of checking `count` articles (the examples, copied round) in one `factlint check`, and
    through `pre-commit run --files` in a scratch repository whose local hook runs factlint."""
    import shutil

    from trees import code_env

    bin_dir = Path(sys.executable).parent
    env = code_env(code or ROOT)
    env.update({"NO_COLOR": "1", "PYTHONPYCACHEPREFIX": tempfile.mkdtemp(prefix="factlint-bench-pyc-"),
                "PATH": f"{bin_dir}:{env.get('PATH', '')}", "PRE_COMMIT_HOME": tempfile.mkdtemp(prefix="pc-home-")})
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    repo = Path(tempfile.mkdtemp(prefix="factlint-hook-40-"))
    examples = sorted(p for p in (ROOT / "examples").iterdir() if p.is_file())
    names = []
    for number in range(count):
        source = examples[number % len(examples)]
        names.append(f"article{number:02d}{source.suffix}")
        shutil.copy(source, repo / names[-1])
    check = [str(bin_dir / "factlint"), "check", "--format", "text", "--fail-on", "never", *names]
    subprocess.run(check, cwd=repo, env=env, capture_output=True, check=False)  # warm the cache

    def timed(command: list[str]) -> list[float]:
        return wall_times(command, runs, env, cwd=repo)

    found = {f"factlint check, {count} files, one process": timed(check)}
    pre_commit = bin_dir / "pre-commit"
    if pre_commit.exists():
        subprocess.run(["git", "init", "-q"], cwd=repo, env=env, check=True)
        (repo / ".pre-commit-config.yaml").write_text(
            "repos:\n- repo: local\n  hooks:\n  - id: factlint\n    name: factlint\n"
            "    entry: factlint check --format text --fail-on never\n    language: system\n"
            "    types_or: [plain-text, markdown, html]\n", encoding="utf-8")
        command = [str(pre_commit), "run", "factlint", "--files", *names]
        subprocess.run(command, cwd=repo, env=env, capture_output=True, check=False)
        found[f"pre-commit run, {count} files"] = timed(command)
    shutil.rmtree(repo, ignore_errors=True)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("articles", nargs="*", default=[str(ROOT / "examples" / "gaza_russia_ar.txt"),
                                                         str(ROOT / "examples" / "clean_briefing_en.txt")])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--baseline", help="another checkout whose code to time as well")
    args = parser.parse_args()
    baseline = Path(args.baseline).resolve() if args.baseline else None
    trees = {f" [{ROOT.name}]": ROOT, f" [{baseline.name}]": baseline} if baseline else {"": None}
    for suffix, code in trees.items():
        for article in args.articles:
            print(f"{Path(article).name}{suffix}:")
            found = hook_times(article, args.runs, code)
            _print(found)
            ours, theirs = found["factlint check (warm)"], found.get("proselint check (same file)")
            if theirs:
                wall = statistics.median(ours) / statistics.median(theirs)
                cpu = statistics.median(CPU_TIMES[id(ours)]) / statistics.median(CPU_TIMES[id(theirs)])
                print(f"  factlint / proselint: wall {wall:.2f}x, CPU {cpu:.2f}x (target: at most 1.00x)")
        _print(forty_files_times(max(3, args.runs // 3), code), suffix)


def _print(found: dict[str, list[float]], suffix: str = "") -> None:
    for label, times in found.items():
        cpu = CPU_TIMES[id(times)]
        print(f"  {label + suffix:<40} wall median {statistics.median(times):6.0f} ms   min {min(times):6.0f} ms"
              f"   CPU median {statistics.median(cpu):6.0f} ms   min {min(cpu):6.0f} ms   ({len(times)} runs)")


if __name__ == "__main__":
    main()

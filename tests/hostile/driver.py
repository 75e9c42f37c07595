"""Runs many `factlint` command lines in one process, as the console script would, and reports each one's
exit code, standard error, time and peak memory as JSON lines (one process per batch keeps the hostile
suite fast: the CLI and its packs load once).

    python driver.py CASES.json RESULTS.jsonl

Each case: {"name", "argv", "cwd", "stdin" (optional text), "timeout" (seconds)}. An exception escaping
the CLI is reported as a traceback (the console script would print it and exit 1); a case that runs past
its timeout is stopped by SIGALRM and reported as a hang.
"""

from __future__ import annotations

import io
import json
import os
import signal
import sys
import time
import traceback


class _Hang(BaseException):
    """Raised by SIGALRM inside a case that ran past its time bound."""


def _alarm(signum: int, frame: object) -> None:
    raise _Hang


def _peak_kib() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def _reset_peak() -> None:
    try:
        with open("/proc/self/clear_refs", "w") as refs:
            refs.write("5")  # resets VmHWM to the current resident size (Linux 4.0+)
    except OSError:
        pass


def run_case(case: dict) -> dict:
    from checker.cli import main

    stdout, stderr = io.BytesIO(), io.BytesIO()
    out = io.TextIOWrapper(stdout, encoding="utf-8", errors="strict", write_through=True)
    err = io.TextIOWrapper(stderr, encoding="utf-8", errors="strict", write_through=True)
    stdin = io.TextIOWrapper(io.BytesIO(case.get("stdin", "").encode("utf-8")), encoding="utf-8")
    saved = sys.stdout, sys.stderr, sys.stdin, sys.argv, os.getcwd()
    sys.stdout, sys.stderr, sys.stdin, sys.argv = out, err, stdin, ["factlint", *case["argv"]]
    os.chdir(case["cwd"])
    _reset_peak()
    before = _peak_kib()
    outcome, code = "exit", 0
    started = time.monotonic()
    signal.alarm(int(case.get("timeout", 20)))
    try:
        main()
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
    except _Hang:
        outcome, code = "hang", -1
    except BaseException:  # what the console script would print as a traceback
        outcome, code = "traceback", 1
        err.write(traceback.format_exc())
    finally:
        signal.alarm(0)
        seconds = time.monotonic() - started
        for stream in (out, err):
            try:
                stream.flush()
            except Exception:  # noqa: BLE001 - an unencodable write is itself the failure reported
                outcome = "traceback"
        sys.stdout, sys.stderr, sys.stdin, sys.argv = saved[:4]
        os.chdir(saved[4])
    return {"name": case["name"], "outcome": outcome, "code": code, "seconds": round(seconds, 3),
            "peak_mib": round(max(_peak_kib() - before, 0) / 1024, 1), "rss_mib": round(_peak_kib() / 1024, 1),
            "stderr": stderr.getvalue().decode("utf-8", "replace"),
            "stdout": stdout.getvalue().decode("utf-8", "replace")[:20000]}


def main() -> None:
    cases_file, results_file = sys.argv[1:3]
    with open(cases_file, encoding="utf-8") as stream:
        cases = json.load(stream)
    signal.signal(signal.SIGALRM, _alarm)
    with open(results_file, "w", encoding="utf-8") as results:
        for case in cases:
            results.write(json.dumps(run_case(case), ensure_ascii=True) + "\n")
            results.flush()


if __name__ == "__main__":
    main()

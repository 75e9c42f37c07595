"""Runs a list of hostile cases through `driver.py` in one subprocess (memory-limited, with an overall
timeout so a hang fails instead of blocking) and checks each outcome against the contract."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

from tests.hostile.cases import Case

DRIVER = Path(__file__).with_name("driver.py")
MEMORY_LIMIT = 3 << 30  # address space of the whole batch: a blow-up fails the case instead of the machine


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


class Batch:
    """Cases built under `root` and running in one driver subprocess (started at once, collected later, so
    the batches of the suite run side by side)."""

    def __init__(self, cases: list[Case], root: Path) -> None:
        self.cases, self.root = cases, root
        specs, self.afters = [], {}
        for item in cases:
            directory = root / item.name
            directory.mkdir(parents=True)
            setup = item.build(directory)
            self.afters[item.name] = setup.after
            specs.append({"name": item.name, "argv": setup.argv, "cwd": str(directory), "stdin": setup.stdin,
                          "timeout": item.timeout})
        cases_file, self.results_file = root / "cases.json", root / "results.jsonl"
        cases_file.write_text(json.dumps(specs, ensure_ascii=True), encoding="utf-8")
        environment = {**os.environ, "FACTLINT_CACHE_DIR": str(root / ".cache"), "NO_COLOR": "1", "COLUMNS": "200"}
        self.budget = sum(item.timeout for item in cases) + 60
        self.process = subprocess.Popen([sys.executable, str(DRIVER), str(cases_file), str(self.results_file)],
                                        env=environment, preexec_fn=_limit_memory, cwd=root,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def results(self) -> dict[str, dict]:
        """The result of each case by name; a case without one (the batch hung or crashed) is reported so."""
        try:
            self.process.wait(timeout=self.budget)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        results: dict[str, dict] = {}
        if self.results_file.exists():
            for line in self.results_file.read_text(encoding="utf-8").splitlines():
                result = json.loads(line)
                results[result["name"]] = result
        for item in self.cases:
            results.setdefault(item.name, {"name": item.name, "outcome": "crashed or hung", "code": None,
                                           "stderr": "", "stdout": "", "seconds": None, "peak_mib": None})
            results[item.name]["after"] = self.afters[item.name]
        return results


def run_cases(cases: list[Case], root: Path) -> dict[str, dict]:
    """Build every case under `root` and run them all; returns the result of each case by name."""
    return Batch(cases, root).results()


def assert_contract(item: Case, result: dict) -> None:
    """The contract for one case: no traceback or hang, the exit code, one error line naming the file,
    within its time and memory bounds, and what must hold on disk afterwards."""
    shown = f"{item.name}: {result['outcome']} code={result['code']}\nstderr: {result['stderr'][-1500:]}"
    assert result["outcome"] == "exit", shown
    assert "Traceback" not in result["stderr"], shown
    assert result["code"] in item.codes, shown
    errors = [line for line in result["stderr"].splitlines()
              if line.startswith(("factlint: error", "factlint audit: error"))]
    if item.error_lines is not None:
        assert len(errors) == item.error_lines, shown
    if item.names is not None and item.error_lines:
        assert any((item.names or item.name.split("-", 1)[1]) in line for line in errors), shown
    for line in result["stderr"].splitlines():
        assert len(line) < 2000, shown
    assert result["seconds"] <= item.timeout, shown
    assert result["peak_mib"] <= item.memory_mib, shown
    if result["after"] is not None:
        result["after"](result)

"""Reporters: one module per output format, all fed the same list of file results.

A reporter is `def render(results: Sequence[FileResult], stream: TextIO, *, color: bool, quiet: bool) -> None`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from importlib import import_module
from typing import TextIO

from checker.models import FileResult

REPORTERS = {
    "rich": "checker.report.rich_report:render",
    "text": "checker.report.text:render",
    "json": "checker.report.json_report:render",
    "sarif": "checker.report.sarif:render",
    "github": "checker.report.github:render",
    "junit": "checker.report.junit:render",
}


def reporter(name: str) -> Callable[..., None]:
    module_name, function_name = REPORTERS[name].split(":")
    return getattr(import_module(module_name), function_name)


def summarize(results: Sequence[FileResult]) -> dict:
    """Counts shared by every format: files, findings, by category and by severity."""
    findings = [located.finding for result in results for located in result.findings]
    return {
        "files": len(results),
        "findings": len(findings),
        "errors": sum(1 for r in results if r.error),
        "skipped": sum(1 for r in results if r.skipped),
        "by_category": dict(sorted(Counter(f.category for f in findings).items())),
        "by_severity": dict(sorted(Counter(f.severity.label for f in findings).items())),
        "by_rule": dict(sorted(Counter(f.rule for f in findings).items())),
    }


def render_statistics(results: Sequence[FileResult], stream: TextIO) -> None:
    """`--statistics`: one line per rule, most frequent first: count, rule id, how many have a fix."""
    counts = Counter(located.finding.rule for result in results for located in result.findings)
    fixable = Counter(located.finding.rule for result in results for located in result.findings
                      if located.finding.fix is not None)
    width = max((len(str(n)) for n in counts.values()), default=1)
    for rule, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        stream.write(f"{count:>{width}}  {rule}  ({fixable[rule]} fixable)\n")

"""Reporters: one module per output format, all fed the same list of file results.

A reporter is `def render(results: Sequence[FileResult], stream: TextIO, *, color: bool, quiet: bool) -> None`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
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


def report_words(lang: str | None) -> Mapping[str, str]:
    """The words of a report around the findings (labels, severities, safe or unsafe, the summary) in `lang`,
    the article's language; English where the language gives none (`checker/lang/*/report.py`)."""
    from checker.lang import UnsupportedLanguageError, language

    english = language("en").report.LABELS
    try:
        found = language(lang) if lang else None
    except UnsupportedLanguageError:
        found = None
    return {**english, **found.report.LABELS} if found is not None and found.has("report") else english


def results_language(results: Sequence[FileResult]) -> str | None:
    """The language every checked file of `results` is in, or None when they differ (or none was read)."""
    languages = {result.lang for result in results if result.lang}
    return languages.pop() if len(languages) == 1 else None


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

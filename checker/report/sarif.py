"""`--format sarif`: SARIF 2.1.0 (GitHub code scanning, Azure DevOps, IDE viewers).

Columns count Unicode code points (`columnKind: unicodeCodePoints`), as every factlint format does. A fix
becomes a SARIF `fix` with one replacement; a file that could not be read becomes a tool notification.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from checker import __version__
from checker.models import FileResult, Located, Severity

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
INFORMATION_URI = "https://github.com/factlint/factlint"


def _uri(path: str) -> str:
    """A path as a URI reference (POSIX separators, spaces and the like percent-encoded)."""
    from urllib.parse import quote

    # surrogateescape: a file name that is not UTF-8 is percent-encoded byte for byte, as it is on disk
    return quote(Path(path).as_posix() if path != "-" else "stdin", errors="surrogateescape")


def _file_of(result_path: str) -> str:
    """The file of a result path; a JSON/JSONL record's path is "file:record"."""
    if ":" in result_path and not Path(result_path).exists():
        head = result_path.rsplit(":", 1)[0]
        return head if Path(head).exists() else result_path
    return result_path


def _region(located: Located) -> dict:
    return {"startLine": located.line, "startColumn": located.column, "endLine": located.end_line,
            "endColumn": located.end_column, "snippet": {"text": located.text}}


def _result(path: str, located: Located, rule_index: int) -> dict:
    from checker.cards import group_id

    finding = located.finding
    result = {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": LEVEL[finding.severity],
        "message": {"text": finding.message + (f"\n{finding.explanation}" if finding.explanation else "")},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(path)}, "region": _region(located)}}],
        # The results of one flagged span (one card in the text reports) share this id.
        "properties": {"group": group_id(located)},
    }
    if finding.fix is not None:  # the fix, then its alternatives
        result["fixes"] = [{
            "description": {"text": f"{located.text} -> {fix.replacement} ({fix.applicability})"},
            "artifactChanges": [{"artifactLocation": {"uri": _uri(path)}, "replacements": [{
                "deletedRegion": {key: value for key, value in _region(located).items() if key != "snippet"},
                "insertedContent": {"text": fix.replacement}}]}],
        } for fix in (finding.fix, *finding.alternatives)]
    return result


def sarif_log(results: Sequence[FileResult]) -> dict:
    """The SARIF log object for `results`."""
    rule_ids = sorted({located.finding.rule for r in results for located in r.findings})
    index = {rule_id: position for position, rule_id in enumerate(rule_ids)}
    categories = {located.finding.rule: located.finding.category for r in results for located in r.findings}
    rules = [{"id": rule_id, "name": rule_id.replace("/", "-"), "properties": {"category": categories[rule_id]},
              "helpUri": f"{INFORMATION_URI}#{rule_id.replace('/', '-')}"} for rule_id in rule_ids]
    findings = [_result(_file_of(r.path), located, index[located.finding.rule])
                for r in results for located in r.findings]
    notifications = [{"level": "error", "message": {"text": f"{r.path}: {r.error}"}} for r in results if r.error]
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "factlint", "version": __version__, "informationUri": INFORMATION_URI,
                                "rules": rules}},
            "invocations": [{"executionSuccessful": not notifications, "toolExecutionNotifications": notifications}],
            "columnKind": "unicodeCodePoints",
            "results": findings,
        }],
    }


def render(results: Sequence[FileResult], stream: TextIO, *, color: bool = False, quiet: bool = False) -> None:
    json.dump(sarif_log(results), stream, ensure_ascii=False, indent=2)
    stream.write("\n")

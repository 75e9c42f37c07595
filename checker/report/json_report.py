"""`--format json`: the stable, documented object (README, "JSON output").

Offsets are code points into the decoded file text; line and column are 1-based.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TextIO

from checker import __version__
from checker.models import FileResult, Fix, Located
from checker.report import summarize


def finding_object(located: Located) -> dict:
    from checker.cards import group_id

    finding = located.finding
    return {
        "rule": finding.rule,
        "category": finding.category,
        "severity": finding.severity.label,
        "message": finding.message,
        "explanation": finding.explanation,
        "group": group_id(located),
        "start": located.start,
        "end": located.end,
        "line": located.line,
        "column": located.column,
        "end_line": located.end_line,
        "end_column": located.end_column,
        "text": located.text,
        "sentence": located.sentence,
        "fix": None if finding.fix is None else _fix_object(finding.fix),
        "alternatives": [_fix_object(fix) for fix in finding.alternatives],
    }


def _fix_object(fix: Fix) -> dict:
    return {"replacement": fix.replacement, "applicability": fix.applicability}


def file_object(result: FileResult) -> dict:
    return {
        "path": result.path,
        "lang": result.lang,
        "date": result.date.isoformat() if result.date else None,
        "encoding": result.encoding,
        "error": result.error,
        "skipped": result.skipped,
        "notes": list(result.notes),
        "findings": [finding_object(located) for located in result.findings],
    }


def render(results: Sequence[FileResult], stream: TextIO, *, color: bool = False, quiet: bool = False) -> None:
    document = {"factlint": __version__, "files": [file_object(r) for r in results], "summary": summarize(results)}
    json.dump(document, stream, ensure_ascii=False, indent=2)
    stream.write("\n")

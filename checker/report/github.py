"""`--format github`: GitHub Actions workflow commands, which annotate the lines of a pull request.

    ::warning file=news/a.md,line=3,col=5,endLine=3,endColumn=16,title=consistency/name-variants::message

Values are escaped as the runner expects (`%`, CR, LF everywhere; `:` and `,` in properties too).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from checker.models import FileResult, Severity
from checker.report.escape import printable

COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    return printable(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(results: Sequence[FileResult], stream: TextIO, *, color: bool = False, quiet: bool = False) -> None:
    for result in results:
        path = escape_property(result.path)
        if result.error:
            stream.write(f"::error file={path},title=factlint::{escape_data(result.error)}\n")
        for located in result.findings:
            finding = located.finding
            message = finding.message
            if finding.fix is not None:
                message += f" [fix: {located.text} -> {finding.fix.replacement}]"
            properties = (f"file={path},line={located.line},col={located.column},endLine={located.end_line},"
                          f"endColumn={located.end_column},title={escape_property(finding.rule)}")
            stream.write(f"::{COMMAND[finding.severity]} {properties}::{escape_data(message)}\n")

"""`--format text`: one line per finding, `path:line:col: severity rule message` (editors and grep read it)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from checker.models import FileResult


def render(results: Sequence[FileResult], stream: TextIO, *, color: bool = False, quiet: bool = False) -> None:
    for result in results:
        for located in result.findings:
            finding = located.finding
            where = f"{result.path}:{located.line}:{located.column}"
            line = f"{where}: {finding.severity.label} {finding.rule} {finding.message}"
            if finding.fix is not None:
                line += f" [fix: {located.text} -> {finding.fix.replacement}]"
            stream.write(" ".join(line.split("\n")) + "\n")

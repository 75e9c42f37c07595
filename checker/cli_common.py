"""What every `factlint` command module shares: exit codes, the one-line error, comma-separated options."""

from __future__ import annotations

import sys

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def fail(message: str) -> SystemExit:
    """A one-line error on stderr and exit code 2 (usage, input or pack error). A SystemExit rather than typer's
    Exit, so that `check` can run without typer (typer lets it through with its code)."""
    from checker.report.escape import one_line

    sys.stderr.write(f"factlint: error: {one_line(' '.join(message.split()))}\n")
    return SystemExit(EXIT_ERROR)


def split_values(values: list[str] | None) -> tuple[str, ...]:
    """Repeated and comma-separated option values as one tuple: `--select a,b --select c` -> (a, b, c)."""
    return tuple(part.strip() for value in values or () for part in value.split(",") if part.strip())

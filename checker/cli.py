"""The `factlint` command. A plain `factlint check ...` (what the pre-commit hook runs) is parsed and run here
without typer, whose import alone costs about a sixth of a one-file check; any other command line, and any
`check` line this parser does not take for certain, goes to the typer application (`checker.cli_app`)."""

from __future__ import annotations

import errno
import gc
import os
import sys
from typing import Any


def __getattr__(name: str) -> Any:
    if name == "app":  # `from checker.cli import app`: the typer application, imported when asked for
        from checker.cli_app import app

        return app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def main() -> None:
    # A run makes its long-lived objects (modules, classes, the compiled packs) in one burst at start: at the
    # default threshold (700 allocations) the collector went over them some 35 times in a one-file check, ~6 ms
    # of it. A larger first generation leaves that burst alone; a long run collects as much, less often.
    gc.set_threshold(20_000, 10, 10)
    from checker.text.regex_cache import install

    install()  # the patterns' compiled code kept from the last run (~10 ms of a one-file check)
    for stream in (sys.stdout, sys.stderr):
        # A lone surrogate (an undecodable file name, "\\ud800" in a JSON record) is written as its escape, never
        # a UnicodeEncodeError half-way through a report; JSON readers take the escape back.
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    try:
        if not _run_plain_check(sys.argv[1:]):
            from checker.cli_app import app

            app()
    except KeyboardInterrupt:
        sys.stderr.write("factlint: interrupted\n")
        sys.exit(130)


def _run_plain_check(args: list[str]) -> bool:
    """Run `check` when the command line is one `checker.cli_check` parses for certain (exit as typer would:
    the code it raises, 0, or 1 when the reader of the output went away); False to leave it to typer."""
    if args[:1] != ["check"]:
        return False
    from checker.cli_check import parse_check_args, run_check

    values = parse_check_args(args[1:])
    if values is None:
        return False
    try:
        run_check(**values)
    except OSError as error:
        if error.errno != errno.EPIPE:
            raise
        # `factlint check ... | head`: no traceback, and none from the flush at exit either
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
    sys.exit(0)

"""`factlint audit ...`: thin Typer commands over `checker.audit` (heavy modules imported inside them).

    factlint audit SOURCES... [--db audit.sqlite] [--jobs N] [--dask-scheduler ADDRESS]
    factlint audit report --db audit.sqlite [--format rich|json|jsonl|csv|sarif|html] [--output FILE]

`factlint audit SOURCES` is short for `factlint audit run SOURCES`.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from typer.core import TyperGroup

if TYPE_CHECKING:
    from rich.progress import Progress


class _AuditGroup(TyperGroup):
    """Routes `audit SOURCES...` to the `run` command, so sources need no subcommand word."""

    def parse_args(self, ctx, args):
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h"):
            args = ["run", *args]
        return super().parse_args(ctx, args)


audit_app = typer.Typer(cls=_AuditGroup, add_completion=False, no_args_is_help=True,
                        help="Audit archives: parallel, resumable, reported (`factlint audit SOURCES...`).")


def register_audit(app: typer.Typer) -> None:
    """Add the `audit` command group to the main CLI."""
    app.add_typer(audit_app, name="audit")


@audit_app.command("run")
def audit_run(
    sources: list[str] = typer.Argument(..., help="Directories, files, globs, zip archives or fsspec URLs."),
    db: Path = typer.Option(Path("audit.sqlite"), "--db", help="The resumable store (SQLite)."),
    jobs: int = typer.Option(0, "--jobs", "-j", help="Worker processes (0: every core)."),
    dask_scheduler: str | None = typer.Option(None, "--dask-scheduler", help="Run on a Dask cluster at ADDRESS."),
    select: list[str] | None = typer.Option(None, "--select", help="Rule ids or prefixes to run."),
    ignore: list[str] | None = typer.Option(None, "--ignore", help="Rule ids or prefixes to skip."),
    packs: list[Path] | None = typer.Option(None, "--packs", help="Another directory (or file) of YAML packs."),
    no_builtin_packs: bool = typer.Option(False, "--no-builtin-packs", help="Use only the --packs given."),
    lang: str | None = typer.Option(None, "--lang", help="ar, en or auto (per article)."),
    date: str | None = typer.Option(None, "--date", help="Date (YYYY-MM-DD) for articles with none."),
    include: list[str] | None = typer.Option(None, "--include", help="Globs of files to read in directories."),
    id_field: str = typer.Option("id", "--id-field", help="Record field holding the article id."),
    text_field: str = typer.Option("text", "--text-field", help="Record field holding the text."),
    title_field: str = typer.Option("title", "--title-field"),
    date_field: str = typer.Option("date", "--date-field"),
    source_field: str = typer.Option("source", "--source-field", help="Record field naming the outlet."),
    lang_field: str = typer.Option("lang", "--lang-field"),
    max_record_bytes: int = typer.Option(8 * 1024 * 1024, "--max-record-bytes", help="Larger records are skipped."),
    batch_size: int = typer.Option(64, "--batch-size", help="Articles per task sent to a worker."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Progress bar (only on a terminal)."),
    config_file: Path | None = typer.Option(None, "--config", help="Use this configuration file for every source."),
) -> None:
    """Check every article of SOURCES into the store; a rerun skips what is done and rechecks what changed.

    Each source is checked with the configuration found from its location upward (`.factlint.yaml` or
    `[tool.factlint]`, as `check` finds it), the options given here on top."""
    import sqlite3

    from checker.api import InputPathError
    from checker.audit.configure import plan_audit
    from checker.audit.runner import RunOptions, run_audit
    from checker.audit.sources import AUDIT_INCLUDE, ReaderOptions
    from checker.audit.store import AuditStore, AuditStoreError
    from checker.audit.worker import PackMismatchError, settings_from_config
    from checker.cli_common import fail, split_values
    from checker.config import ConfigError
    from checker.document import LoadOptions
    from checker.engine import UnknownRuleError
    from checker.lang import is_supported, supported
    from checker.packs.errors import PackError

    for option, value, least in (("--jobs", jobs, 0), ("--batch-size", batch_size, 1),
                                 ("--max-record-bytes", max_record_bytes, 1)):
        if value < least:
            raise fail(f"{option} {value} is out of range (at least {least})")
    if dask_scheduler:
        _check_scheduler(dask_scheduler)
    if lang not in (None, "auto") and not is_supported(lang):
        raise fail(f"unknown --lang {lang!r} (choose from {', '.join(supported())}, auto)")
    try:
        default_date = dt.date.fromisoformat(date) if date else None
    except ValueError:
        raise fail(f"--date {date!r} is not a date in the form YYYY-MM-DD") from None
    fields = LoadOptions(text_field=text_field, title_field=title_field, date_field=date_field,
                         source_field=source_field, lang_field=lang_field, id_field=id_field)
    reader = ReaderOptions(fields, split_values(include) or AUDIT_INCLUDE, max_record_bytes)
    overrides = {"lang": lang, "select": split_values(select), "ignore": split_values(ignore),
                 "packs": tuple(packs or ())}
    try:
        plan = plan_audit(sources, reader.include, lambda config: settings_from_config(
            config, builtin_packs=not no_builtin_packs, default_date=default_date, fields=fields), overrides,
            config_file)
    except (InputPathError, ConfigError) as error:
        raise fail(str(error)) from None
    options = RunOptions(jobs, batch_size, dask_scheduler, reader, progress)
    try:
        with AuditStore(db) as store, _progress_bar(progress) as on_progress:
            summary = run_audit(plan.files, plan.settings, store, options, on_progress, plan.file_settings)
    except (PackError, UnknownRuleError, PackMismatchError, AuditStoreError) as error:
        raise fail(str(error)) from None
    except sqlite3.Error as error:  # damage found while writing (the store was usable when opened)
        raise fail(f"{db}: the store failed while being written ({' '.join(str(error).split())}); what was "
                   f"committed is kept; audit again, or into a new store with --db NEW") from None
    sys.stderr.write(
        f"factlint audit: {summary.records:,} articles read, {summary.checked:,} checked, {summary.unchanged:,} "
        f"unchanged, {summary.duplicates:,} duplicate ids, {summary.problems:,} input problems; "
        f"{summary.findings:,} new findings in {summary.seconds:.1f}s; store: {db}\n")


class _progress_bar:
    """A Rich progress bar on stderr (articles, rate, findings, ETA by bytes read); nothing off a terminal."""

    def __init__(self, wanted: bool) -> None:
        from rich.console import Console

        self.console = Console(stderr=True)
        self.enabled = wanted and self.console.is_terminal
        self.progress: Progress | None = None

    def __enter__(self):
        if not self.enabled:
            return None
        import time

        from rich.progress import BarColumn, Progress, TextColumn

        from checker.audit.eta import RemainingTime, format_remaining

        # The remaining time is our own smoothed estimate (Rich's follows the last seconds and jumps).
        progress = Progress(TextColumn("{task.fields[articles]:,} articles"), BarColumn(),
                            TextColumn("{task.fields[rate]:,.0f}/s"),
                            TextColumn("{task.fields[findings]:,} findings"), TextColumn("{task.fields[eta]}"),
                            console=self.console, transient=False)
        self.progress = progress
        progress.start()
        task = progress.add_task("audit", total=None, articles=0, rate=0.0, findings=0, eta=format_remaining(None))
        started = time.monotonic()
        remaining = RemainingTime()

        def update(tally) -> None:
            done, now = tally.checked + tally.unchanged, time.monotonic()
            total = tally.reader.bytes_total or None
            eta = format_remaining(remaining.update(tally.reader.bytes_read, total, now))
            progress.update(task, total=total, completed=tally.reader.bytes_read, articles=done,
                            findings=tally.findings, rate=done / max(now - started, 1e-6), eta=eta)
        return update

    def __exit__(self, *exc: object) -> None:
        if self.progress is not None:
            self.progress.stop()


@audit_app.command("report")
def audit_report(
    db: Path = typer.Option(Path("audit.sqlite"), "--db", help="The store an audit wrote."),
    output_format: str = typer.Option("rich", "--format", help="rich, json, jsonl, csv, sarif or html."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write to FILE instead of standard output."),
    packs: list[Path] | None = typer.Option(None, "--packs", help="Packs for entity labels (optional)."),
    no_color: bool = typer.Option(False, "--no-color"),
) -> None:
    """Render the store's results without re-checking anything."""
    import io
    import sqlite3

    from checker.audit import reports
    from checker.audit.crosscheck import spelling_statistics
    from checker.audit.store import AuditStore, AuditStoreError
    from checker.cli_common import fail

    if output_format not in reports.FORMATS:
        raise fail(f"unknown --format {output_format!r} (choose from {', '.join(reports.FORMATS)})")
    if not db.is_file():
        raise fail(f"{db}: no such audit store (run `factlint audit SOURCES --db {db}` first)")
    if output is not None and output.is_dir():
        raise fail(f"{output}: is a directory; give -o a file name")
    if output is not None and not output.parent.is_dir():
        raise fail(f"{output}: the folder {output.parent} does not exist; create it first")
    label_packs = _label_packs(packs)
    rendered = io.StringIO()
    stream = rendered if output else sys.stdout
    try:
        with AuditStore(db, read_only=True) as store:
            spellings = spelling_statistics(store, label_packs)
            if output_format == "rich":
                color = output is None and not no_color and sys.stdout.isatty()
                reports.render_rich(store, stream, spellings, color=color)
            elif output_format == "html":
                from checker.audit.html import render_html

                render_html(store, stream, spellings)
            elif output_format in ("json", "jsonl", "csv", "sarif"):
                render = getattr(reports, f"render_{output_format}")
                render(store, stream, spellings) if output_format == "json" else render(store, stream)
    except AuditStoreError as error:
        raise fail(str(error)) from None
    except (sqlite3.Error, ValueError, TypeError, KeyError) as error:
        # Rows a damaged or hand-edited store holds (a bad page, null or malformed columns).
        raise fail(f"{db}: the store's contents cannot be read ({type(error).__name__}: "
                   f"{' '.join(str(error).split())[:200]}); {REPAIR_HINT.format(db=db)}") from None
    if output is not None:
        _write_report(output, rendered.getvalue())


REPAIR_HINT = "run `factlint audit repair --db {db}` (the damaged file is kept) or audit into a new store with --db NEW"


@audit_app.command("repair")
def audit_repair(db: Path = typer.Option(Path("audit.sqlite"), "--db", help="The damaged store.")) -> None:
    """Salvage a damaged store: the readable rows go into a new store at --db, the damaged file is kept beside it."""
    from checker.audit.repair import repair_store
    from checker.audit.store import AuditStoreError
    from checker.cli_common import fail

    try:
        report = repair_store(db)
    except AuditStoreError as error:
        raise fail(str(error)) from None
    sys.stderr.write(f"factlint: {report.summary()}\n")


def _write_report(output: Path, text: str) -> None:
    """The whole report written at once (a temporary file renamed), so a failure never leaves half of one."""
    from checker.cli_common import fail
    from checker.fix import write_new_file

    try:
        write_new_file(output, text.encode("utf-8", "backslashreplace"))
    except OSError as error:
        raise fail(f"{output}: cannot write the report: {' '.join(str(error.strerror or error).split())}") from None


def _check_scheduler(address: str) -> None:
    """Refuse at once a Dask scheduler that cannot be reached (the client would wait 30 s, then raise)."""
    import socket
    from urllib.parse import urlsplit

    from checker.cli_common import fail

    try:
        import distributed  # noqa: F401 - only whether it is installed
    except ImportError:
        raise fail("--dask-scheduler needs the dask extra: pip install 'factlint[dask]'") from None
    parts = urlsplit(address if "://" in address else f"tcp://{address}")
    try:
        host, port = parts.hostname, parts.port
    except ValueError:
        host, port = None, None
    if not host or not port:
        raise fail(f"--dask-scheduler {address!r} is not an address like tcp://HOST:8786")
    try:
        socket.create_connection((host, port), timeout=5).close()
    except OSError as error:
        raise fail(f"--dask-scheduler {address}: cannot connect ({' '.join(str(error.strerror or error).split())});"
                   " is the scheduler running?") from None


def _label_packs(packs: list[Path] | None):
    """Packs to name entities in the spelling table; without them, ids are shown."""
    from checker.compiled_packs import load_packs
    from checker.packs.errors import PackError

    try:
        return load_packs(list(packs or ()))
    except PackError as error:
        sys.stderr.write(f"factlint: note: entity labels unavailable ({error})\n")
        return None

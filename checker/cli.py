"""The `factlint` command: a thin layer over `checker.api` (options in, reporter out, exit code)."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from typing import List, Optional

import typer

from checker import __version__

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Fact-consistency checker for news text (Arabic and English).")
rules_app = typer.Typer(add_completion=False, no_args_is_help=True, help="List, show, validate and test rules.")
app.add_typer(rules_app, name="rules")
from checker.cli_audit import register_audit; register_audit(app)  # noqa: E402,E702 - `factlint audit`

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
FAIL_ON = {"error": 3, "warning": 2, "info": 1, "never": 99}


def fail(message: str) -> "typer.Exit":
    """A one-line error on stderr and exit code 2 (usage, input or pack error)."""
    sys.stderr.write(f"factlint: error: {' '.join(message.split())}\n")
    return typer.Exit(EXIT_ERROR)


def _split(values: Optional[List[str]]) -> tuple[str, ...]:
    return tuple(part.strip() for value in values or () for part in value.split(",") if part.strip())


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factlint {__version__}")
        raise typer.Exit()


@app.callback()
def _main(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Print the version and exit.")) -> None:
    """factlint checks that the facts in news articles hang together."""


def _use_color(no_color: bool) -> bool:
    return not no_color and "NO_COLOR" not in os.environ and sys.stdout.isatty()


def _make_checker(options):
    from checker.api import Checker
    from checker.engine import UnknownRuleError
    from checker.packs.errors import PackError

    try:
        return Checker(options)
    except PackError as error:
        raise fail(str(error)) from None
    except UnknownRuleError as error:
        raise fail(str(error)) from None


@app.command()
def check(
    paths: List[str] = typer.Argument(None, help="Files or directories to check; - reads standard input."),
    lang: str = typer.Option("auto", "--lang", help="ar, en or auto (detected per document)."),
    date: Optional[str] = typer.Option(None, "--date", help="The article date (YYYY-MM-DD) where its metadata has none."),
    output_format: str = typer.Option("rich", "--format", help="rich, text or json."),
    fail_on: str = typer.Option("warning", "--fail-on", help="Exit 1 on findings at or above: error, warning, info, never."),
    select: Optional[List[str]] = typer.Option(None, "--select", help="Rule ids or prefixes to run (repeat or comma-separate)."),
    ignore: Optional[List[str]] = typer.Option(None, "--ignore", help="Rule ids or prefixes to skip."),
    packs: Optional[List[Path]] = typer.Option(None, "--packs", help="Another directory (or file) of YAML packs."),
    include: Optional[List[str]] = typer.Option(None, "--include", help="Glob of files to check inside directories."),
    exclude: Optional[List[str]] = typer.Option(None, "--exclude", help="Glob of files or paths to skip."),
    container: str = typer.Option("auto", "--container", help="auto, text, markdown, html, json or jsonl."),
    text_field: str = typer.Option("text", "--text-field", help="JSON/JSONL field holding the article text."),
    no_color: bool = typer.Option(False, "--no-color", help="No colours (NO_COLOR is honoured too)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print findings and errors only."),
) -> None:
    """Check articles and report the statements whose facts do not hang together."""
    from checker.api import CheckOptions, InputPathError
    from checker.document import LoadOptions
    from checker.report import REPORTERS, reporter

    if output_format not in REPORTERS:
        raise fail(f"unknown --format {output_format!r} (choose from {', '.join(REPORTERS)})")
    if fail_on not in FAIL_ON:
        raise fail(f"unknown --fail-on {fail_on!r} (choose from {', '.join(FAIL_ON)})")
    if lang not in ("ar", "en", "auto"):
        raise fail(f"unknown --lang {lang!r} (choose from ar, en, auto)")
    try:
        article_date = dt.date.fromisoformat(date) if date else None
    except ValueError:
        raise fail(f"--date {date!r} is not a date in the form YYYY-MM-DD") from None
    options = CheckOptions(lang=lang, date=article_date, select=_split(select), ignore=_split(ignore),
                           packs=tuple(packs or ()), include=_split(include), exclude=_split(exclude),
                           load=LoadOptions(container=container, text_field=text_field))
    checker = _make_checker(options)
    try:
        results = list(checker.check_paths(paths or ["-"]))
    except InputPathError as error:
        raise fail(str(error)) from None
    for result in results:
        if result.error:
            sys.stderr.write(f"factlint: error: {result.path}: {result.error}\n")
        elif result.skipped and not quiet:
            sys.stderr.write(f"factlint: skipped: {result.path}: {result.skipped}\n")
    shown = [r for r in results if r.findings] if quiet else results
    reporter(output_format)(shown, sys.stdout, color=_use_color(no_color), quiet=quiet)
    if any(result.error for result in results):
        raise typer.Exit(EXIT_ERROR)
    threshold = FAIL_ON[fail_on]
    if any(located.finding.severity >= threshold for r in results for located in r.findings):
        raise typer.Exit(EXIT_FINDINGS)


@app.command()
def explain(rule_id: str = typer.Argument(..., help="A rule id, e.g. consistency/name-variants.")) -> None:
    """What a rule checks, why it matters, and its examples."""
    from checker.api import CheckOptions

    checker = _make_checker(CheckOptions())
    rule = checker.packs.rule(rule_id)
    if rule is None:
        raise fail(f"unknown rule id {rule_id!r} (see `factlint rules list`)")
    typer.echo(f"{rule.id}  ({rule.category}, {rule.severity.label})\n")
    typer.echo(rule.why.strip() + "\n")
    for expectation, title in (("flag", "Flagged"), ("clean", "Not flagged")):
        examples = rule.examples.get(expectation, ())
        if examples:
            typer.echo(f"{title}:")
            for example in examples:
                extra = f"   -> {example['span']!r}" if expectation == "flag" else ""
                if "fix" in example:
                    extra += f" fix {example['fix']!r}"
                typer.echo(f"  - {example['text']}{extra}")
            typer.echo("")


@rules_app.command("list")
def rules_list(packs: Optional[List[Path]] = typer.Option(None, "--packs", help="More packs.")) -> None:
    """Every rule: id, category, severity."""
    from checker.api import CheckOptions

    checker = _make_checker(CheckOptions(packs=tuple(packs or ())))
    for rule in sorted(checker.packs.rules.values(), key=lambda r: r.id):
        typer.echo(f"{rule.id:<36} {rule.category:<12} {rule.severity.label:<8} {rule.message.get('en', '')}")


@rules_app.command("show")
def rules_show(rule_id: str, packs: Optional[List[Path]] = typer.Option(None, "--packs")) -> None:
    """One rule's definition: kind, severity, messages, parameters, where it is defined."""
    from checker.api import CheckOptions

    checker = _make_checker(CheckOptions(packs=tuple(packs or ())))
    rule = checker.packs.rule(rule_id)
    if rule is None:
        raise fail(f"unknown rule id {rule_id!r} (see `factlint rules list`)")
    typer.echo(f"id:        {rule.id}\ncategory:  {rule.category}\nkind:      {rule.kind}\n"
               f"severity:  {rule.severity.label}\ndefined:   {rule.path}")
    for lang, text in rule.message.items():
        typer.echo(f"message.{lang}: {text}")
    for key, value in rule.params.items():
        typer.echo(f"param {key}: {value}")
    typer.echo(f"examples:  {len(rule.examples['flag'])} flagged, {len(rule.examples['clean'])} clean")


@rules_app.command("validate")
def rules_validate(path: Path = typer.Argument(..., help="A pack file or a directory of packs.")) -> None:
    """Validate packs (with the built-in ones, so references resolve); one line per error, exit 2."""
    from checker.packs.cache import load_packs
    from checker.packs.errors import PackError
    from checker.packs.load import discover_pack_files

    try:
        files = discover_pack_files(path)
        packset = load_packs([path], use_cache=False)
    except PackError as error:
        raise fail(str(error)) from None
    typer.echo(f"ok: {len(files)} pack file(s); {len(packset.rules)} rules and "
               f"{len(packset.knowledge.entities)} entities in force")


@rules_app.command("test")
def rules_test(path: Optional[Path] = typer.Argument(None, help="Packs to test besides the built-in ones."),
               select: Optional[List[str]] = typer.Option(None, "--select")) -> None:
    """Run every rule's examples; exit 1 if any fails."""
    from checker.api import CheckOptions
    from checker.packs.examples import run_examples

    checker = _make_checker(CheckOptions(packs=(path,) if path else (), select=_split(select)))
    failures = total = 0
    for outcome in run_examples(checker, checker.rules):
        total += 1
        if not outcome.passed:
            failures += 1
            typer.echo(f"FAIL {outcome.rule} {outcome.expectation}[{outcome.index}]: {outcome.detail}")
    typer.echo(f"{total - failures} passed, {failures} failed")
    if failures:
        raise typer.Exit(EXIT_FINDINGS)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("factlint: interrupted\n")
        sys.exit(130)

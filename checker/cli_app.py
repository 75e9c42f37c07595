"""The `factlint` typer application: every command, a thin layer over `checker.api` (options in, reporter out,
exit code). `checker.cli.main` starts it for any command line but a plain `check` (see `checker.cli_check`)."""

from __future__ import annotations

import datetime as dt
import inspect
import os
import sys
from pathlib import Path
from typing import Any

import typer

from checker import __version__
from checker.cli_audit import register_audit
from checker.cli_check import (
    CHECK_OPTIONS,
    PATHS_HELP,
    _check_options,
    _config,
    _make_checker,
    _use_color,
    run_check,
)
from checker.cli_common import EXIT_FINDINGS, fail, split_values

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Fact-consistency checker for news text (Arabic and English).")
rules_app = typer.Typer(add_completion=False, no_args_is_help=True, help="List, show, validate and test rules.")
app.add_typer(rules_app, name="rules")
register_audit(app)  # `factlint audit`


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factlint {__version__}")
        raise typer.Exit()


@app.callback()
def _main(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Print the version and exit.")) -> None:
    """factlint checks that the facts in news articles hang together."""


def _check_signature() -> inspect.Signature:
    """`check`'s parameters for typer, from the options declared once in `checker.cli_check`."""
    keyword = inspect.Parameter.POSITIONAL_OR_KEYWORD
    parameters = [inspect.Parameter("paths", keyword, annotation=list[str] | None,
                                    default=typer.Argument(None, help=PATHS_HELP))]
    for option in CHECK_OPTIONS:
        annotation: Any = option.kind
        if option.many:
            annotation = list[option.kind] | None  # type: ignore[name-defined]
        elif option.default is None:
            annotation = option.kind | None
        parameters.append(inspect.Parameter(option.name, keyword, annotation=annotation,
                                            default=typer.Option(option.default, *option.flags, help=option.help)))
    return inspect.Signature(parameters)


def check(**values: Any) -> None:
    """Check articles and report the statements whose facts do not hang together."""
    run_check(**values)


check.__signature__ = _check_signature()  # type: ignore[attr-defined]
app.command()(check)


@app.command()
def review(
    file: Path = typer.Argument(..., help="The article to review."),
    lang: str | None = typer.Option(None, "--lang", help="ar, en or auto."),
    date: str | None = typer.Option(None, "--date", help="The article date (YYYY-MM-DD) where its metadata has none."),
    select: list[str] | None = typer.Option(None, "--select", help="Rule ids or prefixes to run."),
    ignore: list[str] | None = typer.Option(None, "--ignore", help="Rule ids or prefixes to skip."),
    packs: list[Path] | None = typer.Option(None, "--packs", help="Another directory (or file) of YAML packs."),
    no_color: bool = typer.Option(False, "--no-color", help="No colours."),
    config_file: Path | None = typer.Option(None, "--config", help="Use this configuration file."),
    baseline: Path | None = typer.Option(None, "--baseline",
                                         help="Where `i` records an ignore in a file without comments (plain text, "
                                              "JSON); default: the configured baseline."),
) -> None:
    """Walk through each problem of one article: accept the fix, skip, edit the sentence, or ignore (a suppression
    written into the file or the baseline, so the next check passes); write once at the end."""
    from rich.console import Console

    from checker.review import ReviewError, review_file

    try:
        article_date = dt.date.fromisoformat(date) if date else None
    except ValueError:
        raise fail(f"--date {date!r} is not a date in the form YYYY-MM-DD") from None
    config = _config(config_file, [str(file)], lang=lang, select=split_values(select), ignore=split_values(ignore),
                     packs=tuple(packs or ()))
    checker = _make_checker(_check_options(config, date=article_date))
    console = Console(no_color=no_color or "NO_COLOR" in os.environ, highlight=False)
    try:
        review_file(checker, str(file), console,
                    baseline=baseline or (config.path(config["baseline"]) if config["baseline"] else None))
    except ReviewError as error:
        raise fail(str(error)) from None


@app.command("config")
def show_config(
    path: Path | None = typer.Argument(None, help="A file or directory (default: the working directory)."),
    config_file: Path | None = typer.Option(None, "--config", help="Use this configuration file."),
) -> None:
    """Print the configuration in force for PATH and where each value came from."""
    from checker.config import describe

    typer.echo(describe(_config(config_file, [str(path)] if path else None)), nl=False)


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
                if "articles" in example:  # a cross-article rule: a small archive, flagged on its last article
                    for number, article in enumerate(example["articles"], 1):
                        dated = f" ({article['date']})" if article.get("date") else ""
                        typer.echo(f"  {'-' if number == 1 else ' '} [{number}]{dated} {article['text']}")
                    continue
                extra = f"   -> {example['span']!r}" if expectation == "flag" else ""
                if "fix" in example:
                    extra += f" fix {example['fix']!r}"
                typer.echo(f"  - {example['text']}{extra}")
            typer.echo("")


@rules_app.command("list")
def rules_list(packs: list[Path] | None = typer.Option(None, "--packs", help="More packs.")) -> None:
    """Every rule: id, category, severity."""
    from checker.api import CheckOptions

    checker = _make_checker(CheckOptions(packs=tuple(packs or ())))
    for rule in sorted(checker.packs.rules.values(), key=lambda r: r.id):
        typer.echo(f"{rule.id:<36} {rule.category:<12} {rule.severity.label:<8} {rule.message.get('en', '')}")


@rules_app.command("show")
def rules_show(rule_id: str, packs: list[Path] | None = typer.Option(None, "--packs")) -> None:
    """One rule's definition: kind, severity, messages, parameters, where it is defined."""
    from checker.api import CheckOptions
    from checker.packs.kinds import KINDS

    checker = _make_checker(CheckOptions(packs=tuple(packs or ())))
    rule = checker.packs.rule(rule_id)
    if rule is None:
        raise fail(f"unknown rule id {rule_id!r} (see `factlint rules list`)")
    typer.echo(f"id:        {rule.id}\ncategory:  {rule.category}\nkind:      {rule.kind}\n"
               f"severity:  {rule.severity.label}\ndefined:   {rule.path}")
    for lang, text in rule.message.items():
        typer.echo(f"message.{lang}: {text}")
    kind = KINDS[rule.kind]
    typer.echo(f"placeholders: {', '.join(f'{{{name}}}' for name in sorted(kind.placeholders))}")
    for name, param in kind.params.items():
        typer.echo(f"param {name}: {_as_json(rule.params[name])}  ({param.type.name}, default "
                   f"{_as_json(param.default)}) {param.doc}")
    typer.echo(f"examples:  {len(rule.examples['flag'])} flagged, {len(rule.examples['clean'])} clean")


def _as_json(value: object) -> str:
    import json

    return json.dumps(value, ensure_ascii=False)


@rules_app.command("validate")
def rules_validate(path: Path = typer.Argument(..., help="A pack file or a directory of packs.")) -> None:
    """Validate packs (with the built-in ones, so references resolve); one line per error, exit 2."""
    from checker.compiled_packs import load_packs
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
def rules_test(path: Path | None = typer.Argument(None, help="Packs to test besides the built-in ones."),
               select: list[str] | None = typer.Option(None, "--select")) -> None:
    """Run every rule's examples; exit 1 if any fails."""
    from checker.api import CheckOptions
    from checker.rule_examples import run_examples

    checker = _make_checker(CheckOptions(packs=(path,) if path else (), select=split_values(select)))
    failures = total = 0
    for outcome in run_examples(checker, checker.rules):
        total += 1
        if not outcome.passed:
            failures += 1
            typer.echo(f"FAIL {outcome.rule} {outcome.expectation}[{outcome.index}]: {outcome.detail}")
    typer.echo(f"{total - failures} passed, {failures} failed")
    if failures:
        raise typer.Exit(EXIT_FINDINGS)


@app.command()
def knowledge(packs: list[Path] | None = typer.Option(None, "--packs", help="More packs."),
              output_format: str = typer.Option("rich", "--format", help="rich or json."),
              no_color: bool = typer.Option(False, "--no-color")) -> None:
    """Per knowledge pack: how many people, roles, offices, countries and places it holds, and the date its
    facts were last verified (its horizon)."""
    from checker.api import CheckOptions
    from checker.knowledge_report import knowledge_summaries, write_json, write_rich

    if output_format not in ("rich", "json"):
        raise fail(f"unknown --format {output_format!r} (choose from rich, json)")
    checker = _make_checker(CheckOptions(packs=tuple(packs or ())))  # validates every pack: errors exit 2
    summaries = knowledge_summaries(Path(path) for path in checker.packs.files)
    if output_format == "json":
        write_json(summaries, sys.stdout, __version__)
    else:
        write_rich(summaries, sys.stdout, color=_use_color(no_color))

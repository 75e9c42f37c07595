"""The `factlint` command: a thin layer over `checker.api` (options in, reporter out, exit code)."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from checker import __version__
from checker.cli_audit import register_audit
from checker.cli_common import EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, fail, split_values

if TYPE_CHECKING:
    from collections.abc import Callable

    from checker.document import Document
    from checker.models import Located

    # What --baseline and --diff-base/--staged add to a check: (document, located findings) -> kept findings.
    FindingFilter = Callable[[Document, list[Located]], list[Located]]

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Fact-consistency checker for news text (Arabic and English).")
rules_app = typer.Typer(add_completion=False, no_args_is_help=True, help="List, show, validate and test rules.")
app.add_typer(rules_app, name="rules")
register_audit(app)  # `factlint audit`

FAIL_ON = {"error": 3, "warning": 2, "info": 1, "never": 99}


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
    paths: list[str] = typer.Argument(None, help="Files or directories to check; - reads standard input."),
    lang: str | None = typer.Option(None, "--lang", help="ar, en or auto (detected per document)."),
    date: str | None = typer.Option(None, "--date", help="The article date (YYYY-MM-DD) where its metadata has none."),
    output_format: str = typer.Option("rich", "--format", help="rich, text, json, sarif, github or junit."),
    fail_on: str | None = typer.Option(None, "--fail-on",
                                       help="Exit 1 on findings at or above: error, warning, info, never."),
    select: list[str] | None = typer.Option(None, "--select",
                                            help="Rule ids or prefixes to run (repeat or comma-separate)."),
    ignore: list[str] | None = typer.Option(None, "--ignore", help="Rule ids or prefixes to skip."),
    packs: list[Path] | None = typer.Option(None, "--packs", help="Another directory (or file) of YAML packs."),
    include: list[str] | None = typer.Option(None, "--include", help="Glob of files to check inside directories."),
    exclude: list[str] | None = typer.Option(None, "--exclude", help="Glob of files or paths to skip."),
    container: str = typer.Option("auto", "--container", help="auto, text, markdown, html, json or jsonl."),
    text_field: str = typer.Option("text", "--text-field", help="JSON/JSONL field holding the article text."),
    no_color: bool = typer.Option(False, "--no-color", help="No colours (NO_COLOR is honoured too)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print findings and errors only."),
    fix: bool = typer.Option(False, "--fix", help="Apply the safe fixes to the files."),
    unsafe_fixes: bool = typer.Option(False, "--unsafe-fixes", help="With --fix or --diff: the unsafe fixes too."),
    diff: bool = typer.Option(False, "--diff", help="Print the fixes as a unified diff; write nothing."),
    baseline: Path | None = typer.Option(None, "--baseline", help="Report only findings not in this baseline file."),
    write_baseline: Path | None = typer.Option(None, "--write-baseline",
                                               help="Write every finding to a baseline file."),
    diff_base: str | None = typer.Option(None, "--diff-base", help="Report only sentences changed since this git ref."),
    staged: bool = typer.Option(False, "--staged", help="Report only sentences changed in the staged index."),
    statistics: bool = typer.Option(False, "--statistics", help="Print finding counts per rule instead of findings."),
    config_file: Path | None = typer.Option(None, "--config", help="Use this configuration file."),
) -> None:
    """Check articles and report the statements whose facts do not hang together."""
    from checker.api import InputPathError
    from checker.document import LoadOptions
    from checker.lang import is_supported, supported
    from checker.report import REPORTERS, render_statistics, reporter

    if output_format not in REPORTERS:
        raise fail(f"unknown --format {output_format!r} (choose from {', '.join(REPORTERS)})")
    if fail_on not in (None, *FAIL_ON):
        raise fail(f"unknown --fail-on {fail_on!r} (choose from {', '.join(FAIL_ON)})")
    if lang not in (None, "auto") and not is_supported(lang):
        raise fail(f"unknown --lang {lang!r} (choose from {', '.join(supported())}, auto)")
    if not paths:
        paths = _default_paths(staged, split_values(include))
    if fix and "-" in paths:
        raise fail("--fix cannot write to standard input; use --diff")
    try:
        article_date = dt.date.fromisoformat(date) if date else None
    except ValueError:
        raise fail(f"--date {date!r} is not a date in the form YYYY-MM-DD") from None
    config = _config(config_file, paths, lang=lang, select=split_values(select), ignore=split_values(ignore),
                     packs=tuple(packs or ()), **{"fail-on": fail_on})
    load = LoadOptions(container=container, text_field=text_field)
    filters = _finding_filters(config, load, baseline, write_baseline, diff_base, staged)
    checker = _make_checker(_check_options(config, date=article_date, include=split_values(include),
                                           exclude=split_values(exclude), load=load, finding_filters=filters))
    try:
        results, fix_exit = _run(checker, paths, fix=fix, diff=diff, unsafe=unsafe_fixes)
    except InputPathError as error:
        raise fail(str(error)) from None
    if write_baseline is not None:
        from checker.baseline import write_baseline as write

        count = write(write_baseline, results)
        sys.stderr.write(f"factlint: wrote {count} finding(s) to baseline {write_baseline}\n")
        raise typer.Exit(EXIT_ERROR if any(r.error for r in results) else EXIT_CLEAN)
    from checker.report.escape import one_line

    for result in results:
        if result.error:
            sys.stderr.write(f"factlint: error: {one_line(result.path)}: {one_line(result.error)}\n")
        elif result.skipped and not quiet:
            sys.stderr.write(f"factlint: skipped: {one_line(result.path)}: {one_line(result.skipped)}\n")
    if diff or fix_exit == EXIT_ERROR:
        raise typer.Exit(EXIT_ERROR if any(r.error for r in results) else fix_exit)
    shown = [r for r in results if r.findings] if quiet else results
    if statistics:
        render_statistics(shown, sys.stdout)
    else:
        reporter(output_format)(shown, sys.stdout, color=_use_color(no_color), quiet=quiet)
    if any(result.error for result in results):
        raise typer.Exit(EXIT_ERROR)
    threshold = FAIL_ON[config["fail-on"]]
    if any(located.finding.severity >= threshold for r in results for located in r.findings):
        raise typer.Exit(EXIT_FINDINGS)


USAGE_HINT = ("no files to check: give files or directories (factlint check FILE|DIR ...), - to read standard "
              "input, or --staged for the files in the git index")


def _default_paths(staged: bool, include: tuple[str, ...]) -> list[str]:
    """What `check` reads when given no path: with --staged, the staged text files (none: exit 0); else standard
    input when it is piped, and on a terminal a usage hint rather than a wait for typed text."""
    if staged:
        files = _staged_files(include)
        if not files:
            sys.stderr.write("factlint: no staged text files to check\n")
            raise typer.Exit(EXIT_CLEAN)
        return files
    if sys.stdin is None or sys.stdin.isatty():
        raise fail(USAGE_HINT)
    return ["-"]


def _staged_files(include: tuple[str, ...]) -> list[str]:
    """The files added, copied, modified or renamed in the git index that the include patterns take, relative
    to the working directory."""
    import fnmatch

    from checker.api import DEFAULT_INCLUDE
    from checker.changed import GitError, _git

    try:
        done = _git(Path.cwd(), "diff", "--cached", "--name-only", "--relative", "--diff-filter=ACMR", "-z")
    except GitError as error:
        raise fail(str(error)) from None
    if done.returncode != 0:
        raise fail(f"{Path.cwd()}: --staged: not inside a git repository")
    names = [os.fsdecode(name) for name in done.stdout.split(b"\0") if name]
    patterns = include or DEFAULT_INCLUDE
    return [name for name in names if os.path.isfile(name)
            and any(fnmatch.fnmatch(os.path.basename(name), p) or fnmatch.fnmatch(name, p) for p in patterns)]


def _config(config_file: Path | None, paths: list[str] | None, **overrides):
    """The configuration found from the first path (or the working directory), command line on top."""
    from checker.config import ConfigError, load_config

    start = Path(paths[0]) if paths and paths[0] != "-" else Path.cwd()
    try:
        return load_config(start, file=config_file).with_overrides(overrides)
    except ConfigError as error:
        raise fail(str(error)) from None


def _check_options(config, **options):
    from checker.config import check_options

    return check_options(config, **options)


def _finding_filters(config, load, baseline: Path | None, write_baseline: Path | None,
                     diff_base: str | None, staged: bool) -> tuple[FindingFilter, ...]:
    """The baseline and changed-sentences filters the options ask for."""
    filters: list[FindingFilter] = []
    baseline = baseline or (config.path(config["baseline"]) if config["baseline"] else None)
    if baseline is not None and write_baseline is None:
        from checker.baseline import Baseline, BaselineError

        try:
            filters.append(Baseline.load(baseline))
        except BaselineError as error:
            raise fail(str(error)) from None
    if diff_base and staged:
        raise fail("--diff-base and --staged cannot be used together")
    if diff_base or staged:
        from checker.changed import ChangedSentences, GitError, verify_ref

        try:
            verify_ref(diff_base or "HEAD", Path.cwd())
        except GitError as error:
            if diff_base:
                raise fail(str(error)) from None
            return tuple(filters)  # --staged before the first commit: everything is new
        filters.append(ChangedSentences(diff_base or "HEAD", load))
    return tuple(filters)


def _run(checker, paths: list[str], *, fix: bool, diff: bool, unsafe: bool) -> tuple[list, int]:
    """The results to report, checked or fixed first (--fix) or with the fixes shown as a diff (--diff);
    and the exit code the fixing asks for (2: a file not written; with --diff, 1: a file would change)."""
    if not (fix or diff):
        return list(checker.check_paths(paths)), EXIT_CLEAN
    from checker.fix import describe_skipped, fix_paths

    run = fix_paths(checker, paths, unsafe=unsafe, write=fix and not diff, diff_stream=sys.stdout if diff else None)
    from checker.report.escape import one_line

    for line in run.errors:
        sys.stderr.write(f"factlint: error: {one_line(line)}\n")
    for line in describe_skipped(run.plans):
        sys.stderr.write(f"factlint: {one_line(line)}\n")
    for line in run.notes:
        sys.stderr.write(f"factlint: note: {one_line(line)}\n")
    sys.stderr.write(f"factlint: {'would fix' if diff else 'fixed'} {run.fixed} finding(s)\n")
    if run.errors:
        return run.results, EXIT_ERROR
    return run.results, EXIT_FINDINGS if diff and run.fixed else EXIT_CLEAN


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


def main() -> None:
    for stream in (sys.stdout, sys.stderr):
        # A lone surrogate (an undecodable file name, "\\ud800" in a JSON record) is written as its escape, never
        # a UnicodeEncodeError half-way through a report; JSON readers take the escape back.
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("factlint: interrupted\n")
        sys.exit(130)

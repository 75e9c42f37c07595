"""`factlint check`, the command a pre-commit hook runs on every commit, without typer: typer (and the click it
carries) takes some 40 ms of CPU to import and more to build the whole command tree, a sixth of a one-file run.
Its options are declared once, here, as data: the typer application builds its `check` from them (help,
completion, errors), and `main` parses a `check` command line with them directly. Anything that parser does not
take for certain (help, an unknown or misspelt option, a missing value) goes to typer, which says what is wrong."""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checker.cli_common import EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, fail, split_values
from checker.frozen import frozen

if TYPE_CHECKING:
    from collections.abc import Callable

    from checker.document import Document
    from checker.models import Located

    # What --baseline and --diff-base/--staged add to a check: (document, located findings) -> kept findings.
    FindingFilter = Callable[[Document, list[Located]], list[Located]]

FAIL_ON = {"error": 3, "warning": 2, "info": 1, "never": 99}


@frozen
class CheckOption:
    """One option of `factlint check`: the keyword of `run_check` it sets, its flags, the type of its value
    (bool: a flag without value), whether it may be repeated (a list), its default and its help."""

    name: str
    flags: tuple[str, ...]
    kind: type
    help: str
    default: Any = None
    many: bool = False


PATHS_HELP = "Files or directories to check; - reads standard input."
CHECK_OPTIONS = (
    CheckOption("lang", ("--lang",), str, "ar, en or auto (detected per document)."),
    CheckOption("date", ("--date",), str, "The article date (YYYY-MM-DD) where its metadata has none."),
    CheckOption("output_format", ("--format",), str, "rich, text, json, sarif, github or junit.", "rich"),
    CheckOption("fail_on", ("--fail-on",), str, "Exit 1 on findings at or above: error, warning, info, never."),
    CheckOption("select", ("--select",), str, "Rule ids or prefixes to run (repeat or comma-separate).", many=True),
    CheckOption("ignore", ("--ignore",), str, "Rule ids or prefixes to skip.", many=True),
    CheckOption("packs", ("--packs",), Path, "Another directory (or file) of YAML packs.", many=True),
    CheckOption("include", ("--include",), str, "Glob of files to check inside directories.", many=True),
    CheckOption("exclude", ("--exclude",), str, "Glob of files or paths to skip.", many=True),
    CheckOption("container", ("--container",), str, "auto, text, markdown, html, json or jsonl.", "auto"),
    CheckOption("text_field", ("--text-field",), str, "JSON/JSONL field holding the article text.", "text"),
    CheckOption("no_color", ("--no-color",), bool, "No colours (NO_COLOR is honoured too).", False),
    CheckOption("quiet", ("--quiet", "-q"), bool, "Print findings and errors only.", False),
    CheckOption("fix", ("--fix",), bool, "Apply the safe fixes to the files.", False),
    CheckOption("unsafe_fixes", ("--unsafe-fixes",), bool, "With --fix or --diff: the unsafe fixes too.", False),
    CheckOption("diff", ("--diff",), bool, "Print the fixes as a unified diff; write nothing.", False),
    CheckOption("baseline", ("--baseline",), Path, "Report only findings not in this baseline file."),
    CheckOption("write_baseline", ("--write-baseline",), Path, "Write every finding to a baseline file."),
    CheckOption("diff_base", ("--diff-base",), str, "Report only sentences changed since this git ref."),
    CheckOption("staged", ("--staged",), bool, "Report only sentences changed in the staged index.", False),
    CheckOption("statistics", ("--statistics",), bool, "Print finding counts per rule instead of findings.", False),
    CheckOption("config_file", ("--config",), Path, "Use this configuration file."),
)


def parse_check_args(args: Sequence[str]) -> dict[str, Any] | None:
    """The keyword arguments of `run_check` for the words after `factlint check`, as click would parse them;
    None where only typer can answer (help, an unknown option, a value missing or looking like an option)."""
    by_flag = {flag: option for option in CHECK_OPTIONS for flag in option.flags}
    values: dict[str, Any] = {option.name: [] if option.many else option.default for option in CHECK_OPTIONS}
    paths: list[str] = []
    words = iter(args)
    for word in words:
        if word == "-" or not word.startswith("-"):
            paths.append(word)
            continue
        if word == "--":  # the rest are paths, even those that begin with a dash
            paths.extend(words)
            break
        flag, equals, attached = word.partition("=")
        option = by_flag.get(flag)
        if option is None or (option.kind is bool and equals):
            return None
        if option.kind is bool:
            values[option.name] = True
            continue
        value = attached if equals else next(words, None)
        if value is None or (not equals and value.startswith("-") and value != "-"):
            return None
        if option.many:
            values[option.name].append(option.kind(value))
        else:
            values[option.name] = option.kind(value)
    for option in CHECK_OPTIONS:  # as typer passes a repeatable option given no value
        if option.many and not values[option.name]:
            values[option.name] = None
    return {"paths": paths or None, **values}


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


def run_check(
    paths: list[str] | None, lang: str | None, date: str | None, output_format: str, fail_on: str | None,
    select: list[str] | None, ignore: list[str] | None, packs: list[Path] | None, include: list[str] | None,
    exclude: list[str] | None, container: str, text_field: str, no_color: bool, quiet: bool, fix: bool,
    unsafe_fixes: bool, diff: bool, baseline: Path | None, write_baseline: Path | None, diff_base: str | None,
    staged: bool, statistics: bool, config_file: Path | None,
) -> None:
    """Check articles and report the statements whose facts do not hang together; SystemExit with the exit code
    when it is not 0."""
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
        raise SystemExit(EXIT_ERROR if any(r.error for r in results) else EXIT_CLEAN)
    from checker.report.escape import one_line

    for result in results:
        if result.error:
            sys.stderr.write(f"factlint: error: {one_line(result.path)}: {one_line(result.error)}\n")
        elif result.skipped and not quiet:
            sys.stderr.write(f"factlint: skipped: {one_line(result.path)}: {one_line(result.skipped)}\n")
    if diff or fix_exit == EXIT_ERROR:
        raise SystemExit(EXIT_ERROR if any(r.error for r in results) else fix_exit)
    shown = [r for r in results if r.findings] if quiet else results
    if statistics:
        render_statistics(shown, sys.stdout)
    else:
        reporter(output_format)(shown, sys.stdout, color=_use_color(no_color), quiet=quiet)
    if any(result.error for result in results):
        raise SystemExit(EXIT_ERROR)
    threshold = FAIL_ON[config["fail-on"]]
    if any(located.finding.severity >= threshold for r in results for located in r.findings):
        raise SystemExit(EXIT_FINDINGS)



USAGE_HINT = ("no files to check: give files or directories (factlint check FILE|DIR ...), - to read standard "
              "input, or --staged for the files in the git index")


def _default_paths(staged: bool, include: tuple[str, ...]) -> list[str]:
    """What `check` reads when given no path: with --staged, the staged text files (none: exit 0); else standard
    input when it is piped, and on a terminal a usage hint rather than a wait for typed text."""
    if staged:
        files = _staged_files(include)
        if not files:
            sys.stderr.write("factlint: no staged text files to check\n")
            raise SystemExit(EXIT_CLEAN)
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



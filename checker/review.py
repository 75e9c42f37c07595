"""`factlint review FILE`: a copy editor walks through each finding in the terminal and decides.

For each finding the sentence is shown with the span highlighted, the message, and the fix (before -> after,
safe or unsafe). Answers: `a` accept the fix, `s` skip, `e` edit (type the replacement), `i` ignore this
rule for the rest of the file, `q` stop reviewing (what was decided so far is kept). The file is written
once, at the end, atomically, and only if it did not change on disk meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from checker.fix import Edit, apply_edits, edit_for, write_atomically
from checker.models import Fix, Located

if TYPE_CHECKING:
    from rich.console import Console

    from checker.api import Checker
    from checker.document import Document

CHOICES = {"a": "accept", "s": "skip", "e": "edit", "i": "ignore rule", "q": "quit"}
# ask(question, choices, default) -> the answer; the default asks on the console (tests pass their own).
Ask = Callable[[str, list[str], str], str]


class ReviewError(Exception):
    """The file cannot be reviewed (unreadable, not text, or changed on disk before the write)."""


@dataclass
class ReviewOutcome:
    path: str
    findings: int = 0
    accepted: int = 0
    edited: int = 0
    skipped: int = 0
    ignored_rules: list[str] = field(default_factory=list)
    not_applied: list[str] = field(default_factory=list)  # "line:col rule: reason"
    written: bool = False


def review_file(checker: Checker, path: str, console: Console, ask: Ask | None = None) -> ReviewOutcome:
    """Review every finding of one file with the copy editor; write the accepted fixes once at the end."""
    from checker.decoding import DecodeError, encode_text
    from checker.document import InputError, LoadOptions, load_documents

    ask = ask or _console_ask(console)
    try:
        original = Path(path).read_bytes()
        documents = load_documents(path, original, checker.options.load or LoadOptions()).documents
    except OSError as error:
        raise ReviewError(f"{path}: cannot read: {error.strerror or error}") from None
    except (DecodeError, InputError) as error:
        raise ReviewError(f"{path}: {error}") from None
    pairs = [(document, located) for document in documents
             for located in checker.check_document(document, checker.fallback_date(path)).findings]
    outcome = ReviewOutcome(path, findings=len(pairs))
    edits: dict[Edit, Located] = {}
    for number, (document, located) in enumerate(pairs, 1):
        if located.finding.rule in outcome.ignored_rules:
            outcome.skipped += 1
            continue
        _show(console, number, len(pairs), located)
        answer = _decide(ask, located)
        if answer == "q":
            outcome.skipped += len(pairs) - number + 1
            break
        if answer == "i":
            outcome.ignored_rules.append(located.finding.rule)
        if answer in ("s", "i"):
            outcome.skipped += 1
            continue
        if answer == "e":
            default = located.finding.fix.replacement if located.finding.fix else located.text
            typed = ask("replacement", [], default)
            located = replace(located, finding=replace(located.finding, fix=Fix(typed, "unsafe")))
        _take(document, located, answer, edits, outcome)
    if not documents or not edits:
        console.print(_summary(outcome), soft_wrap=True, markup=False)
        return outcome
    new_text, overlapping = apply_edits(documents[0].source_text, edits)
    for edit in overlapping:
        outcome.not_applied.append(f"{edits[edit].line}:{edits[edit].column} {edit.rule}: overlaps another fix")
    try:
        write_atomically(path, original, encode_text(new_text, documents[0].decoded))
    except Exception as error:  # StaleFileError, EncodeError, OSError: one line, nothing written
        raise ReviewError(str(error)) from None
    outcome.written = True
    console.print(_summary(outcome), soft_wrap=True, markup=False)
    return outcome


def _decide(ask: Ask, located: Located) -> str:
    choices = [c for c in CHOICES if c != "a" or located.finding.fix is not None]
    question = "  " + ", ".join(f"{c}={CHOICES[c]}" for c in choices)
    return ask(question, choices, "a" if located.finding.fix is not None else "s")


def _take(document: Document, located: Located, answer: str, edits: dict[Edit, Located],
          outcome: ReviewOutcome) -> None:
    edit = edit_for(document, located)
    if isinstance(edit, str):
        outcome.not_applied.append(f"{located.line}:{located.column} {located.finding.rule}: {edit}")
        outcome.skipped += 1
        return
    edits.setdefault(edit, located)
    if answer == "e":
        outcome.edited += 1
    else:
        outcome.accepted += 1


def _show(console: Console, number: int, total: int, located: Located) -> None:
    from checker.report.rich_report import render_finding

    console.print(f"[{number}/{total}]", style="bold", highlight=False)
    render_finding(console, located)


def _console_ask(console: Console) -> Ask:
    from rich.prompt import Prompt

    def ask(question: str, choices: list[str], default: str) -> str:
        if choices:
            return Prompt.ask(question, console=console, choices=choices, default=default, show_default=True)
        return Prompt.ask("    " + question, console=console, default=default)

    return ask


def _summary(outcome: ReviewOutcome) -> str:
    lines = [f"{outcome.path}: {outcome.findings} findings: {outcome.accepted} accepted, {outcome.edited} edited, "
             f"{outcome.skipped} skipped; " + ("written" if outcome.written else "not changed")]
    lines += [f"  not applied: {line}" for line in outcome.not_applied]
    return "\n".join(lines)

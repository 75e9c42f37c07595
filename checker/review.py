"""`factlint review FILE`: a copy editor walks through each problem (a card: one span, every reason) and decides.

For each card the sentence is shown with the span marked, every reason, and the proposed fix (before -> after,
safe or unsafe). Answers: `a` accept the fix (the default only for a safe fix: for an unsafe one Enter skips,
and the prompt says why), `s` skip, `e` edit the whole sentence (prefilled; the edit is checked again at
once), `i` ignore: write a suppression so the next `check` passes (`<!-- factlint: ignore RULE -->` before the
sentence in Markdown and HTML; for other files, an entry in the baseline), `q` stop reviewing (what was
decided so far is kept). The prompts are in the article's language. The file is written once, at the end,
atomically, and only if it did not change on disk meanwhile.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from checker.fix import Edit, apply_edits, edit_for, write_atomically
from checker.models import Fix, Located

if TYPE_CHECKING:
    from rich.console import Console

    from checker.api import Checker
    from checker.cards import Card
    from checker.document import Document

ANSWERS = ("a", "s", "e", "i", "q")
# ask(question, choices, default) -> the answer; with no choices, a line of text prefilled with the default.
Ask = Callable[[str, list[str], str], str]
_COMMENTED = ("markdown", "html")  # containers where a suppression is written as a comment in the file


class ReviewError(Exception):
    """The file cannot be reviewed (unreadable, not text, or changed on disk before the write)."""


@dataclass
class ReviewOutcome:
    path: str
    findings: int = 0  # cards: one per flagged span
    accepted: int = 0
    edited: int = 0
    skipped: int = 0
    ignored: int = 0
    ignored_rules: list[str] = field(default_factory=list)
    not_applied: list[str] = field(default_factory=list)  # "line:col rule: reason"
    notes: list[str] = field(default_factory=list)
    written: bool = False


@dataclass
class _Session:
    """What one review has decided so far: the edits to the file, the suppressions, the baseline entries."""

    document_edits: dict[Edit, Located] = field(default_factory=dict)
    edited_regions: list[tuple[int, int]] = field(default_factory=list)
    directives: dict[int, list[str]] = field(default_factory=dict)  # source offset -> rules to ignore there
    baseline: list[tuple[Document, Located]] = field(default_factory=list)


def review_file(checker: Checker, path: str, console: Console, ask: Ask | None = None,
                baseline: Path | None = None) -> ReviewOutcome:
    """Review every card of one file with the copy editor; write the decisions once at the end. `baseline`:
    where an ignored finding of a file without comments (plain text, JSON) is recorded."""
    from checker.cards import cards
    from checker.decoding import DecodeError, encode_text
    from checker.document import InputError, LoadOptions, load_documents

    load = checker.options.load or LoadOptions()
    try:
        original = Path(path).read_bytes()
        documents = load_documents(path, original, load).documents
    except OSError as error:
        raise ReviewError(f"{path}: cannot read: {error.strerror or error}") from None
    except (DecodeError, InputError) as error:
        raise ReviewError(f"{path}: {error}") from None
    date = checker.fallback_date(path)
    work = []
    lang = "en"
    for document in documents:
        result = checker.check_document(document, date)
        lang = result.lang or lang
        work += [(document, card) for card in cards(result.findings)]
    words = prompts(lang)
    ask = ask or _console_ask(console, words)
    outcome = ReviewOutcome(path, findings=len(work))
    session = _Session()
    container = _container(load, path, documents[0].source_text if documents else "")
    for number, (document, card) in enumerate(work, 1):
        head = card.head
        if any(start <= head.start < end for start, end in session.edited_regions):
            outcome.skipped += 1
            outcome.not_applied.append(f"{head.line}:{head.column} {head.finding.rule}: {words['inside_edit']}")
            continue
        _show(console, number, len(work), card, lang)
        answer = _decide(ask, console, card, words)
        if answer == "q":
            outcome.skipped += len(work) - number + 1
            break
        if answer == "s":
            outcome.skipped += 1
        elif answer == "a":
            _accept(document, card, session, outcome, words)
        elif answer == "e":
            _edit(checker, document, card, session, outcome, ask, console, words, date)
        elif answer == "i":
            _ignore(document, card, container, baseline, session, outcome, words)
    _write_baseline(baseline, session, outcome, words)
    if documents and (session.document_edits or session.directives):
        edits = list(session.document_edits)
        edits += [_directive(rules, container, documents[0].source_text, at)
                  for at, rules in session.directives.items()]
        new_text, overlapping = apply_edits(documents[0].source_text, edits)
        for edit in overlapping:
            located = session.document_edits.get(edit)
            where = f"{located.line}:{located.column} " if located else ""
            outcome.not_applied.append(f"{where}{edit.rule}: {words['overlaps']}")
        try:
            write_atomically(path, original, encode_text(new_text, documents[0].decoded))
        except Exception as error:  # StaleFileError, EncodeError, OSError: one line, nothing written
            raise ReviewError(str(error)) from None
        outcome.written = True
    console.print(_summary(outcome, words), soft_wrap=True, markup=False)
    return outcome


def prompts(lang: str) -> dict[str, str]:
    """The review's strings in `lang`, English where the language has none."""
    from checker.lang import UnsupportedLanguageError, language

    english: dict[str, str] = language("en").explanations.REVIEW
    try:
        own = getattr(language(lang).explanations, "REVIEW", {})
    except (UnsupportedLanguageError, AttributeError):
        own = {}
    return {**english, **own}


def _container(load, path: str, source_text: str) -> str:
    from checker.document import container_for

    return load.container if load.container != "auto" else container_for(path, source_text)


def _decide(ask: Ask, console: Console, card: Card, words: dict[str, str]) -> str:
    fix = card.fix
    choices = [answer for answer in ANSWERS if answer != "a" or fix is not None]
    if fix is not None and fix.applicability != "safe":
        from rich.text import Text

        why = words["unverified" if _unverified(card) else "unsafe"]
        console.print(Text("    " + why, style="yellow"), soft_wrap=True)
    default = "a" if fix is not None and fix.applicability == "safe" else "s"
    return ask(_question(choices, words), choices, default)


def _question(choices: list[str], words: dict[str, str]) -> str:
    return "  " + words["comma"].join(f"{c}={words[c]}" for c in choices)


def _unverified(card: Card) -> bool:
    """Whether the card's fix was demoted by verification (checker/verify.py says so in the explanation)."""
    from checker.verify import was_demoted

    fix = card.fix
    return any(located.finding.fix == fix and was_demoted(located.finding) for located in card.findings)


def _fixing(card: Card) -> Located:
    """The finding of the card that gives its proposed fix."""
    return next(located for located in card.findings if located.finding.fix == card.fix)


def _unfixable(words: dict[str, str]) -> dict[str, str]:
    """Why a fix cannot be written, in the review's language (the fixer's English where it has none)."""
    from checker.fix import UNFIXABLE

    return {key: words.get(key, english) for key, english in UNFIXABLE.items()}


def _accept(document: Document, card: Card, session: _Session, outcome: ReviewOutcome,
            words: dict[str, str]) -> None:
    located = _fixing(card)
    edit = edit_for(document, located, _unfixable(words))
    if isinstance(edit, str):
        outcome.not_applied.append(f"{located.line}:{located.column} {located.finding.rule}: {edit}")
        outcome.skipped += 1
        return
    session.document_edits.setdefault(edit, located)
    outcome.accepted += 1


def sentence_span(document: Document, located: Located) -> tuple[int, int]:
    """The prose span of the finding's sentence (its `sentence` text found around the finding)."""
    finding, sentence = located.finding, located.sentence
    start = document.text.rfind(sentence, max(0, finding.end - len(sentence)), finding.start + len(sentence))
    if not sentence or start < 0:
        return finding.start, finding.end
    return start, start + len(sentence)


def _edit(checker: Checker, document: Document, card: Card, session: _Session, outcome: ReviewOutcome,
          ask: Ask, console: Console, words: dict[str, str], date) -> None:
    """The whole sentence, prefilled (with the fixes already accepted in it), edited and checked again at once;
    where the sentence holds markup, the span only."""
    head = card.head
    prose_start, prose_end = sentence_span(document, head)
    start, end = document.source_span(prose_start, prose_end)
    if document.source_text[start:end] != document.text[prose_start:prose_end]:
        prose_start, prose_end, start, end = head.finding.start, head.finding.end, head.start, head.end
    inside = [edit for edit in session.document_edits if start <= edit.start and edit.end <= end]
    current, _ = apply_edits(document.source_text[start:end],
                             [replace(edit, start=edit.start - start, end=edit.end - start) for edit in inside])
    while True:
        typed = ask(words["sentence"], [], current)
        left = _recheck(checker, document, start, end, typed, date)
        if not left:
            console.print("    " + words["clean"], markup=False, highlight=False)
            break
        for message in left:
            console.print("    " + words["still"].format(message=message), markup=False, highlight=False,
                          soft_wrap=True)
        again = ask(_question(["e", "k", "s"], words), ["e", "k", "s"], "e")
        if again == "k":
            break
        if again == "s":
            outcome.skipped += 1
            return
        current = typed
    sentence = replace(head, start=start, end=end, text=document.source_text[start:end],
                       finding=replace(head.finding, start=prose_start, end=prose_end, fix=Fix(typed, "unsafe")))
    edit = edit_for(document, sentence, _unfixable(words))
    if isinstance(edit, str):
        outcome.not_applied.append(f"{head.line}:{head.column} {head.finding.rule}: {edit}")
        outcome.skipped += 1
        return
    for taken in inside:
        del session.document_edits[taken]
    session.document_edits[edit] = sentence
    session.edited_regions.append((start, end))
    outcome.edited += 1


def _recheck(checker: Checker, document: Document, start: int, end: int, typed: str, date) -> list[str]:
    """The messages of the findings in the edited text, the document checked again with it in place."""
    from checker.document import LoadOptions, load_documents
    from checker.fix import _escaped

    replacement = _escaped(typed, document.path, document.source_text)
    source = document.source_text[:start] + replacement + document.source_text[end:]
    try:
        again = load_documents(document.path, source.encode("utf-8"), checker.options.load or LoadOptions())
    except Exception:  # the edit broke the container (a JSON string): the write will say so
        return []
    same = [d for d in again.documents if d.record == document.record] or list(again.documents)
    if not same:
        return []
    findings = checker.check_document(same[0], date).findings
    until = start + len(replacement)
    return [located.finding.message for located in findings if located.start < until and located.end > start]


def _ignore(document: Document, card: Card, container: str, baseline: Path | None, session: _Session,
            outcome: ReviewOutcome, words: dict[str, str]) -> None:
    rules = list(dict.fromkeys(located.finding.rule for located in card.findings))
    if container in _COMMENTED and not document.record:
        prose_start, _ = sentence_span(document, card.head)
        at = document.to_source(prose_start)
        named = session.directives.setdefault(at, [])
        named += [rule for rule in rules if rule not in named]
    elif baseline is not None:
        session.baseline += [(document, located) for located in card.findings]
    else:
        outcome.not_applied.append(f"{card.head.line}:{card.head.column} {rules[0]}: {words['no_comment']}")
        outcome.skipped += 1
        return
    outcome.ignored += 1
    outcome.ignored_rules += [rule for rule in rules if rule not in outcome.ignored_rules]


def _directive(rules: list[str], container: str, source_text: str, at: int) -> Edit:
    """The comment that suppresses `rules` from the sentence at `at` to the end of its paragraph (or HTML block).

    Written just before the sentence where text precedes it on its line. A Markdown line must not start with
    the comment (CommonMark would read the whole line as an HTML block and hide its text), so a sentence that
    starts a line gets the comment at the end of the line before, or on a line of its own at a paragraph start.
    """
    comment = f"<!-- factlint: ignore {', '.join(rules)} -->"
    line_start = source_text.rfind("\n", 0, at) + 1
    if container == "html" or source_text[line_start:at].strip(" \t>#*+-.)0123456789"):
        return Edit(at, at, comment + " ", "review/ignore")
    if line_start > 0:
        previous_end = line_start - 1 - (source_text[line_start - 2:line_start - 1] == "\r")
        previous = source_text[source_text.rfind("\n", 0, previous_end) + 1:previous_end].strip()
        if previous and previous != "---":
            return Edit(previous_end, previous_end, " " + comment, "review/ignore")
    newline = "\r\n" if "\r\n" in source_text else "\n"
    return Edit(line_start, line_start, comment + newline, "review/ignore")


def _write_baseline(baseline: Path | None, session: _Session, outcome: ReviewOutcome, words: dict[str, str]) -> None:
    """Add the ignored findings to the baseline file (created if missing), keeping its entries."""
    if baseline is None or not session.baseline:
        return
    import json
    from collections import Counter

    from checker.baseline import FORMAT_VERSION, Baseline, BaselineError, finding_key
    from checker.fix import write_new_file

    root = baseline.resolve().parent
    counts: Counter = Counter()
    if baseline.exists():
        try:
            counts = Baseline.load(baseline).counts
        except BaselineError as error:
            raise ReviewError(str(error)) from None
    for document, located in session.baseline:
        path = f"{document.path}:{document.record}" if document.record else document.path
        counts[finding_key(path, located, root)] += 1
    entries = [{"path": p, "rule": rule, "text": text, "sentence": sentence, "count": n}
               for (p, rule, text, sentence), n in sorted(counts.items())]
    data = json.dumps({"factlint_baseline": FORMAT_VERSION, "findings": entries}, ensure_ascii=False, indent=1)
    try:
        write_new_file(baseline, (data + "\n").encode("utf-8"))
    except OSError as error:
        raise ReviewError(f"{baseline}: cannot write the baseline: {error.strerror or error}") from None
    outcome.notes.append(words["baseline"].format(count=len(session.baseline), path=baseline))


def _show(console: Console, number: int, total: int, card: Card, lang: str) -> None:
    from checker.report.rich_report import render_card

    console.print(f"[{number}/{total}]", style="bold", highlight=False)
    render_card(console, card, lang=lang)  # severities, why, fix, safe: in the article's language too


def _console_ask(console: Console, words: dict[str, str]) -> Ask:
    from rich.text import Text  # the prompt is plain text: "[a/s]" is not Rich markup

    def ask(question: str, choices: list[str], default: str) -> str:
        if not choices:
            return _prefilled(console, f"    {question}: ", default)
        while True:
            answer = console.input(Text(f"{question} [{'/'.join(choices)}] ({default}): ")).strip().lower()
            if not answer:
                return default
            if answer in choices:
                return answer
            console.print(words["choose"].format(choices=words["comma"].join(choices)), markup=False)

    return ask


def _prefilled(console: Console, label: str, default: str) -> str:
    """A line of input that starts as `default` (editable in place on a terminal with readline); elsewhere the
    default is shown and an empty line keeps it."""
    if sys.stdin.isatty():
        try:
            import readline
        except ImportError:
            readline = None  # type: ignore[assignment]
        if readline is not None:
            readline.set_startup_hook(lambda: readline.insert_text(default))
            try:
                return input(label)
            finally:
                readline.set_startup_hook(None)
    console.print(f"{label}{default}", markup=False, highlight=False)
    typed = console.input("    > ")
    return typed if typed.strip() else default


def _summary(outcome: ReviewOutcome, words: dict[str, str]) -> str:
    state = words["written"] if outcome.written else words["not_changed"]
    problems = words["one_problem" if outcome.findings == 1 else "problems"]
    lines = [words["summary"].format(path=outcome.path, findings=outcome.findings, problems=problems,
                                     accepted=outcome.accepted,
                                     edited=outcome.edited, ignored=outcome.ignored, skipped=outcome.skipped,
                                     state=state)]
    lines += [f"  {words['not_applied']}: {line}" for line in outcome.not_applied]
    lines += [f"  {note}" for note in outcome.notes]
    return "\n".join(lines)

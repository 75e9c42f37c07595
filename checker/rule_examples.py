"""Running every rule's own examples: those under `flag` must be flagged on `span` (with `fix`, when given);
those under `clean` must not be flagged by the rule. Used by `factlint rules test` and the test suite.

A cross-article rule's examples are small archives (`articles`: two or more, each with its text, language
and date): each article gives the rule's facts, as in an audit, and the rule judges them all; a `flag`
example must give a finding on its last article, a `clean` one none."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

from checker.frozen import frozen

if TYPE_CHECKING:
    from checker.analysis import Analysis
    from checker.api import Checker
    from checker.packs.model import Rule


@frozen
class ExampleOutcome:
    rule: str
    expectation: str  # flag | clean
    index: int
    text: str
    passed: bool
    detail: str


def run_examples(checker: Checker, rules: Iterable[Rule]) -> Iterator[ExampleOutcome]:
    for rule in rules:
        for expectation in ("flag", "clean"):
            for index, example in enumerate(rule.examples.get(expectation, ())):
                yield _run_one(checker, rule, expectation, index, example)


def _analyse(checker: Checker, example: Mapping) -> Analysis:
    date = dt.date.fromisoformat(example["date"]) if example.get("date") and len(example["date"]) == 10 else None
    return checker.analyse(example["text"], lang=example.get("lang", "auto"), date=date, source=example.get("source"))


def _run_one(checker: Checker, rule: Rule, expectation: str, index: int, example: Mapping) -> ExampleOutcome:
    from checker.checks import is_archive_kind
    from checker.engine import run_rules

    if "articles" in example or is_archive_kind(rule.kind):
        return _run_across(checker, rule, expectation, index, example.get("articles") or [example])
    text = example["text"]
    # Each rule runs alone: an example shows what its own rule does, whichever rule would win a shared reason.
    findings = [f for f in run_rules(_analyse(checker, example), [rule]) if f.rule == rule.id]

    def outcome(passed: bool, detail: str) -> ExampleOutcome:
        return ExampleOutcome(rule.id, expectation, index, text, passed, detail)

    if expectation == "clean":
        if findings:
            spans = ", ".join(repr(text[f.start:f.end]) for f in findings)
            return outcome(False, f"expected no finding, got {len(findings)} on {spans}")
        return outcome(True, "clean")
    span = example["span"]
    on_span = [f for f in findings if text[f.start:f.end] == span]
    if not on_span:
        got = ", ".join(repr(text[f.start:f.end]) for f in findings) or "nothing"
        return outcome(False, f"expected a finding on {span!r}, got {got}")
    if "fix" in example:
        fixes = [f.fix.replacement for f in on_span if f.fix is not None]
        if example["fix"] not in fixes:
            return outcome(False, f"expected fix {example['fix']!r}, got {fixes or 'no fix'}")
    return outcome(True, "flagged")


def _run_across(checker: Checker, rule: Rule, expectation: str, index: int,
                articles: Sequence[Mapping]) -> ExampleOutcome:
    from checker.checks import archive_kind, is_archive_kind

    ids = [article.get("id") or f"article-{number}" for number, article in enumerate(articles, 1)]
    text = " | ".join(article["text"] for article in articles)

    def outcome(passed: bool, detail: str) -> ExampleOutcome:
        return ExampleOutcome(rule.id, expectation, index, text, passed, detail)

    if not is_archive_kind(rule.kind):
        return outcome(False, f"an example of several articles needs a cross-article kind, not {rule.kind!r}")
    if len(articles) < 2:
        return outcome(False, "a cross-article rule's example needs `articles`: two or more")
    kind = archive_kind(rule.kind)
    # Ordered by key and article id, as the audit store gives them.
    facts = sorted(((article_id, key, body) for article_id, article in zip(ids, articles, strict=True)
                    for key, body in kind.facts(rule, _analyse(checker, article))), key=lambda fact: fact[:2])
    findings = list(kind.judge(rule, facts, checker.packs))
    if expectation == "clean":
        if findings:
            return outcome(False, f"expected no finding, got: {'; '.join(f.message for f in findings)}")
        return outcome(True, "clean")
    if not any(found.body["articles"][-1] == ids[-1] for found in findings):
        got = "; ".join(f.message for f in findings) or "nothing"
        return outcome(False, f"expected a finding on {ids[-1]}, got: {got}")
    return outcome(True, "flagged")

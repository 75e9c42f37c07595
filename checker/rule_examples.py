"""Running every rule's own examples: those under `flag` must be flagged on `span` (with `fix`, when given);
those under `clean` must not be flagged by the rule. Used by `factlint rules test` and the test suite."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from checker.api import Checker
    from checker.packs.model import Rule


@dataclass(frozen=True)
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


def _run_one(checker: Checker, rule: Rule, expectation: str, index: int, example: Mapping) -> ExampleOutcome:
    from checker.engine import run_rules

    text = example["text"]
    date = dt.date.fromisoformat(example["date"]) if example.get("date") and len(example["date"]) == 10 else None
    # Each rule runs alone: an example shows what its own rule does, whichever rule would win a shared reason.
    analysis = checker.analyse(text, lang=example.get("lang", "auto"), date=date, source=example.get("source"))
    findings = [f for f in run_rules(analysis, [rule]) if f.rule == rule.id]

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

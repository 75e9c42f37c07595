"""Every rule's own YAML examples, run as tests: `flag` ones are flagged on their span (with their fix),
`clean` ones stay clean. The same runner backs `factlint rules test`."""

import pytest

from checker.api import Checker
from checker.compiled_packs import load_packs
from checker.rule_examples import run_examples


def _cases():
    packs = load_packs()
    for rule in sorted(packs.rules.values(), key=lambda r: r.id):
        for expectation in ("flag", "clean"):
            for index in range(len(rule.examples[expectation])):
                yield pytest.param(rule.id, expectation, index, id=f"{rule.id}:{expectation}[{index}]")


@pytest.fixture(scope="module")
def all_rules_checker():
    return Checker()


@pytest.mark.parametrize("rule_id,expectation,index", list(_cases()))
def test_rule_example(all_rules_checker, rule_id, expectation, index):
    rule = all_rules_checker.packs.rule(rule_id)
    example = rule.examples[expectation][index]
    outcomes = list(run_examples(all_rules_checker, [_only(rule, expectation, example)]))
    assert len(outcomes) == 1
    assert outcomes[0].passed, f"{rule_id} {expectation}[{index}] {example['text']!r}: {outcomes[0].detail}"


def _only(rule, expectation, example):
    from dataclasses import replace

    other = "clean" if expectation == "flag" else "flag"
    return replace(rule, examples={expectation: (example,), other: ()})

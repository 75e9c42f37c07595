"""Cross-article rules are pack rules: listed, explained, selectable, and their examples (small archives) run."""

from __future__ import annotations

from dataclasses import replace

from typer.testing import CliRunner

from checker.cli import app
from checker.rule_examples import run_examples

CROSS_RULES = ("attribution/quote-speakers-across", "casualties/timeline")


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"NO_COLOR": "1", "COLUMNS": "1000"})


def test_listed_and_explained_with_their_archives():
    listed = run("rules", "list").stdout
    assert all(rule in listed for rule in CROSS_RULES)
    explained = run("explain", "casualties/timeline")
    assert explained.exit_code == 0
    assert "  - [1] (2025-01-01) The death toll in Gaza has risen to 1,200 killed" in explained.stdout
    assert "    [2] (2025-01-03) ارتفعت حصيلة الشهداء في غزة" in explained.stdout


def test_one_article_alone_gives_no_cross_article_finding(tmp_path, checker):
    article = tmp_path / "a.md"
    article.write_text("<!-- factlint: ignore casualties/timeline -->\nThe death toll in Gaza has risen to 1,200 "
                       "killed since the war began.\n", encoding="utf-8")
    result = run("check", str(article), "--select", "casualties/timeline", "--format", "text")
    assert (result.exit_code, result.stdout) == (0, "")  # nor is the directive "unused": the audit runs the rule


def test_examples_that_do_not_hold_fail_with_their_reason(checker):
    timeline = checker.packs.rule("casualties/timeline")
    flagged = timeline.examples["flag"][0]
    wrong = replace(timeline, examples={"flag": (), "clean": (flagged,)})
    (outcome,) = run_examples(checker, [wrong])
    assert not outcome.passed
    assert outcome.detail.startswith("expected no finding, got: الحصيلة التراكمية (قتلى) في قطاع غزة تنخفض من 1,200")
    missing = replace(timeline, examples={"flag": (timeline.examples["clean"][0],), "clean": ()})
    (outcome,) = run_examples(checker, [missing])
    assert (outcome.passed, outcome.detail) == (False, "expected a finding on article-3, got: nothing")
    per_article = checker.packs.rule("casualties/ratio")
    (outcome,) = run_examples(checker, [replace(per_article, examples={"flag": (flagged,), "clean": ()})])
    assert (outcome.passed, outcome.detail) == (
        False, "an example of several articles needs a cross-article kind, not 'casualty-ratio'")


def test_a_cross_article_rule_takes_the_kinds_defaults_and_rejects_a_wrong_parameter(tmp_path):
    pack = tmp_path / "mine.yaml"
    rule = """pack: mine
kind: rules
version: 1
checked: 2026-11-29
rules:
  - id: mine/timeline
    category: casualty
    kind: casualty-timeline
    severity: info
    message: {{en: "{{place}} {{change}}"}}
    why: "A timeline rule with few parameters of its own."
    params: {params}
    examples:
      flag: [{{articles: [{{text: "a"}}, {{text: "b"}}]}}]
      clean: [{{articles: [{{text: "a"}}, {{text: "b"}}]}}]
"""
    pack.write_text(rule.format(params="{jump_factor: 3}"), encoding="utf-8")
    shown = run("rules", "show", "mine/timeline", "--packs", str(pack))
    assert shown.exit_code == 0, shown.output
    assert "jump_factor" in shown.stdout and "jump_days" in shown.stdout  # given, and the kind's default
    pack.write_text(rule.format(params="{changes: {falls: drops}}"), encoding="utf-8")
    wrong = run("rules", "validate", str(pack))
    assert wrong.exit_code == 2
    assert wrong.stderr == (f"factlint: error: {pack}:12: rules[0].params.changes: expected a mapping of names to "
                            "{language: word}, got {'falls': 'drops'}\n")

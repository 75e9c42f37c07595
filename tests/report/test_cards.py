"""One card per problem: the rules that flag one span are one card in the rich and text reports (the sentence
once, every reason, one proposed fix and its alternatives); JSON and SARIF keep one result per rule with a
shared group id; `--fix` and `--diff` make one edit per card."""

import json
from pathlib import Path

import pytest

from tests.cli_cases import run

SCHEMA = Path(__file__).resolve().parents[1] / "fixtures" / "sarif-schema-2.1.0.json"

# Thousands killed and millions wounded in Gaza: "millions" exceeds the population, gives an impossible ratio and
# is far from the reference tally: three rules, one span, two different fixes (the ratio's magnitude word, the
# reference's exact figure, which is the more specific).
CASES = {
    "ar": ("وأدت الحرب على قطاع غزة منذ السابع من أكتوبر إلى استشهاد آلاف من الفلسطينيين، وخلفت ملايين من الجرحى "
           "والمفقودين.\n", "ملايين", "عشرات الآلاف"),
    "en": ("Since October 7, thousands of Palestinians have been killed in the Gaza Strip and millions have been "
           "wounded, the ministry said.\n", "millions", "tens of thousands"),
}
RULES = ["casualties/exceeds-population", "casualties/ratio", "casualties/reference-mismatch"]
# The report's own words in the article's language: error, fix, also, alternatives, in, alternative, unsafe.
WORDS = {"ar": ("خطأ", "التصحيح", "أيضا", "بدائل", "في", "بديل", "يحتاج مراجعة"),
         "en": ("error", "fix", "also", "alternatives", "in", "alternative", "unsafe")}


def words_of(span: str) -> tuple[str, ...]:
    return WORDS[next(lang for lang, case in CASES.items() if case[1] == span)]


@pytest.fixture(params=sorted(CASES))
def article(request, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    text, span, magnitude = CASES[request.param]
    Path("a.txt").write_text(text, encoding="utf-8")
    return text, span, magnitude


def check(*args):
    return run("check", "a.txt", "--date", "2025-03-16", "--select", "casualties", *args)


def test_text_format_gives_one_line_per_card_with_the_span_marked(article):
    text, span, magnitude = article
    lines = [line for line in check("--format", "text").stdout.splitlines() if f"⟦{span}⟧" in line]
    assert len(lines) == 1, lines
    line = lines[0]
    error, fix, also, alternatives, in_, _, _ = words_of(span)
    assert line.startswith(f"a.txt:1:{text.index(span) + 1}: {error} casualties/exceeds-population ")
    assert f"[{fix}: {span} -> 112,032] [{also}: casualties/ratio, casualties/reference-mismatch] " \
           f"[{alternatives}: {magnitude}] {in_}: " in line


def test_rich_report_prints_the_sentence_once_every_reason_and_one_fix(article):
    text, span, magnitude = article
    out = check("--format", "rich").stdout
    plain = out.replace("\u2067", "").replace("\u2069", "")  # without the bidi isolates
    sentence_lines = [line for line in plain.splitlines() if f"⟦{span}⟧" in line]
    assert len(sentence_lines) == 1  # not a terminal: the span is marked, and the sentence printed once
    for rule in RULES:
        assert out.count(rule) == 3  # its reason line, its `why (rule)` and its row in the summary table
    _, fix, _, _, _, alternative, unsafe = words_of(span)
    assert plain.count(f"    {fix}: ") == 2  # this card's and the other span's («آلاف», "thousands")
    assert f"{fix}: {span} -> 112,032  ({unsafe})" in plain
    assert f"{alternative}: {span} -> {magnitude}  ({unsafe})" in plain


def test_json_and_sarif_keep_one_result_per_rule_with_a_shared_group(article):
    import jsonschema

    text, span, _ = article
    findings = json.loads(check("--format", "json").stdout)["files"][0]["findings"]
    on_span = [f for f in findings if f["text"] == span]
    assert sorted(f["rule"] for f in on_span) == RULES
    column = text.index(span) + 1
    assert {f["group"] for f in on_span} == {f"1:{column}-1:{column + len(span)}"}
    assert all(f["group"] != on_span[0]["group"] for f in findings if f["text"] != span)
    log = json.loads(check("--format", "sarif").stdout)
    jsonschema.validate(log, json.loads(SCHEMA.read_text(encoding="utf-8")))
    groups = {r["ruleId"]: r["properties"]["group"] for r in log["runs"][0]["results"]
              if r["locations"][0]["physicalLocation"]["region"]["snippet"]["text"] == span}
    assert sorted(groups) == RULES and set(groups.values()) == {on_span[0]["group"]}


def test_diff_and_fix_make_one_edit_per_card_without_overlap_notes(article):
    text, span, _ = article
    diff = check("--diff", "--unsafe-fixes", "--format", "text")
    assert "overlaps another fix" not in diff.stderr
    added = [line[1:] for line in diff.stdout.splitlines() if line.startswith("+") and not line.startswith("+++")]
    # One edit for the three rules' span, with the proposed fix (the other span's own fix is applied too).
    assert len(added) == 1 and span not in added[0] and added[0].count("112,032") == 1
    assert "factlint: would fix 2 finding(s)" in diff.stderr
    fixed = check("--fix", "--unsafe-fixes", "--format", "text")
    assert "overlaps another fix" not in fixed.stderr
    assert Path("a.txt").read_text(encoding="utf-8") == added[0] + "\n"

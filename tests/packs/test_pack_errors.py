"""Hostile or careless packs: every problem is found when the pack is loaded, as one line
`file:line: field: problem` and exit 2 through the CLI, never a traceback and never at check time."""

import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli import app
from checker.packs.kinds import KINDS

RULES = """\
pack: mine
kind: rules
version: 1
checked: 2026-01-01
rules:
  - id: mine/variants
    category: consistency
    kind: name-variants
    severity: error
    message: {en: "spelled two ways: {found}", ar: "بتهجئتين: {found}"}
    why: "One name spelled two ways in one article confuses readers."
    params: {min_ratio: 80}
    examples:
      flag: [{text: "Ivan Petrov met. Ivan Petrow left.", lang: en, span: "Ivan Petrow"}]
      clean: [{text: "Ivan Petrov met. Petrov left.", lang: en, date: 2025-03-01}]
"""

KNOWLEDGE = """\
pack: mine-knowledge
kind: knowledge
version: 1
checked: 2026-01-01
entities:
  - id: office/test-pm
    type: office
    names: {en: [Prime Minister], ar: [رئيس الوزراء]}
  - id: country/test-zed
    type: country
    names: {en: [Zedland], ar: [زيدلاند]}
  - id: person/test-ivan-petrov
    type: person
    names: {en: [Ivan Petrov], ar: [إيفان بيتروف]}
    roles:
      - {office: office/test-pm, of: country/test-zed, from: 2024-01-05}
  - id: place/test-zed-city
    type: place
    names: {en: [Zed City], ar: [مدينة زيد]}
tallies:
  - id: tally/test-zed
    place: place/test-zed-city
    source: a test
    columns: [date, killed, injured]
    points:
      - [2024-01-01, 10, 30]
      - ["2024-01-02", 12, 31]
"""

# what the kind supplies, as the error lists it (the kind's table may grow)
SUPPLIED = ", ".join(f"{{{name}}}" for name in sorted(KINDS["name-variants"].placeholders))
ALLOWS = f" (a message allows only {SUPPLIED})"
TEXTS = {"en": "Ivan Petrov met the press on Monday.\n", "ar": "التقى إيفان بيتروف الصحفيين يوم الاثنين.\n"}


def run_check(tmp_path: Path, text: str, lang: str = "en"):
    pack = tmp_path / "mine.yaml"
    pack.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["check", "-", "--packs", str(pack), "--date", "2025-03-01"], input=TEXTS[lang])
    return pack, result


def assert_pack_error(result, pack: Path, message: str) -> None:
    assert result.exit_code == 2, result.output
    assert result.stderr == f"factlint: error: {pack}:{message}\n"
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)


@pytest.mark.parametrize("lang", ["en", "ar"])
@pytest.mark.parametrize("text", [RULES, KNOWLEDGE])
def test_the_valid_packs_load_and_a_correct_text_stays_clean(tmp_path, text, lang):
    _, result = run_check(tmp_path, text, lang)
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize(("old", "new", "message"), [
    ("checked: 2026-01-01", "checked: 2025-02-30",
     "4: checked: '2025-02-30' is not a real date (day is out of range for month)"),
    ("checked: 2026-01-01", "checked: '2025-02-30'",
     "4: checked: '2025-02-30' is not a real date (day is out of range for month)"),
    ("checked: 2026-01-01", "checked: yesterday", "4: checked: string 'yesterday' is not a date (YYYY-MM-DD)"),
    ("from: 2024-01-05", "from: 2025-31-01",
     "16: entities[2].roles[0].from: '2025-31-01' is not a real date (month must be in 1..12)"),
    ("from: 2024-01-05}", "from: 2024-01-05, to: 2024-02-30}",
     "16: entities[2].roles[0].to: '2024-02-30' is not a real date (day is out of range for month)"),
    ("[2024-01-01, 10, 30]", "[notadate, 10, 30]",
     "26: tallies[0].points[0]: date: expected a date (YYYY-MM-DD), got string 'notadate'"),
    ("[2024-01-01, 10, 30]", "[2024-02-30, 10, 30]",
     "26: tallies[0].points[0]: date: '2024-02-30' is not a real date (day is out of range for month)"),
    ('["2024-01-02", 12, 31]', '["2023-12-31", 12, 31]',
     "27: tallies[0].points[1]: date: 2023-12-31 comes before the point above it (2024-01-01); "
     "points go in date order"),
    ("[2024-01-01, 10, 30]", "[2024-01-01, 10]",
     "26: tallies[0].points[0]: 2 values for 3 columns (date, killed, injured)"),
    ("[2024-01-01, 10, 30]", "[2024-01-01, ten, 30]",
     "26: tallies[0].points[0]: killed: expected a number or null, got string 'ten'"),
    ("checked: 2026-01-01", "checked: 2026-01-01\nchecked: 2026-01-02",
     "5: invalid YAML: duplicate key 'checked' (a key may appear once in a mapping)"),
    ("    type: person\n", "    type: person\n    type: place\n",
     "14: invalid YAML: duplicate key 'type' (a key may appear once in a mapping)"),
    ("kind: knowledge", "kind: knowledge\nrules: []", "3: rules: a knowledge pack cannot have 'rules'"),
    ("    type: person\n", "    type: person\n    gendre: m\n",
     "14: entities[2].gendre: unknown field 'gendre' (did you mean 'gender'?)"),
    ("    names: {en: [Zed City], ar: [مدينة زيد]}", "    names: {en: Zed City}",
     "19: entities[3].names.en: expected a list, got string 'Zed City'"),
    ("    source: a test\n", "", "21: tallies[0]: missing required field 'source'"),
])
def test_a_bad_knowledge_pack_is_one_line_at_load(tmp_path, old, new, message):
    assert old in KNOWLEDGE
    pack, result = run_check(tmp_path, KNOWLEDGE.replace(old, new, 1))
    assert_pack_error(result, pack, message)


@pytest.mark.parametrize(("old", "new", "message"), [
    ('en: "spelled two ways: {found}"', 'en: "spelled two ways: {found.nonexistent}"',
     "10: rules[0].message.en: placeholder {found.nonexistent} is not a plain {name}" + ALLOWS),
    ('en: "spelled two ways: {found}"', 'en: "spelled two ways: {found[0]}"',
     "10: rules[0].message.en: placeholder {found[0]} is not a plain {name}" + ALLOWS),
    ('en: "spelled two ways: {found}"', 'en: "spelled two ways: {found:>1000000000}"',
     "10: rules[0].message.en: placeholder {found:>1000000000} is not a plain {name}" + ALLOWS),
    ('ar: "بتهجئتين: {found}"', 'ar: "بتهجئتين: {found!r}"',
     "10: rules[0].message.ar: placeholder {found!r} is not a plain {name}" + ALLOWS),
    ('ar: "بتهجئتين: {found}"', 'ar: "بتهجئتين: {0}"',
     "10: rules[0].message.ar: placeholder {0} is not a plain {name}" + ALLOWS),
    ('en: "spelled two ways: {found}"', 'en: "spelled two ways: {person}"',
     "10: rules[0].message.en: placeholder {person} is not supplied by check kind 'name-variants' "
     f"(it supplies {SUPPLIED})"),
    ('en: "spelled two ways: {found}"', 'en: "spelled two ways: {found"',
     "10: rules[0].message.en: invalid message: expected '}' before end of string"),
    ("min_ratio: 80", "min_ratio: abc", "12: rules[0].params.min_ratio: expected a number, got 'abc'"),
    ("lang: en, date: 2025-03-01", "lang: en, date: 2025-02-29",
     "15: rules[0].examples.clean[0].date: '2025-02-29' is not a real date (day is out of range for month)"),
    ("    why:", "    wy:", "6: rules[0]: missing required field 'why'"),
    ('text: "Ivan Petrov met. Petrov left.", lang: en', "lang: en",
     "15: rules[0].examples.clean[0]: missing required field: 'text' or 'articles'"),
    ('text: "Ivan Petrov met. Petrov left.", lang: en', 'text: "a", articles: [{text: a}, {text: b}], lang: en',
     "15: rules[0].examples.clean[0]: give only one of 'text' or 'articles'"),
    (', span: "Ivan Petrow"}', "}", "14: rules[0].examples.flag[0]: missing required field 'span'"),
    ("kind: rules", "kind: rules\nentities: []", "3: entities: a rules pack cannot have 'entities'"),
    ("    severity: error", "    severity: 3", "9: rules[0].severity: 3 is not one of ['error', 'warning', 'info']"),
    ("    category: consistency", "    category: consistency\n    category: roles",
     "8: invalid YAML: duplicate key 'category' (a key may appear once in a mapping)"),
])
def test_a_bad_rule_pack_is_one_line_at_load(tmp_path, old, new, message):
    assert old in RULES
    pack, result = run_check(tmp_path, RULES.replace(old, new, 1))
    assert_pack_error(result, pack, message)


def test_aliases_are_refused_before_they_expand(tmp_path):
    """A "billion laughs" pack (9**12 strings if expanded) is refused at once, in little memory."""
    levels = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    levels += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]" for n in range(1, 12)]
    text = KNOWLEDGE.replace("    names: {en: [Zed City], ar: [مدينة زيد]}", "    names: {en: *a11}")
    started = time.perf_counter()
    pack, result = run_check(tmp_path, "\n".join(levels) + "\n" + text)
    assert time.perf_counter() - started < 5
    assert_pack_error(result, pack, "1: invalid YAML: anchors and aliases (*name) are not allowed in packs; "
                                    "this node is repeated by an alias")


def test_an_anchor_used_once_is_harmless_and_an_alias_in_a_rule_pack_is_refused(tmp_path):
    _, result = run_check(tmp_path, RULES.replace("    severity: error", "    severity: &level error"))
    assert result.exit_code == 0, result.output
    text = RULES.replace("    severity: error", "    severity: &level error").replace(
        '    why: "One', '    note_: *level\n    why: "One')
    pack, result = run_check(tmp_path, text)
    assert_pack_error(result, pack, "9: invalid YAML: anchors and aliases (*name) are not allowed in packs; "
                                    "this node is repeated by an alias")


def test_a_merge_key_is_not_a_way_around_duplicate_keys(tmp_path):
    merged = KNOWLEDGE.replace("    type: person\n", "    type: person\n    <<: {type: place}\n")
    pack, result = run_check(tmp_path, merged)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"factlint: error: {pack}:14: invalid YAML:")
    assert result.stderr.count("\n") == 1


def test_a_pack_nested_too_deeply_is_one_line(tmp_path):
    deep = "[" * 5000 + "]" * 5000
    pack, result = run_check(tmp_path, KNOWLEDGE.replace("[Zed City]", deep))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"factlint: error: {pack}")
    assert result.stderr.count("\n") == 1

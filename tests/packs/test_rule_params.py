"""Rules are data: a new rule over an existing check kind needs YAML only, and a parameter or placeholder
the kind does not declare is a pack error at load time (`file:line: field: problem`, exit 2)."""

from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli import app
from checker.packs.kinds import KINDS

# A house rule over the `out-of-tenure` kind: its own id, messages and parameter (titles stay "current"
# for 5 years after a role ended instead of the built-in rule's 2).
HOUSE_PACK = """\
pack: house
kind: rules
version: 1
checked: 2026-11-29
rules:
  - id: house/stale-title
    category: entity-role
    kind: out-of-tenure
    severity: error
    message:
      en: "House style: {person} was no longer '{title}' on {date}"
      ar: "أسلوب الدار: لم يعد «{person}» «{title}» في {date}"
    why: "A title that its holder no longer had when the article was written misleads readers."
    params:
      max_years_after_end: 5
    examples:
      flag:
        - {text: "President Joe Biden signed the order on Monday.", lang: en, date: "2028-06-01", span: President}
      clean:
        - {text: "Former President Joe Biden signed the order on Monday.", lang: en, date: "2028-06-01"}
"""

BIDEN_EN = "President Joe Biden signed the order on Monday.\n"
BLINKEN_AR = "قال وزير الخارجية الأمريكي أنتوني بلينكن إن المحادثات مستمرة.\n"


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"NO_COLOR": "1"})


def house_pack(tmp_path: Path, text: str = HOUSE_PACK) -> Path:
    folder = tmp_path / "house-packs"
    folder.mkdir(parents=True)
    (folder / "house.yaml").write_text(text, encoding="utf-8")
    return folder


def article(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("text", "date", "expected"), [
    (BIDEN_EN, "2028-06-01",
     "1:1: error house/stale-title House style: Joe Biden was no longer 'President' on 2028-06-01 [fix: "),
    (BLINKEN_AR, "2029-06-01",  # the report's words in the article's language too
     "1:5: خطأ house/stale-title أسلوب الدار: لم يعد «أنتوني بلينكن» «وزير الخارجية الأمريكي» في 1 يونيو 2029 "
     "[التصحيح: "),
])
def test_a_yaml_only_rule_over_an_existing_kind_finds_with_its_own_message_and_parameters(tmp_path, text, date,
                                                                                        expected):
    packs, path = house_pack(tmp_path), article(tmp_path, "article.txt", text)
    result = run("check", str(path), "--packs", str(packs), "--date", date, "--format", "text",
                 "--select", "house/,roles/")
    assert result.exit_code == 1, result.output
    # The built-in rule (2 years) is silent this long after the role ended; the house rule (5 years) is not.
    assert result.stdout.splitlines()[0].startswith(f"{path}:{expected}")
    assert len(result.stdout.splitlines()) == 1


def test_the_yaml_only_rule_stays_silent_on_correct_text(tmp_path):
    packs = house_pack(tmp_path)
    path = article(tmp_path, "article.txt", "Former President Joe Biden signed the order on Monday.\n")
    result = run("check", str(path), "--packs", str(packs), "--date", "2028-06-01", "--format", "text")
    assert result.exit_code == 0 and result.stdout == ""


def test_the_yaml_only_rule_passes_its_own_examples_and_shows_its_parameters(tmp_path):
    packs = house_pack(tmp_path)
    result = run("rules", "test", str(packs), "--select", "house/")
    assert result.exit_code == 0 and result.stdout.strip().endswith("2 passed, 0 failed")
    shown = run("rules", "show", "house/stale-title", "--packs", str(packs)).stdout.splitlines()
    assert "placeholders: {date}, {person}, {title}" in shown
    assert [line for line in shown if line.startswith("param ")] == [
        "param max_years_after_end: 5.0  (number, default 2.0) years after a role ended during which its title "
        "is still flagged",
        "param transcript_paragraphs: 6  (integer, default 6) paragraphs back a transcript's speaker label still "
        "holds",
        "param transcript_labels: 2  (integer, default 2) speaker labels in those paragraphs that make a "
        "transcript"]


@pytest.mark.parametrize(("change", "line", "problem"), [
    (("max_years_after_end: 5", "max_years_after_end: 5\n      max_yeers: 3"), 16,
     "rules[0].params.max_yeers: unknown parameter of check kind 'out-of-tenure' (known: max_years_after_end, "
     "transcript_labels, transcript_paragraphs)"),
    (("max_years_after_end: 5", "max_years_after_end: five"), 15,
     "rules[0].params.max_years_after_end: expected a number, got 'five'"),
    (("max_years_after_end: 5", "max_years_after_end: true"), 15,
     "rules[0].params.max_years_after_end: expected a number, got True"),
    (("en: \"House style: {person}", "en: \"House style: {persn}"), 11,
     "rules[0].message.en: placeholder {persn} is not supplied by check kind 'out-of-tenure' "
     "(it supplies {date}, {person}, {title})"),
    (("«{person}»", "«{الشخص}»"), 12,
     "rules[0].message.ar: placeholder {الشخص} is not supplied by check kind 'out-of-tenure' "
     "(it supplies {date}, {person}, {title})"),
    (("on {date}", "on {date"), 11, "rules[0].message.en: invalid message: expected '}' before end of string"),
    (("kind: out-of-tenure\n    severity", "kind: holder-mismatch\n    severity"), 15,
     "rules[0].params.max_years_after_end: unknown parameter of check kind 'holder-mismatch' (known: none)"),
])
def test_a_parameter_or_placeholder_the_kind_does_not_declare_is_a_pack_error(tmp_path, change, line, problem):
    old, new = change
    assert old in HOUSE_PACK
    packs = house_pack(tmp_path, HOUSE_PACK.replace(old, new, 1))
    path = article(tmp_path, "article.txt", BIDEN_EN)
    for args in (("check", str(path), "--packs", str(packs)), ("rules", "validate", str(packs))):
        result = run(*args)
        assert result.exit_code == 2
        assert result.stderr == f"factlint: error: {packs / 'house.yaml'}:{line}: {problem}\n"


@pytest.mark.parametrize(("given", "problem"), [
    ("{entity_types: person}", "rules[0].params.entity_types: expected a list of strings, got 'person'"),
    ("{min_ratio: [82]}", "rules[0].params.min_ratio: expected a number, got [82]"),
])
def test_list_and_number_parameters_are_typed(tmp_path, given, problem):
    pack = HOUSE_PACK.replace("kind: out-of-tenure", "kind: name-variants").replace(
        "params:\n      max_years_after_end: 5", f"params: {given}").replace("{person}", "{found}").replace(
        "{title}", "{preferred}").replace(" on {date}", "").replace(" في {date}", "")
    packs = house_pack(tmp_path, pack)
    result = run("rules", "validate", str(packs))
    assert result.exit_code == 2
    assert result.stderr == f"factlint: error: {packs / 'house.yaml'}:14: {problem}\n"


def test_checks_receive_typed_parameters_with_the_kinds_defaults(tmp_path):
    from checker.packs.load import load_packset

    given = house_pack(tmp_path / "given", HOUSE_PACK.replace("max_years_after_end: 5", "max_years_after_end: 3"))
    rule = load_packset([given]).rule("house/stale-title")
    transcripts = {"transcript_paragraphs": 6, "transcript_labels": 2}
    assert rule.params == {"max_years_after_end": 3.0, **transcripts}
    assert isinstance(rule.params["max_years_after_end"], float)
    omitted = house_pack(tmp_path / "omitted", HOUSE_PACK.replace("    params:\n      max_years_after_end: 5\n", ""))
    assert load_packset([omitted]).rule("house/stale-title").params == {"max_years_after_end": 2.0, **transcripts}


def test_every_kind_declares_exactly_the_placeholders_its_findings_supply(checker, monkeypatch):
    """Run every built-in rule's examples and record the values each kind fills its message with."""
    from checker.packs.model import Rule
    from checker.rule_examples import run_examples

    supplied: dict[str, set[str]] = {}
    original = Rule.format_message

    def recording(self, lang, values):
        supplied.setdefault(self.kind, set()).update(values)
        return original(self, lang, values)

    monkeypatch.setattr(Rule, "format_message", recording)
    outcomes = list(run_examples(checker, checker.rules))
    assert all(outcome.passed for outcome in outcomes)
    used_kinds = {rule.kind for rule in checker.rules}
    assert set(supplied) == used_kinds
    assert {kind: KINDS[kind].placeholders for kind in used_kinds} == supplied

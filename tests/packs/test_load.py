"""Pack loading: safe YAML, schema validation, and one-line errors naming file, line and field."""

from pathlib import Path

import pytest

from checker.compiled_packs import load_packs
from checker.packs.errors import PackError
from checker.packs.load import builtin_rules_dir, load_packset

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "packs"

RULE_PACK = """\
pack: mine
kind: rules
version: 1
checked: 2026-01-01
rules:
  - id: mine/variants
    category: consistency
    kind: name-variants
    severity: {severity}
    message: {{en: "spelled two ways", ar: "بتهجئتين"}}
    why: "One name spelled two ways in one article confuses readers."
    examples:
      flag: [{{text: "Ivan Petrov met. Ivan Petrow left.", lang: en, span: "Ivan Petrow"}}]
      clean: [{{text: "Ivan Petrov met. Petrov left.", lang: en}}]
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def load_only(*paths: Path):
    return load_packset([builtin_rules_dir() / "core" / "consistency.yaml", *paths])


def test_valid_rule_pack_loads_with_its_fields(tmp_path):
    pack = write(tmp_path, "mine.yaml", RULE_PACK.format(severity="error"))
    packset = load_only(pack, FIXTURES / "mini_knowledge.yaml")
    rule = packset.rule("mine/variants")
    assert rule.severity.label == "error"
    assert rule.message["ar"] == "بتهجئتين"
    assert rule.examples["flag"][0]["span"] == "Ivan Petrow"
    assert packset.knowledge.get("person/test-ivan-petrov").short["en"] == ("Petrov",)


def test_schema_error_names_file_line_and_field(tmp_path):
    pack = write(tmp_path, "mine.yaml", RULE_PACK.format(severity="fatal"))
    with pytest.raises(PackError) as raised:
        load_only(pack)
    assert str(raised.value) == (
        f"{pack}:9: rules[0].severity: 'fatal' is not one of ['error', 'warning', 'info']")
    assert "\n" not in str(raised.value)


def test_yaml_syntax_error_names_its_line(tmp_path):
    pack = write(tmp_path, "broken.yaml", "pack: x\nkind: rules\nrules: [\n  {id: a\n")
    with pytest.raises(PackError) as raised:
        load_only(pack)
    message = str(raised.value)
    assert message.startswith(f"{pack}:5: invalid YAML:")
    assert "\n" not in message


def test_unsafe_yaml_tags_are_refused(tmp_path):
    pack = write(tmp_path, "evil.yaml", "pack: !!python/object/apply:os.system ['true']\nkind: rules\n")
    with pytest.raises(PackError, match=r"evil.yaml:1: invalid YAML: could not determine a constructor"):
        load_only(pack)


def test_unknown_check_kind(tmp_path):
    text = RULE_PACK.format(severity="error").replace("kind: name-variants", "kind: no-such")
    pack = write(tmp_path, "mine.yaml", text)
    with pytest.raises(PackError, match=r"mine.yaml:8: rules\[0\].kind: unknown check kind 'no-such'"):
        load_only(pack)


def test_duplicate_entity_id_and_unknown_reference(tmp_path):
    copy = (FIXTURES / "mini_knowledge.yaml").read_text("utf-8").replace("mini-knowledge", "dup")
    duplicate = write(tmp_path, "dup.yaml", copy)
    with pytest.raises(PackError,
                       match=r"dup.yaml:\d+: entities\[0\].id: duplicate entity id 'person/test-ivan-petrov'"):
        load_only(FIXTURES / "mini_knowledge.yaml", duplicate)
    dangling = write(tmp_path, "dangling.yaml", """\
pack: dangling
kind: knowledge
version: 1
checked: 2026-01-01
entities:
  - id: person/x
    type: person
    names: {en: [X Y]}
    roles:
      - {office: office/nowhere, of: country/ZZ, from: 2020-01-01}
""")
    with pytest.raises(PackError,
                       match=r"dangling.yaml:10: entities\[0\].roles\[0\].office: unknown entity 'office/nowhere'"):
        load_only(dangling)


def test_missing_pack_location():
    with pytest.raises(PackError, match="no such pack file or directory"):
        load_packset([Path("/nonexistent/packs")])


def test_cache_is_reused_and_invalidated_by_content(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(tmp_path / "cache"))
    packs = tmp_path / "packs"
    packs.mkdir()
    pack = write(packs, "mine.yaml", RULE_PACK.format(severity="error"))
    first = load_packs([packs, FIXTURES], builtin=False)
    assert len(list((tmp_path / "cache").glob("packs-*.pickle"))) == 1
    again = load_packs([packs, FIXTURES], builtin=False)
    assert again.digest == first.digest and again.rule("mine/variants").severity.label == "error"
    pack.write_text(RULE_PACK.format(severity="info"), encoding="utf-8")
    changed = load_packs([packs, FIXTURES], builtin=False)
    assert changed.digest != first.digest
    assert changed.rule("mine/variants").severity.label == "info"


def test_builtin_packs_load_and_validate():
    packset = load_packs()
    assert "consistency/name-variants" in packset.rules
    for rule in packset.rules.values():
        assert rule.examples["flag"] and rule.examples["clean"], rule.id
        assert rule.message.get("en") and rule.message.get("ar"), rule.id


def test_old_cache_files_are_pruned(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(tmp_path / "cache"))
    packs = tmp_path / "packs"
    packs.mkdir()
    pack = write(packs, "mine.yaml", RULE_PACK.format(severity="error"))
    for edition in range(6):  # six different pack contents, six compiled sets written
        pack.write_text(RULE_PACK.format(severity="error").replace("version: 1", f"version: {edition + 1}"),
                        encoding="utf-8")
        load_packs([packs, FIXTURES], builtin=False)
    assert len(list((tmp_path / "cache").glob("packs-*.pickle"))) == 4


HORIZON_PACK = """\
pack: horizon
kind: knowledge
version: 1
{header}
entities:
  - id: country/test-zed
    type: country
    names: {{en: [Zedland], ar: [زيدلاند]}}
    verified_through: 2026-03-01
  - id: person/test-ada
    type: person
    names: {{en: [Ada Zed]}}
  - id: person/test-bo
    type: person
    names: {{en: [Bo Zed]}}
    verified_through: "2024-07-31"
    died: 2024-05-19
"""


@pytest.mark.parametrize("header", ["verified_through: 2025-06-01", "checked: 2025-06-01"])
def test_the_knowledge_horizon_is_the_entitys_own_else_its_packs(tmp_path, header):
    """`verified_through` (or `checked`, its older name) dates the pack's facts; an entity may carry its own."""
    knowledge = load_only(write(tmp_path, "horizon.yaml", HORIZON_PACK.format(header=header))).knowledge
    assert knowledge.get("person/test-ada").verified.isoformat() == "2025-06-01"
    assert knowledge.get("country/test-zed").verified.isoformat() == "2026-03-01"
    assert knowledge.get("person/test-bo").verified.isoformat() == "2024-07-31"
    assert knowledge.get("person/test-bo").died.isoformat() == "2024-05-19"
    assert knowledge.get("person/test-ada").died is None
    assert "died" not in knowledge.get("person/test-bo").attrs


@pytest.mark.parametrize(("header", "message"), [
    ("verified_through: 2025-06-01\nchecked: 2025-06-01",
     "1: (top level): give only one of 'verified_through' or 'checked'"),
    ("source: nowhere", "1: (top level): missing required field: 'verified_through' or 'checked'"),
    ("verified_through: 2025-06-31",
     "4: verified_through: '2025-06-31' is not a real date (day is out of range for month)"),
])
def test_a_pack_has_one_horizon_and_it_is_a_real_day(tmp_path, header, message):
    pack = write(tmp_path, "horizon.yaml", HORIZON_PACK.format(header=header))
    with pytest.raises(PackError) as raised:
        load_only(pack)
    assert str(raised.value) == f"{pack}:{message}"


def test_a_death_date_is_a_real_day(tmp_path):
    pack = write(tmp_path, "horizon.yaml", HORIZON_PACK.format(header="checked: 2025-06-01").replace(
        "died: 2024-05-19", "died: 2024-05"))
    with pytest.raises(PackError) as raised:
        load_only(pack)
    assert str(raised.value) == f"{pack}:17: entities[2].died: string '2024-05' is not a date (YYYY-MM-DD)"

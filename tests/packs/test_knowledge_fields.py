"""Knowledge fields that change behaviour are typed fields of the schema: a wrong type is a pack error with
its line, and each field does what rules/README.md says."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli import app
from checker.packs.errors import PackError
from checker.packs.load import builtin_rules_dir, load_packset

SCHEMA = json.loads((builtin_rules_dir() / "pack.schema.json").read_text("utf-8"))
ENTITY_FIELDS = len(SCHEMA["$defs"]["entity"]["properties"])
HEADER = "pack: house-knowledge\nkind: knowledge\nversion: 1\nchecked: 2026-11-29\nentities:\n"

OUTLET = """\
  - id: outlet/test-dawn
    type: outlet
    outlet_type: newspaper
    country: country/PK
    names: {{en: [Dawn], ar: [دون]}}
    {field}
"""


def pack(tmp_path: Path, entities: str) -> Path:
    path = tmp_path / "house.yaml"
    path.write_text(HEADER + entities, encoding="utf-8")
    return path


@pytest.mark.parametrize(("field", "problem"), [
    ("needs_cue: yes please", "entities[0].needs_cue: expected true or false, got string 'yes please'"),
    ("cue_names: [Dawn]", "entities[0].cue_names: expected a mapping, got a list of 1 item"),
    ("case_sensitive: {en: Dawn}", "entities[0].case_sensitive.en: expected a list, got string 'Dawn'"),
    ("ambiguous_names: {fr: [Aube]}", "entities[0].ambiguous_names.fr: unknown field 'fr' (allowed: ar, en)"),
    ("also_country: [GB]",
     "entities[0].also_country[0]: string 'GB' does not have the expected form (pattern ^country/)"),
    ("feminine: {ar: [دونة], en: 7}", "entities[0].feminine.en: expected a list, got integer 7"),
    ("geonameid: '1174872'", "entities[0].geonameid: expected an integer, got string '1174872'"),
    ("extra: {needs_cue: true}",
     f"entities[0].extra: unknown field 'extra' ({ENTITY_FIELDS} fields allowed, see rules/README.md)"),
    ("needs_kue: true", "entities[0].needs_kue: unknown field 'needs_kue' (did you mean 'needs_cue'?)"),
])
def test_a_knowledge_field_of_the_wrong_type_is_a_pack_error_with_its_line(tmp_path, field, problem):
    path = pack(tmp_path, OUTLET.format(field=field))
    with pytest.raises(PackError) as raised:
        load_packset([path])
    assert str(raised.value) == f"{path}:11: {problem}"  # the line of the field, an unknown one included


def test_a_knowledge_field_of_the_wrong_type_stops_the_command_with_exit_2(tmp_path):
    path = pack(tmp_path, OUTLET.format(field="needs_cue: 'yes'"))
    result = CliRunner().invoke(app, ["check", "-", "--packs", str(path)], input="Dawn reported it.\n")
    assert result.exit_code == 2
    assert result.stderr == (
        f"factlint: error: {path}:11: entities[0].needs_cue: expected true or false, got string 'yes'\n")


def _checker(tmp_path: Path, entities: str):
    from checker.api import Checker, CheckOptions
    from checker.compiled_packs import load_packs

    return Checker(CheckOptions(), packs=load_packs([pack(tmp_path, entities)], builtin=False, use_cache=False))


MATCHING = """\
  - id: country/TEST-PK
    type: country
    names: {en: [Pakistan, Pak], ar: [باكستان]}
    case_sensitive: {en: [Pak]}
    ambiguous_names: {ar: [باكستان]}
"""


def test_case_sensitive_and_ambiguous_names_reach_the_matcher(tmp_path):
    checker = _checker(tmp_path, MATCHING)
    english = checker.analyse("Pak troops and a pak of cards.", lang="en")
    assert [english.text[m.start:m.end] for m in english.mentions] == ["Pak"]
    assert not english.mentions[0].refs[0].ambiguous
    arabic = checker.analyse("قالت باكستان إن المحادثات مستمرة.", lang="ar")
    assert [ref.ambiguous for ref in arabic.mentions[0].refs] == [True]


def test_needs_cue_and_cue_names_are_read_from_the_outlet(tmp_path):
    from checker.annotate.attributions import outlet_needs_cue

    checker = _checker(tmp_path, OUTLET.format(field="needs_cue: true\n    cue_names: {en: [Dawn]}"))
    outlet = checker.packs.knowledge.get("outlet/test-dawn")
    assert outlet_needs_cue(outlet, "Dawn") and not outlet_needs_cue(outlet, "دون")
    (tmp_path / "plain").mkdir()
    plain = _checker(tmp_path / "plain", OUTLET.format(field="note: no cue needed"))
    assert not outlet_needs_cue(plain.packs.knowledge.get("outlet/test-dawn"), "Dawn")


OFFICE = """\
  - id: office/test-head
    type: office
    names: {en: [chair, chairman, madam chair], ar: [المدير, المديرة]}
    feminine: {en: [madam chair], ar: [المديرة]}
    masculine: {en: [chairman]}
  - id: person/test-amina
    type: person
    gender: f
    names: {en: [Amina Test], ar: [أمينة تست]}
  - id: person/test-omar
    type: person
    gender: m
    names: {en: [Omar Test], ar: [عمر تست]}
"""


@pytest.mark.parametrize(("person", "lang", "surface", "expected"), [
    ("person/test-amina", "en", "chairman", "madam chair"),  # no "woman" in it: only the pack says it is feminine
    ("person/test-omar", "en", "madam chair", "chair"),
    ("person/test-amina", "ar", "المدير", "المديرة"),
    ("person/test-omar", "ar", "المديرة", "المدير"),
])
def test_gender_forms_of_an_office_come_from_the_pack(tmp_path, person, lang, surface, expected):
    from checker.checks.roles import office_text

    knowledge = _checker(tmp_path, OFFICE).packs.knowledge
    assert office_text(knowledge, "office/test-head", knowledge.get(person), surface, lang) == expected


@pytest.mark.parametrize(("surface", "lang", "feminine"), [
    ("Madam Chair", "en", True), ("chair", "en", False), ("المديرة", "ar", True), ("مديرة", "ar", True),
    ("المدير", "ar", False),
])
def test_the_gender_of_a_title_as_written_comes_from_the_pack(tmp_path, surface, lang, feminine):
    from checker.annotate.titles import _is_feminine

    knowledge = _checker(tmp_path, OFFICE).packs.knowledge
    assert _is_feminine(knowledge, "office/test-head", surface, lang) is feminine


def test_a_role_of_an_entity_type_the_office_does_not_apply_to_is_a_pack_error(tmp_path):
    knowledge = Path(__file__).resolve().parents[2] / "rules" / "knowledge"
    roles = """\
  - id: person/test-official
    type: person
    gender: m
    names: {en: [Test Official], ar: [مسؤول تجريبي]}
    roles:
      - {office: office/spokesperson, of: institution/RU-kremlin, from: 2020-01-01}
      - {office: office/foreign-minister, of: institution/RU-kremlin, from: 2021-01-01}
"""
    path = pack(tmp_path, roles)
    with pytest.raises(PackError) as raised:
        load_packset([knowledge / "offices.yaml", knowledge / "institutions.yaml", path])
    assert str(raised.value) == (f"{path}:12: entities[0].roles[1].of: office/foreign-minister applies to country, "
                                 "not to institution 'institution/RU-kremlin'")
    fixed = pack(tmp_path, roles.replace("of: institution/RU-kremlin, from: 2021", "of: country/RU, from: 2021"))
    packset = load_packset([knowledge / "offices.yaml", knowledge / "institutions.yaml",
                            knowledge / "countries.yaml", fixed])
    assert len(packset.knowledge.get("person/test-official").roles) == 2


SHARED_DEMONYM = """\
  - id: country/TEST-DO
    type: country
    names: {en: [Dominican Republic]}
    demonyms: {en: [Dominican]}
  - id: country/TEST-DM
    type: country
    names: {en: [Dominica]}
    demonyms: {en: [Dominican]}
    ambiguous_names: {en: [Dominican]}
  - id: country/TEST-CG
    type: country
    names: {en: [Congo-Brazzaville]}
    demonyms: {en: [Congolese]}
    ambiguous_names: {en: [Congolese]}
  - id: country/TEST-CD
    type: country
    names: {en: [Congo-Kinshasa]}
    demonyms: {en: [Congolese]}
    ambiguous_names: {en: [Congolese]}
"""


def test_a_form_one_country_holds_unmarked_reads_as_that_country(tmp_path):
    checker = _checker(tmp_path, SHARED_DEMONYM)
    analysis = checker.analyse("The Dominican envoy met a Congolese minister.", lang="en")
    ids = {analysis.text[m.start:m.end]: [ref.entity_id for ref in m.refs] for m in analysis.mentions}
    assert ids == {"Dominican": ["country/TEST-DO"], "Congolese": ["country/TEST-CG", "country/TEST-CD"]}

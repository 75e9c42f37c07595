"""Tests of tools/import_officials.py on tiny CSVs and a tiny manual file written here (never the real CSVs)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("import_officials", REPO / "tools" / "import_officials.py")
importer = importlib.util.module_from_spec(_spec)
sys.modules["import_officials"] = importer
_spec.loader.exec_module(importer)

HEADS = """countryid,country,position,positionLabel,officeholder,officeholderLabel,start_year,end_year
Q801,Israel,Q208487,Prime Minister of Israel,Q39318,Naftali Bennett,2021,2022
Q801,Israel,Q208487,Prime Minister of Israel,Q1396120,Yair Lapid,2022,
Q145,United Kingdom,Q9134365,monarch of the United Kingdom,Q9682,Elizabeth II,1952,2022
Q145,United Kingdom,Q9134365,monarch of the United Kingdom,Q43274,Charles III,2022,
Q238,San Marino,Q258045,Captain Regent of San Marino,Q887796,Francesco Mussoni,2021,2022
Q31354462,Republic of Abkhazia,Q1998735,President of Abkhazia,Q4086139,Aslan Bzhania,2020,
Q159,Russia,Q218295,President of Russia,Q7747,Vladimir Putin,2012,
"""
FOREIGN = """country,countryLabel,person,name,position,positionLabel,start
Q159,Russian Federation,Q58217,Sergey Lavrov,,Foreign Minister of Russian Federation,2004-03-09
Q851,Saudi Arabia,Q72099398,Prince Faisal bin Farhan Al Saud,,Foreign Minister of Saudi Arabia,2019-10-29
Q184,Belarus,,Vacant,,Foreign Minister of Belarus,
"""
RUSSIA = """position,person,personID,start,end
President,Vladimir Putin,Q7747,2000-05-07,2008-05-07
President,Vladimir Putin,Q7747,2012-05-07,
Acting President,Vladimir Putin,Q7747,1999-12-31,2000-05-07
Foreign Ministry Spokeperson,Maria Zakharova,Q20812953,2015-08-10,
Minister of Foreign Affairs,Igor Ivanov,Q378027,1998,2004
Governor of Kursk Oblast,Someone Else,Q1,2000-01-01,2010-01-01
"""
MANUAL = """
pack: officials
version: 3
checked: "2026-11-01"
source: "test"
exclude: [Q9682]
csv_ends:
  Q7747: null
  Q58217: null
  Q1396120: "2022-12-29"
  Q43274: null
  Q20812953: null
gender: {Q39318: m, Q1396120: m, Q43274: m, Q7747: m, Q378027: m, Q72099398: m}
persons:
  - id: person/sergey-lavrov
    wikidata: Q58217
    names: {en: [Sergey Lavrov, Sergei Lavrov], ar: [سيرغي لافروف, سيرجي لافروف]}
    short: {en: [Lavrov], ar: [لافروف]}
    gender: m
  - id: person/maria-zakharova
    wikidata: Q20812953
    names: {en: [Maria Zakharova], ar: [ماريا زاخاروفا]}
    gender: f
  - id: person/dmitry-peskov
    names: {en: [Dmitry Peskov], ar: [ديمتري بيسكوف, دميتري بيسكوف]}
    gender: m
    roles: ["spokesperson institution/RU-kremlin 2012-05-22..now # press secretary"]
  - id: person/marco-rubio
    names: {en: [Marco Rubio]}
    gender: m
    roles: [{office: office/foreign-minister, of: country/US, from: "2025-01-21", to: null}]
"""


@pytest.fixture()
def inputs(tmp_path: Path) -> tuple[Path, Path]:
    csv_dir = tmp_path / "officials"
    csv_dir.mkdir()
    (csv_dir / "heads_of_state_and_government_2021.csv").write_text(HEADS, encoding="utf-8")
    (csv_dir / "foreign_ministers.csv").write_text(FOREIGN, encoding="utf-8")
    (csv_dir / "russia_holders_since_2000.csv").write_text(RUSSIA, encoding="utf-8")
    manual = tmp_path / "manual.yaml"
    manual.write_text(MANUAL, encoding="utf-8")
    return csv_dir, manual


def _entities(csv_dir: Path, manual: Path) -> dict[str, dict]:
    text, _, _ = importer.build_pack(csv_dir, manual)
    return {e["id"]: e for e in yaml.safe_load(text)["entities"]}


def test_merges_csv_roles_with_the_manual_names(inputs):
    lavrov = _entities(*inputs)["person/sergey-lavrov"]
    assert lavrov["names"] == {"en": ["Sergey Lavrov", "Sergei Lavrov"], "ar": ["سيرغي لافروف", "سيرجي لافروف"]}
    assert lavrov["short"] == {"en": ["Lavrov"], "ar": ["لافروف"]}
    assert lavrov["roles"] == [{"office": "office/foreign-minister", "of": "country/RU", "from": "2004-03-09",
                                "to": None}]
    assert lavrov["wikidata"] == "Q58217"


def test_same_term_in_two_csvs_is_one_role_with_the_exact_date(inputs):
    putin = _entities(*inputs)["person/vladimir-putin"]
    assert putin["roles"] == [
        {"office": "office/president", "of": "country/RU", "from": "1999-12-31", "to": "2000-05-07", "acting": True},
        {"office": "office/president", "of": "country/RU", "from": "2000-05-07", "to": "2008-05-07"},
        {"office": "office/president", "of": "country/RU", "from": "2012-05-07", "to": None},
    ]


def test_open_roles_need_an_end_or_confirmation(inputs):
    entities = _entities(*inputs)
    assert entities["person/yair-lapid"]["roles"] == [
        {"office": "office/prime-minister", "of": "country/IL", "from": "2022", "to": "2022-12-29"}]
    # Faisal bin Farhan's CSV role is open and nobody resolved it: no role, so no person.
    assert "person/faisal-bin-farhan-al-saud" not in entities
    _, _, warnings = importer.build_pack(*inputs)
    assert "Q72099398: 1 open CSV role(s) dropped (no csv_ends entry)" in warnings


def test_manual_only_persons_and_role_shorthand(inputs):
    entities = _entities(*inputs)
    assert entities["person/dmitry-peskov"]["roles"] == [
        {"office": "office/spokesperson", "of": "institution/RU-kremlin", "from": "2012-05-22", "to": None,
         "note": "press secretary"}]
    assert entities["person/marco-rubio"]["roles"][0]["from"] == "2025-01-21"
    assert entities["person/maria-zakharova"]["roles"] == [
        {"office": "office/spokesperson", "of": "institution/RU-mfa", "from": "2015-08-10", "to": None}]


def test_exclusions_unmapped_positions_and_non_iso_entities(inputs):
    entities = _entities(*inputs)
    assert "person/elizabeth-ii" not in entities  # excluded by Q-id
    assert "person/francesco-mussoni" not in entities  # captains regent are not imported
    assert "person/aslan-bzhania" not in entities  # Abkhazia has no ISO code
    assert "person/someone-else" not in entities  # governors are not imported
    assert entities["person/charles-iii"]["roles"] == [
        {"office": "office/king", "of": "country/GB", "from": "2022", "to": None}]
    assert entities["person/igor-ivanov"]["roles"][0]["from"] == "1998"


def test_person_without_gender_is_left_out(inputs, tmp_path):
    csv_dir, manual = inputs
    (csv_dir / "foreign_ministers.csv").write_text(
        FOREIGN.replace("Sergey Lavrov", "Nobody Known").replace("Q58217", "Q999"), encoding="utf-8")
    text = manual.read_text(encoding="utf-8").replace("  Q58217: null", "  Q999: null")
    manual.write_text(text, encoding="utf-8")
    entities, warnings = importer.build_persons(importer.read_csv_dir(csv_dir), importer.load_manual(manual))
    assert "Q999: no gender, person left out" in warnings
    assert all(p.wikidata != "Q999" for p in entities)


def test_output_is_deterministic_and_valid(inputs):
    first, _, _ = importer.build_pack(*inputs)
    second, _, _ = importer.build_pack(*inputs)
    assert first == second
    import jsonschema

    schema = json.loads((REPO / "rules" / "pack.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(yaml.safe_load(first), schema)
    assert first.startswith("pack: officials\nkind: knowledge\nversion: 3\nverified_through: '2026-11-01'\n")


@pytest.mark.parametrize(
    ("role", "message"),
    [
        ("minister PL 2020..now", "unknown office 'office/minister'"),
        ("president PL 2020-05-01..2019-01-01", "ends (2019-01-01) before it starts (2020-05-01)"),
        ("president PL 2020", "unreadable role"),
        ("president Poland 2020..now", "bad 'of' 'Poland'"),
    ],
)
def test_manual_role_errors_name_the_person(role, message):
    with pytest.raises(ValueError, match=r"^person/x: .*" + message.replace("(", r"\(").replace(")", r"\)")):
        importer.manual_role(role, "person/x")


def test_manual_role_mapping_needs_to():
    with pytest.raises(ValueError, match="needs 'to'"):
        importer.manual_role({"office": "office/president", "of": "country/FR", "from": "2017-05-14"}, "person/x")


def test_slugify_folds_accents():
    assert importer.slugify("Mevlüt Çavuşoğlu") == "mevlut-cavusoglu"
    assert importer.slugify("Jonas Gahr Støre") == "jonas-gahr-store"
    assert importer.slugify("Massimo D'Alema") == "massimo-dalema"


# ---------------------------------------------------------------- Arabic names table and death dates (issue 12)

ARABIC_TABLE = """# key<TAB>forms
Q39318\tنفتالي بينيت|نفتالي بينت
Q1396120\tيائير لابيد
person/marco-rubio\tماركو روبيو
"""


def test_the_arabic_table_names_everyone_the_manual_file_leaves_without(inputs, tmp_path):
    table = tmp_path / "names_ar.tsv"
    table.write_text(ARABIC_TABLE + "Q999\tأحد ما\n", encoding="utf-8")
    text, persons, warnings = importer.build_pack(*inputs, table)
    entities = {e["id"]: e for e in yaml.safe_load(text)["entities"]}
    assert entities["person/naftali-bennett"]["names"]["ar"] == ["نفتالي بينيت", "نفتالي بينت"]
    assert entities["person/marco-rubio"]["names"]["ar"] == ["ماركو روبيو"]  # keyed by person id
    assert entities["person/sergey-lavrov"]["names"]["ar"] == ["سيرغي لافروف", "سيرجي لافروف"]  # the manual's
    assert "Arabic table: Q999 names nobody in the pack" in warnings


def test_an_arabic_table_entry_for_someone_named_in_the_manual_file_is_an_error(inputs, tmp_path):
    table = tmp_path / "names_ar.tsv"
    table.write_text("Q58217\tسيرغي لافروف\n", encoding="utf-8")
    with pytest.raises(ValueError, match="person/sergey-lavrov: Arabic names both"):
        importer.build_pack(*inputs, table)


@pytest.mark.parametrize("line", ["Q1\tLavrov", "Q1 سيرغي", "Q1\tسيرغي\tلافروف", "Q1\t"])
def test_an_unreadable_arabic_table_line_is_an_error_naming_it(tmp_path, line):
    table = tmp_path / "names_ar.tsv"
    table.write_text("# header\n" + line + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"names_ar\.tsv:2: want"):
        importer.load_arabic_names(table)


def test_death_dates_come_from_the_manual_file_and_the_holders_dod_column(inputs, tmp_path):
    csv_dir, manual = inputs
    (csv_dir / "kuwait_holders_since_2000.csv").write_text(
        "position,person,personID,start,end,gender,DOD\n"
        "emir,Jaber al-Ahmad al-Sabah,Q217194,1977-12-31,2006-01-15,male,2006-01-15\n", encoding="utf-8")
    manual.write_text(MANUAL.replace("persons:", "died: {Q39318: 2031-01-01}\npersons:"), encoding="utf-8")
    _, persons, _ = importer.build_pack(csv_dir, manual)
    died = {p.id: p.died for p in persons if p.died}
    assert died == {"person/jaber-al-ahmad-al-sabah": "2006-01-15", "person/naftali-bennett": "2031-01-01"}


def test_died_and_verified_through_are_written_only_once_the_schema_accepts_them(tmp_path):
    person = importer.Person("person/x", {"en": ["X"], "ar": ["إكس"]}, {}, "m",
                             (importer.Role("office/president", "country/XX", "2000", "2001"),), died="2001-05-01")
    header = {"verified_through": "2026-11-30"}
    old = importer.render_pack(header, [person])
    assert "died:" not in old and "verified_through:" not in old and "checked: '2026-11-30'" in old
    schema = tmp_path / "schema.json"
    schema.write_text(json.dumps({"properties": {"verified_through": {}},
                                  "$defs": {"entity": {"properties": {"died": {}}}}}), encoding="utf-8")
    new = importer.render_pack(header, [person], importer.schema_fields(schema))
    assert "verified_through: '2026-11-30'" in new and "checked:" not in new and "    died: '2001-05-01'" in new


def test_each_person_is_as_current_as_what_was_checked_about_them(inputs, tmp_path):
    """Known only from the CSVs: their date (or the newest date recorded for the person, a `csv_ends` day being a
    hand check); a role confirmed as still held, or an entry in the manual file: the pack's date (nothing written);
    a manual `verified_through`: that day."""
    csv_dir, manual = inputs
    manual.write_text(MANUAL.replace("exclude:", 'csv_verified_through: "2022-12-03"\nexclude:').replace(
        "roles: [\"spokesperson institution/RU-kremlin", "verified_through: \"2025-06-01\"\n    roles: [\"spokesperson "
        "institution/RU-kremlin"), encoding="utf-8")
    entities = _entities(csv_dir, manual)
    own = {key: entity.get("verified_through") for key, entity in entities.items()}
    assert own["person/naftali-bennett"] == "2022-12-03"  # PM 2021..2022, from the CSV alone
    assert own["person/igor-ivanov"] == "2022-12-03"
    assert own["person/yair-lapid"] == "2022-12-29"  # his end was checked by hand
    assert own["person/vladimir-putin"] is None  # confirmed as still president: the pack's date
    assert own["person/sergey-lavrov"] is None and own["person/marco-rubio"] is None  # in the manual file
    assert own["person/dmitry-peskov"] == "2025-06-01"
    # Without the CSVs' date, nobody carries one of their own from them.
    manual.write_text(MANUAL, encoding="utf-8")
    assert not any("verified_through" in entity for entity in _entities(csv_dir, manual).values())


def test_a_person_s_verified_through_must_be_a_day(inputs):
    csv_dir, manual = inputs
    manual.write_text(MANUAL.replace("    gender: f\n", "    gender: f\n    verified_through: 2025\n", 1),
                      encoding="utf-8")
    with pytest.raises(ValueError, match="person/maria-zakharova: verified_through needs a day"):
        importer.build_pack(csv_dir, manual)


# ---------------------------------------------------------------- wide holders files and Wikidata Arabic labels

# Offices the fixture's pack covers without the wide file: RU president and foreign minister, IL prime minister,
# US foreign minister. Names are made up where the row is about the mechanism only.
WIDE = """country,position,person,personID,start,end,gender
RU,Minister of Foreign Affairs,Sergey Lavrov,Q58217,1990-01-01,1991-01-01,male
RU,President,Sergey Lavrov,Q58217,2001-02-03,2002-03-04,male
RU,Minister of Finance,Sergey Lavrov,Q58217,2003-01-01,2004-01-01,male
RU,President,Sergey Lavrov,Q58217,2005-01-01,,male
IL,Prime Minister,Labelled Newcomer,Q359300,2006-06-08,2006-12-21,male
IL,Minister of Finance,Labelled Outsider,Q359301,2006-06-08,2010-12-21,male
IL,Prime Minister,Unlabelled Person,Q424242,2007-06-08,2007-12-21,male
IL,Prime Minister,Dmitry Peskov,Q777,2001-01-01,2002-01-01,male
US,Minister of Foreign Affairs,Marco Rubio,Q324546,2001-01-01,2002-01-01,male
RU,President,Hand Kept,Q5555,2001-01-01,2002-01-01,male
RU,President,Hand Kept,Q5555,2003-01-01,2002-01-01,male
"""
HAND_KEPT = """  - id: person/hand-kept
    names: {en: [Hand Kept], ar: [محفوظ باليد]}
    gender: m
    roles: ["foreign-minister RU 1995-01-01..1996-01-01"]
"""
LABELS = "wikidata,label_ar\nQ359300,وافد أول\nQ359301,وافد ثان\nQ777,ديمتري بيسكوف\n"


def _wide(tmp_path: Path, labels: str = LABELS) -> Path:
    wide = tmp_path / "wide"
    wide.mkdir()
    (wide / "holders_test.csv").write_text(WIDE, encoding="utf-8")
    (wide / "labels_ar.csv").write_text(labels, encoding="utf-8")
    return wide


def test_wide_files_fill_in_covered_offices_for_people_the_pack_can_name_in_arabic(inputs, tmp_path):
    csv_dir, manual = inputs
    manual.write_text(MANUAL + HAND_KEPT, encoding="utf-8")
    text, _, _ = importer.build_pack(csv_dir, manual, None, _wide(tmp_path))
    entities = {e["id"]: e for e in yaml.safe_load(text)["entities"]}
    lavrov = {(r["office"], r["from"], r["to"]) for r in entities["person/sergey-lavrov"]["roles"]}
    # A closed role since 2000 of an office the pack covers is added; one before 2000, an open one (nobody checked
    # it) and one of an office nobody in the pack holds (its recent holders would be missing) are not.
    assert lavrov == {("office/foreign-minister", "2004-03-09", None), ("office/president", "2001-02-03", "2002-03-04")}
    newcomer = entities["person/labelled-newcomer"]
    assert newcomer["names"] == {"en": ["Labelled Newcomer"], "ar": ["وافد أول"]} and newcomer["gender"] == "m"
    assert [(r["office"], r["of"]) for r in newcomer["roles"]] == [("office/prime-minister", "country/IL")]
    # Without an Arabic name nobody enters, nor with only an uncovered office; a labelled newcomer whose name is
    # already a person id without a Wikidata id and no role in that country (Peskov) is not merged with it either.
    assert not {"person/unlabelled-person", "person/labelled-outsider", "person/dmitry-peskov-q777"} & set(entities)
    assert [r["office"] for r in entities["person/dmitry-peskov"]["roles"]] == ["office/spokesperson"]
    # A person the manual file keeps without a Wikidata id is the wide file's namesake when it has a role in the same
    # country: Hand Kept gains the 2001 presidency (the row ending before it starts is skipped); Rubio's row is of
    # the office his hand role dates, which replaces it. No second Rubio or Hand Kept appears.
    assert [(r["office"], r["from"]) for r in entities["person/hand-kept"]["roles"]] == [
        ("office/foreign-minister", "1995-01-01"), ("office/president", "2001-01-01")]
    assert [r["from"] for r in entities["person/marco-rubio"]["roles"]] == ["2025-01-21"]
    assert not {"person/hand-kept-q5555", "person/marco-rubio-q324546"} & set(entities)


def test_without_the_wide_folder_the_pack_is_as_before(inputs, tmp_path):
    assert importer.build_pack(*inputs, None, _wide(tmp_path))[0] != importer.build_pack(*inputs)[0]
    assert importer.build_pack(*inputs, None, None)[0] == importer.build_pack(*inputs)[0]


@pytest.mark.parametrize("row", ["Q1,Lavrov", "X1,لافروف", "Q1,"])
def test_an_unreadable_label_row_is_an_error_naming_its_line(tmp_path, row):
    with pytest.raises(ValueError, match=r"labels_ar\.csv:2: want"):
        importer.load_wikidata_labels(_wide(tmp_path, "wikidata,label_ar\n" + row + "\n") / "labels_ar.csv")

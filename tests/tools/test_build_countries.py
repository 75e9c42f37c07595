"""tools/build_countries.py on small hand-written inputs, and the committed pack it generated."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from tool_loader import load_tool

REPO = Path(__file__).resolve().parents[2]
gen = load_tool("build_countries")


RUSSIAN = {"male": "روسي", "males": "روس", "female": "روسية", "females": "روسيات",
           "the_male": "الروسي", "the_female": "الروسية"}
OMANI = {"male": "عماني", "males": "عمانيون", "female": "عمانية", "females": "عمانيات",
         "the_male": "العماني", "the_female": "العمانية"}


def small_sources(**facts_overrides) -> gen.CountrySources:
    facts = {
        "RU": {"names_en": ["Russia", "Russian Federation"], "dem_en": ["Russian"], "ar_key": "russian",
               "cap": ["Moscow", "موسكو"], "met_en": ["Kremlin"], "met_ar": ["الكرملين"]},
        "OM": {"names_ar": ["سلطنة عمان"], "dem_en": ["Omani"], "ar_key": "omani", "cap": ["Muscat", "مسقط"]},
        "YE": {"dem_en": ["Yemeni"], "cap": ["Sanaa", "صنعاء"], "no_capital_metonym": True,
               "note": "rival seats"},
        "CD": {"names_en": ["DR Congo"], "amb_en": ["Congo"], "cs_en": ["DRC"]},
        "TW": {"dem_en": ["Taiwanese"]},
    }
    facts.update(facts_overrides)
    cldr = {
        "en": {"RU": "Russia", "OM": "Oman", "YE": "Yemen", "CD": "Congo - Kinshasa", "TW": "Taiwan"},
        "ar": {"RU": "روسيا", "OM": "عُمان", "YE": "اليمن", "CD": "الكونغو - كينشاسا", "TW": "تايوان"},
    }
    return gen.CountrySources(cldr=cldr, nationalities={"russian": RUSSIAN, "omani": OMANI}, facts=facts,
                              memberships={"org/GCC": ["OM"], "org/ARAB-LEAGUE": ["OM", "YE"]})


def entities_by_id(pack: dict) -> dict[str, dict]:
    return {entity["id"]: entity for entity in pack["entities"]}


@pytest.mark.parametrize(("cldr_name", "expected"), [
    ("Congo - Kinshasa", []),
    ("Myanmar (Burma)", ["Myanmar", "Burma"]),
    ("Bosnia & Herzegovina", ["Bosnia and Herzegovina"]),
    ("St. Lucia", ["St. Lucia", "Saint Lucia"]),
    ("Côte d’Ivoire", ["Côte d'Ivoire"]),
    ("Russia", ["Russia"]),
])
def test_cldr_names_become_news_forms(cldr_name, expected):
    assert gen.news_forms_of_cldr_name(cldr_name) == expected


def test_arabic_demonyms_add_definite_and_oblique_plurals():
    assert gen.arabic_demonyms(RUSSIAN) == ["روسي", "روسية", "الروسي", "الروسية", "روس", "الروس",
                                            "روسيات", "الروسيات"]
    omani = gen.arabic_demonyms(OMANI)
    assert omani[4:] == ["عمانيون", "عمانيين", "العمانيون", "العمانيين", "عمانيات", "العمانيات"]


def test_two_word_plurals_get_no_derived_forms():
    entry = {"male": "كوري شمالي", "female": "كورية شمالية", "the_male": "الكوري الشمالي",
             "the_female": "الكورية الشمالية", "males": "كوريون شماليون", "females": ""}
    assert gen.arabic_demonyms(entry)[4:] == ["كوريون شماليون"]


def test_country_entity_orders_names_and_builds_metonyms():
    pack = gen.build_pack(small_sources(), "2026-01-02", codes=["RU", "OM", "YE", "CD", "TW"])
    russia = entities_by_id(pack)["country/RU"]
    assert russia["names"] == {"en": ["Russia", "Russian Federation"], "ar": ["روسيا"]}
    assert russia["demonyms"]["en"] == ["Russian"]
    assert russia["demonyms"]["ar"][:4] == ["روسي", "روسية", "الروسي", "الروسية"]
    assert russia["capital"] == {"en": "Moscow", "ar": "موسكو"}
    assert russia["metonyms"] == {"en": ["Moscow", "Kremlin"], "ar": ["موسكو", "الكرملين"]}
    assert russia["member_of"] == ["org/UN"]


def test_arabic_vowel_marks_are_removed_and_memberships_sorted_after_un():
    oman = entities_by_id(gen.build_pack(small_sources(), codes=["RU", "OM", "YE", "CD", "TW"]))["country/OM"]
    assert oman["names"]["ar"] == ["سلطنة عمان", "عمان"]
    assert oman["member_of"] == ["org/UN", "org/ARAB-LEAGUE", "org/GCC"]


def test_rival_seat_capital_is_not_a_metonym():
    yemen = entities_by_id(gen.build_pack(small_sources(), codes=["RU", "OM", "YE", "CD", "TW"]))["country/YE"]
    assert yemen["capital"] == {"en": "Sanaa", "ar": "صنعاء"}
    assert "metonyms" not in yemen
    assert yemen["note"] == "rival seats"


def test_disambiguating_cldr_label_dropped_and_extra_marks_kept():
    congo = entities_by_id(gen.build_pack(small_sources(), codes=["RU", "OM", "YE", "CD", "TW"]))["country/CD"]
    assert congo["names"] == {"en": ["DR Congo"]}
    assert {key: congo[key] for key in ("ambiguous_names", "case_sensitive")} == {
        "ambiguous_names": {"en": ["Congo"]}, "case_sensitive": {"en": ["DRC"]}}
    assert "member_of" in congo and "demonyms" not in congo


def test_nisba_gives_every_regular_form():
    assert gen.nisba_forms("كونغولي") == [
        "كونغولي", "كونغولية", "الكونغولي", "الكونغولية", "كونغوليون", "كونغوليين", "كونغوليات",
        "الكونغوليون", "الكونغوليين", "الكونغوليات"]


def test_country_outside_the_un_gets_demonyms_and_capital_but_no_membership():
    sources = small_sources(TW={"dem_en": ["Taiwanese"], "nisba_ar": ["تايواني"], "cap": ["Taipei", "تايبيه"]})
    taiwan = entities_by_id(gen.build_pack(sources, codes=["RU", "OM", "YE", "CD", "TW"]))["country/TW"]
    assert taiwan["demonyms"]["en"] == ["Taiwanese"]
    assert {"تايواني", "التايوانية", "تايوانيون"} <= set(taiwan["demonyms"]["ar"])
    assert taiwan["capital"] == {"en": "Taipei", "ar": "تايبيه"}
    assert "member_of" not in taiwan


def test_ambiguous_demonyms_are_marked_in_each_language_listed():
    sources = small_sources(CD={"names_en": ["DR Congo"], "dem_en": ["Congolese"], "nisba_ar": ["كونغولي"],
                                "amb_demonyms": ["ar"]})
    congo = entities_by_id(gen.build_pack(sources, codes=["RU", "OM", "YE", "CD", "TW"]))["country/CD"]
    assert congo["ambiguous_names"] == {"ar": gen.nisba_forms("كونغولي")}


def test_facts_for_a_code_outside_the_pack_are_refused():
    with pytest.raises(ValueError, match="codes outside the pack: ZZ"):
        gen.build_pack(small_sources(ZZ={"dem_en": ["Zed"]}), codes=["RU", "OM", "YE", "CD", "TW"])


def test_form_shared_by_two_countries_must_be_marked_ambiguous():
    shared = small_sources(YE={"met_ar": ["مسقط"]})
    with pytest.raises(ValueError, match="'مسقط': country/OM, country/YE"):
        gen.build_pack(shared, codes=["RU", "OM", "YE", "CD", "TW"])
    marked = small_sources(YE={"met_ar": ["مسقط"], "amb_ar": ["مسقط"]},
                           OM={"cap": ["Muscat", "مسقط"], "amb_ar": ["مسقط"]})
    assert gen.build_pack(marked, codes=["RU", "OM", "YE", "CD", "TW"])


def test_shared_form_may_stay_unmarked_in_one_country():
    # "Dominican": the Dominican Republic's reading; Dominica records it marked ambiguous.
    one_reading = small_sources(YE={"met_ar": ["مسقط"], "amb_ar": ["مسقط"]})
    pack = entities_by_id(gen.build_pack(one_reading, codes=["RU", "OM", "YE", "CD", "TW"]))
    assert "مسقط" in pack["country/YE"]["ambiguous_names"]["ar"]
    assert "ambiguous_names" not in pack["country/OM"]


def test_rendered_pack_is_deterministic_and_valid():
    from jsonschema import Draft202012Validator

    pack = gen.build_pack(small_sources(), "2026-01-02", codes=["TW", "RU", "OM", "YE", "CD"])
    text = gen.render_yaml(pack)
    assert text == gen.render_yaml(gen.build_pack(small_sources(), "2026-01-02", codes=["CD", "YE", "OM", "RU", "TW"]))
    data = yaml.safe_load(text)
    assert data["verified_through"] == "2026-01-02"  # quoted, so YAML keeps it a string
    assert [entity["id"] for entity in data["entities"]] == [
        "country/CD", "country/OM", "country/RU", "country/TW", "country/YE"]
    schema = json.loads((REPO / "rules" / "pack.schema.json").read_text("utf-8"))
    assert list(Draft202012Validator(schema).iter_errors(data)) == []


# ---- the committed pack ----

def committed_pack() -> dict:
    return yaml.safe_load((REPO / "rules" / "knowledge" / "countries.yaml").read_text("utf-8"))


def test_committed_pack_is_what_the_generator_writes():
    expected = gen.render_yaml(gen.build_pack(gen.load_sources()))
    actual = (REPO / "rules" / "knowledge" / "countries.yaml").read_text("utf-8")
    assert actual == expected, "run .venv/bin/python tools/build_countries.py"


def test_committed_pack_covers_un_members_observers_taiwan_kosovo():
    entities = entities_by_id(committed_pack())
    assert len(entities) == 197
    assert sum("org/UN" in entity.get("member_of", []) for entity in entities.values()) == 193
    for code in ("PS", "VA", "TW", "XK"):
        assert "org/UN" not in entities[f"country/{code}"].get("member_of", [])


def test_committed_pack_has_news_forms_for_us_and_gb():
    entities = entities_by_id(committed_pack())
    us, gb = entities["country/US"], entities["country/GB"]
    assert {"US", "U.S.", "USA", "America"} <= set(us["names"]["en"])
    assert {"أمريكا", "أميركا", "الولايات المتحدة"} <= set(us["names"]["ar"])
    assert {"American", "U.S.", "US"} <= set(us["demonyms"]["en"])
    assert {"أمريكي", "أميركي", "الأمريكي", "الأميركي", "أمريكية", "الأميركية"} <= set(us["demonyms"]["ar"])
    assert us["metonyms"] == {"en": ["Washington", "White House"], "ar": ["واشنطن", "البيت الأبيض"]}
    assert {"Britain", "UK", "U.K."} <= set(gb["names"]["en"])
    assert {"بريطانيا", "المملكة المتحدة"} <= set(gb["names"]["ar"])
    assert "داونينغ ستريت" in gb["metonyms"]["ar"]
    assert {"إماراتي", "الإماراتية"} <= set(entities["country/AE"]["demonyms"]["ar"])


def test_committed_pack_capital_metonyms():
    entities = entities_by_id(committed_pack())
    for code, en, ar in [("RU", "Kremlin", "الكرملين"), ("UA", "Kyiv", "كييف"), ("UA", "Kiev", "كييف"),
                         ("FR", "Élysée", "الإليزيه"), ("CN", "Beijing", "بكين"), ("TR", "Ankara", "أنقرة"),
                         ("SA", "Riyadh", "الرياض"), ("EG", "Cairo", "القاهرة"), ("IR", "Tehran", "طهران")]:
        metonyms = entities[f"country/{code}"]["metonyms"]
        assert en in metonyms["en"] and ar in metonyms["ar"], code


def _arabic_demonym_forms_missing(forms: list[str]) -> list[str]:
    """Which of masculine, feminine, their definite forms and a further (plural) form a list lacks."""
    indefinite = [form for form in forms if not form.startswith("ال")]
    definite = [form for form in forms if form.startswith("ال")]
    wanted = {
        "masculine": any(form.endswith("ي") for form in indefinite),
        "feminine": any(form.endswith("ة") for form in indefinite),
        "definite masculine": any(form.endswith("ي") for form in definite),
        "definite feminine": any(form.endswith("ة") for form in definite),
        "plural": any(not form.endswith(("ي", "ة")) for form in forms),
    }
    return [name for name, present in wanted.items() if not present]


def test_every_country_has_demonyms_in_both_languages_and_all_forms():
    missing = {}
    for entity in committed_pack()["entities"]:
        demonyms = entity.get("demonyms", {})
        gaps = ([] if demonyms.get("en") else ["English"]) + _arabic_demonym_forms_missing(demonyms.get("ar", []))
        if gaps:
            missing[entity["id"]] = gaps
    assert missing == {}


def test_demonym_form_check_names_what_is_missing():
    assert _arabic_demonym_forms_missing(["روسي", "روسية", "الروسي", "الروسية", "روس"]) == []
    assert _arabic_demonym_forms_missing(["روسي", "الروسي"]) == ["feminine", "definite feminine", "plural"]


def test_demonyms_of_the_eight_are_read_in_titles():
    entities = entities_by_id(committed_pack())
    for code, english, arabic in [("BR", "Brazilian", "البرازيلي"), ("TW", "Taiwanese", "التايوانية"),
                                  ("XK", "Kosovar", "الكوسوفي"), ("ST", "São Toméan", "الساوتومي"),
                                  ("KN", "Kittitian", "الكيتسي"), ("CD", "Congolese", "الكونغولي"),
                                  ("CG", "Congolese", "الكونغولية"), ("DM", "Dominican", "الدومينيكي")]:
        demonyms = entities[f"country/{code}"]["demonyms"]
        assert english in demonyms["en"] and arabic in demonyms["ar"], code

"""tools/build_places.py on small hand-written GeoNames-like inputs (never the real data)."""

import importlib.util
import json
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("build_places", REPO / "tools" / "build_places.py")
build_places = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = build_places  # dataclasses look their module up while the class is built
_spec.loader.exec_module(build_places)


def _city(geonameid, name, cc, population, alternates=(), timezone=""):
    return {"geonameid": geonameid, "name": name, "countrycode": cc, "population": population,
            "alternatenames": list(alternates), "timezone": timezone}


MANUAL = {
    "regions": [{"id": "place/gaza-strip", "names": {"en": ["Gaza Strip"], "ar": ["قطاع غزة"]},
                 "country": "country/PS", "population": 2200000, "population_year": 2023,
                 "population_source": "PCBS"}],
    "city_overrides": {3: {"ar": ["عمان"]}, 9: {"drop": True}},
    "dropped_names": {"ar": ["الجزيره"]},
    "ambiguous_names": {"ar": ["مسقط", "وان"], "en": ["Van"]},
    "country_overrides": {"PS": {"population": 5480000, "population_year": 2023}},
    "source_names": [{"source": "PCBS", "names": {"ar": "الجهاز المركزي للإحصاء الفلسطيني"}}],
}


@pytest.fixture
def sources():
    countries = {
        "OM": {"geonameid": 286963, "name": "Oman", "population": 4829483},
        "JO": {"geonameid": 248816, "name": "Jordan", "population": 9956011},
        "PS": {"geonameid": 6254930, "name": "Palestinian Territory", "population": 4569087},
        "AQ": {"geonameid": 6697173, "name": "Antarctica", "population": 0},
    }
    cities = [
        _city(1, "Dubai", "AE", 3790000, ["دبى", "دبي", "دبئی", "Dubai"], "Asia/Dubai"),
        _city(2, "Algiers", "DZ", 2364230, ["ئالجىر", "الجزيره", "الجزائر", "مدينة الجزائر"], "Africa/Algiers"),
        _city(3, "Amman", "JO", 1275857, ["امان", "عمان"], "Asia/Amman"),
        _city(4, "Muscat", "OM", 797000, ["مسقط"], "Asia/Muscat"),
        _city(5, "Hyderabad", "IN", 3597816, ["حيدر آباد"]),
        _city(6, "Hyderabad", "PK", 1386330, []),
        _city(7, "Small Town", "OM", 499999, ["بلدة"]),
        _city(8, "Sadr City", "IQ", 1211849, ["مدينة الصدر"]),
        _city(9, "Dropped", "IQ", 900000, []),
        _city(10, "Van", "TR", 525016, ["وان"]),
    ]
    return build_places.PlaceSources(
        countries=countries, cities=cities,
        cldr_names={"en": {"OM": "Oman", "JO": "Jordan", "PS": "Palestinian Territories"},
                    "ar": {"OM": "عُمان", "JO": "الأردن", "PS": "الأراضي الفلسطينية"}},
        cldr_cities_ar={"Asia/Dubai": "دبي", "Africa/Algiers": "الجزائر", "Asia/Muscat": "مسقط"},
        manual=MANUAL, geonames_version="0.0-test")


@pytest.mark.parametrize("name, expected", [
    ("الجزائر", True), ("دبي", True), ("عَمّان", True), ("المحلة الكبرى", True),
    ("دبئی", False),      # Persian yeh
    ("ئالجىر", False),    # Uyghur: initial ئ and medial ى
    ("كةربالا", False),   # taa marbuta inside a word
    ("ااالخرطوم", False),  # tripled letter
    ("د مشق", False),     # one-letter word
    ("Dubai", False),
])
def test_is_plausible_arabic(name, expected):
    assert build_places.is_plausible_arabic(name) is expected


def test_arabic_names_prefers_cldr_spelling_and_drops_noise():
    assert build_places.arabic_names(["دبى", "دبي", "دبئی"], "دبي", set()) == ["دبي"]
    assert build_places.arabic_names(["ئالجىر", "الجزيره", "الجزائر", "مدينة الجزائر"], "الجزائر",
                                     {"الجزيره"}) == ["الجزائر"]
    # A prefixed form is kept whole when the bare form is not among the names.
    assert build_places.arabic_names(["مدينة الصدر"], None, set()) == ["مدينة الصدر"]
    assert build_places.arabic_names(["جزيرة أبوظبي وجزر داخلية اخرى", "أبوظبي"], None, set()) == ["أبوظبي"]


def test_slugify():
    assert build_places.slugify("Ta’if") == "taif"
    assert build_places.slugify("Ha'il") == "ha-il"
    assert build_places.slugify("İzmir") == "izmir"
    assert build_places.slugify("Shubrā al Khaymah") == "shubra-al-khaymah"


def test_build_pack(sources):
    pack = build_places.build_pack(sources, "2026-01-02")
    by_id = {p["id"]: p for p in pack["entities"]}
    assert [p["id"] for p in pack["entities"]][:4] == ["place/JO", "place/OM", "place/PS", "place/gaza-strip"]
    assert "place/AQ" not in by_id and "place/small-town" not in by_id and "place/dropped" not in by_id
    assert by_id["place/OM"]["names"] == {"en": ["Oman"], "ar": ["عمان"]}
    assert by_id["place/OM"]["population"] == 4829483 and by_id["place/OM"]["population_year"] == 2018
    assert by_id["place/PS"]["population"] == 5480000 and by_id["place/PS"]["population_year"] == 2023
    assert by_id["place/PS"]["names"]["en"] == ["Palestinian Territories", "Palestinian Territory"]
    assert by_id["place/gaza-strip"]["place_type"] == "region"
    dubai = by_id["place/dubai"]
    assert dubai["names"] == {"en": ["Dubai"], "ar": ["دبي"]} and dubai["country"] == "country/AE"
    assert dubai["geonameid"] == 1
    assert {"place/hyderabad-in", "place/hyderabad-pk"} <= set(by_id)
    # Amman's override avoids «امان» (safety); «عمان» is also Oman, so it is marked.
    assert by_id["place/amman"]["names"]["ar"] == ["عمان"]
    assert by_id["place/amman"]["ambiguous_names"] == {"ar": ["عمان"]}
    assert by_id["place/OM"]["ambiguous_names"] == {"ar": ["عمان"]}
    assert by_id["place/muscat"]["ambiguous_names"] == {"ar": ["مسقط"]}
    assert "ambiguous" not in by_id["place/muscat"]  # its English name is still safe
    assert by_id["place/van"]["ambiguous"] is True
    assert "ambiguous_names" not in by_id["place/dubai"]
    # the population sources named in Arabic for messages, copied from the hand-kept file
    assert pack["source_names"] == [{"source": "PCBS", "names": {"ar": "الجهاز المركزي للإحصاء الفلسطيني"}}]
    assert list(pack)[-2:] == ["source_names", "entities"]


def test_pack_is_valid_and_dump_is_deterministic(sources):
    pack = build_places.build_pack(sources, "2026-01-02")
    text = build_places.dump_pack(pack)
    assert text == build_places.dump_pack(build_places.build_pack(sources, "2026-01-02"))
    assert text.startswith("# Generated by tools/build_places.py")
    loaded = yaml.safe_load(text)
    assert loaded["checked"] == "2026-01-02" and loaded == json.loads(json.dumps(pack))
    schema = json.loads((REPO / "rules" / "pack.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(loaded, schema)


def test_committed_pack_is_what_the_generator_writes():
    committed = (REPO / "rules" / "knowledge" / "places.yaml").read_text(encoding="utf-8")
    assert committed == build_places.dump_pack(build_places.build_pack(build_places.load_sources())), \
        "run .venv/bin/python tools/build_places.py"


TOWNS = [
    {"geonameid": 11, "en": ["Kherson"], "ar": ["خيرسون"], "population": 279131, "population_year": 2022,
     "population_source": "State Statistics Service of Ukraine", "note": "GeoNames gives 66,000",
     "province": "oblast"},
    {"geonameid": 12, "en": ["Hama"], "ar": ["مدينة حماة", "حماة"], "ambiguous": {"ar": ["حماة"]},
     "province": "governorate"},
    {"geonameid": 13, "en": ["Dubai"], "ar": ["دبي الصغرى"]},  # a town named like a city: the id takes the country
]


@pytest.fixture
def town_sources(sources):
    from dataclasses import replace

    cities = [*sources.cities, _city(11, "Kherson", "UA", 66000, ["خرسون"]), _city(12, "Ḩamāh", "SY", 460602),
              _city(13, "Dubai", "XX", 20000)]
    return replace(sources, cities=cities, towns=TOWNS)


def test_towns_take_the_written_names_and_sourced_figures_without_renaming_a_place(sources, town_sources):
    before = {p["id"]: p for p in build_places.build_pack(sources, "2026-01-02")["entities"]}
    after = {p["id"]: p for p in build_places.build_pack(town_sources, "2026-01-02")["entities"]}
    assert set(before) < set(after)  # no id renamed
    # no place changed, but for the city whose name a town shares: the name is now ambiguous in both
    assert all(after[place_id] == place for place_id, place in before.items() if place_id != "place/dubai")
    assert after["place/dubai"]["ambiguous_names"] == after["place/dubai-xx"]["ambiguous_names"] == {"en": ["Dubai"]}
    kherson = after["place/kherson"]
    assert kherson["names"] == {"en": ["Kherson"], "ar": ["خيرسون"]}  # not GeoNames' «خرسون»
    assert (kherson["population"], kherson["population_year"]) == (279131, 2022)
    assert kherson["population_source"] == "State Statistics Service of Ukraine" and kherson["geonameid"] == 11
    hama = after["place/hama"]
    assert hama["population"] == 460602 and hama["population_source"].startswith("GeoNames")
    assert hama["ambiguous_names"] == {"ar": ["حماة"]} and "ambiguous" not in hama  # «مدينة حماة» stays safe
    assert after["place/dubai-xx"]["population"] == 20000
    # the province named after the town: longer names, no population
    province = after["place/hama-governorate"]
    assert province["place_type"] == "region" and "population" not in province
    assert "محافظة حماة" in province["names"]["ar"] and "ريف حماة" in province["names"]["ar"]
    assert "محافظة مدينة حماة" not in province["names"]["ar"] and "Hama province" in province["names"]["en"]
    assert "Kherson region" in after["place/kherson-oblast"]["names"]["en"]


def test_a_town_not_in_geonames_or_already_a_city_is_refused(town_sources):
    from dataclasses import replace

    with pytest.raises(SystemExit, match="geonameid 99"):
        build_places.build_pack(replace(town_sources, towns=[{"geonameid": 99, "en": ["Nowhere"], "ar": ["لا مكان"]}]))
    with pytest.raises(SystemExit, match="already a city"):
        build_places.build_pack(replace(town_sources, towns=[{"geonameid": 1, "en": ["Dubai"], "ar": ["دبي"]}]))


def test_a_town_whose_population_is_unknown_from_a_date_carries_the_date(sources):
    import datetime as dt
    from dataclasses import replace

    town = {"geonameid": 14, "en": ["Bani Suheila"], "ar": ["بني سهيلا"],
            "population_unknown_from": dt.date(2023, 10, 7)}  # as YAML reads an unquoted date
    pack = build_places.build_pack(replace(sources, cities=[*sources.cities, _city(14, "Bani Suhayla", "PS", 31272)],
                                           towns=[town]), "2026-01-02")
    place = next(p for p in pack["entities"] if p["id"] == "place/bani-suheila")
    assert place["population"] == 31272 and place["population_unknown_from"] == "2023-10-07"
    schema = json.loads((REPO / "rules" / "pack.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(yaml.safe_load(build_places.dump_pack(pack)), schema)

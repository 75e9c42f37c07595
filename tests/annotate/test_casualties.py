"""The casualty-facts annotator: categories, figures, scope, places and parts, on sentences written here."""

from __future__ import annotations

import pytest

from checker.analysis import Analysis
from checker.annotate.casualties import CasualtyFact, find_casualty_facts, sentence_scope, word_role
from checker.compiled_packs import load_packs
from checker.text.normalize import normalize_key

PLACES = """\
pack: casualty-annotator-places
kind: knowledge
version: 1
checked: "2026-11-29"
entities:
  - {id: place/gaza-strip, type: place, place_type: region, names: {en: [Gaza Strip, Gaza], ar: [قطاع غزة, غزة]},
     population: 2200000, population_year: 2023, population_source: "PCBS mid-2023 estimate"}
  - {id: place/khan-younis, type: place, place_type: city, names: {en: [Khan Younis], ar: [خان يونس]},
     population: 440000, population_year: 2023, population_source: "PCBS mid-2023 governorate estimate"}
"""


@pytest.fixture(scope="module")
def packs(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("places")
    (folder / "places.yaml").write_text(PLACES, encoding="utf-8")
    return load_packs([folder], builtin=False, use_cache=False)


def _facts(packs, text: str, lang: str) -> list[CasualtyFact]:
    return find_casualty_facts(Analysis(text, lang, None, packs))


def _summary(packs, text: str, lang: str) -> list[tuple[str, tuple[str, ...], float, float]]:
    return [(text[f.start:f.end], f.categories, f.low, f.high) for f in _facts(packs, text, lang)]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("ما أدى إلى استشهاد آلاف من الفلسطينيين، وخلفت ملايين من الجرحى والمفقودين.", "ar",
     [("آلاف", ("killed",), 2000, 9999), ("ملايين", ("wounded", "missing"), 2e6, 999999999)]),
    ("ارتفاع حصيلة القتلى إلى 48 ألفا", "ar", [("48 ألفا", ("killed",), 48000, 48000)]),
    ("ارتفعت حصيلة الشهداء إلى 48 ألفا و572 شهيدا.", "ar", [("48 ألفا و572", ("killed",), 48572, 48572)]),
    ("مقتل 12 شخصا وإصابة 30 آخرين", "ar", [("12", ("killed",), 12, 12), ("30", ("wounded",), 30, 30)]),
    ("سقوط حوالي 10 قتلى وإصابة 20 آخرين", "ar", [("حوالي 10", ("killed",), 9, 11), ("20", ("wounded",), 20, 20)]),
    ("لقي 8 أشخاص مصرعهم في الحادث.", "ar", [("8", ("killed",), 8, 8)]),
    ("اعتقلت القوات 20 فلسطينيا.", "ar", [("20", ("detained",), 20, 20)]),
    ("نزوح مليون شخص من المدينة.", "ar", [("مليون", ("displaced",), 1e6, 1e6)]),
    ("سقوط العشرات من الشهداء والمصابين.", "ar", [("عشرات", ("killed", "wounded"), 24, 99)]),
    ("killed at least 1,200 people", "en", [("at least 1,200", ("killed",), 1200, float("inf"))]),
    ("the death toll rose to 48,000", "en", [("48,000", ("killed",), 48000, 48000)]),
    ("more than 100 were wounded", "en", [("more than 100", ("wounded",), 100, float("inf"))]),
    ("Twelve people were killed and 30 injured.", "en",
     [("Twelve", ("killed",), 12, 12), ("30", ("wounded",), 30, 30)]),
    ("The clashes left 20 killed and wounded.", "en", [("20", ("killed", "wounded"), 20, 20)]),
    ("Police arrested 15 people after the match.", "en", [("15", ("detained",), 15, 15)]),
    ("قتل 57 مدنيا على الأقل وأصيب أكثر من 200 آخرين بجروح في قصف.", "ar",
     [("57 مدنيا على الأقل", ("killed",), 57, float("inf")), ("أكثر من 200", ("wounded",), 200, float("inf"))]),
    ("وكان اثنان من المصابين محتجزين داخل المركبة.", "ar", [("اثنان", ("wounded",), 2, 2)]),
    ("أصيب 3 أشخاص بجروح خطيرة.", "ar", [("3", ("wounded",), 3, 3)]),
    # one figure of the killed and the wounded together: both categories, never the wounded alone
    ("مصرع وإصابة 8 أشخاص في حادث انقلاب.", "ar", [("8", ("killed", "wounded"), 8, 8)]),
    ("أسفر الهجوم عن مقتل وإصابة 45 شخصا.", "ar", [("45", ("killed", "wounded"), 45, 45)]),
    ("خلف الهجوم 20 قتيلا وجريحا.", "ar", [("20", ("killed", "wounded"), 20, 20)]),
    ("سقط 60 شهيدا وجريحا في القصف.", "ar", [("60", ("killed", "wounded"), 60, 60)]),
    ("Twenty people were killed or wounded in the blast.", "en", [("Twenty", ("killed", "wounded"), 20, 20)]),
    ("The crash killed or injured 40 people.", "en", [("40", ("killed", "wounded"), 40, 40)]),
    ("The crash left 8 people dead or injured.", "en", [("8", ("killed", "wounded"), 8, 8)]),
    ("Thousands of people have been killed and wounded in the fighting.", "en",
     [("Thousands", ("killed", "wounded"), 2000, 9999)]),
    # the event with its preposition right after the figure; a place between the noun and the casualty word
    ("مقتل 12 بانفجار في السوق.", "ar", [("12", ("killed",), 12, 12)]),
    ("Nearly 30,000 people in Gaza have been killed.", "en", [("Nearly 30,000", ("killed",), 27000, 30000)]),
    ("A series of attacks killed 19 within Israel.", "en", [("19", ("killed",), 19, 19)]),
])
def test_figures_and_categories(packs, text: str, lang: str, expected: list) -> None:
    assert _summary(packs, text, lang) == expected


@pytest.mark.parametrize(("text", "lang"), [
    ("بلغت الخسائر 30 مليون دولار.", "ar"),
    ("فاز المرشح بـ 300 صوت.", "ar"),
    ("في جو أسري واحد.", "ar"),
    ("ولد في 7 أكتوبر 1948.", "ar"),
    ("أصيب 300 شخص بفيروس كورونا.", "ar"),
    ("يعتقد بوجود أكثر من 100 مليون شخص مصاب بالتسمم بالزرنيخ.", "ar"),
    ("يوجد 4 ملايين شخص مصاب بالسكري.", "ar"),
    ("The injured 30-year-old striker will miss two games.", "en"),
    ("Officials hope to save around 65 lives a year.", "en"),
    ("He was killed 3 km from the border in 2014.", "en"),
    ("Inflation hit 30 percent, and 12 banks were hurt.", "en"),
    ("The club's 2 million fans were missing the point.", "en"),
])
def test_numbers_that_are_not_casualties(packs, text: str, lang: str) -> None:
    assert _facts(packs, text, lang) == []


def test_parts_attach_to_the_figure_before_them(packs) -> None:
    text = "قتل 30 شخصا بينهم 5 أطفال و3 نساء في القصف."
    (fact,) = _facts(packs, text, "ar")
    assert [(text[p.start:p.end], p.group, p.quantity.low) for p in fact.parts] == [("5", "children", 5.0)]
    text = "The strike killed 12 people, including 20 children."
    (fact,) = _facts(packs, text, "en")
    assert [(text[p.start:p.end], p.group) for p in fact.parts] == [("20", "children")]


def test_group_of_the_counted(packs) -> None:
    text = "قتل 14 جنديا في الكمين."
    (fact,) = _facts(packs, text, "ar")
    assert fact.group == "soldiers"


def test_places_of_the_sentence(packs) -> None:
    text = "قتل 5 أشخاص في خان يونس جنوب قطاع غزة. وأصيب 3 آخرون."
    first, second = _facts(packs, text, "ar")
    assert first.places == (("place/khan-younis",), ("place/gaza-strip",))
    assert second.places == ()


@pytest.mark.parametrize(("sentence", "scope"), [
    ("ارتفعت حصيلة الشهداء منذ السابع من أكتوبر إلى 48 ألفا", "cumulative"),
    ("the death toll rose to 48,000", "cumulative"),
    ("killed in strikes since October 7", "cumulative"),
    ("استشهد 40 فلسطينيا منذ فجر اليوم", "day"),
    ("killed 12 people in the past 24 hours", "day"),
    ("قتل 5 أشخاص في غارة على المدينة", "attack"),
    ("the death toll from the airstrike rose to 45", "attack"),
    ("قتل أكثر من 6500 شخص منذ اندلاع الصراع في أبريل", "period"),
    ("three people died", "unknown"),
])
def test_sentence_scope(sentence: str, scope: str) -> None:
    assert sentence_scope(normalize_key(sentence)) == scope


@pytest.mark.parametrize(("word", "lang", "role"), [
    ("والمفقودين", "ar", "cat:missing"), ("للجرحى", "ar", "cat:wounded"), ("الفلسطينيين", "ar", "filler"),
    ("Palestinians", "en", "filler"), ("children", "en", "group:children"), ("budget", "en", None),
])
def test_word_roles(word: str, lang: str, role: str | None) -> None:
    assert word_role(word, lang) == role

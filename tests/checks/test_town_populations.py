"""casualties/exceeds-population on the towns of rules/knowledge/places.yaml (tools/data/places_towns.yaml):
the repository's own places pack, so these tests read what the generator wrote. A town gets a figure tied
to it only where the casualties happened, not where it is the speaker's place, an origin, a destination or a
comparison; a name that is also an ordinary word, or the province named after the town, never stands for the
town's people."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from checker.api import Checker, CheckOptions
from checker.compiled_packs import load_packs

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def checker() -> Checker:
    files = [REPO / "rules/core/casualties.yaml", REPO / "rules/knowledge/places.yaml",
             REPO / "rules/knowledge/countries.yaml"]
    packs = load_packs(files, builtin=False, use_cache=False)
    return Checker(CheckOptions(select=("casualties/exceeds-population",)), packs=packs)


def _flagged(checker: Checker, text: str, lang: str) -> list[tuple[str, str]]:
    return [(text[f.start:f.end], f.message) for f in checker.check_text(text, lang=lang)]


# (language, sentence, the figure flagged, the town and population the message names)
IMPOSSIBLE = [
    ("en", "An air strike killed 2 million people in Kramatorsk, officials said.", "2 million", "Kramatorsk (147,145)"),
    ("en", "Shelling killed 300,000 people in Kherson on Monday.", "300,000", "Kherson (279,131)"),
    ("en", "Health officials said 500,000 people were wounded in Jabalia.", "500,000", "Jabalia (168,568)"),
    ("ar", "أسفر القصف عن مقتل مليوني شخص في باخموت.", "مليوني", "باخموت (80,500)"),
    ("ar", "قتل 300 ألف شخص في خيرسون يوم الاثنين.", "300 ألف", "خيرسون (279,131)"),
    ("ar", "أصيب مليون شخص في غارة على مدينة دير الزور.", "مليون", "دير الزور (271,800)"),
    ("ar", "قتل مليونا شخص في مدينة حماة.", "مليونا", "حماة (460,602)"),
]

POSSIBLE = [
    ("en", "An air strike killed 12 people in Kramatorsk, officials said."),
    ("en", "Shelling killed 23 people in Kherson on Monday."),
    ("en", "Some 1.4 million displaced people were sheltering in Rafah."),  # the wartime figure, not the pre-war one
    ("en", "More than 200,000 people were displaced in the Kherson region."),  # the oblast, not the city
    ("en", "Two million people were displaced in Idlib province."),
    ("ar", "أسفر القصف عن مقتل 20 شخصا في باخموت."),
    ("ar", "قتل 12 شخصا في مدينة دير الزور جراء القصف."),
    ("ar", "لجأ مليون نازح إلى رفح، وقتل 300 شخص في رفح."),
    ("ar", "نزح مليون شخص في ريف إدلب."),  # «ريف إدلب» is the governorate, not the town
    ("ar", "نزح مليونا شخص في محافظة حماة."),
    ("ar", "قتل مليونا شخص وفق شهادات حماة الديار."),  # «حماة», 'protectors', is never the town alone
    ("ar", "فرضت الشرطة غرامة بعقوبة قدرها مليون درهم."),  # «بعقوبة», 'with a penalty'
]


@pytest.mark.parametrize(("lang", "text", "figure", "place"), IMPOSSIBLE)
def test_a_toll_above_half_a_town_is_flagged(checker: Checker, lang: str, text: str, figure: str, place: str) -> None:
    found = _flagged(checker, text, lang)
    assert [span for span, _ in found] == [figure], found
    assert place in found[0][1]


@pytest.mark.parametrize(("lang", "text"), POSSIBLE)
def test_a_possible_toll_or_another_place_stays_clean(checker: Checker, lang: str, text: str) -> None:
    assert _flagged(checker, text, lang) == []


def test_the_explanation_names_the_year_and_source_of_a_corrected_figure(checker: Checker) -> None:
    text = "قتل 300 ألف شخص في خيرسون يوم الاثنين."
    explanation = checker.check_text(text, lang="ar")[0].explanation
    assert "279,131" in explanation and "2022" in explanation and "دائرة الإحصاء الحكومية الأوكرانية" in explanation
    english = checker.check_text("Three million people were killed in Rafah.", lang="en")
    assert [f.explanation for f in english] and "UNRWA, February 2024" in english[0].explanation


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "An air strike killed 2 million people in Kramatorsk, officials said."),
    ("ar", "أسفر القصف عن مقتل مليوني شخص في باخموت."),
])
def test_a_figure_without_a_year_names_its_source_alone(checker: Checker, lang: str, text: str) -> None:
    explanation = checker.check_text(text, lang=lang)[0].explanation
    assert "GeoNames" in explanation
    assert "(, " not in explanation and "(، " not in explanation, explanation


# Where the casualties happened: "in X", «في X», «بـX», "at X's hospital", a place an event struck, "In X, ..."
# opening the sentence, the place the displaced fled from, a dateline ("KRAMATORSK, Ukraine —", «غزة - »).
# (language, sentence, the figure flagged, the place and population the message names)
WHERE_IT_HAPPENED = [
    ("en", "In Kramatorsk, 2 million people were killed, officials said.", "2 million", "Kramatorsk (147,145)"),
    ("en", "KRAMATORSK, Ukraine — Russian shelling killed 2 million people on Monday.", "2 million",
     "Kramatorsk (147,145)"),
    ("en", "KRAMATORSK, Ukraine (AP) — Russian shelling killed 2 million people on Monday.", "2 million",
     "Kramatorsk (147,145)"),
    ("en", "Shelling killed 300,000 people at Kramatorsk's main hospital.", "300,000", "Kramatorsk (147,145)"),
    ("en", "Russian shelling in Bakhmut killed 200,000 people on Monday.", "200,000", "Bakhmut (80,500)"),
    ("en", "The army killed 2 million people in strikes on Kramatorsk.", "2 million", "Kramatorsk (147,145)"),
    ("en", "The mayor of Kyiv said 300,000 people died in Bakhmut.", "300,000", "Bakhmut (80,500)"),
    ("en", "Officials said 500,000 people had been killed in Jabalia.", "500,000", "Jabalia (168,568)"),
    ("en", "Some 500,000 people have been displaced from Beit Lahia.", "Some 500,000", "Beit Lahia (56,919)"),
    ("en", "Two million people were displaced in Beit Lahia.", "Two million", "Beit Lahia (56,919)"),
    ("en", "Bahrain's foreign minister said 2 million people were killed in Bahrain.", "2 million",
     "Bahrain (1,569,439)"),
    ("ar", "في كراماتورسك، قتل مليونا شخص بحسب المسؤولين.", "مليونا", "كراماتورسك (147,145)"),
    ("ar", "وفي خيرسون، قتل 300 ألف شخص.", "300 ألف", "خيرسون (279,131)"),
    ("ar", "كراماتورسك - قتل مليونا شخص في قصف روسي يوم الاثنين.", "مليونا", "كراماتورسك (147,145)"),
    ("ar", "كراماتورسك (رويترز) - قتل مليونا شخص في قصف روسي يوم الاثنين.", "مليونا", "كراماتورسك (147,145)"),
    ("ar", "أسفر قصف روسي في باخموت عن مقتل 200 ألف شخص.", "200 ألف", "باخموت (80,500)"),
    ("ar", "قال رئيس بلدية كييف إن 300 ألف شخص قتلوا في باخموت.", "300 ألف", "باخموت (80,500)"),
    ("ar", "قتل 500 ألف شخص بجباليا.", "500 ألف", "جباليا (168,568)"),
    ("ar", "مقتل مليوني شخص بقصف على بيجي.", "مليوني", "بيجي (173,677)"),
    ("ar", "نزح مليونا شخص في بيت لاهيا.", "مليونا", "بيت لاهيا (56,919)"),
    ("ar", "نزح 500 ألف شخص فروا من بيت لاهيا.", "500 ألف", "بيت لاهيا (56,919)"),
    ("ar", "قتل مليونا شخص بالبحرين.", "مليونا", "البحرين (1,569,439)"),
    ("ar", "نزح 3 ملايين شخص فروا من البحرين.", "3 ملايين", "البحرين (1,569,439)"),  # the displaced's origin
]

# A town (or a country) named beside the figure as the speaker's place, an origin, a destination or a
# comparison: the figure is not compared with it.
ELSEWHERE = [
    ("en", "The mayor of Kramatorsk said 2 million people had been killed in the war."),
    ("en", "The mayor of Bakhmut said 200,000 people were killed in Ukraine."),
    ("en", "Officials in Kramatorsk said 300,000 soldiers had been killed since the invasion."),
    ("en", "Speaking in Bakhmut, the minister said 300,000 soldiers had been killed."),
    ("en", "Two million people were killed in the war, according to officials in Kramatorsk."),
    ("en", "Refugees from Jabalia said 500,000 people had been killed."),
    ("en", "About 500,000 displaced people fled to Jabalia after the strikes."),
    ("en", "More than 300,000 displaced people have moved to Kramatorsk from the east."),
    ("en", "More people were killed than live in Kramatorsk: 300,000 in all."),
    ("en", "Bahrain's foreign minister said 1 million people had been killed in the war."),
    ("en", "The accord signed in Bakhmut ended a civil war that killed 300,000 people."),
    ("en", "Some 2 million wounded people were flown to Bahrain for treatment."),
    ("en", "The war has killed 1 million people, more than the population of Bahrain."),
    ("en", "Refugees from Bahrain said 1 million people had been killed."),
    ("ar", "قال رئيس بلدية كراماتورسك إن مليوني شخص قتلوا في الحرب."),
    ("ar", "قال رئيس بلدية باخموت إن 200 ألف شخص قتلوا في أوكرانيا."),
    ("ar", "قال مسؤولون في باخموت إن 300 ألف جندي قتلوا منذ بدء الغزو."),
    ("ar", "في باخموت، قال الوزير إن 300 ألف جندي قتلوا."),
    ("ar", "قتل مليونا شخص في الحرب بحسب مسؤولين في كراماتورسك."),
    ("ar", "قال لاجئون من كراماتورسك إن 300 ألف شخص قتلوا."),
    ("ar", "نزح 500 ألف شخص إلى جباليا بعد الغارات."),
    ("ar", "وصل 300 ألف نازح إلى كراماتورسك."),
    ("ar", "قتل 300 ألف شخص، أي ضعف عدد سكان كراماتورسك."),
    ("ar", "قال وزير خارجية البحرين إن مليون شخص قتلوا منذ بدء الحرب."),
    ("ar", "نقل مليونا جريح إلى البحرين للعلاج."),
    ("ar", "قتلت الحرب مليون شخص، أي أكثر من سكان البحرين."),
    ("ar", "قال لاجئون فروا من البحرين إن مليون شخص قتلوا."),
    ("ar", "قتل 13 شخصا في أنحاء مختلفة من باكستان."),
    ("ar", "قتل 5 ملايين شخص على بعد 400 كم شمال بغداد."),  # «بغداد» starts with «ب»: not "in Baghdad"
]


@pytest.mark.parametrize(("lang", "text", "figure", "place"), WHERE_IT_HAPPENED)
def test_a_figure_above_the_place_where_it_happened_is_flagged(checker: Checker, lang: str, text: str, figure: str,
                                                               place: str) -> None:
    found = checker.check_text(text, lang=lang)
    assert [text[f.start:f.end] for f in found] == [figure], found
    assert place in found[0].message
    assert found[0].fix is None  # the knowledge says the figure is impossible, not what it should be


@pytest.mark.parametrize(("lang", "text"), ELSEWHERE)
def test_a_place_named_in_another_role_is_not_compared(checker: Checker, lang: str, text: str) -> None:
    assert checker.check_text(text, lang=lang) == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russian shelling killed 2 million people on Monday.\nKRAMATORSK — The city was quiet."),
    ("en", "The strike killed 2 million people, KRAMATORSK — officials said."),
    ("ar", "قتل مليونا شخص يوم الاثنين.\nكراماتورسك - هدأت المدينة."),
    # A wire's dateline opens a war's toll far away too: only one event's or one day's figure is placed there.
    ("en", "LONDON — More than 10 million people have been killed in wars since 2000."),
    ("ar", "لندن - قتل أكثر من 10 ملايين شخص في الحروب منذ عام 2000."),
    # A sentence that names a place of its own, known to the packs or not, is not the dateline's.
    ("en", "ATHENS, Greece — An earthquake struck the Greek island of Crete on Monday, killing 2 million people."),
    ("en", "KRAMATORSK — Russian shelling killed 2 million people in Fotokol on Monday."),
    ("ar", "كراماتورسك - قتل مليونا شخص في تفجير انتحاري في مدينة فوتوكول يوم الاثنين."),
])
def test_a_dateline_places_only_one_event_after_it_on_its_line(checker: Checker, lang: str, text: str) -> None:
    assert checker.check_text(text, lang=lang) == []


# Gaza's governorates and towns where the displaced sheltered during the war: a sourced wartime figure (Rafah
# Governorate, UNRWA February 2024), or none known from 7 October 2023 (`population_unknown_from`): a figure of
# an article dated then or later, or undated, is not compared; one dated before the war is.
@pytest.mark.parametrize(("lang", "text", "figure"), [
    ("en", "Some 600,000 displaced people were sheltering in Khan Younis Governorate.", "Some 600,000"),
    ("en", "About 700,000 people were displaced in Deir al-Balah Governorate.", "About 700,000"),
    ("ar", "قتل 20 ألف شخص في بني سهيلا.", "20 ألف"),
    ("ar", "نزح 500 ألف شخص في محافظة دير البلح.", "500 ألف"),
])
def test_a_place_whose_population_the_war_made_unknown_is_judged_only_before_it(
        checker: Checker, lang: str, text: str, figure: str) -> None:
    assert checker.check_text(text, lang=lang, date=dt.date(2024, 2, 1)) == []
    assert checker.check_text(text, lang=lang) == []
    before = checker.check_text(text, lang=lang, date=dt.date(2023, 5, 1))
    assert [text[f.start:f.end] for f in before] == [figure], before


@pytest.mark.parametrize(("lang", "text", "flagged"), [
    ("en", "Some 1.4 million displaced people were sheltering in Rafah Governorate.", []),
    ("ar", "لجأ 1.4 مليون نازح إلى رفح ويقيم معظمهم في محافظة رفح.", []),
    ("en", "Officials said 3 million people were displaced in Rafah Governorate.", ["3 million"]),
])
def test_rafah_governorate_carries_its_wartime_figure(checker: Checker, lang: str, text: str,
                                                      flagged: list[str]) -> None:
    found = checker.check_text(text, lang=lang, date=dt.date(2024, 3, 1))
    assert [text[f.start:f.end] for f in found] == flagged, found
    assert all("1,500,000" in f.message for f in found)


# A province or region named after its city, where the pack has no entity for it (cities of GeoNames' list) or
# has one without a population (the towns' provinces): never compared with the city's people.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Two million people were displaced in Aleppo province."),
    ("en", "More than 2 million people were displaced in Homs province."),
    ("en", "Two million people were displaced in the Kharkiv region."),
    ("en", "Two million people were displaced in Kharkiv oblast."),
    ("en", "Some 3 million people were displaced in the Damascus countryside."),
    ("en", "Some 3 million people were displaced in rural Damascus."),
    ("en", "Two million people were displaced in Idlib province."),
    ("ar", "نزح مليونا شخص في محافظة حلب."),
    ("ar", "نزح مليونا شخص في ريف حلب."),
    ("ar", "نزح مليونا شخص في محافظة حمص."),
    ("ar", "نزح ثلاثة ملايين شخص في ريف دمشق."),
    ("ar", "نزح مليونا شخص بريف دمشق."),
    ("ar", "نزح مليونا شخص في مقاطعة خاركيف."),
    ("ar", "أسفرت غارات على ريف حلب عن نزوح ثلاثة ملايين شخص."),
])
def test_a_province_named_after_a_city_is_not_the_city(checker: Checker, lang: str, text: str) -> None:
    assert checker.check_text(text, lang=lang) == []


@pytest.mark.parametrize(("lang", "text", "figure", "place"), [
    ("en", "Three million people were displaced in Aleppo.", "Three million", "Aleppo (2,098,210)"),
    ("en", "Some 3 million people were displaced in Damascus.", "Some 3 million", "Damascus (1,569,394)"),
    ("ar", "نزح ثلاثة ملايين شخص في مدينة حلب.", "ثلاثة ملايين", "حلب (2,098,210)"),
    ("ar", "نزح ثلاثة ملايين شخص في حلب.", "ثلاثة ملايين", "حلب (2,098,210)"),
])
def test_the_city_itself_is_still_compared(checker: Checker, lang: str, text: str, figure: str, place: str) -> None:
    found = checker.check_text(text, lang=lang)
    assert [text[f.start:f.end] for f in found] == [figure], found
    assert place in found[0].message


# Soldiers, fighters or another country's people killed in a town were brought in: no share of its residents.
# A town's own people, or civilians, still are; a country the sentence names bounds them all.
@pytest.mark.parametrize(("lang", "text", "flagged"), [
    ("en", "About 60,000 Russian soldiers were killed in Bakhmut.", []),
    ("en", "Some 100,000 troops were killed or wounded in Bakhmut.", []),
    ("en", "About 60,000 civilians were killed in Bakhmut.", ["About 60,000"]),
    ("en", "About 60,000 Ukrainians were killed in Bakhmut.", ["About 60,000"]),
    ("ar", "قتل 60 ألف جندي روسي في باخموت.", []),
    ("ar", "قتل 60 ألف مسلح في باخموت.", []),
    ("ar", "قتل 60 ألف مدني في باخموت.", ["60 ألف"]),
    ("ar", "قتل 60 ألف أوكراني في باخموت.", ["60 ألف"]),
    # ... but the country the sentence names still bounds them
    ("en", "Yemen's army said 30 million fighters were killed in Taiz.", ["30 million"]),
    ("ar", "أعلنت حكومة اليمن أن 30 مليون مسلح قتلوا في تعز.", ["30 مليون"]),
])
def test_an_army_brought_into_a_town_is_no_share_of_its_people(checker: Checker, lang: str, text: str,
                                                               flagged: list[str]) -> None:
    assert [text[f.start:f.end] for f in checker.check_text(text, lang=lang)] == flagged

"""casualties/exceeds-population on the towns of rules/knowledge/places.yaml (tools/data/places_towns.yaml):
the repository's own places pack, so these tests read what the generator wrote. A town gets a figure tied
to it only where the casualties happened; a name that is also an ordinary word, or the province named after
the town, never stands for the town's people."""

from __future__ import annotations

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

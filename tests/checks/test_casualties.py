"""The casualties/ rule family on sentences written for these tests: half implausible, half plausible.

The packs are written here (places with populations and real reference points of the Gaza, West Bank and
Lebanon tallies), so the tests do not move when the generated knowledge packs are regenerated; one test runs
the real example article against the repository's own packs.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from checker.api import Checker, CheckOptions
from checker.checks.casualties import magnitude_word, ratio_bounds, tally_value
from checker.compiled_packs import load_packs

REPO = Path(__file__).resolve().parents[2]
MARCH_2025 = "2025-03-16"

KNOWLEDGE = """\
pack: casualty-test-knowledge
kind: knowledge
version: 1
checked: "2026-11-29"
entities:
  - {id: place/gaza-strip, type: place, place_type: region, names: {en: [Gaza Strip, Gaza], ar: [قطاع غزة, غزة]},
     population: 2200000, population_year: 2023, population_source: "PCBS mid-2023 estimate"}
  - {id: place/west-bank, type: place, place_type: region, names: {en: [West Bank], ar: [الضفة الغربية]},
     population: 3250000, population_year: 2023, population_source: "PCBS mid-2023 estimate"}
  - {id: place/LB, type: place, place_type: country, names: {en: [Lebanon], ar: [لبنان]},
     population: 6848925, population_year: 2018, population_source: "GeoNames countryInfo"}
  - {id: place/rafah, type: place, place_type: city, names: {en: [Rafah], ar: [رفح]},
     population: 275000, population_year: 2023, population_source: "PCBS mid-2023 governorate estimate"}
  - {id: place/mosul, type: place, place_type: city, names: {en: [Mosul], ar: [الموصل]},
     population: 1683000, population_year: 2020, population_source: "GeoNames"}
  # The places of the event records (rules/knowledge/event_records.yaml, copied in beside this pack).
  - {id: place/CN, type: place, place_type: country, names: {en: [China], ar: [الصين]}}
  - {id: place/JP, type: place, place_type: country, names: {en: [Japan], ar: [اليابان]}}
  - {id: place/ES, type: place, place_type: country, names: {en: [Spain], ar: [إسبانيا]}}
  - {id: place/CA, type: place, place_type: country, names: {en: [Canada], ar: [كندا]}}
  - {id: place/RU, type: place, place_type: country, names: {en: [Russia], ar: [روسيا]}}
tallies:
  - id: tally/gaza-moh
    place: place/gaza-strip
    since: "2023-10-07"
    source: "Gaza Ministry of Health"
    columns: [date, killed, injured]
    points:
      - ["2023-10-07", 232, 1610]
      - ["2023-10-20", 4137, 13162]
      - ["2023-11-10", 11078, 27490]
      - ["2024-06-01", 36379, 82407]
      - ["2025-03-16", 48572, 112032]
  - id: tally/west-bank-ocha
    place: place/west-bank
    since: "2023-10-07"
    source: "UN OCHA"
    columns: [date, killed, injured]
    points:
      - ["2023-10-07", 3, 23]
      - ["2023-11-14", 182, 2654]
      - ["2024-06-01", 502, 5135]
      - ["2025-03-16", 890, 7498]
  - id: tally/lebanon-moph
    place: place/LB
    source: "Lebanese Ministry of Public Health via OCHA"
    columns: [date, killed, injured]
    points:
      - ["2023-11-14", 77, 251]
      - ["2024-10-28", 2710, 12592]
"""


@pytest.fixture(scope="module")
def checker(tmp_path_factory: pytest.TempPathFactory) -> Checker:
    folder = tmp_path_factory.mktemp("packs")
    (folder / "knowledge.yaml").write_text(KNOWLEDGE, encoding="utf-8")
    shutil.copy(REPO / "rules/core/casualties.yaml", folder / "casualties.yaml")
    shutil.copy(REPO / "rules/knowledge/event_records.yaml", folder / "event_records.yaml")
    packs = load_packs([folder], builtin=False, use_cache=False)
    return Checker(CheckOptions(select=("casualties/",)), packs=packs)


def _findings(checker: Checker, text: str, lang: str, date: str | None) -> list[tuple[str, str, str | None]]:
    day = dt.date.fromisoformat(date) if date else None
    return [(f.rule, text[f.start:f.end], f.fix.replacement if f.fix else None)
            for f in checker.check_text(text, lang=lang, date=day)]


# (text, date, rule, span, fix or None when the rule proposes none)
IMPLAUSIBLE_AR = [
    ("أدت الحرب إلى استشهاد آلاف من الفلسطينيين، وخلفت ملايين من الجرحى والمفقودين.", None,
     "casualties/ratio", "ملايين", "عشرات الآلاف"),
    ("قتل 500 شخص وأصيب مليونان في القصف.", None, "casualties/ratio", "مليونان", "آلاف"),
    ("مقتل 200 شخص وإصابة 50 ألفا في الانفجار.", None, "casualties/ratio", "50 ألفا", "مئات"),
    ("قتل ثلاثمائة شخص وأصيب مليون آخرون في المعارك.", None, "casualties/ratio", "مليون", "آلاف"),
    ("منذ بدء الحرب، قتل 40 ألف شخص في قطاع غزة وأصيب 300 آخرون.", None, "casualties/ratio", "300", "مئات الآلاف"),
    ("منذ السابع من أكتوبر قتل 3 ملايين شخص في قطاع غزة.", None, "casualties/exceeds-population", "3 ملايين", None),
    ("نزح 5 ملايين شخص من الضفة الغربية.", None, "casualties/exceeds-population", "5 ملايين", None),
    ("اعتقلت السلطات مليوني فلسطيني في الضفة الغربية.", None, "casualties/exceeds-population", "مليوني", None),
    ("خلفت الحرب في لبنان أكثر من 4 ملايين قتيل.", None, "casualties/exceeds-population", "أكثر من 4 ملايين", None),
    ("منذ السابع من أكتوبر خلفت الحرب في قطاع غزة ملايين من الجرحى والمفقودين.", None,
     "casualties/exceeds-population", "ملايين", None),
    ("ارتفعت حصيلة الشهداء في قطاع غزة منذ السابع من أكتوبر إلى 4800 شهيد.", MARCH_2025,
     "casualties/reference-mismatch", "4800", "48,572"),
    ("أسفرت الحرب على غزة منذ 7 أكتوبر عن إصابة أكثر من مليون فلسطيني.", MARCH_2025,
     "casualties/reference-mismatch", "أكثر من مليون", "112,032"),
    ("قالت الوزارة إن عدد الشهداء في قطاع غزة منذ بدء الحرب بلغ 4857 شهيدا.", MARCH_2025,
     "casualties/reference-mismatch", "4857", "48,572"),
    ("ارتفع عدد الشهداء في الضفة الغربية منذ 7 أكتوبر إلى 9 آلاف.", MARCH_2025,
     "casualties/reference-mismatch", "9 آلاف", "890"),
    ("أدت الحرب في قطاع غزة منذ السابع من أكتوبر إلى استشهاد آلاف من الفلسطينيين.", MARCH_2025,
     "casualties/vague-understatement", "آلاف", "عشرات الآلاف"),
    ("استشهد مئات الفلسطينيين في قطاع غزة منذ بدء الحرب.", "2024-06-01",
     "casualties/vague-understatement", "مئات", "عشرات الآلاف"),
    ("قتل 30 شخصا بينهم 45 طفلا في القصف.", None, "casualties/part-exceeds-whole", "45", None),
    ("أسفرت الغارة عن استشهاد 12 فلسطينيا، بينهم 15 امرأة.", None, "casualties/part-exceeds-whole", "15", None),
    ("لقي 8 أشخاص مصرعهم بينهم 10 أطفال في الحريق.", None, "casualties/part-exceeds-whole", "10", None),
    ("ارتفعت حصيلة الشهداء في غزة منذ بدء الحرب إلى 48 ألفا. وقالت الوزارة إن عدد الشهداء بلغ 4 آلاف في غزة "
     "منذ بدء الحرب.", None, "casualties/conflicting", "4 آلاف", "48 ألفا"),
]

PLAUSIBLE_AR = [
    ("أسفر القصف عن مقتل 12 شخصا وإصابة 30 آخرين.", None),
    ("ارتفعت حصيلة الشهداء في قطاع غزة منذ السابع من أكتوبر إلى 48 ألفا و572 شهيدا.", MARCH_2025),
    ("نزح نحو 1.9 مليون شخص في قطاع غزة.", MARCH_2025),
    ("استشهد عشرات الآلاف من الفلسطينيين في قطاع غزة منذ بدء الحرب.", MARCH_2025),
    ("قتل 30 شخصا بينهم 15 طفلا في القصف.", None),
    ("بلغت ميزانية الدفاع 48 مليار دولار.", None),
    ("فاز الحزب بـ 300 مقعد من أصل 450.", None),
    ("تبعد المدينة 510 كم شمال غرب بغداد.", None),
    ("ولد عام 1948 في يافا.", None),
    ("ارتفعت الأسعار بنسبة 30 في المائة.", None),
    ("قتل 218 شخصا وأصيب نحو 7 آلاف في انفجار مرفأ بيروت.", None),
    ("أصيب 300 شخص بفيروس كورونا وتوفي 5.", None),
    ("اعتقلت قوات الاحتلال 20 فلسطينيا في الضفة الغربية اليوم.", MARCH_2025),
    ("قتل 4 مدنيين وجندي في قصف مكثف في شرق أوكرانيا.", None),
    ("لقي شخصان مصرعهما وأصيب 7 آخرون في حادث انقلاب.", None),
    ("استشهد 30 فلسطينيا في غارة على غزة اليوم. وارتفعت حصيلة الشهداء في غزة منذ بدء الحرب إلى 48 ألفا.",
     MARCH_2025),
    ("أدت الحرب في قطاع غزة منذ السابع من أكتوبر إلى استشهاد آلاف الفلسطينيين.", "2023-10-20"),
    ("خلف الزلزال أكثر من 50 ألف قتيل و100 ألف جريح في تركيا وسوريا.", None),
    ("يبلغ عدد سكان قطاع غزة نحو 2.2 مليون نسمة.", None),
    ("نزح أكثر من 1.2 مليون شخص في لبنان.", "2024-10-28"),
    ("استشهد 40 فلسطينيا في رفح منذ فجر اليوم.", MARCH_2025),
]

IMPLAUSIBLE_EN = [
    ("The fighting has killed about 3,000 people and wounded more than 400,000.", None,
     "casualties/ratio", "more than 400,000", "tens of thousands"),
    ("The blast killed 150 people and injured 2 million.", None, "casualties/ratio", "2 million", "hundreds"),
    ("The attack killed 200 people and wounded 90,000 others.", None, "casualties/ratio", "90,000", "hundreds"),
    ("The war has killed 40,000 people in Gaza since the war began and wounded 300.", None,
     "casualties/ratio", "300", "hundreds of thousands"),
    ("Officials said 3 million people had been killed in the Gaza Strip.", None,
     "casualties/exceeds-population", "3 million", None),
    ("Ten million people have been displaced from the West Bank.", None,
     "casualties/exceeds-population", "Ten million", None),
    ("Israeli forces have detained 2 million Palestinians in the West Bank.", None,
     "casualties/exceeds-population", "2 million", None),
    ("Over 5 million people have been killed in Lebanon since the war began.", None,
     "casualties/exceeds-population", "Over 5 million", None),
    ("Since the war began, the number of people killed in the Gaza Strip has reached 4,000,000.", None,
     "casualties/exceeds-population", "4,000,000", None),
    ("The war in Gaza has killed 4,800 people since October 7, the ministry said.", MARCH_2025,
     "casualties/reference-mismatch", "4,800", "48,572"),
    ("Since the war began, more than 1 million Palestinians have been wounded in Gaza, the ministry said.",
     MARCH_2025, "casualties/reference-mismatch", "more than 1 million", "112,032"),
    ("Since October 7, the death toll in the Gaza Strip has risen to 480.", MARCH_2025,
     "casualties/reference-mismatch", "480", "48,572"),
    ("A total of 25,000 people were wounded in Gaza since October 7.", MARCH_2025,
     "casualties/reference-mismatch", "25,000", "112,032"),
    ("Thousands of people have been killed in Gaza since October 7.", MARCH_2025,
     "casualties/vague-understatement", "Thousands", "tens of thousands"),
    ("Dozens of people have been killed in the West Bank since October 7.", MARCH_2025,
     "casualties/vague-understatement", "Dozens", "hundreds"),
    ("Dozens of people have been killed in the Gaza Strip since the war began.", MARCH_2025,
     "casualties/vague-understatement", "Dozens", "tens of thousands"),
    ("The strike killed 12 people, including 20 children.", None, "casualties/part-exceeds-whole", "20", None),
    ("Forty people died in the attack, among them 55 women.", None,
     "casualties/part-exceeds-whole", "55", None),
    ("Health officials said 30 people were killed in the strike, including 45 children.", None,
     "casualties/part-exceeds-whole", "45", None),
    ("Since the war began, 48,000 people have been killed in Gaza. Health officials in Gaza say that since the "
     "war began, the death toll has risen to 4,800.", None, "casualties/conflicting", "4,800", "48,000"),
]

PLAUSIBLE_EN = [
    ("The war has killed more than 48,000 people and wounded over 111,000, the ministry said.", None),
    ("The explosion killed 218 people and injured about 7,000.", None),
    ("More than 48,000 people have been killed in the Gaza Strip since the war began.", MARCH_2025),
    ("The government will spend $3 million on new hospitals.", None),
    ("The bill passed by 300 votes to 150.", None),
    ("The city lies 510 km north-west of Baghdad.", None),
    ("He was born in 1948 in Jaffa.", None),
    ("Prices rose by 30 percent last year.", None),
    ("The injured 30-year-old striker will miss two games.", None),
    ("The strike killed 12 people, including 5 children.", None),
    ("At least 40 people died in the attack, among them 55 women.", None),
    ("Thousands of people have been killed in Gaza since October 7.", "2023-11-10"),
    ("About 1.9 million people have been displaced in the Gaza Strip.", MARCH_2025),
    ("Tens of thousands of people have been killed in Gaza since the war began.", MARCH_2025),
    ("Three people were killed and 300 injured in the stampede.", None),
    ("The earthquake killed more than 50,000 people and injured 100,000 in Turkey and Syria.", None),
    ("At least 1,200 people were killed in the attack on October 7, Israeli officials said.", None),
    ("Over 300 cases of cholera have been reported, and 5 patients died.", None),
    ("The death toll in the West Bank since October 7 has risen to more than 880.", MARCH_2025),
    ("He scored 30 goals in 45 games last season.", None),
    ("The accord signed in Rafah ended a civil war that killed 300,000 people.", None),
    ("Police arrested 15 people after the match, and 3 officers were injured.", None),
    ("Save the Children said 17,000 children had been killed in Gaza since the war began.", MARCH_2025),
]


@pytest.mark.parametrize(("text", "date", "rule", "span", "fix"), IMPLAUSIBLE_AR + IMPLAUSIBLE_EN)
def test_implausible_figure_is_flagged(checker: Checker, text: str, date: str | None, rule: str, span: str,
                                       fix: str | None) -> None:
    lang = "ar" if any("\u0600" <= c <= "\u06ff" for c in text) else "en"
    found = _findings(checker, text, lang, date)
    assert (rule, span, fix) in found, found


@pytest.mark.parametrize(("text", "date"), PLAUSIBLE_AR + PLAUSIBLE_EN)
def test_plausible_figure_stays_clean(checker: Checker, text: str, date: str | None) -> None:
    lang = "ar" if any("\u0600" <= c <= "\u06ff" for c in text) else "en"
    assert _findings(checker, text, lang, date) == []


def test_enough_sentences_per_language() -> None:
    assert len(IMPLAUSIBLE_AR) >= 20 and len(PLAUSIBLE_AR) >= 20
    assert len(IMPLAUSIBLE_EN) >= 20 and len(PLAUSIBLE_EN) >= 20


def test_millions_of_wounded_and_missing_gets_every_reason(checker: Checker) -> None:
    text = ("جرت الأحداث في قطاع غزة منذ السابع من أكتوبر، ما أدى إلى استشهاد آلاف من الفلسطينيين، "
            "وخلفت ملايين من الجرحى والمفقودين.")
    found = _findings(checker, text, "ar", MARCH_2025)
    assert sorted(found) == [
        ("casualties/exceeds-population", "ملايين", None),
        ("casualties/ratio", "ملايين", "عشرات الآلاف"),
        ("casualties/reference-mismatch", "ملايين", "112,032"),
        ("casualties/vague-understatement", "آلاف", "عشرات الآلاف"),
    ]


def test_severities_and_message_name_the_reference(checker: Checker) -> None:
    text = "Thousands of people have been killed in Gaza since October 7."
    (finding,) = checker.check_text(text, lang="en", date=dt.date(2025, 3, 16))
    assert finding.severity.label == "info"
    assert finding.message == ("'Thousands' understates the reference tally on 2025-03-16: 48,572 "
                               "(Gaza Ministry of Health); 'tens of thousands' fits")
    assert finding.fix is not None and finding.fix.applicability == "unsafe"


def test_no_reference_check_without_a_date_or_outside_the_series(checker: Checker) -> None:
    text = "The war in Gaza has killed 4,800 people since October 7, the ministry said."
    assert _findings(checker, text, "en", None) == []
    assert _findings(checker, text, "en", "2022-01-01") == []


def test_ratio_bounds_come_from_the_tallies(checker: Checker) -> None:
    rule = checker.packs.rule("casualties/ratio")
    bounds = ratio_bounds(rule, checker.packs.knowledge)
    # Ratios after the first 30 days: Gaza 27490/11078, 82407/36379, 112032/48572; West Bank 2654/182,
    # 5135/502, 7498/890; Lebanon 12592/2710. Widened by the margin of 3.
    assert bounds.low == pytest.approx(82407 / 36379 / 3)
    assert bounds.high == pytest.approx(2654 / 182 * 3)


def test_tally_value_takes_the_latest_report_not_too_old(checker: Checker) -> None:
    tally = checker.packs.knowledge.tallies["tally/gaza-moh"]
    assert tally_value(tally, "killed", dt.date(2024, 6, 20)) == (dt.date(2024, 6, 1), 36379.0)
    assert tally_value(tally, "killed", dt.date(2024, 9, 1)) is None  # 92 days after the last report
    assert tally_value(tally, "killed", dt.date(2023, 1, 1)) is None


def _scanned_value(tally, column: str, day: dt.date, max_gap_days: int = 31):
    """tally_value as a plain scan of the points in their order (what it gave before the dates were indexed)."""
    date_index, value_index = tally.columns.index("date"), tally.columns.index(column)
    best = None
    for point in tally.points:
        when = dt.date.fromisoformat(str(point[date_index]))
        if when > day:
            break
        value = point[value_index] if value_index < len(point) else None
        if isinstance(value, (int, float)):
            best = (when, float(value))
    return None if best is None or (day - best[0]).days > max_gap_days else best


def test_tally_value_is_the_scan_of_the_points_for_every_series_and_day() -> None:
    import dataclasses

    knowledge = load_packs().knowledge
    tallies = list(knowledge.tallies.values())
    # and one whose points are out of order: the scan stops at the first later one
    gaza = knowledge.tallies["tally/gaza-moh"]
    tallies.append(dataclasses.replace(gaza, id="tally/shuffled", points=gaza.points[40:80] + gaza.points[:40]))
    for tally in tallies:
        if "date" not in tally.columns or not tally.points:
            continue
        days = {dt.date.fromisoformat(str(point[tally.columns.index("date")])) for point in tally.points[::7]}
        days = {day + dt.timedelta(days=shift) for day in days for shift in (-40, -1, 0, 1, 45)}
        for column in tally.columns:
            for day in sorted(days):
                assert tally_value(tally, column, day) == _scanned_value(tally, column, day), (tally.id, column, day)


@pytest.mark.parametrize(("value", "arabic", "english"), [
    (48_572, "عشرات الآلاف", "tens of thousands"), (890, "مئات", "hundreds"), (112_032, "مئات الآلاف",
     "hundreds of thousands"), (4_000, "آلاف", "thousands"), (2_500_000, "ملايين", "millions"), (40, "عشرات", "dozens"),
])
def test_magnitude_word(value: float, arabic: str, english: str) -> None:
    assert magnitude_word(value, "ar") == arabic
    assert magnitude_word(value, "en") == english


def test_example_article_with_the_repository_packs() -> None:
    """examples/gaza_russia_ar.txt dated 2025-03-16: «ملايين» flagged for ratio, population and tally."""
    files = [REPO / "rules/core/casualties.yaml", REPO / "rules/knowledge/places.yaml",
             REPO / "rules/knowledge/countries.yaml", REPO / "rules/knowledge/tallies"]
    packs = load_packs(files, builtin=False, use_cache=False)
    checker = Checker(CheckOptions(select=("casualties/",)), packs=packs)
    text = (REPO / "examples/gaza_russia_ar.txt").read_text(encoding="utf-8")
    found = sorted((f.rule, text[f.start:f.end], f.severity.label, f.fix.replacement if f.fix else None)
                   for f in checker.check_text(text, lang="ar", date=dt.date(2025, 3, 16)))
    assert found == [
        ("casualties/exceeds-population", "ملايين", "error", None),
        ("casualties/ratio", "ملايين", "warning", "عشرات الآلاف"),
        ("casualties/reference-mismatch", "ملايين", "warning", "112,032"),
        ("casualties/vague-understatement", "آلاف", "info", "عشرات الآلاف"),
    ]
    start = text.index("ملايين من الجرحى")
    assert {f.start for f in checker.check_text(text, lang="ar", date=dt.date(2025, 3, 16))
            if f.rule != "casualties/vague-understatement"} == {start}


def test_rule_examples_pass(checker: Checker) -> None:
    from checker.rule_examples import run_examples

    failures = [o for o in run_examples(checker, checker.rules) if not o.passed]
    assert failures == []

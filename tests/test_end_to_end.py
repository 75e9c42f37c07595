"""Whole articles written for the tests, through every rule: correct ones stay clean, and each error planted
in a copy of them is flagged on its span (the findings of all families together, as a copy editor sees them)."""

import datetime as dt
from pathlib import Path

import pytest

from checker.api import Checker

ARTICLES = Path(__file__).resolve().parent / "fixtures" / "articles"
DATE = dt.date(2025, 3, 16)

PLANTED = {
    "ukraine_drones_en.txt": [
        # a title whose office had another holder on the date: the finding covers title and name
        ("Kremlin spokesman Dmitry Peskov", "Kremlin spokesman Sergei Lavrov", "roles/title-mismatch",
         "Kremlin spokesman Sergei Lavrov"),
        ("U.S. Secretary of State Marco Rubio", "Russian Secretary of State Marco Rubio", "roles/title-mismatch",
         "Russian Secretary of State Marco Rubio"),
        ("including a child", "including 9 children", "casualties/part-exceeds-whole", "9"),
        ("with 112,032 wounded", "with 3 million wounded", "casualties/exceeds-population", "3 million"),
        ("The Associated Press reported", "The British agency Associated Press reported",
         "attribution/outlet-descriptor", "British"),
    ],
    "gaza_talks_ar.txt": [
        ("وزير الخارجية الأمريكي ماركو روبيو", "وزير الخارجية البريطاني ماركو روبيو", "roles/title-mismatch",
         "وزير الخارجية البريطاني ماركو روبيو"),
        ("بينهم 3 أطفال", "بينهم 30 طفلا", "casualties/part-exceeds-whole", "30"),
        ("و112,032 مصابا", "و11 مليون مصاب", "casualties/exceeds-population", "11 مليون"),
        ("وذكرت وكالة الأنباء الفلسطينية (وفا)", "وذكرت وكالة رويترز الأمريكية", "attribution/outlet-descriptor",
         "الأمريكية"),
        ("الأمين العام للأمم المتحدة أنطونيو غوتيريش", "الأمين العام لحلف الناتو أنطونيو غوتيريش",
         "roles/title-mismatch", "الأمين العام لحلف الناتو أنطونيو غوتيريش"),
    ],
}


@pytest.fixture(scope="module")
def everything():
    return Checker()


@pytest.mark.parametrize("name", sorted(PLANTED))
def test_correct_article_stays_clean(everything, name):
    text = (ARTICLES / name).read_text("utf-8")
    assert everything.check_text(text, date=DATE) == []


@pytest.mark.parametrize("name,right,wrong,rule,span", [(n, *case) for n, cases in PLANTED.items() for case in cases])
def test_each_planted_error_is_flagged_alone(everything, name, right, wrong, rule, span):
    text = (ARTICLES / name).read_text("utf-8")
    assert right in text
    planted = text.replace(right, wrong, 1)
    findings = everything.check_text(planted, date=DATE)
    start = planted.index(wrong)
    ours = [f for f in findings if f.rule == rule and start <= f.start and f.end <= start + len(wrong)]
    assert [planted[f.start:f.end] for f in ours] == [span], [(f.rule, planted[f.start:f.end]) for f in findings]
    # Nothing else in the article is flagged: every finding lies inside the planted words.
    assert all(start <= f.start and f.end <= start + len(wrong) for f in findings)

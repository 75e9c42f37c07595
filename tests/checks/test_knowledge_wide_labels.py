"""People who entered the officials pack through a Wikidata Arabic label (tools/data/officials_wide/labels_ar.csv,
issue 12) are read in Arabic news with their dated roles, as in English: the right title on a date in office is
clean, a title they did not hold then is flagged."""

from __future__ import annotations

import datetime as dt

import pytest

D = dt.date

RIGHT = [
    ("ar", "قال وزير الدفاع اللبناني سمير مقبل إن الجيش سيواصل مهامه على الحدود.", D(2015, 7, 22)),
    ("en", "Lebanese Defence Minister Samir Mouqbel said the army would stay on the border.", D(2015, 7, 22)),
    ("ar", "قال رئيس الوزراء الليبي عبد الله الثني إن حكومته ترحب بالاتفاق.", D(2015, 7, 22)),
    ("ar", "أعلن وزير الخارجية اللبناني عدنان منصور أن بيروت تنأى بنفسها.", D(2012, 6, 1)),
]

WRONG = [
    # never his office
    ("ar", "قال وزير الخارجية اللبناني سمير مقبل إن الجيش سيواصل مهامه على الحدود.", D(2015, 7, 22)),
    # his premiership ended in March 2021
    ("ar", "قال رئيس الوزراء الليبي عبد الله الثني إن حكومته ترحب بالاتفاق.", D(2022, 6, 1)),
    ("en", "Libyan Prime Minister Abdullah al-Thani said his government welcomed the deal.", D(2022, 6, 1)),
]

RIGHT_IDS = ["Mouqbel defence ar", "Mouqbel defence en", "al-Thani PM ar", "Mansour FM ar"]
WRONG_IDS = ["Mouqbel never FM ar", "al-Thani after his term ar", "al-Thani after his term en"]


@pytest.fixture(scope="module")
def roles_checker():
    """The built-in packs (the real officials knowledge) with the roles rules."""
    from checker.api import Checker, CheckOptions

    return Checker(CheckOptions(select=("roles/",)))


@pytest.mark.parametrize("lang,text,date", RIGHT, ids=RIGHT_IDS)
def test_a_labelled_person_with_a_title_held_that_day_is_clean(roles_checker, lang, text, date):
    findings = roles_checker.check_text(text, lang=lang, date=date)
    assert findings == [], [(f.rule, text[f.start:f.end], f.message) for f in findings]


@pytest.mark.parametrize("lang,text,date", WRONG, ids=WRONG_IDS)
def test_a_labelled_person_with_a_title_not_held_that_day_is_flagged(roles_checker, lang, text, date):
    findings = roles_checker.check_text(text, lang=lang, date=date)
    assert [f.rule for f in findings] in (["roles/out-of-tenure"], ["roles/title-mismatch"]), \
        [(f.rule, text[f.start:f.end], f.message) for f in findings]

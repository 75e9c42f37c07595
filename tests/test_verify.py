"""Fixes verified before they are offered (checker/verify.py): a fix that leaves a finding of its own family
where it was applied is not safe, and its explanation says why; a fix that makes the sentence clean stays safe."""

import datetime as dt

import pytest

from checker.models import Finding, Fix, Severity
from checker.verify import verify_fixes

BLINKEN = {
    "en": ("Russian Foreign Minister Antony Blinken met reporters in Washington on Monday.", "Russian", "American",
           "not verified"),
    "ar": ("التقى وزير الخارجية الروسي أنتوني بلينكن الصحفيين في واشنطن يوم الاثنين.", "الروسي", "الأمريكي",
           "غير مؤكد"),
}


def _title_finding(checker, text, lang, date):
    found = [f for f in checker.check_text(text, lang=lang, date=date) if f.rule == "roles/title-mismatch"]
    assert len(found) == 1, found
    return found[0]


# "US Prime Minister Joe Biden": the US has no prime minister, the fix is his office there, "President"; in 2025,
# after his term, the fixed sentence is flagged in turn, and there is no other correction to offer.
BIDEN = {
    "en": ("US Prime Minister Joe Biden met reporters in Washington on Monday.", "President", "not verified"),
    "ar": ("التقى رئيس الوزراء الأمريكي جو بايدن الصحفيين في واشنطن يوم الاثنين.", "الرئيس", "غير مؤكد"),
}


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_fix_that_leaves_its_family_flagged_is_demoted_with_the_reason(checker, lang):
    from checker.verify import was_demoted

    text, right, reason = BIDEN[lang]
    finding = _title_finding(checker, text, lang, dt.date(2025, 3, 16))
    assert finding.fix is not None and finding.fix.replacement == right and finding.fix.applicability == "unsafe"
    assert reason in finding.explanation and right in finding.explanation.split(reason)[1] and was_demoted(finding)
    fixed = text[:finding.start] + finding.fix.replacement + text[finding.end:]
    assert any(f.rule.startswith("roles/") for f in checker.check_text(fixed, lang=lang, date=dt.date(2025, 3, 16)))
    assert was_demoted(_title_finding(checker, text, lang, dt.date(2023, 3, 16))) is False  # in his term: verified


# The holder of the claimed office on the date (the name fix), in the sentence's form.
LAVROV = {"en": "Russian Foreign Minister Sergey Lavrov", "ar": "وزير الخارجية الروسي سيرغي لافروف"}


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_fix_that_fails_gives_way_to_a_verified_alternative(checker, lang):
    from checker.verify import was_demoted

    text, wrong, right, reason = BLINKEN[lang]
    # After his tenure, "American Foreign Minister Antony Blinken" is flagged in turn; the other correction, the
    # Russian foreign minister's name, re-checks clean: it is proposed (unsafe), and the explanation says why
    # the title's fix is not
    finding = _title_finding(checker, text, lang, dt.date(2025, 3, 16))
    assert wrong in text[finding.start:finding.end]
    assert (finding.fix.replacement, finding.fix.applicability, finding.alternatives) == (LAVROV[lang], "unsafe", ())
    assert reason in finding.explanation and right in finding.explanation.split(reason)[1]
    assert not was_demoted(finding)
    fixed = text[:finding.start] + finding.fix.replacement + text[finding.end:]
    assert checker.check_text(fixed, lang=lang, date=dt.date(2025, 3, 16)) == []


# Blinken named again: the article says the title, not the name, is the wrong part (the title fix may be safe).
AGAIN = {"en": " Blinken left on Tuesday.", "ar": " وغادر بلينكن يوم الثلاثاء."}


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_fix_that_makes_the_sentence_clean_stays_safe(checker, lang):
    text, wrong, right, reason = BLINKEN[lang]
    text += AGAIN[lang]
    date = dt.date(2023, 3, 16)  # during his tenure
    finding = _title_finding(checker, text, lang, date)
    assert finding.fix is not None and right in finding.fix.replacement and finding.fix.applicability == "safe"
    assert reason not in finding.explanation
    fixed = text[:finding.start] + finding.fix.replacement + text[finding.end:]
    assert checker.check_text(fixed, lang=lang, date=date) == []


def test_only_findings_of_the_fix_family_at_its_place_count(checker):
    from checker.analysis import Analysis

    text = "Alpha beta gamma. Delta epsilon."
    analysis = Analysis(text, "en", None, checker.packs)
    fix_at_beta = Finding("roles/x", "c", Severity.ERROR, 6, 10, "m", "why", Fix("BETA", "safe"))
    calls = []

    def run(again, rules):
        calls.append(again.text)
        return [Finding("roles/y", "c", Severity.ERROR, 0, 5, "elsewhere"),        # not at the fix
                Finding("casualties/z", "c", Severity.ERROR, 6, 10, "other family")]  # not its family

    rules = [r for r in checker.rules if r.id.startswith(("roles/", "casualties/"))]
    assert verify_fixes(analysis, rules, [fix_at_beta], run) == [fix_at_beta]
    assert calls == ["Alpha BETA gamma."]  # only the sentence around the fix is checked again

    def run_flagging(again, rules):
        return [Finding("roles/y", "c", Severity.ERROR, 8, 12, "still wrong")]

    demoted = verify_fixes(analysis, rules, [fix_at_beta], run_flagging)[0]
    assert demoted.fix == Fix("BETA", "unsafe") and demoted.explanation.endswith("still wrong")


def test_an_alternative_that_leaves_its_family_flagged_is_not_offered(checker):
    from checker.analysis import Analysis

    text = "Alpha beta gamma. Delta epsilon."
    analysis = Analysis(text, "en", None, checker.packs)
    finding = Finding("roles/x", "c", Severity.ERROR, 6, 10, "m", "why", Fix("BETA", "unsafe"),
                      alternatives=(Fix("GOOD"), Fix("BAD")))

    def run(again, rules):  # the sentence with BAD in it is still flagged there
        return [Finding("roles/y", "c", Severity.ERROR, 6, 9, "still wrong")] if "BAD" in again.text else []

    rules = [r for r in checker.rules if r.id.startswith("roles/")]
    assert verify_fixes(analysis, rules, [finding], run) == [
        Finding("roles/x", "c", Severity.ERROR, 6, 10, "m", "why", Fix("BETA", "unsafe"), alternatives=(Fix("GOOD"),))]


def test_a_repeated_sentence_is_checked_again_once(checker):
    from checker.analysis import Analysis

    text = "Alpha beta gamma. Alpha beta gamma. Delta beta."
    analysis = Analysis(text, "en", None, checker.packs)
    fixes = [Finding("roles/x", "c", Severity.ERROR, at, at + 4, "m", "why", Fix("BETA", "safe"))
             for at in (6, 24, 42)]
    calls = []
    rules = [r for r in checker.rules if r.id.startswith("roles/")]
    assert verify_fixes(analysis, rules, fixes, lambda again, rules: calls.append(again.text) or []) == fixes
    assert calls == ["Alpha BETA gamma.", "Delta BETA."]  # the second "Alpha beta gamma." reuses the first


def test_a_long_sentence_is_checked_again_only_around_the_fix(checker):
    from checker.analysis import Analysis
    from checker.verify import WINDOW

    words = " ".join(["word"] * 2000)
    text = f"{words} Alpha beta gamma {words}"
    analysis = Analysis(text, "en", None, checker.packs)
    at = text.index("beta")
    fix = Finding("roles/x", "c", Severity.ERROR, at, at + 4, "m", "why", Fix("BETA", "safe"))
    seen = []
    verify_fixes(analysis, checker.rules, [fix], lambda again, rules: seen.append(again.text) or [])
    assert len(seen) == 1 and "Alpha BETA gamma" in seen[0]
    assert len(seen[0]) <= 2 * WINDOW + 20 and not seen[0].startswith(" ") and not seen[0].endswith(" ")


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_message_does_not_assert_a_fix_that_is_not_verified(checker, lang):
    text, wrong, right, _ = BLINKEN[lang]
    demoted = _title_finding(checker, text, lang, dt.date(2025, 3, 16))  # its title fix failed: not named
    assert demoted.fix is not None and right not in demoted.fix.replacement and demoted.fix.applicability == "unsafe"
    assert right not in demoted.message
    assert not demoted.message.endswith((":", "؛", " "))
    verified = _title_finding(checker, text + AGAIN[lang], lang, dt.date(2023, 3, 16))
    named = verified.fix.replacement  # a verified fix is named
    assert verified.message.endswith(f"'{named}'" if lang == "en" else f"«{named}»")
    assert verified.message.startswith(demoted.message)

"""roles/out-of-tenure judges a title in the time frame its sentence speaks of: quoted speech, a condition,
the future or a candidacy, and an explicitly historical clause are not claims about the article's date; present
reporting is. Sentences written for these tests, right and wrong, per frame and language."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from annotate.test_titles import roles_checker

from checks.test_roles import claim_of

# Donald Trump: president 2017-01-20 - 2021-01-20 and from 2025-01-20; Joe Biden: president 2021-01-20 -
# 2025-01-20; Antony Blinken: secretary of state 2021-01-26 - 2025-01-20; Mike Pence: vice president 2017-2021.
BETWEEN_TERMS = dt.date(2023, 6, 14)  # Trump out of office
AFTER_BIDEN = dt.date(2025, 6, 2)  # Biden and Blinken out of office

RULE = "roles/out-of-tenure"

# (lang, frame, text, date, span flagged by out-of-tenure)
WRONG = [
    # current: present reporting, the article's date
    ("en", "current", "President Joe Biden signed the order on Monday.", AFTER_BIDEN, "President"),
    ("en", "current", "US President Donald Trump said the deal would be signed soon.", BETWEEN_TERMS, "US President"),
    ("en", "current", "Secretary of State Antony Blinken told reporters that talks were useful.", AFTER_BIDEN,
     "Secretary of State"),
    ("en", "current", "President Donald Trump visited the border today.", BETWEEN_TERMS, "President"),
    ("en", "current", "US President Joe Biden warned Moscow against escalation.", AFTER_BIDEN, "US President"),
    ("en", "current", "President Joe Biden is meeting the Japanese prime minister this week.", AFTER_BIDEN,
     "President"),
    ("en", "current", "Secretary of State Antony Blinken arrived in Warsaw on Tuesday.", AFTER_BIDEN,
     "Secretary of State"),
    # a quotation closed before the title does not cover it
    ("en", "quoted", "\"We are ready,\" US President Joe Biden said.", AFTER_BIDEN, "US President"),
    ("en", "quoted", "“Talks will go on,” Secretary of State Antony Blinken said on Sunday.", AFTER_BIDEN,
     "Secretary of State"),
    # a condition or the future in another clause, after the verb of saying, is not the title's frame
    ("en", "hypothetical", "President Joe Biden said the bill would pass.", AFTER_BIDEN, "President"),
    ("en", "hypothetical", "US President Donald Trump told supporters he could win.", BETWEEN_TERMS, "US President"),
    # one speaker's label is a headline, not a transcript: the paragraphs below are the writer's
    ("en", "quoted", "Biden: Talks will go on\n\nPresident Joe Biden meets the Japanese prime minister.", AFTER_BIDEN,
     "President"),
    # a day outside the tenure, or a day without a year that is not in it
    ("en", "historical", "March 3 - US President Joe Biden meets Japan's prime minister.", dt.date(2026, 6, 2),
     "US President"),
    # the word "new" elsewhere in the sentence is not an incoming holder
    ("en", "current", "President Joe Biden said on Monday the new law was wrong.", AFTER_BIDEN, "President"),
    # a year outside the tenure does not make the title the period's
    ("en", "historical", "In 2019, President Joe Biden spoke at the summit.", AFTER_BIDEN, "President"),
    # narrative past excuses only someone in no office: an old title for a holder of another one misleads
    ("en", "past", "Russian Prime Minister Vladimir Putin received the delegation.", AFTER_BIDEN,
     "Russian Prime Minister"),
    # a possessive told of the day is today's
    ("en", "current", "President Donald Trump's campaign on Thursday announced a rally.", BETWEEN_TERMS, "President"),
    # a role that begins after the date is never the past's
    ("en", "past", "Secretary of State Marco Rubio visited Beijing.", BETWEEN_TERMS, "Secretary of State"),
    ("en", "past", "President Joe Biden visited Warsaw.", dt.date(2019, 3, 1), "President"),

    ("ar", "current", "قال الرئيس الأمريكي جو بايدن اليوم إن واشنطن ستواصل دعم أوكرانيا.", AFTER_BIDEN,
     "الرئيس الأمريكي"),
    ("ar", "current", "أكد وزير الخارجية الأمريكي أنتوني بلينكن أمس أن المحادثات مستمرة.", AFTER_BIDEN,
     "وزير الخارجية الأمريكي"),
    ("ar", "current", "قال الرئيس الأمريكي دونالد ترامب إن الاتفاق قريب.", BETWEEN_TERMS, "الرئيس الأمريكي"),
    ("ar", "current", "يزور الرئيس الأمريكي دونالد ترامب الحدود.", BETWEEN_TERMS, "الرئيس الأمريكي"),
    ("ar", "current", "دعا وزير الخارجية الأمريكي أنتوني بلينكن إلى وقف إطلاق النار.", AFTER_BIDEN,
     "وزير الخارجية الأمريكي"),
    # Arabic news tells today's events in the past tense: the verb alone says nothing of the time
    ("ar", "past", "استقبل الرئيس الأمريكي جو بايدن الوفد في البيت الأبيض.", AFTER_BIDEN, "الرئيس الأمريكي"),
    ("ar", "past", "وصل وزير الخارجية الأمريكي أنتوني بلينكن إلى الرياض.", AFTER_BIDEN, "وزير الخارجية الأمريكي"),
    ("ar", "past", "وصل وزير الخارجية الأمريكي ماركو روبيو إلى الرياض.", BETWEEN_TERMS, "وزير الخارجية الأمريكي"),
    # a quotation closed before the title does not cover it
    ("ar", "quoted", "«نحن مستعدون» قال الرئيس الأمريكي جو بايدن.", AFTER_BIDEN, "الرئيس الأمريكي"),
    ("ar", "quoted", "\"المحادثات مستمرة\" قال وزير الخارجية الأمريكي أنتوني بلينكن.", AFTER_BIDEN,
     "وزير الخارجية الأمريكي"),
    ("ar", "historical", "3 مارس: الرئيس الأمريكي جو بايدن يلتقي رئيس وزراء اليابان.", dt.date(2026, 6, 2),
     "الرئيس الأمريكي"),
    ("ar", "current", "وقال الرئيس الأمريكي جو بايدن اليوم إن القانون الجديد خاطئ.", AFTER_BIDEN, "الرئيس الأمريكي"),
    # a year outside the tenure
    ("ar", "historical", "في عام 2019 قال الرئيس الأمريكي جو بايدن إن الاقتصاد قوي.", AFTER_BIDEN,
     "الرئيس الأمريكي"),
    ("ar", "current", "أعلن الرئيس الأمريكي جو بايدن دعمه للمرشحين.", AFTER_BIDEN, "الرئيس الأمريكي"),
]

# (lang, frame, text, date): correct sentences the rule must leave alone
RIGHT = [
    # quoted speech: the speaker's words
    ("en", "quoted", "\"I want to thank President Donald Trump for his commitment,\" he said.", BETWEEN_TERMS),
    ("en", "quoted", "“President Trump is the single most dominant force in politics,” a spokesman said.",
     BETWEEN_TERMS),
    ("en", "quoted", "“Wishing strength to President Joe Biden and his family,” she wrote.", AFTER_BIDEN),
    ("en", "quoted", "“The committee found that President Donald Trump did not act.\n", BETWEEN_TERMS),
    ("en", "quoted", "Pence: 'President Donald Trump was wrong'", BETWEEN_TERMS),
    ("en", "quoted", "Kennedy: I beat President Donald Trump in every poll.", BETWEEN_TERMS),
    ("en", "quoted", "Wire: What about the polls?\n\nKennedy: I lead them.\n\nWire: And the debates?\n\n"
     "Kennedy: They are unfair.\n\nPresident Donald Trump and President Joe Biden are afraid of them.",
     BETWEEN_TERMS),
    ("en", "quoted", "We have seen voters embrace President Donald Trump despite the allegations.", BETWEEN_TERMS),
    ("en", "quoted", "President Donald Trump has been much more vocal about me.", BETWEEN_TERMS),
    # historical: the time is named, or the clause tells a completed event of someone in no office
    ("en", "historical", "July 7 - US President Joe Biden meets Japan's prime minister.", AFTER_BIDEN),
    ("en", "historical", "Conservatives embraced President Donald Trump in recent years.", BETWEEN_TERMS),
    ("en", "historical", "Schiff said in Thursday's hearing that the Secret Service received threats against "
     "President Joe Biden.", AFTER_BIDEN),
    # between terms: the day before the swearing-in or after the successor's
    ("en", "transition", "Photos: Antony Blinken, the US's new secretary of state", dt.date(2021, 1, 25)),
    ("en", "transition", "New Democratic Secretary of State Antony Blinken arrives in Kyiv on Monday.",
     dt.date(2021, 1, 25)),
    ("en", "transition", "Outgoing US President Joe Biden said on Tuesday he was proud of his record.",
     dt.date(2025, 1, 21)),
    ("en", "historical", "Then-President Donald Trump signed the bill.", BETWEEN_TERMS),
    ("en", "historical", "In 2018, President Donald Trump met Kim Jong Un.", BETWEEN_TERMS),
    ("en", "historical", "Supporters of now-former President Donald Trump gathered outside.", BETWEEN_TERMS),
    ("en", "historical", "President Donald Trump, at the time, rejected the plan.", BETWEEN_TERMS),
    ("en", "historical", "President Donald Trump signed the CARES Act into law.", BETWEEN_TERMS),
    ("en", "historical", "After years of whiplash, President Donald Trump pulled the US out of the accord.",
     BETWEEN_TERMS),
    ("en", "historical", "Protesters gathered where President Donald Trump was holding a rally.", BETWEEN_TERMS),
    ("en", "historical", "President Joe Biden ended his campaign in the summer.", AFTER_BIDEN),
    ("en", "historical", "She plans to support former Republican President Donald Trump in the caucuses.",
     BETWEEN_TERMS),
    ("en", "historical", "The impeachment trial of President Donald Trump opened in the Senate.",
     dt.date(2021, 2, 9)),
    ("en", "historical", "President Donald Trump held 21 news conferences during his presidency.", BETWEEN_TERMS),
    ("en", "historical", "Last year, Secretary of State Antony Blinken called the strikes a war crime.", AFTER_BIDEN),
    ("en", "historical", "Former Biden administration Secretary of State Antony Blinken spoke at the event.",
     AFTER_BIDEN),
    # hypothetical, future, candidacy
    ("en", "hypothetical", "Trump intends to travel to Tokyo with Secretary of State Marco Rubio.",
     dt.date(2024, 12, 1)),
    ("en", "hypothetical", "If President Donald Trump wins, tariffs will rise.", BETWEEN_TERMS),
    ("en", "hypothetical", "President Donald Trump will sign an order on his first day.", BETWEEN_TERMS),
    ("en", "hypothetical", "Beside him will be Secretary of State Marco Rubio.", dt.date(2024, 12, 1)),
    ("en", "hypothetical", "Trump is considering dropping his pick for Secretary of State Marco Rubio.",
     dt.date(2024, 12, 1)),
    ("en", "hypothetical", "Trump campaign press secretary Karoline Leavitt issued a statement.",
     dt.date(2024, 6, 11)),
    ("en", "hypothetical", "Trump transition Press Secretary Karoline Leavitt issued a statement.",
     dt.date(2025, 1, 2)),
    # not a title of the country: "pro-Russian"
    ("en", "qualifier", "Crowds cheered pro-American President Emmanuel Macron in Paris.", BETWEEN_TERMS),
    # a thing of the term named by the possessive, a capacity of the past, a caption's label or its day
    ("en", "historical", "The appeal brings President Donald Trump's policy back before the justices.",
     BETWEEN_TERMS),
    ("en", "historical", "Goldman said the accusation is that as president Donald Trump pressured Ukraine.",
     BETWEEN_TERMS),
    ("en", "historical", "JUST WATCHED President Donald Trump tells rioters at Capitol to 'go home'", BETWEEN_TERMS),
    ("en", "historical", "President Donald Trump speaks after taking office on Monday, January 20.",
     dt.date(2025, 1, 18)),
    # current and right
    ("en", "current", "President Donald Trump signed the order on Monday.", dt.date(2025, 3, 16)),
    ("en", "current", "US President Joe Biden said the bill would pass.", dt.date(2023, 6, 14)),

    ("ar", "quoted", "قال: «نشكر الرئيس الأمريكي دونالد ترامب على التزامه».", BETWEEN_TERMS),
    ("ar", "quoted", "وقال إن \"الرئيس الأمريكي جو بايدن صديق لنا\".", AFTER_BIDEN),
    ("ar", "quoted", "«لقد كان وزير الخارجية الأمريكي أنتوني بلينكن شريكا حقيقيا", AFTER_BIDEN),
    ("ar", "historical", "في عهد الرئيس الأمريكي دونالد ترامب نقلت السفارة إلى القدس.", BETWEEN_TERMS),
    ("ar", "historical", "عندما كان الرئيس الأمريكي جو بايدن في البيت الأبيض ارتفعت الأسعار.", AFTER_BIDEN),
    ("ar", "historical", "قال الرئيس الأمريكي دونالد ترامب آنذاك إن الاتفاق سيئ.", BETWEEN_TERMS),
    ("ar", "historical", "في عام 2018 التقى الرئيس الأمريكي دونالد ترامب الزعيم الكوري.", BETWEEN_TERMS),
    ("ar", "historical", "إبان ولاية الرئيس الأمريكي دونالد ترامب فرضت العقوبات.", BETWEEN_TERMS),
    ("ar", "historical", "خلال ولاية وزير الخارجية الأمريكي أنتوني بلينكن زار المنطقة مرات.", AFTER_BIDEN),
    ("ar", "historical", "قال الرئيس الأمريكي السابق جو بايدن إن بلاده ستبقى.", AFTER_BIDEN),
    ("ar", "historical", "7 يوليو: الرئيس الأمريكي جو بايدن يلتقي رئيس وزراء اليابان.", AFTER_BIDEN),
    ("ar", "transition", "قال وزير الخارجية الأمريكي الجديد أنتوني بلينكن اليوم إن الحوار مستمر.",
     dt.date(2021, 1, 25)),
    ("ar", "historical", "في العام الماضي وصف وزير الخارجية الأمريكي أنتوني بلينكن الضربات بأنها جريمة.", AFTER_BIDEN),
    ("ar", "hypothetical", "لو فاز الرئيس الأمريكي دونالد ترامب لارتفعت الرسوم.", BETWEEN_TERMS),
    ("ar", "hypothetical", "إذا عاد الرئيس الأمريكي دونالد ترامب فإن السياسة ستتغير.", BETWEEN_TERMS),
    ("ar", "hypothetical", "سوف يوقع الرئيس الأمريكي دونالد ترامب الأمر في يومه الأول.", BETWEEN_TERMS),
    ("ar", "hypothetical", "قال المرشح لمنصب وزير الخارجية الأمريكي ماركو روبيو إن الصين خصم.", dt.date(2024, 12, 1)),
    ("ar", "hypothetical", "قال وزير الخارجية الأمريكي المقبل ماركو روبيو إن الصين خصم.", dt.date(2024, 12, 1)),
    ("ar", "hypothetical", "في حال فوز الرئيس الأمريكي دونالد ترامب ستتغير السياسة.", BETWEEN_TERMS),
    ("ar", "current", "قال الرئيس الأمريكي دونالد ترامب اليوم إن الاتفاق قريب.", dt.date(2025, 3, 16)),
    ("ar", "historical", "وقع بصفته الرئيس الأمريكي دونالد ترامب قانون الضرائب.", BETWEEN_TERMS),
    ("ar", "current", "قال الرئيس الأمريكي جو بايدن إن الاتفاق قريب.", dt.date(2023, 6, 14)),
]


@pytest.fixture(scope="module")
def checker(tmp_path_factory):
    return roles_checker(tmp_path_factory.mktemp("frames"))


def test_enough_sentences_per_language():
    for lang in ("ar", "en"):
        assert sum(1 for case in WRONG + RIGHT if case[0] == lang) >= 30


@pytest.mark.parametrize("lang,frame,text,date,span", WRONG)
def test_title_claimed_for_the_article_date_is_judged(checker, lang, frame, text, date, span):
    from checker.engine import run_rules

    findings = run_rules(checker.analyse(text, lang=lang, date=date), [checker.packs.rule(RULE)])
    assert len(findings) == 1, frame
    found = text[findings[0].start:findings[0].end]  # the whole claim when the office had another holder then
    assert found == span or (span in found and found == claim_of(checker, text, lang, date, findings[0].start))


@pytest.mark.parametrize("lang,frame,text,date", RIGHT)
def test_title_in_another_frame_is_not_judged(checker, lang, frame, text, date):
    findings = checker.check_text(text, lang=lang, date=date)
    assert [(f.rule, text[f.start:f.end]) for f in findings] == [], frame


# (lang, text without a claim, the same with the word that blocks it taken out (judged), date)
BLOCKED = [
    ("en", "Trump spokeswoman Karoline Leavitt told reporters on Monday.",
     "Spokeswoman Karoline Leavitt told reporters on Monday.", dt.date(2024, 10, 5)),
    ("en", "Trump campaign press secretary Karoline Leavitt issued a statement.",
     "Press Secretary Karoline Leavitt issued a statement.", dt.date(2024, 6, 11)),
    ("en", "Trump transition Press Secretary Karoline Leavitt issued a statement.",
     "Press Secretary Karoline Leavitt issued a statement.", dt.date(2025, 1, 2)),
    ("en", "Trump is considering dropping his pick for Secretary of State Marco Rubio.",
     "Trump is considering dropping Secretary of State Marco Rubio.", dt.date(2024, 12, 1)),
    ("en", "Crowds cheered pro-American President Emmanuel Macron in Paris.",
     "Crowds cheered American President Emmanuel Macron in Paris.", BETWEEN_TERMS),
    ("en", "The impeachment trial of President Donald Trump opens on Tuesday.",
     "The hearing on President Donald Trump opens on Tuesday.", dt.date(2021, 2, 9)),
    ("ar", "قال وزير الخارجية الأمريكي المقبل ماركو روبيو إن الصين خصم.",
     "قال وزير الخارجية الأمريكي ماركو روبيو إن الصين خصم.", dt.date(2024, 12, 1)),
    # compound, deputy and not-yet or stand-in offices: not the office's holder
    ("en", "Secretary of State-designate Marco Rubio met senators on Monday.",
     "Secretary of State Marco Rubio met senators on Monday.", dt.date(2024, 12, 1)),
    ("en", "Acting Secretary of State Marco Rubio met senators on Monday.",
     "Secretary of State Marco Rubio met senators on Monday.", dt.date(2024, 12, 1)),
    ("en", "Interim Secretary of State Marco Rubio met senators on Monday.",
     "Secretary of State Marco Rubio met senators on Monday.", dt.date(2024, 12, 1)),
    ("en", "Deputy Secretary of State Marco Rubio met senators on Monday.",
     "Secretary of State Marco Rubio met senators on Monday.", dt.date(2024, 12, 1)),
    ("en", "Minister of State Marco Rubio met senators on Monday.",
     "Secretary of State Marco Rubio met senators on Monday.", dt.date(2024, 12, 1)),
    ("en", "President-elect Donald Trump met senators on Monday.",
     "President Donald Trump met senators on Monday.", dt.date(2024, 12, 1)),
    ("en", "Caretaker Prime Minister Benjamin Netanyahu met senators on Monday.",
     "Prime Minister Benjamin Netanyahu met senators on Monday.", dt.date(2022, 6, 1)),
    ("ar", "التقى وزير الخارجية الأمريكي المكلف ماركو روبيو أعضاء مجلس الشيوخ اليوم.",
     "التقى وزير الخارجية الأمريكي ماركو روبيو أعضاء مجلس الشيوخ اليوم.", dt.date(2024, 12, 1)),
    ("ar", "التقى وزير الخارجية الأمريكي بالوكالة ماركو روبيو أعضاء مجلس الشيوخ اليوم.",
     "التقى وزير الخارجية الأمريكي ماركو روبيو أعضاء مجلس الشيوخ اليوم.", dt.date(2024, 12, 1)),
    ("ar", "التقى نائب وزير الخارجية الأمريكي ماركو روبيو أعضاء مجلس الشيوخ اليوم.",
     "التقى وزير الخارجية الأمريكي ماركو روبيو أعضاء مجلس الشيوخ اليوم.", dt.date(2024, 12, 1)),
    ("ar", "التقى الرئيس الأمريكي المنتخب دونالد ترامب أعضاء مجلس الشيوخ اليوم.",
     "التقى الرئيس الأمريكي دونالد ترامب أعضاء مجلس الشيوخ اليوم.", dt.date(2024, 12, 1)),
    ("ar", "التقى رئيس حكومة تصريف الأعمال الإسرائيلية بنيامين نتنياهو أعضاء مجلس الشيوخ اليوم.",
     "التقى رئيس الوزراء الإسرائيلي بنيامين نتنياهو أعضاء مجلس الشيوخ اليوم.", dt.date(2022, 6, 1)),
]


@pytest.mark.parametrize("lang,blocked,judged,date", BLOCKED)
def test_word_that_makes_the_title_another_office_or_side(checker, lang, blocked, judged, date):
    assert checker.check_text(blocked, lang=lang, date=date) == []
    assert checker.check_text(judged, lang=lang, date=date) != []


# The test knowledge was checked on 2025-06-01: a title no role fits, in an article after that, may be an
# office taken since; before it, it is an error with the title fix (unsafe: the sentence alone does not say the
# name is right). Both cover the whole claim: others held the office, so the name may be the wrong part,
# whether or not the holder on the date is known.
KNOWLEDGE_GAP = [
    ("en", "US Secretary of State Sergey Lavrov meets Chinese counterpart", "US", "Russian"),
    ("ar", "أجرى وزير الخارجية الأمريكي سيرغي لافروف محادثة هاتفية مع نظيره.", "الأمريكي", "الروسي"),
]
_CLAIM = {"en": "US Secretary of State Sergey Lavrov", "ar": "وزير الخارجية الأمريكي سيرغي لافروف"}


@pytest.mark.parametrize("lang,text,span,fix", KNOWLEDGE_GAP)
def test_title_after_the_knowledge_horizon_is_a_warning_without_fix(checker, lang, text, span, fix):
    before, after = (checker.check_text(text, lang=lang, date=date) for date in (AFTER_BIDEN - dt.timedelta(days=30),
                                                                                  dt.date(2025, 6, 2)))
    assert [(f.rule, text[f.start:f.end], f.severity.label, f.fix.replacement, f.fix.applicability)
            for f in before] == [
        ("roles/title-mismatch", _CLAIM[lang], "error", _CLAIM[lang].replace(span, fix), "unsafe")]
    assert [(f.rule, text[f.start:f.end], f.severity.label, f.fix) for f in after] == [
        ("roles/title-mismatch", _CLAIM[lang], "warning", None)]
    assert ("2025-06-01" if lang == "en" else "1 يونيو 2025") in after[0].explanation  # dates in the article's language


# -- posthumous: a small pack of the dead (Ebrahim Raisi, president of Iran until his death on 2024-05-19) ----
DEAD_YAML = """\
pack: roles-test-dead
kind: knowledge
version: 1
verified_through: "2025-06-01"
entities:
  - id: person/ebrahim-raisi
    type: person
    names: {en: [Ebrahim Raisi], ar: [إبراهيم رئيسي]}
    short: {en: [Raisi], ar: [رئيسي]}
    gender: m
    died: 2024-05-19
    roles:
      - {office: office/president, of: country/IR, from: 2021-08-03, to: 2024-05-19}
"""
AFTER_RAISI = dt.date(2024, 6, 4)


@pytest.fixture(scope="module")
def dead_checker(tmp_path_factory):
    from annotate.test_titles import KNOWLEDGE_YAML, REPO

    from checker.api import Checker, CheckOptions
    from checker.compiled_packs import load_packs

    folder = tmp_path_factory.mktemp("dead")
    (folder / "knowledge.yaml").write_text(KNOWLEDGE_YAML, "utf-8")
    (folder / "dead.yaml").write_text(DEAD_YAML, "utf-8")
    packs = load_packs([REPO / "rules/core/roles.yaml", REPO / "rules/knowledge/countries.yaml",
                        folder / "knowledge.yaml", folder / "dead.yaml"], builtin=False, use_cache=False)
    return Checker(CheckOptions(select=("roles/",)), packs=packs)


# the title held at death stays normal after it: death, mourning, memory, history, quotation
POSTHUMOUS_RIGHT = [
    ("en", "Iranian President Ebrahim Raisi died in a helicopter crash on Sunday."),
    ("en", "Iranian President Ebrahim Raisi dies in helicopter crash"),
    ("en", "Thousands attended the funeral of Iranian President Ebrahim Raisi on Tuesday."),
    ("en", "The late President Ebrahim Raisi was buried in Mashhad."),
    ("en", "President Ebrahim Raisi visited Beijing in 2023."),
    ("en", "\"President Ebrahim Raisi said on Tuesday that we would win,\" the minister recalled."),
    ("en", "Iranian President Ebrahim Raisi met Putin in Moscow."),
    ("en", "If President Ebrahim Raisi were alive today, he would oppose it."),
    ("ar", "لقي الرئيس الإيراني إبراهيم رئيسي حتفه في تحطم مروحية."),
    ("ar", "شيع الآلاف اليوم جثمان الرئيس الإيراني إبراهيم رئيسي."),
    ("ar", "قال الرئيس الإيراني الراحل إبراهيم رئيسي إن بلاده لن تتراجع."),
    ("ar", "زار الشهيد الرئيس إبراهيم رئيسي بكين في عام 2023."),
    ("ar", "أعلنت طهران الحداد اليوم على الرئيس الإيراني إبراهيم رئيسي."),
    ("ar", "قال: «أكد الرئيس الإيراني إبراهيم رئيسي اليوم أن بلاده لن تتراجع»."),
]
# a dead person told as acting on the article's day: (lang, text, span)
POSTHUMOUS_WRONG = [
    ("en", "Iranian President Ebrahim Raisi said on Tuesday that talks would resume.", "Ebrahim Raisi"),
    ("en", "President Ebrahim Raisi met the Iraqi prime minister today.", "Ebrahim Raisi"),
    ("en", "Ebrahim Raisi, the Iranian president, told reporters on Monday that Iran was ready.", "Ebrahim Raisi"),
    ("ar", "قال الرئيس الإيراني إبراهيم رئيسي اليوم إن بلاده مستعدة للحوار.", "إبراهيم رئيسي"),
    ("ar", "استقبل الرئيس الإيراني إبراهيم رئيسي أمس وزير الخارجية العراقي.", "إبراهيم رئيسي"),
]


@pytest.mark.parametrize("lang,text", POSTHUMOUS_RIGHT)
def test_a_title_held_at_death_stays_normal_after_it(dead_checker, lang, text):
    findings = dead_checker.check_text(text, lang=lang, date=AFTER_RAISI)
    assert [(f.rule, text[f.start:f.end]) for f in findings] == []


@pytest.mark.parametrize("lang,text,span", POSTHUMOUS_WRONG)
def test_a_dead_person_acting_on_the_articles_day_is_an_error(dead_checker, lang, text, span):
    after = dead_checker.check_text(text, lang=lang, date=AFTER_RAISI)
    assert [(f.rule, text[f.start:f.end], f.severity.label, f.fix) for f in after] == [
        ("roles/out-of-tenure", span, "error", None)]
    assert ("2024-05-19" if lang == "en" else "19 مايو 2024") in after[0].explanation  # in the article's language
    # the same sentence while he was alive and in office is right
    assert dead_checker.check_text(text, lang=lang, date=dt.date(2023, 6, 14)) == []


# -- a year named in the clause (or the sentence's opening "In 2015,"): a title judged wrong is wrong in that year
IN_OFFICE = dt.date(2022, 6, 1)  # Biden president, Putin president, Trump out of office
AFTER = dt.date(2025, 6, 2)  # Biden out of office since 2025-01-20, recently
NAMED_YEAR_WRONG = [  # (lang, text, date, span): years before the first term: no "former" fix, the year named
    ("en", "In 2015, President Joe Biden said the war must end.", AFTER, "President"),
    ("en", "President Joe Biden said in 2015 that the war must end.", AFTER, "President"),
    ("en", "In 2005, Russian Prime Minister Vladimir Putin met the German chancellor.", IN_OFFICE,
     "Russian Prime Minister"),
    ("ar", "في عام 2015 زار الرئيس الأمريكي جو بايدن كييف.", AFTER, "الرئيس الأمريكي"),
    ("ar", "زار الرئيس الأمريكي جو بايدن كييف عام 2015.", AFTER, "الرئيس الأمريكي"),
    ("ar", "في عام 2005، التقى رئيس الوزراء الروسي فلاديمير بوتين المستشار الألماني.", IN_OFFICE,
     "رئيس الوزراء الروسي"),
]
NAMED_YEAR_RIGHT = [  # the year in the term, the election year before it, in another clause, or a count; and
    # the title the person holds on the article's date, told of an event before it (news's usual courtesy)
    ("en", "In 2021, President Joe Biden visited Kyiv.", AFTER),
    ("en", "In 2015, President Joe Biden visited Kyiv.", IN_OFFICE),
    ("en", "President Joe Biden, who won the election in 2020, visited Kyiv.", IN_OFFICE),
    ("en", "President Joe Biden, who visited Kyiv in 2015, said on Monday the war must end.", IN_OFFICE),
    ("en", "In 2010, Russian Prime Minister Vladimir Putin met the German chancellor.", IN_OFFICE),
    ("ar", "في عام 2021 زار الرئيس الأمريكي جو بايدن كييف.", AFTER),
    ("ar", "زار الرئيس الأمريكي جو بايدن كييف عام 2015.", IN_OFFICE),
    ("ar", "قال الرئيس الأمريكي جو بايدن، الذي زار كييف عام 2015، إن الحرب يجب أن تنتهي.", IN_OFFICE),
    ("ar", "في عام 2010 التقى رئيس الوزراء الروسي فلاديمير بوتين المستشار الألماني.", IN_OFFICE),
    ("ar", "لو زار الرئيس الأمريكي جو بايدن كييف عام 2015 لتغير الكثير.", AFTER),
    ("ar", "أعلن الرئيس الروسي فلاديمير بوتين توقيف نحو 2000 شخص.", IN_OFFICE),
]


@pytest.mark.parametrize("lang,text,date,span", NAMED_YEAR_WRONG)
def test_a_title_wrong_in_a_named_year_before_the_term_names_that_year(checker, lang, text, date, span):
    findings = checker.check_text(text, lang=lang, date=date)
    assert [(f.rule, text[f.start:f.end], f.fix) for f in findings] == [(RULE, span, None)]
    year = re.search(r"\d{4}", text).group()
    assert year in findings[0].explanation and year in findings[0].message


@pytest.mark.parametrize("lang,text,date", NAMED_YEAR_RIGHT)
def test_a_title_in_a_named_year_of_the_term_or_held_today_is_not_flagged(checker, lang, text, date):
    assert [(f.rule, text[f.start:f.end]) for f in checker.check_text(text, lang=lang, date=date)] == []


# -- the time of a sentence read beyond its own words: an end of term, the paragraph before it, the article --
OUT_OF_NETANYAHU = dt.date(2021, 6, 14)  # Netanyahu's first run as prime minister ended the day before
OUT_OF_BIDEN = dt.date(2025, 6, 2)
FRAME_READ_RIGHT = [  # (lang, text, date): a past title the sentence's time makes right
    # the end of the term told in the sentence: the title held until that event
    ("en", "Israeli Prime Minister Benjamin Netanyahu's ouster on Sunday ended twelve years in power.",
     OUT_OF_NETANYAHU),
    ("en", "President Joe Biden waves to reporters on his last day in office.", OUT_OF_BIDEN),
    ("ar", "صوّت الكنيست أمس على إعفاء رئيس الوزراء الإسرائيلي بنيامين نتنياهو من منصبه.", OUT_OF_NETANYAHU),
    ("ar", "قبل الرئيس استقالة رئيس الوزراء الإسرائيلي بنيامين نتنياهو.", OUT_OF_NETANYAHU),
    ("ar", "الرئيس الأمريكي جو بايدن يلوح للصحفيين في آخر يوم له في منصبه.", OUT_OF_BIDEN),
    # a day in news style ("Jan. 6"), of the tenure
    ("en", "Rep. Liz Cheney, who voted to impeach President Donald Trump over the Jan. 6 riot, lost on Tuesday.",
     dt.date(2022, 8, 2)),
    ("en", "Jan. 7 - US President Joe Biden meets Japan's prime minister.", OUT_OF_BIDEN),
    # the paragraph before names a time of the tenure, and the sentence names none
    ("en", "In recent years, presidents saw her as a friend. President Donald Trump said after meeting her "
     "that she was charming.", BETWEEN_TERMS),
    ("en", "The talks opened in Riyadh on January 15. Secretary of State Antony Blinken led the American side.",
     OUT_OF_BIDEN),
    ("en", "The ceasefire talks began in January. Secretary of State Antony Blinken said they were useful.",
     OUT_OF_BIDEN),
    ("ar", "انطلقت المحادثات في الرياض يوم 15 يناير. وقال وزير الخارجية الأمريكي أنتوني بلينكن إنها مفيدة.",
     OUT_OF_BIDEN),
    ("ar", "بدأت المحادثات في عام 2022. وقال وزير الخارجية الأمريكي أنتوني بلينكن إنها مفيدة.", OUT_OF_BIDEN),
    ("ar", "بدأت المحادثات مطلع يناير. وقال وزير الخارجية الأمريكي أنتوني بلينكن إنها مفيدة.", OUT_OF_BIDEN),
    # the article shows it knows who holds the office on its date: the past title told in the past is history
    ("en", "Early in the pandemic, President Donald Trump declared victory over the virus. President Joe Biden "
     "last week applied a new approach.", dt.date(2021, 8, 2)),
    ("en", "Former Secretary of State Antony Blinken spoke at Yale.\n\nIn the talks, Secretary of State Antony "
     "Blinken urged Israel to accept the deal.", OUT_OF_BIDEN),
    ("en", "Goldman said the accusation is that Prime Minister Vladimir Putin pressured Kyiv. President Vladimir "
     "Putin denied it.", OUT_OF_BIDEN),
]
FRAME_READ_WRONG = [  # (lang, text, date, span): the same readings do not excuse these
    # an end of term excuses only a term that ended: a later holder is still wrong
    ("en", "Secretary of State Marco Rubio accepted the envoy's resignation on Monday.", BETWEEN_TERMS,
     "Secretary of State"),
    ("ar", "قبل وزير الخارجية الأمريكي ماركو روبيو اليوم استقالة السفير.", BETWEEN_TERMS, "وزير الخارجية الأمريكي"),
    ("en", "Feb. 3 - US President Joe Biden meets Japan's prime minister.", dt.date(2026, 6, 2), "US President"),
    # the paragraph before is set on the article's day, outside the tenure, or is another paragraph
    ("en", "The talks opened in Riyadh on Monday. Secretary of State Antony Blinken said they were useful.",
     OUT_OF_BIDEN, "Secretary of State"),
    ("en", "The two sides first met in 2019. Secretary of State Antony Blinken said the talks were useful.",
     OUT_OF_BIDEN, "Secretary of State"),
    ("en", "The talks opened on January 15.\n\nSecretary of State Antony Blinken said the talks were useful.",
     OUT_OF_BIDEN, "Secretary of State"),
    ("en", "The talks opened in Riyadh on January 15. Secretary of State Marco Rubio said they were useful.",
     BETWEEN_TERMS, "Secretary of State"),
    ("ar", "بدأت المحادثات أمس. وقال وزير الخارجية الأمريكي أنتوني بلينكن إنها مفيدة.", OUT_OF_BIDEN,
     "وزير الخارجية الأمريكي"),
    ("ar", "بدأت المحادثات في عام 2019. وقال وزير الخارجية الأمريكي أنتوني بلينكن إنها مفيدة.", OUT_OF_BIDEN,
     "وزير الخارجية الأمريكي"),
    # the article knows the holder, but the sentence is told in the present or of the article's day
    ("en", "Former Secretary of State Antony Blinken spoke at Yale. Secretary of State Antony Blinken is in Cairo.",
     OUT_OF_BIDEN, "Secretary of State"),
    ("en", "President Joe Biden spoke at the summit. President Donald Trump told reporters on Tuesday that he "
     "would run.", BETWEEN_TERMS, "President"),
    ("ar", "قال الرئيس الأمريكي جو بايدن أمس إن الاتفاق قريب. وقال الرئيس الأمريكي دونالد ترامب إن الاتفاق سيئ.",
     BETWEEN_TERMS, "الرئيس الأمريكي"),
]


@pytest.mark.parametrize("lang,text,date", FRAME_READ_RIGHT)
def test_a_past_title_in_a_time_read_beyond_the_sentence_is_not_judged(checker, lang, text, date):
    findings = run_out_of_tenure(checker, text, lang, date)
    assert [text[f.start:f.end] for f in findings] == []


@pytest.mark.parametrize("lang,text,date,span", FRAME_READ_WRONG)
def test_a_title_the_wider_frame_does_not_excuse_is_judged(checker, lang, text, date, span):
    findings = run_out_of_tenure(checker, text, lang, date)
    assert [text[f.start:f.end] for f in findings] == [span] or (
        len(findings) == 1 and span in text[findings[0].start:findings[0].end])


def run_out_of_tenure(checker, text, lang, date):
    from checker.engine import run_rules

    return run_rules(checker.analyse(text, lang=lang, date=date), [checker.packs.rule(RULE)])


def test_a_day_named_after_the_verb_of_saying_is_the_sentences_own_time(checker):
    text = "The talks opened in Riyadh on January 15. Secretary of State Antony Blinken said on Tuesday they failed."
    assert [text[f.start:f.end] for f in run_out_of_tenure(checker, text, "en", OUT_OF_BIDEN)] == ["Secretary of State"]
    text = "انطلقت المحادثات يوم 15 يناير. وقال وزير الخارجية الأمريكي أنتوني بلينكن اليوم إنها فشلت."
    assert [text[f.start:f.end] for f in run_out_of_tenure(checker, text, "ar", OUT_OF_BIDEN)] == [
        "وزير الخارجية الأمريكي"]


@pytest.mark.parametrize("text,flagged", [
    # a caption's label is no speaker: the caption's words are the writer's
    ("From left: Secretary of State Marco Rubio, Senator Jim Risch and the ambassador.", True),
    ("Above: Secretary of State Marco Rubio arrives at the summit.", True),
    # a gallery's heading is a label of pictures of their own day, but never of a day after the article's: a
    # title first held after it is wrong there too (tests/checks/test_role_readings.py: a title held before)
    ("Photos: Secretary of State Marco Rubio", True),
    # a speaker's label is: the words after it are the speaker's
    ("Kennedy: Secretary of State Marco Rubio will lose.\n\nWire: Why?\n\nKennedy: Polls.", False),
])
def test_a_caption_label_is_not_a_speaker(checker, text, flagged):
    findings = run_out_of_tenure(checker, text, "en", BETWEEN_TERMS)
    assert [text[f.start:f.end] for f in findings] == (["Secretary of State"] if flagged else [])

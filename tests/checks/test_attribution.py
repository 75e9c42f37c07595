"""The attribution/ family on short texts written for these tests: each wrong one flagged on its exact span
with its fix, each right one (and the long many-speaker articles) left clean."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATE = dt.date(2025, 3, 16)


def _findings(checker, text: str, lang: str, rule: str | None = None, source: str | None = None):
    found = checker.check_text(text, lang=lang, date=DATE, source=source)
    return [f for f in found if rule is None or f.rule == rule]


# (rule, lang, text, flagged span, fix or None)
WRONG = [
    # issuer-mismatch
    ("issuer-mismatch", "ar",
     "أعلن المتحدث باسم الكرملين ديمتري بيسكوف أن روسيا مستعدة لدعم المفاوضات. وجاء هذا الإعلان من حكومة «كييف» بعد "
     "أسبوع من المحادثات.", "كييف", "موسكو"),
    ("issuer-mismatch", "ar",
     "أكد وزير الخارجية الروسي سيرغي لافروف أن بلاده تريد هدنة. وجاءت هذه التصريحات من الحكومة الأوكرانية أمس.",
     None, None),
    ("issuer-mismatch", "ar",
     "قال وزير الخارجية الأوكراني أندريه سيبيغا إن كييف لن تتنازل عن أراضيها. وجاء ذلك من موسكو في مؤتمر صحفي.",
     "موسكو", "كييف"),
    ("issuer-mismatch", "ar",
     "أعلن الكرملين أنه مستعد للحوار. وجاء هذا الإعلان من واشنطن قبل القمة.", "واشنطن", "موسكو"),
    ("issuer-mismatch", "ar",
     "أعلن الرئيس الأوكراني فولوديمير زيلينسكي أن الهجوم فشل. وأضاف أن القوات صمدت. وجاء هذا الإعلان من حكومة موسكو.",
     "موسكو", "كييف"),
    ("issuer-mismatch", "ar",
     "قالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن العقوبات لن تنجح. وجاء هذا التصريح من الحكومة الأمريكية.",
     "الأمريكية", "الروسية"),
    ("issuer-mismatch", "en",
     "Kremlin spokesman Dmitry Peskov said on Monday that Moscow was ready to support talks. This announcement came "
     "from Kyiv after a week of fighting.", "Kyiv", "Moscow"),
    ("issuer-mismatch", "en",
     "Russian Foreign Minister Sergey Lavrov said the West wanted war. The statement came from the Ukrainian "
     "government on Tuesday.", "Ukrainian", "Russian"),
    ("issuer-mismatch", "en",
     "Ukrainian Foreign Minister Andrii Sybiha said Kyiv would not give up land. This announcement came from Moscow "
     "hours later.", "Moscow", "Kyiv"),
    ("issuer-mismatch", "en",
     "The Kremlin said it was ready for dialogue. The announcement came from Washington before the summit.",
     "Washington", "Moscow"),
    ("issuer-mismatch", "en",
     "President Volodymyr Zelensky said the attack had failed. He added that the troops held. This announcement came "
     "from the Kremlin.", "the Kremlin", "Kyiv"),
    ("issuer-mismatch", "en",
     "Secretary of State Marco Rubio said the talks were useful. The statement was issued by Moscow on Sunday.",
     "Moscow", "Washington"),
    # outlet-descriptor
    ("outlet-descriptor", "ar", "وقالت وكالة سكاي نيوز عربية إن المحادثات انتهت دون اتفاق.", "وكالة", "قناة"),
    ("outlet-descriptor", "ar", "ذكرت صحيفة رويترز البريطانية أن المحادثات انتهت.", "صحيفة", "وكالة"),
    ("outlet-descriptor", "ar", "نقلت وكالة تاس الأمريكية عن مصدر دبلوماسي أن الاجتماع تأجل.", "الأمريكية", "الروسية"),
    ("outlet-descriptor", "ar", "قالت قناة رويترز إن الأسواق تراجعت.", "قناة", "وكالة"),
    ("outlet-descriptor", "ar", "وأفادت وكالة سكاي نيوز بأن الوفد وصل إلى القاهرة.", "وكالة", "قناة"),
    ("outlet-descriptor", "ar", "ذكرت وكالة الأناضول الإيرانية أن الطائرات أقلعت.", "الإيرانية", "التركية"),
    ("outlet-descriptor", "en", "The American agency TASS reported that the talks had ended.", "American", "Russian"),
    ("outlet-descriptor", "en", "The newspaper Reuters reported that the markets fell.", "newspaper", "agency"),
    ("outlet-descriptor", "en", "The French news agency Reuters said the vote was delayed.", "French", "British"),
    ("outlet-descriptor", "en",
     "Russian agency Anadolu reported heavy shelling near the border.", "Russian", "Turkish"),
    ("outlet-descriptor", "en", "The British agency TASS said the meeting had been postponed.", "British", "Russian"),
    ("outlet-descriptor", "en",
     "The channel Reuters quoted a diplomat as saying the meeting was cancelled.", "channel", "agency"),
    # quote-speakers
    ("quote-speakers", "ar",
     "قال وزير الخارجية الروسي سيرغي لافروف: «لن نقبل أي إنذار من أي طرف كان». وفي كييف قال وزير الخارجية الأوكراني "
     "أندريه سيبيغا: «لن نقبل أي إنذار من أي طرف كان».", "لن نقبل أي إنذار من أي طرف كان", None),
    ("quote-speakers", "ar",
     "قال الرئيس فلاديمير بوتين: «الحرب لن تنتهي قبل تحقيق كل الأهداف». ثم قال الرئيس فولوديمير زيلينسكي: «الحرب لن "
     "تنتهي قبل تحقيق كل الأهداف».", "الحرب لن تنتهي قبل تحقيق كل الأهداف", None),
    ("quote-speakers", "en",
     "Russian Foreign Minister Sergey Lavrov said: \"We will not accept any ultimatum from anyone.\" Later Ukrainian "
     "Foreign Minister Andrii Sybiha said: \"We will not accept any ultimatum from anyone.\"",
     "We will not accept any ultimatum from anyone.", None),
    ("quote-speakers", "en",
     "\"The war will not end until every goal is met,\" said Vladimir Putin. In Kyiv, Volodymyr Zelensky said: \"The "
     "war will not end until every goal is met.\"", "The war will not end until every goal is met.", None),
    # source-line
    ("source-line", "ar", "قالت وكالة رويترز إن المحادثات انتهت.\nالمصدر: وكالة الأناضول", "رويترز", None),
    ("source-line", "ar", "بحسب وكالة تاس، فإن الاجتماع تأجل إلى الأسبوع المقبل.\nالمصدر: شينخوا", "تاس", None),
    ("source-line", "en", "Reuters reported that the talks had ended.\nSource: Anadolu", "Reuters", None),
    ("source-line", "en", "According to TASS, the meeting was postponed.\nSource: Xinhua", "TASS", None),
]

RIGHT = [
    # issuer-mismatch
    ("issuer-mismatch", "ar",
     "أعلن المتحدث باسم الكرملين ديمتري بيسكوف أن روسيا مستعدة لدعم المفاوضات. وجاء هذا الإعلان من الكرملين بعد أسبوع "
     "من المحادثات."),
    ("issuer-mismatch", "ar",
     "أكد وزير الخارجية الروسي سيرغي لافروف أن بلاده تريد هدنة. وجاءت هذه التصريحات من الحكومة الروسية أمس."),
    ("issuer-mismatch", "ar",
     "قال وزير الخارجية الأوكراني أندريه سيبيغا إن كييف لن تتنازل. وجاء ذلك في مؤتمر صحفي في كييف."),
    ("issuer-mismatch", "ar", "أعلن الكرملين أنه مستعد للحوار. وجاء هذا الإعلان ردا على تصريحات واشنطن."),
    ("issuer-mismatch", "ar",
     "أعلن الرئيس الأوكراني فولوديمير زيلينسكي أن الهجوم فشل. وأضاف أن القوات صمدت. وجاء هذا الإعلان من كييف."),
    ("issuer-mismatch", "ar",
     "قالت ماريا زاخاروفا إن العقوبات لن تنجح. ورحبت واشنطن بالمحادثات. وجاء هذا التصريح من موسكو."),
    ("issuer-mismatch", "en",
     "Kremlin spokesman Dmitry Peskov said on Monday that Moscow was ready to support talks. This announcement came "
     "from Moscow after a week of fighting."),
    ("issuer-mismatch", "en",
     "Russian Foreign Minister Sergey Lavrov said the West wanted war. The statement came from the Russian government "
     "on Tuesday."),
    ("issuer-mismatch", "en",
     "Ukrainian Foreign Minister Andrii Sybiha said Kyiv would not give up land. The statement was a reply to Moscow."),
    ("issuer-mismatch", "en",
     "The Kremlin said it was ready for dialogue. Washington welcomed the announcement before the summit."),
    ("issuer-mismatch", "en",
     "President Volodymyr Zelensky said the attack had failed. He added that the troops held. This announcement came "
     "from Kyiv."),
    ("issuer-mismatch", "en",
     "Secretary of State Marco Rubio said the talks were useful. The statement was issued by Washington on Sunday."),
    # outlet-descriptor
    ("outlet-descriptor", "ar", "وقالت قناة سكاي نيوز عربية إن المحادثات انتهت دون اتفاق."),
    ("outlet-descriptor", "ar", "ذكرت وكالة رويترز البريطانية أن المحادثات انتهت، وفقا لما ذكره موقع «سكاي نيوز»."),
    ("outlet-descriptor", "ar", "نقلت وكالة تاس الروسية عن مصدر دبلوماسي أن الاجتماع تأجل."),
    ("outlet-descriptor", "ar", "ذكرت صحيفة الوطن أن الوزير وصل، وقالت قناة الوطن إن الزيارة تستمر يومين."),
    ("outlet-descriptor", "ar", "وأفادت قناة سكاي نيوز بأن الوفد وصل إلى القاهرة."),
    ("outlet-descriptor", "ar", "ذكرت وكالة الأناضول التركية أن الطائرات أقلعت."),
    ("outlet-descriptor", "en", "Russia's state news agency TASS reported that the talks had ended."),
    ("outlet-descriptor", "en", "The news agency Reuters reported that the markets fell."),
    ("outlet-descriptor", "en", "The British news agency Reuters said the vote was delayed."),
    ("outlet-descriptor", "en", "Turkish agency Anadolu reported heavy shelling near the border."),
    ("outlet-descriptor", "en",
     "The Russian agency TASS said the meeting had been postponed, the website of Al Jazeera reported."),
    ("outlet-descriptor", "en", "Reuters news agency quoted a diplomat as saying the meeting was cancelled."),
    # quote-speakers
    ("quote-speakers", "ar",
     "قال وزير الخارجية الروسي سيرغي لافروف: «لن نقبل أي إنذار من أي طرف كان». وأضاف لافروف: «المحادثات يجب أن تستمر "
     "دون شروط»."),
    ("quote-speakers", "ar",
     "قال الرئيس فلاديمير بوتين: «الحرب لن تنتهي قبل تحقيق كل الأهداف». وأضاف: «الحرب لن تنتهي قبل تحقيق كل الأهداف»."),
    ("quote-speakers", "en",
     "Russian Foreign Minister Sergey Lavrov said: \"We will not accept any ultimatum from anyone.\" Lavrov added: "
     "\"The talks must go on without conditions.\""),
    ("quote-speakers", "en",
     "\"The war will not end until every goal is met,\" said Vladimir Putin. Zelensky said Putin's words, \"The war "
     "will not end until every goal is met,\" showed he wanted no peace."),
    # source-line
    ("source-line", "ar", "قالت وكالة الأناضول إن المحادثات انتهت.\nالمصدر: الأناضول"),
    ("source-line", "ar", "بحسب وكالة تاس، فإن الاجتماع تأجل، ونقلت وكالة شينخوا الخبر نفسه.\nالمصدر: شينخوا"),
    ("source-line", "en", "Reuters reported that the talks had ended, Anadolu said.\nSource: Anadolu"),
    ("source-line", "en", "The meeting was postponed, officials said.\nSource: Xinhua"),
]

LONG_RIGHT = [
    ("ar", "أعلن المتحدث باسم الكرملين ديمتري بيسكوف أن روسيا مستعدة لدعم أي مفاوضات لوقف إطلاق النار. "
           "وأضاف أن موسكو تنتظر ردا من واشنطن. وأوضح أن الاتصالات مستمرة على مستوى الخبراء.\n\n"
           "ومن جانبه، أكد وزير الخارجية الروسي سيرغي لافروف أن بلاده تريد هدنة إنسانية، مشيرا إلى أن الغرب يعرقلها. "
           "وقال لافروف: «لن نقبل أي إنذار من أي طرف كان». وأضاف: «المحادثات يجب أن تستمر دون شروط».\n\n"
           "في المقابل، قال وزير الخارجية الأوكراني أندريه سيبيغا إن كييف لن تتنازل عن أراضيها. "
           "وأضاف سيبيغا أن الضمانات الأمنية شرط لأي اتفاق. وجاءت هذه التصريحات من كييف ردا على موسكو.\n\n"
           "وقالت وكالة رويترز البريطانية إن وزير الخارجية الأمريكي ماركو روبيو سيزور المنطقة. "
           "وأكد روبيو أن واشنطن تدعم الحوار. وجاء هذا الإعلان من واشنطن قبل القمة."),
    ("en", "Kremlin spokesman Dmitry Peskov said on Monday that Russia was ready to support any ceasefire talks. "
           "He added that Moscow was waiting for a reply from Washington. Peskov also said contacts continued at "
           "expert level.\n\nRussian Foreign Minister Sergey Lavrov said his country wanted a humanitarian truce. "
           "\"We will not accept any ultimatum from anyone,\" Lavrov said. He added: \"The talks must go on without "
           "conditions.\"\n\nUkrainian Foreign Minister Andrii Sybiha said Kyiv would not give up land. He added that "
           "security guarantees were a condition of any deal. The statement came from Kyiv in reply to Moscow.\n\n"
           "Britain's Reuters news agency reported that Secretary of State Marco Rubio would visit the region. Rubio "
           "said Washington backed dialogue. The announcement came from Washington before the summit."),
]


@pytest.mark.parametrize("rule, lang, text, span, fix", WRONG)
def test_wrong_text_is_flagged_on_its_span(attribution_checker, rule, lang, text, span, fix):
    findings = _findings(attribution_checker, text, lang, f"attribution/{rule}")
    if span is None:  # the demonym form: the span is the demonym, its fix the same form of the right one
        assert findings, text
        return
    on_span = [f for f in findings if text[f.start:f.end] == span]
    assert on_span, [(text[f.start:f.end], f.message) for f in findings]
    if fix is not None:
        assert on_span[0].fix is not None and on_span[0].fix.replacement == fix


@pytest.mark.parametrize("rule, lang, text", RIGHT)
def test_right_text_stays_clean(attribution_checker, rule, lang, text):
    assert [(text[f.start:f.end], f.message) for f in _findings(attribution_checker, text, lang)] == []


@pytest.mark.parametrize("lang, text", LONG_RIGHT)
def test_long_article_with_many_speakers_stays_clean(attribution_checker, lang, text):
    assert [(text[f.start:f.end], f.rule) for f in _findings(attribution_checker, text, lang)] == []


def test_issuer_fix_is_unsafe_and_message_names_the_speaker(attribution_checker):
    text = WRONG[0][2]
    (finding,) = _findings(attribution_checker, text, "ar", "attribution/issuer-mismatch")
    assert finding.fix.applicability == "unsafe"
    assert finding.message == "«كييف» يُنسب إليها تصريح أدلى به ديمتري بيسكوف (روسيا)"


def test_example_article_flags_kyiv_only(attribution_checker):
    text = (ROOT / "examples" / "gaza_russia_ar.txt").read_text(encoding="utf-8")
    findings = _findings(attribution_checker, text, "ar")
    errors = [(f.rule, text[f.start:f.end], f.fix.replacement if f.fix else None)
              for f in findings if f.severity.label == "error"]
    assert errors == [("attribution/issuer-mismatch", "كييف", "موسكو")]
    tass = text.index("تاس")
    assert not [f for f in findings if f.start >= tass - 20]  # Lavrov's statements via TASS and the ministry


def test_source_line_from_metadata(attribution_checker):
    text = "Reuters reported that the talks had ended."
    (finding,) = _findings(attribution_checker, text, "en", "attribution/source-line", source="Anadolu")
    assert (finding.severity.label, text[finding.start:finding.end]) == ("info", "Reuters")
    assert _findings(attribution_checker, text, "en", "attribution/source-line", source="Reuters") == []


def test_rule_examples_pass(attribution_checker):
    from checker.rule_examples import run_examples

    rules = [r for r in attribution_checker.rules if r.id.startswith("attribution/")]
    failures = [o for o in run_examples(attribution_checker, rules) if not o.passed]
    assert [(o.rule, o.expectation, o.detail) for o in failures] == []


def test_adjective_after_a_person_noun_is_not_the_outlets_country():
    from checker.api import Checker, CheckOptions

    checker = Checker(CheckOptions(select=("attribution/outlet-descriptor",)))
    clean = "صدرت أحكام بإعدام مذيع قناة الجزيرة السوري فيصل القاسم."
    assert checker.check_text(clean, lang="ar") == []
    wrong = "وذكرت قناة الجزيرة السورية أن الاجتماع انتهى."
    [finding] = checker.check_text(wrong, lang="ar")
    assert wrong[finding.start:finding.end] == "السورية" and finding.fix.replacement == "القطرية"
    english = "According to the American agency TASS, talks will resume."
    [finding] = checker.check_text(english, lang="en")
    assert finding.explanation.startswith("TASS is an agency based in Russia")


def test_generic_words_are_not_outlets():
    from checker.api import Checker, CheckOptions

    checker = Checker(CheckOptions(select=("attribution/",)))
    for text in ("وهو ما نشرته الجريدة المصرية في ساعة متأخرة من مساء أمس.",
                 "وأشارت صحيفة «نوفوستي» إلى أن النيابة العامة تلقت تقارير عن المباراة.",
                 "ونقلت صحيفة البيان الكويتية تأكيد مدير الإعلام الأمني."):
        assert checker.check_text(text, lang="ar") == [], text


# -- with the built-in knowledge (officials, outlets, countries) -----------------------------------------

BUILTIN_CASES = [
    # (lang, text, expected [(rule, span, fix)])
    ("ar", "قال المتحدث باسم الكرملين ديمتري بيسكوف إن موسكو مستعدة لدعم المفاوضات. وجاء هذا الإعلان من واشنطن "
           "تعليقا على المحادثات.", [("attribution/issuer-mismatch", "واشنطن", "موسكو")]),
    ("ar", "أعلن وزير الخارجية الأمريكي ماركو روبيو أن بلاده ستواصل الضغط. وجاء هذا الإعلان من موسكو في وقت متأخر.",
     [("attribution/issuer-mismatch", "موسكو", "واشنطن")]),
    ("ar", "قال وزير الخارجية الأمريكي ماركو روبيو إن بلاده ستواصل الضغط. وجاء هذا الإعلان من واشنطن في وقت متأخر.",
     []),
    ("ar", "قال بوتين: «لن نسمح بتوسع الحلف شرقا تحت أي ظرف». وفي وقت لاحق قال زيلينسكي: «لن نسمح بتوسع الحلف "
           "شرقا تحت أي ظرف».", [("attribution/quote-speakers", "لن نسمح بتوسع الحلف شرقا تحت أي ظرف", None)]),
    ("ar", "قال بوتين: «لن نسمح بتوسع الحلف شرقا تحت أي ظرف». وأضاف: «المفاوضات ممكنة».", []),
    ("ar", "ذكرت وكالة رويترز الأمريكية أن المحادثات انتهت.",
     [("attribution/outlet-descriptor", "الأمريكية", "البريطانية")]),
    ("ar", "ذكرت وكالة رويترز أن المحادثات انتهت. وقالت قناة الجزيرة القطرية إن الوفد غادر.", []),
    ("ar", "نقلت وكالة الأنباء السعودية (واس) عن وزير الخارجية قوله إن الرياض ترحب.", []),
    ("en", "Kremlin spokesman Dmitry Peskov said Moscow was ready to support talks. The announcement came from Kyiv, "
           "officials said.", [("attribution/issuer-mismatch", "Kyiv", "Moscow")]),
    ("en", "Secretary of State Marco Rubio said the talks were useful. The statement came from Washington on Sunday.",
     []),
    ("en", 'Putin said: "We will not allow the alliance to expand east under any circumstances." Later Zelensky said: '
           '"We will not allow the alliance to expand east under any circumstances."',
     [("attribution/quote-speakers", "We will not allow the alliance to expand east under any circumstances.", None)]),
    ("en", 'Putin said: "We will not allow the alliance to expand east under any circumstances." He added: "Talks are '
           'possible."', []),
    ("en", "According to the British newspaper Reuters, the convoy left at dawn.",
     [("attribution/outlet-descriptor", "newspaper", "agency")]),
    ("en", "According to Reuters, the convoy left at dawn. Al Jazeera, the Qatari channel, reported the same.", []),
    ("en", "Russian news agency TASS reported that Lavrov would travel to Riyadh.", []),
    ("en", "The Associated Press reported that the vote was delayed.\n\nSource: Reuters",
     [("attribution/source-line", "Associated Press", None)]),
    ("en", "The Associated Press reported that the vote was delayed, Reuters said.\n\nSource: Reuters", []),
]


@pytest.fixture(scope="module")
def builtin_attribution():
    from checker.api import Checker, CheckOptions

    return Checker(CheckOptions(select=("attribution/",)))


@pytest.mark.parametrize("lang, text, expected", BUILTIN_CASES)
def test_builtin_knowledge_cases(builtin_attribution, lang, text, expected):
    findings = builtin_attribution.check_text(text, lang=lang, date=DATE)
    assert [(f.rule, text[f.start:f.end], f.fix.replacement if f.fix else None) for f in findings] == expected


def test_source_line_is_silent_when_the_declared_source_is_no_known_outlet(builtin_attribution):
    text = "The Associated Press reported that the vote was delayed."
    assert builtin_attribution.check_text(text, lang="en", source="aawsat") == []
    [finding] = builtin_attribution.check_text(text, lang="en", source="Reuters")
    assert finding.rule == "attribution/source-line"


@pytest.mark.parametrize("text", [
    "Markets fell on Monday. Analysts expected more cuts. Investors waited for the data. "
    "\"Growth will stay fragile,\" one economist told Reuters news agency.",
    "Markets fell on Monday. \"We have more than five million unemployed,\" a minister said on ZDF television.",
    "Markets fell on Monday. Analysts expected more cuts. Investors waited for the data. "
    "Some 35 of the firms are Italian, according to the Reuters news agency.",
])
def test_ordinary_sourcing_is_not_a_source_line_note(builtin_attribution, text):
    assert builtin_attribution.check_text(text, lang="en", source="BBC") == []


def test_a_report_credited_in_the_lead_is_noted(builtin_attribution):
    text = "The Wall Street Journal reported on Thursday that the firm had bid for its rival. Shares rose."
    [finding] = builtin_attribution.check_text(text, lang="en", source="BBC")
    assert (finding.rule, text[finding.start:finding.end]) == ("attribution/source-line", "The Wall Street Journal")


@pytest.mark.parametrize("lang, first, other, last", [
    ("ar", "قال بوتين: «لن نسمح بتوسع الحلف شرقا تحت أي ظرف». ",
     "وقال لافروف: «الجولة {} من المحادثات انتهت دون نتيجة تذكر». ",
     "وفي وقت لاحق قال زيلينسكي: «لن نسمح بتوسع الحلف شرقا تحت أي ظرف»."),
    ("en", 'Putin said: "We will not allow the alliance to expand east under any circumstances." ',
     'Lavrov said: "Round {} of the talks ended without any result to speak of." ',
     'Later Zelensky said: "We will not allow the alliance to expand east under any circumstances."'),
])
def test_quote_speakers_far_apart_in_a_long_text(builtin_attribution, lang, first, other, last):
    # Hundreds of quotations between the two (one speaker's: never flagged among themselves): the pair is
    # still found, and credited the same way as in the short text.
    def flagged(text: str) -> list[tuple[str, str]]:
        return [(text[f.start:f.end], f.message) for f in builtin_attribution.check_text(text, lang=lang, date=DATE)
                if f.rule == "attribution/quote-speakers"]

    short = flagged(first + last)
    assert len(short) == 1
    assert flagged(first + "".join(other.format(n) for n in range(300)) + last) == short


@pytest.mark.parametrize("lang, lead, text", [
    ("en", "Russian and French officials met the British envoy in Paris. ",
     "The American agency TASS reported that the talks had ended. The American\nagency TASS said so again."),
    ("ar", "والتقى مسؤولون روس وفرنسيون المبعوث البريطاني في باريس. ",
     "نقلت وكالة تاس الأمريكية عن مصدر دبلوماسي أن الاجتماع تأجل."),
])
def test_outlet_demonym_after_hundreds_of_demonyms(builtin_attribution, lang, lead, text):
    # The demonyms of a long text are indexed once: the one next to the outlet is still the one judged.
    def flagged(text: str) -> list[tuple[str, str | None]]:
        return [(text[f.start:f.end], f.fix.replacement if f.fix else None)
                for f in builtin_attribution.check_text(text, lang=lang, date=DATE)
                if f.rule == "attribution/outlet-descriptor"]

    short = flagged(text)
    assert short
    assert flagged(lead * 300 + text) == short

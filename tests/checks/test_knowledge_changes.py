"""The office changes of 2024-2026 that the knowledge once missed (issue 12), read with the real packs: for each,
a sentence naming the new holder is clean on a date after the change, and one giving the predecessor the
same title on that date is flagged, in Arabic and in English."""

from __future__ import annotations

import datetime as dt

import pytest

D = dt.date
# (what changed, date after the change,
#  Arabic right, Arabic wrong, English right, English wrong): each wrong sentence gives the title to the person
#  who no longer held it (roles/out-of-tenure flags the title) or never did (roles/title-mismatch).
CHANGES = [
    ("France: prime minister Lecornu", D(2025, 11, 20),
     "قال رئيس الوزراء الفرنسي سيباستيان لوكورنو إن الميزانية ستقدم قريبا.",
     "قال رئيس الوزراء الفرنسي فرانسوا بايرو إن الميزانية ستقدم قريبا.",
     "French Prime Minister Sébastien Lecornu said the budget would come soon.",
     "French Prime Minister François Bayrou said the budget would come soon."),
    ("France: foreign minister Barrot", D(2025, 3, 16),
     "التقى وزير الخارجية الفرنسي جان نويل بارو نظيره السعودي.",
     "التقى وزير الخارجية الفرنسي ستيفان سيجورنيه نظيره السعودي.",
     "French Foreign Minister Jean-Noël Barrot said Paris backed the Saudi plan.",
     "French Foreign Minister Stéphane Séjourné said Paris backed the Saudi plan."),
    ("France: defence minister Vautrin", D(2025, 11, 20),
     "زارت وزيرة الدفاع الفرنسية كاترين فوتران القاعدة الجوية.",
     "زار وزير الدفاع الفرنسي سيباستيان لوكورنو القاعدة الجوية.",
     "French Defence Minister Catherine Vautrin visited the air base.",
     "French Defence Minister Sébastien Lecornu visited the air base."),
    ("UK: defence secretary Healey", D(2025, 3, 16),
     "قال وزير الدفاع البريطاني جون هيلي إن لندن سترسل مزيدا من المساعدات.",
     "قال وزير الدفاع البريطاني غرانت شابس إن لندن سترسل مزيدا من المساعدات.",
     "British Defence Secretary John Healey said London would send more aid.",
     "British Defence Secretary Grant Shapps said London would send more aid."),
    ("Iran: defence minister Nasirzadeh", D(2025, 3, 16),
     "قال وزير الدفاع الإيراني عزيز نصير زاده إن بلاده طورت صاروخا جديدا.",
     "قال وزير الدفاع الإيراني محمد رضا آشتياني إن بلاده طورت صاروخا جديدا.",
     "Iranian Defence Minister Aziz Nasirzadeh said his country had built a new missile.",
     "Iranian Defence Minister Mohammad Reza Ashtiani said his country had built a new missile."),
    ("Iran: foreign-ministry spokesman Baghaei", D(2025, 3, 16),
     "قال المتحدث باسم الخارجية الإيرانية إسماعيل بقائي إن طهران ترفض الاتهامات.",
     "قال المتحدث باسم الخارجية الإيرانية ناصر كنعاني إن طهران ترفض الاتهامات.",
     "Iranian Foreign Ministry spokesman Esmaeil Baghaei said Tehran rejected the claims.",
     "Iranian Foreign Ministry spokesman Nasser Kanaani said Tehran rejected the claims."),
    ("Iran: supreme leader Mojtaba Khamenei", D(2026, 6, 1),
     "قال المرشد الأعلى الإيراني مجتبى خامنئي إن بلاده لن تتراجع.",
     "قال المرشد الأعلى الإيراني علي خامنئي اليوم الاثنين إن بلاده لن تتراجع.",
     "Iran's Supreme Leader Mojtaba Khamenei said the country would not back down.",
     "Iran's Supreme Leader Ali Khamenei said on Monday the country would not back down."),
    ("Syria: defence minister Abu Qasra", D(2025, 6, 1),
     "قال وزير الدفاع السوري مرهف أبو قصرة إن الجيش الجديد يضم كل الفصائل.",
     "قال وزير الدفاع السوري أسعد الشيباني إن الجيش الجديد يضم كل الفصائل.",
     "Syrian Defence Minister Murhaf Abu Qasra said the new army would take in every faction.",
     "Syrian Defence Minister Asaad al-Shaibani said the new army would take in every faction."),
    ("Syria: foreign minister al-Shaibani", D(2025, 6, 1),
     "قال وزير الخارجية السوري أسعد الشيباني إن دمشق تريد علاقات متوازنة.",
     "قال وزير الخارجية السوري فيصل المقداد إن دمشق تريد علاقات متوازنة.",
     "Syrian Foreign Minister Asaad al-Shaibani said Damascus wanted balanced ties.",
     "Syrian Foreign Minister Faisal Mekdad said Damascus wanted balanced ties."),
    ("Egypt: defence minister Saqr", D(2025, 3, 16),
     "استقبل وزير الدفاع المصري عبد المجيد صقر نظيره الأردني.",
     "استقبل وزير الدفاع المصري محمد زكي نظيره الأردني.",
     "Egyptian Defence Minister Abdel Mageed Saqr said the army was ready.",
     "Egyptian Defence Minister Mohamed Zaki said the army was ready."),
    ("Lebanon: defence minister Menassa", D(2025, 6, 1),
     "قال وزير الدفاع اللبناني ميشال منسى إن الجيش سينتشر في الجنوب.",
     "قال وزير الدفاع اللبناني موريس سليم إن الجيش سينتشر في الجنوب.",
     "Lebanese Defence Minister Michel Menassa said the army would deploy in the south.",
     "Lebanese Defence Minister Maurice Slim said the army would deploy in the south."),
    ("US: State Department spokesperson Bruce", D(2025, 3, 16),
     "قالت المتحدثة باسم الخارجية الأمريكية تامي بروس إن واشنطن تدعم الهدنة.",
     "قال المتحدث باسم الخارجية الأمريكية ماثيو ميلر إن واشنطن تدعم الهدنة.",
     "State Department spokeswoman Tammy Bruce said Washington backed the truce.",
     "State Department spokesman Matthew Miller said Washington backed the truce."),
    ("Kuwait: crown prince Sabah Al-Khalid", D(2025, 3, 16),
     "استقبل ولي العهد الكويتي صباح الخالد الحمد الصباح رئيس الوزراء.",
     "استقبل ولي العهد الكويتي مشعل الأحمد الجابر الصباح رئيس الوزراء.",
     "Kuwait's Crown Prince Sabah Al-Khalid Al-Sabah received the prime minister.",
     "Kuwait's Crown Prince Mishal Al-Ahmad Al-Jaber Al-Sabah received the prime minister."),
    ("Kuwait: foreign minister Jarrah Jaber", D(2026, 6, 1),
     "التقى وزير الخارجية الكويتي جراح جابر الأحمد الصباح نظيره العماني.",
     "التقى وزير الخارجية الكويتي عبد الله اليحيا نظيره العماني.",
     "Kuwaiti Foreign Minister Jarrah Jaber Al-Ahmad Al-Sabah said the Gulf stood united.",
     "Kuwaiti Foreign Minister Abdullah Al-Yahya said the Gulf stood united."),
    ("Yemen: prime minister bin Breik", D(2025, 8, 1),
     "قال رئيس الوزراء اليمني سالم بن بريك إن الحكومة ستدفع الرواتب.",
     "قال رئيس الوزراء اليمني أحمد عوض بن مبارك إن الحكومة ستدفع الرواتب.",
     "Yemeni Prime Minister Salem bin Breik said the government would pay salaries.",
     "Yemeni Prime Minister Ahmed Awad bin Mubarak said the government would pay salaries."),
    ("Yemen: foreign minister al-Zindani", D(2025, 3, 16),
     "التقى وزير الخارجية اليمني شائع الزنداني المبعوث الأممي.",
     "التقى وزير الخارجية اليمني أحمد عوض بن مبارك المبعوث الأممي.",
     "Yemeni Foreign Minister Shaya al-Zindani met the UN envoy.",
     "Yemeni Foreign Minister Ahmed Awad bin Mubarak met the UN envoy."),
    ("Tunisia: prime minister Zenzri", D(2025, 6, 1),
     "أشرفت رئيسة الوزراء التونسية سارة الزعفراني الزنزري على مجلس وزاري.",
     "أشرف رئيس الوزراء التونسي كمال المدوري على مجلس وزاري.",
     "Tunisian Prime Minister Sarra Zaafrani Zenzri said the budget would be balanced.",
     "Tunisian Prime Minister Kamel Madouri said the budget would be balanced."),
    ("Tunisia: foreign minister Nafti", D(2025, 3, 16),
     "استقبل وزير الخارجية التونسي محمد علي النفطي السفير الفرنسي.",
     "استقبل وزير الخارجية التونسي نبيل عمار السفير الفرنسي.",
     "Tunisian Foreign Minister Mohamed Ali Nafti said Tunis would host the talks.",
     "Tunisian Foreign Minister Nabil Ammar said Tunis would host the talks."),
    ("Algeria: prime minister Ghrieb", D(2025, 11, 20),
     "ترأس رئيس الوزراء الجزائري سيفي غريب اجتماعا للحكومة.",
     "ترأس رئيس الوزراء الجزائري نذير العرباوي اجتماعا للحكومة.",
     "Algerian Prime Minister Sifi Ghrieb said gas exports would grow.",
     "Algerian Prime Minister Nadir Larbaoui said gas exports would grow."),
    ("Mauritania: prime minister Ould Djay", D(2025, 3, 16),
     "قدم رئيس الوزراء الموريتاني المختار ولد أجاي برنامج حكومته.",
     "قدم رئيس الوزراء الموريتاني محمد ولد بلال برنامج حكومته.",
     "Mauritanian Prime Minister Mokhtar Ould Djay says the programme is ready.",
     "Mauritanian Prime Minister Mohamed Ould Bilal says the programme is ready."),
    ("Pakistan: president Zardari", D(2025, 3, 16),
     "استقبل الرئيس الباكستاني آصف علي زرداري وفدا صينيا.",
     "استقبل الرئيس الباكستاني عارف علوي وفدا صينيا.",
     "Pakistani President Asif Ali Zardari said ties with China were strong.",
     "Pakistani President Arif Alvi said ties with China were strong."),
    ("Pakistan: foreign minister Dar", D(2025, 3, 16),
     "قال وزير الخارجية الباكستاني إسحاق دار إن إسلام آباد تريد الحوار.",
     "قال وزير الخارجية الباكستاني بلاول بوتو زرداري إن إسلام آباد تريد الحوار.",
     "Pakistani Foreign Minister Ishaq Dar said Islamabad wanted talks.",
     "Pakistani Foreign Minister Bilawal Bhutto Zardari said Islamabad wanted talks."),
    ("Poland: president Nawrocki", D(2025, 10, 1),
     "قال الرئيس البولندي كارول نافروتسكي إن وارسو ستزيد إنفاقها العسكري.",
     "قال الرئيس البولندي أندجي دودا إن وارسو ستزيد إنفاقها العسكري.",
     "Polish President Karol Nawrocki said Warsaw would spend more on defence.",
     "Polish President Andrzej Duda said Warsaw would spend more on defence."),
    ("Netherlands: prime minister Schoof", D(2025, 3, 16),
     "قال رئيس الوزراء الهولندي ديك سخوف إن بلاده تدعم أوكرانيا.",
     "قال رئيس الوزراء الهولندي مارك روته إن بلاده تدعم أوكرانيا.",
     "Dutch Prime Minister Dick Schoof said his country supported Ukraine.",
     "Dutch Prime Minister Mark Rutte said his country supported Ukraine."),
    ("Netherlands: prime minister Jetten", D(2026, 6, 1),
     "قال رئيس الوزراء الهولندي روب يتن إن بلاده تدعم أوكرانيا.",
     "قال رئيس الوزراء الهولندي ديك سخوف إن بلاده تدعم أوكرانيا.",
     "Dutch Prime Minister Rob Jetten said his country supported Ukraine.",
     "Dutch Prime Minister Dick Schoof said his country supported Ukraine."),
    ("Belgium: prime minister De Wever", D(2025, 6, 1),
     "قال رئيس الوزراء البلجيكي بارت دي ويفر إن الحكومة ستخفض العجز.",
     "قال رئيس الوزراء البلجيكي ألكسندر دي كرو إن الحكومة ستخفض العجز.",
     "Belgian Prime Minister Bart De Wever said the government would cut the deficit.",
     "Belgian Prime Minister Alexander De Croo said the government would cut the deficit."),
    ("Austria: chancellor Stocker", D(2025, 6, 1),
     "قال المستشار النمساوي كريستيان شتوكر إن فيينا ستشدد قواعد اللجوء.",
     "قال المستشار النمساوي كارل نيهامر إن فيينا ستشدد قواعد اللجوء.",
     "Austrian Chancellor Christian Stocker said Vienna would tighten asylum rules.",
     "Austrian Chancellor Karl Nehammer said Vienna would tighten asylum rules."),
    ("ICJ: president Iwasawa", D(2025, 6, 1),
     "قال رئيس محكمة العدل الدولية يوجي إيواساوا إن المحكمة ستصدر رأيها.",
     "قال رئيس محكمة العدل الدولية نواف سلام إن المحكمة ستصدر رأيها.",
     "ICJ President Iwasawa Yuji said the court would give its opinion.",
     "ICJ President Nawaf Salam said the court would give its opinion."),
    ("Eswatini: prime minister Russell Dlamini", D(2025, 3, 16),
     "قال رئيس الوزراء السوازيلندي راسل دلاميني إن الحكومة ستكافح الفقر.",
     "قال رئيس الوزراء السوازيلندي كليوباس دلاميني إن الحكومة ستكافح الفقر.",
     "Eswatini's Prime Minister Russell Dlamini said the government would fight poverty.",
     "Eswatini's Prime Minister Cleopas Dlamini said the government would fight poverty."),
    # The currency report's changes (2026-11-30): the dates are past each new holder's own `verified_through`,
    # so the new holder is still clean and the predecessor still flagged after the last check.
    ("Iraq: president Amedi", D(2026, 5, 1),
     "قال الرئيس العراقي نزار آميدي إن الحكومة ستشكل قريبا.",
     "قال الرئيس العراقي عبد اللطيف رشيد إن الحكومة ستشكل قريبا.",
     "Iraqi President Nizar Amedi said the government would be formed soon.",
     "Iraqi President Abdul Latif Rashid said the government would be formed soon."),
    ("Burundi: prime minister Ntahontuye", D(2025, 9, 1),
     "قال رئيس الوزراء البوروندي نستور نتاهونتويي إن الحكومة ستكافح الفقر.",
     "قال رئيس الوزراء البوروندي جيرفيه نديراكوبوكا إن الحكومة ستكافح الفقر.",
     "Burundian Prime Minister Nestor Ntahontuye said the government would fight poverty.",
     "Burundian Prime Minister Gervais Ndirakobuca said the government would fight poverty."),
    ("US: Federal Reserve chair Warsh", D(2026, 6, 1),
     "قال رئيس الاحتياطي الفيدرالي الأمريكي كيفن وارش إن التضخم مرتفع.",
     "قال رئيس الاحتياطي الفيدرالي الأمريكي جيروم باول إن التضخم مرتفع.",
     "Federal Reserve Chair Kevin Warsh said inflation was high.",
     "Federal Reserve Chair Jerome Powell said inflation was high."),
]

RIGHT = [(lang, text, date, what) for what, date, ar, _, en, _ in CHANGES for lang, text in (("ar", ar), ("en", en))]
WRONG = [(lang, text, date, what) for what, date, _, ar, _, en in CHANGES for lang, text in (("ar", ar), ("en", en))]


@pytest.fixture(scope="module")
def roles_checker():
    """The built-in packs (the real officials knowledge) with the roles rules."""
    from checker.api import Checker, CheckOptions

    return Checker(CheckOptions(select=("roles/",)))


@pytest.mark.parametrize("lang,text,date,what", RIGHT, ids=[f"{c[3]} ({c[0]})" for c in RIGHT])
def test_the_new_holder_is_not_flagged(roles_checker, lang, text, date, what):
    findings = roles_checker.check_text(text, lang=lang, date=date)
    assert findings == [], [(f.rule, text[f.start:f.end], f.message) for f in findings]


@pytest.mark.parametrize("lang,text,date,what", WRONG, ids=[f"{c[3]} ({c[0]})" for c in WRONG])
def test_the_predecessor_given_the_title_is_flagged(roles_checker, lang, text, date, what):
    findings = roles_checker.check_text(text, lang=lang, date=date)
    assert [f.rule for f in findings] in (["roles/out-of-tenure"], ["roles/title-mismatch"]), \
        [(f.rule, text[f.start:f.end], f.message) for f in findings]


def test_the_new_holders_are_known_before_they_took_office(roles_checker):
    """A date before the change: the new holder given the title is flagged as out of tenure (the knowledge
    holds the start date, not only the name)."""
    text = "قال رئيس الوزراء الفرنسي سيباستيان لوكورنو إن الميزانية ستقدم قريبا."
    findings = roles_checker.check_text(text, lang="ar", date=D(2025, 3, 16))
    assert [(f.rule, text[f.start:f.end]) for f in findings] == [
        ("roles/out-of-tenure", "رئيس الوزراء الفرنسي سيباستيان لوكورنو")]


# Eswatini as Arabic and English news name it before a title's person: the country in the genitive (also a
# place, «إسواتيني»), its other spellings and its full name.
ESWATINI_TITLES = ["رئيس وزراء إسواتيني", "رئيس وزراء إيسواتيني", "رئيس وزراء مملكة إسواتيني", "رئيس وزراء سوازيلند",
                   "Prime Minister of the Kingdom of Eswatini", "Eswatini Prime Minister"]


@pytest.mark.parametrize("title", ESWATINI_TITLES)
def test_eswatini_s_prime_minister_is_read_in_each_form(roles_checker, title):
    lang = "en" if title.isascii() else "ar"
    right, wrong = ("{} Russell Dlamini said so.", "{} Cleopas Dlamini said so.") if lang == "en" else (
        "قال {} راسل دلاميني إن الحكومة ستكافح الفقر.", "قال {} كليوباس دلاميني إن الحكومة ستكافح الفقر.")
    assert roles_checker.check_text(right.format(title), lang=lang, date=D(2025, 3, 16)) == []
    text = wrong.format(title)
    findings = roles_checker.check_text(text, lang=lang, date=D(2025, 3, 16))
    name = "Cleopas Dlamini" if lang == "en" else "كليوباس دلاميني"
    assert [(f.rule, text[f.start:f.end]) for f in findings] == [("roles/out-of-tenure", f"{title} {name}")]


@pytest.mark.parametrize("lang,text", [("en", "Iraqi Prime Minister Nizar Amedi said so."),
                                       ("ar", "قال رئيس الوزراء العراقي نزار آميدي إن الحكومة جاهزة.")])
def test_past_a_person_s_own_verified_through_a_wrong_title_is_a_warning(roles_checker, lang, text):
    """Amedi's roles were checked to 2026-04-11 (his own `verified_through`, before the pack's): on that day the
    wrong title is an error; months later he may have taken another office, so it is a warning with no fix."""
    on_the_day = roles_checker.check_text(text, lang=lang, date=D(2026, 4, 11))
    later = roles_checker.check_text(text, lang=lang, date=D(2026, 10, 1))
    assert [(f.rule, f.severity.name, f.fix is not None) for f in on_the_day] == [
        ("roles/title-mismatch", "ERROR", True)]
    assert [(f.rule, f.severity.name, f.fix) for f in later] == [("roles/title-mismatch", "WARNING", None)]


# An appointment the person takes up later: Mohammed Shia al-Sudani was named on 2022-10-13 and became prime
# minister (in the knowledge) on 2022-10-27. Named as the appointee, the title is not claimed for the day; said
# to act as prime minister that day, it is (realtimeqa, an article of 2022-10-14, once flagged the first).
APPOINTED = D(2022, 10, 14)


@pytest.mark.parametrize("text", [
    "Iraq's new president appointed as his prime minister Mohammed Shia al-Sudani, who has a month to form a "
    "government.",
    "The president named as prime minister Mohammed Shia al-Sudani, who must form a cabinet.",
])
def test_an_appointee_named_before_taking_office_is_not_flagged(roles_checker, text):
    assert roles_checker.check_text(text, lang="en", date=APPOINTED) == []


def test_the_appointee_acting_as_prime_minister_before_taking_office_is_flagged(roles_checker):
    text = "Prime Minister Mohammed Shia al-Sudani said the government would be formed within a month."
    findings = roles_checker.check_text(text, lang="en", date=APPOINTED)
    assert [(f.rule, text[f.start:f.end]) for f in findings] == [("roles/out-of-tenure", "Prime Minister")]

import math

import pytest

from checker.text.quantities import Quantity, find_quantities

INF = math.inf

# (lang, text, [(span text, low, high, value, exact, vague, modifier, unit)])
CASES = [
    # Arabic digits, separators and multipliers
    ("ar", "قتل 30 ألف شخص", [("30 ألف", 30000, 30000, 30000, True, False, None, None)]),
    ("ar", "قتل 30 ألفا", [("30 ألفا", 30000, 30000, 30000, True, False, None, None)]),
    ("ar", "نزح 2.5 مليون", [("2.5 مليون", 2.5e6, 2.5e6, 2.5e6, True, False, None, None)]),
    ("ar", "نزح ٢٫٥ مليون", [("٢٫٥ مليون", 2.5e6, 2.5e6, 2.5e6, True, False, None, None)]),
    ("ar", "بلغ العدد ١٢٠٠ شهيد", [("١٢٠٠", 1200, 1200, 1200, True, False, None, None)]),
    ("ar", "بلغ العدد ١٬٢٠٠ شهيد", [("١٬٢٠٠", 1200, 1200, 1200, True, False, None, None)]),
    ("ar", "بلغ العدد 1,200 شهيد", [("1,200", 1200, 1200, 1200, True, False, None, None)]),
    ("ar", "بلغ العدد 3.500 شهيد", [("3.500", 3500, 3500, 3500, True, False, None, None)]),
    ("ar", "بلغت الكلفة 1.250 مليون", [("1.250 مليون", 1.25e6, 1.25e6, 1.25e6, True, False, None, None)]),
    ("ar", "نحو 3 آلاف", [("نحو 3 آلاف", 2700, 3300, 3000, True, False, "about", None)]),
    ("ar", "وصل و2.5 مليون", [("2.5 مليون", 2.5e6, 2.5e6, 2.5e6, True, False, None, None)]),
    # Arabic number words with clitics and case endings
    ("ar", "قتل ثلاثين ألفا", [("ثلاثين ألفا", 30000, 30000, 30000, True, False, None, None)]),
    ("ar", "كانوا ثلاثون", [("ثلاثون", 30, 30, 30, True, False, None, None)]),
    ("ar", "بعد عشرين يوما", [("عشرين يوما", 20, 20, 20, True, False, None, "time")]),
    ("ar", "مائة جريح", [("مائة", 100, 100, 100, True, False, None, None)]),
    ("ar", "مئة جريح", [("مئة", 100, 100, 100, True, False, None, None)]),
    ("ar", "مائتان جريح", [("مائتان", 200, 200, 200, True, False, None, None)]),
    ("ar", "قرابة مائتين", [("قرابة مائتين", 180, 220, 200, True, False, "about", None)]),
    ("ar", "ثلاثمائة منزل", [("ثلاثمائة", 300, 300, 300, True, False, None, None)]),
    ("ar", "ثلاث مائة منزل", [("ثلاث مائة", 300, 300, 300, True, False, None, None)]),
    ("ar", "ألف شهيد", [("ألف", 1000, 1000, 1000, True, False, None, None)]),
    ("ar", "الف شهيد", [("الف", 1000, 1000, 1000, True, False, None, None)]),
    ("ar", "ألفان شهيد", [("ألفان", 2000, 2000, 2000, True, False, None, None)]),
    ("ar", "قتل ألفين", [("ألفين", 2000, 2000, 2000, True, False, None, None)]),
    ("ar", "قتل آلاف", [("آلاف", 2000, 9999, 2000, False, True, None, None)]),
    ("ar", "قتل آلافا", [("آلافا", 2000, 9999, 2000, False, True, None, None)]),
    ("ar", "مليون نازح", [("مليون", 1e6, 1e6, 1e6, True, False, None, None)]),
    ("ar", "مليونين نازح", [("مليونين", 2e6, 2e6, 2e6, True, False, None, None)]),
    # the construct state's dual, alone before the counted noun: two million, two thousand; after a number or
    # before «من», the singular
    ("ar", "قتل مليونا شخص", [("مليونا", 2e6, 2e6, 2e6, True, False, None, None)]),
    ("ar", "قتل ألفا جندي", [("ألفا", 2000, 2000, 2000, True, False, None, None)]),
    ("ar", "ووصل مليارا نسمة", [("مليارا", 2e9, 2e9, 2e9, True, False, None, None)]),
    ("ar", "قتل نحو ألفا شخص", [("نحو ألفا", 1800, 2200, 2000, True, False, "about", None)]),
    ("ar", "حصيلة بلغت 34 ألفا شخص", [("34 ألفا", 34000, 34000, 34000, True, False, None, None)]),
    ("ar", "وقتل ألفا من الجنود", [("ألفا", 1000, 1000, 1000, True, False, None, None)]),
    ("ar", "وعدد القتلى ألفا.", [("ألفا", 1000, 1000, 1000, True, False, None, None)]),
    # four digits before a noun that only counts are a count, not a year; after a year's cue a year
    ("ar", "ليصل عدد الوفيات إلى 1918 حالة", [("1918", 1918, 1918, 1918, True, False, None, None)]),
    ("ar", "قتل 2000 شخص", [("2000", 2000, 2000, 2000, True, False, None, None)]),
    ("ar", "أعلنت في عام 1918 حالة الطوارئ", [("1918", 1918, 1918, 1918, True, False, None, "year")]),
    ("ar", "في 2019 شهد البلد", [("2019", 2019, 2019, 2019, True, False, None, "year")]),
    ("ar", "ملايين الجرحى", [("ملايين", 2e6, 999999999, 2e6, False, True, None, None)]),
    ("ar", "نصف مليون", [("نصف مليون", 5e5, 5e5, 5e5, True, False, None, None)]),
    ("ar", "بضعة آلاف", [("بضعة آلاف", 2000, 9999, 2000, False, True, None, None)]),
    ("ar", "عشرات المنازل", [("عشرات", 24, 99, 24, False, True, None, None)]),
    ("ar", "مئات الجرحى", [("مئات", 200, 999, 200, False, True, None, None)]),
    ("ar", "عشرات الآلاف", [("عشرات الآلاف", 20000, 99999, 20000, False, True, None, None)]),
    ("ar", "مئات الآلاف", [("مئات الآلاف", 200000, 999999, 200000, False, True, None, None)]),
    ("ar", "فر الملايين", [("ملايين", 2e6, 999999999, 2e6, False, True, None, None)]),
    ("ar", "تجمعوا بالآلاف", [("آلاف", 2000, 9999, 2000, False, True, None, None)]),
    # spans leave out the clitics and the article: the number word itself
    ("ar", "قتل العشرات والآلاف", [("عشرات", 24, 99, 24, False, True, None, None),
                                  ("آلاف", 2000, 9999, 2000, False, True, None, None)]),
    ("en", "test scores rose", []),
    ("ar", "أحد عشر جنديا", [("أحد عشر", 11, 11, 11, True, False, None, None)]),
    ("ar", "خمسة وعشرين", [("خمسة وعشرين", 25, 25, 25, True, False, None, None)]),
    ("ar", "قتل خمسة وعشرون ألفا", [("خمسة وعشرون ألفا", 25000, 25000, 25000, True, False, None, None)]),
    ("ar", "مليونين وثلاثمائة ألف", [("مليونين وثلاثمائة ألف", 2.3e6, 2.3e6, 2.3e6, True, False, None, None)]),
    ("ar", "مليون ونصف المليون", [("مليون ونصف المليون", 1.5e6, 1.5e6, 1.5e6, True, False, None, None)]),
    ("ar", "ثلاثة وأربعة", [("ثلاثة", 3, 3, 3, True, False, None, None), ("أربعة", 4, 4, 4, True, False, None, None)]),
    ("ar", "بثلاثة آلاف", [("ثلاثة آلاف", 3000, 3000, 3000, True, False, None, None)]),
    ("ar", "ألفاً", [("ألفاً", 1000, 1000, 1000, True, False, None, None)]),
    # Arabic modifiers
    ("ar", "أكثر من 30 ألفا", [("أكثر من 30 ألفا", 30000, INF, 30000, True, False, "more-than", None)]),
    ("ar", "ما يزيد عن 500", [("ما يزيد عن 500", 500, INF, 500, True, False, "more-than", None)]),
    ("ar", "ما لا يقل عن 1,200", [("ما لا يقل عن 1,200", 1200, INF, 1200, True, False, "at-least", None)]),
    ("ar", "حوالي 40", [("حوالي 40", 36, 44, 40, True, False, "about", None)]),
    ("ar", "بقرابة 30 غارة", [("قرابة 30", 27, 33, 30, True, False, "about", None)]),
    ("ar", "أكثر من عشرة آلاف", [("أكثر من عشرة آلاف", 10000, INF, 10000, True, False, "more-than", None)]),
    ("ar", "ما يصل إلى 200", [("ما يصل إلى 200", 0, 200, 200, True, False, "up-to", None)]),
    ("ar", "أقل من 50", [("أقل من 50", 0, 50, 50, True, False, "less-than", None)]),
    ("ar", "قتل 30 شخصا على الأقل", [("30 شخصا على الأقل", 30, INF, 30, True, False, "at-least", None)]),
    ("ar", "قتل 30 تقريبا", [("30 تقريبا", 27, 33, 30, True, False, "about", None)]),
    ("ar", "أكثر من عشرات الآلاف", [("أكثر من عشرات الآلاف", 20000, INF, 20000, False, True, "more-than", None)]),
    # Arabic units, dates and years
    ("ar", "ارتفع 15% و20 بالمئة", [("15%", 15, 15, 15, True, False, None, "percent"),
                                   ("20 بالمئة", 20, 20, 20, True, False, None, "percent")]),
    ("ar", "نحو 30 في المائة", [("نحو 30 في المائة", 27, 33, 30, True, False, "about", "percent")]),
    ("ar", "بلغت ٣٠٪", [("٣٠٪", 30, 30, 30, True, False, None, "percent")]),
    ("ar", "تبرع بـ500 دولار", [("500 دولار", 500, 500, 500, True, False, None, "currency")]),
    ("ar", "خسائر بملايين الدولارات", [("ملايين الدولارات", 2e6, 999999999, 2e6, False, True, None, "currency")]),
    ("ar", "مساحة 365 كيلومترا مربعا", [("365 كيلومترا مربعا", 365, 365, 365, True, False, None, "area")]),
    ("ar", "على بعد 5 كيلومترات", [("5 كيلومترات", 5, 5, 5, True, False, None, "distance")]),
    ("ar", "منذ 7 أكتوبر 2023", [("7 أكتوبر", 7, 7, 7, True, False, None, "date"),
                                ("2023", 2023, 2023, 2023, True, False, None, "year")]),
    ("ar", "في 18 فبراير في الرياض", [("18 فبراير", 18, 18, 18, True, False, None, "date")]),
    ("ar", "في عام 2024", [("2024", 2024, 2024, 2024, True, False, None, "year")]),
    ("ar", "في 10 رجب 1436هـ", [("10 رجب", 10, 10, 10, True, False, None, "date"),
                                 ("1436", 1436, 1436, 1436, True, False, None, "year")]),
    ("ar", "منذ ٧ تشرين", [("٧ تشرين", 7, 7, 7, True, False, None, "date")]),
    # English digits, multipliers and words
    ("en", "More than 30,000 people", [("More than 30,000", 30000, INF, 30000, True, False, "more-than", None)]),
    ("en", "at least 1,200 died", [("at least 1,200", 1200, INF, 1200, True, False, "at-least", None)]),
    ("en", "about 2.5 million", [("about 2.5 million", 2.25e6, 2.75e6, 2.5e6, True, False, "about", None)]),
    ("en", "1.2 million people", [("1.2 million", 1.2e6, 1.2e6, 1.2e6, True, False, None, None)]),
    ("en", "1.200 people", [("1.200", 1.2, 1.2, 1.2, True, False, None, None)]),
    ("en", "48 thousand", [("48 thousand", 48000, 48000, 48000, True, False, None, None)]),
    ("en", "it cost $3bn", [("$3bn", 3e9, 3e9, 3e9, True, False, None, "currency")]),
    ("en", "a £3m deal", [("£3m", 3e6, 3e6, 3e6, True, False, None, "currency")]),
    ("en", "thirty thousand troops", [("thirty thousand", 30000, 30000, 30000, True, False, None, None)]),
    ("en", "two million three hundred thousand",
     [("two million three hundred thousand", 2.3e6, 2.3e6, 2.3e6, True, False, None, None)]),
    ("en", "one hundred and five", [("one hundred and five", 105, 105, 105, True, False, None, None)]),
    ("en", "twenty-five people", [("twenty-five", 25, 25, 25, True, False, None, None)]),
    ("en", "ninety nine", [("ninety nine", 99, 99, 99, True, False, None, None)]),
    ("en", "a dozen soldiers", [("a dozen", 12, 12, 12, True, False, None, None)]),
    ("en", "dozens of homes", [("dozens", 24, 99, 24, False, True, None, None)]),
    ("en", "scores of people", [("scores", 40, 199, 40, False, True, None, None)]),
    ("en", "hundreds were hurt", [("hundreds", 200, 999, 200, False, True, None, None)]),
    ("en", "thousands fled", [("thousands", 2000, 9999, 2000, False, True, None, None)]),
    ("en", "tens of thousands fled", [("tens of thousands", 20000, 99999, 20000, False, True, None, None)]),
    ("en", "hundreds of thousands", [("hundreds of thousands", 2e5, 999999, 2e5, False, True, None, None)]),
    ("en", "millions of dollars", [("millions of dollars", 2e6, 999999999, 2e6, False, True, None, "currency")]),
    ("en", "half a million", [("half a million", 5e5, 5e5, 5e5, True, False, None, None)]),
    ("en", "a few thousand", [("a few thousand", 2000, 9999, 2000, False, True, None, None)]),
    ("en", "several hundred", [("several hundred", 200, 999, 200, False, True, None, None)]),
    ("en", "nearly 500", [("nearly 500", 450, 500, 500, True, False, "nearly", None)]),
    ("en", "up to 15% of", [("up to 15%", 0, 15, 15, True, False, "up-to", "percent")]),
    ("en", "over 40 percent", [("over 40 percent", 40, INF, 40, True, False, "more-than", "percent")]),
    ("en", "fewer than 10 km", [("fewer than 10 km", 0, 10, 10, True, False, "less-than", "distance")]),
    ("en", "three days later", [("three days", 3, 3, 3, True, False, None, "time")]),
    # A smaller part joined to a figure that ends with a multiplier is the same quantity
    ("ar", "نزح 7 ملايين و200 ألف شخص", [("7 ملايين و200 ألف", 7.2e6, 7.2e6, 7.2e6, True, False, None, None)]),
    ("ar", "قتل ألفين و500 شخص", [("ألفين و500", 2500, 2500, 2500, True, False, None, None)]),
    ("ar", "نحو مليون و300 ألف نازح",
     [("نحو مليون و300 ألف", 1.17e6, 1.43e6, 1.3e6, True, False, "about", None)]),
    ("ar", "أكثر من 7 آلاف و 500 جريح", [("أكثر من 7 آلاف و 500", 7500, INF, 7500, True, False, "more-than", None)]),
    ("ar", "نزح 3 ملايين وثلاثمائة ألف", [("3 ملايين وثلاثمائة ألف", 3.3e6, 3.3e6, 3.3e6, True, False, None, None)]),
    ("ar", "بلغت 15 ألفا و200 شهيد و30 ألف جريح", [("15 ألفا و200", 15200, 15200, 15200, True, False, None, None),
                                             ("30 ألف", 30000, 30000, 30000, True, False, None, None)]),
    # ... but not a part as large as the multiplier, a part with a noun between, a percentage or a date
    ("ar", "بين ألفين و3 آلاف", [("ألفين", 2000, 2000, 2000, True, False, None, None),
                                ("3 آلاف", 3000, 3000, 3000, True, False, None, None)]),
    ("ar", "قتل ألف و1500 جريح", [("ألف", 1000, 1000, 1000, True, False, None, None),
                                 ("1500", 1500, 1500, 1500, True, False, None, None)]),
    ("ar", "12 ألف شهيد و300 جريح", [("12 ألف", 12000, 12000, 12000, True, False, None, None),
                                    ("300", 300, 300, 300, True, False, None, None)]),
    ("ar", "مليون و20 بالمئة", [("مليون", 1e6, 1e6, 1e6, True, False, None, None),
                               ("20 بالمئة", 20, 20, 20, True, False, None, "percent")]),
    ("ar", "ألفا و7 أكتوبر", [("ألفا", 1000, 1000, 1000, True, False, None, None),
                             ("7 أكتوبر", 7, 7, 7, True, False, None, "date")]),
    ("en", "1 million 200 thousand", [("1 million 200 thousand", 1.2e6, 1.2e6, 1.2e6, True, False, None, None)]),
    ("en", "3 million and 200,000", [("3 million", 3e6, 3e6, 3e6, True, False, None, None),
                                     ("200,000", 2e5, 2e5, 2e5, True, False, None, None)]),
    ("en", "1.2 million", [("1.2 million", 1.2e6, 1.2e6, 1.2e6, True, False, None, None)]),
    ("en", "two and a half million", [("two and a half million", 2.5e6, 2.5e6, 2.5e6, True, False, None, None)]),
    ("en", "about one and a quarter billion",
     [("about one and a quarter billion", 1.125e9, 1.375e9, 1.25e9, True, False, "about", None)]),
    ("en", "two and a half years", [("two", 2, 2, 2, True, False, None, None)]),
    # English dates, years, ordinals and non-quantities
    ("en", "on 18 February", [("18 February", 18, 18, 18, True, False, None, "date")]),
    ("en", "on February 18, 2025", [("February 18", 18, 18, 18, True, False, None, "date"),
                                   ("2025", 2025, 2025, 2025, True, False, None, "year")]),
    ("en", "on Oct. 7", [("Oct. 7", 7, 7, 7, True, False, None, "date")]),
    ("en", "the 18th century", [("18th", 18, 18, 18, True, False, None, "ordinal")]),
    ("en", "in 2023", [("2023", 2023, 2023, 2023, True, False, None, "year")]),
    ("en", "more than 2000 people", [("more than 2000", 2000, INF, 2000, True, False, "more-than", None)]),
    ("en", "no one knew", []),
    ("en", "The F-16 and 5G in the 1990s", []),
    ("en", "at 10:30 on 3/4", []),
]


def _expected(text: str, item: tuple) -> Quantity:
    span, low, high, value, exact, vague, modifier, unit = item
    start = text.index(span)
    return Quantity(start, start + len(span), low, high, value, exact, vague, modifier, unit)


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[case[1] for case in CASES])
def test_find_quantities(lang: str, text: str, expected: list[tuple]) -> None:
    assert find_quantities(text, lang) == [_expected(text, item) for item in expected]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "أعلن المتحدث باسم الكرملين أن روسيا مستعدة لدعم المفاوضات، وقال أحد المسؤولين إنه لست متأكدا."),
        ("ar", "التقى الاثنين بوزير الخارجية في الرياض وتحدثا عن السلام."),
        ("en", "The Kremlin said Russia was ready to support talks. No one was hurt in the F-16 crash."),
    ],
)
def test_text_without_quantities_gives_none(lang: str, text: str) -> None:
    assert find_quantities(text, lang) == []


def test_offsets_stay_exact_after_diacritics_and_tatweel() -> None:
    text = "قُتِلَ ثلاثُونَ ألفاً وبـ٣٠ غارة"
    found = find_quantities(text, "ar")
    assert [(text[q.start : q.end], q.value) for q in found] == [("ثلاثُونَ ألفاً", 30000), ("٣٠", 30)]

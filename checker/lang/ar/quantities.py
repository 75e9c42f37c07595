"""Arabic number words, modifiers and units for the quantity reader (checker/text/quantities.py).

The reader folds each word (`fold_word`) and looks it up in one table that holds the number words of every
language (a figure quoted in another language is still a figure), with every clitic form listed here.
"""

# Number words: (forms, kind, value, options). Kinds and options are those of the reader's `_Lexeme`;
# `article` also lists the forms with the article («الآلاف»).
NUMBER_WORDS = [
    ("واحد واحدة واحدا", "unit", 1, {}),
    ("اثنان اثنين اثنتان اثنتين", "unit", 2, {}),
    ("ثلاث ثلاثة", "unit", 3, {}),
    ("أربع أربعة", "unit", 4, {}),
    ("خمس خمسة", "unit", 5, {}),
    ("ست ستة", "unit", 6, {}),
    ("سبع سبعة", "unit", 7, {}),
    ("ثمان ثماني ثمانية", "unit", 8, {}),
    ("تسع تسعة", "unit", 9, {}),
    ("أحد إحدى", "unit", 1, {"teen_only": True}),
    ("اثنا اثني اثنتا اثنتي", "unit", 2, {"teen_only": True}),
    ("عشر عشرة", "ten", 10, {}),
    ("عشرون عشرين", "tens", 20, {}),
    ("ثلاثون ثلاثين", "tens", 30, {}),
    ("أربعون أربعين", "tens", 40, {}),
    ("خمسون خمسين", "tens", 50, {}),
    ("ستون ستين", "tens", 60, {}),
    ("سبعون سبعين", "tens", 70, {}),
    ("ثمانون ثمانين", "tens", 80, {}),
    ("تسعون تسعين", "tens", 90, {}),
    ("مائة مئة مية", "hundred", 100, {}),
    ("مائتان مائتين مئتان مئتين مائتا مائتي مئتا مئتي", "hundreds", 200, {}),
    *((f"{stem}مائة {stem}مئة", "hundreds", value * 100, {})
      for value, stem in ((3, "ثلاث"), (4, "أربع"), (5, "خمس"), (6, "ست"), (7, "سبع"), (8, "ثمان"), (8, "ثماني"),
                          (9, "تسع"))),
    # «ألفا», «مليونا»: after a number the singular («34 ألفا»: 34,000), alone before the noun they count the
    # dual of the construct state («قتل مليونا شخص», «ألفا جندي»: two million, two thousand).
    ("ألف", "scale", 1e3, {}),
    ("ألفا", "scale", 1e3, {"dual_construct": True}),
    ("ألفان ألفين ألفي", "scale", 1e3, {"dual": True}),
    ("آلاف آلافا ألوف", "scale", 1e3, {"plural": True, "article": True}),
    ("مليون", "scale", 1e6, {}),
    ("مليونا", "scale", 1e6, {"dual_construct": True}),
    ("مليونان مليونين مليوني", "scale", 1e6, {"dual": True}),
    ("ملايين", "scale", 1e6, {"plural": True, "article": True}),
    ("مليار بليون", "scale", 1e9, {}),
    ("مليارا", "scale", 1e9, {"dual_construct": True}),
    ("ملياران مليارين ملياري", "scale", 1e9, {"dual": True}),
    ("مليارات بلايين", "scale", 1e9, {"plural": True, "article": True}),
    ("تريليون", "scale", 1e12, {}),
    ("تريليونا", "scale", 1e12, {"dual_construct": True}),
    ("تريليونات", "scale", 1e12, {"plural": True, "article": True}),
    ("عشرات", "vague", 10, {"low": 24, "high": 99, "article": True}),
    ("مئات", "vague", 100, {"low": 200, "high": 999, "article": True}),
    ("بضع بضعة", "few", 0.0, {"low": 3, "high": 9}),
    ("عدة", "few", 0.0, {"low": 3, "high": 9, "needs_scale": True}),
    ("نصف", "fraction", 0.5, {}),
    ("ربع", "fraction", 0.25, {}),
]
# Clitics a number word may carry (و ب ل ف ك and their pairs), and with the article; a word of three letters
# or fewer only takes «و» («لست» is "I am not", not ل + ست).
PREFIXES = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل", "ك")
ARTICLE_PREFIXES = ("ال", "وال", "بال", "فال", "لل", "وبال", "كال", "ولل")
SHORT_WORD_PREFIXES = ("", "و")
CONJUNCTIONS = "وف"  # «وعشرين»: a conjunction written onto a number word joins it to the one before
# «7 ملايين و200 ألف», «ألفين و500»: the word that joins a smaller part to a figure ending with a multiplier.
PART_JOINERS = ("و",)
ARTICLE = "ال"  # «عشرات الآلاف»: the article on a multiplier continues the figure
# «مليون ونصف», «مليونين ونصف المليون»: half the scale added; the scale may be repeated with the article.
AND_HALF = "ونصف"
HALF_SCALES = ("الألف", "المليون", "المليار")

MODIFIERS_BEFORE = {
    "more-than": ["أكثر من", "ما يزيد عن", "ما يزيد على", "يزيد عن", "يزيد على", "أزيد من", "ما يربو على",
                  "يربو على", "ما يفوق"],
    "at-least": ["ما لا يقل عن", "لا يقل عن"],
    "about": ["نحو", "حوالي", "حوالى", "قرابة", "زهاء", "ما يقارب", "يقارب", "ما يناهز", "يناهز"],
    "nearly": ["ما يقرب من"],
    "up-to": ["حتى", "ما يصل إلى", "يصل إلى", "لا يتجاوز", "ما لا يزيد عن"],
    "less-than": ["أقل من"],
}
MODIFIER_CLITICS = "وبلف"  # «بنحو», «وأكثر من»: a modifier with one of these on its first word
MODIFIERS_AFTER = {"at-least": ["على الأقل"], "about": ["تقريبا", "تقريباً"]}
UNITS = {
    "percent": ["بالمئة", "بالمائة", "في المئة", "في المائة", "بالمية"],
    "currency": ["دولار", "دولارا", "دولارات", "الدولارات", "يورو", "ريال", "ريالا", "ريالات", "جنيه", "جنيها",
                 "جنيهات", "درهم", "درهما", "دراهم", "دينار", "دينارا", "دنانير", "ليرة", "ليرات", "شيكل", "شواكل",
                 "روبل"],
    "distance": ["كيلومتر", "كيلومترا", "كيلومترات", "كم", "متر", "مترا", "أمتار", "ميل", "ميلا", "أميال"],
    "area": ["كيلومتر مربع", "كيلومترا مربعا", "كيلومترات مربعة", "كم مربع", "دونم", "دونما", "دونمات", "هكتار",
             "هكتارا", "هكتارات", "فدان", "فدانا", "أفدنة"],
    "weight": ["طن", "طنا", "أطنان", "كيلوغرام", "كيلوغراما", "كيلوجرام", "كغ", "كجم"],
    "time": ["ثانية", "ثوان", "ثواني", "دقيقة", "دقائق", "ساعة", "ساعات", "يوم", "يوما", "أيام", "أسبوع", "أسبوعا",
             "أسابيع", "شهر", "شهرا", "أشهر", "شهور", "سنة", "سنوات", "أعوام", "عاما", "عقود"],
}
# Months (Gregorian in Egyptian, Maghrebi and Levantine names; Hijri): a day next to one is a date.
MONTHS = ("يناير فبراير مارس أبريل ابريل مايو يونيو يونيه يوليو يوليه أغسطس سبتمبر أكتوبر نوفمبر ديسمبر "
          "جانفي فيفري أفريل جوان جويلية أوت شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين كانون "
          "محرم ربيع جمادى رجب شعبان رمضان شوال")
YEAR_CUES = ("عام", "العام", "لعام", "سنة", "السنة")
# Nouns that never follow a year: four digits before one are a count («إلى 1918 حالة», «2000 شخص»).
COUNTED_AFTER_YEAR = ("حالة", "حالات", "شخص", "شخصا", "أشخاص", "قتيل", "قتيلا", "شهيد", "شهيدا", "وفاة", "مصاب",
                      "مصابا", "جريح", "جريحا", "مواطن", "مواطنا", "فلسطيني", "فلسطينيا")
HIJRI_MARKS = ("ه",)  # 1436 هـ: a Hijri year
# «كل واحد»: a pronoun, not a count.
ONE = ("واحد",)
BEFORE_PRONOUN_ONE = ("كل", "وكل", "لكل")
OF_AFTER_VAGUE = ("من",)  # «آلاف من الدولارات»: the unit after «من»
OF_AFTER_WORDS: tuple[str, ...] = ()
OF_BEFORE_MONTH = ("من",)  # «السابع من أكتوبر»
ORDINAL_SUFFIXES: tuple[str, ...] = ()
DIGIT_SUFFIX_SCALES: dict[str, float] = {}
NEEDS_OF: tuple[str, ...] = ()
A_WORDS: tuple[str, ...] = ()
FEW_AFTER_A: tuple[str, ...] = ()
# Readings that depend on the document's language.
DOT_GROUPS_THOUSANDS = True  # 3.500 شهيد: a single dot before exactly three digits groups thousands
PLURAL_SCALE_AFTER_DIGITS = True  # «3 آلاف» is 3,000

"""Arabic casualty words: what the casualty annotator binds to a figure, and how checks name categories."""

import math

# How the checks name each category in an explanation, and the word that joins two of them.
CATEGORY_LABELS = {"killed": "قتلى", "wounded": "جرحى", "missing": "مفقودين", "displaced": "نازحين",
                   "detained": "معتقلين"}
CATEGORY_JOINER = " و"
# Magnitude words by order of magnitude (below the limit): the fix proposed for a vague or implausible figure.
MAGNITUDES = ((100, "عشرات"), (1_000, "مئات"), (10_000, "آلاف"), (100_000, "عشرات الآلاف"),
              (1_000_000, "مئات الآلاف"), (math.inf, "ملايين"))

# -- the annotator (checker/annotate/casualties.py) ------------------------------------------------------
# Clitics stripped from a word before it is looked up, longest first.
CLITICS = ("وبال", "وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل")
CATEGORY_WORDS = {
    "killed": "قتيل قتيلا قتلى مقتل قتل قتلوا قتلت لقوا لقي حتفهم حتفه مصرعهم مصرعهما مصرعه مصرع شهيد شهيدا "
              "شهداء استشهاد استشهد استشهدوا وفاة وفيات توفي",
    "wounded": "جريح جريحا جرحى إصابة إصابات مصاب مصابا مصابين مصابون أصيب أصيبوا أصيبت",
    "missing": "مفقود مفقودا مفقودين مفقودون",
    "displaced": "نازح نازحا نازحين نازحون نزوح نزح نزحوا تهجير مهجر مهجرين مشرد مشردين تشريد",
    "detained": "معتقل معتقلا معتقلين اعتقال اعتقل اعتقلت أسير أسيرا أسرى محتجز محتجزا محتجزين احتجاز رهينة "
                "رهائن مختطف مختطفين اختطاف",
}
# People counted without saying who: they may stand between a figure and its casualty word.
PERSON_FILLERS = ("من شخص شخصا أشخاص آخر آخرين آخرون مدني مدنيا مدنيين مواطن مواطنا مواطنين فرد أفراد نسمة "
                  "إنسان قد")
GROUPS = {
    "children": "طفل طفلا أطفال طفلة قاصر قاصرين",
    "women": "امرأة نساء سيدة سيدات",
    "soldiers": "جندي جنديا جنود عسكري عسكريا عسكريين ضابط ضابطا ضباط",
    "fighters": "مسلح مسلحا مسلحين مقاتل مقاتلا مقاتلين عنصر عناصر إرهابي إرهابيا إرهابيين",
    "police": "شرطي شرطيا شرطة أمن",
    "medics": "مسعف مسعفا مسعفين طبيب أطباء ممرض",
    "journalists": "صحفي صحفيا صحفيين صحافي صحافيا صحافيين إعلامي إعلاميين",
    "aid workers": "عامل عمال موظف موظفين",
}
# Words that may follow a figure whose casualty word came before it («مقتل 12 في»).
AFTER_BEFORE_CUE = "في منذ جراء خلال بعد إثر اثر بسبب على عند قرب شمال جنوب شرق غرب وسط بينهم منهم حتى أمس اليوم"
# Words that may stand between a casualty word and a figure after it («حصيلة القتلى إلى 48 ألفا»).
BEFORE_FILLERS = "إلى الى عدد حصيلة ارتفاع ارتفعت ارتفع بلغ بلغت وصل وصلت يبلغ تبلغ ليصل لتصل"
# Casualty words that may stand before their figure: verbs and verbal nouns («مقتل 12»). Nouns (القتلى) only
# after a toll word: «حصيلة القتلى إلى 48 ألفا»; «أسري واحد» ("one family atmosphere") folds like «أسرى».
CUES_BEFORE_FIGURE = ("مقتل قتل قتلوا قتلت لقي لقوا استشهاد استشهد استشهدوا مصرع وفاة توفي إصابة أصيب أصيبوا أصيبت "
                      "اعتقال اعتقل اعتقلت احتجاز اختطاف نزوح نزح نزحوا تهجير تشريد")
TOLL_WORDS = "حصيلة عدد إجمالي"
# A casualty noun after a toll word names what the toll counts: «حصيلة القتلى».
NOUN_AFTER_TOLL = True
TOLL_COMPOUNDS: dict[tuple[str, str], str] = {}  # English "death toll": none in Arabic
# Casualty words that can be coordinated after another («الجرحى والمفقودين»); a verbal noun after «و» opens a
# clause with its own figure («10 قتلى وإصابة 20»).
CONJUNCTION_PREFIXES = ("و", "ف")
COORDINABLE = ("قتلى شهداء جرحى مصابين مصابون مفقودين مفقودون معتقلين معتقلون نازحين نازحون مشردين أسرى "
               "قتيل شهيد جريح مصاب مفقود معتقل نازح")
AND_WORDS: tuple[str, ...] = ()  # «و» is written onto the next word (CONJUNCTION_PREFIXES)
# A subject between the verb and the figure starts with the article: «اعتقلت السلطات 20 شخصا».
SUBJECT_ARTICLE = "ال"
PART_CUES = ("بينهم", "بينهن", "منهم", "منهن")
RISE_TO = ("الي", "بلغ", "بلغت", "وصل", "وصلت")
# «مصاب بالسكري»: «مصاب ب» + a condition is an illness; these are the wounds of violence.
ILLNESS_PREPOSITION = "ب"
WOUND_OBJECTS = "بجروح بجراح بإصابات بإصابة برصاص بالرصاص بشظايا بشظية بطلق بطلقات بطلقة بحروق بكسور بالغة"
# Sentences about disease (إصابة is also an infection) are skipped; on the normalised sentence.
DISEASE = (r"تسمم|التسمم|بالتسمم|كورونا|فيروس|فايروس|وباء|كوفيد|السرطان|سرطان|الانفلونزا|انفلونزا|الحصبه|الكوليرا|"
           r"مرض|الامراض")
# «48 ألفا و572» is one figure: a thousands figure and a smaller one joined by this word.
NUMBER_AND = "و"
# Cue phrases that give a sentence's figures their time scope ("|"-separated, matched on the normalised text).
SCOPE_CUES = {
    "cumulative": "منذ 7 اكتوبر|منذ السابع من اكتوبر|منذ السابع من تشرين الاول|منذ 7 تشرين الاول|منذ بدء الحرب|"
                  "منذ بداية الحرب|منذ اندلاع الحرب|منذ بدء العدوان|منذ بداية العدوان|منذ اندلاع العدوان|"
                  "منذ بدء الحرب الاسرائيلية|الحصيلة الاجمالية|الحصيلة الإجمالية",
    "day-since": "منذ فجر|منذ صباح|منذ الصباح|منذ منتصف الليل",
    "period": "منذ|هذا العام",
    "attack": "غارة|غارات|قصف|هجوم|انفجار|تفجير|ضربة|مجزرة|حادث|حادثة|اطلاق نار|اطلاق النار|تصادم|انهيار|حريق",
    "rising": "ارتفاع حصيلة|ارتفعت حصيلة|ارتفع عدد|ارتفاع عدد",
    "day": "خلال ال 24 ساعة|خلال الـ24 ساعة|خلال 24 ساعة|خلال الساعات|الساعات الماضية|الساعات الأخيرة|اليوم|أمس",
}


def counted_demonym(word: str, key: str) -> bool:
    """«فلسطينيا», «فلسطينيين», «إسرائيليون»: nisba adjectives (with or without a clitic) naming who was counted."""
    stem = next((key[len(c):] for c in CLITICS if key.startswith(c) and len(key) - len(c) >= 6), key)
    return _nisba(key) or _nisba(stem)


def _nisba(key: str) -> bool:
    return len(key) >= 6 and key.endswith(("يين", "يون", "يا", "ي"))

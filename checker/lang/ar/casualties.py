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
    "killed": "قتيل قتيلا قتلى مقتل قتل قتلوا قتلت تقتل يقتل لقوا لقي حتفهم حتفه مصرعهم مصرعهما مصرعه مصرع شهيد شهيدا "
              "شهداء استشهاد استشهد استشهدوا وفاة وفيات توفي",
    "wounded": "جريح جريحا جرحى إصابة إصابات مصاب مصابا مصابين مصابون أصيب أصيبوا أصيبت جرح وجرح",
    "missing": "مفقود مفقودا مفقودين مفقودون",
    "displaced": "نازح نازحا نازحين نازحون نزوح نزح نزحوا تهجير مهجر مهجرين مشرد مشردين تشريد",
    "detained": "معتقل معتقلا معتقلين اعتقال اعتقل اعتقلت أسير أسيرا أسرى محتجز محتجزا محتجزين احتجاز رهينة "
                "رهائن مختطف مختطفين اختطاف",
}
# People counted without saying who: they may stand between a figure and its casualty word.
PERSON_FILLERS = ("من شخص شخصا أشخاص آخر آخرين آخرون مدني مدنيا مدنيين مواطن مواطنا مواطنين فرد فردا أفراد نسمة "
                  "إنسان قد سائح سائحا سياح سائحين راكب راكبا ركاب مهاجر مهاجرا مهاجرين لاجئ لاجئا لاجئين "
                  "حاج حاجا حجاج مصل مصليا مصلين سجين سجينا سجناء طالب طالبا طلاب تلميذ تلميذا تلاميذ عامل "
                  "عاملا عمال")
GROUPS = {
    "children": "طفل طفلا أطفال طفلة قاصر قاصرين",
    "women": "امرأة نساء سيدة سيدات",
    "soldiers": "جندي جنديا جنود عسكري عسكريا عسكريين ضابط ضابطا ضباط",
    "fighters": "مسلح مسلحا مسلحين مقاتل مقاتلا مقاتلين عنصر عنصرا عناصر إرهابي إرهابيا إرهابيين متمرد متمردا متمردين "
                "متمردون داعشي دواعش متشدد متشددا متشددين متشددون",
    "police": "شرطي شرطيا شرطة أمن",
    "medics": "مسعف مسعفا مسعفين طبيب أطباء ممرض طواقم كوادر",
    "journalists": "صحفي صحفيا صحفيين صحافي صحافيا صحافيين إعلامي إعلاميين",
    "aid workers": "عامل عمال موظف موظفين",
}
# Describing words come after the noun in Arabic («2000000 دواعش أجانب»): no noun is reached across them.
COUNTED_NOUNS = ""
# A verb that may follow a figure whose casualty word came before it: the people counted do something
# («وإصابة نحو 100 يعالجون في المستشفيات»): an imperfect plural, on the folded word.
VERB_AFTER = r"[يت][^\W\d_]{2,}ون"
# Words that may follow a figure whose casualty word came before it («مقتل 12 في»).
# The event named right after the figure with its preposition: «مقتل 12 بانفجار», «بهجوم», «بقصف».
AFTER_BEFORE_CUE = ("في منذ جراء خلال بعد إثر اثر بسبب على عند قرب شمال جنوب شرق غرب وسط بينهم منهم منها حتى أمس اليوم "
                    "بانفجار بتفجير بهجوم بقصف بغارة بغارات بحادث بهجمات باشتباكات بمواجهات بزلزال")
# A case counted, after a figure whose casualty word came before it: «ليصل عدد الوفيات إلى 557 حالة» counts the
# dead; «عدد الإصابات إلى 5000 حالة» counts infections, not wounds, and is no casualty figure.
CASE_NOUNS = "حالة حالات"
# Words that may stand between a casualty word and a figure after it («حصيلة القتلى إلى 48 ألفا»).
BEFORE_FILLERS = "إلى الى عدد حصيلة ارتفاع ارتفعت ارتفع بلغ بلغت وصل وصلت يبلغ تبلغ ليصل لتصل"
# Casualty words that may stand before their figure: verbs and verbal nouns («مقتل 12»). Nouns (القتلى) only
# after a toll word: «حصيلة القتلى إلى 48 ألفا»; «أسري واحد» ("one family atmosphere") folds like «أسرى».
CUES_BEFORE_FIGURE = ("مقتل قتل قتلوا قتلت تقتل يقتل لقي لقوا استشهاد استشهد استشهدوا مصرع وفاة توفي إصابة أصيب "
                      "أصيبوا أصيبت جرح اعتقال اعتقل اعتقلت احتجاز اختطاف نزوح نزح نزحوا تهجير تشريد")
TOLL_WORDS = "حصيلة عدد إجمالي"
# A casualty noun after a toll word names what the toll counts: «حصيلة القتلى».
NOUN_AFTER_TOLL = True
TOLL_COMPOUNDS: dict[tuple[str, str], str] = {}  # English "death toll": none in Arabic
# Casualty words that can be coordinated after another («الجرحى والمفقودين»); a verbal noun after «و» opens a
# clause with its own figure («10 قتلى وإصابة 20»).
CONJUNCTION_PREFIXES = ("و", "ف")
COORDINABLE = ("قتلى شهداء جرحى مصابين مصابون مفقودين مفقودون معتقلين معتقلون نازحين نازحون مشردين أسرى "
               "قتيل شهيد جريح مصاب مفقود معتقل نازح قتيلا شهيدا جريحا مصابا مفقودا معتقلا")
AND_WORDS: tuple[str, ...] = ()  # «و» is written onto the next word (CONJUNCTION_PREFIXES)
# A subject between the verb and the figure starts with the article: «اعتقلت السلطات 20 شخصا».
SUBJECT_ARTICLE = "ال"
PART_CUES = ("بينهم", "بينهن", "منهم", "منهن")
RISE_TO = ("الي", "بلغ", "بلغت", "وصل", "وصلت")
# «مصاب بالسكري»: «مصاب ب» + a condition is an illness; these are the wounds of violence.
ILLNESS_PREPOSITION = "ب"
WOUND_OBJECTS = "بجروح بجراح بإصابات بإصابة برصاص بالرصاص بشظايا بشظية بطلق بطلقات بطلقة بحروق بكسور بالغة"
# Sentences about disease (إصابة is also an infection) are skipped; on the normalised sentence. «حي الحصبة» is
# a district of Sanaa, not measles.
DISEASE = (r"تسمم|التسمم|بالتسمم|كورونا|فيروس|فايروس|وباء|كوفيد|السرطان|سرطان|الانفلونزا|انفلونزا|"
           r"(?<!حي )الحصبه|الكوليرا|مرض|الامراض")
# Cue phrases that give a sentence's figures their time scope ("|"-separated, matched on the normalised text).
SCOPE_CUES = {
    "cumulative": "منذ 7 اكتوبر|منذ السابع من اكتوبر|منذ السابع من تشرين الاول|منذ 7 تشرين الاول|منذ بدء الحرب|"
                  "منذ بداية الحرب|منذ اندلاع الحرب|منذ بدء العدوان|منذ بداية العدوان|منذ اندلاع العدوان|"
                  "منذ بدء الحرب الاسرائيلية|الحصيلة الاجمالية|الحصيلة الإجمالية|حصيلة الحرب|حصيلة العدوان|"
                  "إجمالي عدد الشهداء|العدد الإجمالي للشهداء|"
                  # since the fighting began, killed in the war (as the English cues)
                  "منذ اندلاع القتال|منذ بدء القتال|منذ بداية القتال|قتلوا في الحرب|استشهدوا في الحرب|"
                  "قتلوا خلال الحرب|استشهدوا خلال الحرب|"
                  # an epidemic's toll since it began
                  "منذ بداية الجائحة|منذ بدء الجائحة|منذ ظهور الجائحة|منذ بداية انتشار|منذ بدء انتشار|منذ ظهور الوباء|"
                  "منذ بداية الوباء|منذ بداية تفشي|منذ بدء تفشي|منذ ظهور الفيروس",
    "day-since": "منذ فجر|منذ صباح|منذ الصباح|منذ منتصف الليل",
    "period": "منذ|هذا العام|العام الماضي|خلال العام|خلال عام|كل عام|سنويا|في السنة|خلال السنة",
    "attack": "غارة|غارات|قصف|هجوم|انفجار|تفجير|ضربة|مجزرة|حادث|حادثة|اطلاق نار|اطلاق النار|تصادم|انهيار|حريق|"
              "الغارة|الهجوم|الانفجار|التفجير|الضربة|المجزرة|الحادث|الحادثة|التصادم|الانهيار|الحريق|زلزال|الزلزال|"
              "انفجارا|تفجيرا|هجوما|حادثا|القصف|قصفا",
    "rising": "ارتفاع حصيلة|ارتفعت حصيلة|ارتفع عدد|ارتفاع عدد|لترتفع حصيلة|ليرتفع عدد|ارتفع إجمالي|ليرتفع إجمالي|"
              "ليصل عدد|لتصل حصيلة|ليصل إجمالي|ليبلغ عدد|لتبلغ حصيلة|ليبلغ إجمالي",
    "day": "خلال ال 24 ساعة|خلال الـ24 ساعة|خلال 24 ساعة|خلال الساعات|الساعات الماضية|الساعات الأخيرة|اليوم|أمس",
}

# «منذ» that opens an event, not a period (normalised text; the word is dropped before the scope cues are
# read): «منذ الانفجار الذي خلف 181 قتيلا» is the explosion's toll, «منذ أن قتل 50 شخصا» a past event's.
SINCE_EVENT = (r"(?<!\w)منذ (?=ان (?:قتل|قتلت|لقي|لقوا|استشهد|سقط|اودي|اودت)(?!\w)|[وفبل]?(?:الانفجار|الهجوم|"
               r"التفجير|الزلزال|الحادث|الحادثه|الغاره|المجزره)(?!\w))")


def counted_demonym(word: str, key: str) -> bool:
    """«فلسطينيا», «فلسطينيين», «إسرائيليون»: nisba adjectives (with or without a clitic) naming who was counted."""
    stem = next((key[len(c):] for c in CLITICS if key.startswith(c) and len(key) - len(c) >= 6), key)
    return _nisba(key) or _nisba(stem)


def _nisba(key: str) -> bool:
    return len(key) >= 6 and key.endswith(("يين", "يون", "يا", "ي")) or len(key) == 5 and key.endswith(("يا", "يين"))


# -- the claim around a figure (checker/annotate/casualties.py) -------------------------------------------
# Words that may stand between «بينهم» and its figure: «وكان من بينهم 12 طفلا».
PART_FILLERS = "من كان كانوا"
# Where a new clause opens inside a sentence (on the text as written): a day's figure and the war's total
# often share one: «استشهد 30 اليوم، ليرتفع عدد الشهداء منذ بدء الحرب إلى 48 ألفا».
CLAUSE_BREAKS = (r"[،;؛:]|,(?![0-9])|(?<!\w)(?:فيما|بينما|ليرتفع|لترتفع|ليصل|لتصل|ليبلغ|لتبلغ|مما يرفع|ما يرفع|في حين)"
                 r"(?!\w)")
# One event of a kind, by its singular noun (normalised: no hamza, «ة» as «ه»), in priority order; the plural
# («غارات») is a campaign, not one event.
EVENT_KINDS = {
    "earthquake": "زلزال|زلزالا|الزلزال|هزه ارضيه|الهزه الارضيه",
    "air-crash": "تحطم طايره|تحطم الطايره|سقوط طايره|سقوط الطايره|تحطم المروحيه|تحطم مروحيه",
    "crash": "حادث سير|حادثه سير|حادث مرور|حادثه مرور|حادث انقلاب|انقلاب حافله|انقلاب الحافله|تصادم|اصطدام|"
             "حادث القطار|حادثه القطار|حادث الحافله|التصادم|الاصطدام|حادث غرق|غرق قارب|غرق القارب|غرق مركب|غرق المركب|"
             "غرق عباره|غرق العباره|غرق سفينه|غرق السفينه",
    "attack": "غاره|الغاره|ضربه جويه|الضربه الجويه|انفجار|انفجارا|الانفجار|تفجير|تفجيرا|التفجير|هجوم|هجوما|"
              "الهجوم|اطلاق نار|اطلاق النار|عمليه اطلاق|الهجوم الانتحاري|تفجير انتحاري",
    # One event of no kind with a record of its own: bounded by the largest of any single event.
    "incident": "حادث|الحادث|حادثه|الحادثه",
}
# Who gives the figure (normalised): «وفقا لوزارة الصحة», «بحسب مصادر طبية», «نقلا عن الدفاع المدني».
SOURCE_CUE = (r"(?<!\w)[وف]?(?:وفقا ل|وفق|بحسب|حسب|نقلا عن|استنادا الي|طبقا ل)\s*(?P<source>(?:ال)?\S+(?:\s+(?!في\b|"
              r"الي\b|منذ\b|الذي\b|التي\b)\S+){0,2})")
# The figure is an update of an earlier one (normalised), never a second, conflicting toll.
UPDATE_CUES = (r"(?<!\w)(?:ارتفع|ارتفعت|ارتفاع|ليرتفع|لترتفع|حصيله جديده|حصيله محدثه|حصيله اوليه|حصيله سابقه|"
               r"في وقت سابق|سابقا|محدثه|تحديث|قفز|قفزت|زاد|زادت|ليصل|لتصل)(?!\w)")
# A toll of both sides together: no one people's toll (normalised text).
BOTH_SIDES = r"(?<!\w)(?:من الجانبين|في الجانبين|من الطرفين|لدي الطرفين|لدي الجانبين|كلا الجانبين|كلا الطرفين)(?!\w)"
# A second event of the same kind: «غارة أخرى», «هجوم ثان».
OTHER_EVENT_CUES = r"(?<!\w)(?:اخري|اخر|ثان|ثانيه|ثاني|منفصل|منفصله)(?!\w)"
# A case ending stripped to find a demonym in the packs: «فلسطينيا» is «فلسطيني».
DEMONYM_ENDINGS = ("ا",)
# A share taken of the figure that follows («70% من سكان غزة البالغ عددهم 2.3 مليون»: rare in Arabic, the share
# and the whole rarely touch); searched in the 40 characters before the figure, up to it.
SHARE_OF_BEFORE = r"(?:%|بالمئة|بالمائة|في المئة|في المائة)\s+من\s+(?:ال\S+\s+)?(?:ال)?$"
# Clitics a cue word may carry in front (normalised), before its article: «بالهجوم», «وزلزال».
CUE_PREFIX = "(?:وب|فب|ول|[وفبل])?"
# A figure that did not happen: an intent, a threat, a foiled plot (normalised): «كانت تهدف إلى قتل مئات الآلاف».
HYPOTHETICAL_CUES = (r"(?<!\w)[وفل]?(?:محاوله|احباط|الهدف|بهدف|يهدف|تهدف|كان سيودي|كانت ستودي|لو|قد يودي|قد يقتل|"
                     r"يمكن ان|مخطط|خطه)(?!\w)")
# The words that end a toll's name before its figure («عدد الوفيات بالجهة إلى 83»): what the toll counts is
# named between the toll word and these; a toll without a place is compared only with one named alike.
TOLL_NAME_ENDS = ("الي",)
# A figure told as something that happened on one occasion rather than as a toll to date: Arabic has no
# perfect to tell them apart («استشهد 40 فلسطينيا» is a day's, «استشهد 30 ألف فلسطيني» the war's), so no clause
# is marked by its verb; a figure counts as a toll to date only when a toll word names it («عدد الشهداء»).
NARRATED = ""
TOLL_TO_DATE_NEEDS_TOLL_WORD = True
# The later sentence names the event with the article: the same event as before («الغارة», not «غارة»).
DEFINITE_EVENT = r"(?<!\w)[وفبل]?(?:الغاره|الهجوم|الانفجار|التفجير|الزلزال|الحادث|الحادثه|القصف|الضربه)(?!\w)"
# Words before a place that say the casualties happened there ("killed in Aleppo"); clitics that say it too.
LOCATIVES = "في داخل قرب بمدينة مدينة"
LOCATIVE_CLITICS: tuple[str, ...] = ("ب", "وب", "فب")
CONJUNCTIONS: tuple[str, ...] = ("و", "ف")  # glued to a locative or a place, they leave its reading alone
# A reporting cue between a place and a figure makes the place the speaker's, not where the casualties
# happened («قال مسؤولون في البحرين إن ...», «قال وزير خارجية البحرين إن ...», «بحسب مسؤولين في كييف»)
# (normalised: no hamza, «ة» as «ه»).
SPEAKER_CUES = (r"(?<!\w)[وف]?(?:قال|قالت|اكد|اكدت|اعلن|اعلنت|اضاف|اضافت|اوضح|اوضحت|ذكر|ذكرت|صرح|صرحت|افاد|"
                r"افادت|قدر|قدرت|بحسب|حسب|وفق|وفقا|نقلا)(?!\w)|(?<!\w)(?:ب?ان|انه|انها|انهم)(?!\w)")
# Words right before a place (normalised, up to the place) that make it where people came from: not where a
# figure happened («قال لاجئون من حلب إن 300 ألف قتلوا»), but where the displaced were displaced. After a word
# of flight only: a bare «من» is mostly partitive («في أنحاء مختلفة من باكستان»).
PLACE_ORIGIN_BEFORE = (r"(?<!\w)[وف]?(?:ال)?(?:نزح|فر|يفر|فار|هرب|هارب|يهرب|قادم|لاجي|نازح|عايد|مهجر|انطلق|اطلق|"
                       r"اخلاء|اجلاء|تهجير)\S*\s+(?:\S+\s+)?من\s+$")
# Words right before a place (normalised, up to the place) that make it not where the figure happened: a
# destination («نزحوا إلى رفح», «نحو رفح»), a comparison («سكان البحرين») or a foreign-affairs speaker («وزير
# خارجية البحرين», «سفير قطر»).
PLACE_ASIDE_BEFORE = r"(?<!\w)(?:الي|الى|نحو|باتجاه|صوب|سكان|لسكان|سفير|سفاره|خارجيه)\s+$"
PLACE_ASIDE_AFTER = r"(?!)"  # Arabic names the office before the place («وزير خارجية البحرين»)
# A city's name in the name of the province around it («محافظة حمص», «ريف دمشق», «مقاطعة خاركيف»): the words
# right after it (as written: none in Arabic), and right before it (normalised, up to the name).
PROVINCE_AFTER_NAME = r"(?!)"
PROVINCE_BEFORE_NAME = (r"(?<!\w)[وفبل]?(?:محافظه|محافظات|ريف|اريف|مقاطعه|منطقه|ولايه|اقليم|قضاء|قضا|ضواحي)"
                        r"\s+$")
# A place named in a sentence, known to the packs or not (as written): a place noun before a name («في مدينة
# فوتوكول», «جزيرة كريت»): then a dateline is not where it happened.
PLACE_NAMED = (r"(?<!\w)[وفبل]?(?:مدينة|بلدة|قرية|جزيرة|مخيم|ولاية|محافظة|منطقة|إقليم|اقليم|حي|مدينه|بلده|قريه|"
               r"جزيره|ولايه|محافظه|منطقه)\s+\w")
# A place before the figure is where it happened when an event struck it («أسفرت غارة على مدينة رفح عن مقتل
# 30»): matched on the text up to the place.
EVENT_AT_PLACE = (r"(?<!\w)[وفب]?(?:ال)?(?:غارة|غارات|قصف|هجوم|هجمات|انفجار|تفجير|ضربة|ضربات|زلزال)\s+(?:\S+\s+){0,2}"
                  r"(?:على|في|استهدف\S*)\s+(?:\S+\s+){0,3}$")
# Words after a figure that leave its noun unsaid («وأصيب 20 آخرون»): it counts the people of the figure before.
ELIDING_WORDS = "آخر آخرين آخرون"
# A group named before the figure after one of these: «عدد الشهداء من الأطفال», «من بين الصحفيين».
GROUP_OF = "من بين"

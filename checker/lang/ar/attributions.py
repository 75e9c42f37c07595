"""Arabic reporting: cues, generic speakers, back-references, for the attribution annotator
(checker/annotate/attributions.py). Every pattern runs on the normalised text (أ/إ -> ا, ة -> ه)."""

from checker.text.lazy_regex import lazy_compile

# The speaker stands after the verb: «أعلن المتحدث باسم الكرملين، ديمتري بيسكوف، أن ...».
SPEAKER_AFTER_VERB = True
VERB_CUE = lazy_compile(
    r"(?<!\w)[وف]?(?:قال|قالت|اكد|اكدت|اعلن|اعلنت|اضاف|اضافت|اوضح|اوضحت|اشار|اشارت|ذكرت|نقلت|صرح|صرحت|"
    r"افاد|افادت|تابع|تابعت)(?!\w)"
)
# A prepositional cue («بحسب») names its source after it.
SOURCE_CUE = lazy_compile(r"(?<!\w)(?:و?(?:وفقا|طبقا) ?ل(?:ما)?|و?ب?حسب(?:ما)?|و?نقلا عن|و?وفق)(?!\w)")
# A word right after a cue that stands for an earlier speaker instead of naming one (group "word").
GENERIC = lazy_compile(r"^ ?(?:ال)?(?P<word>وزاره|خارجيه|رئاسه|مكتب|بيان|سفاره|وكاله|حكومه|سلطات|وزير|وزيره|"
                     r"متحدث|متحدثه|ناطق|رئيس|رئيسه|مسؤول|مسؤوله)(?!\w)")
# A bare «وأضاف أن» or «وأضاف:» carries on the last speaker.
CARRY_CONTENT = lazy_compile(r"^ ?(?:(?:ب?ان|انه|انها)(?!\w)|[:،,])")
# What each generic word can stand for.
GENERIC_KINDS = {
    **dict.fromkeys(("وزاره", "خارجيه", "رئاسه", "مكتب", "بيان", "سفاره"), ("institution", "official")),
    **dict.fromkeys(("وكاله",), ("outlet", "institution")),
    **dict.fromkeys(("حكومه", "سلطات"), ("government", "official", "institution")),
    **dict.fromkeys(("وزير", "وزيره", "متحدث", "متحدثه", "ناطق", "رئيس", "رئيسه", "مسؤول", "مسؤوله"),
                    ("person", "official")),
}
# Where reported content starts after the speaker: «أن/إن», a quote, a colon.
CONTENT_START = lazy_compile(r"(?<!\w)(?:ب?ان|انه|انها|انهم|عن ان)(?!\w)|[«\":]")
# After «بحسب» the source's name may itself be quoted: only a clause ends the zone.
SOURCE_CONTENT_START = r"(?<!\w)(?:ف?ان|انه)(?!\w)"
# What may stand between the speaker (or the cue) and the quotation it introduces.
QUOTE_LEAD = lazy_compile(r"[\s:،,]*(?:(?:ب?ان|انه|انها)\s*)?")
QUOTE = r"«([^«»]{2,600})»"
# Guillemets face one way each: the pattern pairs them (English marks are paired by facing: QUOTE_MARKS there).
QUOTE_MARKS = None
# Back-references to an earlier statement, and what introduces its issuer after them. A verb of coming or
# issuing may stand before a bare noun («وصدر البيان عن ...»); «في بيان صادر عن» (group inline) names the
# issuer of the statement of its own sentence («أعلن بيسكوف في بيان رسمي صادر عن الحكومة الفرنسية أن ...»).
BACK_REFERENCE = lazy_compile(
    r"(?<!\w)(?:و?(?:جاء|جاءت|صدر|صدرت)(?: (?:هذا|ذلك|هذه|تلك))? ال(?:اعلان|تصريح|تصريحات|بيان|موقف|كلام)|"
    r"و?جاء (?:هذا|ذلك|هذه)(?: ال(?:اعلان|تصريح|تصريحات|بيان|موقف|كلام))?|"
    r"(?:هذا|ذلك) ال(?:اعلان|تصريح|بيان|موقف)|(?:هذه|تلك) ال(?:تصريحات)|"
    r"(?P<inline>(?:في|ب) ?بيان(?: رسمي| مكتوب)? (?:صادر|صدر)))(?!\w)"
)
ISSUER_LEAD = lazy_compile(r"(?<!\w)(?:من|عن|على لسان)(?: (?:قبل|جانب))?(?: (?:ال)?(?:حكومه|سلطات|رئاسه))? ?[«\"]?$")
# «وجاء البيان الفرنسي بعد ...»: the issuer as an adjective right after the noun (group "noun" ends it).
OWNED_REFERENCE = lazy_compile(r"(?<!\w)و?(?:جاء|جاءت|صدر|صدرت) (?P<noun>ال(?:اعلان|تصريح|تصريحات|بيان|موقف)) $")
OWNER_BEFORE = False
# An outlet noun right before a name that is also an ordinary word (الوطن، كان): then it is the outlet.
OUTLET_NOUNS = ("وكاله", "صحيفه", "جريده", "قناه", "تلفزيون", "اذاعه", "موقع", "انباء")
# Phrases many speakers say: the same words from two of them are not a quotation given to the wrong one
# (checker/checks/attribution.py, quote-speakers; a phrase with a word or two around it counts too).
STOCK_PHRASES = (
    "لا أحد فوق القانون",
    "كل الخيارات مطروحة على الطاولة",
    "جميع الخيارات مطروحة",
    "لن نسمح بالمساس بأمننا",
    "الحل العسكري ليس حلا",
    "لا حل عسكريا للأزمة",
    "لا يوجد حل عسكري للأزمة",
    "نحن نراقب الوضع عن كثب",
    "الحوار هو السبيل الوحيد",
    "لكل حادث حديث",
    "الله يرحمه ويغفر له",
    "إنا لله وإنا إليه راجعون",
    "التاريخ لن يرحم",
)
# A country after a preposition is a place, not a government speaking ("the plane that took him to Israel");
# so is the object of a visit, a departure, an entry or an arrival, as a noun with or without its pronoun
# («قبل مغادرته إسرائيل», «بعد زيارة إسرائيل», «لدى وصول تركيا») or as a verb («زار إسرائيل», «غادرت تركيا»): a
# government speaks as the verb's subject («قالت إسرائيل»), never as its object. Only these words, right
# before the country: a country further from «قال» may be in the speaker's title («قال وزير داخلية لاتفيا»).
# Folded: «إلى» -> «الي», «على» -> «علي», ة -> ه.
PLACE_PREPOSITION = lazy_compile(r"(?<!\w)(?:الي|في|من|علي|عن|مع|داخل|خارج|نحو|عبر|قرب|حول|لدي|"
                                 r"(?:مغادرت|زيارت|دخول|وصول)(?:ه|ها|هم|هما|نا)|"
                                 r"[وفبل]?(?:مغادره|زياره|زيارات|دخول|وصول)|"
                                 r"[وف]?(?:زار|زارت|يزور|تزور|غادر|غادرت|يغادر|تغادر|دخل|دخلت|يدخل|تدخل|"
                                 r"وصل|وصلت|يصل|تصل))\s+$")
PLACE_CLITIC = lazy_compile(r"(?<!\w)و?[بل]$")

"""Arabic words for outlets and sourcing (checker/checks/attribution.py); patterns run on normalised text."""

from checker.text.lazy_regex import lazy_compile

# Descriptor nouns (folded) and the outlet type each names.
DESCRIPTORS = {"وكاله": "agency", "صحيفه": "newspaper", "جريده": "newspaper", "قناه": "tv", "تلفزيون": "television",
               "اذاعه": "radio", "موقع": "website"}
# The right noun for each outlet type, in the fix.
RIGHT_WORD = {"agency": "وكالة", "newspaper": "صحيفة", "tv": "قناة", "radio": "إذاعة", "website": "موقع"}
# [clitic][ال]NOUN [انباء|الانباء|اخبار]? [«"]? right before the outlet's name; one adjective may stand between
# («وكالة الأنباء الروسية تاس»): it must carry the article (group demonym_slot).
DESCRIPTOR_BEFORE = lazy_compile(
    r"(?<!\w)(?:[وفبل]|وب|ول|فب|فل)?(?:ال|لل)?(?P<noun>وكاله|صحيفه|جريده|قناه|تلفزيون|اذاعه|موقع)"
    r"(?: (?:ال)?(?:انباء|اخبار))?(?P<demonym_slot> ال\w+(?:يه|ي))? ?[«\"]?$"
)
DESCRIPTOR_AFTER = None
# «رويترز، وكالة الأنباء البريطانية،»: the descriptor set off after the name, with at most two adjectives
# («الصحيفة المصرية اليومية»); group head is the noun phrase («وكالة الأنباء»: not the paper «الأنباء»).
APPOSITION = lazy_compile(
    r" ?[،,] ?(?P<head>(?:ال)?(?P<noun>وكاله|صحيفه|جريده|قناه|تلفزيون|اذاعه)(?: (?:ال)?(?:انباء|اخبار))?)(?: \w+){0,2}?"
    r"(?=\s?[،,.]| (?:التي|الذي)(?!\w))"
)
# «وكالة الأناضول»: the name carries its own noun.
NOUN_IN_NAME = r"^(?:ال)?(?:وكاله|صحيفه|جريده|قناه|تلفزيون|اذاعه)(?!\w)"
# Arabic puts such qualifiers after the name («الحكومية»), where they may describe another thing.
OUTLET_QUALIFIER = None
ARTICLE = "ال"
FEMININE_ENDING = "ه"  # a demonym agrees with its noun in definiteness and gender: «الروسية», «روسي»
# The demonym follows the name: «رويترز البريطانية».
DEMONYM_AFTER_NAME = True
DEMONYM_BEFORE_DESCRIPTOR = None
# «مذيع قناة الجزيرة السوري»: an adjective after the name may describe the presenter, not the channel.
PERSON_NOUNS = ("مذيع مذيعة مراسل مراسلة مدير مديرة رئيس رئيسة محرر محررة صحفي صحفية صحافي صحافية كاتب كاتبة مقدم "
                "مقدمة معلق معلقة موفد موفدة مصور مصورة تحرير مؤسس مالك محلل محللة ضيف ضيفة برنامج موقع حساب")
PERSON_NOUN_CLITICS = "ول"
# A «المصدر:» line at the end of an article declares its source.
SOURCE_LINE_LABELS = ("المصدر", "مصدر الخبر")
# Clitics an outlet's name may carry in the body («وللشرق الأوسط»).
NAME_CLITICS = r"(?:[وفبل]|ال|لل|وال|بال)"
# «قال لوكالة رويترز»: the outlet interviewed a speaker; it is not where the report comes from.
INTERVIEW_BEFORE = r"(?<!\w)(?:قال|قالت|صرح|صرحت|أكد|أكدت|اكد|اكدت|تحدث|تحدثت)\s+(?:ل|في|على)"
INTERVIEW_CLITIC = lazy_compile(r"(?<!\w)(?:قال|قالت|صرح|صرحت|أكد|أكدت|تحدث|تحدثت)\s+ل\w*\s*$")


def kind_phrase(kind: str) -> str:
    return kind

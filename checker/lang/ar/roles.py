"""Arabic for the role checks (checker/checks/roles.py): words that set a sentence in the past, and the forms
of office names and demonyms in a fix."""


from checker.text.lazy_regex import lazy_compile
from checker.text.normalize import normalize_key

# Words that place a sentence in the past («آنذاك»): an old title there is the period's title.
THEN_WORDS = (r"آنذاك|حينها|حينذاك|وقتها|وقتذاك|في ذلك الوقت|في حينه|في عهد|إبان|خلال ولاية|خلال فترة ولاية|"
              r"(?:عندما|حين|حينما|لما|يوم) كان(?:ت)?|الراحل|الراحلة|العام الماضي|الشهر الماضي|قبل سنوات")

# -- the time frame of a title claim (checker/checks/roles.py: out-of-tenure) -------------------------------
# A condition, the future or a candidacy: the title is not claimed for the article's date.
HYPOTHETICAL_WORDS = (r"(?<!\w)(?:لو|لولا|إذا|إذ ما|في حال|سوف|سيصبح|ستصبح|قد يصبح|قد تصبح|المرشح|المرشحة|المنتخب|"
                      r"المنتخبة|المقبل|المقبلة|القادم|القادمة|المحتمل|المحتملة)(?!\w)")
# Words that set the sentence on the article's day.
CURRENT_WORDS = r"(?<!\w)(?:اليوم|أمس|الليلة|حاليا|حالياً|الحالي|الحالية)(?!\w)"
# The word before a year named as a time («عام 2015»، «في 2015»؛ a bare 2000 may be a count).
YEAR_BEFORE = r"(?<!\w)(?:[وف]?(?:في|منذ)(?: عام| العام| سنة)?|عام|العام|سنة|خلال عام) "
# A word right before the title that makes it a capacity («بصفته رئيسا للوزراء»).
CAPACITY_WORDS = frozenset("بصفته بصفتها بوصفه بوصفها".split())
POSSESSIVES: tuple[str, ...] = ()  # Arabic possession is the construct state: TERM_HEADS
# Relative pronouns: a time in a relative clause is its noun's («أسفارهم التي كانت مقررة في عام 2021»), not the
# time of a title in another clause of the sentence.
RELATIVE_WORDS = r"(?<!\w)(?:الذي|التي|الذين|اللذان|اللتان|اللذين|اللتين|اللواتي|اللاتي)(?!\w)"
# A noun of a term right before the title, in the construct state («إدارة الرئيس الأمريكي باراك أوباما»,
# «حكومة رئيس الوزراء»): a thing of the holder's term, as "President Obama's administration" is in English.
TERM_HEADS = frozenset(f"{clitic}{noun}" for clitic in ("", "و", "ف", "ب", "ل")
                       for noun in ("إدارة", "ادارة", "حكومة", "حكومه"))
CAPTION_LABEL = ""
# Words of a death and its aftermath: a dead person's title there is the one they held at death («الراحل»،
# «الشهيد»، «وفاة الرئيس»، «تشييع»).
DEATH_WORDS = (r"(?<!\w)(?:[وفبل]?(?:ال)?راحل(?:ة)?|[وفبل]?(?:ال)?شهيد(?:ة)?|[وفبل]?(?:ال)?فقيد(?:ة)?|[وفبل]?وفاة|"
               r"توفي|توفيت|[وفبل]?رحيل|[وفبل]?مصرع|لقي حتفه|لقيت حتفها|[وفبل]?مقتل|اغتيال|[وفبل]?اغتيال|"
               r"[وفبل]?تشييع|[وفبل]?جنازة|[وفبل]?جثمان|[وفبل]?تأبين|[وفبل]?تعازي|[وفبل]?التعازي|[وفبل]?الحداد|"
               r"[وفبل]?حداد|[وفبل]?سقوط (?:ال)?مروحية|[وفبل]?تحطم)(?!\w)")
# Words of the end of a term told in the sentence: the title is the one held until that event («قبول طلب ولي
# العهد الأمير مقرن إعفاءه من منصبه», «استقالة رئيس الوزراء»). Read only for a term that ended.
END_OF_TERM_WORDS = (r"(?<!\w)(?:[وفبل]?(?:ال)?استقال(?:ة|ته|تها|ت)?|[وفبل]?[إا]عفاء\w*|[أا]عفي|"
                     r"[وفبل]?(?:ال)?[إا]قال(?:ة|ته|تها)|[وف]?أقال(?:ت|ه|ها)?|[وف]?[أا]قيلت?|[وفبل]?(?:ال)?تنحي\w*|تنحى|تنحت|[وفبل]?عزله|[وفبل]?عزلها|عزل|"
                     r"(?:آخر|اخر) (?:يوم|أيام|ايام) (?:له |لها )?في (?:منصبه|منصبها|الحكم|السلطة))(?!\w)")
# Verbs before (or after) a title and name that tell the person acting on the day («قال الرئيس ... اليوم»).
ACTING_VERBS = frozenset(f"{clitic}{verb}" for clitic in ("", "و", "ف") for verb in """قال يقول أكد يؤكد أعلن يعلن
    صرح أضاف دعا يدعو استقبل يستقبل التقى يلتقي زار يزور وصل يصل بحث يبحث شدد يشدد حذر يحذر وقع يوقع""".split())
REPORTING_VERBS: frozenset[str] = frozenset()
CLAUSE_OPENERS: frozenset[str] = frozenset()
# «رئيس الوزراء الجديد» the day before the swearing-in, «المنتهية ولايته» the day after.
TRANSITION_WORDS = frozenset("الجديد الجديدة المنتهية المنصرف المنصرفة".split())
FIRST_PERSON = ""  # Arabic marks the person on the verb: not read
# A speaker's label opening a paragraph («لافروف: ...»): not read in Arabic, where «X: ...» headlines quote.
SPEAKER_LABEL = ""
GALLERY_LABEL = ""
PHOTO_CREDIT = ""
# A picture showing the person («ويظهر في الفيديو ... رئيس الأركان»): of the picture's own day.
PICTURE_WORDS = (r"(?<!\w)[وف]?(?:يظهر|تظهر|ظهر|ظهرت|يبدو|تبدو|بدا|بدت) (?:\w+ )?في (?:ال)?(?:فيديو|صورة|صور|مقطع|شريط|"
                 r"تسجيل|لقطات|لقطة)(?!\w)")


def narrative_past(words: list[str]) -> bool:
    """Arabic news tells today's events with the same past verbs as history («استقبل», «وصل»): the past is
    read only from explicit words (THEN_WORDS), never from the verb."""
    return False


def told_in_past(words: list[str]) -> bool:
    """Arabic tells today's news in the past tense: the verb never shows history."""
    return False


# The sentences before it in the paragraph give a sentence its time when it names none of its own: Arabic news
# writes background and today's news with the same verbs, so the anchor is read without a tense.
ANCHOR_NEEDS_PAST = False


def words_of(text: str) -> list[str]:
    return text.split()


_MONTHS = {name: number for number, names in enumerate((
    "يناير كانون_الثاني", "فبراير شباط", "مارس آذار", "أبريل ابريل نيسان", "مايو أيار", "يونيو يونيه حزيران",
    "يوليو يوليه تموز", "أغسطس آب", "سبتمبر أيلول", "أكتوبر تشرين_الأول", "نوفمبر تشرين_الثاني",
    "ديسمبر كانون_الأول"), start=1) for name in (n.replace("_", " ") for n in names.split())}
_DAY_MONTH = lazy_compile(
    r"(?<!\d)(\d{1,2}) (" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")(?!\w)(?! \d{4})")


_MONTH_ALONE = lazy_compile(r"(?<!\w)(?:[وف]?(?:في|منذ|خلال|مطلع|أواخر|أوائل|منتصف)(?: شهر)?) ("
                          + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")(?!\w)(?! \d)")


def months_named(text: str) -> list[int]:
    """The month of each month named without a day or a year, as a time («في فبراير», «منذ مارس»)."""
    return [_MONTHS[m.group(1)] for m in _MONTH_ALONE.finditer(text)]


_FULL_DATE = lazy_compile(
    r"(?<!\d)(\d{1,2}) (" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")(?!\w) (?:عام |سنة )?(\d{4})(?!\d)")


def full_dates(text: str) -> list[tuple[int, int, int, int, int]]:
    """(year, month, day, start, end) of each date written in full («1 يونيو 2022»): a time read to the day."""
    return [(int(m.group(3)), _MONTHS[m.group(2)], int(m.group(1)), m.start(), m.end())
            for m in _FULL_DATE.finditer(text)]


def month_days(text: str) -> list[tuple[int, int]]:
    """(month, day) of each date written without a year («7 يوليو»)."""
    return [(_MONTHS[m.group(2)], int(m.group(1))) for m in _DAY_MONTH.finditer(text)]
UNTIL_NOW = "حتى الآن"  # a role with no end, in an explanation
# The separators of a list of roles or dates in an explanation: Arabic punctuation, never the Latin "," and ";".
COMMA, SEMICOLON = "، ", "؛ "
# «المتحدث الروسي» for an institution: no adjective names an institution.
DEMONYM_NAMES_INSTITUTION = False
# An office name the offices pack lists as neither feminine nor masculine is masculine («وزير الخارجية»).
UNLISTED_OFFICE_FORM_GENDER: str | None = "m"


def demonym_form(word: str, known: frozenset[str]) -> tuple[bool, bool, bool]:
    """(definite, feminine, plural); «ألمانية» folds to «المانيه» but is not definite: only a word whose
    rest after «ال» is itself a known demonym is."""
    key = normalize_key(word)
    definite = key.startswith("ال") and key[2:] in known
    return definite, key.endswith("ه"), key.endswith(("ون", "ين", "ات")) and len(key) > 5


def _definite(form: str) -> bool:
    words = form.split()
    return bool(words) and normalize_key(words[-1]).startswith("ال")


def office_name(gendered: list[str], names: list[str], surface: str) -> str | None:
    """Of the office's names in the person's gender (`gendered`, from the offices pack), the one definite
    as the text wrote it (a construct is definite by its last word: «رئيس الوزراء» is replaced by «الرئيس», not
    «رئيس»); none when the pack lists no form in that gender."""
    definite = _definite(surface)
    fitting = sorted(gendered, key=lambda n: _definite(n) != definite)
    return fitting[0] if fitting else None


def former_title(title: str, feminine: bool, possessive_end: int | None, at_sentence_start: bool) -> str:
    """«… السابق» after the title."""
    return f"{title} {'السابقة' if feminine else 'السابق'}"

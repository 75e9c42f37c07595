"""Casualty facts: the figures of killed, wounded, missing, displaced and detained that a text states.

Built on the quantities of the text layer (ranges, vague magnitudes, modifiers, units). A quantity becomes a
casualty fact only when a casualty word is bound to it inside its clause, with nothing between them but
words that cannot change what is counted (people, others, Palestinians, «من», «شخصا», were, have been):

- the word follows the figure: «ملايين من الجرحى والمفقودين» (one figure for two categories),
  «12 قتيلا», "more than 100 were wounded", "1,200 people killed";
- or precedes it: «استشهاد آلاف من الفلسطينيين», «ارتفاع حصيلة القتلى إلى 48 ألفا», «مقتل 12 شخصا»,
  "killed at least 1,200 people", "the death toll rose to 48,000". Then the word after the figure must be
  a person noun, a function word or the end of the clause, so "injured 30-year-old" or "killed 3 minutes"
  never count.

Figures with a unit (money, percent, years, dates, distances, time) are never casualties. Sentences about
disease ("إصابة" is also an infection) are skipped. "including 20 children" / «بينهم 20 طفلا» after a fact
is one of its parts, not a fact of its own. The place is every place or country named in the sentence; the
scope comes from cue phrases in the sentence (since the war began, in one strike, in the last 24 hours).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from checker.text.normalize import fold_word, normalize_key

if TYPE_CHECKING:
    from checker.analysis import Analysis
    from checker.text.quantities import Quantity

KILLED, WOUNDED, MISSING, DISPLACED, DETAINED = "killed", "wounded", "missing", "displaced", "detained"
# Scopes: one attack; one day; cumulative since the war began; since some other date; not said.
ATTACK, DAY, CUMULATIVE, PERIOD, UNKNOWN = "attack", "day", "cumulative", "period", "unknown"


@dataclass(frozen=True)
class CasualtyPart:
    """A named part of a casualty figure: «بينهم 20 طفلا», "including 20 children"."""

    start: int  # the part's quantity span
    end: int
    group: str
    quantity: Quantity


@dataclass(frozen=True)
class CasualtyFact:
    """One casualty figure: what it counts, how many, where and over what time."""

    start: int  # the quantity's span in the prose
    end: int
    categories: tuple[str, ...]  # killed, wounded, missing, displaced, detained (several: one shared figure)
    quantity: Quantity
    sentence: int  # index into analysis.sentences
    places: tuple[tuple[str, ...], ...]  # per place mention in the sentence, its candidate place/country ids
    scope: str  # attack | day | cumulative | period | unknown
    group: str | None = None  # a specific group counted ("children", "fighters"), None for people at large
    parts: tuple[CasualtyPart, ...] = ()

    @property
    def low(self) -> float:
        return self.quantity.low

    @property
    def high(self) -> float:
        return self.quantity.high


_ARABIC_CLITICS = ("وبال", "وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل")

_CATEGORY_WORDS = {
    KILLED: {
        "ar": "قتيل قتيلا قتلى مقتل قتل قتلوا قتلت لقوا لقي حتفهم حتفه مصرعهم مصرعهما مصرعه مصرع "
              "شهيد شهيدا شهداء استشهاد استشهد استشهدوا وفاة وفيات توفي",
        "en": "killed dead deaths died fatalities martyred",
    },
    WOUNDED: {
        "ar": "جريح جريحا جرحى إصابة إصابات مصاب مصابا مصابين مصابون أصيب أصيبوا أصيبت",
        "en": "wounded injured injuries hurt",
    },
    MISSING: {"ar": "مفقود مفقودا مفقودين مفقودون", "en": "missing unaccounted"},
    DISPLACED: {
        "ar": "نازح نازحا نازحين نازحون نزوح نزح نزحوا تهجير مهجر مهجرين مشرد مشردين تشريد",
        "en": "displaced homeless",
    },
    DETAINED: {
        "ar": "معتقل معتقلا معتقلين اعتقال اعتقل اعتقلت أسير أسيرا أسرى محتجز محتجزا محتجزين احتجاز رهينة "
              "رهائن مختطف مختطفين اختطاف",
        "en": "detained arrested prisoners hostages captives abducted kidnapped",
    },
}
# People counted without saying who: they may stand between a figure and its casualty word.
_PERSON_FILLERS = {
    "ar": "من شخص شخصا أشخاص آخر آخرين آخرون مدني مدنيا مدنيين مواطن مواطنا مواطنين فرد أفراد نسمة "
          "إنسان قد",
    "en": "people persons person civilians others other more individuals residents were was have has had "
          "been are reportedly also of",
}
_GROUPS = {
    "children": ("طفل طفلا أطفال طفلة قاصر قاصرين", "children child kids minors"),
    "women": ("امرأة نساء سيدة سيدات", "women woman"),
    "soldiers": ("جندي جنديا جنود عسكري عسكريا عسكريين ضابط ضابطا ضباط", "soldiers soldier troops officers servicemen"),
    "fighters": ("مسلح مسلحا مسلحين مقاتل مقاتلا مقاتلين عنصر عناصر إرهابي إرهابيا إرهابيين",
                 "fighters militants gunmen insurgents rebels terrorists"),
    "police": ("شرطي شرطيا شرطة أمن", "police policemen"),
    "medics": ("مسعف مسعفا مسعفين طبيب أطباء ممرض", "medics paramedics doctors nurses"),
    "journalists": ("صحفي صحفيا صحفيين صحافي صحافيا صحافيين إعلامي إعلاميين", "journalists reporters"),
    "aid workers": ("عامل عمال موظف موظفين", "workers staff employees"),
}
# Words that may follow a figure whose casualty word came before it ("killed 12 in ...", «مقتل 12 في»).
_AFTER_BEFORE_CUE = {
    "ar": "في منذ جراء خلال بعد إثر اثر بسبب على عند قرب شمال جنوب شرق غرب وسط بينهم منهم حتى أمس اليوم",
    "en": "in since on at after during across and when from near including among as while amid this last "
          "by with inside",
}
# Words that may stand between a casualty word and a figure after it («حصيلة القتلى إلى 48 ألفا»).
_BEFORE_FILLERS = {
    "ar": "إلى الى عدد حصيلة ارتفاع ارتفعت ارتفع بلغ بلغت وصل وصلت يبلغ تبلغ ليصل لتصل",
    "en": "to toll rose risen has had have climbed reached stood stands standing at now is was the number "
          "total of jumped increased",
}
# Casualty words that may stand before their figure: verbs and verbal nouns («مقتل 12», "killed 12").
# Nouns (القتلى, prisoners) only after a toll word: «حصيلة القتلى إلى 48 ألفا»; «أسري واحد» ("one family
# atmosphere") folds like «أسرى» and must not count.
_CUES_BEFORE_FIGURE = {
    "ar": "مقتل قتل قتلوا قتلت لقي لقوا استشهاد استشهد استشهدوا مصرع وفاة توفي إصابة أصيب أصيبوا أصيبت "
          "اعتقال اعتقل اعتقلت احتجاز اختطاف نزوح نزح نزحوا تهجير تشريد",
    "en": "killed wounded injured hurt detained arrested kidnapped abducted displaced",
}
_TOLL_WORDS = {"ar": "حصيلة عدد إجمالي", "en": "toll number total"}
# Arabic casualty words that can be coordinated after another («الجرحى والمفقودين»); a verbal noun after
# «و» opens a clause with its own figure («10 قتلى وإصابة 20»).
_COORDINABLE = ("قتلى شهداء جرحى مصابين مصابون مفقودين مفقودون معتقلين معتقلون نازحين نازحون مشردين أسرى "
                "قتيل شهيد جريح مصاب مفقود معتقل نازح")
_PART_CUES = {"ar": ("بينهم", "بينهن", "منهم", "منهن"), "en": ("including", "among them", "of whom", "among whom")}
_DISEASE = re.compile(
    r"تسمم|التسمم|بالتسمم|كورونا|فيروس|فايروس|وباء|كوفيد|السرطان|سرطان|الانفلونزا|انفلونزا|الحصبه|الكوليرا|مرض|الامراض|"
    r"\b(?:covid|coronavirus|virus|flu|influenza|cancer|disease|infections?|infected|cases|outbreak|mers|sars|ebola|"
    r"cholera|hiv|aids|patients|poisoning|poisoned)\b"
)


@cache
def _lexicon() -> dict[str, dict[str, str]]:
    """Folded word -> role per language: 'cat:<category>', 'filler', 'group:<name>', 'after', 'before'."""
    table: dict[str, dict[str, str]] = {name: {} for name in ("ar", "en", "ar-cue", "en-cue", "ar-coordinable")}
    for category, words in _CATEGORY_WORDS.items():
        for lang in ("ar", "en"):
            for word in words[lang].split():
                table[lang][fold_word(word)] = f"cat:{category}"
    for group, (arabic, english) in _GROUPS.items():
        for lang, group_words in (("ar", arabic), ("en", english)):
            for word in group_words.split():
                table[lang].setdefault(fold_word(word), f"group:{group}")
    for lang in ("ar", "en"):
        for word in _CUES_BEFORE_FIGURE[lang].split():
            table[lang + "-cue"][fold_word(word)] = table[lang][fold_word(word)]
        for word in _TOLL_WORDS[lang].split():
            table[lang + "-cue"][fold_word(word)] = "toll"
    for word in _COORDINABLE.split():
        table["ar-coordinable"][fold_word(word)] = "yes"
    for role, source in (("filler", _PERSON_FILLERS), ("after", _AFTER_BEFORE_CUE), ("before", _BEFORE_FILLERS)):
        for lang in ("ar", "en"):
            for word in source[lang].split():
                table[lang].setdefault(fold_word(word), role)
    return table


def _arabic_demonym(key: str) -> bool:
    """«فلسطينيا», «فلسطينيين», «إسرائيليون»: nisba adjectives that name who was counted."""
    return len(key) >= 6 and key.endswith(("يين", "يون", "يا", "ي"))


def _english_demonym(word: str) -> bool:
    """"Palestinians", "Israelis", "Ukrainians": capitalised plurals naming who was counted."""
    return len(word) >= 5 and word[0].isupper() and word.endswith("s") and word[1:].islower()


def _stripped(key: str, table: dict[str, str]) -> str | None:
    """The entry of an Arabic word in `table`, as it is or with one clitic prefix removed."""
    if key in table:
        return table[key]
    for clitic in _ARABIC_CLITICS:
        if key.startswith(clitic) and len(key) - len(clitic) >= 2 and key[len(clitic):] in table:
            return table[key[len(clitic):]]
    return None


def cue_role(word: str, lang: str) -> str | None:
    """'cat:<category>' for a casualty word that may precede its figure, 'toll' for a toll word, else None."""
    table = _lexicon()[lang + "-cue"]
    key = fold_word(word)
    return _stripped(key, table) if lang == "ar" else table.get(key)


def word_role(word: str, lang: str) -> str | None:
    """The role of one word next to a figure (see `_lexicon`), Arabic clitics stripped; None: unrelated."""
    table = _lexicon()[lang]
    key = fold_word(word)
    if lang == "en":
        role = table.get(key)
        if role is None and _english_demonym(word):
            return "filler"
        return role
    role = _stripped(key, table)
    if role is not None:
        return role
    stem = next((key[len(c):] for c in _ARABIC_CLITICS if key.startswith(c) and len(key) - len(c) >= 6), key)
    if _arabic_demonym(key) or _arabic_demonym(stem):
        return "filler"
    return None


_WORD = re.compile(r"[^\W\d_][\w\u0610-\u061a\u064b-\u065f\u0670\u0640'-]*|[0-9\u0660-\u0669]+")
_GAP_BREAK = re.compile(r"[^\s\u0640\"«»“”'()]")  # punctuation between two words ends the clause


def _words_after(text: str, start: int, limit: int, count: int) -> list[tuple[int, int, str]]:
    """Up to `count` words after `start`, stopping at punctuation or `limit`."""
    words = []
    position = start
    for match in _WORD.finditer(text, start, limit):
        if _GAP_BREAK.search(text, position, match.start()):
            break
        words.append((match.start(), match.end(), match.group()))
        position = match.end()
        if len(words) == count:
            break
    return words


def _words_before(text: str, end: int, limit: int, count: int) -> list[tuple[int, int, str]]:
    """Up to `count` words before `end` (nearest first), stopping at punctuation or `limit`."""
    matches = list(_WORD.finditer(text, max(limit, end - 120), end))
    words = []
    position = end
    for match in reversed(matches):
        if match.end() > end or _GAP_BREAK.search(text, match.end(), position):
            break
        words.append((match.start(), match.end(), match.group()))
        position = match.start()
        if len(words) == count:
            break
    return words


# «مصاب بالسكري»: «مصاب ب» + a condition is an illness; these are the wounds of violence.
_WOUND_OBJECTS = "بجروح بجراح بإصابات بإصابة برصاص بالرصاص بشظايا بشظية بطلق بطلقات بطلقة بحروق بكسور بالغة"


@cache
def _wound_objects() -> frozenset[str]:
    return frozenset(fold_word(word) for word in _WOUND_OBJECTS.split())


def _condition_follows(words: list[tuple[int, int, str]], index: int, lang: str) -> bool:
    """The wounded word at `index` is followed by «ب» + something that is not a wound: an illness."""
    if lang != "ar" or index + 1 >= len(words):
        return False
    key = fold_word(words[index + 1][2])
    return key.startswith("ب") and len(key) > 3 and key not in _wound_objects()


def _categories_after(words: list[tuple[int, int, str]], lang: str) -> tuple[tuple[str, ...], str | None]:
    """Casualty categories named after the figure (with a group), across person fillers."""
    categories: list[str] = []
    group = None
    for position, (_, _, word) in enumerate(words):
        role = word_role(word, lang)
        if role and role.startswith("cat:"):
            conjoined = lang == "ar" and fold_word(word)[:1] in ("و", "ف")
            if categories:
                # A second category only when coordinated: «الجرحى والمفقودين», "killed and wounded";
                # «اثنان من المصابين محتجزين» ("two of the injured trapped") is one category.
                coordinated = (_stripped(fold_word(word), _lexicon()["ar-coordinable"]) if conjoined
                               else lang == "en" and fold_word(words[position - 1][2]) == "and")
                if not coordinated:
                    break
            elif conjoined:
                break  # «12 شخصا وإصابة 30»: a conjunction opens the next clause, with its own figure
            if role == "cat:wounded" and _condition_follows(words, position, lang):
                return (), None
            categories.append(role[4:])
            continue
        if categories and lang == "en" and word.lower() == "and":
            continue  # "killed and wounded"
        if categories:
            break
        if role == "filler":
            continue
        if role and role.startswith("group:") and group is None:
            group = role[6:]
            continue
        break
    return tuple(dict.fromkeys(categories)), group


def _category_before(words: list[tuple[int, int, str]], lang: str) -> str | None:
    """The casualty word before the figure: a verb or verbal noun («مقتل», "killed"), or a casualty noun
    after a toll word, across toll verbs («حصيلة القتلى إلى», "death toll rose to")."""
    for index, (_, _, word) in enumerate(words):
        cue = cue_role(word, lang)
        previous = words[index + 1][2] if index + 1 < len(words) else ""
        if cue and cue.startswith("cat:"):
            return cue[4:]
        if lang == "en" and cue == "toll":
            return KILLED if fold_word(previous) == "death" and fold_word(word) == "toll" else None
        role = word_role(word, lang)
        if role and role.startswith("cat:"):
            return role[4:] if lang == "ar" and cue_role(previous, lang) == "toll" else None
        if lang == "ar" and role is None and index < 2 and fold_word(word).startswith("ال"):
            continue  # a subject between verb and figure: «اعتقلت السلطات 20 شخصا», «قتل الزلزال 5 أشخاص»
        if role not in ("before", "filler"):  # "has", "been" are both
            return None
    return None


_RISE_TO = {"ar": ("الي", "بلغ", "بلغت", "وصل", "وصلت"), "en": ("to", "reached", "at")}


def _toll_risen_to(words: list[tuple[int, int, str]], lang: str) -> str | None:
    """«ارتفع عدد الشهداء في الضفة الغربية منذ 7 أكتوبر إلى 930», "the death toll in the Gaza Strip has
    risen to 480": a toll word and its casualty noun earlier in the clause, then «إلى» / "to" the figure."""
    if not words or fold_word(words[0][2]) not in _RISE_TO[lang]:
        return None
    keys = [fold_word(word) for _, _, word in words]
    for index, key in enumerate(keys[1:], start=1):
        if lang == "en" and key == "toll" and index + 1 < len(keys) and keys[index + 1] == "death":
            return KILLED
        role = word_role(words[index][2], lang)
        if role and role.startswith("cat:") and any(
                cue_role(word, lang) == "toll" for _, _, word in words[index + 1:index + 4]):
            return role[4:]
    return None


def _after_fits_before_cue(words: list[tuple[int, int, str]], lang: str) -> tuple[bool, str | None]:
    """With the casualty word before the figure, the figure must count people: what follows it is a person
    noun, a group, a function word, or nothing."""
    if not words:
        return True, None
    role = word_role(words[0][2], lang)
    if role and role.startswith("group:"):
        return True, role[6:]
    return role in ("filler", "after") or bool(role and role.startswith("cat:")), None


def _part_cue_before(text: str, start: int, sentence_start: int, lang: str) -> bool:
    before = normalize_key(text[max(sentence_start, start - 16):start])
    return any(before.endswith(fold_word(cue)) for cue in _PART_CUES[lang])


@cache
def _scope_patterns() -> list[tuple[str, re.Pattern[str]]]:
    def pattern(phrases: str) -> re.Pattern[str]:
        keys = [normalize_key(p) for p in phrases.split("|")]
        return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(k) for k in keys) + r")(?!\w)")

    war = ("منذ 7 اكتوبر|منذ السابع من اكتوبر|منذ السابع من تشرين الاول|منذ 7 تشرين الاول|منذ بدء الحرب|"
           "منذ بداية الحرب|منذ اندلاع الحرب|منذ بدء العدوان|منذ بداية العدوان|منذ اندلاع العدوان|"
           "منذ بدء الحرب الاسرائيلية|"
           "الحصيلة الاجمالية|الحصيلة الإجمالية|since october 7|since 7 october|since oct. 7|since oct 7|"
           "since the war began|since the start of the war|since the war started|since the beginning of the war|"
           "since the conflict began|since the start of the conflict|overall toll|overall death toll|"
           "total death toll|cumulative toll")
    day_since = "منذ فجر|منذ صباح|منذ الصباح|منذ منتصف الليل|since dawn|since midnight|since this morning"
    day = ("خلال ال 24 ساعة|خلال الـ24 ساعة|خلال 24 ساعة|"
           "خلال الساعات|الساعات الماضية|الساعات الأخيرة|اليوم|أمس|"
           "past 24 hours|last 24 hours|on monday|on tuesday|on wednesday|on thursday|on friday|on saturday|"
           "on sunday|today|yesterday|overnight")
    period = "منذ|since|so far this year|this year|هذا العام"
    attack = ("غارة|غارات|قصف|هجوم|انفجار|تفجير|ضربة|مجزرة|حادث|حادثة|اطلاق نار|اطلاق النار|تصادم|انهيار|حريق|"
              "strike|airstrike|attack|bombing|blast|explosion|shelling|shooting|raid|crash|accident|stampede|"
              "fire|collapse|ambush|massacre")
    rising = ("ارتفاع حصيلة|ارتفعت حصيلة|ارتفع عدد|ارتفاع عدد|"
              "death toll rose|death toll has risen|toll rose|toll has risen")
    return [(CUMULATIVE, pattern(war)), ("day-since", pattern(day_since)), (PERIOD, pattern(period)),
            (ATTACK, pattern(attack)), ("rising", pattern(rising)), (DAY, pattern(day))]


def sentence_scope(sentence_key: str) -> str:
    """The time scope a sentence gives its figures (see the module docstring), from its normalised text."""
    found = {name for name, compiled in _scope_patterns() if compiled.search(sentence_key)}
    # The first cue in this order wins: "since 7 October" outranks the strike it mentions; «منذ فجر اليوم»
    # is one day, other «منذ» / "since" a period; a rising toll without a strike is the war's toll.
    for cue, scope in ((CUMULATIVE, CUMULATIVE), ("day-since", DAY), (PERIOD, PERIOD), (ATTACK, ATTACK),
                       ("rising", CUMULATIVE), (DAY, DAY)):
        if cue in found:
            return scope
    return UNKNOWN


def _place_mentions(analysis: Analysis, start: int, end: int) -> tuple[tuple[str, ...], ...]:
    """Per mention of a place or country by name inside start..end, its candidate ids."""
    places = []
    for mention in analysis.mentions:
        if mention.start < start or mention.end > end:
            continue
        # A form the pack marks ambiguous («وان» is Van and "and if») never places a figure on its own.
        ids = tuple(dict.fromkeys(ref.entity_id for ref in mention.refs if ref.field in ("names", "short")
                                  and not ref.ambiguous and ref.entity_id.split("/")[0] in ("place", "country")))
        if ids:
            places.append(ids)
    return tuple(places)


_AND_BETWEEN = re.compile(r"\s*و\s*")


def joined_quantities(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """«48 ألفا و572» is one figure (48,572): a thousands figure and a smaller one joined by «و»."""
    from dataclasses import replace

    joined: list[Quantity] = []
    for quantity in quantities:
        previous = joined[-1] if joined else None
        if (previous is not None and previous.unit is None and quantity.unit is None and previous.exact
                and quantity.exact and previous.value >= 1000 and quantity.value < 1000
                and previous.value % 1000 == 0 and _AND_BETWEEN.fullmatch(text, previous.end, quantity.start)):
            joined[-1] = replace(previous, end=quantity.end, low=previous.low + quantity.low,
                                 high=previous.high + quantity.high, value=previous.value + quantity.value)
            continue
        joined.append(quantity)
    return joined


def find_casualty_facts(analysis: Analysis) -> list[CasualtyFact]:
    """Every casualty figure of the text, in text order, with its parts attached."""
    lang = analysis.lang if analysis.lang in ("ar", "en") else "en"
    text = analysis.text
    facts: list[CasualtyFact] = []
    sentence_info: dict[int, tuple[str, bool, tuple[tuple[str, ...], ...]]] = {}
    pending_parts: dict[int, list[CasualtyPart]] = {}
    for quantity in joined_quantities(text, analysis.quantities):
        if quantity.unit is not None or quantity.high <= 0:
            continue
        if quantity.end < len(text) and text[quantity.end] == "-":
            continue  # "30-year-old", "5-member": an adjective, not a count
        index = analysis.sentence_index(quantity.start)
        sentence = analysis.sentence_of(quantity.start)
        if index not in sentence_info:
            key = normalize_key(text[sentence.start:sentence.end])
            sentence_info[index] = (key, bool(_DISEASE.search(key)), ())
        key, about_disease, _ = sentence_info[index]
        if about_disease:
            continue
        after = _words_after(text, quantity.end, sentence.end, 5)
        if _part_cue_before(text, quantity.start, sentence.start, lang):
            group = word_role(after[0][2], lang) if after else None
            if group and group.startswith("group:") and facts and facts[-1].sentence == index:
                pending_parts.setdefault(len(facts) - 1, []).append(
                    CasualtyPart(quantity.start, quantity.end, group[6:], quantity))
            continue
        categories, group = _categories_after(after, lang)
        if not categories:
            fits, group = _after_fits_before_cue(after, lang)
            words = _words_before(text, quantity.start, sentence.start, 14) if fits else []
            before = _category_before(words[:5], lang) or _toll_risen_to(words, lang)
            categories = (before,) if before else ()
        if not categories:
            continue
        facts.append(CasualtyFact(
            quantity.start, quantity.end, categories, quantity, index,
            _place_mentions(analysis, sentence.start, sentence.end), sentence_scope(key), group))
    for position, parts in pending_parts.items():
        fact = facts[position]
        facts[position] = CasualtyFact(fact.start, fact.end, fact.categories, fact.quantity, fact.sentence,
                                       fact.places, fact.scope, fact.group, tuple(parts))
    return facts

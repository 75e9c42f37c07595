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
disease ("إصابة" is also an infection) are skipped: only their death tolls told by a toll word are read, kept
apart as `epidemic_tolls` for the conflicting-tolls check. "including 20 children" / «بينهم 20 طفلا» after a fact
is one of its parts, not a fact of its own. The place is every place or country named in the sentence; the
scope comes from cue phrases in the sentence (since the war began, in one strike, in the last 24 hours).

Each fact is a claim (issue 13), read so that checks compare only like with like: its window (the scope)
from the cues of its own clause first (a day's figure and the war's total often share one sentence); whose
toll it is (the demonym counted after the figure: «فلسطينيا», "Israeli soldiers"); the group (children,
medics ...); the one event its clause names (an earthquake, a strike, a crash), where it happened ("in
Mosul"), who reports it ("according to ..."), how it is stated (at least, about, a range, a vague word),
whether as an update ("rose to"), and whether as an intent or a foiled plot. A part given at the start of
the next sentence ("The death toll rose to 40. Among them were 12 children.") belongs to the toll before.
`casualty_claims` returns these records for any check that compares figures.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING, Any

from checker.frozen import frozen
from checker.lang import generation, language, languages_with
from checker.text.lazy_regex import lazy_compile
from checker.text.normalize import fold_word, normalize_key
from checker.text.quantities import find_quantities

if TYPE_CHECKING:
    from checker.analysis import Analysis
    from checker.annotate.mentions import Mention
    from checker.models import Span
    from checker.packs.model import KnowledgeBase, Rule
    from checker.text.quantities import Quantity

KILLED, WOUNDED, MISSING, DISPLACED, DETAINED = "killed", "wounded", "missing", "displaced", "detained"
# Scopes: one attack; one day; cumulative since the war began; since some other date; not said.
ATTACK, DAY, CUMULATIVE, PERIOD, UNKNOWN = "attack", "day", "cumulative", "period", "unknown"
BOTH_SIDES = "both-sides"  # whose toll: both sides of a war together ("nearly 1,600 on both sides")


PlaceIds = tuple[tuple[str, ...], ...]  # per place mention, its candidate place/country ids


@frozen
class CasualtyPart:
    """A named part of a casualty figure: «بينهم 20 طفلا», "including 20 children"."""

    start: int  # the part's quantity span
    end: int
    group: str
    quantity: Quantity


@frozen
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
    population: str | None = None  # whose: the country of the demonym counted ("Palestinians": country/PS);
    # BOTH_SIDES for the toll of both sides of a war together
    event: str | None = None  # the one event of the clause: earthquake | air-crash | crash | attack; None
    source: str | None = None  # who gives the figure («وزارة الصحة», "the health ministry"), normalised
    form: str = "exact"  # how it is stated: exact | at-least | more-than | about | nearly | up-to | range | vague
    rising: bool = False  # stated as an update: "rose to", «ارتفعت الحصيلة إلى», «في حصيلة جديدة»
    hypothetical: bool = False  # its sentence speaks of an intent, a threat or a foiled plot: not a toll
    where: tuple[tuple[str, ...], ...] = ()  # where it happened: "in X" / «في X» in its clause, a dateline ...
    aside: tuple[tuple[str, ...], ...] = ()  # places of its sentence that are not where it happened: an
    # origin, a destination, a comparison, a foreign-affairs speaker's ("fled to Rafah", "than Bahrain")
    toll_name: str | None = None  # what a toll word names before the figure, normalised («عدد الوفيات
    # بالجهه»): two tolls of no place are the same toll only when named alike (None: no toll word, or English)
    cause: str | None = None  # "epidemic": the dead of a disease (a toll read in a sentence about one)
    narrated: bool = False  # told as what happened once ("strikes killed 40", "40 were killed"; in Arabic any
    # figure no toll word names), not as a toll to date ("have been killed", «عدد الشهداء»): with no window
    # said, likely one day's figure

    @property
    def window(self) -> str:
        """The time the figure covers: one event, one day, since a date, the war's total (the scope)."""
        return self.scope

    @property
    def low(self) -> float:
        return self.quantity.low

    @property
    def high(self) -> float:
        return self.quantity.high


@cache
def _lexicon(code: str, generation: int) -> dict[str, dict[str, str]]:
    """Folded word -> role in one language: 'cat:<category>', 'filler', 'group:<name>', 'after', 'before'
    ("words"); the casualty words that may precede a figure and the toll words ("cues"); the casualty words
    that may be coordinated after another ("coordinable")."""
    source = language(code).casualties
    words: dict[str, str] = {}
    cues: dict[str, str] = {}
    for category, listed in source.CATEGORY_WORDS.items():
        for word in listed.split():
            words[fold_word(word)] = f"cat:{category}"
    for group, listed in source.GROUPS.items():
        for word in listed.split():
            words.setdefault(fold_word(word), f"group:{group}")
    for word in source.CUES_BEFORE_FIGURE.split():
        cues[fold_word(word)] = words[fold_word(word)]
    for word in source.TOLL_WORDS.split():
        cues[fold_word(word)] = "toll"
    coordinable = {fold_word(word): "yes" for word in source.COORDINABLE.split()}
    for role, listed in (("filler", source.PERSON_FILLERS), ("after", source.AFTER_BEFORE_CUE),
                         ("before", source.BEFORE_FILLERS)):
        for word in listed.split():
            words.setdefault(fold_word(word), role)
    return {"words": words, "cues": cues, "coordinable": coordinable}


def _tables(lang: str) -> dict[str, dict[str, str]]:
    return _lexicon(lang, generation())


def _stripped(key: str, table: dict[str, str], clitics: tuple[str, ...]) -> str | None:
    """The entry of a word in `table`, as it is or with one clitic prefix removed."""
    if key in table:
        return table[key]
    for clitic in clitics:
        if key.startswith(clitic) and len(key) - len(clitic) >= 2 and key[len(clitic):] in table:
            return table[key[len(clitic):]]
    return None


def cue_role(word: str, lang: str) -> str | None:
    """'cat:<category>' for a casualty word that may precede its figure, 'toll' for a toll word, else None."""
    return _stripped(fold_word(word), _tables(lang)["cues"], language(lang).casualties.CLITICS)


def word_role(word: str, lang: str) -> str | None:
    """The role of one word next to a figure (see `_lexicon`), clitics stripped; None: unrelated."""
    source = language(lang).casualties
    key = fold_word(word)
    role = _stripped(key, _tables(lang)["words"], source.CLITICS)
    if role is None and source.counted_demonym(word, key):
        return "filler"
    return role


# A dotted acronym ("U.S.") is one word: "13 U.S. service members".
_WORD = lazy_compile(r"(?:[A-Z]\.){2,}|[^\W\d_][\w\u0610-\u061a\u064b-\u065f\u0670\u0640'-]*|[0-9\u0660-\u0669]+")
_GAP_BREAK = lazy_compile(r"[^\s\u0640\"«»“”'()]")  # punctuation between two words ends the clause


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


@cache
def _wound_objects(code: str, generation: int) -> frozenset[str]:
    return frozenset(fold_word(word) for word in language(code).casualties.WOUND_OBJECTS.split())


def _condition_follows(words: list[tuple[int, int, str]], index: int, lang: str) -> bool:
    """The wounded word at `index` is followed by a preposition + something that is not a wound: an illness
    («مصاب بالسكري»)."""
    preposition = language(lang).casualties.ILLNESS_PREPOSITION
    if not preposition or index + 1 >= len(words):
        return False
    key = fold_word(words[index + 1][2])
    return key.startswith(preposition) and len(key) > 3 and key not in _wound_objects(lang, generation())


def _categories_after(words: list[tuple[int, int, str]], lang: str) -> tuple[tuple[str, ...], str | None]:
    """Casualty categories named after the figure (with a group), across person fillers."""
    source = language(lang).casualties
    categories: list[str] = []
    group = None
    for position, (_, _, word) in enumerate(words):
        role = word_role(word, lang)
        if role and role.startswith("cat:"):
            conjoined = fold_word(word)[:1] in source.CONJUNCTION_PREFIXES
            if categories:
                # A second category only when coordinated: «الجرحى والمفقودين», "killed and wounded";
                # «اثنان من المصابين محتجزين» ("two of the injured trapped") is one category.
                coordinated = (_stripped(fold_word(word), _tables(lang)["coordinable"], source.CLITICS) if conjoined
                               else fold_word(words[position - 1][2]) in source.AND_WORDS)
                if not coordinated:
                    break
            elif conjoined:
                break  # «12 شخصا وإصابة 30»: a conjunction opens the next clause, with its own figure
            if role == "cat:wounded" and _condition_follows(words, position, lang):
                return (), None
            categories.append(role[4:])
            continue
        if categories and word.lower() in source.AND_WORDS:
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


def _category_before(words: list[tuple[int, int, str]], lang: str) -> tuple[str, ...] | None:
    """The casualty word before the figure: a verb or verbal noun («مقتل», "killed"), two of them joined
    («بمقتل وإصابة 50», "killed and wounded 50"), or a casualty noun after a toll word, across toll verbs
    («حصيلة القتلى إلى», "death toll rose to")."""
    source = language(lang).casualties
    for index, (_, _, word) in enumerate(words):
        cue = cue_role(word, lang)
        previous = words[index + 1][2] if index + 1 < len(words) else ""
        if cue and cue.startswith("cat:"):
            return _joined_cue(words, index, lang) + (cue[4:],)
        if cue == "toll" and source.TOLL_COMPOUNDS:  # "death toll": the word before names the category
            found = source.TOLL_COMPOUNDS.get((fold_word(previous), fold_word(word)))
            return (found,) if found else None
        role = word_role(word, lang)
        if role and role.startswith("cat:"):
            return (role[4:],) if source.NOUN_AFTER_TOLL and cue_role(previous, lang) == "toll" else None
        article = source.SUBJECT_ARTICLE
        if article and role is None and index < 2 and fold_word(word).startswith(article):
            continue  # a subject between verb and figure: «اعتقلت السلطات 20 شخصا», «قتل الزلزال 5 أشخاص»
        if role not in ("before", "filler"):  # "has", "been" are both
            return None
    return None


def _joined_cue(words: list[tuple[int, int, str]], index: int, lang: str) -> tuple[str, ...]:
    """The casualty word joined before the one at `index` (words nearest first): «مقتل» of «مقتل وإصابة»,
    "killed" of "killed and wounded"; else ()."""
    source = language(lang).casualties
    if fold_word(words[index][2])[:1] in source.CONJUNCTION_PREFIXES:
        other = index + 1
    elif index + 2 < len(words) and words[index + 1][2].lower() in source.AND_WORDS:
        other = index + 2
    else:
        return ()
    cue = cue_role(words[other][2], lang) if other < len(words) else None
    return (cue[4:],) if cue and cue.startswith("cat:") else ()


def _toll_risen_to(words: list[tuple[int, int, str]], lang: str) -> str | None:
    """«ارتفع عدد الشهداء في الضفة الغربية منذ 7 أكتوبر إلى 930», "the death toll in the Gaza Strip has
    risen to 480": a toll word and its casualty noun earlier in the clause, then «إلى» / "to" the figure."""
    source = language(lang).casualties
    if not words or fold_word(words[0][2]) not in source.RISE_TO:
        return None
    keys = [fold_word(word) for _, _, word in words]
    for index, key in enumerate(keys[1:], start=1):
        if index + 1 < len(keys) and (keys[index + 1], key) in source.TOLL_COMPOUNDS:
            return source.TOLL_COMPOUNDS[(keys[index + 1], key)]
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
    if role == "filler":  # «300 من عمال الإغاثة»: the group after a person filler
        for _, _, word in words[1:3]:
            later = word_role(word, lang)
            if later and later.startswith("group:"):
                return True, later[6:]
            if later != "filler":
                break
    verb = language(lang).casualties.VERB_AFTER
    if role is None and verb and _compiled(verb).fullmatch(fold_word(words[0][2])):
        return True, None
    if _case_noun_first(words, lang):
        return True, None  # «عدد الوفيات إلى 557 حالة»: kept only for the dead (find_casualty_facts)
    return role in ("filler", "after") or bool(role and role.startswith("cat:")), None


@cache
def _case_nouns(code: str, generation: int) -> frozenset[str]:
    return frozenset(fold_word(word) for word in language(code).casualties.CASE_NOUNS.split())


def _case_noun_first(words: list[tuple[int, int, str]], lang: str) -> bool:
    return bool(words) and fold_word(words[0][2]) in _case_nouns(lang, generation())


def _toll_name(text: str, position: int, sentence_start: int, lang: str) -> str | None:
    """The words from the toll word before a figure up to it, normalised, without the word that leads to the
    figure («ليصل عدد الوفيات بالجهة إلى 83» -> «عدد الوفيات بالجهه»); None without a toll word near it or in
    a language that names its tolls otherwise."""
    ends = language(lang).casualties.TOLL_NAME_ENDS
    if not ends:
        return None
    for start, _, word in _words_before(text, position, sentence_start, 10):
        if cue_role(word, lang) == "toll":
            words = normalize_key(text[start:position]).split()
            while words and words[-1] in ends:
                words.pop()
            return " ".join(words) or None
    return None


def _part_cue_before(text: str, start: int, sentence_start: int, lang: str) -> str | None:
    """'here' when "including" / «بينهم» stands right before the figure (across words such as "were" or
    «من»), 'opening' when that cue opens the sentence ("Among them were 12 children."), else None."""
    source = language(lang).casualties
    before = normalize_key(text[max(sentence_start, start - 40):start]).split()
    fillers = {fold_word(word) for word in source.PART_FILLERS.split()}
    while before and before[-1] in fillers:
        before.pop()
    joined = " ".join(before)
    for cue in source.PART_CUES:
        key = normalize_key(cue)
        if joined == key or joined.endswith(" " + key):
            opening = normalize_key(text[sentence_start:start]).split()
            return "opening" if len(opening) - len(key.split()) <= 3 else "here"
    return None


@cache
def _scope_patterns(generation: int) -> list[tuple[str, re.Pattern[str]]]:
    """Per scope cue, one pattern of the cue phrases of every language (a quoted English phrase in an
    Arabic article still dates its figure)."""
    def pattern(name: str) -> re.Pattern[str]:
        return re.compile("|".join(_cue_alternatives(found.casualties, found.casualties.SCOPE_CUES[name])
                                   for found in languages_with("casualties")
                                   if found.casualties.SCOPE_CUES.get(name)))

    return [(name, pattern(name)) for name in (CUMULATIVE, "day-since", PERIOD, ATTACK, "rising", DAY)]


def _cue_alternatives(source: object, phrases: str) -> str:
    """One language's "|"-separated cue phrases as a pattern of whole words, with the clitics its words may
    carry in front («بالهجوم»)."""
    keys = [normalize_key(p) for p in phrases.split("|")]
    prefix = getattr(source, "CUE_PREFIX", "")
    return r"(?<!\w)" + prefix + "(?:" + "|".join(re.escape(k) for k in keys) + r")(?!\w)"


@cache
def _disease(generation: int) -> re.Pattern[str]:
    return re.compile("|".join(found.casualties.DISEASE for found in languages_with("casualties")
                               if found.casualties.DISEASE))


@cache
def _since_event(generation: int) -> re.Pattern[str]:
    return re.compile("|".join(found.casualties.SINCE_EVENT for found in languages_with("casualties")
                               if getattr(found.casualties, "SINCE_EVENT", "")))


@cache
def sentence_scope(sentence_key: str) -> str:
    """The time scope a sentence gives its figures (see the module docstring), from its normalised text."""
    sentence_key = _since_event(generation()).sub("", sentence_key)
    found = {name for name, compiled in _scope_patterns(generation()) if compiled.search(sentence_key)}
    # The first cue in this order wins: "since 7 October" outranks the strike it mentions; «منذ فجر اليوم»
    # is one day, other «منذ» / "since" a period; a rising toll without a strike is the war's toll.
    for cue, scope in ((CUMULATIVE, CUMULATIVE), ("day-since", DAY), (PERIOD, PERIOD), (ATTACK, ATTACK),
                       ("rising", CUMULATIVE), (DAY, DAY)):
        if cue in found:
            return scope
    return UNKNOWN


@cache
def _event_patterns(generation: int) -> list[tuple[str, re.Pattern[str]]]:
    """Per kind of single event, one pattern of its singular nouns in every language, in priority order."""
    kinds: dict[str, list[str]] = {}
    for found in languages_with("casualties"):
        for kind, phrases in found.casualties.EVENT_KINDS.items():
            kinds.setdefault(kind, []).append(_cue_alternatives(found.casualties, phrases))
    return [(kind, re.compile("|".join(alternatives))) for kind, alternatives in kinds.items()]


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def clause_spans(text: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    """start..end cut where a new clause opens (a comma, «فيما», "bringing the toll to"): a day's figure and
    the war's total often share one sentence."""
    breaks = _compiled(language(lang).casualties.CLAUSE_BREAKS)
    spans, position = [], start
    for found in breaks.finditer(text, start, end):
        if found.start() > position:
            spans.append((position, found.start()))
        position = found.start() if found.group().strip()[:1].isalpha() else found.end()
    spans.append((position, end))
    return spans


def event_kind(clause_key: str) -> str | None:
    """The kind of the one event a clause names (its singular noun), or None."""
    for kind, compiled in _event_patterns(generation()):
        if compiled.search(clause_key):
            return kind
    return None


# A full stop glued to the next sentence's first word ("the Gaza health ministry.The majority"), not an
# abbreviation's ("u.s."): where a source named at a sentence's end stops.
_GLUED_STOP = lazy_compile(r"(?<=\w{3})\.(?=\w)")


def _source_of(sentence_key: str, lang: str) -> str | None:
    found = _compiled(language(lang).casualties.SOURCE_CUE).search(sentence_key)
    return _GLUED_STOP.split(found.group("source"))[0].strip(" .,;:،؛\"'«»") if found else None


def _how_told(text: str, position: int, sentence_start: int, clause_key: str, lang: str) -> dict[str, Any]:
    """The toll's name (`_toll_name`) and whether the figure is narrated rather than told as a toll to date:
    by its verb in a language that has a perfect (English), else by the want of a toll word naming it."""
    source = language(lang).casualties
    name = _toll_name(text, position, sentence_start, lang)
    narrated = bool(source.NARRATED and _compiled(source.NARRATED).search(clause_key)) or (
        source.TOLL_TO_DATE_NEEDS_TOLL_WORD and name is None)
    return {"toll_name": name, "narrated": narrated}


def _form(quantity: Quantity) -> str:
    if quantity.vague:
        return "vague"
    if quantity.modifier:
        return quantity.modifier
    return "range" if quantity.low != quantity.high else "exact"


def _demonym_index(knowledge: KnowledgeBase) -> dict[str, str]:
    index: dict[str, str] = {}
    for entity in knowledge.of_type("country"):
        for names in (entity.get("demonyms") or {}).values():
            for name in names:
                index.setdefault(fold_word(name), entity.id)
    return index


def _population(analysis: Analysis, words: list[tuple[int, int, str]]) -> str | None:
    """The country of a demonym among the counted words right after the figure: «فلسطينيا», "Israeli",
    "Palestinians" (the packs list the singular; a plural or case ending is stripped)."""
    index = analysis.knowledge.derived("casualty-demonyms", _demonym_index)
    source = language(analysis.lang).casualties
    for _, _, word in words:
        key = fold_word(word)
        stems = [key, *(key[len(c):] for c in source.CLITICS if key.startswith(c) and len(key) - len(c) >= 4)]
        for stem in stems:
            for candidate in (stem, *(stem[:-len(e)] for e in source.DEMONYM_ENDINGS if stem.endswith(e))):
                if candidate in index:
                    return index[candidate]
    return None


def _place_mentions(analysis: Analysis, start: int, end: int) -> tuple[tuple[str, ...], ...]:
    """Per mention of a place or country by name inside start..end, its candidate ids."""
    return tuple(_place_mentions_with(analysis, start, end)[1])


def _place_mentions_with(analysis: Analysis, start: int, end: int) -> tuple[list[Mention], list[tuple[str, ...]]]:
    """The mentions of a place or country by name inside start..end, and each one's candidate ids."""
    mentions, places = [], []
    for mention in analysis.mentions_within(start, end):
        # A form the pack marks ambiguous («وان» is Van and "and if») never places a figure on its own.
        ids = tuple(dict.fromkeys(ref.entity_id for ref in mention.refs if ref.field in ("names", "short")
                                  and not ref.ambiguous and ref.entity_id.split("/")[0] in ("place", "country")))
        if ids and _names_a_province(analysis, mention):
            # "Homs province", «ريف دمشق»: the province named after the city, not the city's people.
            ids = tuple(i for i in ids if _place_type(analysis.knowledge, i) != "city")
        if ids:
            mentions.append(mention)
            places.append(ids)
    return mentions, places


def _place_type(knowledge: KnowledgeBase, entity_id: str) -> str | None:
    entity = knowledge.get(entity_id)
    return entity.get("place_type") if entity is not None else None


def _names_a_province(analysis: Analysis, mention: Mention) -> bool:
    """The name is a city's, standing in the name of the province around it: "Homs province", "the Kharkiv
    region", "rural Damascus", «محافظة حمص», «ريف دمشق» (a pack without the province as an entity)."""
    text, source = analysis.text, language(analysis.lang).casualties
    return bool(_compiled(source.PROVINCE_AFTER_NAME).match(text, mention.end)
                or _compiled(source.PROVINCE_BEFORE_NAME).search(
                    normalize_key(text[max(0, mention.start - 30):mention.start]) + " "))


def find_casualty_facts(analysis: Analysis) -> list[CasualtyFact]:
    """Every casualty figure of the text, in text order, with its parts attached; sentences about a disease
    are left out («إصابة» is also an infection)."""
    return _casualty_facts(analysis, epidemic=False)


def find_epidemic_tolls(analysis: Analysis) -> list[CasualtyFact]:
    """The death tolls told in sentences about a disease, by a toll word («ارتفعت حصيلة الوفيات بسبب كوفيد-19
    إلى 21 حالة»), in text order: an epidemic's toll never falls either. Kept apart from the casualty facts,
    which only the conflicting-tolls check compares them with."""
    # Only a toll with a name is kept: none in a language that names no tolls, nor in a text with no disease.
    if not language(analysis.lang).casualties.TOLL_NAME_ENDS or not _disease(generation()).search(
            analysis.normalized.text):
        return []
    return [replace(fact, cause="epidemic") for fact in _casualty_facts(analysis, epidemic=True)
            if fact.categories == (KILLED,) and fact.toll_name is not None]


def _casualty_facts(analysis: Analysis, *, epidemic: bool) -> list[CasualtyFact]:
    lang = analysis.lang
    disease = _disease(generation())
    text = analysis.text
    facts: list[CasualtyFact] = []
    sentence_info: dict[int, tuple[str, bool, tuple[tuple[str, ...], ...]]] = {}
    pending_parts: dict[int, list[CasualtyPart]] = {}
    asides: dict[int, tuple[PlaceIds, PlaceIds]] = {}  # per sentence, its origins and its other places aside
    for quantity in analysis.quantities:
        if quantity.unit is not None or quantity.high <= 0:
            continue
        if quantity.end < len(text) and text[quantity.end] == "-":
            continue  # "30-year-old", "5-member": an adjective, not a count
        if _compiled(language(lang).casualties.SHARE_OF_BEFORE).search(text, max(0, quantity.start - 40),
                                                                      quantity.start):
            continue  # "70% of Gaza's 2.3 million residents": the figure is the whole a share is taken of
        index = analysis.sentence_index(quantity.start)
        sentence = analysis.sentence_of(quantity.start)
        if epidemic and _toll_name(text, quantity.start, sentence.start, lang) is None:
            continue  # an epidemic's toll is told by a toll word: no need to read the sentence
        if index not in sentence_info:
            key = normalize_key(text[sentence.start:sentence.end])
            sentence_info[index] = (key, bool(disease.search(key)), ())
        key, about_disease, _ = sentence_info[index]
        if about_disease != epidemic:
            continue
        after = _across_place(text, _across_describing_words(_counted_words(text, quantity, sentence.end, lang),
                                                             lang), sentence.end, lang)
        part_cue = _part_cue_before(text, quantity.start, sentence.start, lang)
        if part_cue:
            group = word_role(after[0][2], lang) if after else None
            # "The toll rose to 40. Among them were 12 children.": the part of the last figure before.
            whole_sentences = (index, index - 1) if part_cue == "opening" else (index,)
            if group and group.startswith("group:"):
                if facts and facts[-1].sentence in whole_sentences:
                    pending_parts.setdefault(len(facts) - 1, []).append(
                        CasualtyPart(quantity.start, quantity.end, group[6:], quantity))
                continue
            if not _categories_after(after, lang)[0]:
                continue
            # "240 civilian casualties, including 80 people killed": a figure of its own category.
        categories, group = _categories_after(after, lang)
        if not categories:
            fits, group = _after_fits_before_cue(after, lang)
            words = _words_before(text, quantity.start, sentence.start, 14) if fits else []
            risen = _toll_risen_to(words, lang)
            categories = _category_before(words[:5], lang) or ((risen,) if risen else ())
        if not categories or (_case_noun_first(after, lang) and categories != (KILLED,)):
            continue
        group = group or _group_before(text, quantity.start, sentence.start, lang)
        clause_key = _clause_key(text, sentence.start, sentence.end, quantity.start, lang)
        scope = sentence_scope(clause_key)
        if scope == UNKNOWN:
            scope = sentence_scope(key)
        facts.append(CasualtyFact(
            quantity.start, quantity.end, categories, quantity, index,
            _place_mentions(analysis, sentence.start, sentence.end), scope, group,
            population=BOTH_SIDES if _compiled(language(lang).casualties.BOTH_SIDES).search(clause_key)
            else _population(analysis, after[:3]),
            # One event named in another clause of the sentence: an event's toll ("an earthquake struck,
            # killing 1,000 people on Wednesday": a day's clause, the earthquake's figure).
            event=(event_kind(clause_key) or (event_kind(key) if scope in (ATTACK, DAY) else None))
            if scope in (ATTACK, DAY, UNKNOWN) else None,
            source=_source_of(key, lang), form=_form(quantity),
            rising=bool(_compiled(language(lang).casualties.UPDATE_CUES).search(clause_key)),
            hypothetical=bool(_compiled(language(lang).casualties.HYPOTHETICAL_CUES).search(clause_key)),
            **_how_told(text, quantity.start, sentence.start, clause_key, lang),
            where=_where(analysis, sentence.start, sentence.end, quantity.start, DISPLACED in categories, scope),
            aside=_aside_of(asides, analysis, sentence, categories)))
        if _noun_unsaid(after, lang) and len(facts) > 1 and facts[-2].sentence == index:
            facts[-1] = _continuing(facts[-2], facts[-1], analysis)
    for position, parts in pending_parts.items():
        facts[position] = replace(facts[position], parts=tuple(parts))
    return facts


_DIGIT_RUN = lazy_compile(r"[0-9\u0660-\u0669][0-9\u0660-\u0669,.]*")


def _counted_words(text: str, quantity: Quantity, limit: int, lang: str) -> list[tuple[int, int, str]]:
    """Up to 7 words after the figure (enough for "of people have been killed and wounded"). A modifier
    written after the noun is inside the quantity's span («28 شخصا على الأقل», «114 طفلا على الأقل»): then
    the noun between the digits and the modifier comes first, and the words after the span follow."""
    span_key = normalize_key(text[quantity.start:quantity.end])
    after = _words_after(text, quantity.end, limit, 7)
    for phrases in language(lang).quantities.MODIFIERS_AFTER.values():
        for phrase in phrases:
            if not span_key.endswith(" " + normalize_key(phrase)):
                continue
            digits = list(_DIGIT_RUN.finditer(text, quantity.start, quantity.end))
            modifier_start = text.rfind(phrase.split()[0], quantity.start, quantity.end)
            if not digits or modifier_start <= digits[-1].end():
                return after
            # The noun comes after the whole figure: «20 ألف شخص على الأقل» counts «شخص», not «ألف».
            figure = find_quantities(text[quantity.start:modifier_start], lang)
            noun_start = quantity.start + figure[0].end if figure else digits[-1].end()
            return (_words_after(text, noun_start, modifier_start, 3) + after)[:5]
    return after


@cache
def _counted_nouns(code: str, generation: int) -> frozenset[str]:
    return frozenset(fold_word(word) for word in language(code).casualties.COUNTED_NOUNS.split())


def _across_describing_words(words: list[tuple[int, int, str]], lang: str) -> list[tuple[int, int, str]]:
    """The words after a figure from the noun it counts, when one or two describing words stand before that
    noun ("2 elementary school children", "1,351 military personnel", "13 U.S. service members"); else the
    words as they are."""
    nouns = _counted_nouns(lang, generation())
    if not nouns or not words or word_role(words[0][2], lang) is not None:
        return words
    for index in (1, 2):
        if index >= len(words):
            break
        describing, word = words[index - 1][2], words[index][2]
        if not describing.replace(".", "").isalpha() or word_role(describing, lang) is not None:
            break
        role = word_role(word, lang)
        if fold_word(word) in nouns or (role or "").startswith("group:"):
            return words[index:]
    return words


def _across_place(text: str, words: list[tuple[int, int, str]], limit: int,
                  lang: str) -> list[tuple[int, int, str]]:
    """The words after a figure across a place named between its person noun and the casualty word ("30,000
    people in Gaza have been killed", "12 civilians in Khan Younis were wounded"): the noun, then the words
    after the place (a capitalised name after "in"); else the words as they are."""
    locatives = getattr(language(lang).casualties, "PLACE_AFTER_NOUN", "").split()
    if len(words) < 3 or word_role(words[0][2], lang) != "filler" or words[1][2] not in locatives:
        return words
    index = 2
    while index < min(len(words), 5) and words[index][2][:1].isupper():
        index += 1
    if index == 2:
        return words
    return words[:1] + _words_after(text, words[index - 1][1], limit, 4)


def _noun_unsaid(after: list[tuple[int, int, str]], lang: str) -> bool:
    """The figure names no one it counts: the words after it are a casualty word, a verb or "others", or a
    word that opens what follows the count («وجرح أكثر من 480 منذ اندلاع الحرب», "and wounded 380 in the east")."""
    if not after:
        return True
    role = word_role(after[0][2], lang) or ""
    eliding = {fold_word(word) for word in language(lang).casualties.ELIDING_WORDS.split()}
    return role.startswith("cat:") or role == "after" or fold_word(after[0][2]) in eliding


def _continuing(previous: CasualtyFact, fact: CasualtyFact, analysis: Analysis) -> CasualtyFact:
    """A figure that names no one counts the people of the figure before it in its sentence ("46,000 soldiers
    killed and 380 injured", "465 children killed, with another 940 wounded"); in the same clause, where
    that one happened too ("killed in Ukraine and 80 had been wounded")."""
    sentence = analysis.sentences[fact.sentence]
    same_clause = any(start <= previous.start and fact.start < end
                      for start, end in clause_spans(analysis.text, sentence.start, sentence.end, analysis.lang))
    return replace(fact, group=fact.group or previous.group, population=fact.population or previous.population,
                   where=fact.where or (previous.where if same_clause else ()))


def _where(analysis: Analysis, start: int, end: int, position: int, displaced: bool, scope: str) -> PlaceIds:
    """Where the casualties of the figure at `position` happened: the places its clause names after it right
    after a locative word ("in Aleppo", «في حلب», «بحلب») or struck by its event («بقصف على بيجي»), else a
    place an event struck before it, else a place
    before it after a locative in its clause or in the clause opening the sentence ("In Kramatorsk, 2,000 ...",
    «في غزة، قتل ...»), else the place of a dateline opening its sentence ("GAZA CITY —", «غزة - ») for the
    figure of one event or one day (a wire's "LONDON —" opens tolls of wars far away too). Never a
    place named elsewhere in the sentence, nor one with a reporting cue between it and the figure: that place
    is the speaker's ("officials in Bahrain said 1,000 were killed", "..., according to officials in Kyiv").
    The displaced were displaced from the place they fled: "500,000 displaced from Khan Younis" is there."""
    text, lang = analysis.text, analysis.lang
    clauses = clause_spans(text, start, end, lang)
    for clause_start, clause_end in clauses:
        if not clause_start <= position < clause_end:
            continue
        # After the figure first: "the accord signed in Rafah ended a war that killed 300,000" is not Rafah's.
        struck = _compiled(language(lang).casualties.EVENT_AT_PLACE)
        found = tuple(ids for mention, ids in zip(*_place_mentions_with(analysis, position, clause_end), strict=True)
                      if (_located(text, mention, clause_start, lang) or (displaced and _origin(text, mention, lang))
                          or struck.search(text[max(position, mention.start - 80):mention.start].lower()))
                      and not _speaker_cue_between(text, position, mention.start, lang))
        return (found or _struck_place(analysis, clause_start, position)
                or _located_before(analysis, clauses[0], clause_start, position)
                or (_dateline_place(analysis, start, end, position) if scope in (ATTACK, DAY) else ()))
    return ()


def _struck_place(analysis: Analysis, clause_start: int, position: int) -> tuple[tuple[str, ...], ...]:
    """The place an event struck, named before the figure in its clause, a few words before it ("strikes on
    the city of Zaporizhzhia killed 80"): where the figure happened."""
    text = analysis.text
    struck = _compiled(language(analysis.lang).casualties.EVENT_AT_PLACE)
    for mention, ids in zip(*_place_mentions_with(analysis, clause_start, position), strict=True):
        if len(_WORD.findall(text, mention.end, position)) <= 4 and struck.search(
                text[max(clause_start, mention.start - 80):mention.start].lower()):
            return (ids,)
    return ()


def _aside_of(asides: dict[int, tuple[PlaceIds, PlaceIds]], analysis: Analysis, sentence: Span,
              categories: tuple[str, ...]) -> PlaceIds:
    """The places of the sentence that are not where a figure of `categories` happened: an origin is not,
    but for the displaced ("refugees from Aleppo said 300,000 were killed"; "1 million fled from Aleppo")."""
    index = analysis.sentence_index(sentence.start)
    if index not in asides:
        asides[index] = _places_aside(analysis, sentence.start, sentence.end)
    origins, others = asides[index]
    return others if DISPLACED in categories else origins + others


def _places_aside(analysis: Analysis, start: int, end: int) -> tuple[PlaceIds, PlaceIds]:
    """The places of the sentence named as an origin ("refugees from Aleppo"), and those not where its figures
    happened by the words around them: a destination ("fled to Rafah"), a comparison ("than Bahrain", "the
    population of Bahrain") or the place of a foreign-affairs speaker ("Bahrain's foreign minister", «وزير
    خارجية البحرين»), who speaks of other places. Other speakers' places stay: on news a country's agency,
    ministry or sources ("Turkey's disaster agency said", «مصادر في اليمن أن») mostly give its own toll."""
    text, lang = analysis.text, analysis.lang
    source = language(lang).casualties
    aside_before, aside_after = _compiled(source.PLACE_ASIDE_BEFORE), _compiled(source.PLACE_ASIDE_AFTER)
    origins, others = [], []
    for mention, ids in zip(*_place_mentions_with(analysis, start, end), strict=True):
        if _origin(text, mention, lang):
            origins.append(ids)
        elif aside_before.search(normalize_key(text[max(0, mention.start - 40):mention.start]) + " ") \
                or aside_after.match(text, mention.end, end):
            others.append(ids)
    return tuple(origins), tuple(others)


def _origin(text: str, mention: Mention, lang: str) -> bool:
    """The place is named as where people came from ("from Aleppo", «فروا من حلب»)."""
    before = normalize_key(text[max(0, mention.start - 40):mention.start]) + " "
    return bool(_compiled(language(lang).casualties.PLACE_ORIGIN_BEFORE).search(before))


def _located(text: str, mention: Mention, limit: int, lang: str) -> bool:
    """The place is named right after a locative word ("in", "at", «في», «وفي», «داخل», "in the") or with a
    locative clitic glued to it («بحلب», «وبالموصل»: the mention's span leaves the clitic out)."""
    source = language(lang).casualties
    locatives, articles = _place_words(lang, generation())
    glued = fold_word(_glued_before(text, mention.start))
    if glued in source.LOCATIVE_CLITICS:
        return True
    if glued and glued not in source.CONJUNCTIONS:
        return False  # «لغزة», 'to Gaza': a clitic that is not a locative
    before = _words_before(text, mention.start, limit, 2)
    if before and fold_word(before[0][2]) in articles:
        before = before[1:]  # "in the West Bank"
    return bool(before) and _locative(fold_word(before[0][2]), locatives, source.CONJUNCTIONS)


@cache
def _place_words(code: str, generation: int) -> tuple[frozenset[str], frozenset[str]]:
    """The locative words and the articles that may stand between one and its place, folded."""
    source = language(code).casualties
    return (frozenset(fold_word(word) for word in source.LOCATIVES.split()),
            frozenset(fold_word(word) for word in getattr(source, "PLACE_ARTICLES", "").split()))


def _locative(word: str, locatives: frozenset[str], conjunctions: tuple[str, ...]) -> bool:
    """A locative word, maybe behind a conjunction («وفي»)."""
    return word in locatives or any(word == clitic + locative for clitic in conjunctions for locative in locatives)


def _glued_before(text: str, position: int) -> str:
    """The letters glued to a word before `position` (an Arabic clitic and article the mention leaves out)."""
    start = position
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:position]


def _speaker_cue_between(text: str, start: int, end: int, lang: str) -> bool:
    """A reporting cue between a place and a figure ("said", "according to", «قال», «بحسب», «إن»)."""
    if end <= start:
        return False
    return bool(_compiled(language(lang).casualties.SPEAKER_CUES).search(normalize_key(text[start:end])))


def _located_before(analysis: Analysis, first_clause: tuple[int, int], clause_start: int,
                    position: int) -> tuple[tuple[str, ...], ...]:
    """A place before the figure after a locative word, a few words before it in its clause ("Russian shelling
    in Kramatorsk killed 2,000") or in the clause opening its sentence when that clause is the place ("In
    Kramatorsk, 2,000 were killed", «في غزة، قتل»), with no reporting cue between it and the figure."""
    text, lang = analysis.text, analysis.lang
    spans = [(clause_start, position)]
    if first_clause[0] < clause_start:
        spans.insert(0, first_clause)
    for span_start, span_end in spans:
        for mention, ids in zip(*_place_mentions_with(analysis, span_start, span_end), strict=True):
            # In the figure's clause, a few words before it ("The accord signed in Rafah ended a war that
            # killed 300,000" is not Rafah's toll).
            if (_opens_with_locative(text, span_start, mention.start, lang) if span_start < clause_start
                    else len(_WORD.findall(text, mention.end, position)) <= 4) \
                    and _located(text, mention, span_start, lang) \
                    and not _speaker_cue_between(text, mention.end, position, lang):
                return (ids,)
    return ()


def _opens_with_locative(text: str, start: int, place_start: int, lang: str) -> bool:
    """The clause opening the sentence starts with the locative of the place ("In Kramatorsk", «وفي غزة»)."""
    words = _words_after(text, start, place_start, 4)
    return not words or _locative(fold_word(words[0][2]), _place_words(lang, generation())[0],
                                  language(lang).casualties.CONJUNCTIONS)


# A dateline: the place at the start of a line, maybe its country or a few capitalised words ("GAZA CITY, Gaza
# Strip"), maybe the agency in brackets, then a dash: "KRAMATORSK, Ukraine (AP) —", «غزة - », «رام الله (رويترز) -».
_DATELINE_TAIL = lazy_compile(r"(?:\s+[A-Z][A-Z'.-]+){0,2}(?:\s*[,،]\s*[^\W\d][\w'’. -]{0,30}?)?"
                              r"\s*(?:\([^()\n]{1,40}\))?\s*[\u2014\u2013-]{1,2}\s")


def _dateline_place(analysis: Analysis, sentence_start: int, sentence_end: int,
                    position: int) -> tuple[tuple[str, ...], ...]:
    """The place of a dateline opening the sentence of the figure: where the reporter writes from, and where
    the casualties happened unless the sentence names a place of its own after it, known to the packs or not
    ("ATHENS, Greece — An earthquake struck the Greek island of Crete, killing ...", «ياوندي - ... قتلوا في
    مدينة فوتوكول»)."""
    text = analysis.text
    line_start = text.rfind("\n", 0, position) + 1
    head = max(sentence_start, line_start)
    mentions, places = _place_mentions_with(analysis, head, min(position, head + 80))
    if not mentions or text[head:mentions[0].start].strip() or _glued_before(text, mentions[0].start):
        return ()
    tail = _DATELINE_TAIL.match(text, mentions[0].end)
    if not tail or tail.end() > position:
        return ()
    named = _compiled(language(analysis.lang).casualties.PLACE_NAMED)
    if _place_mentions_with(analysis, tail.end(), sentence_end)[0] or named.search(text, tail.end(), sentence_end):
        return ()
    return (places[0],)


def _group_before(text: str, position: int, sentence_start: int, lang: str) -> str | None:
    """A group named before the figure after "of" / «من»: "the number of children killed rose to 17,000",
    «عدد الشهداء من الطواقم الطبية 500»."""
    markers = {fold_word(word) for word in language(lang).casualties.GROUP_OF.split()}
    words = _words_before(text, position, sentence_start, 14)  # nearest first, within the clause
    for index, (_, _, word) in enumerate(words[:-1]):
        role = word_role(word, lang)
        if role and role.startswith("group:") and fold_word(words[index + 1][2]) in markers:
            return role[6:]
    return None


def _clause_key(text: str, start: int, end: int, position: int, lang: str) -> str:
    """The normalised text of the clause of start..end that holds `position`."""
    for clause_start, clause_end in clause_spans(text, start, end, lang):
        if clause_start <= position < clause_end:
            return normalize_key(text[clause_start:clause_end])
    return normalize_key(text[start:end])


def casualty_claims(analysis: Analysis) -> list[CasualtyFact]:
    """Every casualty claim of the text (what each figure counts, whose, when, where, by whose account):
    the records the casualty checks and the consistency checks compare."""
    return analysis.annotation("casualty_facts")


def knowledge_indexes(rules: Iterable[Rule]) -> dict[str, Callable[[KnowledgeBase], object]]:
    """The indexes of the knowledge alone that this module asks `KnowledgeBase.derived` for, by name: the
    compiled pack cache holds them built (`checker.compiled_packs`), so a run does not build them again."""
    return {"casualty-demonyms": _demonym_index}

"""Planted errors for the accuracy gate: find a fact the checker reads and the knowledge confirms in a real
article, and make it wrong in one place.

Each `find_*` function takes the analysis of an untouched article (from `Checker.analyse`) and the checker's
findings on it, and returns the sites where one error of its type can be planted, as `Plant`s: the planted
text, the planted span in it, and the text a right fix gives back. A site is used only where the original
is confirmed (a title the person held on the article's date, a figure the annotator reads, an outlet's true
type, one spelling of a name) and the checker says nothing of that family on it: then a finding on the
planted text is the checker noticing the planted error, not an old one.

Only the public API is used: `Checker.analyse` and the annotations an `Analysis` offers (mentions,
sentences, `titled_persons`, `attributions`), and the knowledge base of its packs. The casualty types
(planting_casualties.py, planting_tolls.py) read their sites by plain patterns of their own instead.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from checker.analysis import Analysis
    from checker.models import Finding

# Countries a wrong title or descriptor is drawn from: ones whose offices the knowledge covers well.
WRONG_COUNTRIES = ("country/US", "country/RU", "country/FR", "country/GB", "country/CN", "country/DE",
                   "country/TR", "country/IR", "country/EG", "country/JP")
# Offices a wrong one is drawn from, in this order: the first that someone held in the title's country
# (so the knowledge can tell it is wrong) and the person never did.
WRONG_OFFICES = ("office/prime-minister", "office/president", "office/foreign-minister", "office/defence-minister")
# A descriptor noun of one outlet type and a noun that is wrong for it.
_AR_NOUN_TYPES = {"وكالة": ("agency", "صحيفة"), "صحيفة": ("newspaper", "وكالة"), "جريدة": ("newspaper", "وكالة"),
                  "قناة": ("tv", "صحيفة")}
_EN_NOUN_TYPES = {"agency": ("agency", "newspaper"), "newspaper": ("newspaper", "agency"),
                  "daily": ("newspaper", "agency"), "channel": ("tv", "newspaper"),
                  "broadcaster": ("tv", "newspaper")}
_NOUN_FITS = {"agency": {"agency"}, "newspaper": {"newspaper", "website"}, "tv": {"tv", "radio"}}
_ISSUER_SENTENCE = {"ar": "وجاء هذا الإعلان من حكومة {place}.", "en": "This announcement came from {place}."}

TYPES = {  # type -> family, in the report's order
    "roles/wrong-country": "roles", "roles/wrong-office": "roles", "roles/other-holder": "roles",
    "roles/out-of-tenure": "roles",
    "roles/absent-title": "roles",
    "casualties/wounded-1000x": "casualties", "casualties/above-population": "casualties",
    "casualties/part-above-total": "casualties", "casualties/second-toll": "casualties",
    "casualties/ratio": "casualties",
    "casualties/magnitude": "casualties",
    "casualties/population": "casualties",
    "casualties/part-whole": "casualties",
    "casualties/conflicting": "casualties",
    "casualties/reference": "casualties",
    "attribution/outlet-type": "attribution", "attribution/outlet-country": "attribution",
    "attribution/issuer": "attribution",
    "consistency/variant": "consistency",
    "consistency/headline-figure": "consistency",
    "consistency/headline-country": "consistency",
    "consistency/near-duplicate": "consistency",
    "consistency/restated-role": "consistency",
    "attribution/issuer-forms": "attribution",
    "attribution/outlet-apposition": "attribution",
    "attribution/quote-two-speakers": "attribution",
    # read by the roles family's title claims (roles/title-mismatch judges it), so counted there
    "attribution/speaker-role": "roles",
}


@dataclass(frozen=True)
class Plant:
    """One planted error: the new text, the planted span in it, and what a right fix makes of it."""

    type: str
    text: str
    start: int
    end: int
    restored: str  # the text with the planted span put right (the original, unless a sentence was added)

    @property
    def family(self) -> str:
        return TYPES[self.type]


def replace(type_: str, text: str, start: int, end: int, new: str) -> Plant:
    """The text with [start, end) replaced by `new`; the planted span is the new words."""
    return Plant(type_, text[:start] + new + text[end:], start, start + len(new), text)


def insert_after(type_: str, text: str, position: int, right: str, wrong: str, wrong_start: int,
                 wrong_end: int) -> Plant:
    """A sentence inserted at `position` (after a sentence): `wrong` is planted, `right` is its correct form;
    [wrong_start, wrong_end) is the planted span inside `wrong`."""
    offset = position + 1
    return Plant(type_, text[:position] + " " + wrong + text[position:], offset + wrong_start, offset + wrong_end,
                 text[:position] + " " + right + text[position:])


def _overlaps(findings: Sequence[Finding], family: str, start: int, end: int) -> bool:
    return any(f.rule.startswith(family + "/") and f.start < end and start < f.end for f in findings)


# -- knowledge helpers --------------------------------------------------------------------------------------
def _country(knowledge: Any, of_id: str | None) -> str | None:
    if of_id is None:
        return None
    if of_id.startswith("country/"):
        return of_id
    entity = knowledge.get(of_id)
    return (entity.get("country") or entity.get("metonym_of")) if entity else None


def _role_fits(knowledge: Any, role: Any, office_id: str, of_id: str | None) -> bool:
    if role.office != office_id:
        return False
    return role.of == of_id or (_country(knowledge, role.of) is not None
                                and _country(knowledge, role.of) == _country(knowledge, of_id))


def _confirmed(knowledge: Any, person_id: str, office_id: str, of_id: str | None, date: dt.date | None) -> bool:
    """The person held this office of this country or institution: on the article's date when it has one."""
    person = knowledge.get(person_id)
    fitting = [r for r in (person.roles if person else ()) if _role_fits(knowledge, r, office_id, of_id)]
    return any(r.held_on(date) is True for r in fitting) if date else bool(fitting)


def _ever_held(knowledge: Any, person_id: str, office_id: str, country_id: str | None) -> bool:
    person = knowledge.get(person_id)
    return any(r.office == office_id and (country_id is None or _country(knowledge, r.of) == country_id)
               for r in (person.roles if person else ()))


def _demonym(knowledge: Any, country_id: str, lang: str, like: str) -> str | None:
    """Another country's demonym in the form of `like`: Arabic definite and feminine as written."""
    entity = knowledge.get(country_id)
    forms = list((entity.get("demonyms") or {}).get(lang) or ()) if entity else []
    if not forms:
        return None
    if lang == "en":
        return forms[0]
    base = forms[0]
    if base.startswith("ال") or base.endswith("ة"):
        return None
    return ("ال" if like.startswith("ال") else "") + base + ("ة" if like.endswith("ة") else "")


def _name(knowledge: Any, entity_id: str, lang: str) -> str | None:
    entity = knowledge.get(entity_id)
    names = entity.names.get(lang) if entity else None
    return names[0] if names else None


def _capital(knowledge: Any, country_id: str, lang: str) -> str | None:
    entity = knowledge.get(country_id)
    capital = (entity.get("capital") or {}).get(lang) if entity else None
    return capital if isinstance(capital, str) else None


def _other_countries(rng: random.Random, exclude: set[str | None]) -> list[str]:
    countries = [c for c in WRONG_COUNTRIES if c not in exclude]
    rng.shuffle(countries)
    return countries


# -- roles ----------------------------------------------------------------------------------------------
def _confirmed_claims(analysis: Analysis, findings: Sequence[Finding]) -> list[Any]:
    knowledge = analysis.knowledge
    claims = []
    for claim in analysis.annotation("titled_persons"):
        span_start, span_end = min(claim.title.start, claim.person.start), max(claim.title.end, claim.person.end)
        if claim.former or claim.plural or _overlaps(findings, "roles", span_start, span_end):
            continue
        if _confirmed(knowledge, claim.person_id, claim.office_id, claim.of_id, analysis.date):
            claims.append(claim)
    return claims


def find_wrong_country(analysis: Analysis, findings: Sequence[Finding], rng: random.Random) -> list[Plant]:
    """A title's country (demonym or name) replaced by another country's: «وزير الخارجية الأمريكي لافروف»."""
    text, lang, knowledge = analysis.text, analysis.lang, analysis.knowledge
    plants = []
    for claim in _confirmed_claims(analysis, findings):
        if claim.qualifier is None or not (claim.of_id or "").startswith("country/"):
            continue
        surface = text[claim.qualifier.start:claim.qualifier.end]
        possessive = text[claim.qualifier.end:claim.qualifier.end + 2] in ("'s", "’s")
        for other in _other_countries(rng, {claim.of_id}):
            # someone held the office there (else the knowledge cannot tell it is wrong), never this person
            if claim.office_id not in _offices_held_in(knowledge, other) or \
                    _ever_held(knowledge, claim.person_id, claim.office_id, other):
                continue
            if claim.qualifier_field == "demonyms" or (lang == "en" and not possessive):
                new = _demonym(knowledge, other, lang, surface)
            elif claim.qualifier_field == "names":
                new = _name(knowledge, other, lang)
            else:
                new = None
            if new and new != surface:
                plants.append(replace("roles/wrong-country", text, claim.qualifier.start, claim.qualifier.end, new))
            break
    return plants


def find_wrong_office(analysis: Analysis, findings: Sequence[Finding], rng: random.Random) -> list[Plant]:
    """A title's office replaced by another office the person never held there: president -> prime minister."""
    text, lang, knowledge = analysis.text, analysis.lang, analysis.knowledge
    plants = []
    for claim in _confirmed_claims(analysis, findings):
        country = _country(knowledge, claim.of_id)
        held_there = _offices_held_in(knowledge, country)
        target = next((office for office in WRONG_OFFICES if office != claim.office_id and office in held_there
                       and not _ever_held(knowledge, claim.person_id, office, country)), None)
        if target is None or claim.office_id not in WRONG_OFFICES or claim.feminine:
            continue
        surface = text[claim.office.start:claim.office.end]
        if claim.office.start and text[claim.office.start - 1].isalpha():
            continue  # a clitic written onto the office («للرئيس»): a new office there would be misspelt
        office = knowledge.get(claim.office_id)
        names = set(office.names.get(lang) or ()) if office else set()
        if lang == "ar":
            bare = surface[2:] if surface.startswith("ال") and surface[2:] in names else surface
            if bare not in names:
                continue  # a clitic or spelling the plant could not keep: leave the site
        elif surface.lower() not in {n.lower() for n in names}:
            continue
        new = _name(knowledge, target, lang)
        if not new or (lang == "en" and surface.isupper()):
            continue
        if lang == "en":
            new = _cased_like(new, surface)
        plants.append(replace("roles/wrong-office", text, claim.office.start, claim.office.end, new))
    return plants


_OFFICES_CACHE: dict[tuple[int, str | None], set[str]] = {}


def _offices_held_in(knowledge: Any, country_id: str | None) -> set[str]:
    """The offices of a country that someone in the knowledge base held."""
    key = (id(knowledge), country_id)
    if key not in _OFFICES_CACHE:
        _OFFICES_CACHE[key] = {role.office for person in knowledge.of_type("person") for role in person.roles
                               if country_id is not None and _country(knowledge, role.of) == country_id}
    return _OFFICES_CACHE[key]


_HOLDERS_CACHE: dict[tuple[int, str, str | None, str], list[tuple[str, str]]] = {}


def _cased_like(name: str, surface: str) -> str:
    """"prime minister" written as the title it replaces is: "Prime Minister" for "Foreign Minister"."""
    if surface[:1].islower():
        return name.lower()
    return " ".join(word if word in ("of", "for", "the") else word[:1].upper() + word[1:] for word in name.split())


def _holders_elsewhere(knowledge: Any, office_id: str, country_id: str | None, lang: str) -> list[tuple[str, str]]:
    """(person id, name) of the holders of this office in the well-covered countries (WRONG_COUNTRIES) who
    never held it in this one, named in plain words (no "Jr.", no commas)."""
    key = (id(knowledge), office_id, country_id, lang)
    if key not in _HOLDERS_CACHE:
        _HOLDERS_CACHE[key] = _find_holders_elsewhere(knowledge, office_id, country_id, lang)
    return _HOLDERS_CACHE[key]


def _find_holders_elsewhere(knowledge: Any, office_id: str, country_id: str | None,
                            lang: str) -> list[tuple[str, str]]:
    found = {}
    for person in knowledge.of_type("person"):
        name = person.preferred(lang)
        if not name or len(name.split()) < 2 or not re.fullmatch(r"[^\W\d_]+(?:[ -][^\W\d_]+)+", name):
            continue
        countries = {_country(knowledge, r.of) for r in person.roles if r.office == office_id}
        if countries and country_id not in countries and countries & set(WRONG_COUNTRIES):
            found[person.id] = name
    return sorted(found.items())


def find_other_holder(analysis: Analysis, findings: Sequence[Finding], rng: random.Random) -> list[Plant]:
    """The person replaced by a holder of the same office in another country: «وزير الخارجية الروسي أنتوني
    بلينكن», "Russian Foreign Minister Antony Blinken"."""
    text, lang, knowledge = analysis.text, analysis.lang, analysis.knowledge
    plants = []
    for claim in _confirmed_claims(analysis, findings):
        country = _country(knowledge, claim.of_id)
        pool = _holders_elsewhere(knowledge, claim.office_id, country, lang)
        if not pool or country is None:
            continue
        _, name = pool[rng.randrange(len(pool))]
        surface = text[claim.person.start:claim.person.end]
        if name != surface:
            plants.append(replace("roles/other-holder", text, claim.person.start, claim.person.end, name))
    return plants


# -- attribution ----------------------------------------------------------------------------------------
_AR_NOUN_BEFORE = re.compile(r"(?:^|(?<=\s))(?:[وفبل]|وب|ول)?(?:ال|لل)?(?P<noun>وكالة|صحيفة|جريدة|قناة)[ \t]*[«\"]?$")
_EN_NOUN_BEFORE = re.compile(r"\b(?P<news>news )?(?P<noun>agency|newspaper|daily|channel|broadcaster)[ \t]*[\"«]?$")
# After "news" the wrong noun must still read as a descriptor: "news agency" -> "news channel".
_EN_WRONG_AFTER_NEWS = {"agency": "channel", "channel": "agency", "broadcaster": "agency"}
_EN_DEMONYM_NOUN_BEFORE = re.compile(r"\b(?P<demonym>[A-Z][a-z]+)[ \t]+(?:news[ \t]+|state[ \t]+)?"
                                     r"(?:agency|newspaper|daily|channel|broadcaster)[ \t]*[\"«]?$")
_AR_NOUN_BEFORE_ANY = re.compile(r"(?:^|(?<=\s))(?:[وفبل]|وب|ول)?(?:ال|لل)?"
                                 r"(?:وكالة|صحيفة|جريدة|قناة|تلفزيون|إذاعة|موقع)[ \t]*[«\"]?$")
_AR_WORD_AFTER = re.compile(r"^[ \t]*[»\"]?[ \t]*(?P<word>ال[\w]+)")


def _outlets(analysis: Analysis, findings: Sequence[Finding], near: int = 30) -> list[tuple[Any, Any]]:
    """(mention, outlet entity) for each mention of exactly one outlet, not marked ambiguous, with no
    attribution finding within `near` characters."""
    found = []
    for mention in analysis.mentions:
        ids = mention.entity_ids
        if len(ids) != 1 or not ids[0].startswith("outlet/"):
            continue
        entity = analysis.knowledge.get(ids[0])
        if entity is None or entity.get("ambiguous"):
            continue
        if _overlaps(findings, "attribution", max(0, mention.start - near), mention.end + near):
            continue
        found.append((mention, entity))
    return found


def find_outlet_type(analysis: Analysis, findings: Sequence[Finding], rng: random.Random) -> list[Plant]:
    """The noun before an outlet's name made wrong for its type: «وكالة رويترز» -> «صحيفة رويترز»."""
    from checker.annotate.attributions import outlet_needs_cue  # the outlets pack's knowledge of the name

    text, lang = analysis.text, analysis.lang
    plants = []
    for mention, outlet in _outlets(analysis, findings):
        line_start = text.rfind("\n", 0, mention.start) + 1
        before = text[max(line_start, mention.start - 40):mention.start]
        match = (_AR_NOUN_BEFORE if lang == "ar" else _EN_NOUN_BEFORE).search(before)
        if not match:
            continue
        table = _AR_NOUN_TYPES if lang == "ar" else _EN_NOUN_TYPES
        kind, wrong = table[match.group("noun")]
        if lang == "en" and match.group("news"):
            wrong = _EN_WRONG_AFTER_NEWS.get(match.group("noun"), "")
            if not wrong:
                continue
        if outlet.get("outlet_type") not in _NOUN_FITS[kind]:
            continue  # the original descriptor is not confirmed
        if outlet_needs_cue(outlet, text[mention.start:mention.end]) or match.group().rstrip().endswith(("«", "\"")):
            # «وكالة الأهرام», «وكالة "سبق"»: after a noun of another type, a name that is also a word, or a quoted
            # one, may be a namesake's (an advertising agency, a quoted paper): neither text nor reader can tell
            continue
        start = mention.start - len(before) + match.start("noun")
        plants.append(replace("attribution/outlet-type", text, start, start + len(match.group("noun")), wrong))
    return plants



def _outlet_countries(outlet: Any) -> set[str]:
    """The outlet's country and those it is also credited to (`also_country`: a text naming either is right)."""
    also = outlet.get("also_country") or ()
    return {c for c in [outlet.get("country"), *([also] if isinstance(also, str) else also)] if c}


def find_outlet_country(analysis: Analysis, findings: Sequence[Finding], rng: random.Random) -> list[Plant]:
    """An outlet's country demonym made another country's: «رويترز البريطانية» -> «رويترز الفرنسية»."""
    text, lang, knowledge = analysis.text, analysis.lang, analysis.knowledge
    plants = []
    for mention, outlet in _outlets(analysis, findings):
        countries = _outlet_countries(outlet)
        if lang == "ar":
            # the outlet named with its descriptor («وكالة رويترز البريطانية»): «العربية» alone is an adjective
            line_start = text.rfind("\n", 0, mention.start) + 1
            match = _AR_WORD_AFTER.match(text[mention.end:mention.end + 30])
            if not match or not _AR_NOUN_BEFORE_ANY.search(text[max(line_start, mention.start - 40):mention.start]):
                continue
            start = mention.end + match.start("word")
        else:
            line_start = text.rfind("\n", 0, mention.start) + 1
            before = text[max(line_start, mention.start - 60):mention.start]
            match = _EN_DEMONYM_NOUN_BEFORE.search(before)
            if not match:
                continue
            start = mention.start - len(before) + match.start("demonym")
        word = match.group("word" if lang == "ar" else "demonym")
        if not any(word in ((knowledge.get(c).get("demonyms") or {}).get(lang) or ())
                   for c in sorted(countries) if knowledge.get(c)):
            continue
        for other in _other_countries(rng, set(countries)):
            new = _demonym(knowledge, other, lang, word)
            if new and new != word:
                plants.append(replace("attribution/outlet-country", text, start, start + len(word), new))
            break
    return plants


# An English speaker named after the verb speaks only where the clause ends with the name ("…," said the British
# government.", "said Dmitry Peskov on Monday"); 'Pagel ... said the British government has been an outlier' names
# what is said about the government, and "This announcement came from London" would credit it with Pagel's words.
_SPEAKER_ENDS_CLAUSE = re.compile(r"(?:\s+(?:government|ministry|foreign ministry|officials?|authorities|embassy|"
                                  r"military|army|office|spokesman|spokeswoman|spokesperson))?"
                                  r"(?:[.,;:!?]|\s+(?:on|in|at|during|after|before|that|this|last|earlier)\b|$)")


def find_issuer(analysis: Analysis, findings: Sequence[Finding], rng: random.Random) -> list[Plant]:
    """After a statement whose speaker's country the knowledge gives, a sentence saying the announcement came
    from another country's capital («وجاء هذا الإعلان من حكومة باريس»); put right, it names the speaker's."""
    text, lang, knowledge = analysis.text, analysis.lang, analysis.knowledge
    statements = analysis.annotation("attributions").statements
    last_in_sentence = {statement.sentence: statement for statement in statements}
    plants = []
    for index, statement in sorted(last_in_sentence.items()):
        speaker = statement.speaker
        if speaker is None or statement.carried or not speaker.country or statement.reporter is not None:
            continue
        if speaker.kind not in ("person", "institution", "official", "government"):
            continue
        right_place = _capital(knowledge, speaker.country, lang)
        if not right_place or _overlaps(findings, "attribution", statement.cue_start, statement.content_end):
            continue
        sentence = analysis.sentences[index]
        sentence_text = text[sentence.start:sentence.end].rstrip()
        if "\n" in sentence_text or not sentence_text.endswith((".", "!", "؟", "?")):
            continue
        if lang == "en" and speaker.start > statement.cue_start and \
                not _SPEAKER_ENDS_CLAUSE.match(text, speaker.end, sentence.start + len(sentence_text) + 1):
            continue  # 'said the British government has been an outlier': the name is what is said, not who
        for other in _other_countries(rng, {speaker.country}):
            wrong_place = _capital(knowledge, other, lang)
            if not wrong_place:
                continue
            template = _ISSUER_SENTENCE[lang]
            at = template.index("{place}")
            plants.append(insert_after("attribution/issuer", text, sentence.start + len(sentence_text),
                                       template.format(place=right_place), template.format(place=wrong_place),
                                       at, at + len(wrong_place)))
            break
    return plants


# -- consistency ----------------------------------------------------------------------------------------
def variant_spelling(word: str, lang: str) -> str | None:
    """Another transliteration of one word of a foreign name: Arabic ج/غ for a "g" (سيرغي / سيرجي); English
    y/i at the end (Dmitry / Dmitri) or a doubled consonant between vowels (Zelensky / Zelenskyy-like)."""
    if lang == "ar":
        for old, new in (("غ", "ج"), ("ج", "غ")):
            if old in word:
                return word.replace(old, new, 1)
        return None
    if len(word) < 4 or not word.isalpha():
        return None
    if word.endswith("y"):
        return word[:-1] + "i"
    if word.endswith("i"):
        return word[:-1] + "y"
    for index in range(len(word) - 2, 1, -1):
        letter = word[index]
        if letter in "lnrst" and word[index - 1] in "aeiou" and word[index + 1] in "aeiou":
            return word[:index] + letter + word[index:]
    return None


# The Arab League's members: their places have Arabic names of their own, not transliterations.
_ARAB_COUNTRIES = frozenset(f"country/{code}" for code in (
    "DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE").split())
_NAME_FIELDS = frozenset({"names", "short", "variants"})  # not demonyms («الروسي») nor metonyms («الكرملين»)


def find_variant(analysis: Analysis, findings: Sequence[Finding], rng: random.Random) -> list[Plant]:
    """A person (in Arabic also a place) named two or more times by its name, always spelled the same known
    way; in the last mention, the last word that has another transliteration re-spelled (سيرغي -> سيرجي,
    هامبورغ -> هامبورج, Dmitry -> Dmitri). In Arabic only names whose English spelling has a "g" are
    re-spelled: ج/غ varies for that sound, while «الجبير» -> «الغبير» in a native name would be a typo, not a
    transliteration. English places are left out: "Britain" -> "Brittain" is a typo, not a variant; and an
    English re-spelling the knowledge lists is left out: mixing two accepted spellings is an info note."""
    from checker.text.normalize import normalize_key

    text, lang = analysis.text, analysis.lang
    by_entity: dict[str, list[Any]] = {}
    for mention in analysis.mentions:
        ids = mention.entity_ids
        kinds = ("person/", "place/", "country/") if lang == "ar" else ("person/",)
        if len(ids) == 1 and ids[0].startswith(kinds) and mention.fields <= _NAME_FIELDS:
            by_entity.setdefault(ids[0], []).append(mention)
    plants = []
    for entity_id, mentions in sorted(by_entity.items()):
        entity = analysis.knowledge.get(entity_id)
        if lang == "ar" and not (entity and "g" in (entity.preferred("en") or "").lower()):
            continue
        if lang == "ar" and (entity_id in _ARAB_COUNTRIES or entity.get("country") in _ARAB_COUNTRIES):
            continue  # غزة، طنجة، بنغازي are Arabic names: another letter there is a typo
        surfaces = {text[m.start:m.end] for m in mentions}
        if len(mentions) < 2 or len(surfaces) != 1 or any(
                _overlaps(findings, "consistency", m.start, m.end) for m in mentions):
            continue
        last = mentions[-1]
        surface = text[last.start:last.end]
        words = list(re.finditer(r"\w+", surface))
        if len(words) < 2 and entity_id.startswith("person/"):
            continue  # a surname alone may be a relative's
        respelt = next(((word, new) for word in reversed(words)
                        if (new := variant_spelling(word.group(), lang)) is not None), None)
        if respelt is None:
            continue
        word, new = respelt
        respelt_name = surface[:word.start()] + new + surface[word.end():]
        if lang == "en" and entity and normalize_key(respelt_name) in {
                normalize_key(name) for names in (entity.names, entity.short) for name in names.get(lang, ())}:
            continue  # an English spelling the knowledge also lists (Dmitri / Dmitry) is an accepted mix
        start = last.start + word.start()
        plants.append(replace("consistency/variant", text, start, start + len(word.group()), new))
    return plants



FINDERS: dict[str, Callable[[Analysis, Sequence[Finding], Any], list[Plant]]] = {
    "roles/wrong-country": find_wrong_country,
    "roles/wrong-office": find_wrong_office,
    "roles/other-holder": find_other_holder,
    "attribution/outlet-type": find_outlet_type,
    "attribution/outlet-country": find_outlet_country,
    "attribution/issuer": find_issuer,
    "consistency/variant": find_variant,
}
# Each family's own planted types, in a module of its own (benchmarks/ is on the path). Imported here, not at
# the top: they build on Plant and the helpers above.
from planting_attribution import FINDERS as _ATTRIBUTION_FINDERS  # noqa: E402
from planting_casualties import FINDERS as _CASUALTY_FINDERS  # noqa: E402
from planting_consistency import FINDERS as _CONSISTENCY_FINDERS  # noqa: E402
from planting_roles import FINDERS as _ROLE_FINDERS  # noqa: E402
from planting_tolls import FINDERS as _TOLL_FINDERS  # noqa: E402

for _family_finders in (_CASUALTY_FINDERS, _TOLL_FINDERS, _ROLE_FINDERS, _ATTRIBUTION_FINDERS,
                        _CONSISTENCY_FINDERS):
    FINDERS.update(_family_finders)

"""Planted attribution errors beyond accuracy_planting's three: the issuer of a statement named in several
forms (a seat of government, a capital, a government's adjective), an outlet described in apposition, one
quotation given to a second speaker, a spokesperson given another institution (judged by roles/title-mismatch,
which reads the title claims: the type is counted in the roles family).

Sites are found by a reader of its own, not the checker's attributions annotator: a sentence with one
reporting verb of this module's short list and one person the knowledge gives a country on the article's
date; an outlet name with no descriptor noun next to it, followed by a reporting word; a quotation of six
words or more with one person in its sentence; an institution and a spokesperson's name joined by the plain
words of a spokesperson's title ("Kremlin spokesman X", "X, the spokesman for the Kremlin", «المتحدث باسم
الكرملين X», «X، المتحدث باسم الكرملين»). Mentions (the names matcher) and the knowledge are shared.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from accuracy_planting import Plant, _outlets, _overlaps, insert_after

if TYPE_CHECKING:
    from checker.analysis import Analysis
    from checker.models import Finding

# Countries a wrong issuer or descriptor is drawn from: the knowledge holds their capitals, demonyms and
# (for some) seats of government.
_WRONG = ("country/US", "country/RU", "country/FR", "country/GB", "country/CN", "country/DE", "country/TR",
          "country/IR", "country/EG", "country/JP")
_SAID = {"ar": re.compile(r"(?:^|\s)و?(?:قال|قالت|أكد|أكدت|أعلن|أعلنت|أوضح|أوضحت|صرح|صرحت)\s"),
         "en": re.compile(r"\b(?:said|says|told|announced|added|stated)\b")}
_ISSUER_FORMS = {
    "seat": {"ar": "وصدر البيان عن {place}.",
             "en": "The announcement was released by {place}."},
    "capital": {"ar": "وجاءت هذه التصريحات من {place}.",
                "en": "The remarks were made public by the government in {place}."},
    "adjective": {"ar": "وجاء ذلك في بيان صادر عن الحكومة {place}.",
                  "en": "The statement was issued by the {place} government."},
}
_ENDS = (".", "!", "?", "؟")
_AR_DESCRIPTOR = re.compile(r"(?:وكالة|صحيفة|جريدة|قناة|تلفزيون|إذاعة|موقع|أنباء|الأنباء)\s*[«\"]?\s*$")
_EN_DESCRIPTOR = re.compile(r"(?i)\b(?:agency|newspaper|paper|daily|channel|broadcaster|television|radio|website|site|"
                            r"news)\s*[\"«]?\s*$")
_AFTER_OUTLET = {"ar": re.compile(r"^ (?:إن|أن|بأن|عن)\s"), "en": re.compile(r"^ (?:said|says|reported|reports)\b")}
_APPOSITION_NOUN = {"agency": {"ar": "وكالة الأنباء", "en": "news agency"},
                    "newspaper": {"ar": "الصحيفة", "en": "newspaper"},
                    "tv": {"ar": "القناة", "en": "television channel"}}
_WRONG_NOUN = {"agency": "newspaper", "newspaper": "agency", "tv": "newspaper"}
_QUOTE = {"ar": re.compile(r"«(?P<words>[^«»\n]{10,400})»|\"(?P<plain>[^\"\n]{10,400})\""),
          "en": re.compile(r"[\"“](?P<words>[^\"“”\n]{10,400})[\"”]")}
# Persons a quotation is given to: heads of state and ministers of several countries.
_OTHER_SPEAKERS = ("person/vladimir-putin", "person/emmanuel-macron", "person/recep-tayyip-erdogan",
                   "person/xi-jinping", "person/joe-biden", "person/donald-trump", "person/olaf-scholz",
                   "person/sergey-lavrov", "person/volodymyr-zelensky", "person/narendra-modi",
                   "person/abdel-fattah-el-sisi", "person/keir-starmer")


def _replace_with(type_: str, text: str, start: int, end: int, right: str, wrong: str, at: int,
                  length: int) -> Plant:
    """`text[start:end]` made `wrong` (the planted span `at`..`at + length` inside it); put right, `right`."""
    return Plant(type_, text[:start] + wrong + text[end:], start + at, start + at + length,
                 text[:start] + right + text[end:])


def _owner_country(knowledge: Any, entity_id: str | None, depth: int = 0) -> str | None:
    if entity_id is None or depth > 4:
        return None
    if entity_id.startswith("country/"):
        return entity_id
    entity = knowledge.get(entity_id)
    if entity is None:
        return None
    for key in ("country", "metonym_of", "parent"):
        value = entity.get(key)
        if isinstance(value, str):
            return _owner_country(knowledge, value, depth + 1)
    return None


def _person_country(knowledge: Any, person_id: str, date: dt.date | None) -> str | None:
    """The one country the person held an office of on the date (any date: a current office)."""
    person = knowledge.get(person_id)
    if person is None:
        return None
    countries = {_owner_country(knowledge, role.of) for role in person.roles
                 if (role.held_on(date) if date else role.end is None)}
    countries.discard(None)
    return countries.pop() if len(countries) == 1 else None


# The reporting verb right next to the speaker's name: "Peskov said", "said Peskov", «قال ... بيسكوف».
_SAID_AFTER_NAME = {"ar": None, "en": re.compile(r"^,?\s+(?:said|says|told|announced|added|stated)\b")}
_SAID_BEFORE_NAME = {"ar": re.compile(r"(?:^|\s)و?(?:قال|قالت|أكد|أكدت|أعلن|أعلنت|أوضح|أوضحت|صرح|صرحت)"
                                      r"(?:\s+(?!(?:ب?[أإا]ن|أنه|أنها|عنه|هو|هي|الذي|التي)(?:\s|$))"
                                      r"[^\s.،,:«»\"]+){0,5}\s+$"),
                     "en": re.compile(r"\b(?:said|says|told|added)\s+$")}

_NAME_ENDS_CLAUSE = re.compile(r"[.,;]|\s+(?:on|in|at|during|after|before)\b")
# A name right after a preposition or an institution's noun is not the speaker: "a Republican who is leaning
# toward voting for Biden, told ...", "Drew Hammill, a spokesman for Nancy Pelosi, said", «وقال المتحدث باسم مركز
# الملك سلمان».
_NOT_SPEAKER_BEFORE = {
    "ar": re.compile(r"(?:^|\s)(?:باسم|مركز|مؤسسة|جامعة|مستشفى|مدينة|جائزة|شارع|مطار|برنامج|إلى|على|في|من|عن|مع|"
                     r"لدى)\s+$"),
    "en": re.compile(r"(?i)\b(?:for|on|to|with|against|by|of|about|from|at|in|into|toward|towards|over|under)\s+$"),
}


def _speaker(analysis: Analysis, start: int, end: int) -> Any | None:
    """The one person named in text[start:end] when a reporting verb stands right next to the name (the
    person is the speaker, not someone the sentence talks about); None otherwise."""
    text, lang = analysis.text, analysis.lang
    persons = [m for m in analysis.mentions_within(start, end)
               if len(m.entity_ids) == 1 and m.entity_ids[0].startswith("person/")]
    if len({m.entity_ids[0] for m in persons}) != 1:
        return None
    for mention in persons:
        if _NOT_SPEAKER_BEFORE[lang].search(text[max(start, mention.start - 20):mention.start]):
            continue
        after = _SAID_AFTER_NAME[lang]
        if after is not None and after.match(text[mention.end:mention.end + 20]):
            return mention
        if _SAID_BEFORE_NAME[lang].search(text[max(start, mention.start - 60):mention.start]) and (
                lang == "ar" or _NAME_ENDS_CLAUSE.match(text[mention.end:mention.end + 10])):
            return mention  # "said Putin." -- not "said Biden was ...", where Biden is talked about
    return None


def _countries_named(analysis: Analysis, before: int) -> set[str]:
    """Every country the article names (by name, capital, demonym or seat) before `before`."""
    named = set()
    for mention in analysis.mentions:
        if mention.start >= before:
            break
        for entity_id in mention.entity_ids:
            country = _owner_country(analysis.knowledge, entity_id)
            if country:
                named.add(country)
    return named


# -- forms of a country --------------------------------------------------------------------------------------
def _seat(knowledge: Any, country: str, lang: str) -> str | None:
    for institution in knowledge.of_type("institution"):
        if institution.get("metonym_of") == country:
            names = institution.names.get(lang, ())
            for name in names:
                if lang == "en" and name.startswith("the "):
                    return name
            return names[-1] if names else None
    return None


def _capital(knowledge: Any, country: str, lang: str) -> str | None:
    entity = knowledge.get(country)
    return ((entity.get("capital") or {}).get(lang)) if entity else None


def _adjective(knowledge: Any, country: str, lang: str) -> str | None:
    entity = knowledge.get(country)
    forms = ((entity.get("demonyms") or {}).get(lang) or ()) if entity else ()
    for form in forms:
        if lang == "en" or (form.startswith("ال") and form.endswith("ة")):
            return form
    return None


def _form(knowledge: Any, country: str, lang: str, form: str) -> str | None:
    if form == "seat":
        return _seat(knowledge, country, lang)
    if form == "capital":
        return _capital(knowledge, country, lang)
    return _adjective(knowledge, country, lang)


# -- issuer -------------------------------------------------------------------------------------------------
def _issuer(form: str, analysis: Analysis, findings: Sequence[Finding], rng: random.Random) -> list[Plant]:
    """After a sentence where one person of a known country says something, a sentence crediting the
    statement to another country's seat, capital or government («وصدر البيان عن قصر الإليزيه»); put right,
    the same form names the person's country (its capital where it has no seat)."""
    text, lang, knowledge = analysis.text, analysis.lang, analysis.knowledge
    template = _ISSUER_FORMS[form][lang]
    at = template.index("{place}")
    plants = []
    for sentence in analysis.sentences:
        body = text[sentence.start:sentence.end].rstrip()
        if "\n" in body or not body.endswith(_ENDS) or len(_SAID[lang].findall(body)) != 1:
            continue
        speaker = _speaker(analysis, sentence.start, sentence.end)
        if speaker is None or _overlaps(findings, "attribution", sentence.start, sentence.end):
            continue
        country = _person_country(knowledge, speaker.entity_ids[0], analysis.date)
        if country is None:
            continue
        right = _form(knowledge, country, lang, form)
        if not right and form == "seat":
            right = _capital(knowledge, country, lang)  # a country without a seat is named by its capital
        if not right:
            continue
        named = _countries_named(analysis, sentence.end)
        for other in rng.sample(_WRONG, len(_WRONG)):
            wrong = _form(knowledge, other, lang, form) if other not in named and other != country else None
            if wrong:
                plants.append(insert_after("attribution/issuer-forms", text, sentence.start + len(body),
                                     template.format(place=right), template.format(place=wrong), at, at + len(wrong)))
                break
    return plants


def find_issuer_forms(analysis: Analysis, findings: Sequence[Finding], rng: random.Random) -> list[Plant]:
    """The issuer named by a seat, a capital or a government's adjective: one form per article, drawn at
    random (one type, so that the three forms do not take three articles from the other types)."""
    forms = list(_ISSUER_FORMS)
    rng.shuffle(forms)
    for form in forms:
        plants = _issuer(form, analysis, findings, rng)
        if plants:
            return plants
    return []


# -- outlet in apposition ------------------------------------------------------------------------------------
def _outlet_sites(analysis: Analysis, findings: Sequence[Finding]) -> list[tuple[Any, Any]]:
    """(mention, outlet) for outlets named bare (no descriptor noun next to them) right before a reporting
    word, whose type and country the knowledge gives."""
    text, lang = analysis.text, analysis.lang
    sites = []
    for mention, outlet in _outlets(analysis, findings, near=40):
        if (outlet.get("needs_cue") or not outlet.get("country")
                or outlet.get("outlet_type") not in _APPOSITION_NOUN):
            continue
        before = text[max(0, mention.start - 30):mention.start]
        if (_AR_DESCRIPTOR if lang == "ar" else _EN_DESCRIPTOR).search(before):
            continue
        if not _AFTER_OUTLET[lang].match(text[mention.end:mention.end + 12]):
            continue
        sites.append((mention, outlet))
    return sites


def _outlet_names(knowledge: Any, lang: str) -> set[str]:
    return {name for outlet in knowledge.of_type("outlet") for name in outlet.names.get(lang, ())}


def _apposition(lang: str, noun: str, adjective: str) -> tuple[str, int]:
    """The apposition text and where the adjective starts in it."""
    if lang == "ar":
        head = f"، {noun} "
        return f"{head}{adjective}،", len(head)
    head = ", the "
    return f"{head}{adjective} {noun},", len(head)


def find_outlet_apposition(analysis: Analysis, findings: Sequence[Finding], rng: random.Random) -> list[Plant]:
    """An outlet described in apposition with a wrong country or a wrong type, drawn at random per article."""
    if rng.random() < 0.5:
        return _apposition_country(analysis, findings, rng) or _apposition_type(analysis, findings, rng)
    return _apposition_type(analysis, findings, rng) or _apposition_country(analysis, findings, rng)


def _apposition_country(analysis: Analysis, findings: Sequence[Finding], rng: random.Random) -> list[Plant]:
    """"Reuters said" -> "Reuters, the French news agency, said"; put right, the British one."""
    knowledge, lang, text = analysis.knowledge, analysis.lang, analysis.text
    plants = []
    for mention, outlet in _outlet_sites(analysis, findings):
        noun = _APPOSITION_NOUN[outlet.get("outlet_type")][lang]
        right = _adjective(knowledge, outlet.get("country"), lang)
        allowed = {outlet.get("country"), *(outlet.get("also_country") or ())}
        names = _outlet_names(knowledge, lang)
        # «وكالة الأنباء الألمانية» is dpa's own name: the apposition would name another outlet, not describe one
        wrong = next((form for other in rng.sample(_WRONG, len(_WRONG)) if other not in allowed
                      and (form := _adjective(knowledge, other, lang)) and f"{noun} {form}" not in names), None)
        if not right or not wrong:
            continue
        name = text[mention.start:mention.end]
        right_text, _ = _apposition(lang, noun, right)
        wrong_text, at = _apposition(lang, noun, wrong)
        plants.append(_replace_with("attribution/outlet-apposition", text, mention.start, mention.end,
                                    name + right_text, name + wrong_text, len(name) + at, len(wrong)))
    return plants


def _apposition_type(analysis: Analysis, findings: Sequence[Finding], rng: random.Random) -> list[Plant]:
    """"Reuters said" -> "Reuters, the British newspaper, said"; put right, the British news agency."""
    knowledge, lang, text = analysis.knowledge, analysis.lang, analysis.text
    plants = []
    for mention, outlet in _outlet_sites(analysis, findings):
        kind = outlet.get("outlet_type")
        wrong_kind = _WRONG_NOUN[kind]
        if wrong_kind in (outlet.get("also_type") or ()):
            continue
        adjective = _adjective(knowledge, outlet.get("country"), lang)
        if not adjective:
            continue
        name = text[mention.start:mention.end]
        right_noun, wrong_noun = _APPOSITION_NOUN[kind][lang], _APPOSITION_NOUN[wrong_kind][lang]
        right_text, _ = _apposition(lang, right_noun, adjective)
        wrong_text, _ = _apposition(lang, wrong_noun, adjective)
        at = wrong_text.index(wrong_noun)
        noun_word = wrong_noun.split()[-1] if lang == "en" else wrong_noun.split()[0].removeprefix("ال")
        at += wrong_noun.index(noun_word)
        plants.append(_replace_with("attribution/outlet-apposition", text, mention.start, mention.end,
                                    name + right_text, name + wrong_text, len(name) + at, len(noun_word)))
    return plants


# -- one quotation, two speakers ----------------------------------------------------------------------------
def find_quote_two_speakers(analysis: Analysis, findings: Sequence[Finding], rng: random.Random) -> list[Plant]:
    """A quotation of six words or more, said by the one person its sentence names, given again at the end
    of the article to another person of the knowledge; put right, to the same person."""
    text, lang, knowledge = analysis.text, analysis.lang, analysis.knowledge
    named = {i for m in analysis.mentions for i in m.entity_ids}
    others = [name for p in _OTHER_SPEAKERS if p not in named and (person := knowledge.get(p)) is not None
              and (name := person.preferred(lang))]
    end = len(text.rstrip())
    if not others or not text[:end].endswith(_ENDS + ("»", "\"", "”")):
        return []
    plants = []
    for sentence in analysis.sentences:
        body = text[sentence.start:sentence.end]
        quote = _QUOTE[lang].search(body)
        said = (quote.group("words") or quote.groupdict().get("plain") or "") if quote else ""
        # A whole spoken sentence: after a colon (or an English comma), or, in English, ending in a comma
        # before "…," Biden said; not 'said he was "ready to compromise."', a phrase in the reporter's words.
        lead = body[:quote.start()].rstrip()[-1:] if quote else ""
        whole = lead == ":" or (lang == "en" and (lead == "," or said.rstrip().endswith((",", "?", "!"))))
        if quote is None or len(said.split()) < 6 or not whole:
            continue  # a whole spoken sentence, not a phrase quoted inside the reporter's own
        q_start, q_end = sentence.start + quote.start(), sentence.start + quote.end()
        speaker = _speaker(analysis, sentence.start, sentence.end)
        if (speaker is None or q_start <= speaker.start < q_end
                or _overlaps(findings, "attribution", sentence.start, sentence.end)):
            continue
        right_name = text[speaker.start:speaker.end]
        wrong_name = rng.choice(others)
        words = said.strip()
        if lang == "ar":
            right, wrong = f"وقال {right_name}: «{words}».", f"وقال {wrong_name}: «{words}»."
            at = len(f"وقال {wrong_name}: «")
        else:
            right, wrong = f"{right_name} said: \"{words}\"", f"{wrong_name} said: \"{words}\""
            at = len(f"{wrong_name} said: \"")
        plants.append(insert_after("attribution/quote-two-speakers", text, end, right, wrong, at, at + len(words)))
    return plants


# -- a speaker given another institution's spokesperson role ------------------------------------------------
# The plain forms of a spokesperson's title around the name (the institution and the person are mentions; these
# are the words between them), each a regex on the glue: (glue after the institution, before the person) or
# (glue after the person, before the institution).
_SPOKES_EN = r"(?:spokes(?:man|woman|person)|press secretary)"
_SPOKES_AR = r"(?:ال)?(?:متحدث|متحدثة|ناطق|ناطقة)(?: (?:ال)?(?:رسمي|رسمية))?"
_ROLE_GLUE = {
    # "Kremlin spokesman Dmitry Peskov"; "Peskov, the spokesman for the Kremlin"
    "en": (re.compile(rf"^ {_SPOKES_EN},? $"), re.compile(rf"^, (?:the |a )?{_SPOKES_EN} (?:for|of) (?:the )?$")),
    # «المتحدث باسم الكرملين، ديمتري بيسكوف» (the office words before the institution are checked apart);
    # «ديمتري بيسكوف، المتحدث باسم الكرملين»
    "ar": (re.compile(r"^،? ?$"), re.compile(rf"^،? {_SPOKES_AR} باسم $")),
}
_ROLE_BEFORE_INSTITUTION = {"ar": re.compile(rf"(?:^|\s)و?{_SPOKES_AR} باسم $"), "en": None}


def _spokesperson_of(knowledge: Any, person_id: str, date: dt.date | None) -> set[str]:
    """The institutions the person spoke for on the date (every one, when the article has no date)."""
    person = knowledge.get(person_id)
    if person is None:
        return set()
    return {role.of for role in person.roles if role.office == "office/spokesperson"
            and role.of.startswith("institution/") and (date is None or role.held_on(date))}


def _spoken_for(knowledge: Any) -> list[str]:
    """Institutions the knowledge names a spokesperson of: a title naming one can be judged."""
    return sorted({role.of for person in knowledge.of_type("person") for role in person.roles
                   if role.office == "office/spokesperson" and role.of.startswith("institution/")})


def find_speaker_role(analysis: Analysis, findings: Sequence[Finding], rng: random.Random) -> list[Plant]:
    """A spokesperson titled with the institution the knowledge says they speak for on the article's date
    ("Kremlin spokesman Dmitry Peskov", «المتحدثة باسم الخارجية الروسية ماريا زاخاروفا», "Peskov, the spokesman
    for the Kremlin"), the institution replaced by another that has spokespeople, of the same country when there
    is one (the Kremlin's spokesman made the Foreign Ministry's); put right, the original."""
    text, lang, knowledge = analysis.text, analysis.lang, analysis.knowledge
    mentions = analysis.mentions
    institutions = _spoken_for(knowledge)
    plants = []
    for index, mention in enumerate(mentions):
        # one institution («الكرملين» is also a metonym of Russia: the country may be read beside it)
        ids = [i for i in mention.entity_ids if i.startswith("institution/")]
        if len(ids) != 1 or any(not i.startswith(("institution/", "country/")) for i in mention.entity_ids):
            continue
        # the person next to it, past the office's own mention ("spokesman"): the glue regexes read the words
        after = [m for m in mentions[index + 1:index + 3] if not _is_office(m)][:1]
        before = [m for m in mentions[max(0, index - 2):index] if not _is_office(m)][-1:]
        for neighbour, glue in ((after, 0), (before, 1)):
            person = neighbour[0] if neighbour else None
            if person is None or len(person.entity_ids) != 1 or not person.entity_ids[0].startswith("person/"):
                continue
            between = text[mention.end:person.start] if glue == 0 else text[person.end:mention.start]
            if not _ROLE_GLUE[lang][glue].match(between):
                continue
            if lang == "ar" and glue == 0 and not _ROLE_BEFORE_INSTITUTION["ar"].search(
                    text[max(0, mention.start - 30):mention.start]):
                continue
            spoken = _spokesperson_of(knowledge, person.entity_ids[0], analysis.date)
            if ids[0] not in spoken or _overlaps(findings, "roles", min(mention.start, person.start),
                                                  max(mention.end, person.end)):
                continue
            ever = _spokesperson_of(knowledge, person.entity_ids[0], None)  # a past one is not wrong
            plant = _other_institution(analysis, mention, ids[0], ever, institutions, rng)
            if plant is not None:
                plants.append(plant)
    return plants


def _is_office(mention: Any) -> bool:
    return all(i.startswith("office/") for i in mention.entity_ids)


def _other_institution(analysis: Analysis, mention: Any, right_id: str, spoken: set[str], institutions: list[str],
                       rng: random.Random) -> Plant | None:
    knowledge, lang, text = analysis.knowledge, analysis.lang, analysis.text
    country = _owner_country(knowledge, right_id)
    others = [i for i in institutions if i not in spoken]
    rng.shuffle(others)
    others.sort(key=lambda i: _owner_country(knowledge, i) != country)  # the same country's first
    for other in others:
        entity = knowledge.get(other)
        name = entity.preferred(lang) if entity else None
        if not name:
            continue
        surface = text[mention.start:mention.end]
        if lang == "en" and surface.lower().startswith("the ") and not name.lower().startswith("the "):
            name = surface[:4] + name
        return Plant("attribution/speaker-role", text[:mention.start] + name + text[mention.end:], mention.start,
                     mention.start + len(name), text)
    return None


FINDERS: dict[str, Callable[[Analysis, Sequence[Finding], Any], list[Plant]]] = {
    "attribution/issuer-forms": find_issuer_forms,
    "attribution/outlet-apposition": find_outlet_apposition,
    "attribution/quote-two-speakers": find_quote_two_speakers,
    "attribution/speaker-role": find_speaker_role,
}

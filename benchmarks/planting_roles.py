"""Planted role errors found by a reader of their own: the knowledge's names of persons, offices and country
adjectives, matched as plain text ("US President Joe Biden", «وزير الخارجية الروسي سيرغي لافروف»), never the
checker's title annotator. A site is a title and name written next to each other, the title being the
person's on the article's date, in a sentence with no quotation mark (the checker does not judge quoted
speech) and where the checker says nothing of the roles family.

Types (each registered in `TYPES` of accuracy_planting.py):
- out-of-tenure: the person replaced by a holder of the same office of the same country at another time, one
  who first took it after the article's date, in a sentence told in the present: no word of the future or of a
  condition and no possessive after the name ("the visit of US President Donald Trump next month" in 2022
  is a future the checker leaves alone; "Trump's administration" a thing of a term);
- absent-title: a head of state given the head's title the country does not have: the president of a country
  whose knowledge has presidents and no monarch made its king («الملك الأمريكي جو بايدن»), a monarch of one
  with monarchs and no president made its president ("Qatari President Tamim bin Hamad Al Thani"); or, at
  every other such site of a republic whose countries pack lists the prime minister in `no_offices`, made its
  prime minister ("US Prime Minister Joe Biden", «رئيس الوزراء الأمريكي جو بايدن»). Both plants come from
  the same sites, so the type's candidates (and every other type's sample) do not depend on which is planted.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from accuracy_planting import Plant, _country, _overlaps, replace

if TYPE_CHECKING:
    from checker.analysis import Analysis
    from checker.models import Finding

# Offices whose holders the knowledge records well, and the heads of state of each kind.
_OFFICES = ("office/president", "office/prime-minister", "office/foreign-minister", "office/king", "office/emir")
_MONARCHS = ("office/king", "office/queen", "office/emir", "office/sultan")
_REPUBLIC = "office/president"
# The title words a plant writes: the monarch's for a republic's president, the president's for a monarch.
_KING = {"en": "King", "ar": "الملك"}
_PRESIDENT = {"en": "President", "ar": "الرئيس"}
# The title a plant writes for a prime minister a republic does not have (its `no_offices`).
_PRIME_MINISTER_OFFICE = "office/prime-minister"
_PRIME_MINISTER = {"en": "Prime Minister", "ar": "رئيس الوزراء"}
_QUOTES = re.compile("[\"\u201c\u201d\u00ab\u00bb]")
_NOT_PRESENT = {
    "en": re.compile(r"\b(?:will|would|could|should|may|might|next|expected|plans?|planned|if|whether|"
                     r"candidate|nominee|elect|incoming)\b", re.IGNORECASE),
    "ar": re.compile(r"(?<!\w)(?:سوف|سي\w+|ست\w+|المقبل|المقبلة|القادم|القادمة|إذا|لو|المرشح|المرشحة|المنتخب)(?!\w)"),
}
_SENTENCE_END = re.compile(r"[.!?؟\n]")


@dataclass(frozen=True)
class _Site:
    """A title and name as written: [title_start, title_end) the office (and adjective), then the name."""

    person_id: str
    office_id: str
    country_id: str
    office_start: int
    office_end: int
    name_start: int
    name_end: int


_INDEX: dict[tuple[int, str], tuple[re.Pattern[str], dict[str, str]]] = {}


def _names(knowledge: Any, lang: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern of every full name (two words or more) of a person who held a well-recorded office, and
    each name's person (names shared by two persons left out)."""
    key = (id(knowledge), lang)
    if key not in _INDEX:
        owner: dict[str, str | None] = {}
        for person in knowledge.of_type("person"):
            if not any(role.office in _OFFICES for role in person.roles):
                continue
            for name in person.names.get(lang) or ():
                if len(name.split()) >= 2:
                    owner[name] = person.id if owner.get(name, person.id) == person.id else None
        unique = {name: pid for name, pid in owner.items() if pid is not None}
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in sorted(unique, key=len, reverse=True))
                             + r")(?!\w)")
        _INDEX[key] = (pattern, unique)
    return _INDEX[key]


def _title_forms(knowledge: Any, office_id: str, country_id: str, lang: str) -> list[tuple[str, int, int]]:
    """How a title of this office of this country is written before a name: (form, office start, office end)
    inside the form. English "US President ", "Russian Foreign Minister "; Arabic «الرئيس الأمريكي »."""
    office, country = knowledge.get(office_id), knowledge.get(country_id)
    if office is None or country is None:
        return []
    names = list(office.names.get(lang) or ()) + list(((office.get("variants") or {}).get(country_id) or {}).get(
        lang) or ())
    adjectives = list((country.get("demonyms") or {}).get(lang) or ())
    forms = []
    for name in names:
        for adjective in adjectives:
            if lang == "en":
                forms.append((f"{adjective} {name} ", len(adjective) + 1, len(adjective) + 1 + len(name)))
            elif name.startswith("ال") and adjective.startswith("ال") and not adjective.endswith("ة"):
                forms.append((f"{name} {adjective} ", 0, len(name)))
    return forms


def _sites(analysis: Analysis) -> list[_Site]:
    """Every title and name written together whose title the person held on the article's date."""
    text, lang, knowledge, date = analysis.text, analysis.lang, analysis.knowledge, analysis.date
    if date is None:
        return []
    pattern, owners = _names(knowledge, lang)
    sites = []
    for match in pattern.finditer(text):
        person = knowledge.get(owners[match.group()])
        sentence_start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, match.start())), default=0)
        sentence_end = m.start() if (m := _SENTENCE_END.search(text, match.end())) else len(text)
        if _QUOTES.search(text, sentence_start, sentence_end):
            continue
        for role in person.roles:
            country = _country(knowledge, role.of)
            if role.office not in _OFFICES or country is None or role.held_on(date) is not True:
                continue
            for form, office_start, office_end in _title_forms(knowledge, role.office, country, lang):
                start = match.start() - len(form)
                if start >= sentence_start and text[start:match.start()].lower() == form.lower() and \
                        (start == 0 or not text[start - 1].isalnum()):
                    sites.append(_Site(person.id, role.office, country, start + office_start, start + office_end,
                                       match.start(), match.end()))
                    break
    return sites


def _quiet(findings: Sequence[Finding], site: _Site) -> bool:
    start, end = min(site.office_start, site.name_start), max(site.office_end, site.name_end)
    return not _overlaps(findings, "roles", start, end)


def _another_time(knowledge: Any, site: _Site, date: dt.date, lang: str) -> list[str]:
    """The names of the office's holders of that country who first took it after the date (none who held it
    on the date or before it)."""
    names = []
    for person, fitting in _holders(knowledge, site.office_id, site.country_id):
        if person.id == site.person_id or any(r.held_on(date) is not False for r in fitting):
            continue
        # only someone who first took it after the date: a holder of an earlier term too may be told of in
        # the past ("Brazilian President Lula" in 2020), where the title is not wrong
        later = all(r.start_exact and r.start > date for r in fitting)
        name = person.preferred(lang)
        if later and name and len(name.split()) >= 2:
            names.append(name)
    return sorted(names)


_HOLDERS: dict[tuple[int, str, str], list[tuple[Any, list[Any]]]] = {}


def _holders(knowledge: Any, office_id: str, country_id: str) -> list[tuple[Any, list[Any]]]:
    """Each person who held this office of this country, with those roles (built once per office)."""
    key = (id(knowledge), office_id, country_id)
    if key not in _HOLDERS:
        _HOLDERS[key] = [(p, fitting) for p in knowledge.of_type("person")
                         if (fitting := [r for r in p.roles
                                         if r.office == office_id and _country(knowledge, r.of) == country_id])]
    return _HOLDERS[key]


def find_out_of_tenure(analysis: Analysis, findings: Sequence[Finding], rng: random.Random) -> list[Plant]:
    """The person replaced by the office's holder at another time: "US President Joe Biden" (2023) ->
    "US President Donald Trump"."""
    text, knowledge = analysis.text, analysis.knowledge
    plants = []
    for site in _sites(analysis):
        if not _quiet(findings, site) or analysis.date is None or text.startswith(("'s", "’s"), site.name_end):
            continue
        sentence_start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, site.name_start)), default=0)
        sentence_end = m.start() if (m := _SENTENCE_END.search(text, site.name_end)) else len(text)
        if _NOT_PRESENT[analysis.lang].search(text, sentence_start, sentence_end):
            continue
        others = _another_time(knowledge, site, analysis.date, analysis.lang)
        if others:
            plants.append(replace("roles/out-of-tenure", text, site.name_start, site.name_end,
                                  others[rng.randrange(len(others))]))
    return plants


def _heads(knowledge: Any, country_id: str) -> set[str]:
    """The head-of-state offices someone held in this country."""
    return {r.office for p in knowledge.of_type("person") for r in p.roles
            if (r.office in _MONARCHS or r.office == _REPUBLIC) and _country(knowledge, r.of) == country_id}


_HEADS: dict[tuple[int, str], set[str]] = {}


def find_absent_title(analysis: Analysis, findings: Sequence[Finding], rng: random.Random) -> list[Plant]:
    """A head of state given the head's title the country does not have: «الرئيس الأمريكي جو بايدن» ->
    «الملك الأمريكي جو بايدن», "Qatari Emir Tamim bin Hamad Al Thani" -> "Qatari President ..."; or a
    republic's president the prime minister it does not have: "US President Joe Biden" -> "US Prime Minister
    ..."."""
    text, lang, knowledge = analysis.text, analysis.lang, analysis.knowledge
    plants = []
    for site in _sites(analysis):
        if not _quiet(findings, site):
            continue
        key = (id(knowledge), site.country_id)
        if key not in _HEADS:
            _HEADS[key] = _heads(knowledge, site.country_id)
        heads = _HEADS[key]
        if site.office_id == _REPUBLIC and not heads & set(_MONARCHS):
            country = knowledge.get(site.country_id)
            absent = (country.get("no_offices") or ()) if country else ()
            # every other site (by position, not by the seeded draw, so no other type's sample moves)
            new = _PRIME_MINISTER[lang] if _PRIME_MINISTER_OFFICE in absent and site.name_start % 2 else _KING[lang]
        elif site.office_id in _MONARCHS and _REPUBLIC not in heads:
            new = _PRESIDENT[lang]
        else:
            continue
        surface = text[site.office_start:site.office_end]
        if lang == "en" and surface[:1].islower():
            new = new.lower()
        plants.append(replace("roles/absent-title", text, site.office_start, site.office_end, new))
    return plants


FINDERS: dict[str, Callable[[Analysis, Sequence[Finding], Any], list[Plant]]] = {
    "roles/out-of-tenure": find_out_of_tenure,
    "roles/absent-title": find_absent_title,
}

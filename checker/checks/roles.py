"""Entity-role checks: a person given a title the knowledge says is not theirs, or not theirs on the date.

All three read the title claims of `checker.annotate.titles` and the dated roles of the knowledge base.
They stay silent when the person has no role data (unknown is not wrong), when the knowledge holds no one
in the claimed office (its coverage does not reach it), and, for the date checks, when the article has no
date. `title-mismatch` flags the title (its fix: the person's real title; where others held the office, the
whole claim, with the office's holder on the date in place of the name as a second fix) and `holder-mismatch`
the name (its fix: the office's holder on the date): either part may be the wrong one, so both are reported.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import cache
from typing import TYPE_CHECKING, Any

from checker.frozen import frozen
from checker.lang import generation, language, languages_with
from checker.models import Fix, Severity
from checker.text.lazy_regex import lazy_compile
from checker.text.normalize import normalize_key
from checker.text.sentences import open_quotation

if TYPE_CHECKING:
    from checker.analysis import Analysis
    from checker.annotate.titles import TitleClaim
    from checker.models import Finding
    from checker.packs.model import Entity, KnowledgeBase, Role, Rule


@cache
def _then_words(generation: int) -> re.Pattern[str]:
    """Words that place a sentence in the past ("then", «آنذاك») in any language: an old title there is
    the period's title."""
    return re.compile("|".join(found.roles.THEN_WORDS for found in languages_with("roles")))

_YEAR = lazy_compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")


def _country_of(knowledge: KnowledgeBase, of_id: str) -> str | None:
    if of_id.startswith("country/"):
        return of_id
    entity = knowledge.get(of_id)
    return (entity.get("country") or entity.get("metonym_of")) if entity else None


def same_holder_entity(knowledge: KnowledgeBase, role_of: str, claimed_of: str | None) -> bool:
    """True when a role's `of` is what the title names: the same id, or an institution of the named country
    ("Russian spokesman" for the Kremlin's); two different institutions never match."""
    if claimed_of is None or role_of == claimed_of:
        return True
    if role_of.startswith("country/") or claimed_of.startswith("country/"):
        country = _country_of(knowledge, role_of)
        return country is not None and country == _country_of(knowledge, claimed_of)
    return False


def role_fits(knowledge: KnowledgeBase, role: Role, claim: TitleClaim) -> bool:
    return role.office == claim.office_id and same_holder_entity(knowledge, role.of, claim.of_id)


def _holders(knowledge: KnowledgeBase, office_id: str, of_id: str) -> list[tuple[Entity, Role]]:
    """Every (person, role) the knowledge gives for this office of this country or institution."""
    by_office = knowledge.derived("roles-by-office", _roles_by_office)
    return [(knowledge.entities[person_id], role) for person_id, role in by_office.get(office_id, ())
            if same_holder_entity(knowledge, role.of, of_id)]


def _roles_by_office(knowledge: KnowledgeBase) -> dict[str, list[tuple[str, Role]]]:
    """Every (person id, role) per office, built once: claims must not rescan every person (ids, so that the
    compiled cache unpickles only the holders a claim asks for: see EntitiesOnUse)."""
    by_office: dict[str, list[tuple[str, Role]]] = {}
    for entity in knowledge.of_type("person"):
        for role in entity.roles:
            by_office.setdefault(role.office, []).append((entity.id, role))
    return by_office


def _person_roles(knowledge: KnowledgeBase, claim: TitleClaim) -> tuple[Role, ...]:
    entity = knowledge.get(claim.person_id)
    return entity.roles if entity else ()


def _text(analysis: Analysis, start: int, end: int) -> str:
    return analysis.text[start:end]


# -- fix texts ---------------------------------------------------------------------------------------------

def _demonyms(knowledge: KnowledgeBase, country_id: str | None, lang: str) -> list[str]:
    country = knowledge.get(country_id) if country_id else None
    return list((country.get("demonyms") or {}).get(lang) or ()) if country else []


def _demonym_like(knowledge: KnowledgeBase, country_id: str, claim: TitleClaim, surface: str, lang: str) -> str | None:
    """The country's demonym in the same grammatical form as `surface` (definite, feminine, plural)."""
    demonyms = _demonyms(knowledge, country_id, lang)
    form = language(lang).roles.demonym_form
    if not demonyms or form is None:
        return demonyms[0] if demonyms else None
    known = frozenset(normalize_key(d) for d in demonyms + _demonyms(knowledge, claim.of_id, lang))
    wanted = form(surface, known)
    exact = [d for d in demonyms if form(d, known) == wanted]
    return exact[0] if exact else None


def qualifier_text(knowledge: KnowledgeBase, of_id: str, claim: TitleClaim, surface: str, lang: str) -> str | None:
    """How the title should name `of_id`, in the form the text used for the wrong one."""
    target = knowledge.get(of_id)
    if target is None:
        return None
    if target.type == "country":
        if claim.qualifier_field == "demonyms":
            return _demonym_like(knowledge, of_id, claim, surface, lang)
        return target.preferred(lang)
    if claim.qualifier_field == "demonyms" and not language(lang).roles.DEMONYM_NAMES_INSTITUTION:
        return None  # «المتحدث الروسي» for an institution: no adjective names it
    return target.preferred(lang)


def office_text(knowledge: KnowledgeBase, office_id: str, person: Entity | None, surface: str, lang: str) -> str | None:
    """The office's name in the person's gender, with the article and capitals the text used."""
    office = knowledge.get(office_id)
    if office is None:
        return None
    names = list(office.names.get(lang) or ())
    feminine = bool(person and person.get("gender") == "f")
    return language(lang).roles.office_name(_in_gender(office, names, lang, feminine), names, surface)


def _in_gender(office: Entity, names: list[str], lang: str, feminine: bool) -> list[str]:
    """The office's names that fit a woman (or a man). The offices pack lists the feminine and masculine
    forms; a form listed as neither has the language's default (Arabic: masculine; English: either)."""
    feminine_forms = set(office.get("feminine", {}).get(lang, ()))
    masculine_forms = set(office.get("masculine", {}).get(lang, ()))
    unlisted = language(lang).roles.UNLISTED_OFFICE_FORM_GENDER

    def gender(name: str) -> str | None:
        return "f" if name in feminine_forms else "m" if name in masculine_forms else unlisted

    if feminine:
        return [n for n in names if gender(n) == "f"] or [n for n in names if gender(n) is None]
    return [n for n in names if gender(n) != "f"]


# -- title-mismatch ----------------------------------------------------------------------------------------

def title_mismatch(rule: Rule, analysis: Analysis) -> Iterator[Finding]:
    """A title that fits none of the person's roles: wrong country, institution or office."""
    knowledge = analysis.knowledge
    for claim in analysis.annotation("titled_persons"):
        roles = _person_roles(knowledge, claim)
        if claim.of_id is None and claim.of_any and roles and not claim.former and \
                _fits_no_candidate(knowledge, claim, roles):
            finding = _mismatch_finding(rule, analysis, claim, roles)
            if finding is not None:
                yield finding
            continue
        if claim.of_id is None or not roles or any(role_fits(knowledge, r, claim) for r in roles):
            continue
        absent = _absent_office(knowledge, claim, rule.params)
        if claim.former and (absent is None or not any(_country_of(knowledge, r.of) == claim.of_id for r in roles)):
            # A past title ("France's former prime minister Alain Juppe", "Israel's late prime minister, Shimon
            # Peres"): the knowledge's history of a person is less complete than their present (both were PMs).
            # Not an office the country does not have, given to someone whose offices there are known ("the
            # impeachment of Russian King Vladimir Putin").
            continue
        if absent is None and not _holders(knowledge, claim.office_id, claim.of_id):
            continue  # the knowledge does not cover this office: it cannot say the person did not hold it
        finding = _mismatch_finding(rule, analysis, claim, roles, absent)
        if finding is not None:
            yield finding


def _fits_no_candidate(knowledge: KnowledgeBase, claim: TitleClaim, roles: tuple[Role, ...]) -> bool:
    """"Foreign Ministry spokesperson Dmitry Peskov": the title names no country, so it may be any of the
    institutions `of_any`; it is wrong whichever it is when the person held this office for none of them (nor for
    a country, which could be any of its bodies), and the knowledge records someone in it for one of them."""
    if any(role.office == claim.office_id and (role.of in claim.of_any or role.of.startswith("country/"))
           for role in roles):
        return False
    return any(_holders(knowledge, claim.office_id, candidate) for candidate in claim.of_any)


def _absent_office(knowledge: KnowledgeBase, claim: TitleClaim, params: Mapping[str, Any]) -> list[str] | None:
    """A title the country does not have: an office its knowledge lists in `no_offices` ("US Prime Minister"),
    or a head of state's title: a president of a country whose knowledge has only monarchs ("Saudi
    President"), a monarch of one that has only presidents ("King of the United States").
    Returns the offices the country has instead (None when the title may exist: an office of neither kind,
    or a country whose heads the knowledge does not record)."""
    if claim.of_id is None or not claim.of_id.startswith("country/"):
        return None
    held = knowledge.derived("offices-by-country", _offices_by_country).get(claim.of_id, set())
    monarch, republic = set(params["monarch_offices"]), set(params["republic_offices"])
    country = knowledge.get(claim.of_id)
    if country is not None and claim.office_id in (country.get("no_offices") or ()):
        # an office the country does not have (its `no_offices`: a prime minister of the United States)
        return sorted(held & (monarch | republic)) or sorted(held - {claim.office_id}) or None
    for kind, other in ((monarch, republic), (republic, monarch)):
        if claim.office_id in kind and not held & kind and held & other:
            return sorted(held & other)
    return None


def _offices_by_country(knowledge: KnowledgeBase) -> dict[str, set[str]]:
    """The offices someone held in each country (an institution's counted as its country's), built once."""
    by_country: dict[str, set[str]] = {}
    for entity in knowledge.of_type("person"):
        for role in entity.roles:
            country = _country_of(knowledge, role.of)
            if country is not None:
                by_country.setdefault(country, set()).add(role.office)
    return by_country


def _mismatch_finding(rule: Rule, analysis: Analysis, claim: TitleClaim, roles: tuple[Role, ...],
                      absent: list[str] | None = None) -> Finding | None:
    knowledge, lang = analysis.knowledge, analysis.lang
    person = knowledge.get(claim.person_id)
    # The role held on the article's date is the likeliest intended one: it goes last, where the fix is taken.
    if (date := analysis.date) is not None:
        roles = tuple(sorted(roles, key=lambda r: r.held_on(date) is True))
    same_office = list(dict.fromkeys(r.of for r in roles if r.office == claim.office_id))
    same_of = list(dict.fromkeys(r.office for r in roles if same_holder_entity(knowledge, r.of, claim.of_id)))
    if absent and (day := analysis.date) is not None:  # a title that does not exist: the fix, the one held then
        same_of = list(dict.fromkeys(r.office for r in roles if same_holder_entity(knowledge, r.of, claim.of_id)
                                     and r.held_on(day))) or same_of
    start, end, replacement, choices = claim.title.start, claim.title.end, None, 0
    if same_office and claim.qualifier is not None:
        start, end = claim.qualifier.start, claim.qualifier.end
        surface = _text(analysis, start, end)
        replacement = qualifier_text(knowledge, same_office[-1], claim, surface, lang)
        article = language(lang).titles.ARTICLE
        if replacement and article and surface.lower().startswith(article + " ") and \
                not replacement.lower().startswith(article + " "):
            replacement = surface[:len(article) + 1] + replacement  # "for the Kremlin" -> "for the Russian ..."
        choices = len(same_office)
        office_form = _office_form_of(knowledge, claim, same_office[-1], person, _text(analysis, claim.office.start,
                                                                                          claim.office.end), lang)
        if replacement and office_form is not None:  # "US Secretary of State" -> "Russian Foreign Minister"
            if claim.qualifier.end <= claim.office.start:
                replacement += _text(analysis, end, claim.office.start) + office_form
                end = claim.office.end
            else:
                replacement = office_form + _text(analysis, claim.office.end, start) + replacement
                start = claim.office.start
    elif same_of and any(r.of == claim.of_id for r in roles if r.office == same_of[-1]):
        # Only the office word changes when the role is of the very institution or country named; «المتحدث
        # باسم الخارجية» for a minister would need the whole title rewritten: no fix is safer than a wrong one.
        start, end = claim.office.start, claim.office.end
        replacement = office_text(knowledge, same_of[-1], person, _text(analysis, start, end), lang)
        choices = len(same_of)
    holder = _single_holder(knowledge, claim, analysis.date)
    fixes = [Fix(replacement, "safe" if choices == 1 else "unsafe")] if replacement else []
    if not absent:
        # The office exists there and others held it (the rule reads only offices the knowledge has holders
        # of): the name may be the wrong part as much as the title ("South African President Hu Jintao"), so
        # the finding covers the whole claim, with or without a date, and both corrections are offered.
        first, last = min(claim.title.start, claim.person.start), max(claim.title.end, claim.person.end)
        if replacement:
            replacement = _text(analysis, first, start) + replacement + _text(analysis, end, last)
        start, end = first, last
        fixes = _title_or_name(analysis, claim, replacement, choices == 1, holder, (first, last))
    held = _describe_roles(knowledge, roles, lang)
    fix, alternatives = (fixes[0], tuple(fixes[1:])) if fixes else (None, ())
    name = person.label(lang) if person else claim.person_id
    explanation = _explain_mismatch(lang, name, _text(analysis, claim.title.start, claim.title.end), held)
    if absent:
        country, office = knowledge.get(claim.of_id or ""), knowledge.get(claim.office_id)
        instead = language(lang).roles.COMMA.join(entity.label(lang) if (entity := knowledge.get(o)) else o
                                                  for o in absent)
        explanation = language(lang).explanations.ABSENT_OFFICE.format(
            country=country.label(lang) if country else claim.of_id, office=office.label(lang) if office else "",
            offices=instead) + " " + explanation
    severity = None
    if person is not None and person.verified is not None and analysis.date is not None and \
            analysis.date > person.verified:
        # The person may have taken the office after the knowledge was last verified: a gap, not an error.
        severity, fix, alternatives = Severity.WARNING, None, ()
        explanation = language(lang).explanations.KNOWLEDGE_GAP.format(
            verified=person.verified.isoformat(), person=name) + " " + explanation
    if holder is not None and analysis.date is not None:  # a holder is only ever found on a date
        explanation += " " + _explain_holder(lang, _text(analysis, claim.title.start, claim.title.end),
                                             holder.preferred(lang) or holder.label(lang), analysis.date)
    return rule.finding(
        start, end, lang,
        explanation=explanation,
        reason_key=_claim_reason(claim),
        fix=fix,
        alternatives=alternatives,
        severity=severity,
        person=_text(analysis, claim.person.start, claim.person.end),
        title=_text(analysis, claim.title.start, claim.title.end), found=_text(analysis, start, end),
        expected=fix.replacement if fix else _describe_roles(knowledge, _current_roles(roles, analysis.date), lang),
    )


def _title_or_name(analysis: Analysis, claim: TitleClaim, title_fix: str | None, one_title: bool,
                   holder: Entity | None, span: tuple[int, int], name_may_lead: bool = True) -> list[Fix]:
    """The corrections of a claim whose office others held, the primary first: the title (the person's own,
    `title_fix`; `one_title` when it is the one title that fits them) or the name (the office's holder on the
    date). Two fit, so neither is safe, unless the article itself says which part is wrong: the person named
    again elsewhere in it and no one who held the office then named anywhere makes the title the wrong part
    (its fix safe when it is the one that fits); the holder named and the person not makes the name the
    likelier wrong part (its fix first, still unsafe: the article may tell of both), unless not `name_may_lead`."""
    knowledge = analysis.knowledge
    first, last = span
    name_fix = None
    if holder is not None and holder.id != claim.person_id:
        name_fix = _holder_fix(analysis, claim, holder, span)
    person_named = _named_elsewhere(analysis, {claim.person_id}, span)
    holders = {holder.id} if holder is not None else {
        entity.id for of_id in ((claim.of_id,) if claim.of_id else claim.of_any)
        for entity, role in _holders(knowledge, claim.office_id, of_id)
        if analysis.date is None or role.held_on(analysis.date) is not False} - {claim.person_id}
    holder_named = _named_elsewhere(analysis, holders, span)
    title = Fix(title_fix, "safe" if one_title and person_named and not holder_named else "unsafe") if title_fix \
        else None
    ordered = (name_fix, title) if name_may_lead and holder_named and not person_named else (title, name_fix)
    return [fix for fix in ordered if fix is not None]


def _holder_fix(analysis: Analysis, claim: TitleClaim, holder: Entity, span: tuple[int, int]) -> Fix | None:
    """The claim with the holder's name instead of the person's, its office word in the holder's gender
    ("Kremlin spokeswoman Maria Zakharova" -> "Kremlin spokesman Dmitry Peskov"); None where the gender
    would change a demonym that agrees with it too («الرئيسة الفرنسية»): no fix is safer than a wrong one."""
    lang, (first, last) = analysis.lang, span
    name = holder.preferred(lang) or holder.label(lang)
    pieces = {claim.person.start: (claim.person.end, name)}
    if _written_gender(analysis, claim) not in (None, "f" if holder.get("gender") == "f" else "m"):
        if claim.qualifier_field == "demonyms" and language(lang).roles.demonym_form is not None:
            return None
        office = office_text(analysis.knowledge, claim.office_id, holder,
                             _text(analysis, claim.office.start, claim.office.end), lang)
        if office is None:
            return None
        pieces[claim.office.start] = (claim.office.end, office)
    text, at = [], first
    for start in sorted(pieces):
        end, replacement = pieces[start]
        text += [_text(analysis, at, start), replacement]
        at = end
    return Fix("".join(text) + _text(analysis, at, last))


def _written_gender(analysis: Analysis, claim: TitleClaim) -> str | None:
    """"f" or "m" for an office word written in one gender ("spokeswoman", «المتحدث»), None for either
    ("press secretary"): as the offices pack lists its forms (a form listed as neither has the language's
    default)."""
    if claim.feminine:
        return "f"
    office = analysis.knowledge.get(claim.office_id)
    written = normalize_key(_text(analysis, claim.office.start, claim.office.end))
    masculine = office.get("masculine", {}).get(analysis.lang, ()) if office else ()
    if any(normalize_key(form) == written for form in masculine):
        return "m"
    return language(analysis.lang).roles.UNLISTED_OFFICE_FORM_GENDER


def _named_elsewhere(analysis: Analysis, ids: set[str], span: tuple[int, int]) -> bool:
    """True when one of these persons is named in the article outside `span` (a full name or a surname),
    by a form that names no other person."""
    named = analysis.person_mentions
    return any(mention.end <= span[0] or mention.start >= span[1] for id_ in ids for mention in named.get(id_, ()))


def _office_form_of(knowledge: KnowledgeBase, claim: TitleClaim, of_id: str, person: Entity | None, surface: str,
                    lang: str) -> str | None:
    """The office as the country `of_id` names it, when that differs from the form written: a country's own
    form (`variants` of the offices pack: "secretary of state" for the US) or, for a form that is another
    country's own, the common one. None when the written form fits."""
    office = knowledge.get(claim.office_id)
    variants = (office.get("variants") or {}) if office else {}
    if office is None or not variants:
        return None
    country = _country_of(knowledge, of_id)
    written = normalize_key(surface)
    own = list((variants.get(country) or {}).get(lang) or ())
    if any(normalize_key(form) == written for form in own):
        return None
    if own:
        return language(lang).roles.office_name(own, own, surface)
    if any(normalize_key(form) == written for forms in variants.values() for form in forms.get(lang) or ()):
        return office_text(knowledge, claim.office_id, person, surface, lang)
    return None


def _describe_roles(knowledge: KnowledgeBase, roles: tuple[Role, ...], lang: str) -> str:
    words = language(lang).roles
    parts = []
    for role in roles:
        office = knowledge.get(role.office)
        of = knowledge.get(role.of)
        office_name = office.label(lang) if office else role.office
        of_name = of.label(lang) if of else role.of
        until = _when(role.end, role.end_exact) if role.end else words.UNTIL_NOW
        parts.append(f"{office_name} ({of_name}{words.COMMA}{_when(role.start, role.start_exact)} – {until})")
    return words.SEMICOLON.join(dict.fromkeys(parts))


def _current_roles(roles: tuple[Role, ...], date: dt.date | None) -> tuple[Role, ...]:
    """The roles held on the article's date, or all of them when none (or no date) settles it."""
    held = tuple(role for role in roles if date is not None and role.held_on(date))
    return held or roles


def _when(day: dt.date, exact: bool) -> str:
    """A role's date as the knowledge gives it: a year alone stays a year."""
    return day.isoformat() if exact else str(day.year)


def _explain_mismatch(lang: str, person: str, title: str, held: str) -> str:
    return language(lang).explanations.TITLE_MISMATCH.format(title=title, person=person, held=held)


# -- out-of-tenure -----------------------------------------------------------------------------------------

def _period_context(analysis: Analysis, claim: TitleClaim, fits: list[Role]) -> bool:
    """True when the sentence itself is set in the role's time ("then", «آنذاك», a year of the tenure)."""
    sentence = analysis.sentence_of(claim.person.start)
    text = analysis.text[sentence.start:sentence.end]
    date = analysis.date
    # a then-word sets the sentence in the past: never in a term first held after the article's date ("Biden
    # then traveled to Poland, where he held talks with Polish President Karol Nawrocki" in 2022)
    later_only = bool(fits) and date is not None and all(r.began_after(date + _CAPTION_DAYS) for r in fits)
    if not later_only and _then_words(generation()).search(text.lower()):
        return True
    # A date written in full is read to the day ("on June 1, 2022": not the tenure that began in December
    # 2022); its year then says no more.
    for year, month, day, start, end in language(analysis.lang).roles.full_dates(text):
        try:
            named = dt.date(year, month, day)
        except ValueError:
            continue
        if any(r.held_on(named) is not False for r in fits):
            return True
        text = text[:start] + " " * (end - start) + text[end:]
    relative = _frame_words(analysis.lang, generation()).relative
    claim_start = min(claim.title.start, claim.person.start) - sentence.start
    claim_end = max(claim.title.end, claim.person.end) - sentence.start
    for match in _YEAR.finditer(text):
        marks = [m.end() for m in _CLAUSE_MARKS.finditer(text, 0, match.start())]
        clause_start = marks[-1] if marks else 0
        clause_end = m.start() if (m := _CLAUSE_MARKS.search(text, match.end())) else len(text)
        if not clause_start <= claim_start < claim_end <= clause_end and \
                relative.search(text, clause_start, match.start()):
            continue  # the time of a noun another clause describes («أسفارهم التي كانت مقررة في عام 2021»)
        year = int(match.group())
        if any(r.start.year <= year <= (r.end.year if r.end else 9999) for r in fits):
            return True
    return False


@frozen
class _FrameWords:
    """One language's words for the time frame of a claim (checker/lang/*/roles.py), compiled."""

    hypothetical: re.Pattern[str]
    current: re.Pattern[str]
    death: re.Pattern[str]
    end_of_term: re.Pattern[str]
    speaker_label: re.Pattern[str] | None
    gallery_label: re.Pattern[str] | None
    photo_credit: re.Pattern[str] | None
    picture: re.Pattern[str]
    relative: re.Pattern[str]
    first_person: re.Pattern[str] | None
    source: Any


@cache
def _frame_words(lang: str, generation: int) -> _FrameWords:
    source = language(lang).roles
    label = re.compile(source.SPEAKER_LABEL) if source.SPEAKER_LABEL else None
    gallery = re.compile(source.GALLERY_LABEL) if source.GALLERY_LABEL else None
    first_person = re.compile(source.FIRST_PERSON) if source.FIRST_PERSON else None
    return _FrameWords(re.compile(source.HYPOTHETICAL_WORDS, re.IGNORECASE),
                       re.compile(source.CURRENT_WORDS, re.IGNORECASE), re.compile(source.DEATH_WORDS, re.IGNORECASE),
                       re.compile(source.END_OF_TERM_WORDS, re.IGNORECASE), label, gallery,
                       re.compile(source.PHOTO_CREDIT) if source.PHOTO_CREDIT else None,
                       re.compile(source.PICTURE_WORDS, re.IGNORECASE),
                       re.compile(source.RELATIVE_WORDS), first_person, source)


# A clause ends at these marks: a frame word beyond them belongs to another clause.
_CLAUSE_MARKS = lazy_compile(r"[,،;؛:()\u2013\u2014]")
# How many paragraphs back a transcript's speaker label still holds ("Kennedy: ..." then his answer's
# paragraphs), and how many labels make a transcript (one label alone is a headline: "Lavrov: ...").
_TRANSCRIPT_PARAGRAPHS = 6
# A quotation closed within the sentence (any language's marks).
_QUOTATION = lazy_compile(r"\"[^\"]*\"|\u201c[^\u201d]*\u201d|\u00ab[^\u00bb]*\u00bb")
_TRANSCRIPT_LABELS = 2


def _quoted(analysis: Analysis, offset: int, params: Mapping[str, Any], pictures: bool = True) -> bool:
    """True when `offset` lies in a quotation opened earlier in its paragraph (closed or not: a quotation
    going on into the next paragraph is left open), in a paragraph that opens with a speaker's label
    ("Kennedy: ...") or follows one in a transcript (`transcript_labels` labels or more in the
    `transcript_paragraphs` paragraphs above: one label alone is a headline, "Lavrov: ..."), or in a sentence in
    the first person: a title there is the speaker's word, not the writer's. With `pictures`, a picture's
    caption that names no time of the article is so too: of the picture's own day."""
    text = analysis.text
    paragraph = text.rfind("\n", 0, offset) + 1
    before = text[paragraph:offset]
    sentence = analysis.sentence_of(offset)
    # the sentence's own marks too: a quotation that nests another ("... "السيستم".") leaves the paragraph's
    # count even while a later one is open
    if open_quotation(before) or open_quotation(text[max(paragraph, sentence.start):offset]):
        return True
    words = _frame_words(analysis.lang, generation())
    if words.first_person and words.first_person.search(_QUOTATION.sub(" ", text[sentence.start:sentence.end])):
        return True  # the writer's own words in the first person, not a quotation's
    own = text[sentence.start:sentence.end]
    if pictures and ((words.gallery_label is not None and words.gallery_label.match(before)) or
                     words.picture.search(own) or (words.photo_credit is not None and
                                                   words.photo_credit.match(text, sentence.end))):
        # a gallery's or a photo's caption, a video showing the person: of the picture's own day, judged only
        # against a time it names, or a day of the article's week ("... in Manama on Tuesday. Israeli
        # GPO/Anadolu/Getty Images") unless its paragraph names days of another time (a gallery of 2019 in 2022)
        if _names_a_time(analysis, own):
            return False
        end = text.find("\n", offset)
        return not words.current.search(own) or _names_another_time(analysis, text[paragraph:len(text) if end < 0
                                                                                    else end])
    if words.speaker_label is None:
        return False
    if words.speaker_label.match(before) and not (words.gallery_label and words.gallery_label.match(before)):
        return True
    labels, start = 0, paragraph
    for _ in range(int(params["transcript_paragraphs"])):
        if start <= 0:
            break
        start = text.rfind("\n", 0, start - 1) + 1
        # a gallery's captions ("Photos: Russia invades Ukraine ...") are no transcript's speakers
        labels += bool(words.speaker_label.match(text, start)) and not (
            words.gallery_label is not None and words.gallery_label.match(text, start))
    return labels >= params["transcript_labels"]


def _names_a_time(analysis: Analysis, text: str) -> bool:
    """True when the words name a time of their own: a year, a day or a month."""
    source = _frame_words(analysis.lang, generation()).source
    return bool(_YEAR.search(text) or source.month_days(text) or source.months_named(text))


# How far from the article's date a day named in a gallery's paragraph may be and still be the article's time.
_GALLERY_DAYS = dt.timedelta(days=14)


def _names_another_time(analysis: Analysis, text: str) -> bool:
    """True when the words name a year other than the article's, or a day (without a year) more than
    `_GALLERY_DAYS` from the article's date at its latest occurrence up to it."""
    date = analysis.date
    if date is None:
        return True
    if any(int(year) != date.year for year in _YEAR.findall(text)):
        return True
    for month, day in _frame_words(analysis.lang, generation()).source.month_days(text):
        for year in (date.year, date.year - 1):
            try:
                named = dt.date(year, month, day)
            except ValueError:
                break
            if named <= date + _CAPTION_DAYS:
                if date - named > _GALLERY_DAYS:
                    return True
                break
    return False


def _frame_text(analysis: Analysis, claim: TitleClaim) -> tuple[str, str]:
    """The clause holding the claim (the sentence cut at commas, colons, dashes) and the words the title's
    frame is read from in the sentence: those before it since the last verb of saying or "that", and those
    after the name up to the next one ("Netanyahu said the war would go on" says nothing of his time)."""
    sentence = analysis.sentence_of(claim.person.start)
    text = analysis.text
    first, last = min(claim.title.start, claim.person.start), max(claim.title.end, claim.person.end)
    clause_start, clause_end = _clause_bounds(analysis, first, last)
    source = _frame_words(analysis.lang, generation()).source
    cuts = source.REPORTING_VERBS | source.CLAUSE_OPENERS
    after = text[last:clause_end].split()
    clause = text[clause_start:first] + " " + " ".join(after[:_first_cut(after, cuts)])
    before = text[sentence.start:first].split()
    since = max((i + 1 for i, word in enumerate(before) if _bare(word) in cuts), default=0)
    after_all = text[last:sentence.end].split()
    return clause, " ".join(before[since:] + after_all[:_first_cut(after_all, cuts)])


def _bare(word: str) -> str:
    """A word lowercased without the punctuation and quotation marks around it."""
    return word.lower().strip(".,;:!?\"'”’")


def _first_cut(words: list[str], cuts: frozenset[str] | set[str]) -> int:
    """The index of the first of `words` that is one of `cuts`, or their number."""
    return next((i for i, word in enumerate(words) if _bare(word) in cuts), len(words))


_CAPTION_DAYS = dt.timedelta(days=7)


def _clause_bounds(analysis: Analysis, first: int, last: int) -> tuple[int, int]:
    """The clause around [first, last): its sentence cut at the clause marks before and after."""
    sentence = analysis.sentence_of(first)
    marks_before = [m.end() for m in _CLAUSE_MARKS.finditer(analysis.text, sentence.start, first)]
    after_mark = _CLAUSE_MARKS.search(analysis.text, last, sentence.end)
    return (marks_before[-1] if marks_before else sentence.start), (after_mark.start() if after_mark else sentence.end)


def _dated_in_tenure(analysis: Analysis, text: str, fits: list[Role], date: dt.date) -> bool:
    """True when the words name a day without a year ("July 7 - ...", «في 7 يوليو») on which, in the article's
    year or the one before, a fitting role was held: a timeline's entry, judged on its own day."""
    for month, day in _frame_words(analysis.lang, generation()).source.month_days(text):
        for year in (date.year, date.year - 1):
            try:
                day_named = dt.date(year, month, day)
            except ValueError:
                continue
            # a caption's day may come a few days after the article's ("after taking office on Tuesday, October 25")
            if day_named <= date + _CAPTION_DAYS and any(r.held_on(day_named) for r in fits):
                return True
    return False


# How long before a term (election to swearing-in) or after it a holder is still "new" or "outgoing".
_TRANSITION = dt.timedelta(days=120)


def _in_transition(role: Role, date: dt.date) -> bool:
    """True when the date falls in the weeks just before the role began or just after it ended."""
    return role.start - _TRANSITION <= date <= role.start + _TRANSITION or (
        role.end is not None and role.end - _TRANSITION <= date <= role.end + _TRANSITION)


def _unjudged_frame(analysis: Analysis, claim: TitleClaim, fits: list[Role], date: dt.date,
                    params: Mapping[str, Any]) -> bool:
    """True when the sentence does not claim the title for the article's date: the title is quoted speech;
    its clause speaks of a condition, the future or a candidacy ("President Trump will sign", «المرشح»);
    it names the holder between terms ("the UK's new prime minister" before she takes office); it is dated
    on a day of the tenure ("July 7 - ..."); or it tells a completed past event ("President Trump signed
    the CARES Act") of someone whose term ended and who holds no office on the date (an old title for
    someone now in another office still misleads)."""
    # A picture is never of a day after the article's (give or take the days a gallery is updated after its
    # date, `_CAPTION_DAYS`): a title first held after that is wrong in its caption too.
    later_only = bool(fits) and all(r.began_after(date + _CAPTION_DAYS) for r in fits)
    if _quoted(analysis, claim.title.start, params, pictures=not later_only):
        return True
    words = _frame_words(analysis.lang, generation())
    clause, frame = _frame_text(analysis, claim)
    if words.hypothetical.search(clause):
        return True
    source = words.source
    # "New Labor Prime Minister X": the two words before the title
    before_title = analysis.text[max(0, claim.title.start - 24):claim.title.start].split()[-2:]
    title_end = claim.person.start if claim.person.start > claim.title.end else claim.title.end
    title_words = before_title + analysis.text[claim.title.start:title_end].split()  # «... الجديد أنتوني بلينكن»
    if any(_bare(word) in source.TRANSITION_WORDS for word in title_words) and (
            not fits or any(_in_transition(r, date) for r in fits)):
        return True  # not "newly appointed British Prime Minister Keir Starmer" a year and a half before
    if before_title and before_title[-1].lower() in source.CAPACITY_WORDS and not later_only:
        return True  # "as vice president Biden pressured Ukraine" (a capacity of the past, not of a term to come)
    sentence = analysis.sentence_of(claim.person.start)
    if source.CAPTION_LABEL and re.match(source.CAPTION_LABEL, analysis.text[sentence.start:claim.title.start]):
        return True
    if _dated_in_tenure(analysis, frame, fits, date):
        return True
    ended = any(r.ended_before(date) for r in fits)  # a term of the past, even with another still to come
    if ended and words.end_of_term.search(frame):
        return True  # "Hamdok's resignation on Sunday", «إعفاءه من منصبه»: the title held until that event
    if ended and _heads_a_past_section(analysis, claim, date):
        return True
    if words.current.search(frame):
        return False
    if ended and _anchored_in_tenure(analysis, claim, fits, date):
        return True
    if fits and (year := _named_year(analysis, claim)) is not None and year < min(r.start.year for r in fits) - 1:
        return False  # "In 2018, US President Joe Biden visited Kyiv": the clause's own year, before any term
    in_office = any(r.held_on(date) for r in _person_roles(analysis.knowledge, claim))
    possessive = (bool(source.POSSESSIVES) and analysis.text.startswith(source.POSSESSIVES, claim.person.end)) or \
        bool(before_title and before_title[-1].strip(".,;:!?\"'”’«»،") in source.TERM_HEADS)
    if ended and not in_office and (possessive or source.narrative_past(source.words_of(frame))):
        return True
    if not ended:
        return False
    # the whole clause, its verb of saying included: "President Donald Trump declared a premature victory"
    clause_start, clause_end = _clause_bounds(analysis, min(claim.title.start, claim.person.start),
                                              max(claim.title.end, claim.person.end))
    clause_text = analysis.text[clause_start:clause_end]
    return not words.current.search(clause_text) and source.told_in_past(source.words_of(clause_text + " " + frame)) \
        and _article_knows_the_date(analysis, claim, fits, date)


# A section heading inside an article: a line of at most this many words, with no closing punctuation.
_HEADING_WORDS = 12


def _heads_a_past_section(analysis: Analysis, claim: TitleClaim, date: dt.date) -> bool:
    """True when the title is in a section heading inside the article (a short line without a closing mark, not
    the first line) over a section that opens in a year before the article's, told in the past where the
    language shows it: the heading names the role the section tells of ("Vice President Biden as 'last one in
    the room'" over "After the pair defeated McCain and Palin on Nov. 5, 2008, ...")."""
    text = analysis.text
    start = text.rfind("\n", 0, claim.title.start) + 1
    end = text.find("\n", claim.title.start)
    end = len(text) if end < 0 else end
    line = text[start:end].strip()
    if start == 0 or not line or len(line.split()) > _HEADING_WORDS or line[-1] in ".!?؟:;,،؛":
        return False
    following = next((m.start() for m in re.finditer(r"\S", text[end:end + 400])), None)
    if following is None:
        return False
    opening = analysis.sentence_of(end + following)
    said = text[opening.start:opening.end]
    words = _frame_words(analysis.lang, generation())
    source = words.source
    if words.current.search(said) or (source.ANCHOR_NEEDS_PAST and not source.told_in_past(source.words_of(said))):
        return False
    return any(int(year) < date.year for year in _YEAR.findall(said))


# How many sentences back in its paragraph a sentence without a time of its own takes its time from.
_ANCHOR_SENTENCES = 3


def _anchored_in_tenure(analysis: Analysis, claim: TitleClaim, fits: list[Role], date: dt.date) -> bool:
    """True when a sentence that names no time of its own continues a paragraph set in the tenure: the nearest
    sentence before it (in its paragraph, up to `_ANCHOR_SENTENCES` back) that names a time names one of the
    tenure: a then-word ("In recent years, ..."), a day ("on January 5") or a year in it. A word of the
    article's day there, or a time outside the tenure, sets the paragraph elsewhere. In a language whose past
    tense shows history (English), the sentence must be told in the past."""
    text = analysis.text
    sentence = analysis.sentence_of(claim.person.start)
    own = text[sentence.start:sentence.end]
    words = _frame_words(analysis.lang, generation())
    source = words.source
    if _YEAR.search(own) or source.month_days(own) or words.current.search(own):
        return False  # the sentence's own time decides ("said on Tuesday": the day of the saying)
    if source.ANCHOR_NEEDS_PAST and not source.told_in_past(source.words_of(own)):
        return False
    paragraph = text.rfind("\n", 0, sentence.start) + 1
    position = sentence.start
    for _ in range(_ANCHOR_SENTENCES):
        if position <= paragraph:
            return False
        before = analysis.sentence_of(position - 1)
        if before.start < paragraph or before.start >= position:
            return False
        said = text[before.start:before.end]
        position = before.start
        if words.current.search(said):
            return False
        # "former Republican lawmaker X" there is a person's status, not the paragraph's time
        then = any(not word.group().startswith("former") for word in _then_words(generation()).finditer(said.lower()))
        if then or _dated_in_tenure(analysis, said, fits, date) or \
                _month_in_tenure(source.months_named(said), fits, date):
            return True
        years = [int(year) for year in _YEAR.findall(said)]
        if years:
            return any(r.start.year <= year <= (r.end.year if r.end else 9999) for year in years for r in fits)
        if source.month_days(said) or source.months_named(said):
            return False
    return False


def _month_in_tenure(months: list[int], fits: list[Role], date: dt.date) -> bool:
    """True when a month named without a year ("in February") is, as its latest occurrence up to the article's
    month, one in which a fitting role was held for at least a day."""
    for month in months:
        year = date.year if month <= date.month else date.year - 1
        first = dt.date(year, month, 1)
        last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        if any(r.start <= last and (r.end is None or r.end >= first) for r in fits):
            return True
    return False


def _article_knows_the_date(analysis: Analysis, claim: TitleClaim, fits: list[Role], date: dt.date) -> bool:
    """True when the article shows elsewhere that it knows who held what on its date: it calls the person
    "former" in this office, gives the person a title held on the date, or names the office's holder on the
    date. A past title of the person in a sentence told in the past is then the period's title ("Early in the
    pandemic, President Donald Trump declared ..." beside "President Joe Biden last week ...")."""
    knowledge = analysis.knowledge
    countries = {_country_of(knowledge, r.of) for r in fits}
    for other in analysis.annotation("titled_persons"):
        if other.person.start == claim.person.start:
            continue
        if other.person_id == claim.person_id:
            if other.former and other.office_id == claim.office_id:
                return True
            if not other.former and any(role_fits(knowledge, r, other) and r.held_on(date)
                                        for r in _person_roles(knowledge, other)):
                return True
        elif not other.former and other.office_id == claim.office_id and any(
                role_fits(knowledge, r, other) and r.held_on(date) and _country_of(knowledge, r.of) in countries
                for r in _person_roles(knowledge, other)):
            return True  # the holder on the date of the same office of the same country
    return False


def out_of_tenure(rule: Rule, analysis: Analysis) -> Iterator[Finding]:
    """The person held this title, but not on the article's date; the fix adds "former" where it had ended, and
    the office's holder on the date is offered in place of the name where another held it."""
    date = analysis.date
    if date is None:
        return
    knowledge, lang = analysis.knowledge, analysis.lang
    max_years = rule.params["max_years_after_end"]
    for claim in analysis.annotation("titled_persons"):
        fits = [r for r in _person_roles(knowledge, claim) if role_fits(knowledge, r, claim)]
        if claim.former and not (fits and all(r.began_after(date) for r in fits)):
            # A past title ("former", "the resignation of President X") is one the person held before; one that
            # was still to begin on the date is wrong in any frame ("the resignation of British Prime
            # Minister Rishi Sunak" told in 2022 of his predecessor's).
            continue
        person = knowledge.get(claim.person_id)
        if fits and person is not None and person.died is not None and date > person.died:
            # Posthumous: the titles they held stay theirs ("the late President"); only acting now is wrong.
            if _acting_after_death(analysis, claim, fits, date, rule.params):
                yield _died_finding(rule, analysis, claim, person, person.died, date)
            continue
        if not fits or any(r.held_on(date) is not False for r in fits):
            continue
        if not any(r.began_after(date) for r in fits) and not _recently_ended(fits, date, max_years) and \
                not any(r.held_on(date) for r in _person_roles(knowledge, claim)):
            # "President Bush" in a story years later is history told with the title, not a slip; an old
            # title for someone now in another office ("Prime Minister Putin" in 2025) still misleads.
            continue
        if _period_context(analysis, claim, fits) or _unjudged_frame(analysis, claim, fits, date, rule.params):
            continue
        year = _named_year(analysis, claim)
        if year is not None and year < min(r.start.year for r in fits) - 1:
            # "In 2019, President Joe Biden ..." in 2026: wrong in the year the clause names, years before the
            # first term (the year before may be the election's), where "former" would be wrong too; when
            # someone else held the office that year, the name may be the wrong part: the finding covers both
            others = claim.of_id is not None and any(
                entity.id != claim.person_id and role.start.year <= year <= (role.end.year if role.end else 9999)
                for entity, role in _holders(knowledge, claim.office_id, claim.of_id))
            span = (min(claim.title.start, claim.person.start), max(claim.title.end, claim.person.end)) if others \
                else None
            yield _tenure_finding(rule, analysis, claim, person, fits, str(year), [],
                                  language(lang).explanations.OUT_OF_TENURE_YEAR, span)
            continue
        ended = [r for r in fits if r.ended_before(date)]
        start, end, former = claim.title.start, claim.title.end, _former_title(analysis, claim) if ended else None
        holder = _single_holder(knowledge, claim, date)
        fixes = [Fix(former)] if former else []
        if holder is not None and holder.id != claim.person_id:
            # The office had another holder on the date: the name may be the wrong part as much as the title
            # (a holder of another time), so the finding covers both, and both corrections are offered: "former"
            # (where the term had ended: the usual slip, so it stays first) and the holder's name.
            start, end = min(claim.title.start, claim.person.start), max(claim.title.end, claim.person.end)
            if former is not None:
                former = _text(analysis, start, claim.title.start) + former + _text(analysis, claim.title.end, end)
            fixes = _title_or_name(analysis, claim, former, False, holder, (start, end), name_may_lead=False)
        yield _tenure_finding(rule, analysis, claim, person, fits, date.isoformat(), fixes,
                              language(lang).explanations.OUT_OF_TENURE, (start, end))


def _tenure_finding(rule: Rule, analysis: Analysis, claim: TitleClaim, person: Entity | None, fits: list[Role],
                    when: str, fixes: list[Fix], template: str, span: tuple[int, int] | None = None) -> Finding:
    """The finding on `span` (default: the title), its first fix proposed and the others its alternatives."""
    lang = analysis.lang
    start, end = span or (claim.title.start, claim.title.end)
    title = _text(analysis, claim.title.start, claim.title.end)
    spans = language(lang).roles.COMMA.join(
        f"{_when(r.start, r.start_exact)} – {_when(r.end, r.end_exact) if r.end else '…'}" for r in fits)
    explanation = template.format(person=person.label(lang) if person else claim.person_id, title=title, spans=spans,
                                  date=when)
    return rule.finding(start, end, lang, explanation=explanation, fix=fixes[0] if fixes else None,
                        alternatives=tuple(fixes[1:]), person=_text(analysis, claim.person.start, claim.person.end),
                        title=title, date=when)


@cache
def _named_years(lang: str, generation: int) -> re.Pattern[str]:
    """A year named as a time ("in 2015", «عام 2015»), not a count ("2000 people")."""
    return re.compile(language(lang).roles.YEAR_BEFORE + r"(19[5-9]\d|20\d\d)(?!\d)")


# A short opening phrase of the sentence naming a year ("In 2019,", «في عام 2019،»): the frame of what follows.
_OPENING_WORDS = 4


def _named_year(analysis: Analysis, claim: TitleClaim) -> int | None:
    """The one year the claim's clause names (up to a clause it opens with "that": "announces he has determined
    that the military committed genocide in 2016" is not told of 2016), or the sentence's short opening phrase
    before it ("In 2019, President Joe Biden ..."); None when there is none or more than one."""
    first, last = min(claim.title.start, claim.person.start), max(claim.title.end, claim.person.end)
    start, end = _clause_bounds(analysis, first, last)
    openers = _frame_words(analysis.lang, generation()).source.CLAUSE_OPENERS
    opener = next((m.start() for m in re.finditer(r"\w+", analysis.text[last:end]) if m.group().lower() in openers),
                  None)
    end = last + opener if opener is not None else end
    named = _named_years(analysis.lang, generation())
    years = {int(m.group(1)) for m in named.finditer(analysis.text, start, end)}
    sentence = analysis.sentence_of(first)
    opening = _CLAUSE_MARKS.search(analysis.text, sentence.start, first)
    if opening is not None and len(analysis.text[sentence.start:opening.start()].split()) <= _OPENING_WORDS:
        years |= {int(m.group(1)) for m in named.finditer(analysis.text, sentence.start, opening.start())}
    return years.pop() if len(years) == 1 else None


def _acting_after_death(analysis: Analysis, claim: TitleClaim, fits: list[Role], date: dt.date,
                        params: Mapping[str, Any]) -> bool:
    """True when a sentence dated after the person's death tells them acting on the article's day: a verb of
    acting next to the title and name ("President Raisi said on Tuesday", «قال الرئيس الإيراني إبراهيم رئيسي
    اليوم») and a word of the day in its clause, with no word of the death, of the past or of a condition
    in the sentence, outside quoted speech."""
    if _quoted(analysis, claim.title.start, params) or _period_context(analysis, claim, fits):
        return False
    words = _frame_words(analysis.lang, generation())
    sentence = analysis.sentence_of(claim.person.start)
    text = analysis.text
    if words.death.search(text[sentence.start:sentence.end]) or words.hypothetical.search(
            _frame_text(analysis, claim)[0]):
        return False
    first, last = min(claim.title.start, claim.person.start), max(claim.title.end, claim.person.end)
    last += len(text[last:sentence.end]) - len(text[last:sentence.end].lstrip(" ,،"))  # past an apposition's comma
    clause_start, clause_end = _clause_bounds(analysis, first, last)
    if not words.current.search(text, clause_start, clause_end):
        return False
    strip = ".,;:!?\"'”’«»"
    before = [w.strip(strip) for w in text[sentence.start:first].split()[-1:]]
    after = [w.strip(strip).lower() for w in text[last:sentence.end].split()[:1]]
    return any(word in words.source.ACTING_VERBS for word in before + after)


def _died_finding(rule: Rule, analysis: Analysis, claim: TitleClaim, person: Entity, died: dt.date,
                  date: dt.date) -> Finding:
    """A dead person told as acting on the article's date: an error on the name, with no fix (the sentence,
    not the title, is wrong)."""
    lang = analysis.lang
    name = _text(analysis, claim.person.start, claim.person.end)
    explanation = language(lang).explanations.DIED.format(person=person.label(lang), died=died.isoformat(),
                                                          date=date.isoformat())
    return rule.finding(
        claim.person.start, claim.person.end, lang, explanation=explanation, severity=Severity.ERROR,
        person=name, title=_text(analysis, claim.title.start, claim.title.end), date=date.isoformat(),
    )


def _recently_ended(fits: list[Role], date: dt.date, max_years: float) -> bool:
    """The latest fitting role ended within `max_years` before the article's date."""
    ends = [r.end for r in fits if r.end is not None and r.ended_before(date)]
    return bool(ends) and (date - max(ends)).days <= max_years * 365.25


def _former_title(analysis: Analysis, claim: TitleClaim) -> str:
    """«… السابق» after an Arabic title; "former" before an English one ("Israel's former prime minister"),
    capitalised only at the start of a sentence."""
    title = _text(analysis, claim.title.start, claim.title.end)
    words = language(analysis.lang)
    cut = None
    if claim.qualifier and claim.qualifier.end <= claim.office.start and words.titles.POSSESSIVES and \
            analysis.text[claim.qualifier.end:claim.office.start].startswith(words.titles.POSSESSIVES):
        cut = claim.office.start - claim.title.start
    sentence = analysis.sentence_of(claim.title.start)
    at_start = not analysis.text[sentence.start:claim.title.start].strip(" \"'“‘«(")
    return words.roles.former_title(title, claim.feminine, cut, at_start)


# -- holder-mismatch ---------------------------------------------------------------------------------------

def holder_mismatch(rule: Rule, analysis: Analysis) -> Iterator[Finding]:
    """A title that names one holder on the article's date, given to someone who never held it."""
    date = analysis.date
    if date is None:
        return
    knowledge, lang = analysis.knowledge, analysis.lang
    for claim in analysis.annotation("titled_persons"):
        roles = _person_roles(knowledge, claim)
        if claim.former or claim.of_id is None or not roles or any(role_fits(knowledge, r, claim) for r in roles):
            continue
        holder = _single_holder(knowledge, claim, date)
        if holder is None or holder.id == claim.person_id:
            continue
        name = holder.preferred(lang) or holder.label(lang)
        title = _text(analysis, claim.title.start, claim.title.end)
        yield rule.finding(
            claim.person.start, claim.person.end, lang,
            explanation=_explain_holder(lang, title, name, date),
            fix=Fix(name, "unsafe"),
            reason_key=_claim_reason(claim),
            person=_text(analysis, claim.person.start, claim.person.end), title=title, holder=name,
            date=date.isoformat(),
        )
    yield from _unknown_holders(rule, analysis, date)


def _unknown_holders(rule: Rule, analysis: Analysis, date: dt.date) -> Iterator[Finding]:
    """A single-holder title given to a name the knowledge does not know ("Egyptian President Ahmed Mansour"
    in 2024), where the holder on the date is certain and the name shares no word with any name of anyone
    who held that office there (a spelling the knowledge lacks is not another person): an error on the
    name, the holder's name its (unsafe) fix."""
    from checker.annotate.titles import find_unknown_holders

    knowledge, lang = analysis.knowledge, analysis.lang
    for claim in find_unknown_holders(analysis):
        holder = _single_holder(knowledge, claim, date)
        if holder is None or _known_spelling(knowledge, claim, _text(analysis, claim.person.start, claim.person.end)):
            continue
        if _period_context(analysis, claim, []) or _unjudged_frame(analysis, claim, [], date, _FRAME_DEFAULTS) or \
                _of_another_time(analysis, claim, date):
            continue
        name, title = holder.preferred(lang) or holder.label(lang), _text(analysis, claim.title.start, claim.title.end)
        yield rule.finding(
            claim.person.start, claim.person.end, lang, explanation=_explain_holder(lang, title, name, date),
            fix=Fix(name, "unsafe"), severity=Severity.ERROR, reason_key=_claim_reason(claim),
            person=_text(analysis, claim.person.start, claim.person.end), title=title, holder=name,
            date=date.isoformat(),
        )


def _of_another_time(analysis: Analysis, claim: TitleClaim, date: dt.date) -> bool:
    """True unless the sentence is told of the article's day: when it names a year other than the article's
    ("US President Richard Nixon ... in July 1970"), a death ("Thailand's King Bhumibol Adulyadej, who
    died"), or no day: a holder of the past, unknown to the knowledge, is not a wrong holder of today."""
    sentence = analysis.sentence_of(claim.person.start)
    text = analysis.text[sentence.start:sentence.end]
    words = _frame_words(analysis.lang, generation())
    if any(int(year) != date.year for year in _YEAR.findall(text)) or words.death.search(text):
        return True
    # Holders of the past are many and the knowledge names few of them ("US President Ronald Reagan", "British
    # Prime Minister Winston Churchill", measured on realtimeqa): only a sentence told of the article's day
    # ("said on Tuesday") is judged, and only with the office's name used for that country ("India's Foreign
    # Secretary" is a civil servant: the form is the UK's foreign minister).
    office = analysis.knowledge.get(claim.office_id)
    written = normalize_key(_text(analysis, claim.office.start, claim.office.end))
    others = [form for country, forms in ((office.get("variants") or {}) if office else {}).items()
              if country != claim.of_id for form in forms.get(analysis.lang) or ()]
    return not words.current.search(text) or any(normalize_key(form) == written for form in others)


# The out-of-tenure rule's defaults for reading quoted speech, used where another rule reads a frame.
_FRAME_DEFAULTS = {"transcript_paragraphs": 6, "transcript_labels": 2}
_NAME_WORD = lazy_compile(r"\w{3,}")


def _known_spelling(knowledge: KnowledgeBase, claim: TitleClaim, written: str) -> bool:
    """True when the name shares a word with a name of anyone who held the claimed office of that country."""
    words = {_plain(w) for w in _NAME_WORD.findall(written)}
    for entity, _ in _holders(knowledge, claim.office_id, claim.of_id or ""):
        for names in (*entity.names.values(), *entity.short.values()):
            if any(words & {_plain(w) for w in _NAME_WORD.findall(name)} for name in names):
                return True
    return False


def _plain(word: str) -> str:
    """A name's word without case or accents ("Piñera" is "pinera")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c))


def _single_holder(knowledge: KnowledgeBase, claim: TitleClaim, date: dt.date | None) -> Entity | None:
    """The one person the knowledge says held the claimed office on `date`, if exactly one did and the date is
    within what the knowledge has verified."""
    if date is None or claim.of_id is None:
        return None
    holders = {entity.id: entity for entity, role in _holders(knowledge, claim.office_id, claim.of_id)
               if role.held_on(date) is True}
    holder = next(iter(holders.values())) if len(holders) == 1 else None
    if holder is not None and holder.verified is not None and date > holder.verified:
        return None  # after the knowledge was last verified, the office may have changed hands
    return holder


def _claim_reason(claim: TitleClaim) -> str:
    """Title-mismatch and holder-mismatch are two readings of one error (wrong title, or wrong person):
    one reason, so one finding comes out — the title-mismatch, whose explanation names the holder too.
    Applying both fixes would corrupt the sentence ("Russian Foreign Ministry spokeswoman Dmitry Peskov")."""
    return f"roles/title-claim@{claim.person.start}:{claim.title.start}"


def _explain_holder(lang: str, title: str, holder: str, date: dt.date) -> str:
    return language(lang).explanations.HOLDER_MISMATCH.format(date=date.isoformat(), title=title, holder=holder)


def knowledge_indexes(rules: Iterable[Rule]) -> dict[str, Callable[[KnowledgeBase], object]]:
    """The indexes of the knowledge alone that this module asks `KnowledgeBase.derived` for, by name: the
    compiled pack cache holds them built (`checker.compiled_packs`), so a run does not build them again."""
    return {"roles-by-office": _roles_by_office, "offices-by-country": _offices_by_country}

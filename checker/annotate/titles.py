"""Title claims: a person named next to an office title («وزير الخارجية الروسي سيرغي لافروف», "Dmitry Peskov,
the Kremlin spokesman", "Russia's foreign minister Sergey Lavrov").

A title is an office mention (an `office/...` entity name) plus, optionally, what the office is of: a
country (demonym «الروسي» / "Russian", a name «رئيس وزراء إسرائيل» / "Russia's" / "of Russia"), an institution
or organisation («المتحدث باسم الكرملين», "spokeswoman for the Russian Foreign Ministry"), and "former" /
«السابق». The person is the unambiguous person mention right after the title (optionally after a comma), or,
failing that, right before it with a comma between («ديمتري بيسكوف، المتحدث باسم الكرملين»).

The annotator only reads the mentions the matcher found; it is deliberately strict about what may stand
between the parts (a few filler words, a comma), because a wrong pairing becomes a false alarm: «نائب وزير
الخارجية», "adviser to the president", "President-elect" and «المتحدث باسم الرئيس الروسي» never give a claim.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from checker.models import Span
from checker.text.normalize import fold_word

if TYPE_CHECKING:
    from checker.analysis import Analysis
    from checker.annotate.mentions import Mention
    from checker.packs.model import KnowledgeBase

# Words that make the office mention part of another title or a non-holder: "deputy foreign minister",
# «نائب وزير الخارجية», «المتحدث باسم الرئيس», "President-elect". Folded, without clitics.
_BLOCKERS_BEFORE = {
    "en": frozenset("""deputy vice assistant adviser advisor aide aides acting interim caretaker under special
        wife husband son daughter spokesman spokeswoman spokesperson office chief envoy candidate nominee
        post position role job elect incoming designate would-be shadow rival challenger opposition
        presidential former-""".split()),
    "ar": frozenset(fold_word(w) for w in """نائب نائبة نواب مساعد مساعدة مستشار مستشارة مبعوث مبعوثة ممثل
        ممثلة متحدث متحدثة ناطق ناطقة باسم منصب مكتب ديوان زوجة زوج عقيلة حرم نجل ابن ابنة كريمة شقيق
        شقيقة مدير مديرة سكرتير سكرتيرة وكيل وكيلة حكومة طائرة قصر مقر إدارة حزب موكب حراس مرشح مرشحة
        معاون معاونة أمين منسق منسقة رئاسة مرشحي لدى""".split()),
}
_ARABIC_CLITICS = ("وال", "فال", "بال", "لل", "ال", "و", "ف", "ب", "ل")
# After the title, before the person: words that say the role is over (former) or not yet held (skip).
_FORMER_AFTER_AR = frozenset(fold_word(w) for w in (
    "السابق السابقة الأسبق الأسبقة المستقيل المستقيلة المقال المقالة آنذاك حينها حينذاك وقتها وقتذاك").split())
_NOT_HOLDER_AFTER_AR = frozenset(fold_word(w) for w in (
    "المنتخب المنتخبة المكلف المكلفة المعين المعينة المؤقت المؤقتة المقبل المقبلة المرتقب المرتقبة "
    "بالإنابة بالوكالة المرشح المرشحة").split())
_PLAIN_AFTER_AR = frozenset(fold_word(w) for w in "الحالي الحالية الجديد الجديدة".split())
_FORMER_BEFORE_EN = frozenset("former ex ex- then then- late onetime erstwhile death funeral".split())
# «بوفاة وزير الخارجية», "the death of": obituaries name the role a person is known for.
_FORMER_BEFORE_AR = frozenset(fold_word(w) for w in "الراحل الراحلة الفقيد الفقيدة المرحوم وفاة رحيل تأبين نعي".split())
# "a prime minister Gordon Brown will make": an indefinite article makes the office a description, not a title.
_NOT_HOLDER_BEFORE_EN = frozenset("""acting interim caretaker incoming designate future would-be next likely
    possible potential prospective aspiring a an""".split())
_PLAIN_BEFORE_EN = frozenset("current outgoing new longtime veteran".split())
_FILLERS_AR = frozenset(fold_word(w) for w in "الرسمي الرسمية باسم".split())

_SPACE = r"[ \t\u00a0\u200f\u200e]"
# Between the title and the person after it: nothing, or one comma.
_GAP_TO_PERSON_AFTER = re.compile(rf"^{_SPACE}*[,،]?{_SPACE}*\Z")
# Between the person and a title after it: a comma, and "the" in English.
_GAP_PERSON_BEFORE = re.compile(rf"^{_SPACE}*[,،]{_SPACE}*(?:the{_SPACE}+)?\Z", re.IGNORECASE)
_WORD = re.compile(r"[\w'’-]+", re.UNICODE)
_PLURAL_AR = frozenset(fold_word(w) for w in (
    "وزراء وزيرا وزيري رؤساء رئيسا رئيسي المتحدثون المتحدثين قادة زعماء ملوك سفراء").split())


@dataclass(frozen=True)
class TitleClaim:
    """One person given one title in the text."""

    person_id: str
    person: Span
    title: Span  # the office with its qualifier (and «السابق» / "former" when present)
    office_id: str
    office: Span
    of_id: str | None  # the country, institution or organisation the title names; None when it names none
    qualifier: Span | None
    qualifier_field: str  # demonyms | names | metonyms | "" (none)
    former: bool  # "former", "then", «السابق», «آنذاك»: the text itself places the role in the past
    feminine: bool
    plural: bool


@dataclass(frozen=True)
class _Title:
    office_id: str
    office: Span
    of_id: str | None
    qualifier: Span | None
    qualifier_field: str
    start: int
    end: int  # end of the title proper (office and qualifier)
    person_from: int  # where the person after it may start (past «السابق» and the like)
    former: bool
    plural: bool
    next_index: int  # the first mention after the title


def find_titled_persons(analysis: Analysis) -> tuple[TitleClaim, ...]:
    """Every (person, title) pair the text states, in text order."""
    mentions = analysis.mentions
    claims: list[TitleClaim] = []
    for index, mention in enumerate(mentions):
        office_id = _single_id(mention, "office/")
        if office_id is None or _blocked_before(analysis, mentions, index):
            continue
        title = _read_title(analysis, mentions, index, office_id)
        if title is None:
            continue
        claims.extend(_claims_for(analysis, mentions, title))
    return tuple(claims)


def _single_id(mention: Mention, prefix: str) -> str | None:
    """The one entity id of this mention when every ref has the prefix; None when mixed or ambiguous."""
    ids = mention.entity_ids
    if len(ids) != 1 or not ids[0].startswith(prefix):
        return None
    return ids[0]


def _strip_clitics(word: str) -> tuple[str, ...]:
    forms = [word]
    for clitic in _ARABIC_CLITICS:
        if word.startswith(clitic) and len(word) - len(clitic) >= 3:
            forms.append(word[len(clitic):])
    return tuple(forms)


def _words_before(text: str, position: int, count: int) -> list[str]:
    """Up to `count` words right before `position` on the same line, nearest last, folded."""
    line_start = text.rfind("\n", 0, position) + 1
    return [fold_word(w) for w in _WORD.findall(text[line_start:position])[-count:]]


def _blocked_before(analysis: Analysis, mentions: Sequence[Mention], index: int) -> bool:
    """True when the office is the complement of another title ("deputy", «نائب», «المتحدث باسم»)."""
    text, lang = analysis.text, analysis.lang
    mention = mentions[index]
    # An office or institution right before ("spokesman for the president", «المتحدث باسم الرئيس»).
    if index and mentions[index - 1].end <= mention.start:
        gap = text[mentions[index - 1].end:mention.start]
        previous = mentions[index - 1]
        if previous.refs_of_type("office/") and re.fullmatch(
                rf"{_SPACE}*(?:\w+{_SPACE}+)?(?:(?:of|for|to)\s+(?:the\s+)?|باسم{_SPACE}*)?", gap):
            return True
    words = _words_before(text, mention.start, 3)
    if lang == "en":
        meaningful = [w for w in words if w not in {"the", "of", "to", "for", "a", "an"}]
        if not meaningful:
            return False
        last = meaningful[-1]
        if last in _BLOCKERS_BEFORE["en"] or last.endswith("-elect"):
            return True
        # "adviser to the Russian foreign minister": the noun before "to the" plus a qualifier.
        return len(words) >= 2 and words[-1] == "the" and words[-2] in {"of", "to", "for"} and \
            len(meaningful) >= 2 and meaningful[-2] in _BLOCKERS_BEFORE["en"]
    if not words:
        return False
    last = words[-1]
    return (any(form in _BLOCKERS_BEFORE["ar"] for form in _strip_clitics(last))
            or text[mention.start - 1:mention.start] == "-")


def _qualifier_of(analysis: Analysis, mention: Mention) -> tuple[str, str] | None:
    """(entity id, field) when the mention names one country, institution or organisation; else None.
    An institution name wins over a country metonym («الكرملين» is both the Kremlin and Russia)."""
    institutions = {r.entity_id for r in mention.refs if r.entity_id.startswith(("institution/", "org/"))}
    countries = {r.entity_id for r in mention.refs if r.entity_id.startswith("country/")}
    others = {r.entity_id for r in mention.refs} - institutions - countries
    if others:
        return None
    if len(institutions) == 1:
        return next(iter(institutions)), "names"
    if not institutions and len(countries) == 1:
        fields = [r.field for r in mention.refs]
        field = "demonyms" if "demonyms" in fields else "names" if "names" in fields else fields[0]
        if field == "metonyms":
            institution = _institution_named(analysis.knowledge, mention)
            if institution:
                return institution, "names"
        return next(iter(countries)), field
    return None


def _institution_named(knowledge: KnowledgeBase, mention: Mention) -> str | None:
    """"the Kremlin" is a metonym of Russia and, without "the", the name of the institution; one wins."""
    keys = {_folded_name(r.surface).removeprefix("the ") for r in mention.refs}
    by_name = knowledge.derived("institutions-by-folded-name", _institutions_by_folded_name)
    found = {entity_id for key in keys for entity_id in by_name.get(key, ())}
    return next(iter(found)) if len(found) == 1 else None


def _folded_name(name: str) -> str:
    return fold_word(name.replace(" ", "_")).replace("_", " ")


def _institutions_by_folded_name(knowledge: KnowledgeBase) -> dict[str, set[str]]:
    index: dict[str, set[str]] = {}
    for entity in knowledge.of_type("institution"):
        for names in entity.names.values():
            for name in names:
                index.setdefault(_folded_name(name), set()).add(entity.id)
    return index


def _institution_of_country(analysis: Analysis, institution: Mention, country: Mention) -> str | None:
    """A generic institution name right beside a country word, in either order («وزارة الخارجية» +
    «الروسية», "Russian" + "Foreign Ministry"): the one institution of that name in that country."""
    qualifier = _qualifier_of(analysis, country)
    if not qualifier or not qualifier[0].startswith("country/"):
        return None
    first, second = sorted((institution, country), key=lambda mention: mention.start)
    if not re.fullmatch(rf"{_SPACE}*", analysis.text[first.end:second.start]):
        return None
    return _merge_generic_institution(analysis.knowledge, institution, qualifier[0])


def _merge_generic_institution(knowledge: KnowledgeBase, mention: Mention, country_id: str) -> str | None:
    """«وزارة الخارجية» + «الروسية»: the one institution of that name that belongs to that country."""
    candidates = [r.entity_id for r in mention.refs if r.entity_id.startswith("institution/")]
    fitting = {c for c in candidates if (entity := knowledge.get(c)) and entity.get("country") == country_id}
    return next(iter(fitting)) if len(fitting) == 1 else None


def _is_plural(surface: str, lang: str) -> bool:
    first = surface.split()[0] if surface.split() else surface
    if lang == "en":
        return surface.lower().rstrip().endswith(("ministers", "presidents", "spokesmen", "spokespeople",
                                                  "secretaries", "leaders", "kings", "ambassadors"))
    return any(form in _PLURAL_AR for form in _strip_clitics(fold_word(first)))


def _is_feminine(surface: str, lang: str) -> bool:
    if lang == "en":
        return "woman" in surface.lower()
    first = fold_word(surface.split()[0]) if surface.split() else ""
    return first.endswith("ه")


def _read_title(analysis: Analysis, mentions: Sequence[Mention], index: int, office_id: str) -> _Title | None:
    return (_read_title_en if analysis.lang == "en" else _read_title_ar)(analysis, mentions, index, office_id)


def _read_title_ar(analysis: Analysis, mentions: Sequence[Mention], index: int, office_id: str) -> _Title | None:
    text = analysis.text
    office = mentions[index]
    start, end = office.start, office.end
    former = False
    words_before = _words_before(text, start, 1)
    if words_before and any(form in _FORMER_BEFORE_AR for form in _strip_clitics(words_before[-1])):
        former = True
    of_id, qualifier, field, next_index = None, None, "", index + 1
    if next_index < len(mentions):
        candidate = mentions[next_index]
        gap = text[end:candidate.start]
        # «الأمين العام للأمم المتحدة»: the preposition is written onto the name, outside the mention.
        gap = re.sub(r"(?<=\s)(?:ل|لل)$", "", gap)
        gap_words = [fold_word(w) for w in _WORD.findall(gap)]
        if "\n" not in gap and all(w in _FILLERS_AR for w in gap_words) and not re.search(r"[^\w\s]", gap):
            found = _qualifier_of(analysis, candidate)
            qualifier_end = candidate.end
            if found is None and next_index + 1 < len(mentions):
                # A generic institution name followed by a demonym: «باسم وزارة الخارجية الروسية».
                following = mentions[next_index + 1]
                merged = _institution_of_country(analysis, candidate, following)
                if merged:
                    found, qualifier_end, next_index = (merged, "names"), following.end, next_index + 1
            if found is not None:
                of_id, field = found
                qualifier = Span(candidate.start, qualifier_end)
                end = qualifier_end
                next_index += 1
            elif gap_words:
                return None  # «المتحدث باسم <something unknown>»: not a title we can read
    person_from, blocked = _skip_words_after_ar(text, end)
    if blocked:
        return None
    former = former or person_from > end and _has_former_after(text, end, person_from)
    return _Title(office_id, Span(office.start, office.end), of_id, qualifier, field, start, end, person_from,
                  former, _is_plural(text[office.start:office.end], "ar"), next_index)


def _skip_words_after_ar(text: str, position: int) -> tuple[int, bool]:
    """Past «السابق», «الحالي», «آنذاك» after the title; blocked by «المنتخب», «بالإنابة» and the like."""
    while True:
        match = re.match(rf"{_SPACE}*([\w]+)", text[position:])
        if not match:
            return position, False
        word = fold_word(match.group(1))
        if word in _NOT_HOLDER_AFTER_AR:
            return position, True
        if word not in _FORMER_AFTER_AR and word not in _PLAIN_AFTER_AR:
            return position, False
        position += match.end()


def _has_former_after(text: str, start: int, end: int) -> bool:
    return any(fold_word(w) in _FORMER_AFTER_AR for w in _WORD.findall(text[start:end]))


def _read_title_en(analysis: Analysis, mentions: Sequence[Mention], index: int, office_id: str) -> _Title | None:
    text = analysis.text
    office = mentions[index]
    start, end = office.start, office.end
    of_id, qualifier, field = None, None, ""
    former = False
    next_index = index + 1
    # Qualifier before: "Russian", "Russia's", "Kremlin", "Russian Foreign Ministry", "U.S." (+ "former").
    if index and "\n" not in text[mentions[index - 1].end:start]:
        previous = mentions[index - 1]
        gap = text[previous.end:start]
        match = re.fullmatch(rf"(?:['’]s)?{_SPACE}+((?:[\w-]+{_SPACE}+)?)", gap)
        between = match.group(1).strip().lower() if match else None
        if match and (not between or between in _FORMER_BEFORE_EN or between in _PLAIN_BEFORE_EN):
            found = _qualifier_of(analysis, previous)
            qualifier_start = previous.start
            if found is None and index >= 2:
                before = mentions[index - 2]
                merged = _institution_of_country(analysis, previous, before)
                if merged:
                    found, qualifier_start = (merged, "names"), before.start
            if found is not None:
                of_id, field = found
                qualifier = Span(qualifier_start, previous.end)
                start = qualifier_start
                former = between in _FORMER_BEFORE_EN
            elif between:
                return None
    # Qualifier after: "foreign minister of Russia", "spokeswoman for the Russian Foreign Ministry".
    if of_id is None and next_index < len(mentions):
        following = mentions[next_index]
        if re.fullmatch(rf"{_SPACE}+(?:of|for){_SPACE}+(?:the{_SPACE}+)?", text[end:following.start], re.IGNORECASE):
            found = _qualifier_of(analysis, following)
            qualifier_end = following.end
            if found is None and next_index + 1 < len(mentions):
                institution = mentions[next_index + 1]
                merged = _institution_of_country(analysis, institution, following)
                if merged:
                    found, qualifier_end, next_index = (merged, "names"), institution.end, next_index + 1
            if found is not None and text[following.end:following.end + 2] not in ("'s", "’s"):
                of_id, field = found
                qualifier = Span(following.start, qualifier_end)
                end = qualifier_end
                next_index += 1
    words = _words_before(text, start, 3)
    if words[-2:-1] in (["death"], ["funeral"]) and words[-1] in {"of", "for"}:
        former = True
    if words and words[-1] in _NOT_HOLDER_BEFORE_EN:
        return None
    if words and (words[-1] in _FORMER_BEFORE_EN or words[-1].startswith("ex-")):
        former = True
        start = start - len(text[:start]) + len(text[:start].rstrip()) - len(words[-1])
    return _Title(office_id, Span(office.start, office.end), of_id, qualifier, field, start, end, end, former,
                  _is_plural(text[office.start:office.end], "en"), next_index)


def _person_at(mention: Mention) -> str | None:
    return _single_id(mention, "person/")


def _claims_for(analysis: Analysis, mentions: Sequence[Mention], title: _Title) -> list[TitleClaim]:
    text = analysis.text
    feminine = _is_feminine(text[title.office.start:title.office.end], analysis.lang)

    def claim(person: Mention, person_id: str) -> TitleClaim:
        return TitleClaim(person_id, Span(person.start, person.end), Span(title.start, title.end), title.office_id,
                          title.office, title.of_id, title.qualifier, title.qualifier_field, title.former,
                          feminine, title.plural)

    if title.next_index < len(mentions):
        following = mentions[title.next_index]
        person_id = _person_at(following)
        gap = text[title.person_from:following.start]
        if person_id and _GAP_TO_PERSON_AFTER.match(gap) and (
                not re.search("[,،]", gap) or _comma_apposition(analysis, title, following)):
            if title.plural:
                return _plural_claims(analysis, mentions, title, claim)
            return [claim(following, person_id)]
    # The person before, with a comma: "Dmitry Peskov, the Kremlin spokesman," / «بيسكوف، المتحدث باسم الكرملين».
    office_index = next(i for i, m in enumerate(mentions) if m.start == title.office.start)
    first_index = office_index - (1 if title.qualifier and title.qualifier.start < title.office.start else 0)
    if title.qualifier and title.qualifier.start < title.office.start and first_index >= 1 and \
            mentions[first_index - 1].start >= title.qualifier.start:
        first_index -= 1
    if first_index < 1 or title.plural:
        return []
    previous = mentions[first_index - 1]
    person_id = _person_at(previous)
    title_start = title.start
    if analysis.lang == "en":
        title_start = _start_with_article(text, title_start)
    if not person_id or not _GAP_PERSON_BEFORE.match(text[previous.end:title_start]):
        return []
    if _in_list(text, previous.start) or not _title_closed(text, title.person_from):
        return []
    return [claim(previous, person_id)]


def _comma_apposition(analysis: Analysis, title: _Title, person: Mention) -> bool:
    """"the Russian foreign minister, Sergey Lavrov, said": a name set off by commas after a title is the
    title's holder only when the name is closed by a comma or the sentence end, and, in English, the title
    opens with "the" or a possessive; "...his second term as US President, Tony Blair has said" is not."""
    text = analysis.text
    if not re.match(rf"{_SPACE}*(?:[,،.:;؛]|$)", text[person.end:person.end + 3]):
        return False
    if analysis.lang != "en":
        return True
    possessive = title.qualifier is not None and text[title.qualifier.end:title.qualifier.end + 2] in ("'s", "’s")
    return possessive or _start_with_article(text, title.start) != title.start


def _plural_claims(analysis: Analysis, mentions: Sequence[Mention], title: _Title, claim) -> list[TitleClaim]:
    """«وزيرا الخارجية الروسي سيرغي لافروف والأمريكي ماركو روبيو»: each qualifier with the name after it.
    Without a qualifier per name ("foreign ministers Lavrov and Wang") nobody is told whose is which."""
    if title.qualifier is None or title.qualifier.start < title.office.start:
        return []
    text = analysis.text
    claims = [claim(mentions[title.next_index], _person_at(mentions[title.next_index]))]
    index = title.next_index + 1
    while index + 1 < len(mentions):
        qualifier, person = mentions[index], mentions[index + 1]
        found = _qualifier_of(analysis, qualifier)
        person_id = _person_at(person)
        gap = text[mentions[index - 1].end:qualifier.start]
        joined = re.fullmatch(rf"{_SPACE}*(?:و|and{_SPACE}+|[,،]{_SPACE}*)", gap)
        if not (found and person_id and joined and re.fullmatch(rf"{_SPACE}*", text[qualifier.end:person.start])):
            break
        claims.append(TitleClaim(person_id, Span(person.start, person.end), Span(qualifier.start, qualifier.end),
                                 title.office_id, title.office, found[0], Span(qualifier.start, qualifier.end),
                                 found[1], title.former, False, True))
        index += 2
    return claims


def _start_with_article(text: str, start: int) -> int:
    match = re.search(rf"the{_SPACE}+$", text[max(0, start - 8):start], re.IGNORECASE)
    return start - len(match.group()) if match else start


def _in_list(text: str, person_start: int) -> bool:
    """"Putin, Xi, the French president": the person before the comma is one item of a list."""
    before = text[max(0, person_start - 6):person_start]
    return bool(re.search(rf"(?:[,،]|\band){_SPACE}*$", before)) or bool(re.search(rf"(?:^|\s)و{_SPACE}*$", before))


def _title_closed(text: str, position: int) -> bool:
    """A title set after a name is an apposition only when punctuation closes it ("Peskov, the Kremlin
    spokesman, said"); in "...Condoleezza Rice, the prime minister said" the title is the next subject."""
    return bool(re.match(rf"{_SPACE}*(?:[,،.;:؛)»\"”]|\n|$)", text[position:position + 3]))

"""Attribution checks: a statement credited to the wrong speaker, or a report to a wrongly described outlet."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING

from checker.annotate.attributions import outlet_needs_cue
from checker.models import Finding, Fix
from checker.text.normalize import normalize_key

if TYPE_CHECKING:
    from checker.analysis import Analysis
    from checker.annotate.attributions import Attribution, Attributions, Speaker
    from checker.annotate.mentions import Mention
    from checker.packs.model import Entity, KnowledgeBase, Rule

# Descriptor nouns and the outlet types each may truthfully describe ("site" fits every outlet: all have one).
_AR_DESCRIPTORS = {"وكاله": "agency", "صحيفه": "newspaper", "جريده": "newspaper", "قناه": "tv",
                   "تلفزيون": "television", "اذاعه": "radio", "موقع": "website"}
_EN_DESCRIPTORS = {"agency": "agency", "wire": "agency", "newspaper": "newspaper", "paper": "newspaper",
                   "daily": "newspaper", "channel": "tv", "broadcaster": "tv", "television": "television",
                   "radio": "radio", "website": "website", "site": "website"}
# "Television" also fits agencies: Reuters TV and AP video are real («قال لتلفزيون رويترز»).
_FITS = {"agency": {"agency"}, "newspaper": {"newspaper", "website"}, "tv": {"tv", "radio"},
         "television": {"tv", "radio", "agency"},
         "radio": {"radio", "tv"}, "website": {"agency", "newspaper", "tv", "radio", "website"}}
_RIGHT_WORD = {"ar": {"agency": "وكالة", "newspaper": "صحيفة", "tv": "قناة", "radio": "إذاعة", "website": "موقع"},
               "en": {"agency": "agency", "newspaper": "newspaper", "tv": "channel", "radio": "radio",
                      "website": "website"}}
# Arabic: [clitic][ال]NOUN [انباء|الانباء|اخبار]? [«"]? right before the outlet's name.
_AR_DESCRIPTOR_BEFORE = re.compile(
    r"(?<!\w)(?:[وفبل]|وب|ول|فب|فل)?(?:ال|لل)?(?P<noun>وكاله|صحيفه|جريده|قناه|تلفزيون|اذاعه|موقع)"
    r"(?: (?:ال)?(?:انباء|اخبار))?(?P<demonym_slot> ال\w+(?:يه|ي))? ?[«\"]?$"
)
_EN_DESCRIPTOR_BEFORE = re.compile(
    r"\b(?P<noun>agency|wire|newspaper|paper|daily|channel|broadcaster|television|radio|website|site) ?[\"«]?$"
)
_EN_DESCRIPTOR_AFTER = re.compile(r"^[\"»]? (?:news )?(?P<noun>agency|newspaper|daily|channel|broadcaster|website)\b")
_NOUN_IN_NAME = re.compile(r"^(?:ال)?(?:وكاله|صحيفه|جريده|قناه|تلفزيون|اذاعه)(?!\w)|\b(?:agency|newspaper|news|"
                           r"television|radio|channel)$")
_SOURCE_LINE = re.compile(r"^[ \t]*(?:المصدر|مصدر الخبر|source)[ \t]*[:：][ \t]*(?P<name>[^\n]{2,80}?)[ \t]*$",
                          re.MULTILINE | re.IGNORECASE)


# -- issuer mismatch ---------------------------------------------------------------------------------------
def issuer_mismatch(rule: Rule, analysis: Analysis) -> Iterator[Finding]:
    """A statement referred back to ("this announcement came from Kyiv") as another country's."""
    attributions: Attributions = analysis.annotation("attributions")
    knowledge = analysis.knowledge
    for reference in attributions.back_references:
        statement, issuer = reference.statement, reference.issuer
        if statement is None or issuer is None or statement.speaker is None:
            continue
        said_by, credited = statement.speaker.country, issuer.country
        if statement.speaker.kind == "outlet" or not said_by or not credited or said_by == credited:
            continue
        found = analysis.text[issuer.start:issuer.end]
        right = _issuer_replacement(issuer, said_by, knowledge, analysis.lang, found)
        speaker_label = _speaker_label(statement.speaker, analysis)
        country = _label(knowledge, said_by, analysis.lang)
        yield rule.finding(
            issuer.start, issuer.end, analysis.lang,
            explanation=_issuer_explanation(analysis.lang, speaker_label, country, found),
            fix=Fix(right, "unsafe") if right else None,
            reason_key=f"attribution/issuer@{issuer.start}:{issuer.end}",
            found=found, speaker=speaker_label, country=country,
        )


def _issuer_replacement(issuer: Speaker, country_id: str, knowledge: KnowledgeBase, lang: str,
                        found: str) -> str | None:
    """The right country said the same way as the wrong one: capital for a capital, demonym for a demonym."""
    country = knowledge.get(country_id)
    if country is None:
        return None
    if issuer.kind == "institution":
        # A seat that stands for its government (the Kremlin, Downing Street) is answered with a capital.
        seat = knowledge.get(issuer.entity_id)
        if seat is None or not seat.get("metonym_of"):
            return None
    if issuer.field == "metonyms" or issuer.kind == "institution":
        capital = (country.get("capital") or {}).get(lang)
        if capital:
            return capital
        metonyms = (country.get("metonyms") or {}).get(lang) or ()
        return metonyms[0] if metonyms else None
    if issuer.field == "demonyms":
        key = normalize_key(found)
        for form in (country.get("demonyms") or {}).get(lang, ()):
            form_key = normalize_key(form)
            if form_key.startswith("ال") == key.startswith("ال") and form_key.endswith("ه") == key.endswith("ه"):
                return form
        return None
    return country.preferred(lang)


def _issuer_explanation(lang: str, speaker: str, country: str, found: str) -> str:
    if lang == "ar":
        return (f"التصريح المشار إليه صادر عن {speaker} ({country})، لا عن «{found}». إن كان المقصود جهة أخرى، "
                "فاذكر تصريحها صراحة.")
    return (f"The statement referred to was made by {speaker} ({country}), not by '{found}'. If another party "
            "is meant, quote its own statement.")


# -- outlet descriptor -------------------------------------------------------------------------------------
def outlet_descriptor(rule: Rule, analysis: Analysis) -> Iterator[Finding]:
    """An outlet called by the wrong type ("وكالة سكاي نيوز") or given the wrong country ("the American
    agency TASS"); silent where the name may mean several outlets of different types or countries."""
    norm = analysis.normalized
    knowledge = analysis.knowledge
    for mention in analysis.mentions:
        outlet = _outlet_of(mention, knowledge)
        if outlet is None:
            continue
        start, end = norm.to_normalized(mention.start), norm.to_normalized(mention.end)
        outlet_type = _known_type(outlet, knowledge)
        descriptor = _descriptor(norm.text, start, end, analysis.lang)
        surface = analysis.text[mention.start:mention.end]
        if descriptor is None and _NOUN_IN_NAME.search(norm.text[start:end]):
            descriptor = (start, start, "website")  # «وكالة الأناضول»: the name carries its own noun
        if descriptor is None or _article_dropped(outlet, surface) or (
                outlet_needs_cue(outlet, surface) and outlet_type not in _FITS[descriptor[2]]):
            # Without an outlet noun, «للسياسة الإيرانية» is politics; «جريدة عالم اليوم» and «كوريا تايمز»
            # drop the article of «العالم» / «التايمز» because they are other names; «وكالة الأنباء» is a phrase.
            continue
        if outlet_type and outlet_type not in _FITS[descriptor[2]]:
            d_start, d_end = norm.span_to_source(descriptor[0], descriptor[1])
            yield _descriptor_finding(rule, analysis, outlet, d_start, d_end, _RIGHT_WORD[analysis.lang][outlet_type])
        if outlet.get("ambiguous") or not outlet.get("country"):
            continue
        if analysis.lang == "ar" and _after_person_noun(norm.text, min(descriptor[0], start)):
            continue  # «مذيع قناة الجزيرة السوري»: the adjective may describe the presenter, not the channel
        demonym = _adjacent_demonym(analysis, mention, start, end, True)
        if demonym is None:
            continue
        d_mention, d_country = demonym
        allowed = {outlet.get("country"), *((outlet.get("extra") or {}).get("also_country") or ())}
        if d_country not in allowed:
            found = analysis.text[d_mention.start:d_mention.end]
            right = _matching_demonym(knowledge, outlet.get("country"), analysis.lang, found)
            yield _descriptor_finding(rule, analysis, outlet, d_mention.start, d_mention.end, right)


# Nouns that can head «… قناة X»: a person of the outlet («مذيع»), or a thing of it («موقع», «برنامج»); an
# adjective after the name may agree with that head, not with the outlet.
_PERSON_NOUNS = frozenset(normalize_key(word) for word in (
    "مذيع", "مذيعة", "مراسل", "مراسلة", "مدير", "مديرة", "رئيس", "رئيسة", "محرر", "محررة", "صحفي", "صحفية",
    "صحافي", "صحافية", "كاتب", "كاتبة", "مقدم", "مقدمة", "معلق", "معلقة", "موفد", "موفدة", "مصور", "مصورة",
    "تحرير", "مؤسس", "مالك", "محلل", "محللة", "ضيف", "ضيفة", "برنامج", "موقع", "حساب"))
_PREVIOUS_WORD = re.compile(r"(\w+)\W*$")


def _after_person_noun(normalized: str, start: int) -> bool:
    match = _PREVIOUS_WORD.search(normalized[max(0, start - 40):start])
    if not match:
        return False
    word = match.group(1)
    return word in _PERSON_NOUNS or (word[:1] in "ول" and word[1:] in _PERSON_NOUNS)


def _article_dropped(outlet: Entity, surface: str) -> bool:
    """An Arabic mention without the «ال» that every Arabic name of the outlet has."""
    names = [normalize_key(n) for n in outlet.names.get("ar", ())]
    key = normalize_key(surface)
    return not key.startswith("ال") and "ال" + key in names


def _outlet_of(mention: Mention, knowledge: KnowledgeBase) -> Entity | None:
    ids = mention.entity_ids
    if len(ids) != 1 or not ids[0].startswith("outlet/"):
        return None
    return knowledge.get(ids[0])


def _known_type(outlet: Entity, knowledge: KnowledgeBase) -> str | None:
    """The outlet's type; for a name several outlets share, the type only if all of them share it
    (every «سكاي نيوز» is a TV channel; not every «الوطن» is a newspaper)."""
    outlet_type = outlet.get("outlet_type")
    if not outlet.get("ambiguous"):
        return outlet_type
    namesake_types = knowledge.derived("outlet-namesake-types", _outlet_namesake_types).get(outlet.id, set())
    return outlet_type if namesake_types and namesake_types == {outlet_type} else None


def _outlet_namesake_types(knowledge: KnowledgeBase) -> dict[str, set[str | None]]:
    """For each ambiguous outlet name, the types of the other outlets whose longer names start with it."""
    by_prefix: dict[str, set[tuple[str, str | None]]] = {}
    outlets = knowledge.of_type("outlet")
    for outlet in outlets:
        for names in outlet.names.values():
            for name in names:
                words = normalize_key(name).split(" ")
                for cut in range(1, len(words)):
                    by_prefix.setdefault(" ".join(words[:cut]), set()).add((outlet.id, outlet.get("outlet_type")))
    return {
        outlet.id: {kind for names in outlet.names.values() for name in names
                    for other, kind in by_prefix.get(normalize_key(name), ()) if other != outlet.id}
        for outlet in outlets if outlet.get("ambiguous")
    }


def _descriptor(text: str, start: int, end: int, lang: str) -> tuple[int, int, str] | None:
    """The descriptor noun right before (or, in English, right after) an outlet name: (start, end, type)."""
    before = text[max(0, start - 40):start]
    if lang == "ar":
        match = _AR_DESCRIPTOR_BEFORE.search(before)
        if match and _demonym_slot_ok(match.group("demonym_slot")):
            offset = start - len(before)
            return offset + match.start("noun"), offset + match.end("noun"), _AR_DESCRIPTORS[match.group("noun")]
        return None
    match = _EN_DESCRIPTOR_BEFORE.search(before)
    if match:
        offset = start - len(before)
        return offset + match.start("noun"), offset + match.end("noun"), _EN_DESCRIPTORS[match.group("noun")]
    after = _EN_DESCRIPTOR_AFTER.match(text, end)
    if after:
        return after.start("noun"), after.end("noun"), _EN_DESCRIPTORS[after.group("noun")]
    return None


def _demonym_slot_ok(word: str | None) -> bool:
    # «وكالة الأنباء الروسية تاس»: one adjective may stand between the noun and the name; anything else
    # («صحيفة قالت إن رويترز») means the noun describes something else.
    return word is None or word.strip().startswith("ال")


def _adjacent_demonym(analysis: Analysis, mention: Mention, start: int, end: int,
                      described: bool) -> tuple[Mention, str] | None:
    """A country demonym right after the name (Arabic «رويترز البريطانية») or right before the descriptor
    (English "the American agency TASS", "Russian news agency TASS")."""
    norm = analysis.normalized
    for other in analysis.mentions:
        ids = other.entity_ids
        if len(ids) != 1 or not ids[0].startswith("country/") or "demonyms" not in other.fields:
            continue
        o_start, o_end = norm.to_normalized(other.start), norm.to_normalized(other.end)
        if analysis.lang == "ar":
            gap = norm.text[end:o_start]
            quoted = norm.text[max(0, start - 2):start].strip()[-1:] in ("«", '"')
            closing = r"[»\"] " if quoted else r"[»\"]? "  # «العالم الصيني»: the adjective is inside the name
            if o_start >= end and re.fullmatch(closing, gap) and norm.text[o_start:o_start + 2] == "ال":
                return other, ids[0]
        elif described and o_end <= start:
            gap = norm.text[o_end:start]
            if re.fullmatch(r" (?:(?:state|state-run|state-owned|official|news|private|daily|wire) ?)*"
                            r"(?:agency|wire|newspaper|paper|daily|channel|broadcaster|television|radio|website|site)"
                            r" [\"«]?", gap):
                return other, ids[0]
    return None


def _matching_demonym(knowledge: KnowledgeBase, country_id: str, lang: str, found: str) -> str | None:
    country = knowledge.get(country_id)
    if country is None:
        return None
    key = normalize_key(found)
    for form in (country.get("demonyms") or {}).get(lang, ()):
        form_key = normalize_key(form)
        if lang != "ar" or (form_key.startswith("ال") == key.startswith("ال")
                            and form_key.endswith("ه") == key.endswith("ه")):
            return form
    return None


def _descriptor_finding(rule: Rule, analysis: Analysis, outlet: Entity, start: int, end: int,
                        right: str | None) -> Finding:
    found = analysis.text[start:end]
    name = outlet.label(analysis.lang)
    kind = _RIGHT_WORD[analysis.lang].get(outlet.get("outlet_type"), "")
    country = _label(analysis.knowledge, outlet.get("country"), analysis.lang) if outlet.get("country") else ""
    if analysis.lang == "ar":
        explanation = f"«{name}» {kind}" + (f" مقرها {country}" if country else "") + f"؛ وصفها بـ«{found}» خطأ."
    else:
        article = "an" if kind[:1] in "aeiou" else "a"
        based = f" based in {country}" if country else ""
        explanation = f"{name} is {article} {kind}{based}; '{found}' is wrong."
    return rule.finding(start, end, analysis.lang, explanation=explanation,
                        fix=Fix(right, "safe") if right else None,
                        reason_key=f"attribution/outlet@{start}:{end}", found=found, outlet=name,
                        right=right or kind)


# -- quote speakers ----------------------------------------------------------------------------------------
def quote_speakers(rule: Rule, analysis: Analysis) -> Iterator[Finding]:
    """The same (or nearly the same) quotation credited to two different speakers in one article."""
    from rapidfuzz.fuzz import ratio

    min_words = int(rule.params.get("min_words", 5))
    min_ratio = float(rule.params.get("min_ratio", 90))
    statements = [s for s in analysis.annotation("attributions").statements
                  if s.quote and s.speaker is not None and s.speaker.kind != "outlet"
                  and len(s.quote.split()) >= min_words]
    flagged: set[int] = set()
    for index, first in enumerate(statements):
        for second in statements[index + 1:]:
            if second.content_start in flagged or not _different_speakers(first, second, analysis):
                continue
            if ratio(normalize_key(first.quote), normalize_key(second.quote)) < min_ratio:
                continue
            flagged.add(second.content_start)
            first_label = _speaker_label(first.speaker, analysis)
            second_label = _speaker_label(second.speaker, analysis)
            yield rule.finding(
                second.content_start, second.content_end, analysis.lang,
                explanation=_quote_explanation(analysis.lang, first_label, second_label),
                first=first_label, second=second_label,
            )


def _different_speakers(first: Attribution, second: Attribution, analysis: Analysis) -> bool:
    """Two speakers that cannot be one voice: two persons, or two parties of different countries; and
    neither sentence names the other speaker ("Peskov repeated Putin's words ...")."""
    a, b = first.speaker, second.speaker
    assert a is not None and b is not None
    if a.entity_id == b.entity_id:
        return False
    if not (a.kind == b.kind == "person" or (a.country and b.country and a.country != b.country)):
        return False
    for statement, other in ((first, b), (second, a)):
        span = analysis.sentences[statement.sentence] if analysis.sentences else None
        if span and any(other.entity_id in m.entity_ids for m in analysis.mentions
                        if span.start <= m.start and m.end <= span.end):
            return False
    return True


def _quote_explanation(lang: str, first: str, second: str) -> str:
    if lang == "ar":
        return f"الاقتباس نفسه منسوب في المقال إلى {first} ثم إلى {second}؛ أحد النسبين خطأ على الأرجح."
    return f"The same quotation is credited to {first} and later to {second}; one of the two is probably wrong."


# -- source line -------------------------------------------------------------------------------------------
def source_line(rule: Rule, analysis: Analysis) -> Iterator[Finding]:
    """The body credits outlet X while the declared source Y is named nowhere in the body (info)."""
    line = _SOURCE_LINE.search(analysis.text)
    declared = analysis.source or (line.group("name") if line else None)
    if not declared:
        return
    body_end = line.start() if line else len(analysis.text)
    declared_keys = _declared_keys(declared, analysis.knowledge)
    if not declared_keys:
        return
    body_key = normalize_key(analysis.text[:body_end])
    if any(re.search(rf"(?<!\w)(?:[وفبل]|ال|لل|وال|بال)?{re.escape(key)}(?!\w)", body_key) for key in declared_keys):
        return
    lead_sentences = int(rule.params.get("lead_sentences", 3))
    credits = [(statement, outlet) for statement in analysis.annotation("attributions").statements
               if (outlet := _credited_outlet(statement)) is not None and outlet.end <= body_end
               and not _is_interview(outlet, analysis.text)]
    times_credited = Counter(outlet.entity_id for _, outlet in credits)
    seen: set[str] = set()
    for statement, outlet in credits:
        # One credit deep in the body is ordinary sourcing ("..., the Financial Times reported"); a report
        # credited in the lead, or more than once, is what the article seems to be republished from.
        if outlet.entity_id in seen or (statement.sentence >= lead_sentences and times_credited[outlet.entity_id] < 2):
            continue
        entity = analysis.knowledge.get(outlet.entity_id)
        names = {normalize_key(n) for ns in entity.names.values() for n in ns} if entity else set()
        if names & declared_keys:
            continue
        seen.add(outlet.entity_id)
        found = analysis.text[outlet.start:outlet.end]
        yield rule.finding(outlet.start, outlet.end, analysis.lang, explanation=_source_explanation(
            analysis.lang, found, declared), found=found, declared=declared.strip())


_INTERVIEW_BEFORE_OUTLET = re.compile(r"(?:\btold|\bon|(?<!\w)(?:قال|قالت|صرح|صرحت|أكد|أكدت|اكد|اكدت|تحدث|تحدثت)"
                                      r"\s+(?:ل|في|على))\W*(?:the\s+)?\W*$", re.IGNORECASE)


def _is_interview(outlet: Speaker, text: str) -> bool:
    """"X told Reuters", "said on ZDF", «قال لوكالة رويترز»: the outlet interviewed or aired a speaker; it
    is not where the article's report comes from."""
    before = text[max(0, outlet.start - 30):outlet.start]
    if _INTERVIEW_BEFORE_OUTLET.search(before):
        return True
    # «لوكالة رويترز»: the preposition is a clitic on the outlet noun, right after a speech verb.
    return bool(re.search(r"(?<!\w)(?:قال|قالت|صرح|صرحت|أكد|أكدت|تحدث|تحدثت)\s+ل\w*\s*$", before))


def _credited_outlet(statement: Attribution) -> Speaker | None:
    if statement.reporter is not None:
        return statement.reporter
    if statement.speaker is not None and statement.speaker.kind == "outlet" and not statement.carried:
        return statement.speaker
    return None


def _declared_keys(declared: str, knowledge: KnowledgeBase) -> set[str]:
    """All names of the known outlet the declared source names; empty when it names no known outlet (a
    feed's id such as "aawsat" says nothing about which outlet the body should name)."""
    key = normalize_key(declared).strip(" «»\"'.")
    keys = {key, key[2:] if key.startswith("ال") and len(key) > 4 else key}
    names_of = knowledge.derived("outlet-names-by-key", _outlet_names_by_key)
    matched = [names_of[k] for k in keys if k in names_of]
    if not matched:
        return set()
    keys = keys.union(*matched)
    keys |= {k[2:] for k in keys if k.startswith("ال") and len(k) > 4}
    return {k for k in keys if k}


def _outlet_names_by_key(knowledge: KnowledgeBase) -> dict[str, frozenset[str]]:
    """Each normalised outlet name -> all normalised names of the outlets it names."""
    index: dict[str, set[str]] = {}
    for outlet in knowledge.of_type("outlet"):
        names = {normalize_key(n) for ns in outlet.names.values() for n in ns}
        for name in names:
            index.setdefault(name, set()).update(names)
    return {key: frozenset(value) for key, value in index.items()}


def _source_explanation(lang: str, found: str, declared: str) -> str:
    if lang == "ar":
        return (f"المصدر المعلن «{declared.strip()}» لا يرد في النص، والنص ينسب الخبر إلى «{found}». إعادة النشر "
                "أمر عادي؛ تحقق فقط من أن المصدر المعلن صحيح.")
    return (f"The declared source '{declared.strip()}' is not named in the body, which credits '{found}'. "
            "Republishing is normal; just make sure the declared source is right.")


# -- shared ------------------------------------------------------------------------------------------------
def _label(knowledge: KnowledgeBase, entity_id: str, lang: str) -> str:
    entity = knowledge.get(entity_id)
    return entity.label(lang) if entity else entity_id


def _speaker_label(speaker: Speaker, analysis: Analysis) -> str:
    if speaker.kind in ("person", "institution", "outlet"):
        return _label(analysis.knowledge, speaker.entity_id, analysis.lang)
    return analysis.text[speaker.start:speaker.end]

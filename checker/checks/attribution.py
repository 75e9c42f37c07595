"""Attribution checks: a statement credited to the wrong speaker, or a report to a wrongly described outlet."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from typing import TYPE_CHECKING

from checker.annotate.attributions import outlet_needs_cue
from checker.checks.consistency import spelling_key
from checker.frozen import frozen
from checker.lang import generation, language, languages_with
from checker.models import Finding, Fix
from checker.text.lazy_regex import lazy_compile
from checker.text.normalize import normalize_key

if TYPE_CHECKING:
    from checker.analysis import Analysis
    from checker.annotate.attributions import Attribution, Attributions, Speaker
    from checker.annotate.mentions import Mention
    from checker.packs.model import Entity, KnowledgeBase, Rule

# Outlet types each descriptor type may truthfully describe ("site" fits every outlet: all have one).
# "Television" also fits agencies: Reuters TV and AP video are real («قال لتلفزيون رويترز»).
_FITS = {"agency": {"agency"}, "newspaper": {"newspaper", "website"}, "tv": {"tv", "radio"},
         "television": {"tv", "radio", "agency"},
         "radio": {"radio", "tv"}, "website": {"agency", "newspaper", "tv", "radio", "website"}}


@frozen
class _Sourcing:
    """The outlet words of every language at once: a name, a source line or an interview in any language."""

    noun_in_name: re.Pattern[str]
    source_line: re.Pattern[str]
    name_clitics: str
    interview_before: re.Pattern[str]
    interview_clitic: tuple[re.Pattern[str], ...]
    articled_names: tuple[tuple[str, str], ...]  # (language, article) for names that carry an article


@cache
def _sourcing(generation: int) -> _Sourcing:
    codes = languages_with("outlets")
    words = [found.outlets for found in codes]
    labels = "|".join(label for w in words for label in w.SOURCE_LINE_LABELS)
    clitics = "|".join(w.NAME_CLITICS for w in words if w.NAME_CLITICS)
    interview = "|".join(w.INTERVIEW_BEFORE for w in words)
    articles = "|".join(found.titles.ARTICLE for found in languages_with("titles") if found.titles.ARTICLE)
    return _Sourcing(
        re.compile("|".join(w.NOUN_IN_NAME for w in words)),
        re.compile(rf"^[ \t]*(?:{labels})[ \t]*[:：][ \t]*(?P<name>[^\n]{{2,80}}?)[ \t]*$",
                   re.MULTILINE | re.IGNORECASE),
        rf"(?:{clitics})?" if clitics else "",
        re.compile(rf"(?:{interview})\W*(?:(?:{articles})\s+)?\W*$", re.IGNORECASE),
        tuple(w.INTERVIEW_CLITIC for w in words if w.INTERVIEW_CLITIC is not None),
        tuple((found.code, found.outlets.ARTICLE) for found in codes if found.outlets.ARTICLE),
    )


@cache
def _person_nouns(code: str, generation: int) -> frozenset[str]:
    return frozenset(normalize_key(word) for word in language(code).outlets.PERSON_NOUNS.split())


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
        if any(earlier.speaker is not None and earlier.speaker.country == credited
               for earlier in attributions.statements if earlier.cue_end <= reference.start):
            continue  # the credited government spoke earlier: the phrase may name that statement
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
        # A seat that stands for its government (the Kremlin, Downing Street) is answered with the speaker
        # country's seat, else its capital.
        seat = knowledge.get(issuer.entity_id)
        if seat is None or not seat.get("metonym_of"):
            return None
        seat_id = knowledge.derived("seats-by-country", _seats_by_country).get(country_id)
        own_seat = knowledge.get(seat_id) if seat_id else None
        names = own_seat.names.get(lang, ()) if own_seat else ()
        articled = found.lower().startswith("the ")
        for name in names:
            if name.lower().startswith("the ") == articled:
                return name
    if issuer.field == "metonyms" or issuer.kind == "institution":
        capital = (country.get("capital") or {}).get(lang)
        if capital:
            return capital
        metonyms = (country.get("metonyms") or {}).get(lang) or ()
        return metonyms[0] if metonyms else None
    if issuer.field == "demonyms":
        return _agreeing_demonym(country, lang, found)
    return country.preferred(lang)


def _seats_by_country(knowledge: KnowledgeBase) -> dict[str, str]:
    """The id of each country's seat of government that stands for it (institutions.yaml `metonym_of`)."""
    return {seat.get("metonym_of"): seat.id for seat in knowledge.of_type("institution") if seat.get("metonym_of")}


def _issuer_explanation(lang: str, speaker: str, country: str, found: str) -> str:
    return language(lang).explanations.ISSUER_MISMATCH.format(speaker=speaker, country=country, found=found)


# -- outlet descriptor -------------------------------------------------------------------------------------
def outlet_descriptor(rule: Rule, analysis: Analysis) -> Iterator[Finding]:
    """An outlet called by the wrong type ("وكالة سكاي نيوز") or given the wrong country ("the American
    agency TASS"); silent where the name may mean several outlets of different types or countries."""
    norm = analysis.normalized
    knowledge = analysis.knowledge
    demonyms: _DemonymIndex | None = None
    for mention in analysis.mentions:
        outlet = _outlet_of(mention, knowledge)
        if outlet is None:
            continue
        start, end = norm.to_normalized(mention.start), norm.to_normalized(mention.end)
        outlet_type = _known_type(outlet, knowledge)
        apposition = _apposition(analysis, end)
        if apposition is not None:
            # "Reuters, the British news agency,", «رويترز، وكالة الأنباء البريطانية،»: the descriptor and
            # its country follow the name; a name that is also a word is an outlet here.
            yield from _apposition_findings(rule, analysis, outlet, outlet_type, *apposition)
            continue
        descriptor = _descriptor(norm.text, start, end, analysis.lang)
        surface = analysis.text[mention.start:mention.end]
        if descriptor is None and _sourcing(generation()).noun_in_name.search(norm.text[start:end]):
            descriptor = (start, start, "website")  # «وكالة الأناضول»: the name carries its own noun
        if descriptor is None or _article_dropped(outlet, surface) or (
                outlet_needs_cue(outlet, surface) and not _type_fits(outlet, outlet_type, descriptor[2])
                and not _named_as_outlet(norm.text, descriptor, start, analysis.lang)):
            # Without an outlet noun, «للسياسة الإيرانية» is politics; «جريدة عالم اليوم» and «كوريا تايمز»
            # drop the article of «العالم» / «التايمز» because they are other names; «وكالة الأنباء» is a phrase.
            continue
        if outlet_type and not _type_fits(outlet, outlet_type, descriptor[2]):
            d_start, d_end = norm.span_to_source(descriptor[0], descriptor[1])
            right_word = language(analysis.lang).outlets.RIGHT_WORD[outlet_type]
            yield _descriptor_finding(rule, analysis, outlet, d_start, d_end, right_word)
        if outlet.get("ambiguous") or not outlet.get("country"):
            continue
        if _after_person_noun(analysis.lang, norm.text, min(descriptor[0], start)):
            continue  # «مذيع قناة الجزيرة السوري»: the adjective may describe the presenter, not the channel
        demonyms = demonyms if demonyms is not None else _DemonymIndex(analysis)
        demonym = demonyms.adjacent(start, end)
        if demonym is None:
            continue
        d_mention, d_country = demonym
        allowed = {outlet.get("country"), *outlet.get("also_country", ())}
        if d_country not in allowed:
            found = analysis.text[d_mention.start:d_mention.end]
            right = _matching_demonym(knowledge, outlet.get("country"), analysis.lang, found)
            yield _descriptor_finding(rule, analysis, outlet, d_mention.start, d_mention.end, right)


def _named_as_outlet(text: str, descriptor: tuple[int, int, str], start: int, lang: str) -> bool:
    """A name that is also a word is an outlet's, whatever noun stands before it, when the noun is a state or
    public one ("China's state newspaper CCTV"). Not a quoted name after the noun: Arabic news quotes the
    names of namesakes («جريدة «الجزيرة»», the Saudi daily; «وكالة أنباء "الشرق الأوسط"», Egypt's agency)."""
    noun_start, noun_end, _ = descriptor
    qualifier = language(lang).outlets.OUTLET_QUALIFIER
    return qualifier is not None and noun_end <= start and \
        qualifier.search(text, max(0, noun_start - 30), noun_start) is not None


def _type_fits(outlet: Entity, outlet_type: str | None, descriptor_type: str) -> bool:
    """A descriptor that fits any of the outlet's types (`outlet_type` and `also_type`: Bloomberg is an agency
    and a channel) is right."""
    types = {outlet_type, *(outlet.get("also_type") or ())}
    return bool(types & _FITS[descriptor_type])


def _apposition(analysis: Analysis, end: int) -> tuple[int, int, str, Mention | None, str | None] | None:
    """The descriptor set off by commas right after an outlet's name (normalised offset `end`): (noun start,
    noun end, its type, the country mention inside the apposition or None, that country)."""
    norm = analysis.normalized
    words = language(analysis.lang).outlets
    if words.APPOSITION is None:
        return None
    match = words.APPOSITION.match(norm.text, end)
    if match is None:
        return None
    noun_start, noun_end = norm.span_to_source(match.start("noun"), match.end("noun"))
    span_start, span_end = norm.span_to_source(match.start(), match.end())
    country: tuple[Mention, str] | None = None
    covered = []
    head_start, head_end = norm.span_to_source(match.start("head"), match.end("head"))
    for mention in analysis.mentions_within(span_start, span_end):
        if mention.start < head_end and head_start < mention.end:
            continue
        countries = [i for i in mention.entity_ids if i.startswith("country/")]
        if len(countries) != 1 or not mention.fields & {"demonyms", "metonyms"} or country is not None:
            return None  # "CNN, the Guardian newspaper, ...": a list of names, not an apposition
        country = (mention, countries[0])
        covered.append((mention.start, mention.end))
    rest = analysis.text[span_start:noun_start]
    for m_start, m_end in reversed(covered):
        rest = rest[:m_start - span_start] + rest[m_end - span_start:]
    if any(word[:1].isupper() for word in rest.split()[1:]):
        return None  # another proper name stands in it ("Reuters, the Times newspaper")
    if country is None:
        return noun_start, noun_end, words.DESCRIPTORS[match.group("noun")], None, None
    return noun_start, noun_end, words.DESCRIPTORS[match.group("noun")], country[0], country[1]


def _apposition_findings(rule: Rule, analysis: Analysis, outlet: Entity, outlet_type: str | None,
                         noun_start: int, noun_end: int, descriptor_type: str, country_mention: Mention | None,
                         country: str | None) -> Iterator[Finding]:
    if outlet_type and not _type_fits(outlet, outlet_type, descriptor_type):
        right_word = language(analysis.lang).outlets.RIGHT_WORD[outlet_type]
        yield _descriptor_finding(rule, analysis, outlet, noun_start, noun_end, right_word)
    if country_mention is None or outlet.get("ambiguous") or not outlet.get("country"):
        return
    if country not in {outlet.get("country"), *outlet.get("also_country", ())}:
        found = analysis.text[country_mention.start:country_mention.end]
        right: str | None
        if "metonyms" in country_mention.fields:
            home = analysis.knowledge.get(outlet.get("country"))
            right = ((home.get("capital") or {}) if home else {}).get(analysis.lang)
        else:
            right = _matching_demonym(analysis.knowledge, outlet.get("country"), analysis.lang, found)
        yield _descriptor_finding(rule, analysis, outlet, country_mention.start, country_mention.end, right)


_PREVIOUS_WORD = lazy_compile(r"(\w+)\W*$")


def _after_person_noun(lang: str, normalized: str, start: int) -> bool:
    """A noun that can head «… قناة X» stands before: a person of the outlet («مذيع»), or a thing of it
    («موقع», «برنامج»); an adjective after the name may agree with that head, not with the outlet."""
    nouns = _person_nouns(lang, generation())
    if not nouns:
        return False
    match = _PREVIOUS_WORD.search(normalized[max(0, start - 40):start])
    if not match:
        return False
    word = match.group(1)
    clitics = language(lang).outlets.PERSON_NOUN_CLITICS
    return word in nouns or (bool(clitics) and word[:1] in clitics and word[1:] in nouns)


def _article_dropped(outlet: Entity, surface: str) -> bool:
    """A mention without the article («ال») that every name of the outlet in that language has."""
    key = normalize_key(surface)
    for code, article in _sourcing(generation()).articled_names:
        names = [normalize_key(n) for n in outlet.names.get(code, ())]
        if not key.startswith(article) and article + key in names:
            return True
    return False


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
    words = language(lang).outlets
    before = text[max(0, start - 40):start]
    match = words.DESCRIPTOR_BEFORE.search(before)
    if match and _demonym_slot_ok(match.groupdict().get("demonym_slot"), words.ARTICLE):
        offset = start - len(before)
        return offset + match.start("noun"), offset + match.end("noun"), words.DESCRIPTORS[match.group("noun")]
    if words.DESCRIPTOR_AFTER is None:
        return None
    after = words.DESCRIPTOR_AFTER.match(text, end)
    if after:
        return after.start("noun"), after.end("noun"), words.DESCRIPTORS[after.group("noun")]
    return None


def _demonym_slot_ok(word: str | None, article: str) -> bool:
    # «وكالة الأنباء الروسية تاس»: one adjective may stand between the noun and the name; anything else
    # («صحيفة قالت إن رويترز») means the noun describes something else.
    return word is None or word.strip().startswith(article)


class _DemonymIndex:
    """The country demonyms of one text (normalised offsets, in text order), to find the one next to an
    outlet's name without reading every mention of a long text for each outlet."""

    def __init__(self, analysis: Analysis) -> None:
        self.norm = analysis.normalized
        self.words = language(analysis.lang).outlets
        self.demonyms: list[tuple[int, int, Mention, str]] = []
        for other in analysis.mentions:
            ids = other.entity_ids
            if len(ids) == 1 and ids[0].startswith("country/") and "demonyms" in other.fields:
                self.demonyms.append((self.norm.to_normalized(other.start), self.norm.to_normalized(other.end),
                                      other, ids[0]))
        self.starts = [d[0] for d in self.demonyms]
        self.ends = [d[1] for d in self.demonyms]

    def adjacent(self, start: int, end: int) -> tuple[Mention, str] | None:
        """A country demonym right after the name (Arabic «رويترز البريطانية») or right before the
        descriptor (English "the American agency TASS", "Russian news agency TASS")."""
        text, words = self.norm.text, self.words
        if words.DEMONYM_AFTER_NAME:
            quoted = text[max(0, start - 2):start].strip()[-1:] in ("«", '"')
            closing = r"[»\"] " if quoted else r"[»\"]? "  # «العالم الصيني»: the adjective is inside the name
            # The gap is one or two characters: only demonyms starting there can follow the name.
            for index in range(bisect_left(self.starts, end), len(self.demonyms)):
                o_start, _o_end, other, country = self.demonyms[index]
                if o_start > end + 2:
                    break
                if re.fullmatch(closing, text[end:o_start]) and text.startswith(words.ARTICLE, o_start):
                    return other, country
            return None
        between = words.DEMONYM_BEFORE_DESCRIPTOR
        if between is None:
            return None
        # Only demonyms after the last character before the name that `between` cannot match are tried.
        first = 0
        matchable = _characters_of(between)
        if matchable is not None:
            first = start
            while first > 0 and text[first - 1] in matchable:
                first -= 1
        for index in range(bisect_left(self.ends, first), len(self.demonyms)):
            _o_start, o_end, other, country = self.demonyms[index]
            if o_end > start:
                break
            if between.fullmatch(text, o_end, start):
                return other, country
        return None


@cache
def _characters_of(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Every character `pattern` can match when it spells them all out (literals, sets and ranges of them);
    None when it holds a class such as \\w or ".", ignores case, or holds anything this reading does not know."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        from re import _parser  # type: ignore[attr-defined]  # the standard parser; typeshed has no stub

        characters: set[str] = set()
        items = list(_parser.parse(pattern.pattern, pattern.flags))
        while items:
            op, value = items.pop()
            if op is _parser.LITERAL:
                characters.add(chr(value))
            elif op is _parser.RANGE and value[1] - value[0] < 4096:
                characters.update(map(chr, range(value[0], value[1] + 1)))
            elif op is _parser.IN:
                items.extend(value)
            elif op is _parser.BRANCH:
                items.extend(item for branch in value[1] for item in branch)
            elif op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT):
                items.extend(value[2])
            elif op is _parser.SUBPATTERN and not value[1] & re.IGNORECASE:
                items.extend(value[3])
            elif op is not _parser.AT:  # an anchor matches no character
                return None
    except (ImportError, AttributeError, TypeError, ValueError):
        return None
    return frozenset(characters)


def _matching_demonym(knowledge: KnowledgeBase, country_id: str, lang: str, found: str) -> str | None:
    country = knowledge.get(country_id)
    if country is None:
        return None
    return _agreeing_demonym(country, lang, found)


def _agreeing_demonym(country: Entity, lang: str, found: str) -> str | None:
    """The country's first demonym that agrees with `found` in definiteness and gender where the language
    marks them on the word («الروسية» for «الأمريكية»); else its first demonym."""
    words = language(lang).outlets
    key = normalize_key(found)
    for form in (country.get("demonyms") or {}).get(lang, ()):
        form_key = normalize_key(form)
        if (form_key.startswith(words.ARTICLE) == key.startswith(words.ARTICLE)
                and form_key.endswith(words.FEMININE_ENDING) == key.endswith(words.FEMININE_ENDING)):
            return form
    return None


def _descriptor_finding(rule: Rule, analysis: Analysis, outlet: Entity, start: int, end: int,
                        right: str | None) -> Finding:
    found = analysis.text[start:end]
    name = outlet.label(analysis.lang)
    words = language(analysis.lang)
    kind = words.outlets.RIGHT_WORD.get(outlet.get("outlet_type"), "")
    country = _label(analysis.knowledge, outlet.get("country"), analysis.lang) if outlet.get("country") else ""
    based = words.explanations.OUTLET_BASED_IN.format(country=country) if country else ""
    explanation = words.explanations.OUTLET_DESCRIPTOR.format(name=name, kind=words.outlets.kind_phrase(kind),
                                                              based=based, found=found)
    return rule.finding(start, end, analysis.lang, explanation=explanation,
                        fix=Fix(right, "safe") if right else None,
                        reason_key=f"attribution/outlet@{start}:{end}", found=found, outlet=name,
                        right=right or kind)


# -- quote speakers ----------------------------------------------------------------------------------------
def quote_speakers(rule: Rule, analysis: Analysis) -> Iterator[Finding]:
    """The same (or nearly the same) quotation credited to two different speakers in one article."""
    min_words, min_ratio = rule.params["min_words"], rule.params["min_ratio"]
    stock = _stock_phrases(analysis.lang, generation())
    # Each quotation, and each part of one split around its speaker ('"A," X said, "B."': a second speaker
    # may be given A alone): (statement, its span, its key).
    pieces = [(statement, span, key) for statement in analysis.annotation("attributions").statements
              if statement.quote and statement.speaker is not None and statement.speaker.kind != "outlet"
              for span, text in _quotation_pieces(statement, analysis.text)
              if len(text.split()) >= min_words and not _is_stock(key := quote_key(text), stock)]
    if len(pieces) < 2:
        return  # nothing to compare: rapidfuzz (~7 ms to import) is not needed
    from rapidfuzz.fuzz import ratio
    from rapidfuzz.process import extract_iter

    keys = [key for _, _, key in pieces]
    flagged: set[int] = set()
    for index, (first, _, _) in enumerate(pieces):
        # Every later quotation is compared, but in rapidfuzz's loop, which skips at once the pairs whose
        # lengths alone rule out `min_ratio`: a long text holds hundreds of quotations.
        for _, _, offset in extract_iter(keys[index], keys[index + 1:], scorer=ratio, processor=None,
                                         score_cutoff=min_ratio):
            second, (start, end), _ = pieces[index + 1 + offset]
            if second is first or start in flagged or not _different_speakers(first, second, analysis):
                continue
            flagged.add(start)
            first_label = _speaker_label(first.speaker, analysis)
            second_label = _speaker_label(second.speaker, analysis)
            yield rule.finding(
                start, end, analysis.lang,
                explanation=_quote_explanation(analysis.lang, first_label, second_label),
                first=first_label, second=second_label,
            )


def _quotation_pieces(statement: Attribution, text: str) -> list[tuple[tuple[int, int], str]]:
    """The statement's whole quotation (its span, its words), then its parts when it is split."""
    whole = ((statement.content_start, statement.content_end), statement.quote or "")
    return [whole, *(((start, end), text[start:end]) for start, end in statement.parts)]


_NOT_WORD = lazy_compile(r"[^\w\s]+")


def quote_key(quote: str) -> str:
    """A quotation's words only: case, diacritics, hamza forms, punctuation and quotation marks folded
    («لن نقبل، أي إنذار!» and «لن نقبل أي انذار» are one quotation)."""
    return " ".join(_NOT_WORD.sub(" ", normalize_key(quote)).split())


@cache
def _stock_phrases(lang: str, generation: int) -> tuple[str, ...]:
    return tuple(quote_key(phrase) for phrase in language(lang).attributions.STOCK_PHRASES)


def is_stock_quote(key: str, lang: str) -> bool:
    """`_is_stock` with the phrases of `lang` (the archive check's quotations)."""
    return _is_stock(key, _stock_phrases(lang, generation()))


def _is_stock(key: str, stock: tuple[str, ...]) -> bool:
    """A phrase many people say ("no one is above the law"), alone or with a word or two around it: two
    speakers saying it are not one quotation put in the wrong mouth."""
    words = len(key.split())
    return any(phrase in key and words - len(phrase.split()) <= 2 for phrase in stock)


def _different_speakers(first: Attribution, second: Attribution, analysis: Analysis) -> bool:
    """Two speakers that cannot be one voice: two persons, or two parties of different countries; and
    neither sentence names the other speaker outside the quotation ("Peskov repeated Putin's words ..."; a
    name inside the quoted words, '"... President Biden did not get anything done," Biden said', is what was
    said, not who said it)."""
    a, b = first.speaker, second.speaker
    assert a is not None and b is not None
    if a.entity_id == b.entity_id or "official" in (a.kind, b.kind):
        return False  # a demonym alone («الرئيس المالي لشركة»: the finance head, not Mali's) is no voice
    if not (a.kind == b.kind == "person" or (a.country and b.country and a.country != b.country)):
        return False
    for statement, other in ((first, b), (second, a)):
        span = analysis.sentences[statement.sentence] if analysis.sentences else None
        if span and any(other.entity_id in m.entity_ids for m in analysis.mentions_within(span.start, span.end)
                        if not (statement.quote and statement.content_start <= m.start < statement.content_end)):
            return False
    return True


def _quote_explanation(lang: str, first: str, second: str) -> str:
    return language(lang).explanations.QUOTE_SPEAKERS.format(first=first, second=second)


# -- source line -------------------------------------------------------------------------------------------
def source_line(rule: Rule, analysis: Analysis) -> Iterator[Finding]:
    """The body credits outlet X while the declared source Y is named nowhere in the body (info)."""
    sourcing = _sourcing(generation())
    line = sourcing.source_line.search(analysis.text)
    declared = analysis.source or (line.group("name") if line else None)
    if not declared:
        return
    body_end = line.start() if line else len(analysis.text)
    declared_keys = _declared_keys(declared, analysis.knowledge)
    if not declared_keys:
        return
    body_key = normalize_key(analysis.text[:body_end])
    if any(re.search(rf"(?<!\w){sourcing.name_clitics}{re.escape(key)}(?!\w)", body_key) for key in declared_keys):
        return
    lead_sentences = rule.params["lead_sentences"]
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


def _is_interview(outlet: Speaker, text: str) -> bool:
    """"X told Reuters", "said on ZDF", «قال لوكالة رويترز»: the outlet interviewed or aired a speaker; it
    is not where the article's report comes from."""
    before = text[max(0, outlet.start - 30):outlet.start]
    sourcing = _sourcing(generation())
    if sourcing.interview_before.search(before):
        return True
    # «لوكالة رويترز»: the preposition is a clitic on the outlet noun, right after a speech verb.
    return any(pattern.search(before) for pattern in sourcing.interview_clitic)


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
    keys = {key, spelling_key(key)}
    names_of = knowledge.derived("outlet-names-by-key", _outlet_names_by_key)
    matched = [names_of[k] for k in keys if k in names_of]
    if not matched:
        return set()
    keys = keys.union(*matched)
    keys |= {spelling_key(k) for k in keys if spelling_key(k) != k}
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
    return language(lang).explanations.SOURCE_LINE.format(declared=declared.strip(), found=found)


# -- shared ------------------------------------------------------------------------------------------------
def _label(knowledge: KnowledgeBase, entity_id: str, lang: str) -> str:
    entity = knowledge.get(entity_id)
    return entity.label(lang) if entity else entity_id


def _speaker_label(speaker: Speaker, analysis: Analysis) -> str:
    if speaker.kind in ("person", "institution", "outlet"):
        return _label(analysis.knowledge, speaker.entity_id, analysis.lang)
    return analysis.text[speaker.start:speaker.end]


def knowledge_indexes(rules: Iterable[Rule]) -> dict[str, Callable[[KnowledgeBase], object]]:
    """The indexes of the knowledge alone that this module asks `KnowledgeBase.derived` for, by name: the
    compiled pack cache holds them built (`checker.compiled_packs`), so a run does not build them again."""
    return {"seats-by-country": _seats_by_country, "outlet-namesake-types": _outlet_namesake_types,
            "outlet-names-by-key": _outlet_names_by_key}

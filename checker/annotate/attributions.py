"""Who is said to have said what: speakers, reporting cues, quoted or reported content, back-references.

Arabic news puts the speaker after the verb («أعلن المتحدث باسم الكرملين، ديمتري بيسكوف، أن ...»), English
mostly before it ("Peskov said ...") or after it in quotes ("... ," said Peskov). Every pattern runs on the
normalised text (hamza, taa marbuta and case folded), and spans are mapped back to the prose at the end.
A cue with no named speaker ("وأضاف", "he added", "the ministry said") carries the last speaker on; a
phrase such as «هذا الإعلان» / "this announcement" is linked to the last statement before it, together with
the government it is said to have come from («وجاء هذا الإعلان من حكومة كييف»).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from functools import cache
from typing import TYPE_CHECKING, Any

from checker.frozen import frozen
from checker.lang import generation, language, languages_with
from checker.text.lazy_regex import lazy_compile

if TYPE_CHECKING:
    from checker.analysis import Analysis
    from checker.annotate.mentions import Mention
    from checker.packs.model import Entity, KnowledgeBase

SpeakerKind = str  # person | institution | government | official | organisation | outlet

# A bare «وأضاف» / "they said" carries on a speaker, not an outlet that relayed an earlier statement.
_ANY_VOICE = ("person", "institution", "official", "government", "organisation")


@frozen
class _Shared:
    """What every language contributes at once (a quotation or an outlet named in another language)."""

    generic_kinds: dict[str, tuple[str, ...]]
    source_content_start: re.Pattern[str]
    quote: re.Pattern[str]
    quote_marks: tuple[str, str, str]  # opening, closing and either-way marks paired by facing
    outlet_noun_before: re.Pattern[str]


@cache
def _shared(generation: int) -> _Shared:
    reporting = [found.attributions for found in languages_with("attributions")]
    kinds: dict[str, tuple[str, ...]] = {}
    for words in reporting:
        kinds.update(words.GENERIC_KINDS)
    nouns = "|".join(noun for words in reporting for noun in words.OUTLET_NOUNS)
    return _Shared(
        kinds,
        # After «بحسب» / "according to" the source's name may itself be quoted: only a clause ends the zone.
        re.compile("|".join([*(w.SOURCE_CONTENT_START for w in reporting), r"[،,:]"])),
        re.compile("|".join(w.QUOTE for w in reporting if w.QUOTE)),
        (_marks(reporting, 0), _marks(reporting, 1), _marks(reporting, 2)),
        re.compile(rf"(?:{nouns})[ «\"]*$"),
    )


def _marks(reporting: list[Any], side: int) -> str:
    """The languages' quotation marks of one side (opening, closing, either), each once."""
    return "".join(dict.fromkeys(mark for words in reporting if words.QUOTE_MARKS
                                 for mark in words.QUOTE_MARKS[side]))


# An apposition between a subject and its verb: a comma, a few words with no other punctuation, a comma.
_APPOSITION_GAP = lazy_compile(r"\s*,\s+[^,;:.!?\"“”«»()]{2,70},\s*")
_SPEAKER_WINDOW = 90   # characters after an Arabic cue (or before an English one) where the speaker stands
_CARRY_SENTENCES = 4   # how many sentences a carried speaker lasts
_BACK_REFERENCE_SENTENCES = 4
_KIND_PREFERENCE = {"person": 0, "institution": 1, "official": 2, "government": 2, "organisation": 3, "outlet": 4}


@frozen
class Speaker:
    """Who a statement is credited to: a mention (prose span), its entity and kind, and its country."""

    start: int
    end: int
    entity_id: str
    kind: SpeakerKind
    country: str | None
    field: str  # the mention's name field: names | short | demonyms | metonyms


@frozen
class Attribution:
    """One reported statement. Offsets are prose offsets; `carried` when the speaker came from an earlier cue."""

    cue_start: int
    cue_end: int
    cue: str
    speaker: Speaker | None
    carried: bool
    content_start: int
    content_end: int
    quote: str | None  # the quoted words, when the content is a quotation
    reporter: Speaker | None  # an outlet that relays the statement («نقلت وكالة تاس عن ...»)
    sentence: int
    # A quotation split around its speaker ('"Since the sabotage," Stoltenberg said, "we have doubled ..."'):
    # the prose span of each part (`quote` is their words joined); empty when the quotation is one piece.
    parts: tuple[tuple[int, int], ...] = ()


@frozen
class BackReference:
    """A phrase pointing back at an earlier statement, and the issuer this phrase credits it to (if any)."""

    start: int
    end: int
    statement: Attribution | None
    issuer: Speaker | None


@frozen
class Attributions:
    statements: tuple[Attribution, ...]
    back_references: tuple[BackReference, ...]


def find_attributions(analysis: Analysis) -> Attributions:
    """All statements and back-references of one article, in text order."""
    finder = _Finder(analysis)
    statements = finder.statements()
    return Attributions(tuple(statements), tuple(finder.back_references(statements)))


def speaker_of(mention: Mention, knowledge: KnowledgeBase, date: dt.date | None) -> Speaker | None:
    """The speaker a mention can stand for: one person, else one institution, else one country, else one
    outlet; None when the mention is ambiguous at that level."""
    by_kind: dict[str, dict[str, str]] = {}
    for ref in mention.refs:
        kind = _kind_of(ref.entity_id, ref.field, knowledge)
        if kind:
            by_kind.setdefault(kind, {}).setdefault(ref.entity_id, ref.field)
    for kind in sorted(by_kind, key=_KIND_PREFERENCE.__getitem__):
        entities = by_kind[kind]
        if kind in ("government", "official"):
            countries = {eid for eid in entities}
            if len(countries) != 1:
                return None
        elif len(entities) != 1:
            return None
        entity_id, field = next(iter(entities.items()))
        return Speaker(mention.start, mention.end, entity_id, kind, country_of(entity_id, knowledge, date), field)
    return None


_QUOTE_MAX = 600  # characters: a longer "quotation" is two marks that do not belong together


def quotations(prose: str, pattern: re.Pattern[str], marks: tuple[str, str, str]) -> list[tuple[int, int]]:
    """(start, end) of each quotation of `prose`, marks included, in text order: `pattern`'s matches
    (guillemets), then the marks `marks` gives paired by the way they face (checker/text/quotes.py) outside
    them. A quotation whose closing mark was dropped ('... U-turns. "It's') ends before the space."""
    from checker.text.quotes import pair_marks

    found = [(m.start(), m.end()) for m in pattern.finditer(prose)] if pattern.pattern else []
    if not any(marks):
        return found
    starts = [start for start, _ in found]
    for open_at, close_at, _closed in pair_marks(prose, *marks):
        inside = bisect_right(starts, open_at) - 1
        if close_at - open_at <= _QUOTE_MAX + 1 and not (inside >= 0 and open_at < found[inside][1]):
            found.append((open_at, close_at + 1))
    return sorted(found)


def outlet_needs_cue(outlet: Entity, surface: str) -> bool:
    """True when this name of the outlet is also an ordinary word or place (the outlets pack's
    `needs_cue`, limited to its `cue_names` when given)."""
    from checker.text.normalize import normalize_key

    if not outlet.get("needs_cue"):
        return False
    cue_names = outlet.get("cue_names")
    if not cue_names:
        return True
    return normalize_key(surface) in {normalize_key(n) for names in cue_names.values() for n in names}


def outlet_noun_before(normalized_text: str, start: int) -> bool:
    """An outlet noun (وكالة، صحيفة، قناة ...; agency, newspaper ...) stands right before `start`."""
    pattern = _shared(generation()).outlet_noun_before
    return pattern.search(normalized_text[max(0, start - 25):start]) is not None


def country_of(entity_id: str, knowledge: KnowledgeBase, date: dt.date | None) -> str | None:
    """The country a speaker speaks for: a person's office-holding country at `date`, an institution's
    country, an outlet's country; None when unknown or not one."""
    if entity_id.startswith("country/"):
        return entity_id
    entity = knowledge.get(entity_id)
    if entity is None:
        return None
    if entity.type == "person":
        countries = {_owner_country(role.of, knowledge) for role in entity.roles
                     if (role.held_on(date) if date else role.end is None)}
        countries.discard(None)
        return countries.pop() if len(countries) == 1 else None
    return _owner_country(entity_id, knowledge)


def _hyphen_joined(text: str, start: int, end: int) -> bool:
    """True when the name at [start, end) is joined by a hyphen to a word ("Sweden-watcher", "Russia-backed",
    "pro-Russia")."""
    return (text[end:end + 1] == "-" and text[end + 1:end + 2].isalpha()) or (
        start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha())


def _owner_country(entity_id: str, knowledge: KnowledgeBase, depth: int = 0) -> str | None:
    if entity_id.startswith("country/"):
        return entity_id
    entity = knowledge.get(entity_id)
    if entity is None or depth > 4:
        return None
    for key in ("country", "metonym_of", "parent"):
        value = entity.get(key)
        if isinstance(value, str):
            return _owner_country(value, knowledge, depth + 1)
    return None


def _kind_of(entity_id: str, field: str, knowledge: KnowledgeBase) -> str | None:
    prefix = entity_id.split("/", 1)[0]
    if prefix == "person":
        return "person"
    if prefix == "institution":
        return "institution"
    if prefix == "country":
        return "official" if field == "demonyms" else "government"
    if prefix == "org":
        return "organisation"
    if prefix == "outlet":
        return "outlet"
    return None


class _Finder:
    """The passes over one article; all internal offsets are normalised-text offsets."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.norm = analysis.normalized
        self.text = self.norm.text
        self.words = language(analysis.lang).attributions
        self.shared = _shared(generation())
        self.speaker_after_verb = self.words.SPEAKER_AFTER_VERB
        self.mentions = [(self.norm.to_normalized(m.start), self.norm.to_normalized(m.end), m)
                         for m in analysis.mentions]
        # A quoted name («سكاي نيوز», "Tass") is not a quotation: quotations have three words or more.
        # Read on the prose, where curly marks still say which way they face: '“… me," Biden said. "One …'
        # pairs right only there (folded to straight marks, one odd mark shifts every later pair).
        prose = analysis.text
        self.quotes = [(self.norm.to_normalized(start), self.norm.to_normalized(end))
                       for start, end in quotations(prose, self.shared.quote, self.shared.quote_marks)
                       if len(prose[start:end].split()) >= 3]
        # Mentions and quotations do not overlap and are in text order, so both are sorted by start and by
        # end: these lists find the few near an offset by bisection instead of reading all of a long text's.
        self.mention_starts = [m_start for m_start, _, _ in self.mentions]
        self.quote_starts = [start for start, _ in self.quotes]
        self.quote_ends = [end for _, end in self.quotes]
        self.cue_starts: list[int] = []  # every reporting cue (normalised), filled by statements()
        # (cue end (prose), sentence) of each cue whose speaker is unknown, in text order
        self.unresolved_cues: list[tuple[int, int]] = []

    # -- statements ---------------------------------------------------------------------------------------
    def statements(self) -> list[Attribution]:
        found: list[Attribution] = []
        recent: list[tuple[Speaker, int]] = []  # earlier speakers with their sentence, latest last
        cues = self._cues()
        self.cue_starts = [start for start, _, _ in cues]
        for index, (start, end, is_source_cue) in enumerate(cues):
            sentence = self._sentence(start)
            next_cue = cues[index + 1][0] if index + 1 < len(cues) else len(self.text)
            speaker, reporter, zone_end = self._speaker(start, end, is_source_cue, next_cue)
            carried = False
            if speaker is None and reporter is None:
                kinds = self._carry_kinds(start, end, is_source_cue)
                speaker = self._carried(recent, kinds, sentence) if kinds is not None else None
                if speaker is not None and speaker.kind == "person" and self._other_person_since(speaker, start):
                    speaker = None  # "For Biden's part, he brushed off ... 'No need ...,' he said": not Scholz
                carried = speaker is not None
            if speaker is None and reporter is None:
                recent.clear()  # an unknown speaker: do not carry an older one past it
                self.unresolved_cues.append((self._to_source(start, end)[1], sentence))
                continue
            content_start, content_end, is_quote, split = self._content(start, end, zone_end)
            content = self._to_source(content_start, content_end)
            parts = tuple(self._to_source(*part) for part in split)
            quote = (" ".join(self.analysis.text[s:e] for s, e in parts) if parts
                     else self.analysis.text[content[0]:content[1]] if is_quote else None)
            said = found[-1] if found else None
            if is_source_cue and speaker is not None and speaker.kind == "outlet" and reporter is None and \
                    said is not None and self._relays(said, start, sentence):
                # «وقال بوريطة، وفق وكالة "شينخوا"، إن ...»: the outlet relays the speaker's own statement
                found[-1] = Attribution(said.cue_start, said.cue_end, said.cue, said.speaker, said.carried,
                                        *content, quote, speaker, sentence, parts)
                continue
            found.append(Attribution(*self._to_source(start, end), self.text[start:end], speaker, carried,
                                     *content, quote, reporter, sentence, parts))
            if speaker is not None:
                recent.append((speaker, sentence))
        return found

    def _relays(self, said: Attribution, source_cue: int, sentence: int) -> bool:
        """True when a source cue («وفق», "according to") stands between a speaker and what they said, set off
        by commas right after the speaker's name («وقال بوريطة، وفق وكالة ...، إن»)."""
        if said.sentence != sentence or said.speaker is None or said.speaker.kind == "outlet" or \
                said.reporter is not None or said.speaker.start < said.cue_end:
            return False
        between = self.text[self.norm.to_normalized(said.speaker.end):source_cue]
        return bool(re.fullmatch(r"\s*[,،]\s*", between))

    def _other_person_since(self, speaker: Speaker, cue_start: int) -> bool:
        """True when another person is named, outside quotations, between the carried speaker's mention and
        the cue: the pronoun may be theirs."""
        since = self.norm.to_normalized(speaker.end)
        for m_start, _, mention in self._mentions_from(since):
            if m_start >= cue_start:
                break
            ids = mention.entity_ids
            if len(ids) == 1 and ids[0].startswith("person/") and ids[0] != speaker.entity_id and \
                    not self._in_quote(m_start):
                return True
        return False

    @staticmethod
    def _carried(recent: list[tuple[Speaker, int]], kinds: tuple[str, ...], sentence: int) -> Speaker | None:
        """The latest earlier speaker a generic word can stand for, within the carry distance."""
        for speaker, said_in in reversed(recent):
            if sentence - said_in > _CARRY_SENTENCES:
                return None
            if speaker.kind in kinds:
                return speaker
        return None

    def _cues(self) -> list[tuple[int, int, bool]]:
        verb, source = self.words.VERB_CUE, self.words.SOURCE_CUE
        cues = [(m.start(), m.end(), False) for m in verb.finditer(self.text) if not self._in_quote(m.start())]
        cues += [(m.start(), m.end(), True) for m in source.finditer(self.text) if not self._in_quote(m.start())]
        cues.sort()
        merged: list[tuple[int, int, bool]] = []
        for cue in cues:
            # «وفقا لما ذكرته وكالة ...», "according to what X reported": one statement, not two.
            if merged and cue[0] - merged[-1][1] <= 3:
                continue
            merged.append(cue)
        return merged

    def _speaker(self, start: int, end: int, is_source_cue: bool,
                 next_cue: int) -> tuple[Speaker | None, Speaker | None, int]:
        """The speaker and any relaying outlet of the cue at start..end, and where its speaker zone ends
        (never past the next cue: «ووفق وكالة تاس قالت الخارجية» has two speakers)."""
        sentence_start, sentence_end = self._sentence_bounds(start)
        sentence_end = min(sentence_end, next_cue)
        after_first = self.speaker_after_verb or is_source_cue
        if after_first:
            zone = (end, self._zone_end(end, sentence_end, is_source_cue))
        else:
            zone = (self._zone_start(start, sentence_start), start)
        speakers = self._speakers_in(*zone)
        if not after_first:
            # English subject: "Kremlin spokesman Dmitry Peskov said", "Peskov told reporters on Monday";
            # not "... came from Kyiv, officials said".
            speakers = [s for s in speakers if self._subject_gap_ok(s.end, start)]
        if not speakers and not self.speaker_after_verb and not is_source_cue and \
                self.text[max(0, start - 3):start].rstrip()[-1:] in ('"', ",", "»"):
            # "…," said Kremlin spokesman Dmitry Peskov; not "He noted Baerbock was still in Ukraine", where
            # the name after the verb is what is said.
            zone = (end, self._zone_end(end, sentence_end, is_source_cue))
            speakers = self._speakers_in(*zone)
        reporters = [s for s in speakers if s.kind == "outlet"]
        persons = [s for s in speakers if s.kind != "outlet"]
        if not persons:
            return (reporters[0] if reporters else None), None, zone[1]
        best = min(persons, key=lambda s: (_KIND_PREFERENCE[s.kind], abs(s.start - start)))
        return best, (reporters[0] if reporters else None), zone[1]

    def _subject_gap_ok(self, speaker_end: int, cue_start: int) -> bool:
        """A few words between the subject and its verb, or an apposition set off by commas, the second right
        before the verb ("Andrii Sybiha, the Ukrainian foreign minister, said"; not "Biden met Putin, a senior
        official said", where the comma opens the clause of another speaker)."""
        gap = self.text[self.norm.to_normalized(speaker_end):cue_start]
        return ("," not in gap and len(gap.split()) <= 3) or _APPOSITION_GAP.fullmatch(gap) is not None

    def _zone_end(self, end: int, sentence_end: int, is_source_cue: bool) -> int:
        limit = min(sentence_end, end + _SPEAKER_WINDOW)
        pattern = self.shared.source_content_start if is_source_cue else self.words.CONTENT_START
        marker = pattern.search(self.text, end, limit)
        return marker.start() if marker else limit

    def _zone_start(self, start: int, sentence_start: int) -> int:
        zone_start = max(sentence_start, start - _SPEAKER_WINDOW)
        # The speaker stands after a quote that precedes the cue: the last one ending in the zone.
        last = bisect_right(self.quote_ends, start) - 1
        if last >= 0 and self.quote_ends[last] >= zone_start:
            zone_start = self.quote_ends[last]
        return zone_start

    def _speakers_in(self, start: int, end: int) -> list[Speaker]:
        found = []
        for m_start, m_end, mention in self._mentions_from(start):
            if m_start >= end:
                break
            if m_end <= end and not self._in_quote(m_start):
                speaker = speaker_of(mention, self.analysis.knowledge, self.analysis.date)
                # "Sweden-watcher Maddy Savage said", "US-led": a word made of the country's name is not it speaking
                if speaker is not None and not self._bare_common_word(speaker, m_start) \
                        and not self._place_after_preposition(speaker, start, m_start) \
                        and not (speaker.kind in ("government", "official")
                                 and _hyphen_joined(self.text, m_start, m_end)):
                    found.append(speaker)
        return found

    def _place_after_preposition(self, speaker: Speaker, zone_start: int, start: int) -> bool:
        """A country named after a preposition ("the plane that took him to Israel", «عاد إلى إسرائيل»,
        «في إسرائيل») is a place, not a government speaking; a clitic one («لإسرائيل») too, unless the cue
        itself ends there («وفقا لـ»)."""
        if speaker.kind not in ("government", "official"):
            return False
        before = self.text[max(0, start - 12):start]
        if self.words.PLACE_PREPOSITION.search(before):
            return True
        return start > zone_start and self.words.PLACE_CLITIC is not None and \
            self.words.PLACE_CLITIC.search(self.text[max(0, start - 4):start]) is not None

    def _bare_common_word(self, speaker: Speaker, start: int) -> bool:
        if speaker.kind != "outlet":
            return False
        outlet = self.analysis.knowledge.get(speaker.entity_id)
        surface = self.analysis.text[speaker.start:speaker.end]
        return outlet is not None and outlet_needs_cue(outlet, surface) and not outlet_noun_before(self.text, start)

    def _carry_kinds(self, start: int, end: int, is_source_cue: bool) -> tuple[str, ...] | None:
        """None: the cue does not refer back. Else the speaker kinds its word can stand for (any voice but
        an outlet for a bare «وأضاف أن» or "they added")."""
        if is_source_cue:
            return None
        kinds = self.shared.generic_kinds
        if self.speaker_after_verb:
            following = self.text[end:end + 25]
            generic = self.words.GENERIC.match(following)
            if generic:
                return kinds[generic.group("word")]
            if self.words.CARRY_CONTENT.match(following) or self._opens_quote(end):
                return _ANY_VOICE
            return None
        generic = self.words.GENERIC.search(self.text[max(0, start - 40):start].rstrip(" ,"))
        if generic is None:
            return None
        # A pronoun with kinds of its own ("he", "she") stands for one voice; "they" for any.
        word = generic.group("word") or generic.group("pronoun")
        return kinds.get(word, _ANY_VOICE)

    def _opens_quote(self, end: int) -> bool:
        stripped = len(self.text[end:end + 3]) - len(self.text[end:end + 3].lstrip(" :"))
        place = bisect_left(self.quote_starts, end + stripped)
        return place < len(self.quotes) and self.quote_starts[place] == end + stripped

    def _content(self, cue_start: int, cue_end: int,
                 zone_end: int) -> tuple[int, int, bool, tuple[tuple[int, int], ...]]:
        """The statement's content: the quotation the cue introduces (right after the speaker, a colon or
        «أن», or right before "Biden said" / «قال لافروف»), else the rest of the sentence. A phrase quoted
        inside the reported words («إن جائزة "أفضل سيدة" تشكل», 'said Trump is "running"') is not one."""
        sentence_start, sentence_end = self._sentence_bounds(cue_start)
        candidates = []
        for index in range(bisect_left(self.quote_starts, sentence_start), len(self.quotes)):
            s, e = self.quotes[index]
            if s > sentence_end + 1:
                break
            if e <= sentence_end + 1:
                candidates.append((s, e))
        after = [(s, e) for s, e in candidates if s >= cue_end and self._introduced(s, cue_end, zone_end)]
        if self.speaker_after_verb:
            # «…»، قال لافروف: a quotation right before the cue is its content when none follows it.
            before = [(s, e) for s, e in candidates if e <= cue_start and not self.text[e:cue_start].strip(" ،,")]
        else:
            # '"…," Biden added, noting "…"': the quotation the speaker and the verb stand right after (the
            # speaker's title may be long: '"…," New York real estate developer Steve Witkoff said').
            before = [(s, e) for s, e in candidates
                      if e <= cue_start and len(gap := self.text[e:cue_start]) < 100 and len(gap.split()) <= 9
                      and self.text[max(s, e - 3):e - 1].rstrip()[-1:] in (",", ".", "!", "?")]
        chosen = after[:1] or before[-1:]
        if after and before and not self.speaker_after_verb and \
                self.text[max(before[-1][0], before[-1][1] - 3):before[-1][1] - 1].rstrip()[-1:] == ",":
            # '"Since the sabotage," Stoltenberg said, "we have doubled ..."': one quotation around its speaker
            (s, _), (_, e) = before[-1], after[0]
            return s + 1, e - 1, True, ((s + 1, before[-1][1] - 1), (after[0][0] + 1, e - 1))
        if chosen:
            s, e = chosen[0]
            return s + 1, e - 1, True, ()
        start = zone_end if self.speaker_after_verb or zone_end > cue_start else cue_start
        return min(start, sentence_end), sentence_end, False, ()

    def _introduced(self, quote_start: int, cue_end: int, zone_end: int) -> bool:
        """The cue introduces the quotation at `quote_start`: a colon or comma before it, nothing but the
        speaker between («قال بيسكوف «…»», 'said: "…"'), or only «أن» after the speaker («قال إن «…»»)."""
        if self.text[max(0, quote_start - 3):quote_start].rstrip()[-1:] in (":", ",", "،"):
            return True
        gap_start = zone_end if zone_end > cue_end else cue_end
        lead = self.words.QUOTE_LEAD
        return quote_start >= gap_start and lead.fullmatch(self.text, gap_start, quote_start) is not None

    # -- back-references ----------------------------------------------------------------------------------
    def back_references(self, statements: list[Attribution]) -> list[BackReference]:
        """Each phrase pointing back at a statement, with the statement only where the link is certain: the
        statement is the last cue before the phrase (no unresolved speaker in between), no other voice spoke
        in its sentence, and a phrase that names its own issuer ("Beijing's statement", «في بيان صادر عن»)
        stands right after it."""
        cue_ends = [statement.cue_end for statement in statements]
        found = []
        for match in self.words.BACK_REFERENCE.finditer(self.text):
            if self._in_quote(match.start()):
                continue
            inline = bool(match.groupdict().get("inline"))
            start, end = self._to_source(match.start(), match.end())
            sentence = self._sentence(match.start())
            statement = self._referred(statements, cue_ends, start, sentence)
            if statement is not None and inline and statement.sentence != sentence:
                statement = None  # «في بيان صادر عن» belongs to its own sentence's statement
            found.append(BackReference(start, end, statement, self._issuer(match.start(), match.end())))
        found.extend(self._owned_references(statements, cue_ends))
        found.sort(key=lambda reference: reference.start)
        return found

    def _referred(self, statements: list[Attribution], cue_ends: list[int], start: int,
                  sentence: int) -> Attribution | None:
        """The last statement whose cue ends before `start`, at most a few sentences back; None when a cue
        whose speaker is unknown stands between (in a later sentence), or another speaker of another country
        spoke in its sentence.
        Statements are in text order, so their cue ends and sentences only grow."""
        index = bisect_right(cue_ends, start) - 1
        if index < 0:
            return None
        statement = statements[index]
        if sentence - statement.sentence > _BACK_REFERENCE_SENTENCES or statement.speaker is None:
            return None
        # «وقال ترامب حسب المذكرات»: an unknown source in the statement's own sentence is its sourcing; one in
        # a later sentence may be the voice the phrase names.
        place = bisect_left(self.unresolved_cues, (statement.cue_end, -1))
        for cue_end, cue_sentence in self.unresolved_cues[place:]:
            if cue_end >= start:
                break
            if cue_sentence != statement.sentence:
                return None
        for other in statements[index - 1::-1] if index else ():
            if other.sentence != statement.sentence:
                break
            if other.speaker is not None and other.speaker.country != statement.speaker.country:
                return None
        return statement

    def _issuer(self, reference_start: int, after: int) -> Speaker | None:
        """The government or institution named as the source right after a back-reference."""
        _, sentence_end = self._sentence_bounds(after)
        lead = self.words.ISSUER_LEAD
        for m_start, _m_end, mention in self._mentions_from(after):
            if m_start > min(sentence_end, after + 60):
                break
            gap = self.text[after:m_start]
            if len(gap.split()) <= 8 and lead.search(self.text[reference_start:m_start]):
                speaker = speaker_of(mention, self.analysis.knowledge, self.analysis.date)
                if speaker is not None and speaker.kind in ("institution", "government", "official"):
                    return speaker
        return None

    def _owned_references(self, statements: list[Attribution], cue_ends: list[int]) -> Iterator[BackReference]:
        """"Beijing's statement came after ...", «وجاء البيان الفرنسي بعد ...»: a sentence that opens by
        naming a statement after its issuer, with no cue of its own, right after the statement it names."""
        pattern = self.words.OWNED_REFERENCE
        for m_start, m_end, mention in self.mentions:
            if self.words.OWNER_BEFORE:
                match = pattern.match(self.text, m_end)
                opening = (self._sentence_bounds(m_start)[0], m_start)
            else:
                line_start = self._sentence_bounds(m_start)[0]
                match = pattern.search(self.text, line_start, m_start)
                opening = (line_start, match.start() if match else m_start)
            if match is None or len(self.text[opening[0]:opening[1]].split()) > 1 or self._in_quote(m_start):
                continue  # only "The" (or nothing) may open the sentence before the owner's name
            speaker = speaker_of(mention, self.analysis.knowledge, self.analysis.date)
            if speaker is None or speaker.kind not in ("institution", "government", "official"):
                continue
            sentence_start, sentence_end = self._sentence_bounds(m_start)
            if any(sentence_start <= cue < sentence_end for cue in self.cue_starts):
                continue  # "Beijing's statement said that ...": a statement of its own, not a reference
            ref_start, ref_end = (m_start, match.end()) if self.words.OWNER_BEFORE else (match.start(), m_end)
            start, end = self._to_source(ref_start, ref_end)
            sentence = self._sentence(m_start)
            statement = self._referred(statements, cue_ends, start, sentence)
            if statement is not None and sentence - statement.sentence != 1:
                statement = None
            yield BackReference(start, end, statement, speaker)

    # -- offsets ------------------------------------------------------------------------------------------
    def _to_source(self, start: int, end: int) -> tuple[int, int]:
        return self.norm.span_to_source(start, end)

    def _sentence(self, normalized_offset: int) -> int:
        return self.analysis.sentence_index(self.norm.to_source(normalized_offset))

    def _sentence_bounds(self, normalized_offset: int) -> tuple[int, int]:
        span = self.analysis.sentence_of(self.norm.to_source(normalized_offset))
        return self.norm.to_normalized(span.start), self.norm.to_normalized(span.end)

    def _in_quote(self, offset: int) -> bool:
        # Only the last quotation starting before `offset` can hold it.
        last = bisect_left(self.quote_starts, offset) - 1
        return last >= 0 and offset < self.quote_ends[last]

    def _mentions_from(self, start: int) -> Iterator[tuple[int, int, Mention]]:
        """The mentions (normalised offsets) from `start` on, in text order: callers stop where they need."""
        for index in range(bisect_left(self.mention_starts, start), len(self.mentions)):
            yield self.mentions[index]


def statements_by(attributions: Iterable[Attribution], kind: str) -> list[Attribution]:
    """The statements whose speaker is of `kind` (person, institution, outlet ...)."""
    return [a for a in attributions if a.speaker is not None and a.speaker.kind == kind]

"""Mentions of knowledge-base names, found in one pass by a compiled Aho-Corasick automaton.

The automaton is built once per pack set (and pickled with it in the cache), so the cost per article does
not grow with the number of names. Arabic names are stored without their leading «ال»; the clitic prefix in
front of a hit (و ف ب ل ك ال وال بال لل ...) is checked at the hit, so «والكرملين» and «بموسكو» match.
"""

from __future__ import annotations

import marshal
from array import array
from collections import defaultdict
from dataclasses import astuple
from itertools import accumulate
from typing import TYPE_CHECKING

from checker.frozen import frozen

# The Arabic article, written onto a name («الكرملين»): names are matched without it (see the module docstring);
# which prefixes carry it, and which letters a name written in the text must not differ by (see find()).
from checker.lang.ar.orthography import ARTICLE, HEH, ONLY_WITH_ARTICLE, TAA_MARBUTA, WITH_ARTICLE

if TYPE_CHECKING:
    import ahocorasick

    from checker.packs.model import KnowledgeBase
    from checker.text.normalize import NormalizedText

# A name this short (in letters, after normalisation) is found only as a whole word, never after a clitic
# prefix: «ورم» (a tumour) is not و + «رم» (Rome).
MIN_PREFIXED_NAME = 3

# Which fields of an entity are names that can be mentioned, and what a mention of each means.
NAME_FIELDS = ("names", "short", "demonyms", "metonyms")


@frozen
class NameRef:
    entity_id: str
    field: str  # names | short | demonyms | metonyms | variants
    lang: str
    surface: str  # the name as the pack spells it
    ambiguous: bool = False  # the pack lists this form in `ambiguous_names`: never act on it alone
    scope: str | None = None  # for office `variants`: the one country the form is used for ("country/US")
    case_sensitive: bool = False  # "US", "WHO", "Turkey": a match only as written
    has_article: bool = False  # the pack spells it with «ال»: the span shows the article


@frozen
class Mention:
    start: int  # prose offsets
    end: int
    refs: tuple[NameRef, ...]

    @property
    def entity_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(ref.entity_id for ref in self.refs))

    @property
    def fields(self) -> frozenset[str]:
        return frozenset(ref.field for ref in self.refs)

    def refs_of_type(self, prefix: str) -> tuple[NameRef, ...]:
        return tuple(ref for ref in self.refs if ref.entity_id.startswith(prefix))


def entity_names(entity) -> list[tuple[str, str | None, str, str]]:
    """(field, scope, lang, name) for every matchable name of an entity."""
    found: list[tuple[str, str | None, str, str]] = []
    for field in NAME_FIELDS:
        values = entity.names if field == "names" else entity.short if field == "short" else entity.get(field) or {}
        found += [(field, None, lang, name) for lang, names in values.items() for name in names]
    for scope, by_lang in (entity.get("variants") or {}).items():
        found += [("variants", scope, lang, name) for lang, names in by_lang.items() for name in names]
    return found


def _main_reading(refs: list[NameRef]) -> tuple[NameRef, ...]:
    """The refs of one form without the ambiguous refs of entities whose type has another entity holding the
    form unmarked: "Dominican" is the Dominican Republic's, Dominica records it too but marked ambiguous, and
    the form must still read as the Republic (two countries would leave the title unread)."""
    unmarked = {(ref.entity_id.split("/")[0], ref.entity_id) for ref in refs if not ref.ambiguous}
    owners_by_type: dict[str, set[str]] = defaultdict(set)
    for entity_type, entity_id in unmarked:
        owners_by_type[entity_type].add(entity_id)
    return tuple(ref for ref in refs if not ref.ambiguous or not (
        owners_by_type.get(ref.entity_id.split("/")[0], set()) - {ref.entity_id}))


def _is_acronym(name: str) -> bool:
    """"US", "U.S.", "UN", "AP": matched case-sensitively, or «us» and «un» would be names."""
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and len(letters) <= 5 and all(c.isupper() and c.isascii() for c in letters)


def matching_key(name: str) -> str:
    from checker.text.normalize import normalize_key

    key = normalize_key(name).strip()
    if key.startswith(ARTICLE) and len(key) > len(ARTICLE) + 1:
        key = key[len(ARTICLE):]  # the article is one of the clitic prefixes checked at the hit
    return key


class NameMatcher:
    """All names of a knowledge base in one automaton.

    Compact when pickled (the compiled-pack cache is read on every run): the automaton stores only integers,
    each the index of its name's entry, the entries' key lengths are one array and their refs (as plain
    tuples) one marshalled string, sliced by offset; a `NameRef` is made from its tuple when a hit needs it,
    not for all 12,000 names at every start (30 -> 3 ms to unpickle, and the tuples' own ~5 ms -> 0.1).
    """

    def __init__(self, automaton: ahocorasick.Automaton, unique_short: frozenset[str],
                 entries: tuple[tuple[int, tuple[tuple, ...]], ...]) -> None:
        self._automaton = automaton  # key -> index into entries (ahocorasick.STORE_INTS)
        self._unique_short = unique_short
        packed = [marshal.dumps(refs) for _, refs in entries]  # refs as NameRef field tuples
        self._key_lengths = array("I", (length for length, _ in entries))
        self._bounds = array("I", accumulate(map(len, packed), initial=0))  # entry i: _packed[bounds[i]:bounds[i+1]]
        self._packed = b"".join(packed)
        self._refs: dict[int, tuple[NameRef, ...]] = {}  # entries made into NameRefs, on first hit

    def __getstate__(self) -> dict:
        return {**self.__dict__, "_refs": {}}

    @classmethod
    def build(cls, knowledge: KnowledgeBase) -> NameMatcher:
        import ahocorasick

        from checker.text.normalize import normalize_key

        refs_by_key: dict[str, list[NameRef]] = defaultdict(list)
        for entity in knowledge.entities.values():
            ambiguous = {name for names in entity.get("ambiguous_names", {}).values() for name in names}
            case_sensitive = {name for names in entity.get("case_sensitive", {}).values() for name in names}
            for field, scope, lang, name in entity_names(entity):
                key = matching_key(name)
                if len(key) < 2:
                    continue
                exact_case = _is_acronym(name) or name in case_sensitive
                ref = NameRef(entity.id, field, lang, name, name in ambiguous, scope, exact_case,
                              normalize_key(name).startswith(ARTICLE))
                if ref not in refs_by_key[key]:
                    refs_by_key[key].append(ref)
        automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        entries = []
        for index, (key, refs) in enumerate(refs_by_key.items()):
            automaton.add_word(key, index)
            entries.append((len(key), tuple(astuple(ref) for ref in _main_reading(refs))))
        automaton.make_automaton()
        unique_short = frozenset(
            key for key, refs in refs_by_key.items()
            if any(r.field == "short" for r in refs) and len({r.entity_id for r in refs}) == 1
        )
        return cls(automaton, unique_short, tuple(entries))

    def _refs_at(self, index: int) -> tuple[NameRef, ...]:
        """The refs of the name at `index`, made once per matcher."""
        refs = self._refs.get(index)
        if refs is None:
            values = marshal.loads(self._packed[self._bounds[index]:self._bounds[index + 1]])
            refs = self._refs[index] = tuple(NameRef(*fields) for fields in values)
        return refs

    def find(self, normalized: NormalizedText) -> list[Mention]:
        """Every mention in the text, longest first where hits overlap, in text order."""
        from checker.text.normalize import clitic_prefix_ok, word_bounds_ok

        text = normalized.text
        if not text or not len(self._automaton):
            return []
        candidates: list[tuple[int, int, tuple[NameRef, ...], str]] = []
        for last, index in self._automaton.iter(text):
            start, end = last - self._key_lengths[index] + 1, last + 1
            if not word_bounds_ok(text, start, end) or not clitic_prefix_ok(text, start):
                continue
            refs = self._fitting(normalized, start, end, self._refs_at(index))
            if not refs:
                continue
            if any(r.case_sensitive for r in refs):
                source_start, source_end = normalized.span_to_source(start, end)
                written = normalized.source[source_start:source_end]
                refs = tuple(r for r in refs if not r.case_sensitive or written == r.surface)
                if not refs:
                    continue
            candidates.append((start, end, refs, text[start:end]))
        return self._resolve(normalized, candidates)

    @staticmethod
    def _fitting(normalized: NormalizedText, start: int, end: int, refs: tuple[NameRef, ...]) -> tuple[NameRef, ...]:
        """The refs a hit can be, given the clitic prefix before it and the letters as written: a name the
        pack writes with the article only after a prefix that carries it; after a prefix, no name shorter than
        MIN_PREFIXED_NAME and no bare name after ك; a word ending in ة is not a name ending in ه."""
        text = normalized.text
        word_start = start
        while word_start > 0 and text[word_start - 1].isalpha():
            word_start -= 1
        prefix = text[word_start:start]
        if prefix and (end - start < MIN_PREFIXED_NAME or prefix in ONLY_WITH_ARTICLE):
            return ()
        if any(r.has_article for r in refs) and prefix not in WITH_ARTICLE:
            refs = tuple(r for r in refs if not r.has_article)
        if refs and text[end - 1] == HEH:
            source_start, source_end = normalized.span_to_source(start, end)
            if normalized.source[source_start:source_end].endswith(TAA_MARBUTA):
                refs = tuple(r for r in refs if not r.surface.endswith(HEH))
        return refs

    def _resolve(self, normalized: NormalizedText, candidates: list) -> list[Mention]:
        candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
        # The characters of the spans taken so far, marked: a candidate overlaps one of them when one of its own
        # characters is marked (the cost is its length, not the number of spans taken in a long text).
        taken = bytearray(len(normalized.text))
        kept = []
        for start, end, refs, key in candidates:
            if taken.find(1, start, end) >= 0:
                continue
            taken[start:end] = b"\x01" * (end - start)
            kept.append((start, end, refs, key))
        kept.sort(key=lambda c: c[0])
        full_names = {ref.entity_id for _, _, refs, _ in kept for ref in refs if ref.field != "short"}
        mentions = []
        for start, end, refs, key in kept:
            refs = self._disambiguate_short(refs, key, full_names)
            if not refs:
                continue
            if start >= len(ARTICLE) and normalized.text.startswith(ARTICLE, start - len(ARTICLE)) and any(
                    r.has_article for r in refs):
                start -= len(ARTICLE)  # the span shows «الكرملين», not «كرملين»; a clitic before it stays out
            source_start, source_end = normalized.span_to_source(start, end)
            mentions.append(Mention(source_start, source_end, refs))
        return mentions

    def _disambiguate_short(self, refs: tuple[NameRef, ...], key: str, full_names: set[str]) -> tuple[NameRef, ...]:
        """A family name alone stands for a person only if it is unique or the full name is in the article."""
        short = [r for r in refs if r.field == "short"]
        if not short:
            return refs
        others = tuple(r for r in refs if r.field != "short")
        present = tuple(r for r in short if r.entity_id in full_names)
        if present:
            return others + present
        if key in self._unique_short:
            return others + tuple(short)
        return others or tuple(short)


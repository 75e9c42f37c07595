"""Consistency checks: one thing said two ways in the same article."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING

from checker.lang import generation, language, languages_with
from checker.models import Finding, Fix
from checker.text.normalize import normalize_key

if TYPE_CHECKING:
    from checker.analysis import Analysis
    from checker.annotate.mentions import Mention
    from checker.packs.model import Entity, Rule

_TOKEN = re.compile(r"\w+", re.UNICODE)
_DOUBLED = re.compile(r"(.)\1+")


@cache
def _transliteration_folds(generation: int) -> tuple[dict[int, str], re.Pattern[str], tuple[str, ...]]:
    """Every language's skeleton folds, long vowels and articles at once: a name in another script keeps its
    own folds (a Latin name quoted in an Arabic article)."""
    folds: dict[str, str] = {}
    vowels = ""
    articles = []
    for found in languages_with("consistency"):
        folds.update(found.consistency.SKELETON_FOLDS)
        vowels += found.consistency.LONG_VOWELS
        if found.consistency.ARTICLE:
            articles.append(normalize_key(found.consistency.ARTICLE))
    return str.maketrans(folds), re.compile(f"[{re.escape(vowels)}]"), tuple(articles)


def skeleton(token: str) -> str:
    """A key shared by transliteration variants (on 35 real transliteration pairs and 20 hard look-alikes
    it raised the accuracy of fuzz.ratio at threshold 82 from 0.945 to 0.964)."""
    fold, long_vowels, _ = _transliteration_folds(generation())
    folded = token.lower().translate(fold)
    return _DOUBLED.sub(r"\1", folded[:1] + long_vowels.sub("", folded[1:]))


def spelling_key(name: str) -> str:
    """The normalised name without a leading article: «لليابان» shows «يابان», still «اليابان»."""
    key = normalize_key(name)
    for article in _transliteration_folds(generation())[2]:
        if key.startswith(article) and len(key) > len(article) + 2:
            return key[len(article):]
    return key


def is_spelling_variant(first: str, second: str, min_ratio: float, lang: str = "en") -> bool:
    """Two normalised names that spell the same words differently: the same number of words, and each pair
    of words equal, sharing a skeleton (Kiev / Kyiv), or close by rapidfuzz's ratio (Zelensky / Zelenskyy).

    A language with `STRICT_VARIANTS` (Arabic: the skeleton drops long vowels, which also folds native words
    and names that differ) needs the whole names close by ratio, every word sharing its skeleton, and no word
    that only adds a final vowel letter."""
    from rapidfuzz.fuzz import ratio

    first_words, second_words = first.split(), second.split()
    if len(first_words) != len(second_words) or first_words == second_words:
        return False
    words = language(lang).consistency
    if words.STRICT_VARIANTS:
        return ratio(first, second) >= min_ratio and all(
            a == b or (skeleton(a) == skeleton(b) and not _adds_final_vowel(a, b, words.FINAL_VOWELS))
            for a, b in zip(first_words, second_words, strict=True))
    return all(a == b or skeleton(a) == skeleton(b) or ratio(a, b) >= min_ratio
               for a, b in zip(first_words, second_words, strict=True))


def _adds_final_vowel(first: str, second: str, final_vowels: str) -> bool:
    longer, shorter = (first, second) if len(first) > len(second) else (second, first)
    return len(longer) == len(shorter) + 1 and longer.startswith(shorter) and longer[-1] in final_vowels


def _name_mentions(analysis: Analysis, types: tuple[str, ...]) -> list[tuple[Mention, str, str, str]]:
    """Unambiguous mentions of persons and places by full name or family name alone:
    (mention, entity id, field "names" or "short", normalised surface)."""
    found = []
    for mention in analysis.mentions:
        refs = [r for r in mention.refs if r.field in ("names", "short") and r.entity_id.split("/")[0] in types]
        if len({r.entity_id for r in refs}) != 1 or len({r.field for r in refs}) != 1:
            continue
        found.append((mention, refs[0].entity_id, refs[0].field,
                      spelling_key(analysis.text[mention.start:mention.end])))
    return found


def _spellings_used(mentions: list[tuple[Mention, str, str, str]]) -> dict[tuple[str, str], Counter[str]]:
    """How often each spelling of each entity occurs in the article, per field; a full name's last word also
    counts as a spelling of the family name (Volodymyr Zelensky ... Zelenskyy)."""
    used: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for _, entity_id, field, key in mentions:
        used[(entity_id, field)][key] += 1
        if field == "names" and entity_id.startswith("person/") and " " in key:
            used[(entity_id, "short")][key.rsplit(" ", 1)[1]] += 1
    return used


def _preferred(rule: Rule, entity: Entity, field: str, lang: str) -> tuple[str | None, bool]:
    """The spelling to prefer for this field of the entity, and whether it is the house style's."""
    house = _house_spelling(rule, entity, field, lang)
    if house:
        return house, True
    if field == "short":
        shorts = entity.short.get(lang) or ()
        return (shorts[0] if shorts else None), False
    return entity.preferred(lang), False


def _fuzzy_variants(analysis: Analysis, mention: Mention, tokens: _Tokens,
                    min_ratio: float) -> Iterator[tuple[int, int]]:
    """Spans elsewhere in the text that spell the same multi-word name with one word transliterated another
    way (Zelenskyy / Zelenskiy): one word identical, the others sharing a skeleton and a close ratio."""
    name_tokens = tuple(m.group() for m in _TOKEN.finditer(analysis.text[mention.start:mention.end]))
    if len(name_tokens) < 2:
        return
    for start, end in tokens.variants_of(name_tokens, min_ratio):
        if start != mention.start:
            yield start, end


class _Tokens:
    """The words of the text once, with where each word occurs."""

    def __init__(self, text: str) -> None:
        self.spans = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
        self.positions: dict[str, list[int]] = defaultdict(list)
        for index, (_, _, word) in enumerate(self.spans):
            self.positions[word].append(index)
        # A long text names one person many times: the variants of a name are searched for once.
        self._variants: dict[tuple[tuple[str, ...], float], list[tuple[int, int]]] = {}
        self._by_skeleton: dict[str, list[str]] | None = None

    def variants_of(self, name_tokens: tuple[str, ...], min_ratio: float) -> list[tuple[int, int]]:
        """Spans of word windows that spell `name_tokens` with some words the same and the others close."""
        key = (name_tokens, min_ratio)
        if key not in self._variants:
            self._variants[key] = list(self._find_variants(name_tokens, min_ratio))
        return self._variants[key]

    def _words_by_skeleton(self) -> dict[str, list[str]]:
        if self._by_skeleton is None:
            self._by_skeleton = defaultdict(list)
            for word in self.positions:
                if len(word) >= 4:  # a word that differs from the name's needs four letters
                    self._by_skeleton[skeleton(word)].append(word)
        return self._by_skeleton

    def _find_variants(self, name_tokens: tuple[str, ...], min_ratio: float) -> Iterator[tuple[int, int]]:
        from rapidfuzz.fuzz import ratio

        width = len(name_tokens)
        # A window that qualifies has a word that differs from the name's word at its place but shares its
        # skeleton: only windows anchored on such a word are read (a common word of a name, such as "New",
        # occurs all over a long text).
        by_skeleton = self._words_by_skeleton()
        starts = {position - offset for offset, word in enumerate(name_tokens)
                  for other in by_skeleton.get(skeleton(word), ()) if other != word
                  for position in self.positions[other]}
        for index in sorted(starts):
            if index < 0 or index + width > len(self.spans):
                continue
            window = self.spans[index:index + width]
            words = [t[2] for t in window]
            same = [a == b for a, b in zip(words, name_tokens, strict=True)]
            if all(same) or not any(same):
                continue
            if all(s or (skeleton(a) == skeleton(b) and ratio(a, b) >= min_ratio and len(a) >= 4)
                   for s, a, b in zip(same, words, name_tokens, strict=True)):
                yield window[0][0], window[-1][1]


def name_variants(rule: Rule, analysis: Analysis) -> Iterator[Finding]:
    """One person or place spelled two ways in one article. The spelling to keep is the house style's or the
    knowledge base's where the article uses it, else the article's own most frequent spelling."""
    types, min_ratio = rule.params["entity_types"], rule.params["min_ratio"]
    mentions = _name_mentions(analysis, types)
    if not mentions:
        return
    spellings = _spellings_used(mentions)
    tokens = _Tokens(analysis.text)
    words = language(analysis.lang).consistency
    flagged: set[tuple[int, int]] = set()
    for mention, entity_id, field, key in mentions:
        entity = analysis.knowledge.get(entity_id)
        if entity is None:
            continue
        preferred, house = _preferred(rule, entity, field, analysis.lang)
        if not preferred:
            continue
        # Where the article spells the name more than one way (full name or family name alone), the house
        # style's spelling is the one to keep, whatever the article uses most.
        varied = len(spellings[(entity_id, "names")]) > 1 or len(spellings[(entity_id, "short")]) > 1
        target = preferred if house and varied else _target_spelling(entity, field, analysis.lang, preferred,
                                                                     spellings[(entity_id, field)])
        target_key = spelling_key(target)
        spans = []
        # Only a spelling of the same name counts: «غزة» beside «قطاع غزة» is a short form, not a variant.
        if key != target_key and is_spelling_variant(key, target_key, min_ratio, analysis.lang):
            spans.append((mention.start, mention.end))
        # Spellings the knowledge does not list are searched only where the language allows it (not in Arabic:
        # given names that differ by a letter are different people, محمد بن سليمان / محمد بن سلمان).
        if field == "names" and key == target_key and words.SEARCH_UNLISTED:
            spans += list(_fuzzy_variants(analysis, mention, tokens, min_ratio))
        for start, end in spans:
            found = analysis.text[start:end]
            if (start, end) in flagged or spelling_key(found) == target_key:
                continue
            flagged.add((start, end))
            yield rule.finding(
                start, end, analysis.lang,
                explanation=_explain(analysis.lang, entity.label(analysis.lang), found, target),
                fix=Fix(target, "safe"),
                found=found, preferred=target, by=_spelled_by(analysis.lang, house),
            )


def _target_spelling(entity: Entity, field: str, lang: str, preferred: str, used: Counter[str]) -> str:
    """The preferred spelling if the article uses it; else the article's most frequent spelling (ties go to
    the knowledge base's order), written as the knowledge base writes it."""
    if spelling_key(preferred) in used or not used:
        return preferred
    listed = list((entity.short if field == "short" else entity.names).get(lang, ()))
    by_key = {spelling_key(name): name for name in reversed(listed)}
    order = {spelling_key(name): index for index, name in enumerate(listed)}
    best = max(used, key=lambda key: (used[key], -order.get(key, len(order))))
    return by_key.get(best, preferred)


def _house_spelling(rule: Rule, entity: Entity | None, field: str, lang: str) -> str | None:
    """The house style's spelling of this entity (config `house-style.spellings`, passed in as the rule's
    `preferred_spellings`): the first listed spelling that is one of the entity's names in `lang`; for the
    family name alone ("short"), a listed short form, else the last word of the listed full name (house
    style "Volodymyr Zelenskyy" keeps a bare "Zelenskyy")."""
    if entity is None or not rule.params["preferred_spellings"]:
        return None
    spellings = rule.params["preferred_spellings"]
    full = {normalize_key(name) for name in entity.names.get(lang, ())}
    if field != "short":
        return next((spelling for spelling in spellings if normalize_key(spelling) in full), None)
    shorts = {normalize_key(name): name for name in entity.short.get(lang, ())}
    listed = next((spelling for spelling in spellings if normalize_key(spelling) in shorts), None)
    if listed:
        return listed
    last_words = (spelling.rsplit(" ", 1)[-1] for spelling in spellings if normalize_key(spelling) in full)
    return next((word for word in last_words if normalize_key(word) in shorts), None)


def _spelled_by(lang: str, house: bool) -> str:
    """Who prefers the spelling, for the message: the house style or the knowledge base."""
    words = language(lang).consistency
    return words.SPELLED_BY_HOUSE_STYLE if house else words.SPELLED_BY_KNOWLEDGE


def _explain(lang: str, label: str, found: str, preferred: str) -> str:
    return language(lang).explanations.NAME_VARIANTS.format(label=label, found=found, preferred=preferred)

"""consistency/name-variants: one person or place spelled two ways in one article."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from typing import TYPE_CHECKING

from checker.checks.consistency.spelling import (
    is_spelling_variant,
    name_key,
    ratio_reaches,
    skeleton,
    transliteration_folds,
)
from checker.lang import generation, language
from checker.models import Finding, Fix, Severity
from checker.text.lazy_regex import lazy_compile
from checker.text.normalize import normalize_key

if TYPE_CHECKING:
    from checker.analysis import Analysis
    from checker.annotate.mentions import Mention
    from checker.packs.model import Entity, Rule


_TOKEN = lazy_compile(r"\w+", re.UNICODE)


def _name_mentions(analysis: Analysis, types: tuple[str, ...]) -> list[tuple[Mention, str, str, str]]:
    """Unambiguous mentions of persons and places by full name or family name alone:
    (mention, entity id, field "names" or "short", normalised surface)."""
    found = []
    for mention in analysis.mentions:
        refs = [r for r in mention.refs if r.field in ("names", "short") and r.entity_id.split("/")[0] in types]
        if len({r.entity_id for r in refs}) != 1 or len({r.field for r in refs}) != 1:
            continue
        found.append((mention, refs[0].entity_id, refs[0].field,
                      name_key(analysis.text[mention.start:mention.end])))
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
    if len(name_tokens) == 1:
        yield from tokens.one_word_variants(name_tokens[0], language(analysis.lang).consistency.ONE_WORD_MIN_LETTERS)
    if len(name_tokens) < 2:
        return
    for start, end in tokens.variants_of(name_tokens, min_ratio, language(analysis.lang).consistency.STRICT_VARIANTS):
        if start != mention.start:
            yield start, end


class _Tokens:
    """The words of the text once, with where each word occurs."""

    def __init__(self, text: str, inflections: tuple[str, ...] = (), clitic: str | None = None) -> None:
        self.inflections = inflections  # endings that inflect a word (Macedonia -> Macedonian), not respell it
        self.clitic = re.compile(clitic) if clitic else None  # a prefix glued to a name's first word («وهونغ»)
        self.spans = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
        self.positions: dict[str, list[int]] = defaultdict(list)
        for index, (_, _, word) in enumerate(self.spans):
            self.positions[word].append(index)
        # A long text names one person many times: the variants of a name are searched for once.
        self._variants: dict[tuple[tuple[str, ...], float, bool], list[tuple[int, int]]] = {}
        self._by_skeleton: dict[str, list[str]] | None = None
        self._by_fold: dict[str, list[tuple[int, int, str]]] | None = None  # built on a one-word name's first search

    def variants_of(self, name_tokens: tuple[str, ...], min_ratio: float, strict: bool) -> list[tuple[int, int]]:
        """Spans of word windows that spell `name_tokens` with some words the same and the others close;
        `strict`: the others differ only by letters the skeleton folds (سيرغي / سيرجي), not by a long vowel
        (محمد بن سلمان / محمد بن سليمان are two people)."""
        key = (name_tokens, min_ratio, strict)
        if key not in self._variants:
            self._variants[key] = list(self._find_variants(name_tokens, min_ratio, strict))
        return self._variants[key]

    def one_word_variants(self, name: str, min_letters: int) -> Iterator[tuple[int, int]]:
        """Spans of words (behind a clitic, «وهامبورج») that spell a one-word name with only letters the
        skeleton folds changed («هامبورغ» / «هامبورج»). Only names of `min_letters` or more (0: none): a short
        word respelled so is as often another word («كابل» / «قابل»)."""
        name = normalize_key(name)
        fold = transliteration_folds(generation())[0]
        if not min_letters or len(name) < min_letters:
            return
        if self._by_fold is None:
            self._by_fold = defaultdict(list)
            for start, end, written in self.spans:
                word = normalize_key(written)
                match = self.clitic.match(word) if self.clitic else None
                for offset in {0, match.end() if match else 0}:
                    if len(word) - offset >= min_letters:
                        self._by_fold[word[offset:].translate(fold)].append((start + offset, end, word[offset:]))
        for start, end, word in self._by_fold.get(name.translate(fold), ()):
            if word != name:
                yield start, end

    def _words_by_skeleton(self) -> dict[str, list[str]]:
        if self._by_skeleton is None:
            self._by_skeleton = defaultdict(list)
            for word in self.positions:
                if len(word) >= 4:  # a word that differs from the name's needs four letters
                    self._by_skeleton[skeleton(word)].append(word)
        return self._by_skeleton

    def _find_variants(self, name_tokens: tuple[str, ...], min_ratio: float,
                       strict: bool) -> Iterator[tuple[int, int]]:
        width = len(name_tokens)
        # A window that qualifies has a word that differs from the name's word at its place but shares its
        # skeleton: only windows anchored on such a word are read (a common word of a name, such as "New",
        # occurs all over a long text).
        by_skeleton = self._words_by_skeleton()
        starts = {position - offset for offset, word in enumerate(name_tokens)
                  for other in by_skeleton.get(skeleton(word), ()) if other != word
                  for position in self.positions[other]}
        inflections = self.inflections
        if strict:  # words compared as the knowledge's names are (alef and hamza forms folded)
            name_tokens = tuple(normalize_key(word) for word in name_tokens)
            fold = transliteration_folds(generation())[0]
        else:  # letters the skeleton folds (Tony / Toni, Modi / Mody) make one spelling at any length
            fold = transliteration_folds(generation())[0]
        for index in sorted(starts):
            if index < 0 or index + width > len(self.spans):
                continue
            window = self.spans[index:index + width]
            words = [normalize_key(t[2]) if strict else t[2] for t in window]
            start = window[0][0] + self._clitic_length(window[0][2], words[0], name_tokens[0], strict)
            if start > window[0][0]:
                words[0] = name_tokens[0]  # «وهونغ كونج»: the name's first word behind a clitic
            same = [a == b for a, b in zip(words, name_tokens, strict=True)]
            if all(same) or not any(same):
                continue
            if strict:
                close = all(s or (a.translate(fold) == b.translate(fold) and len(a) >= 4)
                            for s, a, b in zip(same, words, name_tokens, strict=True))
            else:
                close = all(s or (len(a) >= 4 and a.lower() != b.lower()  # a capital is no other spelling
                                  and a.lower().translate(fold) == b.lower().translate(fold))
                            or (skeleton(a) == skeleton(b) and ratio_reaches(a, b, min_ratio) and len(a) >= 4
                                and not _inflected(a, b, inflections))
                            for s, a, b in zip(same, words, name_tokens, strict=True))
            if close:
                yield start, window[-1][1]

    def _clitic_length(self, written: str, word: str, name_word: str, strict: bool) -> int:
        """The length of a clitic glued to the window's first word when the word behind it is the name's first
        word (a conjunction or a preposition: «وهونغ» is «و» + «هونغ»), else 0."""
        if self.clitic is None or word == name_word:
            return 0
        match = self.clitic.match(written)
        if not match or not match.end():
            return 0
        rest = written[match.end():]
        return match.end() if (normalize_key(rest) if strict else rest) == name_word else 0


def _inflected(word: str, name_word: str, inflections: tuple[str, ...]) -> bool:
    """The name's word with an ending that makes another word of it ("North Macedonian" beside "North
    Macedonia" is a demonym, not a spelling of the country)."""
    return word.startswith(name_word) and word[len(name_word):] in inflections


def name_variants(rule: Rule, analysis: Analysis) -> Iterator[Finding]:
    """One person or place spelled two ways in one article. The spelling to keep is the house style's or the
    knowledge base's where the article uses it, else the article's own most frequent spelling."""
    types, min_ratio = rule.params["entity_types"], rule.params["min_ratio"]
    mentions = _name_mentions(analysis, types)
    if not mentions:
        return
    spellings = _spellings_used(mentions)
    words = language(analysis.lang).consistency
    # Only a language that searches unlisted spellings reads clitics off a name's first word (and must say its own).
    tokens = _Tokens(analysis.text, words.INFLECTIONS, words.CLITIC_PREFIX if words.SEARCH_UNLISTED else None)
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
        target_key = name_key(target)
        spans = []
        # Only a spelling of the same name counts: «غزة» beside «قطاع غزة» is a short form, not a variant.
        if key != target_key and is_spelling_variant(key, target_key, min_ratio, analysis.lang):
            spans.append((mention.start, mention.end, target))
        # Spellings the knowledge does not list are searched only where the language allows it; in Arabic only
        # letters the skeleton folds may differ (given names that differ by a long vowel are different people,
        # محمد بن سليمان / محمد بن سلمان). A listed full name other than the spelling kept («غازي عنتاب» beside
        # «عنتاب») is searched too: its respelling is a variant of it, not of the other name.
        if field == "names" and words.SEARCH_UNLISTED and (
                key == target_key or key in _listed_keys(entity, analysis.lang)):
            own = target if key == target_key else _listed_name(entity, key, analysis.lang)
            listed = _listed_keys(entity, analysis.lang) if own != target else set()
            if own:  # a listed spelling found there is the kept one's variant, judged above from its own mention
                spans += [(start, end, own) for start, end in _fuzzy_variants(analysis, mention, tokens, min_ratio)
                          if name_key(analysis.text[start:end]) not in listed]
        for start, end, keep in spans:
            found = analysis.text[start:end]
            keep_key = name_key(keep)
            if (start, end) in flagged or name_key(found) == keep_key:
                continue
            flagged.add((start, end))
            accepted = (analysis.lang in rule.params["accepted_mix_info"] and not (house and varied)
                        and {name_key(found), keep_key} <= _listed_keys(entity, analysis.lang))
            yield rule.finding(
                start, end, analysis.lang,
                explanation=_explain(analysis.lang, entity.label(analysis.lang), found, keep),
                fix=Fix(keep, "safe"), severity=Severity.INFO if accepted else None,
                found=found, preferred=keep, by=_spelled_by(analysis.lang, house),
            )


def _listed_keys(entity: Entity, lang: str) -> set[str]:
    """The spellings of the entity's name that its knowledge lists in `lang` (full names and family names),
    not the forms generated from them (a long vowel dropped: «ترمب»)."""
    return {name_key(name) for names in (entity.names, entity.short) for name in names.get(lang, ())}


def _listed_name(entity: Entity, key: str, lang: str) -> str | None:
    """The entity's full name in `lang` with this spelling key, as the knowledge writes it."""
    return next((name for name in entity.names.get(lang, ()) if name_key(name) == key), None)


def _target_spelling(entity: Entity, field: str, lang: str, preferred: str, used: Counter[str]) -> str:
    """The preferred spelling if the article uses it; else the article's most frequent spelling (ties go to
    the knowledge base's order), written as the knowledge base writes it."""
    if name_key(preferred) in used or not used:
        return preferred
    listed = list((entity.short if field == "short" else entity.names).get(lang, ()))
    by_key = {name_key(name): name for name in reversed(listed)}
    order = {name_key(name): index for index, name in enumerate(listed)}
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

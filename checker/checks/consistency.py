"""Consistency checks: one thing said two ways in the same article."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING, Any

from checker.annotate.statements import (
    DATE,
    FUNCTION,
    NAME,
    NUMBER,
    WORD,
    Statements,
    Token,
    sections_of,
    update_words,
    word_key,
)
from checker.lang import generation, language, languages_with
from checker.models import Finding, Fix, Severity
from checker.text.lazy_regex import lazy_compile
from checker.text.normalize import normalize_key

if TYPE_CHECKING:
    from checker.analysis import Analysis
    from checker.annotate.mentions import Mention
    from checker.annotate.statements import Pair, Statement
    from checker.annotate.titles import TitleClaim
    from checker.packs.model import Entity, Rule

_TOKEN = lazy_compile(r"\w+", re.UNICODE)
_DOUBLED = lazy_compile(r"(.)\1+")


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


def name_key(name: str) -> str:
    """The spelling key of a name for name-variants: `spelling_key` with the accents of Latin letters
    dropped (António / Antonio, Erdoğan / Erdogan) and the article's Latin spellings made one (el-Sisi /
    al-Sisi): spellings with the same key are one spelling, never a variant."""
    key = spelling_key(name)
    if key.isascii():
        return _latin_article(key)
    decomposed = unicodedata.normalize("NFD", key)
    # Only a mark on a Latin letter goes: Arabic letters decompose too (أ into ا and a hamza mark).
    kept = [char for index, char in enumerate(decomposed)
            if not (unicodedata.combining(char) and index and decomposed[index - 1] < "\u0250")]
    return _latin_article(unicodedata.normalize("NFC", "".join(kept)))


def _latin_article(key: str) -> str:
    pattern, replacement = _article_spellings(generation())
    return pattern.sub(replacement, key) if pattern else key


@cache
def _article_spellings(generation: int) -> tuple[re.Pattern[str] | None, str]:
    """The article's spellings in Latin script, each language's (el- / al-), as one pattern."""
    spellings = [s for found in languages_with("consistency") for s in found.consistency.ARTICLE_SPELLINGS]
    if not spellings:
        return None, ""
    alternatives = "|".join(re.escape(s) for s in sorted(spellings, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})"), spellings[0]


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

    def variants_of(self, name_tokens: tuple[str, ...], min_ratio: float, strict: bool) -> list[tuple[int, int]]:
        """Spans of word windows that spell `name_tokens` with some words the same and the others close;
        `strict`: the others differ only by letters the skeleton folds (سيرغي / سيرجي), not by a long vowel
        (محمد بن سلمان / محمد بن سليمان are two people)."""
        key = (name_tokens, min_ratio, strict)
        if key not in self._variants:
            self._variants[key] = list(self._find_variants(name_tokens, min_ratio, strict))
        return self._variants[key]

    def _words_by_skeleton(self) -> dict[str, list[str]]:
        if self._by_skeleton is None:
            self._by_skeleton = defaultdict(list)
            for word in self.positions:
                if len(word) >= 4:  # a word that differs from the name's needs four letters
                    self._by_skeleton[skeleton(word)].append(word)
        return self._by_skeleton

    def _find_variants(self, name_tokens: tuple[str, ...], min_ratio: float,
                       strict: bool) -> Iterator[tuple[int, int]]:
        from rapidfuzz.fuzz import ratio

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
            fold = _transliteration_folds(generation())[0]
        else:  # letters the skeleton folds (Tony / Toni, Modi / Mody) make one spelling at any length
            fold = _transliteration_folds(generation())[0]
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
                close = all(s or (len(a) >= 4 and a.lower().translate(fold) == b.lower().translate(fold))
                            or (skeleton(a) == skeleton(b) and ratio(a, b) >= min_ratio and len(a) >= 4
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


# -- statements compared within one article --------------------------------------------------------------------
_QUOTE_LIMIT = 140


def _where(analysis: Analysis, statement: Statement) -> str:
    """How an explanation names a statement: "the headline" or "line N" (of the prose)."""
    words = language(analysis.lang).consistency
    if statement.headline:
        return str(words.HEADLINE)
    if statement.subtitle:
        return str(words.SUBTITLE)
    return str(words.LINE.format(line=analysis.text.count("\n", 0, statement.start) + 1))


def _statement_text(analysis: Analysis, statement: Statement) -> str:
    start = statement.tokens[0].start if statement.tokens else statement.start  # not a list's bullet
    text = _source_text(analysis, statement)[start:statement.end].strip()
    return text if len(text) <= _QUOTE_LIMIT else text[:_QUOTE_LIMIT].rsplit(" ", 1)[0] + " …"


def _source_text(analysis: Analysis, statement: Statement) -> str:
    if statement.in_prose:
        return analysis.text
    metadata = analysis.subtitle if statement.subtitle else analysis.headline
    return analysis.text if metadata is None else metadata.text


def _span_text(analysis: Analysis, statement: Statement, tokens: tuple[Token, ...]) -> str:
    return _source_text(analysis, statement)[tokens[0].start:tokens[-1].end] if tokens else ""


def near_duplicate_conflict(rule: Rule, analysis: Analysis) -> Iterator[Finding]:
    """Two statements that are one sentence but for a figure, a name, a date word or a negation. The later one
    is flagged (a metadata headline has no place in the prose, so its repetition in the body is); an article
    that repeats many of its sentences is an updated copy of a story pasted twice, and is left alone."""
    pairs: list[Pair] = analysis.annotation("statement_pairs")
    if sum(not (pair.changed_earlier or pair.changed_later) for pair in pairs) > rule.params["max_repeated"]:
        return
    words = language(analysis.lang).consistency
    for pair in pairs:
        if not pair.conflict:
            continue
        target, other = pair.later, pair.earlier
        found_tokens, other_tokens = pair.changed_later, pair.changed_earlier
        if not target.in_prose:
            target, other, found_tokens, other_tokens = other, target, other_tokens, found_tokens
        start, end = ((found_tokens[0].start, found_tokens[-1].end) if found_tokens
                      else (target.start, target.end))
        found, value = _span_text(analysis, target, found_tokens), _span_text(analysis, other, other_tokens)
        explanation = words.EXPLAIN_NEAR_DUPLICATE.format(where=_where(analysis, other), found=found or "—",
                                                          value=value or "—", other=_statement_text(analysis, other))
        yield rule.finding(start, end, analysis.lang, explanation=explanation,
                           fix=Fix(value, "unsafe") if found and value else None,
                           found=found or analysis.text[start:end], value=value or "—", line=_where(analysis, other))


def repeated_sentence(rule: Rule, analysis: Analysis) -> Iterator[Finding]:
    """The same sentence twice (but for words that change no fact); a quotation repeated word for word is a
    speaker quoted twice, not a slip."""
    words = language(analysis.lang).consistency
    repeated = [pair for pair in analysis.annotation("statement_pairs")
                if not (pair.changed_earlier or pair.changed_later or pair.later.quoted or not pair.later.in_prose
                        # a headline repeated as the body's first line is how many pages are laid out
                        or pair.earlier.headline)]
    if len(repeated) > rule.params["max_repeated"]:
        repeated = repeated[:1]  # a story pasted twice: one note says it
    for pair in repeated:
        other = pair.earlier
        explanation = words.EXPLAIN_REPEATED.format(where=_where(analysis, other),
                                                    other=_statement_text(analysis, other))
        start = pair.later.tokens[0].start if pair.later.tokens else pair.later.start  # not a list's bullet
        yield rule.finding(start, pair.later.end, analysis.lang, explanation=explanation,
                           line=_where(analysis, other))


_LEDE_STATEMENTS = 3  # body statements that hold a figure, read as the lede a headline sums up
_BIDI_FIGURE = lazy_compile("[0-9٠-٩][.,٫]?[\u200e\u200f\u061c][0-9٠-٩]")
_NAME_TYPES = frozenset({"person", "country", "place", "institution", "org"})


def _figures_agree(first: Token, second: Token, tolerance: float) -> bool:
    """Two figures that can be one figure: equal, or within `tolerance` of each other from 20 up (a headline
    rounds: "nearly 300" for 298). An open range is read as its figure: "at least 21" does not agree with 63;
    a vague magnitude («آلاف», "dozens") first agrees with any figure in its range, second with none."""
    if first.vague:
        return (first.low or 0.0) <= (second.high or 0.0) and (second.low or 0.0) <= (first.high or 0.0)
    if second.vague:
        return False  # "tens of thousands" does not state "10,554"
    one, other = first.value or 0.0, second.value or 0.0
    if abs(one - other) < 1 and not (one.is_integer() and other.is_integer()):
        return True  # rounded: "3%" for 2.9%, "16 points" for 16.72
    if max(one, other) < 20:
        return one == other
    return abs(one - other) <= tolerance * max(one, other)


def _next_word(statement: Statement, token: Token) -> str | None:
    """What a figure counts: the first content word after it, within two tokens ("12 votes"), after the unit
    the quantity annotator read ("$3 billion budget": currency/budget). None when nothing tells."""
    tokens = statement.tokens
    at = tokens.index(token)
    word = _content_word(tokens[at + 1:at + 3])
    if token.unit:
        return f"{token.unit}/{word or ''}"
    return word


def _counted(statement: Statement, token: Token) -> set[str]:
    """What a figure counts, read on both sides: the word after it ("12 votes"), and for a sum of money also
    the word before it ("budget of $3 billion", «ميزانية بقيمة 3 مليارات دولار»)."""
    after = _next_word(statement, token)
    found = {after} if after and not after.endswith("/") else set()
    if token.unit == "currency":
        tokens = statement.tokens
        at = tokens.index(token)
        before = _content_word(tokens[max(0, at - 2):at][::-1])
        if before:
            found.add(f"{token.unit}<{before}")
    return found


def _content_word(tokens: tuple[Token, ...]) -> str | None:
    for token in tokens:
        if token.kind == WORD:
            return _stem(token.key)
        if token.kind != FUNCTION:
            return None
    return None


def _stem(key: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if len(key) > len(suffix) + 3 and key.isascii() and key.endswith(suffix):
            return key[: -len(suffix)]
    return key


def _context(statement: Statement, token: Token) -> set[str]:
    """The content words (stemmed) next to a figure, two on each side: "Blast [kills] 12", "12 [people] [killed]"."""
    tokens = statement.tokens
    at = tokens.index(token)
    before = [t for t in tokens[:at] if t.kind != FUNCTION][-2:]
    after = [t for t in tokens[at + 1:] if t.kind != FUNCTION][:2]
    return {_stem(t.key) for t in (*before, *after) if t.kind == WORD}


def headline_body(rule: Rule, analysis: Analysis) -> Iterator[Finding]:
    """A figure or name of the headline that the body contradicts (warning) or never mentions (info); a figure
    or name of the subtitle that the body after it contradicts (warning)."""
    statements: Statements = analysis.annotation("statements")
    if statements.headline is not None and statements.body:
        yield from _against_body(rule, analysis, statements)
    sub = statements.subtitle
    if sub is not None:
        # An <h2> standfirst is also the body's first sentence: the body it is read against starts after it.
        body = tuple(item for item in statements.body if not sub.in_prose or item.start >= sub.end)
        if body:
            yield from _against_body(rule, analysis, Statements((sub, *body), sub, statements.subtitle_analysis))


def _against_body(rule: Rule, analysis: Analysis, statements: Statements) -> Iterator[Finding]:
    """The findings of `statements.headline` (the headline, or the subtitle in its place) against the body."""
    head = statements.headline
    assert head is not None
    flagged: set[int] = set()
    for finding, token_start in _headline_roles(rule, analysis, statements):
        flagged.add(token_start)
        yield finding
    body = statements.body
    body_numbers = [(s, t) for s in body for t in s.tokens if t.kind == NUMBER]
    body_ids = {entity_id for s in body for t in s.tokens for entity_id in t.ids}
    body_text = " ".join(word_key(word, analysis.lang) for word in analysis.text[body[0].start:].split())
    casualties = _casualty_categories(analysis, statements)
    # Any figure of the body supports the headline's, also one read as a number that names ("(431)").
    support = [Token(q.start, q.end, "", NUMBER, q.value, low=q.low, high=q.high, vague=q.vague)
               for q in analysis.quantities if q.start >= body[0].start]
    tolerance = rule.params["tolerance"]
    for token in head.tokens:
        if token.start in flagged:
            continue
        if token.kind == NUMBER:
            if token.vague or any(_figures_agree(token, other, tolerance) for other in support):
                continue
            if _sums_to(token, body_numbers, tolerance):
                continue
            rival = _rival_figure(head, token, body_numbers, casualties, analysis)
            if rival is None and _BIDI_FIGURE.search(analysis.text, body[0].start):
                continue  # the body writes a figure with direction marks in it («5.‏7»): it may be this one
            yield from _headline_finding(rule, analysis, head, token, rival)
        elif token.kind == NAME and token.ids and head.in_prose and not head.subtitle:
            # Only names the knowledge knows: a headline's capitals ("Lessons from ...") say little.
            known = {entity_id.split("/")[0] for entity_id in token.ids}
            if token.ids & body_ids or not known & _NAME_TYPES:
                continue
            surface = _source_text(analysis, head)[token.start:token.end]
            if word_key(surface, analysis.lang) in body_text:
                continue
            yield from _headline_finding(rule, analysis, head, token, None)


def _casualty_categories(analysis: Analysis, statements: Statements) -> dict[tuple[bool, int], frozenset[str]]:
    """The casualty categories of each figure, by (in the headline's own text, start)."""
    found: dict[tuple[bool, int], frozenset[str]] = {}
    head = statements.headline
    for fact in analysis.annotation("casualty_facts"):
        found[(True, fact.start)] = frozenset(fact.categories)
    if head is not None and not head.in_prose:
        for fact in statements.headline_analysis.annotation("casualty_facts"):
            found[(False, fact.start)] = frozenset(fact.categories)
    return found


def _rival_figure(head: Statement, token: Token, body_numbers: list[tuple[Statement, Token]],
                  casualties: dict[tuple[bool, int], frozenset[str]],
                  analysis: Analysis) -> tuple[Statement, Token] | None:
    """The body figure that states the headline's figure's fact with another value: the same casualty category,
    or the same word counted after it."""
    lang = analysis.lang
    categories = casualties.get((head.in_prose, token.start))
    counted = _counted(head, token)
    counting = [(statement, other) for statement, other in body_numbers if not _one_as_word(analysis.text, other)]
    lede = {statement.index for statement in body_numbers_statements(counting)[:_LEDE_STATEMENTS]}
    head_modifier = _modifier(_source_text(analysis, head), token, lang)
    for statement, other in body_numbers:
        if token.approximate and other.approximate and head_modifier != _modifier(analysis.text, other, lang):
            continue  # "over 300k" and "an estimated 246,000": two estimates, perhaps of two things
        if statement.index not in lede:
            continue  # a headline sums up the lede; a figure further down is often another one of its kind
        if other.vague or _partial(statement, other, lang):
            continue
        if categories and categories == casualties.get((True, other.start)):
            return statement, other  # the same categories: «مصرع وإصابة 8» is not rivalled by 3 killed
        if counted & _counted(statement, other) and not (
                categories and casualties.get((True, other.start))):
            return statement, other  # the same word counted (and not two casualty categories)
    return None


def _modifier(text: str, token: Token, lang: str) -> str:
    """The words of a figure before its number ("more than", «أزيد من»): two estimates with one modifier and
    one counted word («أزيد من 2.7 مليون رأس», «أزيد من 7 ملايين و200 ألف رأس») state one fact."""
    written = text[token.start:token.end]
    digit = next((at for at, character in enumerate(written) if character.isdigit()), len(written))
    return " ".join(word_key(word, lang) for word in written[:digit].split())


def _one_as_word(text: str, token: Token) -> bool:
    """"one" written as a word is mostly a pronoun or an article ("one way or another", "the only one"): it
    makes no statement part of the lede a headline sums up."""
    return token.value == 1 and not any(character.isdigit() for character in text[token.start:token.end])


def body_numbers_statements(body_numbers: list[tuple[Statement, Token]]) -> list[Statement]:
    """The body statements in order, each once (the lede first)."""
    return list({statement.index: statement for statement, _ in body_numbers}.values())


def _partial(statement: Statement, token: Token, lang: str) -> bool:
    """A figure of part of a whole: "five other militants", «وخمسة متطرفين آخرين»."""
    partial = language(lang).consistency.PARTIAL_WORDS
    tokens = statement.tokens
    at = tokens.index(token)
    return any(t.key in partial for t in tokens[max(0, at - 2):at + 5])


def _sums_to(token: Token, body_numbers: list[tuple[Statement, Token]], tolerance: float) -> bool:
    """The headline's figure is the sum of two figures of the body that count the same thing ("125 judges":
    100 at one court, 25 at another)."""
    by_word: dict[str, list[float]] = defaultdict(list)
    for statement, other in body_numbers:
        counted = _next_word(statement, other)
        if counted and other.value is not None and not other.vague:
            by_word[counted].append(other.value)
    for values in by_word.values():
        parts: list[Token] = []
        for value in sorted(set(values)):
            # one figure stated twice, or twice in other roundings ("64" and "64.55" dollars), is not two parts
            if not any(_figures_agree(part, _figure(value), tolerance) for part in parts):
                parts.append(_figure(value))
        total = sum(part.value or 0.0 for part in parts)
        if len(parts) >= 2 and abs(total - (token.value or 0.0)) <= _sum_margin(token, total, tolerance):
            return True
    # Or any two different figures of the body, whatever they count: the headline's noun is often worded otherwise.
    # Two figures of two years are one series, not two parts ("4 billion in 1974", "9 billion in 2037").
    years: dict[float, set[float | None]] = defaultdict(set)
    for statement, other in body_numbers:
        if other.value is not None and not other.vague:
            years[other.value].add(_year_of(statement, other))
    for value, of_value in years.items():
        rest = (token.value or 0.0) - value
        if rest != value and rest in years and any(
                first is None or second is None or first == second for first in of_value for second in years[rest]):
            return True
    return False


def _year_of(statement: Statement, token: Token) -> float | None:
    """The year written right after a figure ("4 billion in 1974"), if any."""
    tokens = statement.tokens
    at = tokens.index(token)
    return next((t.value for t in tokens[at + 1:at + 4] if t.kind == DATE and t.value and t.value >= 1000), None)


def _figure(value: float) -> Token:
    return Token(0, 0, "", NUMBER, value)


def _sum_margin(token: Token, total: float, tolerance: float) -> float:
    """How far a sum may be from the headline's figure: parts add up exactly, so only as far as the headline
    rounds. An approximate figure ("nearly 300") rounds by `tolerance`; an exact one by its trailing zeros
    ("1,500" for 1,480, "13 billion" for 12.8 billion), never more than `tolerance` ("78" is not 26 + 48)."""
    if token.approximate:
        return tolerance * total
    value = abs(token.value or 0.0)
    unit = 1.0
    while value >= unit * 10 and (value / (unit * 10)).is_integer():
        unit *= 10
    return min(tolerance * total, unit / 2 if unit > 1 else 0.0)


def _headline_finding(rule: Rule, analysis: Analysis, head: Statement, token: Token,
                      rival: tuple[Statement, Token] | None) -> Iterator[Finding]:
    words = language(analysis.lang).consistency
    found = _source_text(analysis, head)[token.start:token.end]
    if rival is None:
        if head.in_prose and not head.subtitle:  # a standfirst may add what the body leaves out
            yield rule.finding(token.start, token.end, analysis.lang, severity=Severity.INFO,
                               explanation=words.EXPLAIN_HEADLINE_UNSUPPORTED.format(found=found),
                               found=found, verdict=words.HEADLINE_UNSUPPORTED, part=words.HEADLINE_PART)
        return
    statement, other = rival
    value = analysis.text[other.start:other.end]
    where = _where(analysis, statement)
    explanation = _contradicted(words, head).format(found=found, value=value, where=where,
                                                    other=_statement_text(analysis, statement))
    verdict = words.HEADLINE_CONTRADICTED.format(value=value, where=where)
    part = _part(words, head)
    if head.in_prose:
        yield rule.finding(token.start, token.end, analysis.lang, explanation=explanation,
                           fix=Fix(value, "unsafe"), found=found, verdict=verdict, part=part)
    else:  # a metadata title has no place in the prose: the body's statement is the one shown
        yield rule.finding(other.start, other.end, analysis.lang, explanation=explanation, fix=Fix(found, "unsafe"),
                           found=found, verdict=verdict, part=part)


def _contradicted(words: Any, head: Statement) -> str:
    return str(words.EXPLAIN_SUBTITLE_CONTRADICTED if head.subtitle else words.EXPLAIN_HEADLINE_CONTRADICTED)


def _part(words: Any, head: Statement) -> str:
    """The `{part}` of the message: the headline or the subtitle."""
    return str(words.SUBTITLE_PART if head.subtitle else words.HEADLINE_PART)


def _current_claims(analysis: Analysis, start: int, end: int) -> list[TitleClaim]:
    return [claim for claim in analysis.annotation("titled_persons")
            if start <= claim.title.start and claim.person.end <= end and not claim.former]


def _country_of(claim: TitleClaim) -> str | None:
    return claim.of_id if claim.of_id and claim.of_id.startswith("country/") else None


def _headline_roles(rule: Rule, analysis: Analysis, statements: Statements) -> Iterator[tuple[Finding, int]]:
    """A headline title that the body gives another country (the same person, the same office), or a
    headline office holder the body names someone else for (and never names the headline's person)."""
    head = statements.headline
    assert head is not None
    head_analysis = statements.headline_analysis
    body_start = statements.body[0].start
    head_claims = _current_claims(head_analysis, head.start, head.end)
    if not head_claims:
        return
    body_claims = _current_claims(analysis, body_start, len(analysis.text))
    body_ids = {entity_id for s in statements.body for t in s.tokens for entity_id in t.ids}
    words = language(analysis.lang).consistency
    head_text = _source_text(analysis, head)
    for claim in head_claims:
        for other in body_claims:
            if other.office_id != claim.office_id:
                continue
            if other.person_id == claim.person_id and _country_of(claim) and _country_of(other) \
                    and _country_of(claim) != _country_of(other) and claim.qualifier and other.qualifier:
                mine, theirs = claim.qualifier, other.qualifier
            elif other.person_id != claim.person_id and claim.of_id and other.of_id == claim.of_id \
                    and claim.person_id not in body_ids:
                mine, theirs = claim.person, other.person
            else:
                continue
            found, value = head_text[mine.start:mine.end], analysis.text[theirs.start:theirs.end]
            sentence = _statement_at(statements, theirs.start)
            where = _where(analysis, sentence)
            explanation = _contradicted(words, head).format(found=found, value=value, where=where,
                                                            other=_statement_text(analysis, sentence))
            verdict = words.HEADLINE_CONTRADICTED.format(value=value, where=where)
            if head.in_prose:
                finding = rule.finding(mine.start, mine.end, analysis.lang, explanation=explanation,
                                       fix=Fix(value, "unsafe"), found=found, verdict=verdict, part=_part(words, head))
            else:
                finding = rule.finding(theirs.start, theirs.end, analysis.lang, explanation=explanation,
                                       fix=Fix(found, "unsafe"), found=found, verdict=verdict, part=_part(words, head))
            yield finding, mine.start
            break


def _statement_at(statements: Statements, offset: int) -> Statement:
    for statement in statements.body:
        if statement.start <= offset < statement.end:
            return statement
    return statements.body[-1]


def restated_fact(rule: Rule, analysis: Analysis) -> Iterator[Finding]:
    """One fact stated twice in the body with two values, neither saying it revises the other: one person
    holding one office for two countries, or one figure (not a casualty toll: the casualties family compares
    those) given twice for the same thing ("a budget of $3.2 billion" ... "a budget of $3.5 billion")."""
    statements: Statements = analysis.annotation("statements")
    if not statements.body:
        return
    yield from _restated_roles(rule, analysis, statements)
    yield from _restated_figures(rule, analysis, statements)


def _restated_roles(rule: Rule, analysis: Analysis, statements: Statements) -> Iterator[Finding]:
    first_by_person: dict[tuple[str, str], TitleClaim] = {}
    for claim in _current_claims(analysis, statements.body[0].start, len(analysis.text)):
        country = _country_of(claim)
        if country is None or claim.qualifier is None:
            continue
        earlier = first_by_person.setdefault((claim.person_id, claim.office_id), claim)
        if earlier is claim or _country_of(earlier) == country or earlier.qualifier is None:
            continue
        yield _restated(rule, analysis, statements, claim.qualifier.start, claim.qualifier.end,
                        earlier.qualifier.start, earlier.qualifier.end)


def _restated(rule: Rule, analysis: Analysis, statements: Statements, start: int, end: int, other_start: int,
              other_end: int) -> Finding:
    words = language(analysis.lang).consistency
    found, value = analysis.text[start:end], analysis.text[other_start:other_end]
    other = _statement_at(statements, other_start)
    where = _where(analysis, other)
    explanation = words.EXPLAIN_RESTATED.format(where=where, found=found, value=value,
                                                other=_statement_text(analysis, other))
    return rule.finding(start, end, analysis.lang, explanation=explanation, fix=Fix(value, "unsafe"),
                        found=found, value=value, line=where)


def _figure_frame(statement: Statement, token: Token) -> tuple[str, ...] | None:
    """What a figure counts, read from its neighbours: the two content words before it and the word it counts
    ("the budget of [$3.2 billion] for"): two figures with one frame state one fact. None when the figure
    has too few words around it to tell."""
    tokens = statement.tokens
    at = tokens.index(token)
    before = [t for t in tokens[max(0, at - 4):at] if t.kind != FUNCTION][-2:]
    counted = _next_word(statement, token)
    if len(before) < 2 or counted is None or any(t.kind not in (WORD, NAME) for t in before):
        return None
    return (*(t.key for t in before), counted)


def _names(statement: Statement) -> frozenset[str]:
    return frozenset(t.key for t in statement.tokens if t.kind == NAME)


def _differ(first: frozenset[str], second: frozenset[str]) -> bool:
    """Both statements name someone (or a time) and not the same: a weekday in one of them alone is no other
    time."""
    return bool(first and second and first != second)


def _dates(statement: Statement) -> frozenset[str]:
    return frozenset(t.key for t in statement.tokens if t.kind == DATE)


def _likeness(first: Statement, second: Statement) -> float:
    """The share of content words two statements have in common (Jaccard), figures left out."""
    first_keys = {t.key for t in first.content if t.kind != NUMBER}
    second_keys = {t.key for t in second.content if t.kind != NUMBER}
    return len(first_keys & second_keys) / max(1, len(first_keys | second_keys))


def _restated_figures(rule: Rule, analysis: Analysis, statements: Statements) -> Iterator[Finding]:
    casualty_starts = {fact.start for fact in analysis.annotation("casualty_facts")}
    repeated = {(pair.earlier.index, pair.later.index) for pair in analysis.annotation("statement_pairs")}
    updates = update_words(analysis.lang)
    tolerance = rule.params["tolerance"]
    if sum(statement.timestamped for statement in statements.body) >= 2:
        return  # a live story ("9:04 p.m. RUMSON — ..."): its figures are updated as the night goes on
    sections = sections_of(statements)
    by_frame: dict[tuple[str, ...], list[tuple[Statement, Token]]] = defaultdict(list)
    for statement in statements.body:
        if statement.quoted or statement.timestamped or any(t.key in updates for t in statement.tokens):
            continue
        for token in statement.tokens:
            # Shares are left out: a poll gives one question's figures for every group ("10% ... 27%").
            if token.kind == NUMBER and not (token.vague or token.approximate) and token.unit != "percent" \
                    and token.start not in casualty_starts:
                frame = _figure_frame(statement, token)
                if frame is not None:
                    by_frame[frame].append((statement, token))
    for found in by_frame.values():
        # A frame with three figures or more is a list or a table ("Population density: ... per square mile").
        if len(found) != 2:
            continue
        (first_statement, first), (statement, token) = found
        if first_statement is statement or _figures_agree(first, token, tolerance):
            continue
        if sections[first_statement.index] != sections[statement.index]:
            continue  # under two headings: each section's own figure (each county's votes)
        if _differ(_names(first_statement), _names(statement)) or _differ(_dates(first_statement), _dates(statement)):
            continue  # two figures of two named things or two times: "Wilson ... two terms", "in 2018 ..."
        if _likeness(first_statement, statement) < rule.params["min_likeness"]:
            continue  # "a forecast high of 20 degrees" in Chicago, "of 39 degrees" in Brownsville: two facts
        if (first_statement.index, statement.index) in repeated:
            continue  # one sentence written twice: near-duplicate-conflict says it
        yield _restated(rule, analysis, statements, token.start, token.end, first.start, first.end)

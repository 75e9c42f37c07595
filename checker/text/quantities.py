"""Quantities in Arabic and English news text, each read as the range of values its words state.

One regex pass cuts the text into tokens (numbers, words, the symbols % ٪ $ £ €); each word is folded
(`fold_word`) and looked up in one table that holds every clitic and case-ending form of the number
words of both languages (built on first use: about 1,000 keys, 30 ms). No complete Arabic number
parser exists on PyPI, and text2num rewrites text (offsets are lost) and slows on long strings, so
both languages share this table-driven parser.

Ranges (low, high) for the vague words; `value` is then the low end, the least the words commit to:
- dozens / عشرات [24, 99]; scores (of) [40, 199]; hundreds / مئات [200, 999];
  thousands / آلاف [2000, 9999]; millions / ملايين [2e6, 999999999]; billions / مليارات [2e9, 1e12 - 1]
- tens of M / عشرات M: [20 M, 100 M - 1]; hundreds of M / مئات M: [200 M, 1000 M - 1]
  (tens of thousands [20000, 99999], hundreds of thousands [200000, 999999])
- a few / several / بضعة / عدة + M: [2 M, 10 M - 1] (a few thousand [2000, 9999]);
  alone: a few [2, 9], several / بضعة / بضع [3, 9]
Modifiers, applied to the range [low, high] of the figure (for an exact figure low = high = value):
- more-than (more than, over, أكثر من, ما يزيد عن/على, يربو على): [low, inf]
- at-least (at least, no fewer than, ما لا يقل عن, على الأقل after the figure or its noun): [low, inf]
- about (about, around, some, approximately, نحو, حوالي, قرابة, زهاء, ما يقارب, تقريبا): [0.9 low, 1.1 high]
- nearly (nearly, almost, close to, ما يقرب من): [0.9 low, high]
- up-to (up to, as many as, no more than, حتى, ما يصل إلى, لا يتجاوز): [0, high]
- less-than (less than, fewer than, under, أقل من): [0, high]
Digits: 1,200 and ١٬٢٠٠ group thousands; 2.5 and ٢٫٥ are decimals; in Arabic a single dot followed by
exactly three digits (3.500) groups thousands unless a multiplier or a percent sign follows
(1.250 مليون = 1.25 million); 1.200.000 groups thousands in both languages.
Compounds: a smaller part joined to a figure that ends with a multiplier is the same figure
(«7 ملايين و200 ألف» 7,200,000, «ألفين و500» 2,500, "1 million 200 thousand"); "two and a half million" is
2,500,000.
Units: percent, currency, distance, area, weight, time; "date" for a day next to a month (7 أكتوبر,
18 February: never a count); "year" for 1900-2100 written as four bare digits, unless a count modifier
precedes it or a unit or multiplier follows it; "ordinal" for 18th.
Known gaps: Arabic article forms of exact number words (الثلاثة, العشرين: often ordinals or names) and
ordinal words (السابع من أكتوبر) are not read; a bare count between 1900 and 2100 reads as a year, unless a
noun that only counts follows it («1918 حالة», «2000 شخص»).
"""

from __future__ import annotations

import math
from functools import cache
from typing import Any, NamedTuple

from checker.frozen import frozen
from checker.lang import generation, language, languages_with
from checker.text.lazy_regex import lazy_compile
from checker.text.normalize import fold_word


@frozen
class Quantity:
    """A stated quantity: its span in the text and the range of values it allows."""

    start: int
    end: int
    low: float
    high: float
    value: float
    exact: bool
    vague: bool
    modifier: str | None
    unit: str | None


@frozen
class _Lexeme:
    kind: str  # unit ten tens hundred hundreds scale vague few fraction a and of
    value: float = 0.0
    low: float = 0.0
    high: float = 0.0
    plural: bool = False  # آلاف, thousands: a multiplier after a number, a vague range alone
    dual: bool = False  # ألفان, مليونين: two of the scale
    dual_construct: bool = False  # ألفا, مليونا: two of the scale alone before a counted noun, else one
    teen_only: bool = False  # أحد, إحدى, اثنا: only before عشر
    needs_scale: bool = False  # عدة, tens: a range only before a multiplier
    prefix: int = 0  # letters of clitic prefix (و، ب، ل...) in the token


class _Token(NamedTuple):  # a NamedTuple: built for every word of the text, and cheaper than a dataclass
    start: int
    end: int
    key: str
    kind: str  # number word symbol


@frozen
class _Figure:
    """A parsed number expression: tokens first..last (inclusive) and its range."""

    first: int
    last: int
    low: float
    high: float
    exact: bool
    vague: bool
    digits: str | None = None  # the digit string when the figure is one plain number token
    ordinal: bool = False
    scale: float = 1.0  # the multiplier word it ends with («7 ملايين», "two million"): a smaller part may follow


_DIGIT = "[0-9\u0660-\u0669\u06f0-\u06f9]"
# A figure is not a fragment of a larger token: a time's minutes ("10:30") are not a count, but a headline's
# label may run into its figure ("NEW MEXICO CRASH:2 dead").
_TOKEN = lazy_compile(
    rf"(?P<number>(?<![A-Za-z0-9_./,\-])(?<![0-9\u0660-\u0669]:){_DIGIT}{{1,3}}(?:[,\u066c]{_DIGIT}{{3}})+(?:[.\u066b]{_DIGIT}+)?"
    rf"(?!{_DIGIT}|/|[.,:]{_DIGIT})"
    rf"|(?<![A-Za-z0-9_./,\-])(?<![0-9\u0660-\u0669]:){_DIGIT}+(?:[.\u066b]{_DIGIT}+)*(?!{_DIGIT}|/|[.,:]{_DIGIT}))"
    r"|(?P<word>[^\W\d_](?:[^\W\d_]|[\u0610-\u061a\u064b-\u065f\u0670])*(?:-[^\W\d_]+)*)"
    r"|(?P<symbol>[%\u066a$£€])"
)

_MORE, _LEAST, _ABOUT, _NEARLY, _UPTO, _LESS = "more-than", "at-least", "about", "nearly", "up-to", "less-than"
_COUNT_MODIFIERS = frozenset({_MORE, _LEAST, _ABOUT, _NEARLY, _LESS})
_CURRENCY_SYMBOLS = frozenset("$£€")

PhraseTable = dict[tuple[str, ...], tuple[str, int]]


@frozen
class _Words:
    """The number words, modifiers, units and cue words of every language (checker/lang/*/quantities.py), folded:
    a figure is read the same way in a quotation or a name in another language."""

    lexicon: dict[str, _Lexeme]
    modifiers_before: PhraseTable
    modifiers_after: PhraseTable
    units: PhraseTable
    months: frozenset[str]
    year_cues: frozenset[str]
    counted_after_year: frozenset[str]  # «1918 حالة»: a noun after four digits that makes them a count
    hijri_marks: frozenset[str]
    one: frozenset[str]
    before_pronoun_one: frozenset[str]
    of_after_vague: frozenset[str]
    of_after_words: frozenset[str]
    of_before_month: frozenset[str]
    ordinal_suffixes: frozenset[str]
    digit_suffix_scales: dict[str, float]
    needs_of: frozenset[str]
    a_words: frozenset[str]
    few_after_a: frozenset[str]
    and_half: frozenset[str]
    half_scales: frozenset[str]
    articles: tuple[str, ...]
    conjunctions: str  # clitic conjunctions that join number words («وعشرين»)
    part_joiners: frozenset[str]  # «7 ملايين و200 ألف»: the word that joins a smaller part to a scale
    never_first: frozenset[str]  # words that only continue a number ("and", "of")
    of_words: frozenset[str]  # "hundreds of thousands"


@cache
def _all_words(generation: int) -> _Words:
    sources = [found.quantities for found in languages_with("quantities")]
    lexicon: dict[str, _Lexeme] = {}
    before: PhraseTable = {}
    after: PhraseTable = {}
    units: PhraseTable = {}
    for source in sources:
        lexicon.update(_lexemes(source))
        before.update(_phrase_table(source.MODIFIERS_BEFORE, source.MODIFIER_CLITICS))
        after.update(_phrase_table(source.MODIFIERS_AFTER, ""))
        units.update(_phrase_table(source.UNITS, ""))

    def folded(name: str) -> frozenset[str]:
        words = (getattr(source, name, ()) for source in sources)
        return frozenset(fold_word(word) for group in words
                         for word in (group.split() if isinstance(group, str) else group))

    return _Words(
        lexicon, before, after, units, folded("MONTHS"), folded("YEAR_CUES"), folded("COUNTED_AFTER_YEAR"),
        folded("HIJRI_MARKS"), folded("ONE"),
        folded("BEFORE_PRONOUN_ONE"), folded("OF_AFTER_VAGUE"), folded("OF_AFTER_WORDS"), folded("OF_BEFORE_MONTH"),
        folded("ORDINAL_SUFFIXES"), {k: v for source in sources for k, v in source.DIGIT_SUFFIX_SCALES.items()},
        folded("NEEDS_OF"), folded("A_WORDS"), folded("FEW_AFTER_A"),
        frozenset(fold_word(source.AND_HALF) for source in sources if source.AND_HALF), folded("HALF_SCALES"),
        tuple(source.ARTICLE for source in sources if source.ARTICLE),
        "".join(source.CONJUNCTIONS for source in sources), folded("PART_JOINERS"),
        frozenset(key for key, lexeme in lexicon.items() if lexeme.kind in ("and", "of")),
        frozenset(key for key, lexeme in lexicon.items() if lexeme.kind == "of"),
    )


def _words() -> _Words:
    return _all_words(generation())


def _phrase_table(groups: dict[str, list[str]], clitics: str) -> PhraseTable:
    """Folded token tuples -> (label, clitic letters on the first word); with `clitics`, the phrases also
    with one of those letters on the first word («بنحو», «وأكثر من»)."""
    table: PhraseTable = {}
    for label, phrases in groups.items():
        for phrase in phrases:
            words = tuple(fold_word(w) for w in phrase.split())
            table[words] = (label, 0)
            for prefix in clitics:
                table.setdefault((prefix + words[0], *words[1:]), (label, 1))
    return table


def _lexemes(source: Any) -> dict[str, _Lexeme]:
    """Every form of a language's number words (see `NUMBER_WORDS`), with its clitic prefixes."""
    entries: dict[str, _Lexeme] = {}
    for forms, kind, value, options in source.NUMBER_WORDS:
        options = dict(options)
        article = options.pop("article", False)
        if kind == "scale" and options.get("plural"):
            options.update(low=2 * value, high=_plural_high(value))
        lexeme = _Lexeme(kind, value, **options)
        for form in forms.split():
            key = fold_word(form)
            prefixes = source.PREFIXES if len(key) > 3 else source.SHORT_WORD_PREFIXES
            for prefix in prefixes + (source.ARTICLE_PREFIXES if article else ()):
                entries.setdefault(prefix + key, _replace_prefix(lexeme, len(prefix)))
    return entries


def _modifiers_before() -> PhraseTable:
    return _words().modifiers_before


def _modifiers_after() -> PhraseTable:
    return _words().modifiers_after


def _units() -> PhraseTable:
    return _words().units


def _plural_high(scale: float) -> float:
    # thousands [2000, 9999]; millions and billions reach up to the next named scale
    return 10 * scale - 1 if scale < 1e6 else 1000 * scale - 1


def _replace_prefix(lexeme: _Lexeme, prefix: int) -> _Lexeme:
    return lexeme if prefix == 0 else _Lexeme(**{**lexeme.__dict__, "prefix": prefix})


def _lexicon() -> dict[str, _Lexeme]:
    return _words().lexicon


def _tokens(text: str) -> list[_Token]:
    tokens = []
    for match in _TOKEN.finditer(text):
        word = match.group()
        key = word.lower() if word.isascii() else fold_word(word)  # lower() is the whole fold for ASCII
        tokens.append(_Token(match.start(), match.end(), key, match.lastgroup or ""))
    return tokens


def find_quantities(text: str, lang: str) -> list[Quantity]:
    """Every quantity stated in `text` (the language `lang` decides how digit separators read), in text order."""
    tokens = _tokens(text)
    words = _words()
    lexicon = words.lexicon
    # Words that only continue a number ("and", "of") or need one after them ("a") never start one alone.
    never_first = words.never_first
    found: list[Quantity] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.key in words.a_words and (i + 1 == len(tokens) or tokens[i + 1].key not in lexicon):
            i += 1
            continue
        if token.kind == "number" or (token.key in lexicon and token.key not in never_first) or (
            "-" in token.key and _lexeme(token)
        ):
            quantity, after = _quantity_at(text, tokens, i, lang)
            if quantity is not None:
                found.append(quantity)
                i = after
                continue
        i += 1
    return found


def _connected(text: str, left: _Token, right: _Token) -> bool:
    """Only spaces (no line break, no punctuation) between two tokens."""
    gap = text[left.end : right.start]
    return not gap or (gap.isspace() and "\n" not in gap)


def _lexeme(token: _Token) -> _Lexeme | None:
    if token.kind != "word":
        return None
    lexeme = _lexicon().get(token.key)
    if lexeme is None and "-" in token.key:  # twenty-five
        parts = [_lexicon().get(part) for part in token.key.split("-")]
        if (len(parts) == 2 and parts[0] and parts[1] and parts[0].kind == "tens" and parts[1].kind == "unit"
                and parts[1].value < 10):
            return _Lexeme("tens", parts[0].value + parts[1].value)
    return lexeme


def _digits_value(digits: str, lang: str, scale_or_percent_follows: bool) -> float | None:
    """The value of a digit token (already folded to ASCII digits, "," and ".")."""
    if sum(c.isdigit() for c in digits) > 15:
        return None  # an identifier, a phone number or noise: no count has that many digits
    if "," in digits:
        return float(digits.replace(",", ""))
    whole, *fractions = digits.split(".")
    if len(fractions) > 1:  # 1.200.000, or a version or date such as 1.2.3
        return float(digits.replace(".", "")) if all(len(f) == 3 for f in fractions) else None
    if (fractions and language(lang).quantities.DOT_GROUPS_THOUSANDS and len(fractions[0]) == 3
            and not scale_or_percent_follows and whole != "0" and len(whole) <= 3):
        return float(whole + fractions[0])  # 3.500 شهيد: the dot groups thousands
    return float(digits)


def _next(tokens: list[_Token], i: int, text: str) -> _Token | None:
    """The token after `i` when it is connected to it by spaces only."""
    if i + 1 < len(tokens) and _connected(text, tokens[i], tokens[i + 1]):
        return tokens[i + 1]
    return None


def _scale_after(tokens: list[_Token], i: int, text: str, lang: str) -> tuple[float, int]:
    """A multiplier word right after token `i` ("2.5 مليون", "30 ألفا", "3 آلاف", "3m"): (scale, its index)."""
    following = _next(tokens, i, text)
    if following is None:
        return 1.0, i
    suffix_scales = _words().digit_suffix_scales
    if following.start == tokens[i].end and following.key in suffix_scales:
        return suffix_scales[following.key], i + 1
    lexeme = _lexeme(following)
    if lexeme is not None and lexeme.kind == "scale" and not lexeme.dual and lexeme.prefix == 0:
        if lexeme.plural and not language(lang).quantities.PLURAL_SCALE_AFTER_DIGITS:
            return 1.0, i
        return lexeme.value, i + 1
    return 1.0, i


def _digits_figure(text: str, tokens: list[_Token], i: int, lang: str) -> _Figure | None:
    token = tokens[i]
    following = _next(tokens, i, text)
    if following is not None and following.start == token.end and following.kind == "word":
        if following.key in _words().ordinal_suffixes:
            value = _digits_value(token.key, lang, False)
            return None if value is None else _Figure(i, i + 1, value, value, True, False, ordinal=True)
        if (following.key not in _words().digit_suffix_scales and (following.key,) not in _units()
                and following.key[:1].isascii()):
            return None  # 5G, 1990s, 3D: a name, not a quantity
    scale, last = _scale_after(tokens, i, text, lang)
    percent = following is not None and _units().get((following.key,), ("",))[0] == "percent"
    value = _digits_value(token.key, lang, scale != 1.0 or percent)
    if value is None:
        return None
    value *= scale
    halved, last = _half_after(tokens, last, text, value, scale)
    digits = token.key if last == i else None
    return _Figure(i, last, halved, halved, True, False, digits=digits, scale=scale if halved == value else 1.0)


def _half_after(tokens: list[_Token], last: int, text: str, value: float, scale: float) -> tuple[float, int]:
    """«مليون ونصف», «مليونين ونصف المليون»: add half the scale."""
    following = _next(tokens, last, text)
    if scale == 1.0 or following is None or following.key not in _words().and_half:
        return value, last
    last += 1
    article_scale = _next(tokens, last, text)
    if article_scale is not None and article_scale.key in _words().half_scales:
        last += 1
    return value + scale / 2, last


def _words_figure(text: str, tokens: list[_Token], i: int) -> _Figure | None:
    lexeme = _lexeme(tokens[i])
    if lexeme is None:
        return None
    if lexeme.kind in ("vague", "few") or (lexeme.kind == "scale" and lexeme.plural):
        return _vague_figure(text, tokens, i, lexeme)
    if lexeme.kind == "fraction":
        return _fraction_figure(text, tokens, i, lexeme)
    if lexeme.kind == "a":
        following = _next(tokens, i, text)
        if following is not None and following.key in _words().few_after_a:
            return _vague_figure(text, tokens, i + 1, _lexicon()[following.key], first=i)
    return _exact_words_figure(text, tokens, i)


def _exact_words_figure(text: str, tokens: list[_Token], i: int) -> _Figure | None:
    """Exact number words: «خمسة وعشرين ألفا», «ثلاثمائة», "two million three hundred thousand"."""
    words = _words()
    total, small, last_kind, smallest_scale = 0.0, 0.0, "", math.inf
    j, last = i, i - 1
    while j < len(tokens):
        if j > i and not _connected(text, tokens[j - 1], tokens[j]):
            break
        lexeme = _lexeme(tokens[j])
        if lexeme is None:
            break
        if lexeme.kind == "and" and last_kind in ("hundred", "scale"):
            following = _next(tokens, j, text)
            if following is not None and (nxt := _lexeme(following)) and nxt.kind in ("unit", "tens"):
                j += 1
                lexeme, conj = nxt, True
            else:
                break
        else:
            conj = lexeme.prefix > 0 and tokens[j].key[0] in words.conjunctions
            if lexeme.prefix > 0 and not conj and j > i:
                break  # «بثلاثة» starts a new phrase
        step = _number_step(lexeme, last_kind, small, smallest_scale, conj or j == i, j == i)
        if step is None:
            break
        kind, small, added_total, scale = step
        total += added_total
        smallest_scale = min(smallest_scale, scale)
        last_kind, last = kind, j
        j += 1
    if last < i or last_kind == "a" or (last_kind == "unit" and (unit := _lexeme(tokens[last])) and unit.teen_only):
        return None
    scale = smallest_scale if last_kind == "scale" else 1.0
    value, halved = total + small, last
    if last == i and _dual_construct(text, tokens, i):
        value *= 2
    value, last = _half_after(tokens, last, text, value, scale)
    return _Figure(i, last, value, value, True, False, scale=scale if last == halved else 1.0)


def _dual_construct(text: str, tokens: list[_Token], i: int) -> bool:
    """A scale word in the construct state's dual, alone before the noun it counts: «مليونا شخص» (two million
    people), not «مليونا من الدولارات» (a million dollars) nor a word ending the phrase."""
    lexeme = _lexeme(tokens[i])
    following = _next(tokens, i, text)
    return bool(lexeme and lexeme.dual_construct and following is not None and following.kind == "word"
                and len(following.key) > 1  # «ألفا و7 أكتوبر»: a conjunction before a figure, no noun
                and following.key not in _lexicon() and following.key not in _words().of_after_vague)


def _number_step(
    lexeme: _Lexeme, last_kind: str, small: float, smallest_scale: float, joined: bool, first: bool
) -> tuple[str, float, float, float] | None:
    """One number word folded into (kind, small, added to total, scale), or None when it cannot follow."""
    kind, value = lexeme.kind, lexeme.value
    if first:
        if kind == "scale" and lexeme.dual:
            return "scale", 0.0, 2 * value, value
        if kind == "scale":
            return "scale", 0.0, value, value
        if kind in ("unit", "ten", "tens", "hundred", "hundreds", "a"):
            return kind, (value if kind != "a" else 1.0), 0.0, math.inf
        return None
    after_group = last_kind in ("hundred", "hundreds", "scale")
    if kind == "ten" and last_kind == "unit" and small < 10 and not joined:
        return "teen", small + 10, 0.0, math.inf
    if kind in ("unit", "tens", "hundreds") and not lexeme.teen_only:
        if after_group and value < (smallest_scale if last_kind == "scale" else 100):
            return kind, small + value, 0.0, math.inf
        if kind == "tens" and last_kind == "unit" and joined and small < 10:  # خمسة وعشرين
            return kind, small + value, 0.0, math.inf
        if kind == "unit" and last_kind == "tens" and not joined and value < 10:  # twenty five
            return kind, small + value, 0.0, math.inf
    if kind == "hundred" and not joined and (last_kind in ("unit", "a", "teen")) and small < 20:
        return "hundred", small * value, 0.0, math.inf
    if kind == "hundred" and joined and after_group and smallest_scale > 100:  # ألف ومائة
        return "hundred", small + value, 0.0, math.inf
    if kind == "scale" and not joined and not lexeme.dual and small > 0 and value < smallest_scale:
        if lexeme.plural and not (3 <= small <= 10):
            return None
        return "scale", 0.0, small * value, value
    return None


def _vague_figure(text: str, tokens: list[_Token], i: int, lexeme: _Lexeme, first: int | None = None) -> _Figure | None:
    """Magnitude words: «عشرات الآلاف», "hundreds of thousands", «بضعة آلاف», "a few hundred"."""
    words = _words()
    multiplier, last = 1.0, i
    j = i
    while (following := _next(tokens, j, text)) is not None:
        if following.key in words.of_words and lexeme.kind == "vague":
            j += 1
            continue
        nxt = _lexeme(following)
        if (nxt is None or nxt.kind not in ("scale", "hundred", "vague")
                or (nxt.kind == "vague" and lexeme.kind != "few")):
            break
        if nxt.prefix and not (nxt.prefix == 2 and following.key.startswith(words.articles)):
            break  # «الآلاف» continues «عشرات»; «وبالآلاف» starts a new phrase
        if lexeme.kind == "vague" and not nxt.plural:
            break
        multiplier *= nxt.value
        j = last = j + 1
    if lexeme.kind == "few":
        if multiplier == 1.0:
            if lexeme.needs_scale:
                return None
            return _Figure(first if first is not None else i, last, lexeme.low, lexeme.high, False, True)
        return _Figure(first if first is not None else i, last, 2 * multiplier, 10 * multiplier - 1, False, True)
    if multiplier == 1.0:
        following = _next(tokens, i, text)
        if lexeme.needs_scale or (tokens[i].key in words.needs_of and (
                following is None or following.key not in words.of_after_words)):
            return None
        return _Figure(i, i, lexeme.low, lexeme.high, False, True)
    base = lexeme.value  # tens (10) of thousands; آلاف (1000) الملايين: thousands of millions
    return _Figure(i, last, 2 * base * multiplier, 10 * base * multiplier - 1, False, True)


def _fraction_figure(text: str, tokens: list[_Token], i: int, lexeme: _Lexeme) -> _Figure | None:
    """«نصف مليون», "half a million", "a quarter million"."""
    j = i
    following = _next(tokens, j, text)
    if following is not None and following.key in _words().a_words:
        j += 1
        following = _next(tokens, j, text)
    nxt = _lexeme(following) if following is not None else None
    if nxt is None or nxt.kind not in ("scale", "hundred") or nxt.plural or nxt.dual or nxt.prefix:
        return None
    value = lexeme.value * nxt.value
    return _Figure(i, j + 1, value, value, True, False)


def _quantity_at(text: str, tokens: list[_Token], i: int, lang: str) -> tuple[Quantity | None, int]:
    """The quantity whose figure starts at token `i`, and the index of the token after it."""
    if _is_pronoun_one(text, tokens, i):
        return None, i + 1
    figure = _digits_figure(text, tokens, i, lang) if tokens[i].kind == "number" else _words_figure(text, tokens, i)
    if figure is None:
        return None, i + 1
    figure = _with_smaller_parts(text, tokens, _and_a_fraction(text, tokens, figure), lang)
    first, last = figure.first, figure.last
    start, end = _start_after_clitic(text, tokens[first]), tokens[last].end
    date = _date_span(text, tokens, figure)
    if date is not None:
        day = figure.low
        return Quantity(date[0], date[1], day, day, day, True, False, None, "date"), date[2] + 1
    if figure.ordinal:
        return Quantity(start, end, figure.low, figure.high, figure.low, True, False, None, "ordinal"), last + 1
    unit, last = _unit_after(text, tokens, last, figure)
    if unit is not None:
        end = tokens[last].end
    if first > 0 and tokens[first - 1].key in _CURRENCY_SYMBOLS and _connected(text, tokens[first - 1], tokens[first]):
        first, start, unit = first - 1, tokens[first - 1].start, "currency"
    modifier, modifier_start = _modifier_before(text, tokens, first)
    if _is_year(figure, unit, modifier, text, tokens):
        return Quantity(start, end, figure.low, figure.high, figure.low, True, False, None, "year"), last + 1
    if modifier is not None:
        start = modifier_start
    else:
        modifier, last = _modifier_after(text, tokens, last)
        end = tokens[last].end
    low, high = _apply_modifier(modifier, figure.low, figure.high)
    quantity = Quantity(start, end, low, high, figure.low, figure.exact, figure.vague, modifier, unit)
    return quantity, last + 1


def _with_smaller_parts(text: str, tokens: list[_Token], figure: _Figure, lang: str) -> _Figure:
    """«7 ملايين و200 ألف», «ألفين و500», «مليون وثلاثمائة ألف», "1 million 200 thousand": a smaller part
    joined to a figure that ends with a multiplier is part of the same quantity (7,200,000), not a second one.
    Without the joining word («و») only a part with a smaller multiplier of its own continues the figure
    ("1 million 200 thousand"; "1 million 200" may be two figures); a part followed by a percent sign or a
    month stays apart."""
    joiners = _words().part_joiners
    while figure.exact and figure.scale > 1.0 and figure.last + 1 < len(tokens):
        j = figure.last + 1
        if not _connected(text, tokens[j - 1], tokens[j]):
            break
        joined = tokens[j].key in joiners
        if joined and j + 1 < len(tokens) and _connected(text, tokens[j], tokens[j + 1]):
            j += 1
        elif joined:
            break
        lexeme = _lexeme(tokens[j])
        if tokens[j].kind == "number":
            part = _digits_figure(text, tokens, j, lang)
        elif (not joined and lexeme is not None and lexeme.prefix == 1 and tokens[j].key[0] in joiners
              and lexeme.kind in ("unit", "ten", "tens", "hundred", "hundreds")):
            joined, part = True, _exact_words_figure(text, tokens, j)  # «7 ملايين وثلاثمائة ألف»
        else:
            break
        if (part is None or part.ordinal or not part.exact or part.low >= figure.scale or part.scale >= figure.scale
                or (not joined and part.scale == 1.0) or _date_span(text, tokens, part) is not None
                or _unit_after(text, tokens, part.last, part)[0] == "percent"):
            break
        figure = _Figure(figure.first, part.last, figure.low + part.low, figure.high + part.high, True, False,
                         scale=part.scale)
    return figure


def _and_a_fraction(text: str, tokens: list[_Token], figure: _Figure) -> _Figure:
    """"two and a half million", "one and a quarter billion": the whole and the fraction times the multiplier."""
    last = figure.last
    if not figure.exact or figure.scale != 1.0 or figure.low != int(figure.low) or not 0 < figure.low < 100:
        return figure
    kinds = ("and", "a", "fraction", "scale")
    if last + len(kinds) >= len(tokens) or not all(
            _connected(text, tokens[k], tokens[k + 1]) for k in range(last, last + len(kinds))):
        return figure
    lexemes = [_lexeme(tokens[last + 1 + k]) for k in range(len(kinds))]
    if any(lexeme is None or lexeme.kind != kind for lexeme, kind in zip(lexemes, kinds, strict=True)):
        return figure
    fraction, scale = lexemes[2], lexemes[3]
    assert fraction is not None and scale is not None
    if scale.plural or scale.dual or scale.prefix:
        return figure
    value = (figure.low + fraction.value) * scale.value
    return _Figure(figure.first, last + len(kinds), value, value, True, False, scale=scale.value)


def _is_pronoun_one(text: str, tokens: list[_Token], i: int) -> bool:
    """"no one", "each one", «كل واحد»: a pronoun, not a count."""
    words = _words()
    if tokens[i].key not in words.one or i == 0 or not _connected(text, tokens[i - 1], tokens[i]):
        return False
    return tokens[i - 1].key in words.before_pronoun_one


def _start_after_clitic(text: str, token: _Token) -> int:
    """Where the number word starts inside a token that carries clitics («وثلاثون», «بالآلاف»)."""
    lexeme = _lexeme(token)
    letters = lexeme.prefix if lexeme is not None else 0
    position = token.start
    while letters > 0 and position < token.end:
        if fold_word(text[position]):
            letters -= 1
        position += 1
    while position < token.end and not fold_word(text[position]):
        position += 1  # tatweel and diacritics after the clitic («بـ»)
    return position


def _date_span(text: str, tokens: list[_Token], figure: _Figure) -> tuple[int, int, int] | None:
    """(start, end, last token) of "7 أكتوبر", "18 February", "February 18", "18th of May"."""
    if not (figure.digits or figure.ordinal) or figure.low != int(figure.low) or not 1 <= figure.low <= 31:
        return None
    if figure.digits is not None and not figure.digits.isdigit():
        return None
    months = _words().months
    j = figure.last
    following = _next(tokens, j, text)
    if (following is not None and following.key in _words().of_before_month
            and (after := _next(tokens, j + 1, text)) and after.key in months):
        j, following = j + 1, after
    if following is not None and following.key in months:
        return tokens[figure.first].start, following.end, j + 1
    if figure.first > 0:
        month = tokens[figure.first - 1]
        gap = text[month.end : tokens[figure.first].start]
        if month.key in months and gap.strip(" .") == "" and "\n" not in gap and gap:
            return month.start, tokens[figure.last].end, figure.last
    return None


def _unit_after(text: str, tokens: list[_Token], last: int, figure: _Figure) -> tuple[str | None, int]:
    """The unit right after the figure ("%", «بالمئة», "square kilometres", "of dollars")."""
    words = _words()
    units = words.units
    j = last
    following = _next(tokens, j, text)
    if following is not None and following.key in words.of_after_vague and figure.vague or (
        following is not None and following.key in words.of_after_words and figure.digits is None
    ):
        j += 1
    keys: list[str] = []
    k = j
    while len(keys) < 2 and (following := _next(tokens, k, text)) is not None:
        keys.append(following.key)
        k += 1
    for length in (2, 1):
        if len(keys) >= length and tuple(keys[:length]) in units:
            return units[tuple(keys[:length])][0], j + length
    return None, last


def _modifier_before(text: str, tokens: list[_Token], first: int) -> tuple[str | None, int]:
    """The modifier phrase that ends right before token `first`, and where its words start."""
    table = _modifiers_before()
    for length in (4, 3, 2, 1):
        begin = first - length
        if begin < 0 or not all(_connected(text, tokens[k], tokens[k + 1]) for k in range(begin, first)):
            continue
        entry = table.get(tuple(token.key for token in tokens[begin:first]))
        if entry is not None:
            label, clitic = entry
            start = tokens[begin].start + (clitic and _clitic_width(text, tokens[begin]))
            return label, start
    return None, 0


def _clitic_width(text: str, token: _Token) -> int:
    width = 1
    while token.start + width < token.end and not fold_word(text[token.start + width]):
        width += 1
    return width


def _modifier_after(text: str, tokens: list[_Token], last: int) -> tuple[str | None, int]:
    """«تقريبا», «على الأقل» right after the figure, or after the one word that names what is counted."""
    table = _modifiers_after()
    for skip in (0, 1):
        begin = last + 1 + skip
        for length in (2, 1):
            end = begin + length
            if end > len(tokens) or not all(_connected(text, tokens[k], tokens[k + 1]) for k in range(last, end - 1)):
                continue
            if skip and _lexeme(tokens[last + 1]) is not None:
                continue
            entry = table.get(tuple(token.key for token in tokens[begin:end]))
            if entry is not None:
                return entry[0], end - 1
    return None, last


def _is_year(figure: _Figure, unit: str | None, modifier: str | None, text: str, tokens: list[_Token]) -> bool:
    """Four bare digits 1900-2100 with no unit, multiplier or count modifier ("in 2023", «عام 2023»),
    or a Hijri year marked هـ («1436هـ»)."""
    if figure.digits is None or not figure.digits.isdigit() or unit is not None:
        return False
    hijri = _next(tokens, figure.last, text)
    if hijri is not None and hijri.key in _words().hijri_marks and len(figure.digits) in (3, 4):
        return True  # 1436 هـ: a Hijri year
    if len(figure.digits) != 4:
        return False
    if not 1900 <= figure.low <= 2100:
        return False
    cue = tokens[figure.first - 1].key if figure.first > 0 else ""
    if cue in _words().year_cues:
        return True
    if hijri is not None and hijri.key in _words().counted_after_year:
        return False  # «ليصل عدد الوفيات إلى 1918 حالة»: a count of cases, never a year
    return modifier not in _COUNT_MODIFIERS


def _apply_modifier(modifier: str | None, low: float, high: float) -> tuple[float, float]:
    if modifier in (_MORE, _LEAST):
        return low, math.inf
    if modifier == _ABOUT:
        return round(0.9 * low, 6), round(1.1 * high, 6)
    if modifier == _NEARLY:
        return round(0.9 * low, 6), high
    if modifier in (_UPTO, _LESS):
        return 0.0, high
    return low, high

"""A normalised view of a text for matching, with an exact map back to the source.

Folding (one definition, used by both `normalize` and `normalize_key`, so a knowledge-base name and
the text always meet):

- Arabic alef forms أ إ آ ٱ -> ا; hamza carriers ؤ -> و and ئ -> ي (the letter that carries the hamza:
  a bare ء would split أحمد from احمد and make ءحمد, which no one writes); a lone ء is kept.
- alef maqsura ى -> ي; taa marbuta ة -> ه; Persian yeh/keheh ی ک -> ي ك (text typed on Persian keyboards).
- deleted: tashkeel (U+0610-061A, U+064B-065F, superscript alef U+0670, Quranic marks U+06D6-06ED),
  tatweel ـ, and the invisible format characters U+200B-200F, U+202A-202E, U+2060, U+2066-2069,
  U+061C, U+FEFF, U+00AD (they only steer display and would split a word in two).
- digits: Arabic-Indic ٠-٩ and Eastern ۰-۹ -> 0-9; ٫ -> "." and ٬ -> "," (digit separators); ٪ -> "%".
  The Arabic comma, semicolon and question mark stay as they are: they are punctuation, not folding.
- case: every character lower-cased one by one (so the fold never depends on its neighbours), İ -> i.
- quotes: ‘ ’ ‚ ‛ ′ -> ' and “ ” „ ‟ ″ -> "; full-width ASCII forms -> ASCII.
- Arabic presentation forms (U+FB50-FDFF, U+FE70-FEFC) -> their NFKC letters, then folded.
- whitespace: every run of whitespace (together with any deleted characters inside it) -> one space.
  `normalize` keeps a leading or trailing space; `normalize_key` strips them.

Clitics: Arabic attaches conjunctions, prepositions and the article to the word. Knowledge-base names are
stored without a leading «ال»; at a hit, `clitic_prefix_ok` accepts the letters between the word start
and the hit only when they are one of `ARABIC_CLITIC_PREFIXES`. A hit must end where the word ends
(`word_bounds_ok`): no suffix is accepted, so «كييفي» (a nisba adjective: "Kyivan") is not «كييف», and
«موسكوفيتش» is not «موسكو»; demonyms are separate knowledge.
"""

from __future__ import annotations

import unicodedata
from array import array
from bisect import bisect_left
from functools import cache, lru_cache

from checker.frozen import frozen
from checker.lang.ar import orthography as ARABIC_SCRIPT  # noqa: N812 (a module used as a table)
from checker.text.lazy_regex import lazy_compile

_DELETED_CHARS = (
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
    "\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\u061c\ufeff\u00ad"
)
_PRESENTATION_FORMS = "\ufb50-\ufdff\ufe70-\ufefc"
_TEXT_SEGMENT = lazy_compile(
    # A lone " " folds to itself and is left to the fast path; runs, other spaces and marks beside them are gaps.
    rf"(?P<gap>[\s{_DELETED_CHARS}]*\s[\s{_DELETED_CHARS}]+|[\s{_DELETED_CHARS}]+\s[\s{_DELETED_CHARS}]*|[^\S ])"
    rf"|(?P<deleted>[{_DELETED_CHARS}]+)"
    rf"|(?P<presentation>[{_PRESENTATION_FORMS}])"
)
# The folds of the Arabic script (alef and hamza forms, taa marbuta ...) and its clitic prefixes live with the
# Arabic language (checker/lang/ar/orthography.py); they apply to every text, so they are read directly.
_ONE_TO_ONE_FOLDS = {
    **ARABIC_SCRIPT.FOLDS, "İ": "i",
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'",
    "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"',
}
ARABIC_CLITIC_PREFIXES: frozenset[str] = ARABIC_SCRIPT.CLITIC_PREFIXES


class _CharFolds(dict[int, str]):
    """Per-code-point fold for `str.translate`, filled on first sight of each character.

    Lower-casing one character at a time keeps the fold context-free (str.lower on a whole string
    turns a word-final Σ into ς, which would make a slice fold differently from the whole)."""

    def __missing__(self, code_point: int) -> str:
        char = chr(code_point)
        folded = _ONE_TO_ONE_FOLDS.get(char)
        if folded is None:
            if "\u0660" <= char <= "\u0669":
                folded = chr(code_point - 0x0660 + 48)
            elif "\u06f0" <= char <= "\u06f9":
                folded = chr(code_point - 0x06F0 + 48)
            elif "\uff01" <= char <= "\uff5e":
                folded = _ONE_TO_ONE_FOLDS.get(chr(code_point - 0xFEE0), chr(code_point - 0xFEE0).lower())
            else:
                folded = char.lower()
        self[code_point] = folded
        return folded


@cache
def _char_folds() -> _CharFolds:
    return _CharFolds()


class _WordFolds(dict[int, "str | None"]):
    """`_CharFolds` plus deletion of diacritics and format characters, and presentation forms expanded:
    the whole folding for text without whitespace, in one `str.translate`."""

    def __missing__(self, code_point: int) -> str | None:
        char = chr(code_point)
        if _DELETED_CHAR.match(char):
            folded: str | None = None
        elif _PRESENTATION_CHAR.match(char):
            folded = _presentation_fold(char)
        else:
            folded = _char_folds()[code_point]
        self[code_point] = folded
        return folded


_DELETED_CHAR = lazy_compile(f"[{_DELETED_CHARS}]")
_PRESENTATION_CHAR = lazy_compile(f"[{_PRESENTATION_FORMS}]")


@cache
def _word_folds() -> _WordFolds:
    return _WordFolds()


def fold_word(word: str) -> str:
    """`normalize_key` for a single token without whitespace, in one `str.translate` (several times
    faster per token): for dictionary look-ups of words, e.g. number words."""
    return word.translate(_word_folds())


@cache
def _presentation_fold(char: str) -> str:
    """NFKC letters of one presentation-form character, folded, without edge spaces."""
    expanded = unicodedata.normalize("NFKC", char)
    if expanded == char:
        return char
    # Isolated-form diacritics expand to a space plus the mark: they fold to nothing, like the mark.
    return normalize_key(expanded)


@frozen
class NormalizedText:
    """The folded text plus, for each of its characters, the index of the source character it came from."""

    source: str
    text: str
    # offsets[i] = source index of text[i]; offsets[len(text)] = len(source).
    offsets: array

    def to_source(self, i: int) -> int:
        """Source index of normalised character `i` (`len(text)` maps to `len(source)`)."""
        return self.offsets[i]

    def to_normalized(self, source_index: int) -> int:
        """Index of the first normalised character that comes from `source_index` or later."""
        return bisect_left(self.offsets, source_index, 0, len(self.text))

    def span_to_source(self, start: int, end: int) -> tuple[int, int]:
        """Source span (end-exclusive) of normalised `text[start:end]`, with the last letter's
        deleted diacritics and tatweel included so that a replacement never leaves a stray mark."""
        if start >= end:
            point = self.offsets[start]
            return point, point
        source_end = self.offsets[end - 1] + 1
        limit = self.offsets[end] if end < len(self.text) else len(self.source)
        while source_end < limit and _is_attached_mark(self.source[source_end]):
            source_end += 1
        return self.offsets[start], source_end


_ATTACHED_MARK = lazy_compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")


def _is_attached_mark(char: str) -> bool:
    return _ATTACHED_MARK.match(char) is not None


def normalize(text: str) -> NormalizedText:
    """Fold `text` for matching (see the module docstring) and keep the map back to `text`."""
    offsets = array("l")
    folded = _fold(text, offsets)
    offsets.append(len(text))
    return NormalizedText(text, folded, offsets)


# An article asks for the key of the same names and words again and again (the Arabic demo: 1,837 calls, 800
# texts); bounded, for a process that reads a whole corpus.
@lru_cache(maxsize=16384)
def normalize_key(text: str) -> str:
    """The same folding as `normalize`, without the map and without edge spaces: a key for indexes."""
    return _fold(text, None).strip(" ")


def _fold(text: str, offsets: array | None) -> str:
    """The folded text; when `offsets` is given, the source index of each folded character is appended."""
    folds = _char_folds()
    pieces: list[str] = []
    last_is_space = False
    position = 0
    for match in _TEXT_SEGMENT.finditer(text):
        start = match.start()
        if start > position:
            pieces.append(text[position:start].translate(folds))
            if offsets is not None:
                offsets.extend(range(position, start))
            last_is_space = False
        kind = match.lastgroup
        if kind == "gap" and not last_is_space:
            pieces.append(" ")
            if offsets is not None:
                offsets.append(next(i for i in range(start, match.end()) if text[i].isspace()))
            last_is_space = True
        elif kind == "presentation":
            letters = _presentation_fold(match.group())
            if letters:
                pieces.append(letters)
                if offsets is not None:
                    offsets.extend([start] * len(letters))
                last_is_space = False
        position = match.end()
    if position < len(text):
        pieces.append(text[position:].translate(folds))
        if offsets is not None:
            offsets.extend(range(position, len(text)))
    return "".join(pieces)


def _is_word_char(char: str) -> bool:
    return char.isalnum() or unicodedata.category(char) in ("Mn", "Mc")


def _is_arabic_letter(char: str) -> bool:
    return "\u0620" <= char <= "\u064a" or "\u066e" <= char <= "\u06d3"


def clitic_prefix_ok(text: str, hit_start: int) -> bool:
    """True when the letters from the start of the word to `hit_start` (normalised text) are nothing
    or one Arabic clitic prefix (و ف ب ل ك ال and their combinations)."""
    word_start = hit_start
    while word_start > 0 and _is_word_char(text[word_start - 1]):
        word_start -= 1
        if hit_start - word_start > 4:  # the longest prefix (وبال) has four letters
            return False
    return text[word_start:hit_start] in ARABIC_CLITIC_PREFIXES


def word_bounds_ok(text: str, start: int, end: int) -> bool:
    """True when the hit `text[start:end]` (normalised text) is a whole word: it ends where the word
    ends (no suffix, in any script), and it starts at a word start, or, for a hit that begins with
    an Arabic letter, after a valid clitic prefix."""
    if end < len(text) and _is_word_char(text[end]):
        return False
    if start < len(text) and _is_arabic_letter(text[start]):
        return clitic_prefix_ok(text, start)
    return start == 0 or not _is_word_char(text[start - 1])

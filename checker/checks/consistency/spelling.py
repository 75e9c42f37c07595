"""The spelling keys of names, shared by name-variants and the attribution checks: a skeleton that
transliteration variants share, the normalised key without the article, and whether two names spell the same
words differently."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from os.path import commonprefix
from typing import TYPE_CHECKING

from checker.lang import generation, language, languages_with
from checker.text.lazy_regex import lazy_compile
from checker.text.normalize import normalize_key

if TYPE_CHECKING:
    pass


_DOUBLED = lazy_compile(r"(.)\1+")


@cache
def transliteration_folds(generation: int) -> tuple[dict[int, str], re.Pattern[str], tuple[str, ...]]:
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
    fold, long_vowels, _ = transliteration_folds(generation())
    folded = token.lower().translate(fold)
    return _DOUBLED.sub(r"\1", folded[:1] + long_vowels.sub("", folded[1:]))


def spelling_key(name: str) -> str:
    """The normalised name without a leading article: «لليابان» shows «يابان», still «اليابان»."""
    key = normalize_key(name)
    for article in transliteration_folds(generation())[2]:
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
    first_words, second_words = first.split(), second.split()
    if len(first_words) != len(second_words) or first_words == second_words:
        return False
    words = language(lang).consistency
    if words.STRICT_VARIANTS:
        if not all(a == b or (skeleton(a) == skeleton(b) and not _adds_final_vowel(a, b, words.FINAL_VOWELS))
                   for a, b in zip(first_words, second_words, strict=True)):
            return False
        return ratio_reaches(first, second, min_ratio)
    return all(a == b or skeleton(a) == skeleton(b) or ratio_reaches(a, b, min_ratio)
               for a, b in zip(first_words, second_words, strict=True))


# Far wider than the rounding of either side's float arithmetic (~1e-13 at 100), far narrower than any step
# between two ratios of short words: a bound this close to the cutoff leaves the pair to rapidfuzz.
_BOUND_MARGIN = 1e-6


def ratio_reaches(first: str, second: str, min_ratio: float) -> bool:
    """Whether rapidfuzz's `fuzz.ratio(first, second)` is at least `min_ratio`.

    The ratio is 200 * LCS / (len(first) + len(second)), LCS being the longest common subsequence. Two bounds
    of the LCS that cost nothing decide most pairs of names before rapidfuzz is imported (~9 ms CPU, ~15 ms
    wall of a one-file run, where an article's variants differ by a letter: Sergei / Sergey): it is at most
    the shorter length, and at least the common prefix plus the common suffix of what the prefix leaves. A
    bound within _BOUND_MARGIN of the cutoff decides nothing, so the answer is rapidfuzz's in every case."""
    total = len(first) + len(second)
    if total:
        if 200 * min(len(first), len(second)) / total < min_ratio - _BOUND_MARGIN:
            return False
        prefix = len(commonprefix((first, second)))
        suffix = len(commonprefix((first[prefix:][::-1], second[prefix:][::-1])))
        if 200 * (prefix + suffix) / total > min_ratio + _BOUND_MARGIN:
            return True
    from rapidfuzz.fuzz import ratio  # here: ~9 ms to import, and the bounds decide most pairs

    return ratio(first, second) >= min_ratio


def _adds_final_vowel(first: str, second: str, final_vowels: str) -> bool:
    longer, shorter = (first, second) if len(first) > len(second) else (second, first)
    return len(longer) == len(shorter) + 1 and longer.startswith(shorter) and longer[-1] in final_vowels

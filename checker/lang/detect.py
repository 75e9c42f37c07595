"""The language of a text, from its script and, within a script, from tell-tale letters and function words.

factlint checks only the languages of the registry (`checker.lang.supported()`); this module tells them from
the languages most often met in a news archive, so that a Persian or French article is reported as skipped
("language fa is not supported") instead of being read with Arabic or English rules.

- The script with the most letters in the first 4,000 characters wins; Latin must beat Arabic script (an
  English article quoting a few Arabic names stays English). No letters at all: English.
- Arabic script: Persian and Urdu are written in it, with letters Arabic does not use (Persian پ چ ژ گ ۀ and
  the Persian forms of yeh and kaf ی ک; Urdu also ٹ ڈ ڑ ں ے ہ ھ). A text is Arabic while the letters only
  Arabic uses (ة ى ي أ إ) are at least as many as the Persian ones, so an Arabic article that names a few
  Iranians (پزشکیان) stays Arabic; Urdu when its own letters are a fair share of the non-Arabic ones.
- Latin script: English unless another language's function words clearly outnumber English ones.
- Other scripts (Hebrew, Cyrillic, Greek, Devanagari, Han, Kana, Hangul ...) name their usual language.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from checker.text.lazy_regex import lazy_compile

SAMPLE_CHARS = 4000
FUNCTION_WORD_CHARS = 1500
_FIRST_VISIBLE = lazy_compile(r"[^\s\u200b-\u200f\u2060\ufeff]")

_ARABIC_SCRIPT = "\u0621-\u064a\u0671-\u06d3\ufb50-\ufdff\ufe70-\ufefc"
_LATIN = "A-Za-z\u00c0-\u024f"
# Other scripts by Unicode block, with the language a news text in that script is most likely in.
_OTHER_SCRIPTS = (
    ("he", "\u05d0-\u05ea\ufb1d-\ufb4f"),
    ("ru", "\u0400-\u04ff"),
    ("el", "\u0370-\u03ff\u1f00-\u1fff"),
    ("hi", "\u0900-\u097f"),
    ("ja", "\u3040-\u30ff"),
    ("zh", "\u4e00-\u9fff"),
    ("ko", "\uac00-\ud7af\u1100-\u11ff"),
    ("th", "\u0e00-\u0e7f"),
    ("hy", "\u0531-\u058f"),
    ("ka", "\u10a0-\u10ff"),
    ("am", "\u1200-\u137f"),
)
# Detected languages factlint does not check that are written right to left (a report still shows them so).
RIGHT_TO_LEFT = frozenset({"fa", "ur", "ps", "ckb", "he"})
_UKRAINIAN_LETTERS = "іїєґІЇЄҐ"

# Letters that tell the languages written in Arabic script apart.
_ARABIC_ONLY = "ةىيأإ"
_PERSIAN_OR_URDU = "پچژگۀیک"
_URDU_ONLY = "ٹڈڑںےہھۓ"
_PASHTO_ONLY = "ټډړږښګڼځڅېۍ"
_SORANI_ONLY = "ەێۆڵڕ"

# Function words of languages written in Latin script (frequent, short, and rare as English words).
_FUNCTION_WORDS = {
    "en": "the of and to in is that for it was on with as by at from his he are be this have has an which "
          "said were their they been who will not but had its would after",
    "fr": "le la les de des du et est une un dans que qui pour pas sur au aux avec ce sont été par il elle "
          "nous vous leur cette ces mais ou où selon après",
    "es": "el la los las de del y que en es por con para una se su al lo como más pero fue según sus este esta",
    "de": "der die das und ist nicht ein eine zu den mit von dem des sich auf für im auch wird wurde nach",
    "it": "il gli di che per non della dei delle è sono con nel nella alla anche questo stato",
    "pt": "os de do da dos das em um uma com não ao na no pelo pela foi são mais também",
    "nl": "het een en van dat op te niet met zijn voor werd ook bij",
    "tr": "ve bir bu için ile olarak olan çok daha gibi ama değil",
    "id": "yang dan di dengan untuk dari ini itu tidak akan pada juga",
}


@cache
def _pattern(script: str) -> re.Pattern[str]:
    """The letters of one script (compiled on first use: the CJK and "other" classes cost milliseconds to
    compile, and most articles never need a single other script)."""
    letters = {"ar": _ARABIC_SCRIPT, "latin": _LATIN,
               "other": "".join(letters for _, letters in _OTHER_SCRIPTS)}.get(script)
    return re.compile(f"[{letters if letters is not None else dict(_OTHER_SCRIPTS)[script]}]")


@cache
def _function_words() -> dict[str, frozenset[str]]:
    return {code: frozenset(words.split()) for code, words in _FUNCTION_WORDS.items()}


_WORD = lazy_compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def detect_language(text: str) -> str:
    """The language code of `text` ("ar", "en", "fa", "ur", "fr", "he" ...), from its first 4,000 characters
    after any leading white space (4,000 blank lines must not hide an Arabic article)."""
    first = _FIRST_VISIBLE.search(text)
    start = first.start() if first else 0
    sample = text[start:start + SAMPLE_CHARS]
    arabic, latin = len(_pattern("ar").findall(sample)), len(_pattern("latin").findall(sample))
    # The scripts' letters are disjoint: when the characters left over cannot outnumber the leading script,
    # the other scripts' class (milliseconds to compile) is not needed.
    leading = max(arabic, latin)
    if len(sample) - arabic - latin > leading and len(_pattern("other").findall(sample)) > leading:
        counts = {code: len(_pattern(code).findall(sample)) for code, _ in _OTHER_SCRIPTS}
        other, other_count = max(counts.items(), key=lambda item: item[1])
        if other_count > leading:
            return "uk" if other == "ru" and any(c in _UKRAINIAN_LETTERS for c in sample) else other
    if arabic > latin:
        return _arabic_script_language(sample)
    return _latin_script_language(sample)


def _count(sample: str, letters: str) -> int:
    return sum(sample.count(letter) for letter in letters)


def _arabic_script_language(sample: str) -> str:
    arabic_only = _count(sample, _ARABIC_ONLY)
    for code, letters in (("ps", _PASHTO_ONLY), ("ckb", _SORANI_ONLY)):
        own = _count(sample, letters)
        if own >= 3 and own > arabic_only:
            return code
    persian_or_urdu = _count(sample, _PERSIAN_OR_URDU)
    urdu_only = _count(sample, _URDU_ONLY)
    if urdu_only > arabic_only and urdu_only >= max(1, persian_or_urdu // 5):
        return "ur"
    if persian_or_urdu > arabic_only:
        return "fa"
    return "ar"


def _latin_script_language(sample: str) -> str:
    # Function words are frequent: the opening 1,500 characters (some 250 words) are evidence enough.
    words = Counter(word.lower() for word in _WORD.findall(sample, 0, FUNCTION_WORD_CHARS))
    hits = {code: sum(words[word] for word in table if word in words) for code, table in _function_words().items()}
    english = hits.pop("en")
    best, best_hits = max(hits.items(), key=lambda item: item[1])
    # Another language only on clear evidence: English quotes French phrases, names and titles.
    if best_hits >= 2 * english + 2 and best_hits >= 3 or (english == 0 and best_hits >= 2):
        return best
    return "en"

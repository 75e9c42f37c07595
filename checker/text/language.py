"""Language of a document from its script: Arabic letters against Latin letters.

Only "ar" and "en" are told apart (the two languages factlint checks). Text in another Arabic-script
language (Persian, Urdu) counts as "ar"; text with no letters at all counts as "en".
"""

from __future__ import annotations

import re

SAMPLE_CHARS = 4000
_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3\ufb50-\ufdff\ufe70-\ufefc]")
_LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f]")


def detect_language(text: str) -> str:
    """"ar" when the first 4,000 characters hold more Arabic letters than Latin ones, else "en"
    (so an English article quoting a few Arabic names stays "en")."""
    sample = text[:SAMPLE_CHARS]
    arabic = len(_ARABIC_LETTER.findall(sample))
    latin = len(_LATIN_LETTER.findall(sample))
    return "ar" if arabic > latin else "en"

"""Arbitrary Unicode through the whole pipeline: it never raises, and every finding's `text` is exactly the
decoded file text between `start` and `end`."""

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.api import Checker, CheckOptions

FIXTURE_PACKS = Path(__file__).resolve().parent / "fixtures" / "packs"

# Fragments that make checks fire, so spans are exercised and not only the empty case.
FRAGMENTS = [
    "سيرغي لافروف", "سيرجي لافروف", "إيفان بيتروف", "ايفان بتروف", "Ivan Petrov", "Ivan Petrow",
    "وزير الخارجية الأمريكي", "المتحدث باسم الكرملين", "ملايين من الجرحى", "استشهاد آلاف", "48 ألفا",
    "١٢٠٠ قتيل", "killed 1,200 people", "millions wounded", "«", "»", "\"", "، ", "؛ ", "؟ ", ". ", "\n", "\n\n",
    "\r\n", "\u200f", "\u202b", "\u2067", "\u2069", "\ufeff", "\u0640", "\u064b", "U.S.", "Mr. ", "2.5 مليون",
    "<p>", "</p>", "&amp;", "# ", "**", "[x](y)", "---\n", "\t", "\x00", "\x1b[31m",
]
pieces = st.one_of(st.sampled_from(FRAGMENTS), st.text(min_size=1, max_size=30))
articles = st.lists(pieces, max_size=40).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=articles, suffix=st.sampled_from([".txt", ".md", ".html"]))
def test_pipeline_never_raises_and_spans_are_exact(text, suffix):
    checker = _checker()
    data = text.encode("utf-8", "surrogatepass")
    try:
        decoded = data.decode("utf-8")
    except UnicodeDecodeError:
        return  # lone surrogates: not text any editor writes
    for result in checker.check_bytes(f"article{suffix}", data):
        for located in result.findings:
            assert located.text == decoded[located.start:located.end]
            assert 0 <= located.start <= located.end <= len(decoded)
            assert located.line >= 1 and located.column >= 1


@settings(max_examples=10, deadline=None)
@given(line=st.text(alphabet="ابتثجحخ دذرزسشص0123456789٠١٢٣ ،.", min_size=1, max_size=50))
def test_very_long_lines(line):
    text = (line * (20_000 // len(line) + 1))[:20_000]
    for result in _checker().check_bytes("long.txt", text.encode("utf-8")):
        for located in result.findings:
            assert located.text == text[located.start:located.end]


_CHECKER = []


def _checker() -> Checker:
    if not _CHECKER:
        _CHECKER.append(Checker(CheckOptions(packs=(FIXTURE_PACKS,))))
    return _CHECKER[0]

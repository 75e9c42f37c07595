import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.text.normalize import (
    ARABIC_CLITIC_PREFIXES,
    clitic_prefix_ok,
    fold_word,
    normalize,
    normalize_key,
    word_bounds_ok,
)


@pytest.mark.parametrize(
    ("source", "folded"),
    [
        ("أحمد", "احمد"),  # hamza on alef goes, the alef stays: never ءحمد
        ("إسرائيل", "اسراييل"),
        ("آلاف", "الاف"),
        ("ٱلله", "الله"),
        ("مؤتمر", "موتمر"),
        ("رئيس", "رييس"),
        ("مستشفى", "مستشفي"),
        ("مدرسة", "مدرسه"),
        ("مُحَمَّدٌ", "محمد"),
        ("الرحمٰن", "الرحمن"),
        ("الكـــرملين", "الكرملين"),
        ("١٢٣٤٥٦٧٨٩٠", "1234567890"),
        ("۱۲۳", "123"),
        ("٢٫٥ و١٬٢٠٠ و٣٠٪", "2.5 و1,200 و30%"),
        ("لماذا؟ نعم، لا؛", "لماذا؟ نعم، لا؛"),
        ("The KREMLIN", "the kremlin"),
        ("Putin’s “war”", "putin's \"war\""),
        ("a  \t\n b", "a b"),
        ("غزة\u200f \u200e\u202bرفح\u202c\u2066\u2069\ufeff\u200b", "غزه رفح"),
        ("ΟΔΟΣ", "οδοσ"),  # one character at a time: no word-final sigma
        ("İstanbul", "istanbul"),
        ("\ufefb", "لا"),  # presentation-form ligature
    ],
)
def test_folding(source: str, folded: str) -> None:
    assert normalize(source).text == folded
    assert normalize_key(source) == folded.strip(" ")
    if not re.search(r"\s", source):
        assert fold_word(source) == folded


def test_normalize_keeps_edge_space_and_key_strips_it() -> None:
    assert normalize("  موسكو \n").text == " موسكو "
    assert normalize_key("  موسكو \n") == "موسكو"


def test_offsets_map_each_character_back() -> None:
    source = "قال  مُحَمَّدٌ\u200f: ١٢"
    view = normalize(source)
    assert view.text == "قال محمد: 12"
    assert list(view.offsets) == [0, 1, 2, 3, 5, 7, 9, 12, 15, 16, 17, 18, 19]
    assert view.to_source(4) == 5
    assert view.to_normalized(5) == 4
    assert view.to_normalized(6) == 5  # a deleted mark maps to the next kept letter


def test_span_to_source_takes_the_last_letters_diacritics() -> None:
    source = "وصل مُحَمَّدٌ اليوم"
    view = normalize(source)
    start = view.text.index("محمد")
    assert view.span_to_source(start, start + 4) == (4, 13)
    assert source[4:13] == "مُحَمَّدٌ"
    assert view.span_to_source(start, start) == (4, 4)


def test_span_to_source_does_not_take_invisible_controls() -> None:
    source = "Moscow\u200f said"
    view = normalize(source)
    assert view.span_to_source(0, 6) == (0, 6)


def _word_edges(text: str) -> list[int]:
    """Indexes where a run of word characters starts or ends."""
    return sorted({m.start() for m in re.finditer(r"\w+", text)} | {m.end() for m in re.finditer(r"\w+", text)})


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60), st.data())
def test_offsets_are_monotone_and_slices_fold_alike(source: str, data: st.DataObject) -> None:
    view = normalize(source)
    offsets = list(view.offsets)
    assert len(offsets) == len(view.text) + 1
    assert offsets == sorted(offsets)
    assert all(0 <= o <= len(source) for o in offsets)
    assert offsets[-1] == len(source)
    edges = _word_edges(source)
    if len(edges) >= 2:
        a, b = sorted(data.draw(st.lists(st.sampled_from(edges), min_size=2, max_size=2)))
        if source[a : a + 1].isalnum() and source[b - 1 : b].isalnum():
            i, j = view.to_normalized(a), view.to_normalized(b)
            assert normalize_key(source[a:b]) == view.text[i:j]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("أإآابتثةىيئؤ ـًٌٍَُِّْ\u200fAbC١٢ ")), max_size=40))
def test_arabic_heavy_text_keeps_the_map(source: str) -> None:
    view = normalize(source)
    for i, char in enumerate(view.text):
        if char != " ":
            assert normalize_key(source[view.to_source(i)]) == char


def test_clitic_prefixes_cover_the_combinations() -> None:
    assert {"", "و", "ب", "ال", "وال", "بال", "لل", "فال", "كال", "وبال", "ولل", "فبال"} <= ARABIC_CLITIC_PREFIXES
    assert "س" not in ARABIC_CLITIC_PREFIXES


def _hits(text: str, name: str) -> list[bool]:
    folded, key = normalize(text).text, normalize_key(name)
    return [word_bounds_ok(folded, m.start(), m.end()) for m in re.finditer(re.escape(key), folded)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("والكرملين", "كرملين"),
        ("للكرملين", "كرملين"),
        ("بالكرملين", "كرملين"),
        ("فالكرملين", "كرملين"),
        ("الكرملين", "كرملين"),
        ("كرملين", "كرملين"),
        ("بموسكو", "موسكو"),
        ("وموسكو", "موسكو"),
        ("لموسكو", "موسكو"),
        ("للرئيس", "رئيس"),
        ("والرئيس", "رئيس"),
        ("في «موسكو»،", "موسكو"),
        ("Moscow's mayor", "Moscow"),
    ],
)
def test_name_matches_with_clitics(text: str, name: str) -> None:
    assert _hits(text, name) == [True]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("موسكوفيتش", "موسكو"),  # a longer word
        ("كييفي", "كييف"),  # nisba adjective: a different word
        ("سموسكو", "موسكو"),  # س is no noun prefix
        ("استموسكو", "موسكو"),
        ("Muscovites", "Moscow"),
        ("xMoscow", "Moscow"),
        ("Moscowx", "Moscow"),
    ],
)
def test_name_does_not_match_inside_other_words(text: str, name: str) -> None:
    assert _hits(text, name) in ([], [False])


def test_clitic_prefix_ok_reads_from_the_word_start() -> None:
    text = normalize("قال وبالكرملين").text
    assert clitic_prefix_ok(text, text.index("كرملين"))
    assert not clitic_prefix_ok("مالكرملين", 3)
    assert clitic_prefix_ok("كرملين", 0)

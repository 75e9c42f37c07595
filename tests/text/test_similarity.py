"""`checker.text.similarity` gives rapidfuzz's ratio, the same floats, without importing rapidfuzz."""

from __future__ import annotations

import random

import pytest
from rapidfuzz.fuzz import ratio as rapidfuzz_ratio
from rapidfuzz.process import extract_iter

from checker.text import similarity
from checker.text.similarity import close_pairs, ratio


@pytest.fixture(scope="module")
def names() -> list[str]:
    from checker.compiled_packs import load_packs

    knowledge = load_packs().knowledge
    return sorted({name for entity in knowledge.entities.values() for spelled in entity.names.values()
                   for name in spelled})


def test_the_ratio_is_rapidfuzzs_to_the_last_bit(names):
    generator = random.Random(82)
    pairs = [("", ""), ("", "كييف"), ("Kyiv", ""), ("سيرجي لافروف", "سيرغي لافروف"), ("Zelensky", "Zelenskyy"),
             ("this is a test", "this is a test!")]
    pairs += [(name, other) for name in names[::3] for other in generator.sample(names, 5)]
    for name in names[::2]:  # one letter changed, added or dropped: the pairs near the 82 threshold
        at = generator.randrange(len(name) + 1)
        pairs += [(name, name[:at] + "ي" + name[at + 1:]), (name, name[:at] + "e" + name[at:]),
                  (name, name[:at] + name[at + 1:])]
    assert len(pairs) > 8_000
    different = [(a, b) for a, b in pairs if ratio(a, b) != rapidfuzz_ratio(a, b)]
    assert not different, different[:5]


@pytest.mark.parametrize("few_pairs", [10_000, 0])  # compared here, and in rapidfuzz's loop
def test_close_pairs_are_those_rapidfuzz_extracts(names, monkeypatch, few_pairs):
    monkeypatch.setattr(similarity, "_FEW_PAIRS", few_pairs)
    generator = random.Random(5)
    texts = [" ".join(generator.sample(names, 3)) for _ in range(30)]
    texts += [texts[4], texts[7][:-1], texts[7] + "ه", "", texts[20].upper()]
    for min_ratio in (60, 82, 95, 100):
        expected = [(first, first + 1 + offset) for first, query in enumerate(texts)
                    for _, _, offset in extract_iter(query, texts[first + 1:], scorer=rapidfuzz_ratio,
                                                     processor=None, score_cutoff=min_ratio)]
        assert list(close_pairs(texts, min_ratio)) == expected
        assert (4, 30) in expected and ((7, 31) in expected) == (min_ratio < 100)

"""Mentions of knowledge-base names: a clitic prefix is read only where it really is one, so ordinary Arabic
words are not taken for places (the audit's spelling table and the casualty figures tied to places read them)."""

import pytest


def found(checker, word: str, lang: str = "ar") -> list[tuple[str, tuple[str, ...]]]:
    analysis = checker.analyse(f"قال إن {word} في النص." if lang == "ar" else f"He said {word} today.", lang=lang)
    return [(analysis.text[m.start:m.end], m.entity_ids) for m in analysis.mentions]


@pytest.mark.parametrize("word", [
    "كبيرا",  # big: not ك + Beira
    "ورقة",   # and a paper: not و + «الرقة» without its article
    "وجيزة",  # brief: not و + «الجيزة»
    "هوية",   # identity: written with ة, not Hue «هوئه»
    "ورم",    # a tumour: not و + a two-letter «رم»
])
def test_ordinary_words_are_not_places(checker, word):
    assert found(checker, word) == []


@pytest.mark.parametrize(("word", "span", "entity"), [
    ("والرقة", "الرقة", "place/ar-raqqah"),
    ("بالجيزة", "الجيزة", "place/giza"),
    ("كالقاهرة", "القاهرة", "place/cairo"),
    ("وبيروت", "بيروت", "place/beirut"),
    ("ولروما", "روما", "place/rome"),
    ("غزه", "غزه", "place/gaza-strip"),  # ه written for ة: still Gaza
])
def test_names_after_real_clitics_are_found(checker, word, span, entity):
    (text, entities), = found(checker, word)
    assert text == span and entity in entities


def test_english_names_are_unaffected(checker):
    assert ("Rome", ("country/IT", "place/rome")) in found(checker, "Rome", "en")

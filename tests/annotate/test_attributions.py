"""The attributions annotator: speakers, cues, content, carried speakers and back-references."""

from __future__ import annotations

import datetime as dt

import pytest


def _attributions(checker, text: str, lang: str):
    return checker.analyse(text, lang=lang, date=dt.date(2025, 3, 16)).annotation("attributions")


def _said(text, attributions):
    return [(s.cue, text[s.speaker.start:s.speaker.end] if s.speaker else None, s.carried)
            for s in attributions.statements]


def test_arabic_speaker_after_the_verb_and_carried_on(attribution_checker):
    text = "أعلن المتحدث باسم الكرملين ديمتري بيسكوف أن روسيا مستعدة. وأضاف أن الباب مفتوح."
    found = _attributions(attribution_checker, text, "ar")
    assert _said(text, found) == [("اعلن", "ديمتري بيسكوف", False), ("واضاف", "ديمتري بيسكوف", True)]
    first = found.statements[0]
    assert (first.speaker.kind, first.speaker.country) == ("person", "country/RU")
    assert text[first.content_start:first.content_end] == "أن روسيا مستعدة."


def test_english_subject_before_the_verb_and_quote_content(attribution_checker):
    text = ("\"We will not accept an ultimatum,\" Russian Foreign Minister Sergey Lavrov said. "
            "He added that talks went on.")
    found = _attributions(attribution_checker, text, "en")
    assert _said(text, found) == [("said", "Sergey Lavrov", False), ("added", "Sergey Lavrov", True)]
    assert found.statements[0].quote == "We will not accept an ultimatum,"


def test_generic_noun_carries_the_last_speaker_of_its_kind(attribution_checker):
    text = ("قالت الخارجية الروسية إن لافروف تحدث مع روبيو. وأعلن الرئيس فلاديمير بوتين أنه سيزور الصين. "
            "وأضافت الوزارة أن الاتصال كان مفيدا.")
    found = _attributions(attribution_checker, text, "ar")
    assert _said(text, found)[-1] == ("واضافت", "الخارجية الروسية", True)


def test_named_but_unknown_speaker_is_not_replaced_by_the_last_one(attribution_checker):
    text = "قال الرئيس فلاديمير بوتين إن موسكو مستعدة. وأوضح «مسؤول آخر» لاحقا أن الوفد وصل."
    found = _attributions(attribution_checker, text, "ar")
    assert [s.speaker and s.speaker.entity_id for s in found.statements] == ["person/vladimir-putin"]


def test_outlet_as_source_and_as_relay(attribution_checker):
    text = "ونقلت وكالة تاس عن وزير الخارجية الروسي سيرغي لافروف قوله إن المحادثات مستمرة."
    (statement,) = _attributions(attribution_checker, text, "ar").statements
    assert text[statement.speaker.start:statement.speaker.end] == "سيرغي لافروف"
    assert text[statement.reporter.start:statement.reporter.end] == "تاس"


def test_back_reference_links_the_last_statement_and_its_issuer(attribution_checker):
    text = "أعلن الكرملين أنه مستعد للحوار. وجاء هذا الإعلان من حكومة «كييف» أمس."
    (reference,) = _attributions(attribution_checker, text, "ar").back_references
    assert text[reference.start:reference.end] == "وجاء هذا الإعلان"
    assert reference.statement.cue == "اعلن"
    assert (text[reference.issuer.start:reference.issuer.end], reference.issuer.country) == ("كييف", "country/UA")


def test_english_back_reference_without_issuer(attribution_checker):
    text = "The Kremlin said it was ready for talks. Washington welcomed the announcement."
    (reference,) = _attributions(attribution_checker, text, "en").back_references
    assert reference.issuer is None and reference.statement.speaker.entity_id == "institution/RU-kremlin"


@pytest.mark.parametrize("text, lang", [
    ("تعتزم الحكومة بناء مدارس جديدة في المدينة هذا العام.", "ar"),
    ("The government plans to build new schools in the city this year.", "en"),
])
def test_text_without_statements(attribution_checker, text, lang):
    found = _attributions(attribution_checker, text, lang)
    assert (found.statements, found.back_references) == ((), ())

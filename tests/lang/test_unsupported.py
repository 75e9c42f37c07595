"""A text in a language factlint does not support is skipped with its detected language, never read with the
rules of another language; an explicit --lang still forces one."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.api import Checker, CheckOptions
from checker.cli import app
from checker.lang import UnsupportedLanguageError

FIXTURE_PACKS = str(Path(__file__).resolve().parents[1] / "fixtures" / "packs")
PERSIAN = "ایوان پتروف با هیئت دیدار کرد.\nسپس ایوان پتروف گفت که گفتگوها ادامه دارد.\n"
URDU = "ایوان پیٹروف نے وفد سے ملاقات کی۔\nبعد میں ایوان پیٹروف نے کہا کہ بات چیت جاری رہے گی۔\n"
FRENCH = "Ivan Petrov a rencontré la délégation.\nPlus tard, Ivan Petrow a dit que les discussions continuent.\n"
HEBREW = "איוון פטרוב נפגש עם המשלחת.\nמאוחר יותר אמר כי השיחות יימשכו.\n"
VARIANTS_AR = "التقى إيفان بيتروف بالوفد أمس.\nوقال ايفان بتروف إن المحادثات مستمرة.\n"


def check(*args: str):
    return CliRunner().invoke(app, ["check", "--packs", FIXTURE_PACKS, "--select", "consistency/", *args],
                              env={"NO_COLOR": "1"})


@pytest.mark.parametrize(("text", "lang"), [(PERSIAN, "fa"), (URDU, "ur"), (FRENCH, "fr"), (HEBREW, "he")])
def test_check_skips_an_unsupported_language(tmp_path, text, lang):
    (tmp_path / "article.txt").write_text(text, encoding="utf-8")
    result = check(str(tmp_path / "article.txt"), "--format", "json")
    assert result.exit_code == 0
    [file] = json.loads(result.stdout)["files"]
    assert (file["skipped"], file["lang"], file["findings"], file["error"]) == (
        f"language {lang} is not supported", lang, [], None)
    assert f"skipped: {tmp_path / 'article.txt'}: language {lang} is not supported" in result.stderr


def test_skipped_beside_a_checked_file(tmp_path):
    (tmp_path / "fa.txt").write_text(PERSIAN, encoding="utf-8")
    (tmp_path / "ar.txt").write_text(VARIANTS_AR, encoding="utf-8")
    result = check(str(tmp_path), "--format", "json")
    assert result.exit_code == 1  # the Arabic file's finding; the Persian file does not change the code
    files = {Path(f["path"]).name: f for f in json.loads(result.stdout)["files"]}
    assert files["fa.txt"]["skipped"] == "language fa is not supported"
    assert [f["rule"] for f in files["ar.txt"]["findings"]] == ["consistency/name-variants"]
    assert json.loads(result.stdout)["summary"]["skipped"] == 1


def test_explicit_lang_forces_the_language(tmp_path):
    (tmp_path / "article.txt").write_text(FRENCH, encoding="utf-8")
    result = check(str(tmp_path / "article.txt"), "--format", "json", "--lang", "en")
    [file] = json.loads(result.stdout)["files"]
    assert (file["skipped"], file["lang"]) == (None, "en")
    assert [f["text"] for f in file["findings"]] == ["Ivan Petrow"]
    assert result.exit_code == 1


def test_front_matter_language_is_kept_when_supported(tmp_path):
    (tmp_path / "a.md").write_text("---\nlang: fr\n---\n" + FRENCH, encoding="utf-8")
    (tmp_path / "b.md").write_text("---\nlang: en\n---\n" + FRENCH, encoding="utf-8")
    result = check(str(tmp_path), "--format", "json")
    files = {Path(f["path"]).name: f for f in json.loads(result.stdout)["files"]}
    assert files["a.md"]["skipped"] == "language fr is not supported"
    assert files["b.md"]["skipped"] is None and files["b.md"]["lang"] == "en"


def test_unknown_lang_option_is_a_usage_error(tmp_path):
    (tmp_path / "article.txt").write_text(FRENCH, encoding="utf-8")
    result = check(str(tmp_path / "article.txt"), "--lang", "fr")
    assert result.exit_code == 2
    assert result.stderr == "factlint: error: unknown --lang 'fr' (choose from ar, en, auto)\n"


def test_api_never_reads_an_unsupported_language():
    checker = Checker(CheckOptions(packs=(Path(FIXTURE_PACKS),)))
    assert checker.check_text(FRENCH) == []
    assert [f.rule for f in checker.check_text(FRENCH, lang="en")] == ["consistency/name-variants"]
    with pytest.raises(UnsupportedLanguageError, match="language fa is not supported"):
        checker.analyse(PERSIAN)
    # An explicit language is never replaced by a guess: English text asked for as French is not read.
    assert checker.check_text("Ivan Petrov met them. Later Ivan Petrow spoke.", lang="fr") == []
    assert [f.rule for f in checker.check_text("Ivan Petrov met them. Later Ivan Petrow spoke.")] == [
        "consistency/name-variants"]

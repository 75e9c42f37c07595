"""The factlint command end to end: exit codes, one-line errors, formats, selection."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from checker import __version__
from tests.cli_cases import CLEAN_AR, VARIANTS_AR, VARIANTS_EN, run

FIXTURE_PACKS = str(Path(__file__).resolve().parent / "fixtures" / "packs")


def check(*args: str, stdin: str | None = None):
    return run("check", "--packs", FIXTURE_PACKS, "--select", "consistency/", *args, stdin=stdin)


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    (tmp_path / "wrong.txt").write_text(VARIANTS_AR, encoding="utf-8")
    (tmp_path / "right.txt").write_text(CLEAN_AR, encoding="utf-8")
    return tmp_path


def test_version():
    result = run("--version")
    assert result.exit_code == 0 and result.stdout.strip() == f"factlint {__version__}"


def test_findings_exit_1_and_text_format_lines(articles):
    result = check(str(articles), "--format", "text")
    assert result.exit_code == 1
    lines = result.stdout.strip().splitlines()
    assert lines == [f"{articles / 'wrong.txt'}:2:6: تنبيه consistency/name-variants "
                     "«ايفان بتروف» يُكتب «إيفان بيتروف»؛ المقال يكتب الاسم نفسه بتهجئتين "
                     "[التصحيح: ايفان بتروف -> إيفان بيتروف] في: وقال ⟦ايفان بتروف⟧ إن المحادثات مستمرة."]


def test_clean_file_exits_0(articles):
    result = check(str(articles / "right.txt"))
    assert result.exit_code == 0, result.stdout
    assert "النتائج 0 (لا شيء)" in result.stdout  # Arabic articles: the summary in Arabic


def test_fail_on_threshold_and_never(articles):
    assert check(str(articles), "--fail-on", "error").exit_code == 0
    assert check(str(articles), "--fail-on", "never").exit_code == 0
    assert check(str(articles), "--fail-on", "info").exit_code == 1


def test_json_format_is_the_documented_object(articles):
    result = check(str(articles / "wrong.txt"), "--format", "json", "--date", "2025-03-16")
    assert result.exit_code == 1
    document = json.loads(result.stdout)
    assert document["factlint"] == __version__
    [file] = document["files"]
    assert file["path"] == str(articles / "wrong.txt")
    assert (file["lang"], file["date"], file["error"]) == ("ar", "2025-03-16", None)
    [finding] = file["findings"]
    source = VARIANTS_AR
    assert source[finding["start"]:finding["end"]] == finding["text"] == "ايفان بتروف"
    assert (finding["line"], finding["column"], finding["end_line"], finding["end_column"]) == (2, 6, 2, 17)
    assert finding["fix"] == {"replacement": "إيفان بيتروف", "applicability": "safe"}
    assert finding["sentence"] == "وقال ايفان بتروف إن المحادثات مستمرة."
    assert (finding["rule"], finding["category"], finding["severity"]) == (
        "consistency/name-variants", "consistency", "warning")
    assert document["summary"]["findings"] == 1
    assert document["summary"]["by_category"] == {"consistency": 1}
    assert finding["alternatives"] == []
    assert document["summary"]["by_severity"] == {"warning": 1}


@pytest.mark.parametrize("lang,text,fix,alternative", [
    ("en", "White House press secretary Maria Zakharova took questions on Monday.\n",
     "Russian Foreign Ministry press secretary Maria Zakharova", "White House press secretary Karoline Leavitt"),
    ("ar", "قالت المتحدثة باسم الكرملين ماريا زاخاروفا إن موسكو سترد.\n",
     "المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا", "المتحدث باسم الكرملين ديمتري بيسكوف"),
])
def test_json_and_sarif_give_a_title_claim_both_fixes(tmp_path, lang, text, fix, alternative):
    """The title or the name: the fix and its alternative, both unsafe, in JSON and in SARIF (in that order)."""
    article = tmp_path / "a.txt"
    article.write_text(text, encoding="utf-8")
    common = (str(article), "--date", "2025-03-16", "--select", "roles/")
    [finding] = json.loads(run("check", *common, "--format", "json").stdout)["files"][0]["findings"]
    assert finding["fix"] == {"replacement": fix, "applicability": "unsafe"}
    assert finding["alternatives"] == [{"replacement": alternative, "applicability": "unsafe"}]
    [result] = json.loads(run("check", *common, "--format", "sarif").stdout)["runs"][0]["results"]
    assert [change["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"]
            for change in result["fixes"]] == [fix, alternative]


def test_stdin_dash():
    result = check("-", "--format", "text", "--lang", "en", stdin=VARIANTS_EN)
    assert result.exit_code == 1
    assert result.stdout.startswith("-:2:7: warning consistency/name-variants 'Ivan Petrow'")


def test_rich_report_shows_sentence_fix_and_summary(articles):
    result = check(str(articles / "wrong.txt"))
    out = result.stdout
    assert "consistency/name-variants" in out
    assert "ايفان بتروف" in out and "إيفان بيتروف" in out and "(\u2067آمن\u2069)" in out
    assert "الملفات المفحوصة 1، النتائج 1 (1 تنبيه)" in out
    assert "\x1b[" not in out  # NO_COLOR


def test_select_and_ignore(articles):
    assert check(str(articles), "--ignore", "consistency/name-variants").exit_code == 0
    result = run("check", str(articles), "--packs", FIXTURE_PACKS, "--select", "consistency/name-variants",
                 "--format", "text")
    assert result.exit_code == 1


def test_unknown_rule_id_is_a_one_line_error():
    result = run("check", "--select", "nosuch/rule", "-", stdin="x")
    assert result.exit_code == 2
    assert result.stderr == "factlint: error: unknown rule id or prefix 'nosuch/rule' (see `factlint rules list`)\n"


def test_malformed_pack_is_a_one_line_error(tmp_path):
    (tmp_path / "bad.yaml").write_text("pack: bad\nkind: rules\nversion: 1\nchecked: 2026-01-01\nrules: [{id: 1}]\n",
                                       encoding="utf-8")
    result = run("check", "--packs", str(tmp_path), "-", stdin="x")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"factlint: error: {tmp_path / 'bad.yaml'}:5: rules[0]")
    assert result.stderr.count("\n") == 1


def test_binary_file_is_an_error_and_others_are_still_checked(articles):
    (articles / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    result = check(str(articles), "--format", "text")
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [f"factlint: error: {articles / 'photo.txt'}: binary file"] or \
        result.stderr.startswith(f"factlint: error: {articles / 'photo.txt'}: ")
    assert result.stderr.count("\n") == 1
    assert "wrong.txt:2:6: تنبيه consistency/name-variants" in result.stdout


def test_directory_without_text_files(tmp_path):
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    result = check(str(tmp_path))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"factlint: error: {tmp_path}: no text files to check")


def test_missing_path(tmp_path):
    result = check(str(tmp_path / "nope.txt"))
    assert result.exit_code == 2
    assert result.stderr == f"factlint: error: {tmp_path / 'nope.txt'}: no such file or directory\n"


def test_empty_file_is_skipped_not_an_error(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = check(str(tmp_path), "--format", "json")
    assert result.exit_code == 0
    [file] = json.loads(result.stdout)["files"]
    assert file["skipped"] and file["error"] is None
    assert "skipped" in result.stderr


def test_bad_options_are_one_line_errors():
    for args, message in ((["--format", "xml"], "unknown --format 'xml'"),
                          (["--date", "16/03/2025"], "--date '16/03/2025' is not a date"),
                          (["--fail-on", "sometimes"], "unknown --fail-on 'sometimes'"),
                          (["--lang", "fr"], "unknown --lang 'fr'")):
        result = run("check", *args, "-", stdin="x")
        assert result.exit_code == 2, args
        assert result.stderr.startswith(f"factlint: error: {message}"), result.stderr


def test_include_and_exclude(articles):
    (articles / "notes.md").write_text(VARIANTS_EN, encoding="utf-8")
    only_md = check(str(articles), "--include", "*.md", "--format", "text")
    assert only_md.exit_code == 1
    assert "notes.md" in only_md.stdout and "wrong.txt" not in only_md.stdout
    assert check(str(articles), "--exclude", "wrong.txt", "--exclude", "*.md").exit_code == 0


def test_rules_list_show_explain():
    listed = run("rules", "list")
    assert listed.exit_code == 0 and "consistency/name-variants" in listed.stdout
    shown = run("rules", "show", "consistency/name-variants")
    assert shown.exit_code == 0 and "kind:      name-variants" in shown.stdout
    explained = run("explain", "consistency/name-variants")
    assert explained.exit_code == 0 and "Why it matters" in explained.stdout
    assert run("explain", "nope/nope").exit_code == 2


def test_rules_validate(tmp_path):
    good = run("rules", "validate", FIXTURE_PACKS)
    assert good.exit_code == 0 and good.stdout.startswith("ok: 1 pack file(s)")
    (tmp_path / "bad.yaml").write_text("pack: bad\nkind: knowledge\nversion: 1\nchecked: yesterday\n", encoding="utf-8")
    bad = run("rules", "validate", str(tmp_path))
    assert bad.exit_code == 2
    assert bad.stderr == f"factlint: error: {tmp_path / 'bad.yaml'}:4: checked: 'yesterday' is not a 'date'\n" or \
        bad.stderr.startswith(f"factlint: error: {tmp_path / 'bad.yaml'}:4: checked:")


def test_rules_test_runs_examples():
    result = run("rules", "test", "--select", "consistency/")
    assert result.exit_code == 0, result.stdout
    assert result.stdout.strip().endswith("20 passed, 0 failed")  # five rules, four examples each


def test_console_script_runs_as_a_process(articles):
    completed = subprocess.run([sys.executable, "-m", "checker", "check", str(articles / "wrong.txt"),
                                "--packs", FIXTURE_PACKS, "--select", "consistency/", "--format", "text"],
                               capture_output=True, text=True)
    assert completed.returncode == 1
    assert "consistency/name-variants" in completed.stdout and completed.stderr == ""

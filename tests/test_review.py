"""`factlint review FILE`: the answers a copy editor types, the bytes written once at the end, the text shown, and
the suppressions `i` writes, which the next `check` honours."""

import pytest

from tests.cli_cases import CLEAN_AR, CLEAN_EN, FIXED_AR, FIXED_EN, VARIANTS_AR, VARIANTS_EN, run

pytestmark = pytest.mark.usefixtures("only_mini_packs")  # the mini packs stand in for the built-in ones

SECOND_SLIP = "Ivan Petrow left on Friday.\n"


def review(path, answers: str, *options: str):
    return run("review", str(path), *options, stdin=answers)


def test_accept_then_skip(tmp_path):
    article = tmp_path / "a.txt"
    article.write_bytes((VARIANTS_EN + SECOND_SLIP).replace("\n", "\r\n").encode("utf-8"))
    result = review(article, "a\ns\n")
    assert result.exit_code == 0, result.output
    assert article.read_bytes() == (FIXED_EN + SECOND_SLIP).replace("\n", "\r\n").encode("utf-8")
    assert "[1/2]" in result.stdout and "[2/2]" in result.stdout
    assert "fix: Ivan Petrow -> Ivan Petrov  (safe)" in result.stdout
    assert f"{article}: 2 problems: 1 accepted, 0 edited, 0 ignored, 1 skipped; written" in result.stdout


def test_enter_accepts_a_safe_fix(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(VARIANTS_EN, encoding="utf-8")
    result = review(article, "\n")
    assert result.exit_code == 0, result.output
    assert article.read_text(encoding="utf-8") == FIXED_EN
    assert "(a): " in result.stdout  # the default shown is accept


def test_edit_prefills_the_whole_sentence_and_checks_it_again(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(VARIANTS_EN, encoding="utf-8")
    # The first edit still spells the name another way: it is checked at once and edited again.
    result = review(article, "e\nLater Ivan Petrow said talks go on.\ne\nLater Ivan Petrov said talks go on.\n")
    assert result.exit_code == 0, result.output
    assert "sentence: Later Ivan Petrow said talks would go on." in result.stdout  # prefilled
    assert "Still flagged:" in result.stdout
    assert "The edited sentence is clean." in result.stdout
    assert article.read_text(encoding="utf-8") == VARIANTS_EN.replace(
        "Later Ivan Petrow said talks would go on.", "Later Ivan Petrov said talks go on.")
    assert "1 edited" in result.stdout


def test_an_empty_edit_keeps_the_prefilled_sentence(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(VARIANTS_EN, encoding="utf-8")
    result = review(article, "e\n\nk\n")
    assert result.exit_code == 0, result.output
    assert article.read_text(encoding="utf-8") == VARIANTS_EN


def test_ignore_in_markdown_writes_a_suppression_the_next_check_honours(tmp_path):
    article = tmp_path / "a.md"
    text = "# Talks\n\nIvan Petrov met the delegation.\nLater Ivan Petrow said talks would go on.\n"
    article.write_text(text, encoding="utf-8")
    assert run("check", str(article)).exit_code == 1
    result = review(article, "i\n")
    assert result.exit_code == 0, result.output
    assert article.read_text(encoding="utf-8") == text.replace(
        "delegation.\n", "delegation. <!-- factlint: ignore consistency/name-variants -->\n")
    assert "0 accepted, 0 edited, 1 ignored, 0 skipped; written" in result.stdout
    check = run("check", str(article))
    assert check.exit_code == 0, check.stdout


def test_ignore_mid_line_and_at_a_paragraph_start(tmp_path):
    article = tmp_path / "a.md"
    text = "Ivan Petrov met them. Ivan Petrow left.\n\nIvan Petrow came back.\n"
    article.write_text(text, encoding="utf-8")
    result = review(article, "i\ni\n")
    assert result.exit_code == 0, result.output
    assert article.read_text(encoding="utf-8") == (
        "Ivan Petrov met them. <!-- factlint: ignore consistency/name-variants --> Ivan Petrow left.\n\n"
        "<!-- factlint: ignore consistency/name-variants -->\nIvan Petrow came back.\n")
    assert run("check", str(article)).exit_code == 0


def test_ignore_in_html(tmp_path):
    article = tmp_path / "a.html"
    article.write_text("<p>Ivan Petrov met them.</p><p>Then Ivan Petrow left.</p>", encoding="utf-8")
    result = review(article, "i\n")
    assert result.exit_code == 0, result.output
    assert "<p><!-- factlint: ignore consistency/name-variants --> Then Ivan Petrow left.</p>" in \
        article.read_text(encoding="utf-8")
    assert run("check", str(article)).exit_code == 0


def test_ignore_in_plain_text_goes_to_the_configured_baseline(tmp_path):
    (tmp_path / ".factlint.yaml").write_text("baseline: known.json\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text(VARIANTS_EN, encoding="utf-8")
    result = review(article, "i\n")
    assert result.exit_code == 0, result.output
    assert article.read_text(encoding="utf-8") == VARIANTS_EN  # the article is not touched
    assert "1 ignored finding(s) recorded in the baseline" in result.stdout
    assert '"rule": "consistency/name-variants"' in (tmp_path / "known.json").read_text(encoding="utf-8")
    assert run("check", str(article)).exit_code == 0


def test_ignore_in_plain_text_without_a_baseline_says_how(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(VARIANTS_EN, encoding="utf-8")
    result = review(article, "i\n")
    assert result.exit_code == 0
    assert "set `baseline: FILE` in .factlint.yaml" in result.stdout
    assert "0 ignored, 1 skipped; not changed" in result.stdout
    assert article.read_text(encoding="utf-8") == VARIANTS_EN


def test_arabic_article_gets_arabic_prompts(tmp_path):
    article = tmp_path / "a.md"
    article.write_text(VARIANTS_AR, encoding="utf-8")
    result = review(article, "x\na\n")
    assert result.exit_code == 0, result.output
    assert "a=قبول الإصلاح، s=تخطٍّ، e=تحرير الجملة" in result.stdout
    assert "اختر واحدًا من: a، s، e، i، q" in result.stdout  # the unknown answer "x", Arabic commas
    assert "1 مقبولة" in result.stdout and "كُتب الملف" in result.stdout
    assert article.read_text(encoding="utf-8") == FIXED_AR


def test_quit_keeps_what_was_decided(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(VARIANTS_EN + SECOND_SLIP, encoding="utf-8")
    result = review(article, "a\nq\n")
    assert article.read_text(encoding="utf-8") == FIXED_EN + SECOND_SLIP
    assert "1 accepted, 0 edited, 0 ignored, 1 skipped; written" in result.stdout


def test_clean_articles_have_nothing_to_review(tmp_path):
    for name, text in (("en.txt", CLEAN_EN), ("ar.txt", CLEAN_AR)):
        article = tmp_path / name
        article.write_text(text, encoding="utf-8")
        result = review(article, "")
        assert result.exit_code == 0
        assert "[1/" not in result.stdout
        assert article.read_text(encoding="utf-8") == text


def test_unreadable_file_is_a_one_line_error(tmp_path):
    result = run("review", str(tmp_path / "missing.txt"))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"factlint: error: {tmp_path / 'missing.txt'}: cannot read")


def test_one_problem_is_one_problem(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(VARIANTS_EN, encoding="utf-8")
    assert f"{article}: 1 problem: 0 accepted" in review(article, "s\n").stdout

"""`factlint review FILE`: the answers a copy editor types, the bytes written once at the end, the text shown."""

import pytest

from tests.cli_cases import FIXED_EN, VARIANTS_EN, run

pytestmark = pytest.mark.usefixtures("only_mini_packs")  # the mini packs stand in for the built-in ones

SECOND_SLIP = "Iwan Petrow left on Friday.\n"


def review(path, answers: str):
    return run("review", str(path), stdin=answers)


def test_accept_then_skip(tmp_path):
    article = tmp_path / "a.txt"
    article.write_bytes((VARIANTS_EN + SECOND_SLIP).replace("\n", "\r\n").encode("utf-8"))
    result = review(article, "a\ns\n")
    assert result.exit_code == 0, result.output
    assert article.read_bytes() == (FIXED_EN + SECOND_SLIP).replace("\n", "\r\n").encode("utf-8")
    assert "[1/2]" in result.stdout and "[2/2]" in result.stdout
    assert "fix: Iwan Petrow -> Ivan Petrov  (safe)" in result.stdout
    assert f"{article}: 2 findings: 1 accepted, 0 edited, 1 skipped; written" in result.stdout


def test_edit_types_the_replacement(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(VARIANTS_EN, encoding="utf-8")
    result = review(article, "e\nIvan P. Petrov\n")
    assert result.exit_code == 0
    assert article.read_text(encoding="utf-8") == VARIANTS_EN.replace("Iwan Petrow", "Ivan P. Petrov")
    assert "1 edited" in result.stdout


def test_ignore_rule_skips_the_rest_and_writes_nothing(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(VARIANTS_EN + SECOND_SLIP, encoding="utf-8")
    before = article.stat().st_mtime_ns
    result = review(article, "i\n")
    assert result.exit_code == 0
    assert "[2/2]" not in result.stdout
    assert f"{article}: 2 findings: 0 accepted, 0 edited, 2 skipped; not changed" in result.stdout
    assert article.stat().st_mtime_ns == before


def test_quit_keeps_what_was_decided(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(VARIANTS_EN + SECOND_SLIP, encoding="utf-8")
    result = review(article, "a\nq\n")
    assert article.read_text(encoding="utf-8") == FIXED_EN + SECOND_SLIP
    assert "1 accepted, 0 edited, 1 skipped; written" in result.stdout


def test_unreadable_file_is_a_one_line_error(tmp_path):
    result = run("review", str(tmp_path / "missing.txt"))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"factlint: error: {tmp_path / 'missing.txt'}: cannot read")

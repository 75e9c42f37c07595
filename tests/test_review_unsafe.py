"""`factlint review` over the built-in packs: Enter never applies an unsafe fix, and the prompt says why."""

from tests.cli_cases import run

BLINKEN = "Russian Foreign Minister Antony Blinken said on Monday that talks would go on.\n"


def test_enter_skips_an_unverified_fix_and_says_why(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(BLINKEN, encoding="utf-8")
    # In 2025 Blinken is no longer in office: "American Foreign Minister" is flagged too, so the fix is unsafe.
    result = run("review", str(article), "--date", "2025-06-01", stdin="\n")
    assert result.exit_code == 0, result.output
    assert "fix: Russian -> American  (unsafe)" in result.stdout
    assert "The fix is not verified: the sentence is still flagged with it. Enter skips it" in result.stdout
    assert "[a/s/e/i/q] (s)" in result.stdout
    assert article.read_text(encoding="utf-8") == BLINKEN


def test_a_applies_the_unsafe_fix_when_asked(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(BLINKEN, encoding="utf-8")
    result = run("review", str(article), "--date", "2025-06-01", stdin="a\n")
    assert result.exit_code == 0, result.output
    assert article.read_text(encoding="utf-8") == BLINKEN.replace("Russian", "American")


def test_enter_accepts_the_verified_fix(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(BLINKEN, encoding="utf-8")
    result = run("review", str(article), "--date", "2023-03-01", stdin="\n")
    assert result.exit_code == 0, result.output
    assert "[a/s/e/i/q] (a)" in result.stdout
    assert article.read_text(encoding="utf-8") == BLINKEN.replace("Russian", "American")

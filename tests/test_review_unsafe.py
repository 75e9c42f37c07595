"""`factlint review` over the built-in packs: Enter never applies an unsafe fix, and the prompt says why."""

import pytest

from tests.cli_cases import run

# Blinken named again: the article says the name is right, so a verified title fix is safe
BLINKEN = "Russian Foreign Minister Antony Blinken said on Monday that talks would go on. Blinken gave no date.\n"
# the fix writes the office as the US names it (the offices pack's variant)
FIXED = BLINKEN.replace("Russian Foreign Minister", "American Secretary of State")
WHY = "The fix is not verified: the sentence is still flagged with it. Enter skips it"


# In 2025 Blinken is no longer in office: "American Foreign Minister" is flagged in turn, so the fix is unsafe;
# in 2023 it is verified, and safe.
@pytest.mark.parametrize(("date", "answer", "default", "written"), [
    ("2025-06-01", "\n", "s", BLINKEN),
    ("2025-06-01", "a\n", "s", FIXED),
    ("2023-03-01", "\n", "a", FIXED),
])
def test_enter_takes_only_a_safe_fix(tmp_path, date, answer, default, written):
    article = tmp_path / "a.txt"
    article.write_text(BLINKEN, encoding="utf-8")
    result = run("review", str(article), "--date", date, stdin=answer)
    assert result.exit_code == 0, result.output
    assert f"[a/s/e/i/q] ({default})" in result.stdout
    assert (WHY in result.stdout) == (default == "s")
    # the whole claim (the office had another holder then), the office written as the US names it
    assert "fix: Russian Foreign Minister Antony Blinken -> American Secretary of State" in result.stdout
    assert f"({'unsafe' if default == 's' else 'safe'})" in result.stdout
    assert article.read_text(encoding="utf-8") == written

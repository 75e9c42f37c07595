"""`factlint review` over the built-in packs: Enter never applies an unsafe fix, and the prompt says why."""

import pytest

from tests.cli_cases import run

# The US has no prime minister: the fix writes the office Biden held there (one correction fits, no other holder)
BIDEN = "US Prime Minister Joe Biden said on Monday that talks would go on.\n"
FIXED = BIDEN.replace("Prime Minister", "President")
WHY = "The fix is not verified: the sentence is still flagged with it. Enter skips it"


# In 2025 Biden is no longer in office: "US President Joe Biden" is flagged in turn, so the fix is unsafe; in 2023
# it is verified, and safe.
@pytest.mark.parametrize(("date", "answer", "default", "written"), [
    ("2025-06-01", "\n", "s", BIDEN),
    ("2025-06-01", "a\n", "s", FIXED),
    ("2023-03-01", "\n", "a", FIXED),
])
def test_enter_takes_only_a_safe_fix(tmp_path, date, answer, default, written):
    article = tmp_path / "a.txt"
    article.write_text(BIDEN, encoding="utf-8")
    result = run("review", str(article), "--date", date, stdin=answer)
    assert result.exit_code == 0, result.output
    assert f"[a/s/e/i/q] ({default})" in result.stdout
    assert (WHY in result.stdout) == (default == "s")
    assert "fix: Prime Minister -> President" in result.stdout
    assert f"({'unsafe' if default == 's' else 'safe'})" in result.stdout
    assert article.read_text(encoding="utf-8") == written

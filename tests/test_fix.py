"""`--fix`, `--unsafe-fixes`, `--diff`: bytes written, exit codes, printed text; the fix module's guarantees."""

from pathlib import Path

import pytest

from checker.fix import Edit, StaleFileError, apply_edits, write_atomically
from tests.cli_cases import CLEAN_AR, FIXED_AR, FIXED_EN, VARIANTS_AR, VARIANTS_EN, run

pytestmark = pytest.mark.usefixtures("only_mini_packs")  # the mini packs stand in for the built-in ones

WRONG_AR, RIGHT_AR = "ايفان بتروف".encode(), "إيفان بيتروف".encode()


def fix(path: Path, *more: str):
    return run("check", str(path), "--fix", "--format", "text", *more)


def test_fix_writes_the_safe_fix_and_reports_what_is_left(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(VARIANTS_AR, encoding="utf-8")
    result = fix(article)
    assert article.read_text(encoding="utf-8") == FIXED_AR
    assert result.exit_code == 0, result.output
    assert "factlint: fixed 1 finding(s)" in result.stderr
    assert result.stdout == ""


def test_fix_on_a_clean_file_changes_nothing(tmp_path):
    article = tmp_path / "a.txt"
    article.write_bytes(CLEAN_AR.encode("utf-8"))
    before = article.stat().st_mtime_ns
    result = fix(article)
    assert result.exit_code == 0 and article.read_bytes() == CLEAN_AR.encode("utf-8")
    assert article.stat().st_mtime_ns == before
    assert "fixed 0 finding(s)" in result.stderr


@pytest.mark.parametrize("name, data", [
    ("crlf.txt", VARIANTS_AR.replace("\n", "\r\n").encode("utf-8")),
    ("bom.txt", b"\xef\xbb\xbf" + VARIANTS_AR.encode("utf-8")),
    ("legacy.txt", VARIANTS_AR.encode("cp1256")),
    ("legacy-crlf.txt", VARIANTS_AR.replace("\n", "\r\n").encode("cp1256")),
    ("utf16.txt", b"\xff\xfe" + VARIANTS_AR.encode("utf-16-le")),
])
def test_fix_keeps_encoding_bom_and_line_endings_byte_for_byte(tmp_path, name, data):
    article = tmp_path / name
    article.write_bytes(data)
    result = fix(article)
    assert result.exit_code == 0, result.output
    codec = {"legacy.txt": "cp1256", "legacy-crlf.txt": "cp1256", "utf16.txt": "utf-16-le"}.get(name, "utf-8")
    assert article.read_bytes() == data.replace("ايفان بتروف".encode(codec), "إيفان بيتروف".encode(codec))
    assert article.read_bytes() != data


def test_fix_in_markdown_keeps_front_matter_and_markup(tmp_path):
    source = ("---\ntitle: \"ايفان بتروف في زيارة\"\ndate: 2025-03-16\n---\r\n# عنوان\r\n\r\n"
              + VARIANTS_AR.replace("\n", "\r\n") + "\r\n*نهاية*\r\n")
    article = tmp_path / "a.md"
    article.write_bytes(source.encode("utf-8"))
    assert fix(article).exit_code == 0
    # The front matter holds the variant spelling too, but it is metadata, not prose: left alone.
    expected = source.replace("وقال ايفان بتروف", "وقال إيفان بيتروف")
    assert article.read_bytes() == expected.encode("utf-8")


def test_fix_in_html_never_touches_a_span_with_markup(tmp_path):
    source = ("<html><body><p>التقى إيفان بيتروف بالوفد أمس.</p>\n"
              "<p>وقال <b>ايفان</b> بتروف إن المحادثات مستمرة.</p>\n"
              "<p>ثم قال ايفان بتروف إن الوفد غادر.</p></body></html>\n")
    article = tmp_path / "a.html"
    article.write_text(source, encoding="utf-8")
    result = fix(article)
    written = article.read_text(encoding="utf-8")
    assert "<b>ايفان</b> بتروف" in written
    assert "ثم قال إيفان بيتروف إن" in written
    assert "the span holds markup or escapes; fix it by hand" in result.stderr


def test_unsafe_fixes_need_the_flag(tmp_path, monkeypatch):
    from checker.models import Fix

    monkeypatch.setattr("checker.checks.consistency.name_variants.Fix", lambda text, _: Fix(text, "unsafe"))
    article = tmp_path / "a.txt"
    article.write_text(VARIANTS_EN, encoding="utf-8")
    result = fix(article)
    assert article.read_text(encoding="utf-8") == VARIANTS_EN and result.exit_code == 1
    assert "[fix: Ivan Petrow -> Ivan Petrov]" in result.stdout
    result = fix(article, "--unsafe-fixes")
    assert article.read_text(encoding="utf-8") == FIXED_EN and result.exit_code == 0


def test_diff_prints_a_unified_diff_and_writes_nothing(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(VARIANTS_EN, encoding="utf-8")
    result = run("check", str(article), "--diff")
    assert result.exit_code == 1
    assert article.read_text(encoding="utf-8") == VARIANTS_EN
    assert result.stdout == (f"--- a/{article}\n+++ b/{article}\n@@ -1,2 +1,2 @@\n Ivan Petrov met the delegation.\n"
                             "-Later Ivan Petrow said talks would go on.\n+Later Ivan Petrov said talks would go on.\n")
    assert "would fix 1 finding(s)" in result.stderr
    clean = tmp_path / "c.txt"
    clean.write_text(FIXED_EN, encoding="utf-8")
    assert run("check", str(clean), "--diff").exit_code == 0


def test_fix_refuses_standard_input():
    result = run("check", "-", "--fix", stdin=VARIANTS_EN)
    assert result.exit_code == 2
    assert result.stderr == "factlint: error: --fix cannot write to standard input; use --diff\n"


def test_a_file_changed_on_disk_is_not_written(tmp_path):
    article = tmp_path / "a.txt"
    article.write_bytes(b"old text\n")
    with pytest.raises(StaleFileError, match="changed on disk since it was read"):
        write_atomically(article, b"what we read\n", b"new text\n")
    assert article.read_bytes() == b"old text\n"
    write_atomically(article, b"old text\n", b"new text\n")
    assert article.read_bytes() == b"new text\n"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]  # no temporary file left behind


def test_write_keeps_permissions_and_symlinks(tmp_path):
    target = tmp_path / "real.txt"
    target.write_bytes(b"x\n")
    target.chmod(0o640)
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    write_atomically(link, b"x\n", b"y\n")
    assert link.is_symlink() and target.read_bytes() == b"y\n"
    assert target.stat().st_mode & 0o777 == 0o640


def test_overlapping_edits_never_splice():
    text = "abcdefghij"
    edits = [Edit(2, 5, "XYZ"), Edit(4, 7, "Q"), Edit(8, 9, "-"), Edit(2, 5, "XYZ")]
    fixed, left_out = apply_edits(text, edits)
    assert fixed == "abXYZfgh-j"
    assert left_out == [Edit(4, 7, "Q")]
    # Two insertions at one point: one is taken (in a stable order), never both glued together.
    assert apply_edits("abc", [Edit(1, 1, "+"), Edit(1, 1, "*")]) == ("a*bc", [Edit(1, 1, "+")])

"""The report's own words (severities, why, fix, alternative, safe or unsafe, the summary) are in the article's
language in the rich and text formats; rule ids stay as they are, and JSON keeps its fixed English keys."""

import json
import re
from pathlib import Path

import pytest

from tests.cli_cases import run

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
# Every word the rich and text reports add around the findings in English (rule ids are matched apart).
ENGLISH_LABELS = re.compile(r"\b(?:error|warning|info|why|fix|alternatives?|also|in|safe|unsafe|checked|"
                            r"findings?|errors|skipped|summary|rule|none|note|no date)\b")
RULE_ID = re.compile(r"\b[a-z]+/[a-z-]+\b")


@pytest.mark.parametrize(("output_format", "dated"), [("rich", True), ("rich", False), ("text", True)])
def test_an_arabic_report_has_no_english_label_words(output_format, dated):
    date = ["--date", "2025-03-16"] if dated else []
    result = run("check", str(EXAMPLES / "gaza_russia_ar.txt"), *date, "--format", output_format)
    assert result.exit_code == 1
    report = RULE_ID.sub("", result.stdout.replace(str(EXAMPLES), ""))
    assert not ENGLISH_LABELS.findall(report), ENGLISH_LABELS.findall(report)
    for word in ("خطأ", "تنبيه", "التصحيح"):
        assert word in report
    if output_format == "rich" and dated:
        for word in ("السبب", "بديل", "يحتاج مراجعة", "آمن", "الملفات المفحوصة 1"):
            assert word in report
    if not dated:
        assert "بلا تاريخ" in report.splitlines()[0]  # the file's header


def test_an_english_report_keeps_english_labels_and_json_keeps_its_keys():
    text = run("check", str(EXAMPLES / "ukraine_talks_en.md"), "--date", "2025-03-16", "--format", "text").stdout
    assert re.search(r":\d+:\d+: (?:error|warning|info) [a-z]+/", text)
    rich = run("check", str(EXAMPLES / "ukraine_talks_en.md"), "--date", "2025-03-16").stdout
    assert "    why: " in rich and " checked, " in rich
    arabic = json.loads(run("check", str(EXAMPLES / "gaza_russia_ar.txt"), "--date", "2025-03-16",
                            "--format", "json").stdout)
    finding = arabic["files"][0]["findings"][0]
    assert finding["severity"] in ("error", "warning", "info") and "fix" in finding


def test_a_mixed_run_writes_each_file_in_its_language_and_the_summary_in_english():
    out = run("check", str(EXAMPLES), "--date", "2025-03-16").stdout
    assert "    why: " in out and "    \u2067السبب\u2069: " in out
    assert " checked, " in out.splitlines()[-1]

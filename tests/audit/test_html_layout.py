"""The audit page's folded sections: records not checked with paths relative to their shared folder, and name
spellings each isolated with its count (an Arabic spelling beside a number reads right)."""

from checker.audit.crosscheck import SpellingStats
from checker.audit.html import _problem_section, _spelling_section


def test_records_not_checked_are_folded_with_relative_paths():
    summary = {"input_problems": [{"location": "/srv/archive/2025/a.jsonl#line 4", "reason": "broken JSON"}],
               "not_checked": [{"location": "/srv/archive/b.md", "status": "skipped", "reason": "empty"},
                               {"location": "s3://bucket/c.txt", "status": "error", "reason": "unreadable"}]}
    section = _problem_section(summary)
    assert section.startswith('<details id="problems"><summary>Not checked (3) under <bdi>/srv/archive</bdi>')
    assert "<bdi>2025/a.jsonl#line 4</bdi>" in section and "<bdi>b.md</bdi>" in section
    assert "<bdi>s3://bucket/c.txt</bdi>" in section


def test_each_spelling_is_isolated_with_its_count():
    stats = SpellingStats("person/x", "سيرغي لافروف", "ar", (("سيرغي لافروف", 12), ("سيرجي لافروف", 3)))
    section = _spelling_section([stats])
    assert section.startswith('<details id="spellings"><summary>Name spellings, for house style (1 name)')
    assert ('<td dir="ltr"><span class="spelling"><bdi dir="auto">سيرغي لافروف</bdi> × 12</span> · '
            '<span class="spelling"><bdi dir="auto">سيرجي لافروف</bdi> × 3</span></td>') in section

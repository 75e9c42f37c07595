"""Analysis: the lookups of a document's mentions by offset give what a scan of all of them gives."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("lang, example", [("ar", "gaza_russia_ar.txt"), ("en", "clean_briefing_en.txt")])
def test_mentions_within_and_mention_index_agree_with_a_scan(checker, lang, example):
    text = (ROOT / "examples" / example).read_text(encoding="utf-8")
    analysis = checker.analyse(text * 3, lang=lang)
    mentions = analysis.mentions
    assert len(mentions) > 20
    step = max(1, len(analysis.text) // 97)
    windows = [(s.start, s.end) for s in analysis.sentences]
    windows += [(start, start + width) for start in range(0, len(analysis.text), step) for width in (1, 40, 400)]
    windows += [(m.start, m.end) for m in mentions] + [(m.start + 1, m.end) for m in mentions]
    for start, end in windows:
        assert analysis.mentions_within(start, end) == [m for m in mentions if start <= m.start and m.end <= end]
    assert [analysis.mention_index(m.start) for m in mentions] == list(range(len(mentions)))
    with pytest.raises(ValueError):
        analysis.mention_index(mentions[0].start + 1)

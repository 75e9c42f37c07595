"""Cross-article checks over the store: quotations with two speakers, toll timelines, spelling statistics."""

from __future__ import annotations

from pathlib import Path

from audit_helpers import run, write_jsonl

from checker.audit.crosscheck import spelling_statistics
from checker.audit.store import AuditStore

QUOTE = '"We will never accept these terms from anyone at all."'


def _cross(db):
    with AuditStore(db) as store:
        return store.cross_findings()


def test_one_quote_two_speakers_in_two_articles(tmp_path, cross_settings):
    path = write_jsonl(tmp_path / "a.jsonl", [
        {"id": "q1", "text": f"Ivan Petrov said: {QUOTE} The talks ended.", "date": "2025-01-05"},
        {"id": "q2", "text": f"Olga Sidorova said: {QUOTE}", "date": "2025-01-06"},
        {"id": "q3", "text": "قال إيفان بيتروف: «لن نقبل هذه الشروط من أي أحد على الإطلاق».", "date": "2025-01-06"}])
    run([path], cross_settings, tmp_path / "db.sqlite", jobs=1)
    (finding,) = _cross(tmp_path / "db.sqlite")
    assert (finding["rule"], finding["severity"]) == ("attribution/quote-speakers-across", "error")
    assert finding["articles"] == ["q1", "q2"]
    assert finding["speakers"] == ["person/test-ivan-petrov", "person/test-olga-sidorova"]
    assert finding["message"] == ("The same quotation is credited to Ivan Petrov in q1 and to Olga Sidorova in q2")


def test_same_speaker_quoted_twice_is_clean(tmp_path, cross_settings):
    path = write_jsonl(tmp_path / "a.jsonl", [
        {"id": "q1", "text": f"Ivan Petrov said: {QUOTE}"}, {"id": "q2", "text": f"Ivan Petrov said: {QUOTE}"}])
    run([path], cross_settings, tmp_path / "db.sqlite", jobs=1)
    assert _cross(tmp_path / "db.sqlite") == []


def _toll(article_id: str, date: str, figure: str, lang: str = "en") -> dict:
    text = (f"The death toll in Zarograd has risen to {figure} killed since the war began, officials said."
            if lang == "en" else f"ارتفعت حصيلة القتلى في زاروغراد منذ بدء الحرب إلى {figure} قتيل.")
    return {"id": article_id, "text": text, "date": date, "lang": lang}


def test_cumulative_toll_that_falls_or_jumps(tmp_path, cross_settings):
    path = write_jsonl(tmp_path / "a.jsonl", [
        _toll("d1", "2025-01-01", "1,200"), _toll("d2", "2025-01-03", "1350", "ar"),
        _toll("d3", "2025-01-05", "1,100"), _toll("d4", "2025-01-06", "9,000")])
    run([path], cross_settings, tmp_path / "db.sqlite", jobs=1)
    found = [(f["rule"], f["articles"][-1], f["message"]) for f in _cross(tmp_path / "db.sqlite")]
    assert found == [
        ("casualties/timeline", "d3",
         "Cumulative killed toll for Zarograd falls from 1,350 on 2025-01-03 to 1,100 on 2025-01-05"),
        ("casualties/timeline", "d4",
         "Cumulative killed toll for Zarograd jumps from 1,100 on 2025-01-05 to 9,000 on 2025-01-06")]


def test_rising_toll_is_clean(tmp_path, cross_settings):
    path = write_jsonl(tmp_path / "a.jsonl", [_toll("d1", "2025-01-01", "1,200"), _toll("d2", "2025-01-02", "1,250"),
                                              _toll("d3", "2025-02-02", "1,900", "ar")])
    run([path], cross_settings, tmp_path / "db.sqlite", jobs=1)
    assert _cross(tmp_path / "db.sqlite") == []


def test_spelling_statistics_per_language(tmp_path, cross_settings):
    path = write_jsonl(tmp_path / "a.jsonl", [
        {"id": "s1", "text": "Ivan Petrov spoke."}, {"id": "s2", "text": "Ivan Petrov spoke again."},
        {"id": "s3", "text": "Iwan Petrow spoke."}, {"id": "s4", "text": "تحدث إيفان بيتروف."}])
    run([path], cross_settings, tmp_path / "db.sqlite", jobs=1)
    with AuditStore(tmp_path / "db.sqlite") as store:
        (stats,) = spelling_statistics(store)
    assert (stats.entity_id, stats.lang, stats.spellings) == (
        "person/test-ivan-petrov", "en", (("Ivan Petrov", 2), ("Iwan Petrow", 1)))


def test_messages_in_the_flagged_articles_language(tmp_path, cross_settings):
    quote = "«لن نقبل هذه الشروط من أي أحد أبدا»"
    path = write_jsonl(tmp_path / "a.jsonl", [
        _toll("d1", "2025-01-01", "1,200"), _toll("d2", "2025-01-03", "1100", "ar"),
        {"id": "q1", "text": f"قال إيفان بيتروف: {quote}.", "date": "2025-01-05"},
        {"id": "q2", "text": f"قالت أولغا سيدوروفا: {quote}.", "date": "2025-01-06"}])
    run([path], cross_settings, tmp_path / "db.sqlite", jobs=1)
    assert [(f["rule"], f["message"]) for f in _cross(tmp_path / "db.sqlite")] == [
        ("attribution/quote-speakers-across", "الاقتباس نفسه منسوب إلى إيفان بيتروف في q1 وإلى أولغا سيدوروفا في q2"),
        ("casualties/timeline",
         "الحصيلة التراكمية (قتلى) في زاروغراد تنخفض من 1,200 في 1 يناير 2025 إلى «1100» في 3 يناير 2025")]


def test_cross_article_rules_are_selected_configured_and_take_their_parameters(tmp_path, cross_settings):
    import dataclasses

    import yaml

    path = write_jsonl(tmp_path / "a.jsonl", [
        _toll("d1", "2025-01-01", "1,200"), _toll("d2", "2025-01-06", "9,000"),  # a jump in five days
        {"id": "q1", "text": 'Ivan Petrov said: "We will never surrender."'},
        {"id": "q2", "text": 'Olga Sidorova said: "We will never surrender."'}])
    db = tmp_path / "db.sqlite"
    run([path], dataclasses.replace(cross_settings, ignore=("casualties/timeline",)), db, jobs=1)
    assert _cross(db) == []  # the timeline is ignored; a four-word quotation is below min_words (5)
    configured = dataclasses.replace(cross_settings, severity=(("casualties/", "error"),))
    run([path], configured, db, jobs=1)
    assert [(f["rule"], f["severity"]) for f in _cross(db)] == [("casualties/timeline", "error")]
    pack = yaml.safe_load(Path(cross_settings.packs[-1]).read_text(encoding="utf-8"))
    for rule in pack["rules"]:
        rule["params"]["min_words" if "min_words" in rule["params"] else "jump_days"] = 4
    shorter = tmp_path / "packs" / "cross.yaml"
    shorter.parent.mkdir()
    shorter.write_text(yaml.safe_dump(pack, allow_unicode=True), encoding="utf-8")
    run([path], dataclasses.replace(cross_settings, packs=(*cross_settings.packs[:-1], str(shorter))), db, jobs=1)
    # Four words are enough now, and five days are more than the four a jump is judged within.
    assert [(f["rule"], f["articles"]) for f in _cross(db)] == [("attribution/quote-speakers-across", ["q1", "q2"])]

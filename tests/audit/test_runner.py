"""The audit loop and its store: results, resuming, rechecking, duplicates, and parallel runs."""

from __future__ import annotations

import dataclasses
import json

from audit_helpers import CLEAN_AR, CLEAN_EN, article, run, store_rows, write_jsonl

from checker.audit.store import AuditStore


def test_findings_status_and_problems_are_stored(tmp_path, settings):
    path = write_jsonl(tmp_path / "a.jsonl", [article(3), article(1), "{oops", {"id": "empty", "text": "  "},
                                              {"id": "no-text", "body2": "x"}])
    summary = run([path], settings, tmp_path / "db.sqlite", jobs=1)
    assert (summary.records, summary.checked, summary.problems) == (4, 4, 1)
    with AuditStore(tmp_path / "db.sqlite") as store:
        stored = {a.article_id: a for a in store.articles()}
        assert stored["art-00001"].status == "checked" and stored["art-00001"].findings == ()
        (finding,) = stored["art-00003"].findings
        assert (finding["rule"], finding["text"], finding["sentence"]) == (
            "consistency/name-variants", "ايفان بتروف", "ثم التقى ايفان بتروف رئيس البلدية.")
        start, end = finding["sentence_span"]
        assert finding["sentence"][start:end] == "ايفان بتروف"
        assert finding["fix"] == {"replacement": "إيفان بيتروف", "applicability": "safe"}
        assert (stored["art-00003"].outlet, stored["art-00003"].date) == ("Outlet 3", "2025-04-04")
        assert (stored["empty"].status, stored["empty"].reason) == ("skipped", "empty: no text to check")
        assert stored["no-text"].status == "error"
        assert stored["no-text"].reason == "no-text: no text field ('text' or 'content' or 'body')"
        assert store.problems() == [(f"{path}#line 3", "broken JSON at line 3, column 2: Expecting property name "
                                                         "enclosed in double quotes")]


def test_correct_articles_produce_no_findings(tmp_path, settings):
    path = write_jsonl(tmp_path / "a.jsonl", [{"id": "en", "text": CLEAN_EN}, {"id": "ar", "text": CLEAN_AR}])
    summary = run([path], settings, tmp_path / "db.sqlite", jobs=1)
    assert (summary.checked, summary.findings) == (2, 0)


def test_rerun_skips_unchanged_and_rechecks_changed(tmp_path, settings):
    records = [article(n) for n in range(6)]
    path = write_jsonl(tmp_path / "a.jsonl", records)
    db = tmp_path / "db.sqlite"
    first = run([path], settings, db, jobs=1)
    assert (first.checked, first.unchanged) == (6, 0)
    before = store_rows(db)
    again = run([path], settings, db, jobs=1)
    assert (again.checked, again.unchanged) == (0, 6)
    assert store_rows(db) == before
    records[1] = {**records[1], "text": records[3]["text"]}  # now spells a name two ways
    write_jsonl(path, records)
    changed = run([path], settings, db, jobs=1)
    assert (changed.checked, changed.unchanged, changed.findings) == (1, 5, 1)
    with AuditStore(db) as store:
        assert len({a.article_id: a for a in store.articles()}["art-00001"].findings) == 1


def test_other_settings_recheck_everything(tmp_path, settings):
    path = write_jsonl(tmp_path / "a.jsonl", [article(n) for n in range(4)])
    db = tmp_path / "db.sqlite"
    run([path], settings, db, jobs=1)
    other = run([path], dataclasses.replace(settings, lang="en"), db, jobs=1)
    assert (other.checked, other.unchanged) == (4, 0)


def test_duplicate_ids_keep_the_first_and_are_listed(tmp_path, settings):
    path = write_jsonl(tmp_path / "a.jsonl", [article(1), article(2), {**article(3), "id": "art-00001"}])
    db = tmp_path / "db.sqlite"
    summary = run([path], settings, db, jobs=1)
    assert (summary.checked, summary.duplicates) == (2, 1)
    rows = store_rows(db)
    assert [row[3] for row in rows["articles"] if row[0] == "art-00001"] == [f"{path}#line 1"]
    assert rows["problems"] == [(str(path), f"{path}#line 3",
                                 f"duplicate article id 'art-00001' (first at {path}#line 1; skipped)")]
    assert run([path], settings, db, jobs=1).duplicates == 1  # the same on a rerun
    assert store_rows(db)["problems"] == rows["problems"]


def test_two_jobs_give_the_same_store_as_one(tmp_path, settings):
    path = write_jsonl(tmp_path / "a.jsonl", [article(n) for n in range(300)] + ["{broken"])
    run([path], settings, tmp_path / "one.sqlite", jobs=1)
    run([path], settings, tmp_path / "two.sqlite", jobs=2, batch_size=7)
    one, two = store_rows(tmp_path / "one.sqlite"), store_rows(tmp_path / "two.sqlite")
    assert one == two
    assert len(one["articles"]) == 300 and len(one["findings"]) == 100


def test_a_fixed_file_loses_its_old_problems(tmp_path, settings):
    path = write_jsonl(tmp_path / "a.jsonl", [article(1), "{broken"])
    db = tmp_path / "db.sqlite"
    run([path], settings, db, jobs=1)
    assert len(store_rows(db)["problems"]) == 1
    write_jsonl(path, [article(1), json.dumps(article(2))])
    run([path], settings, db, jobs=1)
    assert store_rows(db)["problems"] == []

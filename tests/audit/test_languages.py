"""The audit skips an article in a language factlint does not support, naming the language."""

from __future__ import annotations

from audit_helpers import VARIANT_AR, run, write_jsonl

from checker.audit.store import AuditStore


def test_unsupported_language_is_skipped(tmp_path, settings):
    persian = "ایوان پتروف با هیئت دیدار کرد. سپس ایوان پتروف گفت که گفتگوها ادامه دارد."
    path = write_jsonl(tmp_path / "a.jsonl", [{"id": "fa", "text": persian}, {"id": "ar", "text": VARIANT_AR}])
    summary = run([path], settings, tmp_path / "db.sqlite", jobs=1)
    assert summary.findings == 1
    with AuditStore(tmp_path / "db.sqlite") as store:
        stored = {a.article_id: a for a in store.articles()}
    assert (stored["fa"].status, stored["fa"].reason, stored["fa"].lang) == (
        "skipped", "language fa is not supported", "fa")
    assert stored["ar"].status == "checked"

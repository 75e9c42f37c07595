"""Reports rendered from the store without re-checking: summary counts, json, jsonl, csv, sarif, rich."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from audit_helpers import article, run, write_jsonl

from checker.audit import reports
from checker.audit.crosscheck import spelling_statistics
from checker.audit.store import AuditStore


@pytest.fixture()
def store(tmp_path, settings):
    path = write_jsonl(tmp_path / "a.jsonl", [article(n) for n in range(1, 7)] + ["{broken", {"id": "e", "text": ""}])
    run([path], settings, tmp_path / "db.sqlite", jobs=1)
    with AuditStore(tmp_path / "db.sqlite") as opened:
        yield opened


def test_summary_by_category_rule_outlet_and_month(store):
    summary = reports.summarize_store(store)
    assert (summary["articles"], summary["checked"], summary["skipped"], summary["findings"]) == (7, 6, 1, 2)
    assert summary["by_rule"] == {"consistency/name-variants": 2}
    assert summary["by_outlet"] == {"Outlet 3": 1, "Outlet 2": 1}
    assert summary["by_month"] == {"2025-04": 1, "2025-07": 1}
    assert [p["reason"] for p in summary["input_problems"]][0].startswith("broken JSON at line 7")
    assert summary["not_checked"] == [{"article": "e", "location": summary["not_checked"][0]["location"],
                                       "status": "skipped", "reason": "empty: no text to check"}]


def test_json_jsonl_csv(store):
    out = io.StringIO()
    reports.render_json(store, out, spelling_statistics(store))
    document = json.loads(out.getvalue())
    assert [a["article"] for a in document["articles"] if a["findings"]] == ["art-00003", "art-00006"]
    out = io.StringIO()
    reports.render_jsonl(store, out)
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [(line["article"], line["text"]) for line in lines] == [("art-00003", "ايفان بتروف"),
                                                                    ("art-00006", "Iwan Petrow")]
    out = io.StringIO()
    reports.render_csv(store, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [(r["article"], r["outlet"], r["line"], r["column"]) for r in rows] == [
        ("art-00003", "Outlet 3", "3", "82"), ("art-00006", "Outlet 2", "6", "79")]


def test_sarif_validates_against_the_official_schema(store):
    from jsonschema import Draft7Validator

    schema = json.loads((Path(__file__).resolve().parents[1] / "fixtures" / "sarif-schema-2.1.0.json").read_text())
    out = io.StringIO()
    reports.render_sarif(store, out)
    document = json.loads(out.getvalue())
    errors = sorted(Draft7Validator(schema).iter_errors(document), key=str)
    assert errors == []
    results = document["runs"][0]["results"]
    assert [r["locations"][0]["logicalLocations"][0]["name"] for r in results] == ["art-00003", "art-00006"]
    assert results[1]["locations"][0]["physicalLocation"]["region"]["snippet"]["text"] == "Iwan Petrow"


def test_rich_summary_lists_problems(store):
    out = io.StringIO()
    reports.render_rich(store, out, spelling_statistics(store), color=False)
    text = out.getvalue()
    assert "7 articles in the store: 6 checked, 1 skipped, 0 errors; 2 findings" in text
    assert "Outlet 3" in text and "2025-07" in text
    assert "broken JSON at line 7" in text and "empty: no text to check" in text

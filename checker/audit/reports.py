"""Reports rendered from the audit store without re-checking: a Rich summary, and JSON, JSONL, CSV and SARIF.

The article list is streamed from SQLite, so a report of a million articles does not hold them all.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING, TextIO

from checker import __version__

if TYPE_CHECKING:
    from checker.audit.crosscheck import SpellingStats
    from checker.audit.store import AuditStore, StoredArticle

FORMATS = ("rich", "json", "jsonl", "csv", "sarif", "html")
_SARIF_LEVELS = {"error": "error", "warning": "warning", "info": "note"}
_CSV_COLUMNS = ("article", "location", "outlet", "date", "rule", "category", "severity", "line", "column",
                "text", "message", "sentence")


def summarize_store(store: AuditStore) -> dict:
    """Counts by category, rule, severity, outlet and month, with every input problem and article error."""
    by: dict[str, Counter[str]] = {name: Counter() for name in ("category", "rule", "severity", "outlet", "month")}
    for category, rule, severity, outlet, date, count in store.connection.execute(
            "SELECT f.category, f.rule, f.severity, a.outlet, a.date, COUNT(*) FROM findings f "
            "JOIN articles a ON a.article_id = f.article_id GROUP BY 1, 2, 3, 4, 5"):
        for name, value in (("category", category), ("rule", rule), ("severity", severity),
                            ("outlet", outlet or "(none)"), ("month", (date or "")[:7] or "(undated)")):
            by[name][value] += count
    unchecked_rows = store.connection.execute(
        "SELECT article_id, location, status, reason FROM articles WHERE status != 'checked' ORDER BY location")
    not_checked = [{"article": a, "location": loc, "status": s, "reason": r} for a, loc, s, r in unchecked_rows]
    cross = Counter(row["rule"] for row in store.cross_findings())
    return {
        **store.counts(),
        "cross_findings": sum(cross.values()),
        "by_category": dict(sorted(by["category"].items())),
        "by_rule": dict(sorted(by["rule"].items())),
        "by_severity": dict(sorted(by["severity"].items())),
        "by_outlet": dict(by["outlet"].most_common()),
        "by_month": dict(sorted(by["month"].items())),
        "by_cross_rule": dict(sorted(cross.items())),
        "not_checked": not_checked,
        "input_problems": [{"location": where, "reason": reason} for where, reason in store.problems()],
    }


def _article_object(article: StoredArticle) -> dict:
    return {"article": article.article_id, "location": article.location, "status": article.status,
            "reason": article.reason, "title": article.title, "outlet": article.outlet, "date": article.date,
            "lang": article.lang, "findings": list(article.findings)}


def _spelling_objects(spellings: list[SpellingStats]) -> list[dict]:
    return [{"entity": s.entity_id, "label": s.label, "lang": s.lang,
             "spellings": [{"spelling": text, "articles": n} for text, n in s.spellings]} for s in spellings]


def render_json(store: AuditStore, stream: TextIO, spellings: list[SpellingStats]) -> None:
    """One JSON document; articles are written one by one."""
    head = {"factlint": __version__, "summary": summarize_store(store), "cross_findings": store.cross_findings(),
            "name_spellings": _spelling_objects(spellings)}
    # The head's fields, then the articles streamed into the open list (one JSON document, never all in memory).
    stream.write(json.dumps(head, ensure_ascii=False)[:-1] + ', "articles": [')
    for index, article in enumerate(store.articles()):
        stream.write(("," if index else "") + "\n" + json.dumps(_article_object(article), ensure_ascii=False))
    stream.write("\n]}\n")


def _finding_rows(store: AuditStore) -> Iterator[dict]:
    for article in store.articles(with_findings_only=True):
        for finding in article.findings:
            yield {"article": article.article_id, "location": article.location, "outlet": article.outlet,
                   "date": article.date, **finding}


def render_jsonl(store: AuditStore, stream: TextIO) -> None:
    """One finding per line; cross-article findings last, with the articles they concern."""
    for row in _finding_rows(store):
        stream.write(json.dumps(row, ensure_ascii=False) + "\n")
    for cross in store.cross_findings():
        stream.write(json.dumps({"article": None, **cross}, ensure_ascii=False) + "\n")


def render_csv(store: AuditStore, stream: TextIO) -> None:
    """One finding per row (spreadsheet-friendly columns)."""
    writer = csv.DictWriter(stream, fieldnames=_CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in _finding_rows(store):
        writer.writerow({key: _csv_cell(value) for key, value in row.items()})


def _csv_cell(value: object) -> object:
    """A cell a spreadsheet shows as text: one starting with = + - @ (or a tab or carriage return) would be
    run as a formula (OWASP's CSV injection rule), so it gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(("=", "+", "-", "@", "\t", "\r")):
        return "'" + value
    return value


def render_sarif(store: AuditStore, stream: TextIO) -> None:
    """SARIF 2.1.0: one result per finding, the file as artifact and the article id as logical location."""
    results: list[dict] = []
    rules: dict[str, str] = {}
    for row in _finding_rows(store):
        rules.setdefault(row["rule"], row["category"])
        path = row["location"].split("#", 1)[0]
        results.append({
            "ruleId": row["rule"], "level": _SARIF_LEVELS.get(row["severity"], "warning"),
            "message": {"text": row["message"]},
            "locations": [{
                "physicalLocation": {"artifactLocation": {"uri": path}, "region": {
                    "startLine": row["line"], "startColumn": row["column"], "endLine": row["end_line"],
                    "endColumn": row["end_column"], "snippet": {"text": row["text"]}}},
                "logicalLocations": [{"name": row["article"], "kind": "object"}]}],
        })
    for cross in store.cross_findings():
        rules.setdefault(cross["rule"], cross["category"])
        results.append({"ruleId": cross["rule"], "level": _SARIF_LEVELS.get(cross["severity"], "warning"),
                        "message": {"text": cross["message"]},
                        "locations": [{"logicalLocations": [{"name": a, "kind": "object"}]}
                                      for a in cross["articles"]]})
    driver = {"name": "factlint", "version": __version__,
              "rules": [{"id": rule, "properties": {"category": category}} for rule, category in sorted(rules.items())]}
    document = {"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0",
                "runs": [{"tool": {"driver": driver}, "results": results}]}
    json.dump(document, stream, ensure_ascii=False, indent=1)
    stream.write("\n")


def render_rich(store: AuditStore, stream: TextIO, spellings: list[SpellingStats], *, color: bool) -> None:
    """The terminal summary: totals, then findings per category, rule, outlet and month, then problems."""
    from rich.console import Console
    from rich.table import Table

    console = Console(file=stream, force_terminal=color, no_color=not color, width=110, highlight=False)
    summary = summarize_store(store)
    console.print(f"[bold]{summary['articles']:,} articles[/] in the store: {summary['checked']:,} checked, "
                  f"{summary['skipped']:,} skipped, {summary['errors']:,} errors; {summary['findings']:,} findings, "
                  f"{summary['cross_findings']:,} cross-article findings; {summary['problems']:,} input problems")
    for title, key in (("category", "by_category"), ("rule", "by_rule"), ("outlet", "by_outlet"),
                       ("month", "by_month"), ("cross-article rule", "by_cross_rule")):
        if summary[key]:
            table = Table(title=f"Findings by {title}", title_justify="left")
            table.add_column(title)
            table.add_column("findings", justify="right")
            for name, count in list(summary[key].items())[:25]:
                table.add_row(str(name), f"{count:,}")
            console.print(table)
    if spellings:
        table = Table(title="Name spellings (house style)", title_justify="left")
        table.add_column("entity")
        table.add_column("spellings: articles")
        for stats in spellings[:25]:
            table.add_row(f"{stats.label} ({stats.lang})", "; ".join(f"{text}: {n:,}" for text, n in stats.spellings))
        console.print(table)
    problems = [(p["location"], p["reason"]) for p in summary["input_problems"]]
    problems += [(a["location"], f"{a['status']}: {a['reason']}") for a in summary["not_checked"]]
    if problems:
        table = Table(title=f"Not checked ({len(problems):,})", title_justify="left")
        table.add_column("where", overflow="fold")
        table.add_column("reason", overflow="fold")
        for where, reason in problems[:50]:
            table.add_row(where, reason)
        console.print(table)
        if len(problems) > 50:
            console.print(f"... and {len(problems) - 50:,} more (see --format json)")

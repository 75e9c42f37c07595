"""The static HTML report editors browse: one self-contained page, rendered from the store.

Every piece of article text is HTML-escaped where it is written (text and attributes), and the page's
Content-Security-Policy allows only its own inline script (by hash): even a mistake in escaping could not
run a script from an article. Articles in Arabic are laid out right to left. Search and filters are plain
JavaScript over data attributes; the initial filter can be given in the address (`report.html#rule=...&q=...`).
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable
from html import escape
from typing import TYPE_CHECKING, TextIO

from checker import __version__

if TYPE_CHECKING:
    from checker.audit.crosscheck import SpellingStats
    from checker.audit.store import AuditStore, StoredArticle

_FILTERS = ("rule", "category", "severity", "outlet", "month")

_SCRIPT = """
(function () {
  var controls = {};
  ["q", "rule", "category", "severity", "outlet", "month"].forEach(function (name) {
    controls[name] = document.getElementById("filter-" + name);
  });
  var articles = Array.prototype.slice.call(document.querySelectorAll("article.article"));
  function apply() {
    var query = controls.q.value.trim().toLowerCase();
    var shown = 0;
    articles.forEach(function (article) {
      var visible = !query || article.dataset.search.indexOf(query) >= 0;
      ["rule", "category", "severity"].forEach(function (name) {
        var value = controls[name].value;
        if (value && article.dataset[name + "s"].split("\\n").indexOf(value) < 0) visible = false;
      });
      ["outlet", "month"].forEach(function (name) {
        var value = controls[name].value;
        if (value && article.dataset[name] !== value) visible = false;
      });
      article.hidden = !visible;
      if (visible) shown += 1;
    });
    document.body.dataset.shown = String(shown);
    document.getElementById("shown-count").textContent = shown + " of " + articles.length + " articles shown";
  }
  var initial = new URLSearchParams(location.hash.slice(1));
  Object.keys(controls).forEach(function (name) {
    if (initial.has(name)) controls[name].value = initial.get(name);
    controls[name].addEventListener("input", apply);
  });
  apply();
})();
"""

_STYLE = """
body { font: 15px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 70em; padding: 1em; color: #222; }
header { position: sticky; top: 0; background: #fff; border-bottom: 1px solid #ccc; padding-bottom: .5em; }
#filters { display: flex; flex-wrap: wrap; gap: .5em; align-items: center; }
#filters input { flex: 1 1 16em; padding: .3em; }
article.article { border: 1px solid #ddd; border-radius: 6px; margin: 1em 0; padding: .5em 1em; }
article.article h2 { font-size: 1.1em; margin: .3em 0; }
.meta { color: #666; font-size: .85em; }
li.finding { margin: .6em 0; }
li.sev-error .badge { background: #c62828; } li.sev-warning .badge { background: #ef6c00; }
li.sev-info .badge { background: #1565c0; }
.badge { color: #fff; border-radius: 3px; padding: 0 .4em; font-size: .8em; }
blockquote { margin: .3em 0; padding: .3em .6em; background: #f6f6f6; border-inline-start: 3px solid #bbb; }
mark { background: #ffe082; }
table { border-collapse: collapse; } td, th { border: 1px solid #ddd; padding: .2em .5em; text-align: start; }
[dir=rtl] { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", system-ui, sans-serif; }
"""


def render_html(store: AuditStore, stream: TextIO, spellings: list[SpellingStats]) -> None:
    """Write the whole page to `stream`, articles streamed from the store."""
    from checker.audit.reports import summarize_store

    summary = summarize_store(store)
    script_hash = base64.b64encode(hashlib.sha256(_SCRIPT.encode()).digest()).decode()
    stream.write(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        f"style-src 'unsafe-inline'; script-src 'sha256-{script_hash}'\">\n"
        f"<title>factlint audit: {summary['findings']:,} findings</title>\n<style>{_STYLE}</style></head>\n<body>\n"
        f"<header><h1>factlint audit</h1>\n<p id=\"totals\">{summary['articles']:,} articles: "
        f"{summary['checked']:,} checked, {summary['skipped']:,} skipped, {summary['errors']:,} errors, "
        f"{summary['problems']:,} input problems; {summary['findings']:,} findings "
        f"(factlint {escape(__version__)})</p>\n<div id=\"filters\">"
        "<input id=\"filter-q\" type=\"search\" placeholder=\"Search titles, sentences, messages\" "
        "aria-label=\"Search\">")
    for name, key in zip(_FILTERS, ("by_rule", "by_category", "by_severity", "by_outlet", "by_month"), strict=True):
        stream.write(_select(name, summary[key]))
    stream.write("<span id=\"shown-count\"></span></div></header>\n")
    stream.write(_cross_section(store.cross_findings()))
    stream.write(_spelling_section(spellings))
    stream.write("<main id=\"articles\">\n")
    for number, article in enumerate(store.articles(with_findings_only=True)):
        stream.write(_article(number, article))
    stream.write("</main>\n")
    stream.write(_problem_section(summary))
    stream.write(f"<script>{_SCRIPT}</script>\n</body></html>\n")


def _select(name: str, counts: dict) -> str:
    options = "".join(f"<option value=\"{escape(str(value))}\">{escape(str(value))} ({count:,})</option>"
                      for value, count in counts.items())
    return (f"<select id=\"filter-{name}\" aria-label=\"{name}\"><option value=\"\">every {name}</option>"
            f"{options}</select>")


def _article(number: int, article: StoredArticle) -> str:
    from checker.lang import right_to_left

    rtl = right_to_left(article.lang)
    lines = "\n".join
    searchable = " ".join(filter(None, (article.article_id, article.title, article.outlet, *(
        part for f in article.findings for part in (f["message"], f["sentence"], f["rule"]))))).lower()
    month = (article.date or "")[:7] or "(undated)"
    attributes = {
        "id": f"article-{number}", "class": "article", "lang": article.lang or "", "dir": "rtl" if rtl else "ltr",
        "data-rules": lines(sorted({f["rule"] for f in article.findings})),
        "data-categorys": lines(sorted({f["category"] for f in article.findings})),
        "data-severitys": lines(sorted({f["severity"] for f in article.findings})),
        "data-outlet": article.outlet or "(none)", "data-month": month, "data-search": searchable,
    }
    opening = "<article " + " ".join(f"{key}=\"{escape(value)}\"" for key, value in attributes.items()) + ">"
    heading = escape(article.title or article.article_id)
    meta = " · ".join(f"<bdi>{escape(part)}</bdi>" for part in (article.outlet, article.date, article.location) if part)
    items = "".join(_finding_item(finding) for finding in article.findings)
    return f"{opening}<h2><bdi>{heading}</bdi></h2><p class=\"meta\">{meta}</p><ol>{items}</ol></article>\n"


def _finding_item(finding: dict) -> str:
    sentence = finding["sentence"]
    start, end = finding.get("sentence_span") or (0, 0)
    quoted = f"{escape(sentence[:start])}<mark>{escape(sentence[start:end])}</mark>{escape(sentence[end:])}"
    fix = finding.get("fix")
    fix_line = f"<p class=\"fix\">→ <bdi>{escape(fix['replacement'])}</bdi> ({escape(fix['applicability'])} fix)</p>" \
        if fix else ""
    return (f"<li class=\"finding sev-{escape(finding['severity'])}\" data-rule=\"{escape(finding['rule'])}\">"
            f"<span class=\"badge\">{escape(finding['severity'])}</span> <code>{escape(finding['rule'])}</code> "
            f"<span class=\"meta\">line {finding['line']}:{finding['column']}</span>"
            f"<p class=\"message\">{escape(finding['message'])}</p><blockquote>{quoted}</blockquote>{fix_line}</li>")


def _cross_section(rows: list[dict]) -> str:
    if not rows:
        return ""
    items = "".join(f"<li><code>{escape(row['rule'])}</code> <bdi>{escape(row['message'])}</bdi>"
                    f"{_quote_or_sentence(row)}</li>" for row in rows)
    return f"<section id=\"cross\"><h2>Across articles ({len(rows):,})</h2><ul>{items}</ul></section>\n"


def _quote_or_sentence(row: dict) -> str:
    text = row.get("quote") or row.get("sentence")
    return f"<blockquote dir=\"auto\">{escape(text)}</blockquote>" if text else ""


def _spelling_section(spellings: Iterable[SpellingStats]) -> str:
    rows = "".join(f"<tr><td><bdi>{escape(s.label)}</bdi> ({escape(s.lang)})</td><td dir=\"auto\">"
                   + "; ".join(f"<bdi>{escape(text)}</bdi>: {count:,}" for text, count in s.spellings)
                   + "</td></tr>" for s in spellings)
    if not rows:
        return ""
    return ("<section id=\"spellings\"><h2>Name spellings (house style)</h2><table><tr><th>entity</th>"
            f"<th>spellings: articles</th></tr>{rows}</table></section>\n")


def _problem_section(summary: dict) -> str:
    rows = [(p["location"], p["reason"]) for p in summary["input_problems"]]
    rows += [(a["location"], f"{a['status']}: {a['reason']}") for a in summary["not_checked"]]
    if not rows:
        return ""
    body = "".join(f"<tr><td><bdi>{escape(where)}</bdi></td><td><bdi>{escape(reason or '')}</bdi></td></tr>"
                   for where, reason in rows)
    return (f"<section id=\"problems\"><h2>Not checked ({len(rows):,})</h2><table><tr><th>where</th>"
            f"<th>reason</th></tr>{body}</table></section>\n")

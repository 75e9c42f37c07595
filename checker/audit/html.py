"""The static HTML report editors browse: one self-contained page, rendered from the store.

It opens on the findings, grouped per article, the worst article first (the most severe finding, then the
most findings); each article card links to the article (its URL, or its file) and shows its date and outlet.
The findings across articles follow, then the name spellings and the records not checked, each folded behind
a toggle (the records with their paths relative to the folder they share).

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
details { margin: 1em 0; } summary { cursor: pointer; font-weight: 600; font-size: 1.1em; }
.spelling { white-space: nowrap; }
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
    stream.write("<main id=\"articles\">\n")
    for number, article in enumerate(store.articles(with_findings_only=True, worst_first=True)):
        stream.write(_article(number, article))
    stream.write("</main>\n")
    stream.write(_cross_section(store.cross_findings()))
    stream.write(_spelling_section(spellings))
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
    heading = f"<bdi>{escape(article.title or article.article_id)}</bdi>"
    link = _article_link(article)
    if link:
        heading = f"<a href=\"{escape(link)}\" rel=\"noopener noreferrer\">{heading}</a>"
    meta = " · ".join(f"<bdi class=\"{name}\">{escape(part)}</bdi>" for name, part in (
        ("date", article.date or "undated"), ("outlet", article.outlet or "no outlet"), ("location", article.location)))
    items = "".join(_finding_item(finding) for finding in article.findings)
    return f"{opening}<h2>{heading}</h2><p class=\"meta\">{meta}</p><ol>{items}</ol></article>\n"


def _article_link(article: StoredArticle) -> str | None:
    """Where the article can be read: its id when that is a web address (`--id-field url`), else its file (a
    local path; a record of a JSON, JSONL or CSV file links to the file); None for a member of a zip or a
    remote file (no address a browser opens)."""
    from pathlib import Path
    from urllib.parse import urlsplit

    for candidate in (article.article_id, article.location):
        if urlsplit(candidate).scheme in ("http", "https"):
            return candidate
    path = article.location.split("#", 1)[0]
    if "!" in path or "://" in path:
        return None
    try:
        return Path(path).absolute().as_uri()
    except ValueError:
        return None


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
    # Each spelling and its count are one isolated unit in a left-to-right cell: an Arabic spelling next to
    # its number (and the next spelling) would otherwise be reordered by the bidi algorithm.
    rows = [f"<tr><td><bdi>{escape(s.label)}</bdi> ({escape(s.lang)})</td><td dir=\"ltr\">"
            + " · ".join(f"<span class=\"spelling\"><bdi dir=\"auto\">{escape(text)}</bdi> × {count:,}</span>"
                         for text, count in s.spellings)
            + "</td></tr>" for s in spellings]
    if not rows:
        return ""
    names = f"{len(rows):,} name{'' if len(rows) == 1 else 's'}"
    return (f"<details id=\"spellings\"><summary>Name spellings, for house style ({names})</summary>"
            f"<table><tr><th>name</th><th>spellings × articles</th></tr>{''.join(rows)}</table></details>\n")


def _problem_section(summary: dict) -> str:
    rows = [(p["location"], p["reason"]) for p in summary["input_problems"]]
    rows += [(a["location"], f"{a['status']}: {a['reason']}") for a in summary["not_checked"]]
    if not rows:
        return ""
    folder, relative = _relative_locations([where for where, _ in rows])
    body = "".join(f"<tr><td><bdi>{escape(where)}</bdi></td><td><bdi>{escape(reason or '')}</bdi></td></tr>"
                   for where, (_, reason) in zip(relative, rows, strict=True))
    under = f" under <bdi>{escape(folder)}</bdi>" if folder else ""
    return (f"<details id=\"problems\"><summary>Not checked ({len(rows):,}){under}</summary><table><tr>"
            f"<th>where</th><th>reason</th></tr>{body}</table></details>\n")


def _relative_locations(locations: list[str]) -> tuple[str, list[str]]:
    """The folder the local locations share, and each location relative to it (others unchanged)."""
    import os

    local = [where for where in locations if os.path.isabs(where.split("#", 1)[0].split("!", 1)[0])]
    if not local:
        return "", locations
    try:
        folder = os.path.commonpath([os.path.dirname(where.split("#", 1)[0].split("!", 1)[0]) for where in local])
    except ValueError:
        return "", locations
    prefix = folder.rstrip("/") + "/"
    return folder, [where[len(prefix):] if where.startswith(prefix) else where for where in locations]

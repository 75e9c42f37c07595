"""The HTML report in a real headless Chromium: escaping, no script from articles, RTL, search and filters.

Needs Debian's chromium (`apt-get install -y chromium`); the test fails, not skips, when it is missing.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from html import unescape
from pathlib import Path

import pytest
from audit_helpers import article, run, write_jsonl

from checker.audit.crosscheck import spelling_statistics
from checker.audit.html import render_html
from checker.audit.store import AuditStore

HOSTILE = ("Ivan Petrov came. Later Iwan Petrow said <script>document.title='PWNED'</script>"
           "<img src=x onerror=\"document.body.dataset.pwned=1\"> &amp; left.")


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        pytest.fail("headless Chromium is required for the HTML report test: apt-get install -y chromium")
    return found


def _dump_dom(page: Path, fragment: str, profile: Path) -> str:
    command = [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               f"--user-data-dir={profile}", "--virtual-time-budget=2000", "--dump-dom", page.as_uri() + fragment]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


@pytest.fixture()
def page(tmp_path, settings) -> Path:
    records = [article(n) for n in range(1, 7)] + [
        {"id": "hostile", "title": "<b>bold?</b>", "text": HOSTILE, "source": "Evil \"Daily\"", "date": "2025-09-01"}]
    run([write_jsonl(tmp_path / "a.jsonl", records)], settings, tmp_path / "db.sqlite", jobs=1)
    target = tmp_path / "report.html"
    with AuditStore(tmp_path / "db.sqlite") as store, target.open("w", encoding="utf-8") as stream:
        render_html(store, stream, spelling_statistics(store))
    return target


def _articles(dom: str) -> list[str]:
    return re.findall(r"<article [^>]*>", dom)


def test_page_escapes_article_text_and_runs_only_its_own_script(page, tmp_path):
    dom = _dump_dom(page, "", tmp_path / "profile")
    assert "PWNED" not in re.search(r"<title>(.*?)</title>", dom).group(1)
    assert "data-pwned" not in dom
    assert "<img" not in dom and "<script>document.title" not in dom
    assert "&lt;script&gt;document.title='PWNED'&lt;/script&gt;" in dom
    assert "&lt;b&gt;bold?&lt;/b&gt;" in dom
    assert 'data-shown="3"' in dom  # the page's own script ran: all 3 articles with findings shown
    assert "3 of 3 articles shown" in dom


def test_arabic_articles_are_right_to_left_with_the_span_marked(page, tmp_path):
    dom = _dump_dom(page, "", tmp_path / "profile")
    arabic = [tag for tag in _articles(dom) if 'lang="ar"' in tag]
    assert arabic and all('dir="rtl"' in tag for tag in arabic)
    assert "ثم التقى <mark>ايفان بتروف</mark> رئيس البلدية." in dom
    assert "Later <mark>Iwan Petrow</mark> said &lt;script&gt;" in dom


@pytest.mark.parametrize("fragment, shown", [
    ("#q=pwned", ["hostile"]),
    ("#outlet=Outlet%203", ["art-00003"]),
    ("#month=2025-07", ["art-00006"]),
    ("#rule=consistency/name-variants&q=" + "بتروف", ["art-00003"]),
    ("#severity=warning&q=no-such-words", []),
])
def test_search_and_filters_in_the_browser(page, tmp_path, fragment, shown):
    dom = _dump_dom(page, fragment, tmp_path / "profile")
    visible = [unescape(re.search(r'data-search="([^"]*)"', tag).group(1)).split()[0]
               for tag in _articles(dom) if " hidden" not in tag]
    assert visible == shown
    assert f'data-shown="{len(shown)}"' in dom

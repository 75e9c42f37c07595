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
        {"id": "hostile", "title": "<b>bold?</b>", "text": HOSTILE, "source": "Evil \"Daily\"", "date": "2025-09-01"},
        {"id": "many", "text": "Ivan Petrov came. Later Iwan Petrow spoke. Then Ivan Petrow left.",
         "date": "2025-09-02"}]
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
    assert 'data-shown="4"' in dom  # the page's own script ran: all 4 articles with findings shown
    assert "4 of 4 articles shown" in dom


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


def test_page_opens_on_the_worst_article_with_date_outlet_and_link(page, tmp_path):
    dom = _dump_dom(page, "", tmp_path / "profile")
    main = dom.index('<main id="articles">')
    assert main < dom.index('<details id="spellings">')  # the spellings come after the findings, folded
    assert '<details id="spellings" open' not in dom
    order = [unescape(re.search(r'data-search="([^"]*)"', tag).group(1)).split()[0] for tag in _articles(dom)]
    rank = {"error": 3, "warning": 2, "info": 1}
    with AuditStore(tmp_path / "db.sqlite") as store:
        stored = list(store.articles(with_findings_only=True))
    worst = sorted(stored, key=lambda a: (-max(rank[f["severity"]] for f in a.findings), -len(a.findings),
                                          a.article_id))
    assert order == [a.article_id for a in worst] and len(worst[0].findings) > len(worst[-1].findings)
    assert order[0] == "many"  # three spellings of one name: the most findings, shown first
    first = _articles(dom)[order.index("hostile")]
    card = dom[dom.index(first):dom.index("</article>", dom.index(first))]
    assert '<bdi class="date">2025-09-01</bdi>' in card and '<bdi class="outlet">Evil "Daily"</bdi>' in card
    assert f'<a href="{(tmp_path / "a.jsonl").as_uri()}" rel="noopener noreferrer">' in card


def _png_rows(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, bytes per pixel and the unfiltered rows of an 8-bit RGB or RGBA PNG (what Chromium writes)."""
    import struct
    import zlib

    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    position, chunks, header = 8, [], None
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        body = data[position + 8:position + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            chunks.append(body)
        position += 12 + length
    width, height, depth, color = header[:4]
    assert depth == 8 and color in (2, 6) and header[6] == 0
    step = 3 if color == 2 else 4
    raw, stride, rows, previous = zlib.decompress(b"".join(chunks)), width * step, [], bytes(width * step)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            left = line[x - step] if x >= step else 0
            up, corner = previous[x], previous[x - step] if x >= step else 0
            if kind == 1:
                line[x] = (line[x] + left) & 255
            elif kind == 2:
                line[x] = (line[x] + up) & 255
            elif kind == 3:
                line[x] = (line[x] + (left + up) // 2) & 255
            elif kind == 4:
                guess = left + up - corner
                near = min((abs(guess - left), 0, left), (abs(guess - up), 1, up), (abs(guess - corner), 2, corner))
                line[x] = (line[x] + near[2]) & 255
        rows.append(bytes(line))
        previous = bytes(line)
    return width, step, rows


def test_the_first_screen_shows_findings(page, tmp_path):
    shot = tmp_path / "first-screen.png"
    command = [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
               f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1280,800", "--virtual-time-budget=2000",
               f"--screenshot={shot}", page.as_uri()]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and shot.exists(), result.stderr[-2000:]
    width, step, rows = _png_rows(shot.read_bytes())
    badge = bytes((0xEF, 0x6C, 0x00))  # a warning's badge (li.sev-warning .badge): drawn only on a finding
    hits = sum(row[x:x + 3] == badge for row in rows for x in range(0, width * step, step))
    assert len(rows) <= 800 and hits > 50, f"{hits} badge pixels on the first screen"

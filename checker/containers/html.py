"""HTML pages: the visible text, with entities decoded and block elements ending paragraphs.

The standard library's `html.parser` is used because it reports the position of every tag, text run
and entity (`getpos()`), which is what the offset map needs; tree builders (lxml, html5lib) drop
source positions for text. Entities are kept unconverted by the parser (`convert_charrefs=False`) so
each decoded character can point at its entity.
"""

from __future__ import annotations

import datetime as dt
from html import unescape
from html.parser import HTMLParser

from checker.containers.metadata import normalise_lang, parse_date
from checker.containers.prose import Extracted, ProseBuilder, lf_line_starts
from checker.models import Metadata
from checker.text.lazy_regex import lazy_compile

# Elements whose content is not visible prose (head is left at <body> even when never closed).
_HIDDEN = frozenset({"script", "style", "template", "noscript", "head", "svg", "math", "iframe", "object"})
# Elements that end a paragraph where they start and where they end.
_BLOCKS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li br tr section article blockquote ul ol dl dt dd table thead tbody tfoot"
    " caption header footer main nav aside figure figcaption hr pre address details summary form"
    " fieldset legend body".split()
)
_CELLS = frozenset({"td", "th"})
_DATE_META_NAMES = ("date", "article:published_time", "dc.date", "pubdate")
_WHITESPACE_RUN = lazy_compile(r"[ \t\n\r\f]+")
# A standfirst right after the <h1>: an <h2>, or a paragraph its class names as one. Not "lead": many sites
# (Bootstrap's class) give it to the first paragraph of the body, which would then be compared with itself.
_SUBTITLE_CLASSES = frozenset({"standfirst", "subtitle"})


def extract_html(source: str) -> Extracted:
    """The visible text of an HTML page and its metadata (<title>, <meta> dates, <html lang>)."""
    parser = _VisibleText(source)
    parser.feed(source)
    parser.close()
    text, offsets = parser.builder.build()
    meta = Metadata(title=parser.title, date=parser.date, lang=parser.lang, subtitle=parser.subtitle)
    return Extracted(text, offsets, meta)


class _VisibleText(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.builder = ProseBuilder(source)
        self.title: str | None = None
        self.date: dt.date | None = None
        self.lang: str | None = None
        self._line_starts = lf_line_starts(source)
        self._hidden: list[str] = []
        self._title_parts: list[str] | None = None
        self._preformatted = 0
        self.subtitle: str | None = None
        self._after_h1 = False  # an <h1> has ended and no visible text has followed it yet
        self._subtitle_tag: str | None = None  # the element being read as the standfirst
        self._subtitle_parts: list[str] = []

    # Positions -----------------------------------------------------------------------------------
    def _offset(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    # Tags ----------------------------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start = self._offset()
        end = start + len(self.get_starttag_text() or "")
        if tag == "body" and "head" in self._hidden:
            self._hidden.remove("head")
        if tag in _HIDDEN:
            self._hidden.append(tag)
        elif tag == "title" and self.title is None and "svg" not in self._hidden:
            self._title_parts = []
        elif tag == "meta":
            self._read_meta(dict(attrs))
        elif tag == "html":
            self.lang = normalise_lang(dict(attrs).get("lang")) or self.lang
        elif self._after_h1 and not self._hidden and self._is_subtitle(tag, attrs):
            self._subtitle_tag, self._after_h1 = tag, False
        self._layout(tag, start, end, opening=True)

    def _is_subtitle(self, tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        if tag == "h2":
            return True
        classes = set((dict(attrs).get("class") or "").lower().split())
        return tag == "p" and bool(classes & _SUBTITLE_CLASSES)

    def handle_endtag(self, tag: str) -> None:
        start = self._offset()
        closing = self.source.find(">", start)
        end = len(self.source) if closing < 0 else closing + 1
        if tag in self._hidden:
            del self._hidden[len(self._hidden) - 1 - self._hidden[::-1].index(tag) :]
        elif tag == "title" and self._title_parts is not None:
            self.title = " ".join("".join(self._title_parts).split()) or None
            self._title_parts = None
        elif tag == "h1" and self.subtitle is None and not self._hidden:
            self._after_h1 = self._subtitle_tag is None
        elif tag == self._subtitle_tag:
            self.subtitle = " ".join("".join(self._subtitle_parts).split()) or None
            self._subtitle_tag, self._subtitle_parts = None, []
        self._layout(tag, start, end, opening=False)

    def _layout(self, tag: str, start: int, end: int, opening: bool) -> None:
        if tag == "pre":
            self._preformatted = max(0, self._preformatted + (1 if opening else -1))
        if self._hidden:
            return
        if tag in _BLOCKS:
            self.builder.paragraph_break(start, end)
        elif tag in _CELLS and opening and not self.builder.ends_with_space():
            self.builder.insert(" ", start, end)

    def _read_meta(self, attrs: dict[str, str | None]) -> None:
        name = (attrs.get("name") or attrs.get("property") or attrs.get("itemprop") or "").lower()
        content = attrs.get("content")
        if name in _DATE_META_NAMES and content and self.date is None:
            self.date = parse_date(content, f"<meta {name}>")

    # Text ----------------------------------------------------------------------------------------
    def handle_data(self, data: str) -> None:
        if self._title_parts is not None:
            self._title_parts.append(data)
            return
        if self._hidden or not data:
            return
        self._read_subtitle(data)
        start = self._offset()
        if self.source.startswith(data, start):
            self._copy_text(start, start + len(data))
        else:  # the parser reported text it did not find verbatim (malformed markup): keep it whole
            self.builder.insert(data, start, start + len(data))

    def handle_entityref(self, name: str) -> None:
        self._entity("&" + name)

    def handle_charref(self, name: str) -> None:
        self._entity("&#" + name)

    def _entity(self, raw: str) -> None:
        start = self._offset()
        end = start + len(raw) + (1 if self.source.startswith(";", start + len(raw)) else 0)
        decoded = unescape(self.source[start:end])
        if self._title_parts is not None:
            self._title_parts.append(decoded)
        elif not self._hidden:
            self._read_subtitle(decoded)
            self.builder.insert(decoded, start, end)

    def _read_subtitle(self, text: str) -> None:
        """Keep the standfirst's text; any other visible text after the <h1> means there is none."""
        if self._subtitle_tag is not None:
            self._subtitle_parts.append(text)
        elif text.strip():
            self._after_h1 = False

    def _copy_text(self, start: int, end: int) -> None:
        """Copy text, collapsing each whitespace run to one space as a browser does (not in <pre>)."""
        if self._preformatted:
            self.builder.copy(start, end)
            return
        position = start
        for run in _WHITESPACE_RUN.finditer(self.source, start, end):
            self.builder.copy(position, run.start())
            position = run.end()
            if self.builder.ends_with_space():
                continue
            if run.group() == " ":
                self.builder.copy(run.start(), run.end())
            else:
                self.builder.insert(" ", run.start(), run.end())
        self.builder.copy(position, end)



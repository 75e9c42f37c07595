"""The headline of an article: its metadata title (front matter `title`, an HTML `<title>`, a record's title
field), or the prose's first line when that line reads as a headline (a Markdown `# ` heading, an HTML `<h1>`
or a plain text's title line, which the containers keep as the prose's first paragraph)."""

from __future__ import annotations

from checker.frozen import frozen
from checker.text.lazy_regex import lazy_compile
from checker.text.normalize import normalize_key

# A search-result or page title ends with its site ("... - CNN", "... | Reuters") and may be cut ("...").
_SITE_SUFFIX = lazy_compile(r"\s+[-|–—]\s+[^-|–—\n]{1,30}$")
_TRUNCATION = lazy_compile(r"\s*(?:\.\.\.|…)\s*$")
_CUT_WORD = lazy_compile(r"\w(?:\.\.\.|…)\s*$")
_SENTENCE_END = lazy_compile(r"[.!?؟]\s*$")
_FIRST_LINE = lazy_compile(r"\A[ \t]*([^\n]+?)[ \t]*(?:\n|\Z)")
_MAX_WORDS = 30


@frozen
class Headline:
    """The headline's words (the site's name and a truncation mark left out); `start` and `end` are its prose
    offsets when the prose holds it, None when it is only a metadata title."""

    text: str
    start: int | None
    end: int | None
    truncated: bool  # it ended in "..." right after a letter: its last word may be cut

    @property
    def in_prose(self) -> bool:
        return self.start is not None


def _trimmed(line: str) -> tuple[str, bool]:
    """The title without its site name and truncation mark, and whether it was truncated."""
    truncated = bool(_CUT_WORD.search(line))  # "... first ..." ends on a whole word; "... fir..." does not
    line = _TRUNCATION.sub("", line)
    without_site = _SITE_SUFFIX.sub("", line)
    if len(without_site.split()) >= 3:
        line = without_site
    return line.strip(), truncated


def find_headline(text: str, title: str | None) -> Headline | None:
    """The article's headline, or None. A first line is a headline when it is short, is not a sentence
    (no full stop), and more prose follows it; a metadata title found as the first line is placed there."""
    first = _FIRST_LINE.match(text)
    if first and first.end() < len(text.rstrip()):
        words, truncated = _trimmed(first.group(1))
        start = first.start(1)
        if title is not None and normalize_key(_trimmed(title)[0]) != normalize_key(words):
            return _metadata_headline(title)
        looks_like_title = (len(words.split()) <= _MAX_WORDS and (truncated or not _SENTENCE_END.search(words)))
        if words and (title is not None or looks_like_title):
            return Headline(words, start, start + len(words), truncated)
    return _metadata_headline(title)


def find_subtitle(text: str, subtitle: str | None, headline: Headline | None) -> Headline | None:
    """The standfirst, or None: in the prose when the first line after the headline (or the prose's first line)
    is its text, as an HTML <h2> after the <h1> always is; else only metadata (front matter, a record's field)."""
    if not subtitle or not subtitle.strip():
        return None
    after = headline.end if headline is not None and headline.end is not None else 0
    line = _FIRST_LINE.match(text[after:].lstrip("\n"))
    if line:
        start = len(text) - len(text[after:].lstrip("\n")) + line.start(1)
        if normalize_key(line.group(1)) == normalize_key(" ".join(subtitle.split())):
            return Headline(line.group(1), start, start + len(line.group(1)), False)
    # Only a cut end is read off: a standfirst carries no site's name, and " - ..." may be a fact.
    words = " ".join(subtitle.split())
    truncated = bool(_CUT_WORD.search(words))
    words = _TRUNCATION.sub("", words).strip()
    return Headline(words, None, None, truncated) if words else None


def _metadata_headline(title: str | None) -> Headline | None:
    if not title or not title.strip():
        return None
    words, truncated = _trimmed(" ".join(title.split()))
    return Headline(words, None, None, truncated) if words else None

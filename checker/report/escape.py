"""Making article text and file names safe to print: what a terminal, a log or an XML parser receives must
not be able to act on them (an article's `ESC[2J` clears the screen, `ESC]0;` retitles the window) or break
them (a lone surrogate cannot be encoded; XML 1.0 forbids most control characters)."""

from __future__ import annotations

import re

from checker.text.lazy_regex import lazy_compile

# C0 controls but tab and newline, DEL, C1 controls, and lone surrogates (undecodable bytes of a file name
# or a bad byte kept by the UTF-8 decoder, or "\ud800" in a JSON string).
_UNPRINTABLE = lazy_compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_LINE_BREAKS = lazy_compile(r"\r\n|[\r\n\x85\u2028\u2029]")
# Everything XML 1.0 does not allow in a document (section 2.2), surrogates included.
_XML_FORBIDDEN = lazy_compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """`text` with every control character and lone surrogate written as a visible escape (`\\x1b`)."""
    return _UNPRINTABLE.sub(_escape, text)


def one_line(text: str) -> str:
    """`text` printable and on one line: line breaks become spaces (for stderr and line-based formats)."""
    return printable(_LINE_BREAKS.sub(" ", text))


def xml_text(text: str) -> str:
    """`text` without the characters XML 1.0 forbids (an XML parser rejects the whole file for one)."""
    return _XML_FORBIDDEN.sub("", text)

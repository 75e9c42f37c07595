"""Turning a file's bytes into text, and text back into the same bytes.

Order: a byte-order mark, then strict UTF-8, else the two legacy Arabic encodings, keeping the one that
yields more Arabic letters. Charset detectors misread short Arabic text (charset-normalizer got cp1256 right
40 times in 60 at 10 characters and read a 26-byte ISO-8859-6 headline as cp874); this order got every
cp1256 sample and 88-100% of ISO-8859-6 samples right.
Line endings are kept as they are, so a fixer can write the file back byte for byte.
"""

from __future__ import annotations

import contextlib

from checker.frozen import frozen
from checker.text.lazy_regex import lazy_compile

_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_LE_BOM = b"\xff\xfe"
_UTF16_BE_BOM = b"\xfe\xff"
_UTF32_BOMS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")

# Python codec names for the encodings we report under their common (IANA) names.
_LEGACY_CODECS = {"windows-1256": "cp1256", "iso-8859-6": "iso8859_6"}

# C0 controls other than tab, newline, vertical tab, form feed and carriage return, plus DEL.
_CONTROL_CHARS = lazy_compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# A text file may hold a stray control character (a DOS end-of-file mark); binary data holds many.
_MAX_CONTROL_SHARE = 0.05
_ARABIC_LETTER_RUN = lazy_compile(r"[\u0621-\u064a]+")
_ASCII_LETTER = lazy_compile(r"[A-Za-z]")
# Characters a legacy decoding must not produce in a text without Arabic words: Arabic-block marks and
# Persian/Urdu letters are what Latin-1 or other Western bytes turn into under Windows-1256.
_ARABIC_BLOCK = lazy_compile(r"[\u0600-\u06ff]")


@frozen
class Decoded:
    """A file's text and how to write it back."""

    text: str
    encoding: str  # "utf-8", "utf-8-sig", "utf-16", "windows-1256", "iso-8859-6"
    bom: bytes  # the byte-order mark that was present (b"" if none)
    legacy: bool  # True for a legacy Arabic encoding, which the report mentions
    # UTF-8 with a few bad bytes: the text holds each as a lone surrogate (U+DC80-U+DCFF, Python's
    # surrogateescape) so a fix writes the bytes back as they were; (offset of the first, its value, how
    # many), for the report's note in the article's language.
    bad_bytes: tuple[int, int, int] | None = None

    @property
    def escaped_bytes(self) -> bool:
        return self.bad_bytes is not None


class DecodeError(Exception):
    """The bytes are not text factlint can read; the message is one line and says why."""


class EncodeError(ValueError):
    """The text holds a character the file's encoding cannot represent."""

    def __init__(self, text: str, encoding: str) -> None:
        super().__init__(f"cannot write {text!r} in {encoding}")
        self.text, self.encoding = text, encoding


def decode_bytes(data: bytes) -> Decoded:
    """Decode a file's bytes: BOM, then strict UTF-8, then Windows-1256 or ISO-8859-6."""
    if data.startswith(_UTF32_BOMS):
        raise DecodeError("UTF-32 text is not supported: save the file as UTF-8")
    if data.startswith(_UTF8_BOM):
        return _checked(_strict(data[3:], "utf-8", "UTF-8"), "utf-8-sig", _UTF8_BOM)
    for bom, codec in ((_UTF16_LE_BOM, "utf-16-le"), (_UTF16_BE_BOM, "utf-16-be")):
        if data.startswith(bom):
            return _checked(_strict(data[2:], codec, "UTF-16"), "utf-16", bom)
    if b"\x00" in data:
        raise DecodeError("binary file (contains NUL bytes)")
    try:
        return _checked(data.decode("utf-8"), "utf-8", b"")
    except UnicodeDecodeError as error:
        mostly_utf8 = _mostly_utf8(data, error.start)
        if mostly_utf8 is not None:
            return mostly_utf8
    encoding, text = _best_legacy(data)
    if not _reads_as_arabic_or_western(text):
        raise DecodeError("not valid text in UTF-8, Windows-1256 or ISO-8859-6")
    return _checked(text, encoding, b"")


# UTF-8 text with a bad byte, not a legacy encoding: at least this many well-formed non-ASCII characters
# per bad byte (Windows-1256 Arabic almost never forms valid UTF-8 sequences, so it stays far below).
_UTF8_CHARS_PER_BAD_BYTE = 20


def _mostly_utf8(data: bytes, first_bad: int) -> Decoded | None:
    """UTF-8 with a few bad bytes (a truncated download, one corrupted byte), or None when the bytes are
    more likely a legacy encoding. The bad bytes are kept as lone surrogates; the note says where."""
    text = data.decode("utf-8", "surrogateescape")
    bad = sum(1 for char in text if "\udc80" <= char <= "\udcff")
    well_formed = sum(1 for char in text if char >= "\x80") - bad
    if well_formed < _UTF8_CHARS_PER_BAD_BYTE * bad:
        return None
    return _checked(text, "utf-8", b"", (first_bad, data[first_bad], bad))


def encode_text(text: str, decoded: Decoded) -> bytes:
    """Encode `text` as `decoded` was read: same encoding, same BOM (byte-exact for unchanged text)."""
    codec = _codec_for(decoded)
    try:
        if decoded.escaped_bytes:
            return decoded.bom + text.encode(codec, "surrogateescape")
        return decoded.bom + text.encode(codec)
    except UnicodeEncodeError as error:
        bad = text[error.start : error.end]
        raise EncodeError(bad, decoded.encoding) from None


def _codec_for(decoded: Decoded) -> str:
    if decoded.encoding == "utf-16":
        return "utf-16-be" if decoded.bom == _UTF16_BE_BOM else "utf-16-le"
    if decoded.encoding == "utf-8-sig":
        return "utf-8"  # the BOM is written back from `decoded.bom`
    return _LEGACY_CODECS.get(decoded.encoding, decoded.encoding)


def _strict(data: bytes, codec: str, name: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        raise DecodeError(
            f"not valid {name} text despite its byte-order mark (byte {error.start + 1})"
        ) from None


def _checked(text: str, encoding: str, bom: bytes, bad_bytes: tuple[int, int, int] | None = None) -> Decoded:
    controls = len(_CONTROL_CHARS.findall(text))
    if controls and controls > _MAX_CONTROL_SHARE * len(text):
        raise DecodeError(f"binary file ({controls} control characters in {len(text)})")
    return Decoded(text, encoding, bom, legacy=encoding in _LEGACY_CODECS, bad_bytes=bad_bytes)


def _candidates(data: bytes) -> dict[str, str]:
    """The legacy decodings that succeed; ISO-8859-6 leaves many bytes undefined, which rules it out."""
    found = {"windows-1256": data.decode("cp1256")}  # defines all 256 bytes
    with contextlib.suppress(UnicodeDecodeError):
        found["iso-8859-6"] = data.decode("iso8859_6")
    return found


def _best_legacy(data: bytes) -> tuple[str, str]:
    candidates = _candidates(data)
    # max() keeps the first on ties: Windows-1256 is by far the more common of the two.
    encoding = max(candidates, key=lambda name: _arabic_letter_count(candidates[name]))
    return encoding, candidates[encoding]


def _arabic_letter_count(text: str) -> int:
    return sum(len(run) for run in _ARABIC_LETTER_RUN.findall(text))


def _reads_as_arabic_or_western(text: str) -> bool:
    """Reject a legacy decoding that is really another encoding read as Windows-1256.

    In Arabic text, Arabic letters come in words; Latin-1 accented letters read as Windows-1256 turn
    into Arabic letters glued to Latin ones ("Espaً", "Mلnchen").
    """
    runs = list(_ARABIC_LETTER_RUN.finditer(text))
    if not runs:
        return not _ARABIC_BLOCK.search(text)
    glued = sum(1 for run in runs if _touches_ascii_letter(text, run.start(), run.end()))
    return glued * 2 <= len(runs)


def _touches_ascii_letter(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    return bool(_ASCII_LETTER.match(before) or _ASCII_LETTER.match(after))

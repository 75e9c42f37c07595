import pytest

from checker.decoding import Decoded, DecodeError, EncodeError, decode_bytes, encode_text

ARABIC = "قال المتحدث باسم الكرملين إن لافروف سيزور القاهرة.\r\nوأضاف أن الزيارة تستمر يومين.\n"
ENGLISH = "The Kremlin said on Sunday that talks would resume.\r\n"


@pytest.mark.parametrize(
    ("data", "encoding", "bom", "legacy"),
    [
        (ARABIC.encode("utf-8"), "utf-8", b"", False),
        (b"\xef\xbb\xbf" + ARABIC.encode("utf-8"), "utf-8-sig", b"\xef\xbb\xbf", False),
        (b"\xff\xfe" + ARABIC.encode("utf-16-le"), "utf-16", b"\xff\xfe", False),
        (b"\xfe\xff" + ARABIC.encode("utf-16-be"), "utf-16", b"\xfe\xff", False),
        (ARABIC.encode("cp1256"), "windows-1256", b"", True),
        (ARABIC.encode("iso8859_6"), "iso-8859-6", b"", True),
        (ENGLISH.encode("ascii"), "utf-8", b"", False),
    ],
)
def test_every_encoding_decodes_and_round_trips_byte_for_byte(data, encoding, bom, legacy):
    decoded = decode_bytes(data)
    expected_text = ENGLISH if data.startswith(b"The") else ARABIC
    assert decoded == Decoded(expected_text, encoding, bom, legacy)
    assert "\r\n" in decoded.text  # line endings are not translated
    assert encode_text(decoded.text, decoded) == data


def test_short_iso_8859_6_headline_is_not_read_as_windows_1256():
    headline = "عاجل: هدنة في غزة".encode("iso8859_6")
    decoded = decode_bytes(headline)
    assert (decoded.encoding, decoded.text) == ("iso-8859-6", "عاجل: هدنة في غزة")


def test_windows_1256_with_letters_undefined_in_iso_8859_6():
    # ط ظ ع غ are where ISO-8859-6 has no characters: the strict decode fails and rules it out.
    decoded = decode_bytes("طائرة ظهرت عند غروب".encode("cp1256"))
    assert (decoded.encoding, decoded.text) == ("windows-1256", "طائرة ظهرت عند غروب")


def test_english_windows_text_with_curly_quotes_reads_correctly():
    data = "\u201cWe will talk,\u201d he said \u2014 twice\u2026".encode("cp1252")
    assert decode_bytes(data).text == "\u201cWe will talk,\u201d he said \u2014 twice\u2026"


def test_edited_text_is_written_in_the_original_encoding_and_bom():
    decoded = decode_bytes(b"\xef\xbb\xbf" + "سيرجي".encode())
    assert encode_text("سيرغي", decoded) == b"\xef\xbb\xbf" + "سيرغي".encode()


def test_character_missing_from_legacy_encoding_is_an_encode_error():
    decoded = decode_bytes("غزة".encode("cp1256"))
    with pytest.raises(EncodeError, match=r"^cannot write '😀' in windows-1256$"):
        encode_text("غزة 😀", decoded)


def test_empty_file_is_empty_utf8_text():
    assert decode_bytes(b"") == Decoded("", "utf-8", b"", False)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (contains NUL bytes)"),
        (bytes([1, 2, 3, 4, 5, 6]) + b"abc", "binary file (6 control characters in 9)"),
        ("España y München".encode("latin-1"), "not valid text in UTF-8, Windows-1256 or ISO-8859-6"),
        (b"\xff\xfe\x00\xd8", "not valid UTF-16 text despite its byte-order mark (byte 1)"),
        (b"\xff\xfe\x00\x00a\x00\x00\x00", "UTF-32 text is not supported: save the file as UTF-8"),
    ],
)
def test_unreadable_bytes_raise_one_line_decode_error(data, message):
    with pytest.raises(DecodeError) as raised:
        decode_bytes(data)
    assert str(raised.value) == message


def test_a_stray_control_character_does_not_make_text_binary():
    text = "عاجل: هدنة في غزة تدخل حيز التنفيذ صباح الأحد\x1a"
    assert decode_bytes(text.encode("utf-8")).text == text

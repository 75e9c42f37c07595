import json
from datetime import date

import pytest

from checker.decoding import DecodeError, encode_text
from checker.document import InputError, LoadOptions, LoadResult, container_for, load_documents
from checker.models import Metadata

ARTICLE = "قال المتحدث باسم الكرملين إن لافروف سيزور القاهرة.\nوأضاف أن الزيارة تستمر يومين.\n"


def located(document, phrase: str) -> tuple[str, tuple[int, int], tuple[int, int]]:
    """The source slice, start line:col and end line:col of `phrase` in the document's prose."""
    start = document.text.index(phrase)
    begin, end = document.source_span(start, start + len(phrase))
    return document.source_text[begin:end], document.line_col(begin), document.line_col(end)


def test_plain_text_prose_is_the_file_text():
    (document,) = load_documents("news.txt", ARTICLE.encode("utf-8"))
    assert (document.path, document.record, document.text, document.meta) == ("news.txt", None, ARTICLE, Metadata())
    assert [document.to_source(i) for i in (0, 5, len(ARTICLE))] == [0, 5, len(ARTICLE)]
    assert located(document, "الزيارة") == ("الزيارة", (2, 10), (2, 17))


def test_line_and_column_with_crlf_and_bom():
    text = "سطر أول\r\nسطر ثان فيه لافروف\r\n"
    (document,) = load_documents("-", b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert document.decoded.bom == b"\xef\xbb\xbf"
    assert located(document, "لافروف") == ("لافروف", (2, 13), (2, 19))
    assert document.line_col(0) == (1, 1)
    assert document.line_col(text.index("\r")) == (1, 8)
    assert document.line_col(text.index("\n")) == (1, 9)  # "\r\n" is one line break


def test_lone_carriage_returns_end_lines_too():
    (document,) = load_documents("old-mac.txt", "أ\rب\rج".encode())
    assert document.line_col(4) == (3, 1)


def test_line_col_rejects_offsets_outside_the_file():
    (document,) = load_documents("a.txt", b"abc")
    with pytest.raises(ValueError, match=r"^offset 4 is outside the file \(0\.\.3\)$"):
        document.line_col(4)


@pytest.mark.parametrize("codec", ["utf-8", "utf-16", "cp1256", "iso8859_6"])
def test_loaded_source_text_round_trips_to_the_same_bytes(codec):
    data = "# عنوان\r\n\r\nقال **المتحدث** إن الهدنة صامدة.\r\n".encode(codec)
    (document,) = load_documents("a.md", data)
    assert document.text == "عنوان\r\n\r\nقال المتحدث إن الهدنة صامدة.\r\n"
    assert encode_text(document.source_text, document.decoded) == data
    assert located(document, "المتحدث إن") == ("المتحدث** إن", (3, 7), (3, 19))


def test_markdown_document_metadata_and_lines():
    source = "---\ntitle: هدنة\ndate: '2025-03-16'\nlang: ar\n---\n\nقال _لافروف_ إن الحرب انتهت.\n"
    (document,) = load_documents("a.md", source.encode("utf-8"))
    assert document.meta == Metadata("هدنة", date(2025, 3, 16), None, "ar")
    assert document.text == "\nقال لافروف إن الحرب انتهت.\n"
    assert located(document, "لافروف") == ("لافروف", (7, 6), (7, 12))


def test_html_document_entities_point_at_their_source():
    page = '<html lang="en"><body>\n<p>Officials said &ldquo;30,000&rdquo; were killed.</p>\n</body></html>'
    (document,) = load_documents("page.html", page.encode("utf-8"))
    assert document.meta.lang == "en"
    assert document.text == "Officials said \u201c30,000\u201d were killed.\n\n"
    assert located(document, "\u201c30,000\u201d") == ("&ldquo;30,000&rdquo;", (2, 19), (2, 39))


def test_jsonl_records_share_the_file_and_report_bad_lines():
    data = '{"id": "x1", "text": "الخبر الأول"}\n{oops}\n{"text": "الخبر\\nالثاني"}\n'.encode()
    result = load_documents("feed.jsonl", data)
    assert isinstance(result, LoadResult)
    assert [(d.record, d.text) for d in result] == [("x1", "الخبر الأول"), ("line 3", "الخبر\nالثاني")]
    assert [(e.record, str(e)) for e in result.errors] == [
        ("line 2", "broken JSON at line 2, column 2: Expecting property name enclosed in double quotes")
    ]
    assert located(result.documents[1], "الخبر\nالثاني") == ("الخبر\\nالثاني", (3, 11), (3, 24))


def test_json_record_fields_are_configurable():
    record = {"uid": 9, "article": "نص الخبر", "headline": "عنوان", "published": "2025-03-16", "outlet": "وكالة",
              "language": "ar"}
    options = LoadOptions(
        text_field="article", title_field="headline", date_field="published",
        source_field="outlet", lang_field="language", id_field="uid",
    )
    (document,) = load_documents("one.json", json.dumps(record, ensure_ascii=False).encode("utf-8"), options)
    assert (document.record, document.text) == ("9", "نص الخبر")
    assert document.meta == Metadata("عنوان", date(2025, 3, 16), "وكالة", "ar")


def test_explicit_container_overrides_the_extension():
    (document,) = load_documents("notes.txt", b"<p>a &amp; b</p>", LoadOptions(container="html"))
    assert document.text == "a & b\n\n"


@pytest.mark.parametrize("data", [b"", b"  \r\n\n", b"\xef\xbb\xbf"])
@pytest.mark.parametrize("path", ["a.txt", "a.md", "a.html", "a.json", "a.jsonl"])
def test_empty_file_is_one_empty_document(path, data):
    (document,) = load_documents(path, data)
    assert (document.text, document.is_empty, document.record) == ("", True, None)


def test_markup_only_file_is_an_empty_document():
    (document,) = load_documents("a.html", b"<html><head><title>t</title></head><body></body></html>")
    assert document.is_empty and document.meta.title == "t"


def test_binary_file_is_a_decode_error():
    with pytest.raises(DecodeError, match=r"^binary file \(contains NUL bytes\)$"):
        load_documents("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00")


@pytest.mark.parametrize(
    ("path", "data", "options", "message"),
    [
        ("a.json", b'[{"text": "a"},', LoadOptions(), "broken JSON at line 1, column 16: Expecting value"),
        ("a.md", b"---\ndate: soon\n---\ntext", LoadOptions(),
         "bad date in field 'date': 'soon' (expected YYYY-MM-DD, an ISO date-time or DD/MM/YYYY)"),
        ("a.txt", b"text", LoadOptions(container="pdf"),
         "unknown container 'pdf' (expected auto, text, markdown, html, json, jsonl)"),
    ],
)
def test_unreadable_file_is_one_line_input_error(path, data, options, message):
    with pytest.raises(InputError) as raised:
        load_documents(path, data, options)
    assert str(raised.value) == message and raised.value.record is None


@pytest.mark.parametrize(
    ("path", "text", "container"),
    [
        ("a.TXT", "# not markdown here", "text"),
        ("a.md", "plain", "markdown"),
        ("a.markdown", "", "markdown"),
        ("a.htm", "", "html"),
        ("dir.v2/a.ndjson", "", "jsonl"),
        ("-", '{"text": "a"}\n{"text": "b"}\n', "jsonl"),
        ("-", '{"text": "a"}\n', "json"),
        ("-", '[\n{"text": "a"}\n]', "json"),
        ("-", "\ufeff<!DOCTYPE html><html><body><p>x</p>", "html"),
        ("-", "---\ntitle: t\n---\nنص", "markdown"),
        ("-", "## عنوان\n\nنص", "markdown"),
        ("-", "قال لافروف إن <المفاوضات> مستمرة", "text"),
        ("dir.v2/article", "Prices rose 5 * 3 times.", "text"),
    ],
)
def test_container_detection(path, text, container):
    assert container_for(path, text) == container

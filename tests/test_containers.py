import json
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checker.containers.html import extract_html
from checker.containers.json_records import RecordFields, extract_json, extract_jsonl
from checker.containers.markdown import extract_markdown
from checker.containers.metadata import InputError, normalise_lang, parse_date
from checker.containers.prose import OffsetMap, ProseBuilder
from checker.models import Metadata


def source_of(extracted, source: str, phrase: str, occurrence: int = 0) -> str:
    """The source slice behind the `occurrence`-th appearance of `phrase` in the prose."""
    start = -1
    for _ in range(occurrence + 1):
        start = extracted.text.index(phrase, start + 1)
    begin, end = extracted.offsets.source_span(start, start + len(phrase))
    return source[begin:end]


# Offset maps -------------------------------------------------------------------------------------


def test_builder_maps_copied_and_inserted_text():
    source = "ab&amp;cd"
    builder = ProseBuilder(source)
    builder.copy(0, 2)
    builder.insert("&", 2, 7)
    builder.copy(7, 9)
    text, offsets = builder.build()
    assert text == "ab&cd"
    assert [offsets.to_source(i) for i in range(6)] == [0, 1, 2, 7, 8, 9]
    assert offsets.source_span(2, 3) == (2, 7)
    assert offsets.source_span(1, 4) == (1, 8)
    assert offsets.source_span(3, 3) == (7, 7)


def test_offset_outside_prose_is_rejected():
    with pytest.raises(ValueError, match=r"^offset 4 is outside the prose \(0\.\.3\)$"):
        OffsetMap.identity(3).to_source(4)


def test_paragraph_break_completes_a_blank_line_only_when_needed():
    source = "one\ntwo"
    builder = ProseBuilder(source)
    builder.paragraph_break(0, 0)  # nothing before it: no break
    builder.copy(0, 4)
    builder.paragraph_break(4, 4)
    builder.paragraph_break(4, 4)
    builder.copy(4, 7)
    assert builder.build()[0] == "one\n\ntwo"


# Markdown ----------------------------------------------------------------------------------------

MARKDOWN = """---
title: "الكرملين: لافروف يزور القاهرة"
date: 2025-03-16
source: وكالة الأنباء
lang: ar-EG
---
# لافروف في القاهرة

قال **سيرغي لافروف** إن _المحادثات_ [كانت مثمرة](https://example.org/a "رابط").
وأضاف أن `code` الزيارة &amp; اللقاءات ![صورة](a.png) تستمر يومين.

- البند *الأول* من الاتفاق
- [x] البند الثاني

> قال المتحدث
> إن الهدنة صامدة.

```python
print("لا يفحص")
```
| المدينة | القتلى |
|---|:---:|
| غزة | 30 |

<!-- ملاحظة
للمحرر --> النص بعد التعليق.

The file_name stays, 2 * 3 = 6, and \\*stars\\* are escaped.
"""


def test_markdown_front_matter_becomes_metadata_and_is_not_prose():
    extracted = extract_markdown(MARKDOWN)
    assert extracted.meta == Metadata("الكرملين: لافروف يزور القاهرة", date(2025, 3, 16), "وكالة الأنباء", "ar")
    assert "title" not in extracted.text
    assert extracted.text.startswith("لافروف في القاهرة\n\n")


def test_markdown_prose_has_markup_removed():
    text = extract_markdown(MARKDOWN).text
    assert "قال سيرغي لافروف إن المحادثات كانت مثمرة.\n" in text
    assert "وأضاف أن  الزيارة & اللقاءات  تستمر يومين." in text
    assert "البند الأول من الاتفاق\n\nالبند الثاني" in text
    assert "قال المتحدث\nإن الهدنة صامدة." in text
    assert "المدينة القتلى\n\nغزة 30" in text
    assert "The file_name stays, 2 * 3 = 6, and *stars* are escaped." in text
    for hidden in ("print", "ملاحظة", "للمحرر", "https", "صورة", "code", "---", "|", "#", ">"):
        assert hidden not in text


@pytest.mark.parametrize(
    ("phrase", "source"),
    [
        ("لافروف في القاهرة", "لافروف في القاهرة"),
        ("سيرغي لافروف إن المحادثات", "سيرغي لافروف** إن _المحادثات"),
        ("المحادثات كانت", "المحادثات_ [كانت"),
        ("مثمرة.", 'مثمرة](https://example.org/a "رابط").'),
        ("& اللقاءات", "&amp; اللقاءات"),
        ("الأول من", "الأول* من"),
        ("إن الهدنة", "إن الهدنة"),
        ("غزة 30", "غزة | 30"),
        ("النص بعد", "النص بعد"),
        ("*stars*", "*stars\\*"),
    ],
)
def test_markdown_prose_spans_map_to_their_source(phrase, source):
    assert source_of(extract_markdown(MARKDOWN), MARKDOWN, phrase) == source


def test_markdown_map_is_exact_for_every_copied_character():
    extracted = extract_markdown(MARKDOWN)
    for index, char in enumerate(extracted.text):
        start, end = extracted.offsets.source_span(index, index + 1)
        if not char.isspace():
            assert MARKDOWN[start] == char


def test_markdown_fenced_code_becomes_a_paragraph_break():
    text = extract_markdown("أولا\n```\nx = 1\n```\nثانيا\n").text
    assert text == "أولا\n\nثانيا\n"


def test_markdown_with_crlf_keeps_crlf_in_prose():
    source = "# عنوان\r\n\r\nفقرة **أولى**\r\nتستمر.\r\n"
    extracted = extract_markdown(source)
    assert extracted.text == "عنوان\r\n\r\nفقرة أولى\r\nتستمر.\r\n"
    assert source_of(extracted, source, "أولى\r\nتستمر") == "أولى**\r\nتستمر"


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("---\ntitle: [unclosed\n---\nنص\n",
         "broken YAML front matter at line 3: expected ',' or ']', but got '<stream end>'"),
        ("---\n- a\n- b\n---\nنص\n", "front matter is not a mapping of keys to values"),
        (
            "---\ndate: 2025-02-30\n---\nنص\n",
            "bad date in field 'date': '2025-02-30' (expected YYYY-MM-DD, an ISO date-time or DD/MM/YYYY)",
        ),
        ("---\ntitle: 12\n---\nنص\n", "field 'title' must be text, not int: 12"),
    ],
)
def test_markdown_bad_front_matter_is_an_input_error(source, message):
    with pytest.raises(InputError) as raised:
        extract_markdown(source)
    assert str(raised.value) == message


def test_markdown_without_closing_front_matter_fence_is_all_prose():
    assert extract_markdown("---\nنص فقط\n").text == "نص فقط\n"


# HTML --------------------------------------------------------------------------------------------

HTML = """<!DOCTYPE html>
<html lang="ar-SA">
<head>
  <title>عاجل &amp; مهم: هدنة في غزة</title>
  <meta property="article:published_time" content="2025-03-16T08:30:00+03:00">
  <style>p { color: red }</style>
  <script>var s = "<p>لا تظهر</p>";</script>
</head>
<body>
<h1>هدنة في غزة</h1>
<p>قال   المتحدث
   إن &quot;الهدنة&quot; &#1589;امدة.<br>وأضاف: &#x627;لوضع هادئ.</p>
<!-- تعليق مخفي -->
<noscript>فعّل جافاسكربت</noscript>
<template><p>قالب</p></template>
<table><tr><td>غزة</td><td>30</td></tr></table>
<p>Prices rose 5&nbsp;% &mdash; officials said.</p>
</body>
</html>
"""


def test_html_visible_text_in_paragraphs():
    extracted = extract_html(HTML)
    assert extracted.text == (
        "هدنة في غزة\n\nقال المتحدث إن \"الهدنة\" صامدة.\n\nوأضاف: الوضع هادئ.\n\n"
        "غزة 30\n\nPrices rose 5\xa0% \u2014 officials said.\n\n"
    )


def test_html_metadata_from_title_meta_and_lang():
    assert extract_html(HTML).meta == Metadata("عاجل & مهم: هدنة في غزة", date(2025, 3, 16), None, "ar")


@pytest.mark.parametrize(
    ("phrase", "occurrence", "source"),
    [
        ("قال المتحدث إن", 0, "قال   المتحدث\n   إن"),
        ('"الهدنة"', 0, "&quot;الهدنة&quot;"),
        ("صامدة", 0, "&#1589;امدة"),
        ("الوضع", 0, "&#x627;لوضع"),
        ("غزة 30", 0, "غزة</td><td>30"),
        ("\u2014 officials", 0, "&mdash; officials"),
        ("هدنة في غزة", 0, "هدنة في غزة"),
    ],
)
def test_html_prose_spans_map_to_their_source(phrase, occurrence, source):
    assert source_of(extract_html(HTML), HTML, phrase, occurrence) == source


def test_html_paragraph_break_maps_to_the_tag():
    extracted = extract_html(HTML)
    index = extracted.text.index(".\n\nوأضاف") + 1
    start, end = extracted.offsets.source_span(index, index + 2)
    assert HTML[start:end] == "<br>"


def test_html_bad_meta_date_names_the_tag():
    page = '<html><head><meta name="date" content="next week"></head><body><p>نص</p></body></html>'
    with pytest.raises(InputError) as raised:
        extract_html(page)
    assert str(raised.value) == (
        "bad date in field '<meta date>': 'next week' (expected YYYY-MM-DD, an ISO date-time or DD/MM/YYYY)"
    )


def test_html_unclosed_head_ends_at_body():
    extracted = extract_html("<html><head><title>ع</title><body><p>نص ظاهر</p></body></html>")
    assert extracted.text == "نص ظاهر\n\n"


def test_html_preformatted_text_keeps_its_spaces():
    assert extract_html("<pre>a   b\n  c</pre>").text == "a   b\n  c\n\n"


# JSON and JSONL ----------------------------------------------------------------------------------

JSON_ARRAY = """[
  {"id": "a-1", "title": "عاجل", "date": "16/03/2025", "lang": "ar",
   "text": "قال \\"لافروف\\" إن\\nالهدنة \\u0635امدة \\ud83d\\ude00."},
  {"content": "Second record.", "source": "Wire"},
  7,
  {"body": 3}
]"""


def test_json_array_yields_one_record_per_object_and_errors_for_the_rest():
    records, errors = extract_json(JSON_ARRAY, RecordFields())
    assert [(r.record, r.text) for r in records] == [
        ("a-1", 'قال "لافروف" إن\nالهدنة صامدة \U0001f600.'),
        ("line 4", "Second record."),
    ]
    assert records[0].meta == Metadata("عاجل", date(2025, 3, 16), None, "ar")
    assert records[1].meta == Metadata(None, None, "Wire", None)
    assert [(e.record, str(e)) for e in errors] == [
        ("item 3", "item 3 is a number, not a JSON object"),
        ("line 6", "line 6: field 'body' must be text, not a number"),
    ]


@pytest.mark.parametrize(
    ("phrase", "source"),
    [
        ('"لافروف"', '\\"لافروف\\"'),
        ("إن\nالهدنة", "إن\\nالهدنة"),
        ("صامدة", "\\u0635امدة"),
        ("\U0001f600.", "\\ud83d\\ude00."),
    ],
)
def test_json_prose_spans_map_into_the_string_literal(phrase, source):
    records, _ = extract_json(JSON_ARRAY, RecordFields())
    assert source_of(records[0], JSON_ARRAY, phrase) == source


@given(st.text(), st.booleans())
def test_json_map_points_every_character_at_its_literal(text, ensure_ascii):
    source = json.dumps({"text": text}, ensure_ascii=ensure_ascii)
    (record,), errors = extract_json(source, RecordFields())
    assert errors == [] and record.text == text
    for index, char in enumerate(text):
        start, end = record.offsets.source_span(index, index + 1)
        assert json.loads('"' + source[start:end] + '"') == char


JSONL = (
    '{"id": 1, "text": "الخبر الأول."}\r\n'
    "\n"
    '{"text": "broken\n'
    '{"text": "الخبر الثاني.", "date": "2025-13-01"}\n'
    "[1, 2]\n"
    '{"title": "no text"}\n'
    '{"text": "الخبر الأخير", "lang": "AR"}'
)


def test_jsonl_keeps_good_records_and_reports_each_bad_line():
    records, errors = extract_jsonl(JSONL, RecordFields())
    assert [(r.record, r.text, r.meta.lang) for r in records] == [("1", "الخبر الأول.", None),
                                                                  ("line 7", "الخبر الأخير", "ar")]
    assert [(e.record, str(e)) for e in errors] == [
        ("line 3", "broken JSON at line 3, column 10: Unterminated string starting at"),
        (
            "line 4",
            "line 4: bad date in field 'date': '2025-13-01' (expected YYYY-MM-DD, an ISO date-time or DD/MM/YYYY)",
        ),
        ("line 5", "line 5 is an array, not a JSON object"),
        ("line 6", "line 6: no text field ('text' or 'content' or 'body')"),
    ]
    assert source_of(records[1], JSONL, "الأخير") == "الأخير"


def test_configured_text_field_has_no_fallback():
    fields = RecordFields(text="article")
    records, errors = extract_jsonl('{"article": "نص"}\n{"text": "آخر"}\n', fields)
    assert [r.text for r in records] == ["نص"]
    assert [str(e) for e in errors] == ["line 2: no text field ('article')"]


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ('{"text": "a",\n "date": }', "broken JSON at line 2, column 10: Expecting value"),
        ('"just a string"', "JSON must be an object or an array of objects, not a string"),
        ('{"text": "a"} {"text": "b"}', "broken JSON at line 1, column 15: Extra data"),
    ],
)
def test_broken_json_document_is_one_input_error(source, message):
    with pytest.raises(InputError) as raised:
        extract_json(source, RecordFields())
    assert str(raised.value) == message


# Metadata ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-03-16", date(2025, 3, 16)),
        ("2025-03-16T23:30:00-05:00", date(2025, 3, 16)),
        ("2025-03-16T08:00:00Z", date(2025, 3, 16)),
        ("2025/03/16", date(2025, 3, 16)),
        ("16/03/2025", date(2025, 3, 16)),
        ("16.03.2025", date(2025, 3, 16)),
        ("٢٠٢٥-٠٣-١٦", date(2025, 3, 16)),
        ("Sun, 16 Mar 2025 09:30:00 GMT", date(2025, 3, 16)),
        (date(2025, 3, 16), date(2025, 3, 16)),
    ],
)
def test_accepted_dates(value, expected):
    assert parse_date(value, "date") == expected


@pytest.mark.parametrize("value", ["03/16/2025", "16 March", "", "2025-3-16x", 20250316, True])
def test_rejected_dates_name_the_field(value):
    with pytest.raises(InputError) as raised:
        parse_date(value, "published")
    assert str(raised.value).startswith(f"bad date in field 'published': {value!r} (")


def test_language_tags_are_reduced_to_their_primary_subtag():
    assert [normalise_lang(tag) for tag in ("ar-SA", "EN_gb", "ar", " ", None)] == ["ar", "en", "ar", None, None]


# Robustness --------------------------------------------------------------------------------------

MARKUP_PIECES = list("ab لم\n\r*_~`[]()!<>&;#-|\\=:1") + [
    "<!--", "-->", "&amp;", "```", "---\n", "&#1589;", "<p>", "</p>", "<br>", "<script>", "</script>", "- ", "> ",
]


@given(st.lists(st.sampled_from(MARKUP_PIECES), max_size=60).map("".join))
def test_any_markup_maps_each_visible_character_to_itself(source):
    for extract in (extract_markdown, extract_html):
        try:
            extracted = extract(source)
        except InputError:  # broken front matter
            continue
        previous = 0
        for index, char in enumerate(extracted.text):
            start, end = extracted.offsets.source_span(index, index + 1)
            assert previous <= start <= end <= len(source)
            previous = start
            if end - start == 1 and not char.isspace() and source[start] != "|":
                assert source[start] == char

"""headline-body on a subtitle (standfirst): front matter or a record's `subtitle`/`standfirst`/`description`, an
HTML <h2> or <p class="standfirst|subtitle"> right after the <h1>. A subtitle figure the body contradicts
is a warning like the headline's, shown in the subtitle when the prose holds it."""

import json

import pytest

from checker.api import Checker, CheckOptions
from checker.containers.html import extract_html
from checker.containers.metadata import metadata_from_mapping


@pytest.fixture(scope="module")
def checker():
    return Checker(CheckOptions(select=("consistency/headline-body",)))


# The headline carries no figure: only the subtitle can be wrong.
EN = {"head": "Blast hits Cairo market", "wrong": "12 people killed, officials say",
      "right": "10 people killed, officials say",
      "body": "The Egyptian health ministry said 10 people were killed in a blast in Cairo on Monday. "
              "Police opened an inquiry.",
      "part": "The subtitle", "found": "12", "fix": "10"}
AR = {"head": "انفجار يضرب سوقا في القاهرة", "wrong": "مقتل 12 شخصا وفق مصادر رسمية",
      "right": "مقتل 10 أشخاص وفق مصادر رسمية",
      "body": "قالت وزارة الصحة المصرية إن 10 أشخاص قتلوا في انفجار وقع صباح اليوم في القاهرة. "
              "وفتحت الشرطة تحقيقا.",
      "part": "العنوان الفرعي", "found": "12", "fix": "10"}


def _html(case, sub, element):
    opening = "<h2>" if element == "h2" else f'<p class="{element}">'
    closing = "</h2>" if element == "h2" else "</p>"
    return f"<html><body><h1>{case['head']}</h1>\n{opening}{sub}{closing}\n<p>{case['body']}</p></body></html>"


def _front_matter(case, sub, field):
    return f"---\ntitle: {case['head']}\n{field}: {sub}\n---\n{case['body']}\n"


def _record(case, sub, field):
    return json.dumps({"title": case["head"], field: sub, "text": case["body"]}, ensure_ascii=False) + "\n"


# (file name, build(case, subtitle), where the finding stands: "subtitle" in the prose, or "body" for metadata)
FORMATS = [
    ("a.html", lambda case, sub: _html(case, sub, "h2"), "subtitle"),
    ("a.html", lambda case, sub: _html(case, sub, "standfirst"), "subtitle"),
    ("a.md", lambda case, sub: _front_matter(case, sub, "subtitle"), "body"),
    ("a.md", lambda case, sub: _front_matter(case, sub, "standfirst"), "body"),
    ("a.md", lambda case, sub: _front_matter(case, sub, "description"), "body"),
    # A front-matter standfirst the page also prints under its heading is shown where it is printed.
    ("a.md", lambda case, sub: f"---\ndescription: {sub}\n---\n# {case['head']}\n\n{sub}\n\n{case['body']}\n",
     "subtitle"),
    ("a.jsonl", lambda case, sub: _record(case, sub, "subtitle"), "body"),
    ("a.jsonl", lambda case, sub: _record(case, sub, "description"), "body"),
    ("a.json", lambda case, sub: _record(case, sub, "description"), "body"),
]


def _findings(checker, name, data):
    (result,) = checker.check_bytes(name, data.encode())
    assert result.error is None
    return result.findings


@pytest.mark.parametrize("case", [EN, AR], ids=["en", "ar"])
@pytest.mark.parametrize("name,build,where", FORMATS)
def test_a_subtitle_figure_the_body_contradicts_is_a_warning(checker, case, name, build, where):
    (found,) = _findings(checker, name, build(case, case["wrong"]))
    assert found.finding.rule == "consistency/headline-body"
    assert found.finding.severity.name == "WARNING"
    assert case["part"] in found.finding.message
    if where == "subtitle":  # in the subtitle's own line, fixed to the body's figure
        assert (found.text, found.finding.fix.replacement) == (case["found"], case["fix"])
        assert case["wrong"] in found.sentence
    else:  # a subtitle only in the metadata: the body's figure is shown, its fix the subtitle's
        assert (found.text, found.finding.fix.replacement) == (case["fix"], case["found"])


@pytest.mark.parametrize("case", [EN, AR], ids=["en", "ar"])
@pytest.mark.parametrize("name,build,where", FORMATS)
def test_a_subtitle_the_body_supports_stays_clean(checker, case, name, build, where):
    assert _findings(checker, name, build(case, case["right"])) == []


@pytest.mark.parametrize("lang,head,sub,body", [
    ("en", "Cairo talks", "Egyptian Foreign Minister Sameh Shoukry visits Paris",
     "Jordanian Foreign Minister Sameh Shoukry arrived in Paris on Monday for talks on the region. He will meet "
     "his French counterpart on Tuesday."),
    ("ar", "محادثات في باريس", "وزير الخارجية المصري سامح شكري يزور باريس",
     "وصل وزير الخارجية الأردني سامح شكري إلى باريس يوم الاثنين لإجراء محادثات حول المنطقة. وسيلتقي نظيره "
     "الفرنسي يوم الثلاثاء."),
])
def test_a_subtitle_title_the_body_gives_another_country_is_a_warning(checker, lang, head, sub, body):
    data = f'<html lang="{lang}"><body><h1>{head}</h1>\n<h2>{sub}</h2>\n<p>{body}</p></body></html>'
    (found,) = _findings(checker, "a.html", data)
    assert found.text in sub and found.line == 2
    assert found.finding.fix.replacement in body


@pytest.mark.parametrize("case,extra", [(EN, "The market had reopened after 3 years"),
                                        (AR, "أعيد افتتاح السوق قبل 3 سنوات")], ids=["en", "ar"])
def test_a_subtitle_figure_the_body_never_mentions_is_not_flagged(checker, case, extra):
    """The headline's unsupported figure is an info note; a standfirst may add what the body leaves out."""
    assert _findings(checker, "a.html", _html(case, extra, "h2")) == []
    (note,) = _findings(checker, "a.html", _html({**case, "head": extra}, case["right"], "h2"))
    assert (note.text.split()[0], note.finding.severity.name, note.line) == ("3", "INFO", 1)


@pytest.mark.parametrize("case", [EN, AR], ids=["en", "ar"])
def test_the_headline_is_still_read_beside_a_subtitle(checker, case):
    data = f"---\ntitle: {case['wrong']}\nsubtitle: {case['right']}\n---\n{case['body']}\n"
    (found,) = _findings(checker, "a.md", data)
    assert case["part"] not in found.finding.message
    assert (found.text, found.finding.fix.replacement) == (case["fix"], case["found"])


# -- where a subtitle is read, and where not -------------------------------------------------------------------
def test_an_html_subtitle_is_the_h2_or_standfirst_right_after_the_h1():
    assert extract_html("<h1>Head</h1> <h2>Sub &amp; more</h2><p>Body.</p>").meta.subtitle == "Sub & more"
    assert extract_html('<h1>Head</h1><p class="Subtitle x">Sub</p><p>Body.</p>').meta.subtitle == "Sub"
    # "lead" is the body's first paragraph on many sites (Bootstrap), not a standfirst
    assert extract_html('<h1>Head</h1><p class="lead">Sub</p><p>Body.</p>').meta.subtitle is None
    # Text between the <h1> and the <h2>: the <h2> heads a section, not the article.
    assert extract_html("<h1>Head</h1><p>Body.</p><h2>Section</h2>").meta.subtitle is None
    assert extract_html("<h1>Head</h1><p>Body.</p>").meta.subtitle is None
    assert extract_html("<h2>No headline above</h2><p>Body.</p>").meta.subtitle is None


def test_a_mapping_subtitle_is_the_first_text_field_and_anything_else_is_skipped():
    assert metadata_from_mapping({"subtitle": "A", "description": "B"}).subtitle == "A"
    assert metadata_from_mapping({"standfirst": " A\n b ", "description": "B"}).subtitle == "A b"
    # A `description` that is not text was never refused and is still not: it is no subtitle.
    assert metadata_from_mapping({"description": {"en": "x"}}).subtitle is None
    assert metadata_from_mapping({"title": "T"}).subtitle is None

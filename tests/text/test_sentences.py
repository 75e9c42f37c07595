import pytest

from checker.text.sentences import split_sentences


def _sentences(text: str, lang: str) -> list[str]:
    return [text[span.start : span.end] for span in split_sentences(text, lang)]


def test_arabic_marks_and_line_breaks_end_sentences() -> None:
    text = "قال د. أحمد إن الوضع صعب. هل انتهت الحرب؟ لا!\nعنوان بلا نقطة\nسطر آخر، وجملة؛ ثم نهاية."
    assert _sentences(text, "ar") == [
        "قال د. أحمد إن الوضع صعب.",
        "هل انتهت الحرب؟",
        "لا!",
        "عنوان بلا نقطة",
        "سطر آخر، وجملة؛ ثم نهاية.",
    ]


def test_arabic_quote_that_closes_in_the_paragraph_is_kept_whole() -> None:
    text = "وأضاف: «الوضع كارثي. لا بد من وقف الحرب» ثم غادر. وقال: \"انتهى الأمر. نعم.\" وسكت."
    assert _sentences(text, "ar") == [
        "وأضاف: «الوضع كارثي. لا بد من وقف الحرب» ثم غادر.",
        "وقال: \"انتهى الأمر. نعم.\"",  # a stop right before the closing mark ends after the mark
        "وسكت.",
    ]


def test_arabic_quote_left_open_does_not_swallow_the_paragraph() -> None:
    text = "قال: «الوضع كارثي. لا بد من وقف الحرب."
    assert _sentences(text, "ar") == ["قال: «الوضع كارثي.", "لا بد من وقف الحرب."]


def test_arabic_missing_space_after_stop_and_abbreviations() -> None:
    text = "نقلت أ.ف.ب الخبر من غزة.وقال المتحدث إن 2.5 مليون شخص نزحوا"
    assert _sentences(text, "ar") == ["نقلت أ.ف.ب الخبر من غزة.", "وقال المتحدث إن 2.5 مليون شخص نزحوا"]


def test_english_abbreviations_initials_and_numbers() -> None:
    text = (
        "Mr. Smith met Dr. Jones and Gen. Milley in the U.S. on Jan. 5. The U.S. President spoke. "
        "He lives at No. 10 Downing St. in London. J. K. Rowling paid 2.5 million. Sen. Reed agreed."
    )
    assert _sentences(text, "en") == [
        "Mr. Smith met Dr. Jones and Gen. Milley in the U.S. on Jan. 5.",
        "The U.S. President spoke.",
        "He lives at No. 10 Downing St. in London.",
        "J. K. Rowling paid 2.5 million.",
        "Sen. Reed agreed.",
    ]


def test_english_acronym_then_sentence_opener_ends() -> None:
    assert _sentences("He moved to the U.S. The move was quick.", "en") == [
        "He moved to the U.S.",
        "The move was quick.",
    ]


def test_english_quotes_and_ellipsis() -> None:
    text = '"He said. Then he left," she said. Wait... what happened? It was "over." Really?! Yes.'
    assert _sentences(text, "en") == [
        '"He said. Then he left," she said.',
        "Wait... what happened?",
        'It was "over."',
        "Really?!",
        "Yes.",
    ]


def test_english_quotation_whose_closing_mark_was_dropped_shifts_no_later_pair() -> None:
    # Paragraphs joined by the copy: the first paragraph of a quotation lost its closing mark.
    text = ('He said: "We have said as much. "We feel it matters." "Russia is a partner," Mr Blair said. '
            'Joe Biden said: "We acknowledge it."')
    assert _sentences(text, "en") == [
        'He said: "We have said as much.',
        '"We feel it matters."',
        '"Russia is a partner," Mr Blair said.',
        'Joe Biden said: "We acknowledge it."',
    ]


def test_english_headline_line_and_hard_wrapped_prose() -> None:
    text = "Russia ready to back ceasefire\nThe Kremlin said it\nwould help. Talks went on."
    assert _sentences(text, "en") == [
        "Russia ready to back ceasefire",
        "The Kremlin said it\nwould help.",
        "Talks went on.",
    ]


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_spans_are_stripped_and_cover_every_visible_character(lang: str) -> None:
    text = "  أول جملة.  \n\n Second one!   ثالثة؟ \n"
    spans = split_sentences(text, lang)
    covered = [i for span in spans for i in range(span.start, span.end)]
    assert len(covered) == len(set(covered))
    assert {i for i, c in enumerate(text) if not c.isspace()} <= set(covered)
    for span in spans:
        assert not text[span.start].isspace() and not text[span.end - 1].isspace()


def test_empty_and_blank_text_give_no_sentences() -> None:
    assert split_sentences("", "ar") == []
    assert split_sentences(" \n\t ", "en") == []


@pytest.mark.parametrize("lang, paragraph", [
    ("ar", "قال: «الوضع كارثي. لا بد من وقف الحرب» ثم غادر. وأضاف: \"انتهى الأمر. نعم.\" وسكت. “هنا. هناك” قالت."),
    ("en", "He said: “It is over. We go home.” Then he left. \"Not yet. Wait,\" she said. The U.N. agreed. Fine."),
])
def test_a_line_of_many_quotations_splits_like_each_of_its_copies(lang: str, paragraph: str) -> None:
    # Hundreds of quotations on one line (a text without line breaks): each copy keeps its own sentences.
    copies = 300
    one = _sentences(paragraph, lang)
    assert _sentences(" ".join([paragraph] * copies), lang) == one * copies

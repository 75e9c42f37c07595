"""The headline: a metadata title, or the prose's first line where it reads as one."""

from checker.text.headline import Headline, find_headline


def test_a_short_first_line_without_a_full_stop_is_the_headline():
    text = "Blast kills 12 in Cairo\n\nThe ministry said 12 people were killed."
    assert find_headline(text, None) == Headline("Blast kills 12 in Cairo", 0, 23, False)


def test_a_first_sentence_is_no_headline():
    assert find_headline("The ministry said 12 people were killed.\n\nPolice opened an inquiry.", None) is None


def test_a_text_of_one_line_has_no_headline():
    assert find_headline("Blast kills 12 in Cairo", None) is None


def test_the_site_name_and_a_truncation_mark_are_left_out():
    text = "Biden signs $1.9 trillion relief bill - CNN\n\nPresident Joe Biden signed the bill."
    headline = find_headline(text, None)
    assert headline is not None and headline.text == "Biden signs $1.9 trillion relief bill"
    assert (headline.start, headline.end, headline.truncated) == (0, 37, False)


def test_a_title_cut_after_a_whole_word_keeps_its_last_word_one_cut_inside_a_word_does_not():
    whole = find_headline("Spacecraft makes first landing on moon's dark ...\n\nBody.", None)
    cut = find_headline("Spacecraft makes first landing on moon's da...\n\nBody.", None)
    assert whole is not None
    assert (whole.text, whole.truncated) == ("Spacecraft makes first landing on moon's dark", False)
    assert cut is not None and (cut.text, cut.truncated) == ("Spacecraft makes first landing on moon's da", True)


def test_a_metadata_title_found_as_the_first_line_is_placed_there():
    text = "مقتل 12 شخصا في انفجار\n\nقالت الوزارة إن 12 شخصا قتلوا."
    assert find_headline(text, "مقتل 12 شخصا في انفجار - الموقع") == Headline("مقتل 12 شخصا في انفجار", 0, 22, False)


def test_a_metadata_title_not_in_the_prose_has_no_offsets():
    headline = find_headline("قالت الوزارة إن 12 شخصا قتلوا.\n\nوفتحت الشرطة تحقيقا.", "مقتل 10 أشخاص في انفجار")
    assert headline == Headline("مقتل 10 أشخاص في انفجار", None, None, False)
    assert not headline.in_prose

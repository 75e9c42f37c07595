"""Language detection: Arabic and English told from the languages factlint does not check."""

import pytest

from checker.lang.detect import detect_language

PERSIAN = "وزیر امور خارجه روسیه گفت که این کشور برای گفتگو با همسایگان خود آماده است."
URDU = "روس کے وزیر خارجہ نے کہا ہے کہ ان کا ملک پڑوسیوں سے بات چیت کے لیے تیار ہے۔"
ARABIC = "قال وزير الخارجية الروسي إن بلاده مستعدة للحوار مع جيرانها في المنطقة."
HEBREW = "שר החוץ הרוסי אמר כי ארצו מוכנה לשיחות עם שכנותיה."
FRENCH = "Le ministre russe des Affaires étrangères a déclaré que son pays est prêt à discuter avec ses voisins."
ENGLISH = "The Russian foreign minister said his country was ready to talk to its neighbours."


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (PERSIAN, "fa"),
        (URDU, "ur"),
        (ARABIC, "ar"),
        (HEBREW, "he"),
        (FRENCH, "fr"),
        (ENGLISH, "en"),
        ("El ministro ruso dijo que la guerra continúa en la región.", "es"),
        ("Министр иностранных дел России заявил, что страна готова к переговорам.", "ru"),
        ("گفت", "fa"),
        ("ہے", "ur"),
    ],
)
def test_short_texts(text: str, lang: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize(("text", "lang"), [(PERSIAN, "fa"), (URDU, "ur"), (ARABIC, "ar"), (HEBREW, "he"),
                                            (FRENCH, "fr"), (ENGLISH, "en")])
def test_long_texts(text: str, lang: str) -> None:
    assert detect_language("\n\n".join([text] * 60)) == lang


def test_arabic_naming_a_few_iranians_stays_arabic() -> None:
    text = ("قال الرئيس الإيراني مسعود پزشکیان إن بلاده مستعدة للحوار، فيما التقى وزير الخارجية عباس عراقچی "
            "نظيره العماني في مسقط.")
    assert detect_language(text) == "ar"


def test_arabic_typed_with_persian_yeh_and_kaf_stays_arabic() -> None:
    # Keyboards set to Persian give ی and ک; the letters only Arabic has (ة ى ي أ إ) still outnumber them.
    assert detect_language("أكدت وزارة الصحة أن عدد الضحايا بلغ ۱۲ شخصا في کل المناطق التی قصفت.") == "ar"


def test_english_quoting_arabic_and_persian_stays_english() -> None:
    text = ("Crowds in Tehran chanted «مرگ بر آمریکا» while the Arabic banner read «الشعب يريد» as the "
            "foreign minister arrived on Monday.")
    assert detect_language(text) == "en"


def test_english_with_french_names_and_phrases_stays_english() -> None:
    text = ("Jean-Yves Le Drian met the delegation at the Quai d'Orsay; the talks, he said, were a question of "
            "savoir-faire and of the rule of law.")
    assert detect_language(text) == "en"


@pytest.mark.parametrize("text", ["", "١٢٣ 456 !!", "2025-03-16 — 14:00"])
def test_no_letters_is_english(text: str) -> None:
    assert detect_language(text) == "en"


@pytest.mark.parametrize(("text", "code", "other_scripts_read"), [
    ("قال وزير الخارجية الروسي سيرغي لافروف إن المحادثات ستستمر.", "ar", False),
    ("Russian Foreign Minister Sergei Lavrov said the talks would go on.", "en", False),
    ("Министр иностранных дел России Сергей Лавров заявил, что переговоры продолжатся.", "ru", True),
])
def test_the_other_scripts_are_read_only_when_they_could_lead(text, code, other_scripts_read):
    """Arabic or Latin letters that outnumber every other character settle the script without compiling the
    class of all other scripts (milliseconds of a one-file check)."""
    from checker.lang import detect

    detect._pattern.cache_clear()
    assert detect_language(text) == code
    assert (detect._pattern.cache_info().currsize > 2) is other_scripts_read  # beyond "ar" and "latin"

import pytest

from checker.text.language import detect_language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("أعلن المتحدث باسم الكرملين ديمتري بيسكوف أن روسيا مستعدة", "ar"),
        ("قال وزير الخارجية الروسي Sergei Lavrov إن الحرب مستمرة في غزة منذ أشهر", "ar"),
        ("Kremlin spokesman Dmitry Peskov said Russia was ready to help.", "en"),
        ("The crowd chanted «الشعب يريد» as Foreign Minister Sergei Lavrov arrived in Cairo.", "en"),
        ("١٢٣ 456 !!", "en"),
        ("", "en"),
    ],
)
def test_detect_language_by_script(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_only_the_opening_characters_count() -> None:
    text = "Moscow said " * 400 + "غزة " * 5000
    assert detect_language(text) == "en"

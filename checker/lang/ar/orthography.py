"""Arabic script: the letter folds of the normalised view (checker/text/normalize.py) and the clitics and
article written onto a word. They apply to every text, whatever its language: a knowledge-base name and the
text must always meet, and Arabic names appear in English articles too."""

# One-to-one folds: alef forms, hamza carriers (a bare ء would split أحمد from احمد), alef maqsura, taa
# marbuta, Persian yeh and keheh (text typed on Persian keyboards), Arabic digit separators and percent sign.
FOLDS = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ؤ": "و", "ئ": "ي", "ى": "ي", "ة": "ه", "ی": "ي", "ک": "ك",
    "٫": ".", "٬": ",", "٪": "%",
}
# Letters a word may carry before a name: [conjunction] [preposition] [article], with ل + ال written لل.
# Names are stored without «ال», so «ال» itself is a prefix here.
CLITIC_PREFIXES = frozenset(
    {
        "", "و", "ف", "ب", "ل", "ك", "ال", "لل",
        "وب", "ول", "وك", "فب", "فل", "فك",
        "وال", "فال", "بال", "كال", "ولل", "فلل",
        "وبال", "وكال", "فبال", "فكال",
    }
)
ARTICLE = "ال"  # stored names drop it; a mention's span shows it when the pack spells the name with it
RIGHT_TO_LEFT = True

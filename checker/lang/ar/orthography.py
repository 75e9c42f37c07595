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
# The prefixes that carry the article (لل is ل + ال): a name the pack spells with «ال» is that name only after
# one of these; «ورقة» (and a paper) is not «الرقة», «وجيزة» (brief) is not «الجيزة».
WITH_ARTICLE = frozenset(prefix for prefix in CLITIC_PREFIXES if prefix.endswith((ARTICLE, "لل")))
# The preposition ك ("like") before a bare name is rare in news, and the letters ك + name are mostly another
# word («كبيرا», big, is not ك + «بيرا», Beira): it is read as a prefix only with the article («كالقاهرة»).
ONLY_WITH_ARTICLE = frozenset({"ك", "وك", "فك"})
# Taa marbuta, which the normalised view folds into heh: a word written with ة at its end is not a name the
# pack writes with ه there («هوية», identity, is not «هوئه», Hue).
TAA_MARBUTA, HEH = "ة", "ه"
RIGHT_TO_LEFT = True

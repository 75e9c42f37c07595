"""Arabic for consistency/name-variants: how transliterations of one name differ."""

# Letters that transliterations of one foreign sound alternate between (سيرجي / سيرغي), folded together.
SKELETON_FOLDS = {"غ": "ج", "ق": "ك"}
LONG_VOWELS = "اوي"  # dropped from a word's skeleton after its first letter
# The article written onto a name: «لليابان» shows «يابان», still «اليابان»; one spelling key for both.
ARTICLE = "ال"
# Arabic given names that differ by a letter are different people (محمد بن سليمان / محمد بن سلمان), and a
# trailing vowel often tells a club from its city (ميلان / ميلانو): variants must be close as whole names,
# every word sharing its skeleton, no word only adding one of these final letters; and spellings the
# knowledge does not list are never searched for.
STRICT_VARIANTS = True
FINAL_VOWELS = "اويه"
SEARCH_UNLISTED = False
# من يعتمد التهجئة في رسالة name-variants (الحقل `{by}`، يلي التهجئة مباشرة): لا شيء لقاعدة المعرفة.
SPELLED_BY_KNOWLEDGE = ""
SPELLED_BY_HOUSE_STYLE = " بحسب أسلوب التحرير"

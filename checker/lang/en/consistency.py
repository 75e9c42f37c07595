"""English for consistency/name-variants: how transliterations of one name differ."""

SKELETON_FOLDS = {"y": "i", "k": "c", "w": "v"}  # Sergey / Sergei, Kyiv / Kiev
LONG_VOWELS = "aeiou"
ARTICLE = ""
STRICT_VARIANTS = False  # each word close by skeleton or ratio (Zelensky / Zelenskyy)
FINAL_VOWELS = ""
SEARCH_UNLISTED = True  # spellings the knowledge does not list (Zelenskiy) are searched in the text
# Who prefers the spelling a name-variants message asks for (its `{by}` field).
SPELLED_BY_KNOWLEDGE = "by the knowledge base"
SPELLED_BY_HOUSE_STYLE = "by the house style"

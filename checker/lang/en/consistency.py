"""English for consistency/name-variants: how transliterations of one name differ."""

SKELETON_FOLDS = {"y": "i", "k": "c", "w": "v"}  # Sergey / Sergei, Kyiv / Kiev
LONG_VOWELS = "aeiou"
ARTICLE = ""
ARTICLE_SPELLINGS = ("al-", "el-")  # the Arabic article in Latin names (al-Sisi / el-Sisi): one spelling
STRICT_VARIANTS = False  # each word close by skeleton or ratio (Zelensky / Zelenskyy)
FINAL_VOWELS = ""
SEARCH_UNLISTED = True  # spellings the knowledge does not list (Zelenskiy) are searched in the text
INFLECTIONS = ("n", "s")  # "North Macedonian", "Americas": another word than the name, not its respelling
# Who prefers the spelling a name-variants message asks for (its `{by}` field).
SPELLED_BY_KNOWLEDGE = "by the knowledge base"
SPELLED_BY_HOUSE_STYLE = "by the house style"

# -- statements compared within one article (headline-body, near-duplicate-conflict, restated-fact,
# repeated-sentence) -------------------------------------------------------------------------------------------
# Words that change no fact when one sentence has them and its repetition does not (or has another of them).
FUNCTION_WORDS = frozenset("""
a an the of in on at to for from by with into onto upon about as and or but so than then that this these those
there here it its it's is are was were be been being has have had do does did will would shall should can could
may might must also just very said says say told according which who whom whose what when where while after
before over under up down out off he she they we i you his her their our my your him them us me said, has
s t amid during since until via per both each
""".split())
NEGATIONS = frozenset("not no never n't nor neither none nobody nothing without cannot".split())
# A weekday or a month: a date word, so "on Monday" / "on Tuesday" in one repeated sentence is a conflict.
DATE_WORDS = frozenset("""
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december jan feb mar apr jun jul aug sep sept oct nov dec
""".split()) - {"may", "march"}
# A statement that says it revises an earlier one ("now", "rose to", "updated"): two values are then no slip.
CAPITALISED_MONTHS = frozenset({"may", "march"})  # months only when capitalised ("May 30"; "may" is a verb)
UPDATE_WORDS = frozenset("""
now rose risen rising raised climbed increased grew jumped fell dropped revised updated update later earlier
previously initially originally first latest new from up down
""".split())
CLITIC_PREFIX = None  # English words carry no clitics
POSSESSIVE = ("'s", "’s")

# Messages' explanations ({line}: the other statement's line, {other}: its words, {value}: its value).
HEADLINE = "the headline"
SUBTITLE = "the subtitle"
# The `{part}` of a headline-body message: which of the two the finding reads.
HEADLINE_PART = "The headline"
SUBTITLE_PART = "The subtitle"
EXPLAIN_SUBTITLE_CONTRADICTED = ("The subtitle gives '{found}' but the body ({where}) gives '{value}' for the same "
                                 "fact: \"{other}\".")
LINE = "line {line}"
EXPLAIN_HEADLINE_CONTRADICTED = ("The headline gives '{found}' but the body ({where}) gives '{value}' for the same "
                                 "fact: \"{other}\".")
EXPLAIN_HEADLINE_UNSUPPORTED = "The body never mentions '{found}', which the headline gives; a headline should say " \
                               "only what the article supports."
EXPLAIN_NEAR_DUPLICATE = ("This sentence repeats the one at {where} but for '{found}' where that one has "
                          "'{value}': \"{other}\". One of the two is probably a leftover of an earlier draft.")
EXPLAIN_REPEATED = "The same sentence appears at {where}: \"{other}\"."
EXPLAIN_RESTATED = ("The article states the same fact at {where} with '{value}' instead of '{found}': \"{other}\"; "
                    "neither statement says it revises the other.")
# The `{verdict}` of a headline-body message.
HEADLINE_CONTRADICTED = "the body gives '{value}' ({where})"
HEADLINE_UNSUPPORTED = "the body never mentions it"
# A number after one of these names a thing ("No. 5", "Article 12", "Flight 370"): it counts nothing.
IDENTIFIER_WORDS = frozenset("day week round game part phase stage season episode grade level category class "
                             "no number article section chapter flight route bill law resolution act item code "
                             "room gate district precinct interstate highway i covid".split())
# Near a figure, these make it a part of a whole ("five other militants"), not a rival of the headline's total.
PARTIAL_WORDS = frozenset("other others more additional another further remaining rest".split())
CONDITION_WORDS = ("if", "unless")  # a figure in a condition states a rule, not a fact ("if reported within 45 days")
CLITICS_BEFORE_FIGURES: frozenset[str] = frozenset()  # a letter glued to digits names a thing ("M4", "G7")
ORDINAL_BEFORE = ""  # English writes an ordinal as one word ("11th")
CLOCK_AFTER = r"\s*(?:[ap]\.m\b|[ap]m\b|o'clock)"  # "as of 4 p.m.": a time of day
# A short sentence (fewer content words than a list's line needs to be read as a statement) is read as one when it
# is a clause: a sentence's end, a capital first, and a verb (one of these, or a past tense "-ed": "He told CNN that
# about 50 people attended the meeting."); one that opens with a demonstrative points back at the sentence before
# it ("This serving contains 20 grams of sugar.", said of each brand in turn), which the copy does not repeat.
CLAUSE_VERBS = frozenset("""
is are was were be been will would has have had do does did can could may might must shall should said says told
tells
""".split())
CLAUSE_VERB_ENDINGS = ("ed",)
CLAUSE_SUBJECTS = frozenset("i you he she it we they".split())  # the word after one is a verb ("It aims to ...")
DEMONSTRATIVES = frozenset("this these that those such each".split())
RANGE_JOINERS = r"to|and|-|–"  # "between 2000 and 3000 dirhams": 2000 is the range's low end, not a year
# Words by which a body calls the country it is about ("the country", "nationwide"): a headline's country is what
# they refer to when the body names no country at all (a weather bulletin's "across the kingdom").
COUNTRY_REFERENCES = frozenset("country kingdom nation nationwide nationally".split())
ONE_WORD_MIN_LETTERS = 0  # a one-word name is never searched for respellings ("Jordan" / "Jordon" are words)

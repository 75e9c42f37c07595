"""English sentence rules for the sentence splitter (checker/text/sentences.py)."""

END_MARKS = ""
GLUED_LETTERS = ""
QUOTE_PAIRS = (("“", "”"),)
SINGLE_CLOSERS = "’"
# A single line break ends a sentence unless the line does not end in punctuation and the next line starts in
# lower case (hard-wrapped prose); a mark followed by a lower-case word ends none.
LINE_BREAK_ALWAYS_ENDS = False
LOWER_CASE_CONTINUES = True
# Dotted acronyms (U.S., U.N.) and month abbreviations end a sentence only before a typical sentence opener.
DOTTED_ACRONYMS = True
TITLES = frozenset(
    "mr mrs ms dr prof gen sen rep gov lt col maj capt sgt cmdr adm st jr sr rev hon pres supt insp "
    "det cpl pte mt ft vs messrs mme mlle gens brig lieut cdr atty".split()
)
BEFORE_NUMBER = frozenset("no nos jan feb mar apr jun jul aug sep sept oct nov dec art p pp vol fig".split())
MONTHS_ABBR = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
SENTENCE_OPENERS = frozenset(
    "the a an he she it they we i you this that these those there but and in on at however his her "
    "their its our officials police".split()
)

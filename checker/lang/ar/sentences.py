"""Arabic sentence rules for the sentence splitter (checker/text/sentences.py)."""

END_MARKS = "؟"  # besides . ! ? …
# Arabic text often drops the space after a full stop («غزة.وقال»): a mark directly followed by a letter of
# this range ends a sentence there.
GLUED_LETTERS = "\u0621-\u064a"
QUOTE_PAIRS = (("«", "»"),)
SINGLE_CLOSERS = ""
LINE_BREAK_ALWAYS_ENDS = True  # headlines stand on their own line
LOWER_CASE_CONTINUES = False  # no letter case
DOTTED_ACRONYMS = False
TITLES: frozenset[str] = frozenset()
BEFORE_NUMBER: frozenset[str] = frozenset()
MONTHS_ABBR: frozenset[str] = frozenset()
SENTENCE_OPENERS: frozenset[str] = frozenset()

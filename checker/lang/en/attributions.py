"""English reporting: cues, generic speakers, back-references, for the attribution annotator
(checker/annotate/attributions.py). Every pattern runs on the normalised (case-folded) text."""

from checker.text.lazy_regex import lazy_compile

# The speaker stands before the verb ("Peskov said"), or after it behind a quote ("…," said Peskov).
SPEAKER_AFTER_VERB = False
VERB_CUE = lazy_compile(
    r"\b(?:said|says|told|tells|announced|announces|added|adds|stated|declared|noted|stressed|"
    r"confirmed|reported|reports|warned|insisted|(?:is|was|are|were) saying)\b"
)
SOURCE_CUE = lazy_compile(r"\b(?:according to|citing|quoting|cited by|quoted by)\b")
# A pronoun or generic noun right before a cue stands for an earlier speaker (groups "pronoun", "word").
GENERIC = lazy_compile(r"(?:\b(?P<pronoun>he|she|they)|\bthe (?P<word>ministry|department|office|statement|agency|"
                     r"embassy|government|authorities|minister|spokesman|spokeswoman|spokesperson|official|"
                     r"president))\s*$")
CARRY_CONTENT = None
GENERIC_KINDS = {
    **dict.fromkeys(("ministry", "department", "office", "statement", "embassy"), ("institution", "official")),
    **dict.fromkeys(("agency",), ("outlet", "institution")),
    **dict.fromkeys(("government", "authorities"), ("government", "official", "institution")),
    **dict.fromkeys(("minister", "spokesman", "spokeswoman", "spokesperson", "official", "president", "he", "she"),
                    ("person", "official")),
}
CONTENT_START = lazy_compile(r"\bthat\b|[\"«:]|,")
SOURCE_CONTENT_START = r"\bthat\b"
# What may stand between the speaker (or the cue) and the quotation it introduces.
QUOTE_LEAD = lazy_compile(r"[\s:,]*(?:that\s*)?")
# Quotations are not matched by a pattern but paired on the prose by the way each mark faces (curly marks
# say it; a straight one faces by its neighbours, '"We ...' opens, '...," he' closes): news copy often
# drops the closing mark of a paragraph that the next opens again ('... U-turns. "It's ...'), and one
# such odd mark shifted every later pair. (opening marks, closing marks, marks facing either way)
QUOTE_MARKS = ("“", "”", '"')
QUOTE = None
# "This announcement", "these remarks"; "in a statement issued by" (group inline) names the issuer of the
# statement of its own sentence ("Peskov said in a statement issued by the French government that ...").
BACK_REFERENCE = lazy_compile(
    r"\b(?:(?:this|that|these|those|the)(?: (?:latest|new|official|written|joint))? "
    r"(?:announcement|statement|remarks?|comments?)|"
    r"(?P<inline>in an? (?:official |written )?statement (?:issued|released|published|put out)))\b"
)
# Who the statement came from: a verb of coming or issuing ("came from", "was released by", "made public by
# the government in") read over the reference and the words after it.
ISSUER_LEAD = lazy_compile(
    r"(?:\b(?:came|come|comes|coming)(?: \w+)? from|\b(?:issued|released|made(?: public)?|published|put out|"
    r"delivered|read out)(?: \w+)? by)(?: the)?(?: (?:\w+ )?(?:government|authorities|presidency|leadership)"
    r"(?: of| in)?)? ?[\"«]?$"
)
# "Beijing's statement came after ...", "The Turkish announcement followed ...": the issuer before the noun.
OWNED_REFERENCE = lazy_compile(
    r"(?:'s|’s)? (?:latest |new |official )?(?P<noun>announcement|statement|remarks|comments)\b"
)
OWNER_BEFORE = True
OUTLET_NOUNS = ("agency", "newspaper", "paper", "daily", "channel", "broadcaster", "television", "radio", "website",
                "site")
# Phrases many speakers say: the same words from two of them are not a quotation given to the wrong one
# (checker/checks/attribution.py, quote-speakers; a phrase with a word or two around it counts too).
STOCK_PHRASES = (
    "no one is above the law",
    "nobody is above the law",
    "all options are on the table",
    "everything is on the table",
    "there is no military solution",
    "we are monitoring the situation closely",
    "we are closely monitoring the situation",
    "our thoughts and prayers are with",
    "thoughts and prayers are with the families",
    "it is what it is",
    "we will not be intimidated",
    "time will tell",
    "the investigation is ongoing",
    "this is not who we are",
    "we have no further comment",
    "we do not comment on",
    "i have no comment at this time",
)
# A country after a preposition is a place, not a government speaking ("the plane that took him to Israel").
PLACE_PREPOSITION = lazy_compile(
    r"\b(?:to|in|into|from|at|on|with|for|toward|towards|across|over|near|against|via)"
    r"\s+(?:the\s+)?$"
)
PLACE_CLITIC = None

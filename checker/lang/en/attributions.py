"""English reporting: cues, generic speakers, back-references, for the attribution annotator
(checker/annotate/attributions.py). Every pattern runs on the normalised (case-folded) text."""

import re

# The speaker stands before the verb ("Peskov said"), or after it behind a quote ("…," said Peskov).
SPEAKER_AFTER_VERB = False
VERB_CUE = re.compile(
    r"\b(?:said|says|told|tells|announced|announces|added|adds|stated|declared|noted|stressed|"
    r"confirmed|reported|reports|warned|insisted)\b"
)
SOURCE_CUE = re.compile(r"\b(?:according to|citing|quoting|cited by|quoted by)\b")
# A pronoun or generic noun right before a cue stands for an earlier speaker (groups "pronoun", "word").
GENERIC = re.compile(r"(?:\b(?P<pronoun>he|she|they)|\bthe (?P<word>ministry|department|office|statement|agency|"
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
CONTENT_START = re.compile(r"\bthat\b|[\"«:]|,")
SOURCE_CONTENT_START = r"\bthat\b"
QUOTE = r"\"([^\"\n]{2,600})\""
BACK_REFERENCE = re.compile(r"\b(?:this|that|the) (?:announcement|statement|remarks?|comments?)\b")
ISSUER_LEAD = re.compile(r"\b(?:from|by)(?: the)?(?: (?:government|authorities) of)? ?[\"«]?$")
OUTLET_NOUNS = ("agency", "newspaper", "paper", "daily", "channel", "broadcaster", "television", "radio", "website",
                "site")

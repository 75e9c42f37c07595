"""English words for outlets and sourcing (checker/checks/attribution.py); patterns run on normalised text."""

from checker.text.lazy_regex import lazy_compile

DESCRIPTORS = {"agency": "agency", "wire": "agency", "newspaper": "newspaper", "paper": "newspaper",
               "daily": "newspaper", "channel": "tv", "broadcaster": "tv", "television": "television",
               "radio": "radio", "website": "website", "site": "website"}
RIGHT_WORD = {"agency": "agency", "newspaper": "newspaper", "tv": "channel", "radio": "radio", "website": "website"}
DESCRIPTOR_BEFORE = lazy_compile(
    r"\b(?P<noun>agency|wire|newspaper|paper|daily|channel|broadcaster|television|radio|website|site) ?[\"«]?$"
)
DESCRIPTOR_AFTER = lazy_compile(r"^[\"»]? (?:news )?(?P<noun>agency|newspaper|daily|channel|broadcaster|website)\b")
# "Reuters, the British news agency,", "Al-Ahram, the Cairo daily,": the descriptor set off after the name.
APPOSITION = lazy_compile(
    r", (?:the|a|an) (?:[\w'’-]+ ){0,3}?(?:(?:news|state|state-run|state-owned|official) )*"
    r"(?P<head>(?P<noun>agency|wire|newspaper|paper|daily|channel|broadcaster|television|radio|website)(?: station)?)"
    r"(?=[,.;)]| (?:which|that|owned|based)\b)"  # not ", the agency said": a clause of its own
)
NOUN_IN_NAME = r"\b(?:agency|newspaper|news|television|radio|channel)$"
# Words before the descriptor noun that make a name which is also a word ("Kan", "CCTV") an outlet even when
# the noun is of the wrong type: "China's state newspaper CCTV", "Israeli public newspaper Kan".
OUTLET_QUALIFIER = lazy_compile(r"\b(?:state|state-run|state-owned|public|public-service|government-run) $")
ARTICLE = ""
FEMININE_ENDING = ""
DEMONYM_AFTER_NAME = False
# "the American agency TASS", "Russian state news agency TASS": the demonym before the descriptor.
DEMONYM_BEFORE_DESCRIPTOR = lazy_compile(
    r" (?:(?:state|state-run|state-owned|official|news|private|daily|wire) ?)*"
    r"(?:agency|wire|newspaper|paper|daily|channel|broadcaster|television|radio|website|site) [\"«]?"
)
PERSON_NOUNS = ""
PERSON_NOUN_CLITICS = ""
SOURCE_LINE_LABELS = ("source",)
NAME_CLITICS = ""
# "X told Reuters", "said on ZDF".
INTERVIEW_BEFORE = r"\btold|\bon"
INTERVIEW_CLITIC = None


def kind_phrase(kind: str) -> str:
    """"an agency", "a newspaper"."""
    return ("an " if kind[:1] in "aeiou" else "a ") + kind

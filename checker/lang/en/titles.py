"""English title grammar for the title annotator (checker/annotate/titles.py): "Russia's foreign minister
Sergey Lavrov", "the Russian foreign minister, Sergey Lavrov,", "Dmitry Peskov, the Kremlin spokesman"."""

# The annotator's reading order: the qualifier before the office ("Russian", "Russia's"), or after it with
# "of" / "for".
GRAMMAR = "qualifier-first"
CLITICS: tuple[str, ...] = ()
# "deputy foreign minister", "President-elect", "adviser to the president": not the office's holder.
BLOCKERS_BEFORE = """deputy vice assistant adviser advisor aide aides acting interim caretaker under special
    wife husband son daughter spokesman spokeswoman spokesperson office chief envoy candidate nominee
    post position role job elect incoming designate would-be shadow rival challenger opposition
    presidential former- campaign transition pick"""
HYPHEN_BLOCKS = False
ELECT_SUFFIX = "-elect"
SKIP_BEFORE = ("the", "of", "to", "for", "a", "an")  # read past these to the meaningful word before the office
COMPLEMENT_PREPOSITIONS = ("of", "to", "for")
OFFICE_COMPLEMENT = r"(?:of|for|to)\s+(?:the\s+)?"
FORMER_AFTER = ""
NOT_HOLDER_AFTER = ""
PLAIN_AFTER = ""
FORMER_BEFORE = ""
FILLERS = ""
ATTACHED_PREPOSITIONS: tuple[str, ...] = ()
PLURAL_FIRST_WORDS = ""
PLURAL_ENDINGS = ("ministers", "presidents", "spokesmen", "spokespeople", "secretaries", "leaders", "kings",
                  "ambassadors")
AND = "and"
AND_ATTACHED = False
# A name the knowledge does not know, right after a title: two to four capitalised words (particles
# between them), closed by punctuation or a lower-case word; group 1 is the name.
UNKNOWN_NAME = (r"[ \t]+((?:[A-Z][a-z]+)(?:[ -](?:(?:bin|bint|ibn|al|el|de|da|van|von|der|le|la)[ -])?[A-Z][a-z]+)"
                r"{1,3})(?=[,.;:!?)]|[ \t]+[a-z]|$)")
UNKNOWN_NAME_NEEDS_GIVEN_NAME = False  # capitals show a name
# Honorifics between a title and the name ("Saudi Crown Prince Prince Mohammed", "Kuwaiti Emir Sheikh Mishal").
HONORIFICS = "king queen prince princess sheikh sheikha emir sultan mr mrs ms dr"
ARTICLE = "the"  # "Peskov, the Kremlin spokesman": the title's span starts at its article
# "Peskov, a spokesman for the Foreign Ministry,": after a name and a comma, an indefinite title is still the
# name's apposition (an institution has several spokespeople); elsewhere "a" makes the office a description.
INDEFINITE_ARTICLES = ("a", "an")
# A name before the title with no comma between: a language that writes it so (Arabic) lists the verbs of
# saying that make the name their subject; English does not.
APPOSITION_AFTER_VERBS = ""
TITLE_CLOSERS = ""
TITLE_RELATIVES = ""
# "..., Oleh Nikolenko, spokesperson for the Foreign Ministry, said": a name after a comma whose apposition is
# followed by a verb of saying is the speaker, not an item of a list ("Putin, Xi, the French president and ...").
SAID_AFTER_APPOSITION = r"said|says|told|added|wrote|announced|stated"
# An institution named without its country ("Foreign Ministry spokesperson X"): the pattern, and the kind of
# institution (institutions pack, `kind`) it may be. Read only with no country word before it.
GENERIC_INSTITUTIONS = {r"(?:Foreign Ministry|foreign ministry|Ministry of Foreign Affairs)": "foreign ministry"}
# "...his second term as US President, Tony Blair has said": a name after a comma is the title's holder only
# when the title opens with the article or a possessive.
APPOSITION_NEEDS_ARTICLE = True
# Before the office (or its qualifier): the role is over, plainly current, or not (yet) held; "the death of".
FORMER_BEFORE_WORDS = "former ex ex- then then- late onetime erstwhile death funeral"
PLAIN_BEFORE = "current outgoing new longtime veteran"
# "a prime minister Gordon Brown will make": an indefinite article makes the office a description.
NOT_HOLDER_BEFORE = """acting interim caretaker incoming designate future would-be next likely possible potential
    prospective aspiring a an pro- anti-"""
# "it's likely UK Foreign Secretary X made the suggestion": after a copula, such a word is what is said of the
# sentence, not of the title.
COPULA_BEFORE = r"(?i)\b(?:is|was|are|were|be|been|seems?|seemed|appears?|it['’]s|that['’]s|there['’]s)\s+\w+\s*$"
OF_WORDS = ("of", "for")  # "foreign minister of Russia", "spokeswoman for the Foreign Ministry"
# "the death of former minister X", "the impeachment trial of President X": the role the person is known for.
DEATH_WORDS = ("death", "funeral", "retirement", "resignation", "ouster", "impeachment", "trial")
FORMER_PREFIX = "ex-"
POSSESSIVES = ("'s", "’s")

"""English for the role checks (checker/checks/roles.py): words that set a sentence in the past, and the forms
of office names in a fix."""

import re

from checker.text.lazy_regex import lazy_compile

THEN_WORDS = (r"\bthen\b|\bat the time\b|\bnow-former\b|\bback then\b|\bwhile in office\b|\bin (?:his|her) first "
              r"(?:year|term)\b|\bduring (?:his|her|their) (?:time|tenure|term|presidency|administration)\b|"
              # "former Republican President Donald Trump": the party stands between "former" and the title.
              r"\bformer (?:republican|democratic|labou?r|conservative|liberal|gop)\b|\bin recent years\b|"
              # "Last year, press secretary Jen Psaki called ...", "Former Trump administration Defense Secretary X"
              r"\blast (?:year|month)\b|\bearlier this year\b|\byears ago\b|"
              r"\bformer \w+ (?:administration|white house)\b")

# -- the time frame of a title claim (checker/checks/roles.py: out-of-tenure) -------------------------------
# A clause in the future or a condition, or about a candidacy: the title is not claimed for the article's date
# ("President Trump will sign ...", "if President X ...", "his pick for Secretary of Defense Y"), or an
# appointment that the person takes up later ("the new president appointed as his prime minister X, who has a
# month to form a government": the knowledge dates the office from the swearing-in).
HYPOTHETICAL_WORDS = (r"\b(?:if|unless|whether|would|could|will|won't|shall|might|may|next|candidate|nominee|"
                      r"nominated|nominate|pick|picked|tapped|incoming|designate|to become|intends to|plans to|"
                      r"set to|expected to|appointed as|named as)\b")
# Words that set the sentence on the article's day: past verbs there report today's news.
CURRENT_WORDS = (r"\b(?:today|tonight|yesterday|this (?:week|month|morning|afternoon|evening)|monday|tuesday|wednesday|"
                 r"thursday|friday|saturday|sunday)\b")
# The word before a year named as a time ("in 2015"; a bare 2000 may be a count).
YEAR_BEFORE = r"\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Dd]uring) (?:early |late |mid-)?"
# A word right before the title that makes it a capacity of the past ("as vice president Biden pressured").
CAPACITY_WORDS = frozenset(("as",))
# After the name, a possessive: "President Trump's border wall" names a thing of his term.
POSSESSIVES = ("'s", "’s")
# Relative pronouns: a time in a relative clause is its noun's ("trips, which had been planned for 2021").
RELATIVE_WORDS = r"\b(?:which|who|whose|whom)\b"
TERM_HEADS: frozenset[str] = frozenset()  # English possession follows the name: POSSESSIVES
# A page's label before a caption or a video's title ("JUST WATCHED President Trump tells rioters ..."): the
# caption is of its own day, not the article's.
CAPTION_LABEL = r"\s*(?:[A-Z]{3,}[ \t]+){2,}"
# Words of a death and its aftermath: a dead person's title there is the one they held at death ("the late
# President Raisi", "President Raisi died", "the funeral of President Raisi").
DEATH_WORDS = (r"\b(?:late|died|dies|dead|death|deaths|killed|funeral|burial|buried|mourn\w*|condolences?|"
               r"memorial|tribute\w*|passed away|posthumous\w*|crash\w*|assassinat\w*|legacy|remembered)\b")
# Words of the end of a term told in the sentence: the title is the one held until that event ("Hamdok's
# resignation on Sunday", "ousted him from the post", "on his last day in office"). Read only for a term that ended.
END_OF_TERM_WORDS = (r"\b(?:resign|resigns|resigned|resigning|resignation|ousted|ouster|ousting|removal|removed from|"
                     r"relieved of|steps? down|stepped down|stepping down|left office|leaving office|"
                     r"(?:last|final) (?:day|days|week|weeks|hours?) in office)\b")
# Verbs that tell a person acting on the day, next to the name ("President Raisi said on Tuesday", "met"):
# with a word of the day, a dead person so told is an error.
ACTING_VERBS = frozenset("""says said tells told announces announced meets met visits visited arrives arrived
    signs signed urges urged warns warned calls called vows vowed receives received""".split())
# Verbs that report what was said: news tells today's statements in the past tense ("Lavrov said").
REPORTING_VERBS = frozenset("""said says told tells added stated announced warned wrote tweeted posted declared
    urged insisted noted argued claimed asked answered replied responded explained confirmed denied praised
    criticized criticised called vowed pledged promised threatened accused acknowledged admitted reiterated
    stressed emphasized suggested predicted according""".split())
# Words that open a reported clause: what the clause before them says is the reporter's frame, not the title's.
CLAUSE_OPENERS = frozenset(("that",))
# A title between terms: "the UK's new prime minister" the day before she takes office, "Outgoing Prime
# Minister X" the day after the successor is sworn in (the knowledge's dates are the swearing-in's).
TRANSITION_WORDS = frozenset("new newly outgoing incoming".split())
# A speaker writing in the first person (a transcript, an opinion piece): the title is the speaker's word.
FIRST_PERSON = r"\b(?:I|I['’]m|I['’]ve|[Mm]e|[Mm]y|[Ww]e|[Ww]e['’]re|[Ww]e['’]ve|[Uu]s|[Oo]ur)\b"  # not "US"
_MONTHS = "january february march april may june july august september october november december".split()
# News style abbreviates months before a day ("Jan. 6", "Sept. 11"): the abbreviation with its dot.
_MONTH_ABBREVIATIONS = {"Jan.": 1, "Feb.": 2, "Aug.": 8, "Sept.": 9, "Sep.": 9, "Oct.": 10, "Nov.": 11, "Dec.": 12}
_MONTH_DAY = lazy_compile(r"\b(" + "|".join([m.capitalize() for m in _MONTHS] + [re.escape(a[:-1]) + r"\."
                                                                          for a in _MONTH_ABBREVIATIONS])
                        + r")\.? (\d{1,2})\b(?!,? \d{4})")
# Irregular simple past forms of common verbs (regular ones end in "-ed").
_IRREGULAR_PAST = frozenset("""was were had did took made went came gave held led left met sat saw won lost ran
    put set began became brought built bought chose drove fought found got kept knew paid sent spent stood
    thought sold swore struck""".split())
# A speaker's label opening a paragraph of a transcript or a headline ("Kennedy: ...", "Pence: '...'").
# A caption's label of place is no speaker ("From left:", "Above:"): the caption after it names who is in the
# picture, in the writer's words. (A gallery's "Photos:" or "Watch:" heads pictures of their own day, left
# unjudged unless the caption names its own time: see GALLERY_LABEL.)
SPEAKER_LABEL = (r"(?!(?i:from|left|right|top|bottom|above|below|center|centre|clockwise|inset)\b)"
                 r"(?:[A-Z][\w.'’-]*[ \t]){0,3}[A-Z][\w.'’-]*:[ \t]")
# A gallery's or a video's label opening a caption ("Photos: Russia invades Ukraine ..."): the pictures are of
# their own day, so a caption is judged only against a time it names itself ("... on March 10", "in October 2021").
GALLERY_LABEL = r"(?:Photos?|Pictures|Gallery|Videos?|Watch|In pictures):[ \t]"
# A photo credit right after a sentence ("... into law. Vincent Thian/AP People take part ...", "Getty Images"):
# the sentence is a picture's caption, of the picture's own day, judged only against a time it names itself.
PHOTO_CREDIT = (r"[ \t]*(?:[A-Z][\w'’.-]*[ \t]){0,3}[A-Z][\w'’.-]*/[A-Z]|"
                r"[ \t]*(?:[A-Z][\w'’.-]*[ \t]){0,4}Getty Images\b")
# A picture showing the person ("the video shows", "pictured"): of the picture's own day.
PICTURE_WORDS = (r"\b(?:(?:video|photo|photograph|footage|image|picture)s? (?:shows?|showed|showing)|"
                 r"(?:seen|appears?|appeared) in (?:the|a) (?:video|photo|photograph|footage|image|picture))\b")
_LOWER_WORD = lazy_compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")
UNTIL_NOW = "present"
COMMA, SEMICOLON = ", ", "; "  # the separators of a list of roles or dates in an explanation
DEMONYM_NAMES_INSTITUTION = True  # "the Russian spokesman"
demonym_form = None  # English demonyms do not inflect: the first one fits
# An office name the offices pack lists as neither feminine nor masculine fits both ("president").
UNLISTED_OFFICE_FORM_GENDER: str | None = None


def office_name(gendered: list[str], names: list[str], surface: str) -> str | None:
    """Of the office's names in the person's gender (`gendered`, from the offices pack: "spokeswoman"), a
    singular one, capitalised as the text wrote it."""
    fitting = [n for n in gendered if not n.endswith("s")] or names
    if not fitting:
        return None
    name = fitting[0]
    if surface[:1].isupper():
        name = " ".join(w if w in {"of", "for"} else w[:1].upper() + w[1:] for w in name.split())
    return name


def former_title(title: str, feminine: bool, possessive_end: int | None, at_sentence_start: bool) -> str:
    """"former" before the office after a possessive ("Israel's former prime minister"), else before the
    title, capitalised only at the start of a sentence."""
    if possessive_end is not None:
        return f"{title[:possessive_end]}former {title[possessive_end:]}"
    return f"{'Former' if at_sentence_start else 'former'} {title}"


def narrative_past(words: list[str]) -> bool:
    """True when the words around a title hold a simple past verb that does not report speech: "President
    Trump signed the CARES Act", "when President Bush built the wall" (lower-case words only: names are not
    verbs)."""
    return any(word in _IRREGULAR_PAST or (word.endswith("ed") and len(word) > 4 and word not in REPORTING_VERBS)
               for word in words)


def told_in_past(words: list[str]) -> bool:
    """True when the words hold a verb in the simple past, reporting verbs included ("President Trump said after
    meeting her"): read only where the article shows elsewhere that it knows the person's title on its date."""
    return narrative_past(words) or any(word in _PAST_REPORTING for word in words)


_PAST_REPORTING = frozenset(word for word in REPORTING_VERBS if word.endswith("ed")) | {"said", "told", "wrote"}
# A sentence told in the past takes its time from the sentences before it in the paragraph ("The last message
# came on January 5. Shortly before midnight, Jordan forwarded ..."): only when its verb is past.
ANCHOR_NEEDS_PAST = True


def words_of(text: str) -> list[str]:
    """The lower-case words of `text`, in order (capitalised ones are names or the start of a title)."""
    return _LOWER_WORD.findall(text)


_MONTH_ALONE = lazy_compile(r"\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id-) (" +
                          "|".join(m.capitalize() for m in _MONTHS) + r")\b(?!,? \d)(?! \d{4})")


def months_named(text: str) -> list[int]:
    """The month of each month named without a day or a year, as a time ("in February", "since March")."""
    return [_MONTHS.index(m.group(1).lower()) + 1 for m in _MONTH_ALONE.finditer(text)]


_FULL_DATE = lazy_compile(r"\b(" + "|".join([m.capitalize() for m in _MONTHS] + [re.escape(a[:-1]) + r"\."
                                                                           for a in _MONTH_ABBREVIATIONS])
                         + r")\.? (\d{1,2}),? (\d{4})\b|\b(\d{1,2}) (" + "|".join(m.capitalize() for m in _MONTHS)
                         + r") (\d{4})\b")


def full_dates(text: str) -> list[tuple[int, int, int, int, int]]:
    """(year, month, day, start, end) of each date written in full ("June 1, 2022", "Jan. 6, 2021", "1 June
    2022"): a time read to the day, not by its year alone."""
    found = []
    for m in _FULL_DATE.finditer(text):
        month_word, day, year = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(5), m.group(4),
                                                                                          m.group(6))
        month = _MONTH_ABBREVIATIONS.get(month_word) or _MONTHS.index(month_word.lower()) + 1
        found.append((int(year), month, int(day), m.start(), m.end()))
    return found


def month_days(text: str) -> list[tuple[int, int]]:
    """(month, day) of each date written without a year ("July 7", "on March 27")."""
    return [(_MONTH_ABBREVIATIONS.get(m.group(1)) or _MONTHS.index(m.group(1).lower()) + 1, int(m.group(2)))
            for m in _MONTH_DAY.finditer(text)]

"""English casualty words: what the casualty annotator binds to a figure, and how checks name categories."""

import math

CATEGORY_LABELS = {"killed": "killed", "wounded": "wounded", "missing": "missing", "displaced": "displaced",
                   "detained": "detained"}
CATEGORY_JOINER = " and "
MAGNITUDES = ((100, "dozens"), (1_000, "hundreds"), (10_000, "thousands"), (100_000, "tens of thousands"),
              (1_000_000, "hundreds of thousands"), (math.inf, "millions"))

# -- the annotator (checker/annotate/casualties.py) ------------------------------------------------------
CLITICS: tuple[str, ...] = ()
CATEGORY_WORDS = {
    "killed": "killed killing kills dead deaths died fatalities martyred",
    "wounded": "wounded wounding injured injuring injuries hurt",
    "missing": "missing unaccounted",
    "displaced": "displaced homeless",
    "detained": "detained arrested prisoners hostages captives abducted kidnapped",
}
PERSON_FILLERS = ("people persons person civilians others other more individuals residents were was have has had "
                  "been are reportedly also of tourists passengers students migrants refugees pilgrims worshippers "
                  "prisoners inmates miners villagers man men boys girls teenagers teens personnel members "
                  "alleged suspected")
# The people a figure counts, named after one or two words that describe them ("2 elementary school
# children", "1,351 military personnel"): the nouns a figure may reach across such words.
COUNTED_NOUNS = ("people persons civilians individuals residents tourists passengers students migrants refugees "
                 "pilgrims worshippers prisoners inmates miners villagers men boys girls teenagers personnel members")
GROUPS = {
    "children": "children child kids minors pupils schoolchildren graders",
    "women": "women woman",
    "soldiers": "soldiers soldier troops officers servicemen",
    "fighters": "fighters militants gunmen insurgents rebels terrorists",
    "police": "police policemen",
    "medics": "medics paramedics doctors nurses",
    "journalists": "journalists reporters",
    "aid workers": "workers staff employees",
}
VERB_AFTER = ""  # English puts its verbs before the figure's words ("12 were treated"): none needed
# Words that may follow a figure whose casualty word came before it ("killed 12 in ...").
AFTER_BEFORE_CUE = ("in since on at after during across and when from near including among as while amid this last a "
                    "by with inside within")
CASE_NOUNS = ""  # "cases" after a figure count infections, never the dead
# Words that may stand between a casualty word and a figure after it ("the death toll rose to 48,000").
BEFORE_FILLERS = ("to toll rose risen has had have climbed reached stood stands standing at now is was the number "
                  "total of jumped increased")
CUES_BEFORE_FIGURE = ("killed killing kills wounded wounding injured injuring hurt detained arrested kidnapped "
                      "abducted displaced")
TOLL_WORDS = "toll number total"
NOUN_AFTER_TOLL = False
# A toll named by the word before it: "death toll" counts the killed.
TOLL_COMPOUNDS = {("death", "toll"): "killed"}
CONJUNCTION_PREFIXES: tuple[str, ...] = ()
COORDINABLE = ""
# A place between the person noun and the casualty word: "30,000 people in Gaza have been killed".
PLACE_AFTER_NOUN = "in inside across"
AND_WORDS = ("and", "or")  # "killed and wounded", "killed or injured": one figure for both
SUBJECT_ARTICLE = ""
PART_CUES = ("including", "among them", "of whom", "among whom")
RISE_TO = ("to", "reached", "at", "past", "above", "over", "passed", "surpassed", "topped", "exceeded", "crossed")
ILLNESS_PREPOSITION = ""
WOUND_OBJECTS = ""
# "The outbreak of the war" is no disease.
DISEASE = (r"\b(?:covid|coronavirus|virus|flu|influenza|cancer|disease|infections?|infected|cases|"
           r"outbreak(?! of (?:the )?(?:war|fighting|hostilities|violence|conflict|clashes))|mers|sars|"
           r"ebola|cholera|hiv|aids|patients|poisoning|poisoned)\b")
SCOPE_CUES = {
    "cumulative": "since october 7|since 7 october|since oct. 7|since oct 7|since the war began|since the start of "
                  "the war|since the war started|since the beginning of the war|since the conflict began|since the "
                  "start of the conflict|overall toll|overall death toll|total death toll|cumulative toll|"
                  # the war's toll told in the perfect: everything the war has done so far
                  "the war has killed|the war has so far killed|the war has now killed|the conflict has killed|"
                  "the offensive has killed|the war's death toll|the death toll from the war|the death toll in "
                  "the war|"
                  # a war by another name, in the perfect ("Israel's military campaign has killed"), or the
                  # figure "killed in the war" / since the fighting began
                  "campaign has killed|campaign has so far killed|campaign has now killed|bombardment has killed|"
                  "assault has killed|offensive has so far killed|operations have killed|war that has killed|"
                  "war which has killed|killed in the war|killed in the ensuing war|killed during the war|"
                  "since the fighting erupted|since the fighting began|since the fighting started|since the war "
                  "erupted|since the outbreak of the war|since the start of the fighting|since the start of israel's "
                  "bombardment|since the start of israel's offensive|since the start of israel's military|"
                  "since the war in gaza began|since the war in gaza started|since the gaza war began|"
                  "war in gaza that has killed|war in gaza which has killed|war in lebanon that has killed|"
                  "month-old military offensive|month-old offensive|month-long offensive|month-old war|"
                  "month-long war|months-long war|year-long war|year-old war",
    "day-since": "since dawn|since midnight|since this morning",
    "period": "since|so far this year|this year|that year|last year|each year|every year|a year|per year|annually|"
              "in a year",
    "attack": "strike|airstrike|attack|assault|bombing|blast|explosion|shelling|shooting|raid|crash|accident|stampede|"
              "fire|collapse|ambush|massacre|earthquake|quake",
    "rising": "death toll rose|death toll has risen|toll rose|toll has risen",
    "day": "past 24 hours|last 24 hours|on monday|on tuesday|on wednesday|on thursday|on friday|on saturday|"
           "on sunday|today|yesterday|overnight",
}

# "since" that opens an event, not a period: "since the explosion that killed 181" is the explosion's toll
# (normalised text; the word is dropped before the scope cues are read).
SINCE_EVENT = (r"(?<!\w)since (?=the (?:explosion|blast|attack|bombing|earthquake|quake|shooting|strike|airstrike|"
               r"crash|massacre)(?!\w))")


def counted_demonym(word: str, key: str) -> bool:
    """"Palestinians", "Israelis", "Ukrainians": capitalised plurals naming who was counted."""
    return len(word) >= 5 and word[0].isupper() and word[1:].islower() and word.endswith(("s", "i", "an", "ese"))


# -- the claim around a figure (checker/annotate/casualties.py) -------------------------------------------
# Words that may stand between "among them" and its figure: "Among them were 12 children."
PART_FILLERS = "were are was"
# Where a new clause opens inside a sentence (on the text as written): "40 were killed on Monday, bringing
# the toll since the war began to 48,000".
CLAUSE_BREAKS = r"[;:\u2014]|,(?![0-9])| -- |(?<!\w)(?:while|whereas|bringing|raising|taking|pushing)(?!\w)"
# One event of a kind, by its singular noun (normalised: lower case), in priority order.
EVENT_KINDS = {
    "earthquake": "earthquake|quake|the tremor",
    "air-crash": "plane crash|air crash|airliner crash|helicopter crash|the plane crashed|the jet crashed|"
                 "plane crashes|helicopter crashes|helicopter crashed",
    "crash": "bus crash|car crash|road accident|train crash|train collision|traffic accident|the bus|the train|"
             "collision|pile-up|crash|ferry sinking|boat sinking|shipwreck",
    "attack": "strike|airstrike|air strike|drone strike|missile strike|bombing|blast|explosion|shooting|"
              "suicide attack|attack|the raid|a raid|the ambush",
    # One event of no kind with a record of its own: bounded by the largest of any single event.
    "incident": "the accident|an accident|the incident|an incident",
}
SOURCE_CUE = r"(?<!\w)(?:according to|citing|cited by)\s+(?P<source>(?:the\s+)?\S+(?:\s+(?!in\b|on\b|since\b)\S+){0,2})"
UPDATE_CUES = (r"(?<!\w)(?:rose|risen|rising|climbed|climbing|jumped|increased|updated|revised|later|earlier|"
               r"initially|first reported|new toll|previous toll|bringing|raising|now stands)(?!\w)")
# Another event of the kind: "another strike", "a separate attack" ("another 240 were taken hostage" is not).
# A toll of both sides together ("nearly 1,600 on both sides"): no one people's toll (normalised text).
BOTH_SIDES = (r"(?<!\w)(?:both sides|on each side|combined toll|israelis and palestinians|palestinians and "
              r"israelis)(?!\w)")
OTHER_EVENT_CUES = (r"(?<!\w)(?:another|second|separate|other|earlier)\s+(?:[\w-]+\s+)?(?:strike|airstrike|attack|"
                    r"bombing|blast|explosion|shooting|raid|crash|earthquake|quake|incident|accident|shelling|"
                    r"ambush|collision)s?(?!\w)")
DEMONYM_ENDINGS = ("s",)  # "Palestinians" is "Palestinian"
# A share taken of the figure that follows ("70% of Gaza's 2.3 million residents", "half of the 40 people"):
# the figure is the whole, not the casualties; searched in the 40 characters before it, up to the figure.
SHARE_OF_BEFORE = (r"(?i)(?:%|\bpercent|\bper cent|\bhalf|\bthird|\bquarter|\bmost|\bmajority)\s+of\s+(?:the\s+)?"
                   r"(?:\S+'s\s+)?$")
HYPOTHETICAL_CUES = r"\b(?:could|would|might|plot|plotted|planned|aimed to|attempted to|feared)\b"
# English names a toll before its verb ("the death toll in Gaza rose to"): no name is read from the words
# before the figure, and a toll without a place is never compared.
TOLL_NAME_ENDS: tuple[str, ...] = ()
# A figure told as something that happened on one occasion, in the simple past ("strikes killed 40 people",
# "40 people were killed", "12 died"), not as a toll to date ("have been killed", "Israel has killed 45,000",
# "has left 3,300 dead"): a day's figure told with no window reads like this (normalised clause).
# A spell of strikes in the perfect ("Israeli strikes have killed 100 across Gaza") is often a day's too.
NARRATED = (r"(?<!\w)(?:strikes|airstrikes|attacks|raids|bombings|shelling)\s+(?:have|has)\s+(?:\w+\s+)?"
            r"(?:killed|left)(?!\w)|(?<!\w)(?:were|was)\s+(?:\w+\s+)?(?:killed|wounded|injured|hurt)(?!\w)|"
            r"(?<!has )(?<!have )(?<!had )(?<!\w)died(?!\w)|"
            r"(?<!has )(?<!have )(?<!had )(?<!been )(?<!\w)(?:killed|wounded|injured)\s+"
            r"(?:(?:at least|more than|over|nearly|about|some|around|roughly|almost)\s+)?[0-9]")
TOLL_TO_DATE_NEEDS_TOLL_WORD = False  # the verb tells it: "have been killed", "has left ... dead"
DEFINITE_EVENT = (r"\b(?:the|that|this) (?:strike|airstrike|attack|blast|explosion|bombing|shooting|raid|crash|"
                  r"earthquake|quake)\b")
# Words before a place that say the casualties happened there ("killed in Aleppo"); clitics that say it too.
LOCATIVES = "in at near inside across within"
PLACE_ARTICLES = "the"  # "in the West Bank": the article between the locative and the place
LOCATIVE_CLITICS: tuple[str, ...] = ()
CONJUNCTIONS: tuple[str, ...] = ()  # clitics glued to a locative or a place that leave its reading alone
# A reporting cue between a place and a figure makes the place the speaker's, not where the casualties
# happened ("officials in Bahrain said 1,000 were killed", "..., according to officials in Kyiv") (normalised).
SPEAKER_CUES = (r"(?<!\w)(?:said|says|told|tells|announced|added|stated|declared|reported|reports|confirmed|warned|"
                r"estimated|according to|citing|quoting)(?!\w)")
# Words right before a place (normalised, up to the place) that make it where people came from: not where a
# figure happened ("refugees from Aleppo said 300,000 were killed"), but where the displaced were displaced.
PLACE_ORIGIN_BEFORE = r"(?<!\w)from\s+(?:the\s+)?$"
# Words right before a place (normalised, up to the place) that make it not where the figure happened: a
# destination ("fled to Rafah", "moved into Pakistan"), a comparison ("than Bahrain", "the population of
# Bahrain") or a foreign-affairs speaker ("the ambassador of Qatar").
PLACE_ASIDE_BEFORE = (r"(?<!\w)(?:into|than|(?:fled|flee|fleeing|flown|moved|moving|went|going|travell?ed|"
                      r"travell?ing|returned|returning|sent|heading|headed|evacuated|displaced|transferred|deported|"
                      r"relocated|visit|trip|journey|way|crossed|arrived|came|coming)\s+(?:back\s+)?(?:to|toward|"
                      r"towards)|(?:population|residents|inhabitants|ambassador|embassy|envoy|foreign minister|"
                      r"foreign ministry) of)\s+(?:the\s+)?$")
# The words right after a place (as written) that make it a foreign-affairs speaker's: "Bahrain's foreign
# minister", "Qatar's ambassador".
PLACE_ASIDE_AFTER = r"['\u2019]s\s+(?:foreign\s+minist(?:er|ry)|ambassador|embassy|envoy)\b"
# A city's name in the name of the province around it ("Homs province", "the Kharkiv region", "rural
# Damascus"): the words right after it (as written), and right before it (normalised, up to the name).
PROVINCE_AFTER_NAME = r"\s+(?:[Pp]rovinces?|[Rr]egion|[Oo]blast|[Gg]overnorate|[Cc]ountryside|[Dd]istrict|[Ss]tate)\b"
PROVINCE_BEFORE_NAME = r"(?<!\w)(?:rural|province of|governorate of|countryside of)\s+(?:the\s+)?$"
# A place named in a sentence, known to the packs or not (as written): a place noun before a name, or a
# capitalised name after a locative ("the island of Crete", "in Fotokol"): then a dateline is not where it happened.
PLACE_NAMED = (r"\b(?:[Tt]own|[Cc]ity|[Vv]illage|[Ii]sland|[Pp]rovince|[Rr]egion|[Dd]istrict|[Cc]amp) of [A-Z]|"
               r"\b(?:in|at|near) (?:the )?[A-Z][a-z]")
# A place before the figure is where it happened when an event struck it ("missile strikes on the southern
# Ukrainian city of Zaporizhzhia killed 80 people"): matched on the lower-cased text up to the place.
EVENT_AT_PLACE = (r"(?<!\w)(?:(?:strikes?|airstrikes?|attacks?|bombings?|shelling|raids?|bombardment|blasts?|"
                  r"explosions?|shooting|earthquake|quake|crash)\s+(?:on|in|at|near|against|targeting)|"
                  r"(?:bombardment|shelling|siege|invasion)\s+of)\s+(?:[\w'-]+\s+){0,5}$")
# Words that may follow a figure and leave its noun unsaid: "and 380 injured", "80 had been wounded": the
# figure counts the people of the figure before it.
ELIDING_WORDS = "were was have has had been are others other"
GROUP_OF = "of among"  # "the number of children killed", "the toll among journalists"

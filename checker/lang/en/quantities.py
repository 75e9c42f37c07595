"""English number words, modifiers and units for the quantity reader (checker/text/quantities.py)."""

_SMALL = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
          "seventeen eighteen nineteen").split()

NUMBER_WORDS = [
    *((word, "unit", value, {}) for value, word in enumerate(_SMALL, start=1)),
    *((word, "tens", value * 10, {}) for value, word in
      enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)),
    ("hundred", "hundred", 100, {}),
    ("dozen", "hundred", 12, {}),  # a multiplier of what precedes it, like hundred
    *((word, "scale", scale, {}) for word, scale in
      (("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12))),
    *((word, "scale", scale, {"plural": True}) for word, scale in
      (("thousands", 1e3), ("millions", 1e6), ("billions", 1e9), ("trillions", 1e12))),
    ("hundreds", "vague", 100, {"low": 200, "high": 999}),
    ("dozens", "vague", 10, {"low": 24, "high": 99}),
    ("tens", "vague", 10, {"low": 20, "high": 99, "needs_scale": True}),
    ("scores", "vague", 20, {"low": 40, "high": 199}),  # only in "scores of": test scores are no count
    ("several", "few", 0.0, {"low": 3, "high": 9}),
    ("few", "few", 0.0, {"low": 2, "high": 9}),
    ("half", "fraction", 0.5, {}),
    ("quarter", "fraction", 0.25, {}),
    ("a an", "a", 1, {}),
    ("and", "and", 0.0, {}),
    ("of", "of", 0.0, {}),
]
PREFIXES = ("",)
ARTICLE_PREFIXES: tuple[str, ...] = ()
SHORT_WORD_PREFIXES = ("",)
CONJUNCTIONS = ""
PART_JOINERS: tuple[str, ...] = ()  # "1 million 200 thousand" needs none; "3 million and 200,000" may be two figures
ARTICLE = ""
AND_HALF = ""
HALF_SCALES: tuple[str, ...] = ()

MODIFIERS_BEFORE = {
    "more-than": ["more than", "over", "upwards of", "in excess of"],
    "at-least": ["at least", "no fewer than", "no less than", "not less than"],
    "about": ["about", "around", "approximately", "roughly", "some", "an estimated", "an estimate of"],
    "nearly": ["nearly", "almost", "close to", "just under"],
    "up-to": ["up to", "as many as", "no more than", "not more than"],
    "less-than": ["less than", "fewer than", "under", "below"],
}
MODIFIER_CLITICS = ""
MODIFIERS_AFTER: dict[str, list[str]] = {}
UNITS = {
    "percent": ["%", "٪", "percent", "per cent", "pct"],
    "currency": ["dollars", "dollar", "euros", "euro", "pounds", "sterling", "riyals", "dirhams", "dinars",
                 "shekels", "rubles", "roubles", "yen", "yuan", "usd", "eur"],
    "distance": ["km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "metres", "meters",
                 "metre", "meter"],
    "area": ["square kilometres", "square kilometers", "square miles", "sq km", "km2", "hectares", "acres"],
    "weight": ["tonnes", "tons", "tonne", "ton", "kg", "kilograms", "kilos"],
    "time": ["seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "centuries"],
}
MONTHS = ("january february march april may june july august september october november december "
          "jan feb mar apr jun jul aug sep sept oct nov dec")
YEAR_CUES = ("year", "in", "since", "until", "by")
# "In 2020 people voted": an English year is followed by any noun, so none makes four digits a count.
COUNTED_AFTER_YEAR: tuple[str, ...] = ()
HIJRI_MARKS: tuple[str, ...] = ()
ONE = ("one",)
BEFORE_PRONOUN_ONE = tuple("no any every the this that each which someone anyone".split())  # "no one"
OF_AFTER_VAGUE = ("of",)
OF_AFTER_WORDS = ("of",)  # "two million of dollars" is rare, "thousands of dollars" common
OF_BEFORE_MONTH = ("of",)  # "18th of May"
ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")
DIGIT_SUFFIX_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12}
NEEDS_OF = ("scores",)  # "scores of people"; "test scores" are no count
A_WORDS = ("a", "an")
FEW_AFTER_A = ("few",)  # "a few thousand"
DOT_GROUPS_THOUSANDS = False
PLURAL_SCALE_AFTER_DIGITS = False  # "3 thousands" is not English: the digits stand alone

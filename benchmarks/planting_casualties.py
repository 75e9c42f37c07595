"""Planted casualty errors found by a reader of their own: plain patterns for a figure and its casualty word,
and the knowledge (places with populations, reference tallies, event records), never the checker's casualty
annotator. A site is used only where the checker says nothing of the casualty family on the original.

Types (each registered in `TYPES` of accuracy_planting.py):
- ratio: one event with fewer than 100 killed, its wounded figure times 1,000, beyond the pager record's bound;
- magnitude: the killed figure of one event (a singular strike, blast, crash, earthquake) set to 2 million;
- population: a figure of a sentence naming a country or region (not only as an origin or a destination) set to
  twice its largest population;
- part-whole: "including N children" / «بينهم N طفلا» set to twice its total;
- conflicting: the sentence of a toll repeated right after it with a tenth of the figure;
- wounded-1000x: the wounded figure beside a killed figure of at least 100, times 1,000;
- above-population: the last figure of a sentence naming a country or region (as population), twice its largest
  population;
- part-above-total: a part of a toll (more groups than part-whole, or opening the next sentence) twice its total.
(reference and second-toll, of a war's toll confirmed by a tally: planting_tolls.py)
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from accuracy_planting import Plant, _overlaps, insert_after, replace

if TYPE_CHECKING:
    from checker.analysis import Analysis
    from checker.models import Finding

# Not a figure followed by "-": "20-year-old", "5-member" are adjectives, not counts.
_NUMBER = r"(?<![\d,.])(?P<n>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?![\d,.%-])"
_BEFORE = {  # a casualty word, then (with a modifier) the figure
    "ar": (r"(?:مقتل|استشهاد|استشهد|قتل|وفاة|مصرع|لقي)\s+(?:(?:أكثر من|نحو|حوالي|قرابة)\s+)?",
           r"(?:إصابة|أصيب|جرح)\s+(?:(?:أكثر من|نحو|حوالي|قرابة)\s+)?"),
    "en": (r"\b(?:killed|killing|kills)\s+(?:(?:at least|more than|about|nearly|some)\s+)?",
           r"\b(?:wounded|injured|wounding|injuring)\s+(?:(?:at least|more than|about|nearly|some)\s+)?"),
}
_AFTER = {  # the figure, then its casualty word
    "ar": (r"\s+(?:قتيلا|قتلى|قتيل|شهيدا|شهداء|شهيد|شخصا\s+مصرعهم)", r"\s+(?:جريحا|جرحى|جريح|مصابا|مصابين)"),
    "en": (r"\s+(?:(?:people|persons|civilians|others)\s+)?(?:(?:were|have been|had been)\s+)?(?:killed|dead|died)\b",
           r"\s+(?:(?:people|persons|civilians|others)\s+)?(?:(?:were|have been|had been)\s+)?(?:wounded|injured)\b"),
}
_ONE_EVENT = {
    "ar": re.compile(r"(?<!\w)(?:[وب]?ال)?(?:غارة|انفجار|تفجير|هجوم|زلزال|حادث|حادثة)(?!\w)"),
    "en": re.compile(r"\b(?:strike|airstrike|blast|explosion|bombing|shooting|attack|raid|crash|earthquake)\b",
                     re.IGNORECASE),
}
_PERIOD = {  # a figure over a period or a war, not one event
    "ar": re.compile(r"منذ|خلال|حصيلة|إجمالي|حتى الآن|هذا العام|العام|الشهر|الأسبوع|غارات|هجمات"),
    "en": re.compile(r"\b(?:since|so far|this year|last year|month|week|toll|total|strikes|attacks|during)\b",
                     re.IGNORECASE),
}
_CUMULATIVE = {
    "ar": re.compile(r"منذ (?:بدء|بداية|اندلاع) (?:الحرب|العدوان)|منذ (?:7|السابع من) (?:أكتوبر|تشرين)"),
    "en": re.compile(r"\bsince (?:the (?:war|conflict) (?:began|started)|the start of the war|oct(?:ober|\.)? 7|"
                     r"7 october)\b", re.IGNORECASE),
}
_UPDATE = {"ar": re.compile(r"ارتفع|ارتفاع|حصيلة جديدة|محدثة"),
           "en": re.compile(r"\b(?:rose|risen|climbed|updated|later|earlier)\b", re.IGNORECASE)}
_DISEASE = re.compile(r"كورونا|كوفيد|فيروس|وباء|مرض|covid|coronavirus|virus|pandemic|cases", re.IGNORECASE)
_PART = {
    "ar": re.compile(r"(?:بينهم|منهم)\s+" + _NUMBER.replace("?P<n>", "?P<part>")
                     + r"\s+(?:طفلا|أطفال|امرأة|نساء|سيدة)"),
    "en": re.compile(r"\b(?:including|among them)\s+" + _NUMBER.replace("?P<n>", "?P<part>")
                     + r"\s+(?:children|women|medics|journalists)\b"),
}
# The pager attack of 2024 (rules/knowledge/event_records.yaml), three times over: the small-event ratio bound.
_RECORD_WOUNDED, _RECORD_RATIO, _SMALL_MARGIN = 2800, 2800 / 12, 3
_TWO_MILLION = 2_000_000


def _written(value: int, like: str, lang: str) -> str:
    # English news groups thousands ("2,066"); a bare 2066 would read as a year, to any reader.
    return f"{value:,}" if "," in like or (lang == "en" and value >= 1_000) else str(value)


def _value(surface: str) -> int:
    return int(surface.replace(",", ""))


# What a figure after "killed" may count that is not people: "killed 733,000 heads of livestock".
_NOT_PEOPLE = {
    "ar": re.compile(r"\s*(?:رأس|رؤوس|من الماشية|من المواشي|من الحيوانات|من الطيور|دجاجة|طير|حيوان|مرة|أضعاف)"),
    "en": re.compile(r"\s*(?:heads?|livestock|cattle|sheep|goats|animals|birds|chickens|poultry|fish|dogs|cows|"
                     r"times)\b",
                     re.IGNORECASE),
}


def _figures(sentence: str, lang: str, which: int) -> list[re.Match[str]]:
    """The figures of one category (0: killed, 1: wounded) in a sentence, by the plain patterns."""
    found = [m for m in re.finditer(_BEFORE[lang][which] + _NUMBER, sentence)
             if not _NOT_PEOPLE[lang].match(sentence, m.end())]
    found += [m for m in re.finditer(_NUMBER + _AFTER[lang][which], sentence)]
    return sorted(found, key=lambda m: m.start("n"))


def _quiet(findings: Sequence[Finding], start: int, end: int) -> bool:
    return not _overlaps(findings, "casualties", start, end)


def _sentences(analysis: Analysis) -> list[tuple[int, str]]:
    """(start, text) of every sentence on one line, not about a disease."""
    text = analysis.text
    return [(s.start, text[s.start:s.end]) for s in analysis.sentences
            if "\n" not in text[s.start:s.end].strip() and not _DISEASE.search(text[s.start:s.end])]


def find_ratio(analysis: Analysis, findings: Sequence[Finding], rng: random.Random) -> list[Plant]:
    """One event that killed fewer than 100, its wounded figure made 1,000 times larger where that passes the
    bound of the event with the most wounded for its dead on record."""
    lang, plants = analysis.lang, []
    for offset, sentence in _sentences(analysis):
        if not _ONE_EVENT[lang].search(sentence) or _PERIOD[lang].search(sentence):
            continue
        killed, wounded = _figures(sentence, lang, 0), _figures(sentence, lang, 1)
        if len(killed) != 1 or len(wounded) != 1:
            continue
        dead, hurt = _value(killed[0].group("n")), _value(wounded[0].group("n"))
        planted = hurt * 1000
        if not 0 < dead < 100 or planted <= max(_RECORD_WOUNDED, _RECORD_RATIO * dead) * _SMALL_MARGIN:
            continue
        start, end = offset + wounded[0].start("n"), offset + wounded[0].end("n")
        if _quiet(findings, start, end):
            plants.append(replace("casualties/ratio", analysis.text, start, end,
                                  _written(planted, wounded[0].group("n"), lang)))
    return plants


def find_magnitude(analysis: Analysis, findings: Sequence[Finding], rng: random.Random) -> list[Plant]:
    """The killed figure of one event set to 2 million: above every event on record (the deadliest
    earthquake, about 830,000)."""
    lang, plants = analysis.lang, []
    for offset, sentence in _sentences(analysis):
        if not _ONE_EVENT[lang].search(sentence) or _PERIOD[lang].search(sentence):
            continue
        killed = _figures(sentence, lang, 0)
        if len(killed) != 1:
            continue
        start, end = offset + killed[0].start("n"), offset + killed[0].end("n")
        if _quiet(findings, start, end):
            plants.append(replace("casualties/magnitude", analysis.text, start, end,
                                  _written(_TWO_MILLION, killed[0].group("n"), lang)))
    return plants


def _place_names(knowledge: Any, lang: str) -> list[tuple[str, int]]:
    names = []
    for entity in knowledge.of_type("place"):
        population = entity.get("population")
        if entity.get("place_type", "country") in ("country", "region") and isinstance(population, int) \
                and population > 0 and not entity.get("ambiguous"):
            # A name the place or its country marks ambiguous (Georgia, also a US state) names no population.
            country = knowledge.get(entity.get("country") or "")
            ambiguous = {name for holder in (entity, country) if holder is not None
                         for name in (holder.get("ambiguous_names") or {}).get(lang, ())}
            # Short names only as capitals ("US", "U.S.", "UK"): "The U.S. military killed ..." names the US.
            own = [*entity.names.get(lang, ()), *(country.names.get(lang, ()) if country is not None
                                                   and entity.get("place_type") == "country" else ())]
            names += [(name, population) for name in dict.fromkeys(own)
                      if (len(name) >= 4 or (len(name) >= 2 and name.replace(".", "").isupper()))
                      and name not in ambiguous]
    return names


# A place named only as an origin or a destination ("fled from Aleppo", "moved into Pakistan", «عادوا إلى
# النمسا») is not where a figure happened: the population types plant beside the other places only.
_ORIGIN_OR_DESTINATION = {
    "ar": re.compile(r"(?:(?<!\w)(?:إلى|الى|نحو)\s+|(?:نزح|فر|هرب|لاجئ|نازح|قادم|عاد)\S*\s+(?:\S+\s+)?من\s+)$"),
    "en": re.compile(r"\b(?:from|into|to|toward|towards)\s+(?:the\s+)?$", re.IGNORECASE),
}


def _named_populations(analysis: Analysis, sentence: str, where_only: bool = False) -> list[int]:
    """The populations of the countries and regions the sentence names; with `where_only`, of those named
    elsewhere than only as an origin or a destination."""
    names = analysis.knowledge.derived(f"planting-place-names:{analysis.lang}",
                                       lambda knowledge: _place_names(knowledge, analysis.lang))
    # «ال» before a name in «ية» makes the adjective: «الحدود السورية» is the Syrian border, not Syria (سورية).
    # A name inside a longer one names a city or a body: "Mexico City", "Iran Human Rights", "Norway-based".
    longer = r"(?!\s+[A-Z]|-)" if analysis.lang == "en" else ""
    aside = _ORIGIN_OR_DESTINATION[analysis.lang]
    return [population for name, population in names
            if any(not (where_only and aside.search(sentence, 0, found.start()))
                   for found in re.finditer(r"(?<!\w)(?:[وفبل]{0,2}" + ("" if name.endswith("ية") else "(?:ال)?")
                                            + ")" + re.escape(name) + r"(?!\w)" + longer, sentence))]


def find_population(analysis: Analysis, findings: Sequence[Finding], rng: random.Random) -> list[Plant]:
    """A killed or wounded figure of a sentence naming a country or region, set to twice the population of
    the most populous place named."""
    lang, plants = analysis.lang, []
    for offset, sentence in _sentences(analysis):
        figures = _figures(sentence, lang, 0) + _figures(sentence, lang, 1)
        if not figures:
            continue
        populations = _named_populations(analysis, sentence, where_only=True)
        if not populations:
            continue
        figure = figures[0]
        start, end = offset + figure.start("n"), offset + figure.end("n")
        if _quiet(findings, start, end):
            plants.append(replace("casualties/population", analysis.text, start, end,
                                  _written(2 * max(populations), figure.group("n"), lang)))
    return plants


def find_part_whole(analysis: Analysis, findings: Sequence[Finding], rng: random.Random) -> list[Plant]:
    """"killed 30 people, including 12 children" -> "including 60 children": a part twice its total."""
    lang, plants = analysis.lang, []
    for offset, sentence in _sentences(analysis):
        for part in _PART[lang].finditer(sentence):
            totals = [m for m in _figures(sentence[:part.start()], lang, 0) + _figures(sentence[:part.start()], lang, 1)
                      if m.group("n") and not sentence[m.end():part.start()].count(".")]
            if not totals:
                continue
            total = max(totals, key=lambda m: m.start("n"))
            start, end = offset + part.start("part"), offset + part.end("part")
            if _quiet(findings, start, end) and _quiet(findings, offset + total.start("n"), offset + total.end("n")):
                plants.append(replace("casualties/part-whole", analysis.text, start, end,
                                      _written(2 * _value(total.group("n")), part.group("part"), lang)))
            break
    return plants


def find_conflicting(analysis: Analysis, findings: Sequence[Finding], rng: random.Random) -> list[Plant]:
    """A toll of one event or of the war, with one place named: its sentence repeated right after it with a
    tenth of the figure (a toll never falls, so no update explains it)."""
    lang, text, plants = analysis.lang, analysis.text, []
    for offset, sentence in _sentences(analysis):
        if not (_ONE_EVENT[lang].search(sentence) or _CUMULATIVE[lang].search(sentence)):
            continue
        killed = _figures(sentence, lang, 0)
        if len(killed) != 1 or _value(killed[0].group("n")) < 30 or len(_named_populations(analysis, sentence)) != 1:
            continue
        right = sentence.rstrip()
        if not right.endswith((".", "!", "?", "؟")):
            continue  # a headline run into the body: the repeated sentence would join it
        start, end = killed[0].start("n"), killed[0].end("n")
        if not _quiet(findings, offset, offset + len(right)):
            continue
        figure = _written(_value(killed[0].group("n")) // 10, killed[0].group("n"), lang)
        wrong = right[:start] + figure + right[end:]
        plants.append(insert_after("casualties/conflicting", text, offset + len(right), right, wrong,
                                   start, start + len(figure)))
    return plants


# The casualty-ratio rule leaves events with fewer killed alone (its `min_killed`): a wounded figure is made
# 1,000 times larger only beside a killed figure of at least this many.
MIN_KILLED_FOR_RATIO = 100


def find_wounded_1000x(analysis: Analysis, findings: Sequence[Finding], rng: random.Random) -> list[Plant]:
    """The one wounded figure of a sentence that also gives a killed figure of at least MIN_KILLED_FOR_RATIO,
    multiplied by 1,000."""
    lang, plants = analysis.lang, []
    for offset, sentence in _sentences(analysis):
        killed, wounded = _figures(sentence, lang, 0), _figures(sentence, lang, 1)
        # "were killed 103,000 were injured": one figure read as both is neither
        both = {m.start("n") for m in killed} & {m.start("n") for m in wounded}
        killed, wounded = [m for m in killed if m.start("n") not in both], [m for m in wounded
                                                                          if m.start("n") not in both]
        if len(wounded) != 1 or not killed or max(_value(m.group("n")) for m in killed) < MIN_KILLED_FOR_RATIO:
            continue
        start, end = offset + wounded[0].start("n"), offset + wounded[0].end("n")
        if _quiet(findings, start, end):
            plants.append(replace("casualties/wounded-1000x", analysis.text, start, end,
                                  _written(_value(wounded[0].group("n")) * 1000, wounded[0].group("n"), lang)))
    return plants


def find_above_population(analysis: Analysis, findings: Sequence[Finding], rng: random.Random) -> list[Plant]:
    """The last killed or wounded figure of a sentence naming a country or region (often the wounded, where
    casualties/population takes the first), set to twice the population of the most populous place named."""
    lang, plants = analysis.lang, []
    for offset, sentence in _sentences(analysis):
        figures = sorted(_figures(sentence, lang, 0) + _figures(sentence, lang, 1), key=lambda m: m.start("n"))
        populations = _named_populations(analysis, sentence, where_only=True) if figures else []
        if not populations:
            continue
        figure = figures[-1]
        start, end = offset + figure.start("n"), offset + figure.end("n")
        if _quiet(findings, start, end):
            plants.append(replace("casualties/above-population", analysis.text, start, end,
                                  _written(2 * max(populations), figure.group("n"), lang)))
    return plants


_PART_NOUNS = {
    "ar": r"(?:طفلا|أطفال|طفل|امرأة|نساء|سيدة|سيدات|جنديا|جنود|عسكريا|عسكريين|مدنيا|مدنيين|طالبا|طلاب|صحفيا|"
          r"صحفيين|مسعفا|مسعفين|شرطيا|رجال شرطة|أجنبيا|أجانب|فتاة|فتيات)",
    "en": r"(?:children|child|women|girls|boys|minors|teenagers|students|soldiers|troops|officers|police officers|"
          r"policemen|civilians|journalists|medics|doctors|aid workers|foreigners|tourists|Americans|[A-Z][a-z]+ns)",
}
# The part after its cue in the toll's sentence («بينهم 5 أطفال», "including 12 children", "of whom 3 women"),
# or opening the next sentence ("Among them were 12 children.", «وكان بين القتلى 5 أطفال»).
_PART_ANY = {
    "ar": re.compile(r"(?:بينهم|بينهن|منهم|منهن|من بينهم)\s+" + _NUMBER.replace("?P<n>", "?P<part>") + r"\s+"
                     + _PART_NOUNS["ar"] + r"(?!\w)"),
    "en": re.compile(r"\b(?:including|among them|among whom|of whom|of them)\s+(?:(?:were|are|was)\s+)?"
                     + _NUMBER.replace("?P<n>", "?P<part>") + r"\s+" + _PART_NOUNS["en"] + r"\b"),
}
_PART_OPENING = {
    "ar": re.compile(r"^\s*(?:و?كان\s+)?(?:و?من\s+)?(?:و?بين(?:هم| القتلى| الضحايا| المصابين| الجرحى))\s+"
                     + _NUMBER.replace("?P<n>", "?P<part>") + r"\s+" + _PART_NOUNS["ar"] + r"(?!\w)"),
    "en": re.compile(r"^\s*Among (?:them|the dead|the victims|those killed|the injured|the wounded) "
                     r"(?:were|are|was)\s+" + _NUMBER.replace("?P<n>", "?P<part>") + r"\s+" + _PART_NOUNS["en"]
                     + r"\b"),
}


def find_part_above_total(analysis: Analysis, findings: Sequence[Finding], rng: random.Random) -> list[Plant]:
    """A part of a toll («بينهم 12 طفلا», "including 12 children", "Among them were 12 children." opening the
    next sentence) raised to twice its total, the killed or wounded figure right before it."""
    lang, plants = analysis.lang, []
    sentences = _sentences(analysis)
    for index, (offset, sentence) in enumerate(sentences):
        opening = _PART_OPENING[lang].match(sentence)
        if opening and index > 0 and sentences[index - 1][0] + len(sentences[index - 1][1]) >= offset - 2:
            part, (whole_offset, whole_text) = opening, sentences[index - 1]
        else:
            part = _PART_ANY[lang].search(sentence)
            if not part:
                continue
            whole_offset, whole_text = offset, sentence[:part.start()]
        totals = _figures(whole_text, lang, 0) + _figures(whole_text, lang, 1)
        if not totals:
            continue
        total = max(totals, key=lambda m: m.start("n"))
        start, end = offset + part.start("part"), offset + part.end("part")
        if _quiet(findings, start, end) and _quiet(findings, whole_offset + total.start("n"),
                                                   whole_offset + total.end("n")):
            plants.append(replace("casualties/part-above-total", analysis.text, start, end,
                                  _written(2 * _value(total.group("n")), part.group("part"), lang)))
    return plants


FINDERS: dict[str, Callable[[Analysis, Sequence[Finding], Any], list[Plant]]] = {
    "casualties/ratio": find_ratio,
    "casualties/magnitude": find_magnitude,
    "casualties/population": find_population,
    "casualties/part-whole": find_part_whole,
    "casualties/conflicting": find_conflicting,
    "casualties/wounded-1000x": find_wounded_1000x,
    "casualties/above-population": find_above_population,
    "casualties/part-above-total": find_part_above_total,
}

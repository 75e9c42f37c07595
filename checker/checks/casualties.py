"""Casualty checks: figures off by orders of magnitude, or contradicting the article itself.

All of them read `analysis.annotation("casualty_facts")` (checker/annotate/casualties.py) and compare each
figure as the range its words state: a check fires only when no reading of the ranges is plausible.
Reference facts (populations, tallies by date) come from the knowledge packs (places.yaml, tallies/*.yaml).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from checker.annotate.casualties import (
    ATTACK,
    BOTH_SIDES,
    CUMULATIVE,
    KILLED,
    MISSING,
    PERIOD,
    UNKNOWN,
    WOUNDED,
    CasualtyFact,
    clause_spans,
)
from checker.frozen import frozen
from checker.lang import language
from checker.models import Finding, Fix
from checker.text.lazy_regex import lazy_compile
from checker.text.normalize import normalize_key

if TYPE_CHECKING:
    from checker.analysis import Analysis
    from checker.packs.model import Entity, KnowledgeBase, Rule, Tally

# Which tally column holds each category.
_TALLY_COLUMNS = {KILLED: "killed", WOUNDED: "injured"}


def magnitude_word(value: float, lang: str) -> str:
    """The vague magnitude word whose order of magnitude holds `value` (48,572 -> «عشرات الآلاف»)."""
    magnitudes = language(lang).casualties.MAGNITUDES
    for limit, word in magnitudes:
        if value < limit:
            return word
    return magnitudes[-1][1]


def _number(value: float) -> str:
    return f"{int(round(value)):,}"


def _range_text(fact: CasualtyFact) -> str:
    if fact.low == fact.high:
        return _number(fact.low)
    high = "∞" if math.isinf(fact.high) else _number(fact.high)
    return f"{_number(fact.low)}–{high}"


def category_label(category: str, lang: str) -> str:
    """The word for a casualty category (killed, wounded ...) in `lang`."""
    return language(lang).casualties.CATEGORY_LABELS[category]


def _categories_text(fact: CasualtyFact, lang: str) -> str:
    return language(lang).casualties.CATEGORY_JOINER.join(category_label(c, lang) for c in fact.categories)


def _figure(analysis: Analysis, fact: CasualtyFact) -> str:
    return analysis.text[fact.start:fact.end]


def _word_fix(analysis: Analysis, fact: CasualtyFact, word: str) -> Fix | None:
    """The magnitude word in place of the figure, unless the figure starts inside a word («العشرات»:
    «الـ» + «عشرات الآلاف» would not be Arabic)."""
    if fact.start > 0 and analysis.text[fact.start - 1].isalpha():
        return None
    return Fix(word, "unsafe")


# -- places, populations and tallies ---------------------------------------------------------------------

def _as_place(knowledge: KnowledgeBase, entity_id: str) -> str:
    """A country mention stands for its place entity (country/LB -> place/LB) when the packs have one."""
    if entity_id.startswith("country/"):
        place_id = "place/" + entity_id.split("/", 1)[1]
        if place_id in knowledge.entities:
            return place_id
    return entity_id


def _country_of(knowledge: KnowledgeBase, entity_id: str) -> str | None:
    """The country of a place (a country is its own)."""
    if entity_id.startswith("country/"):
        return entity_id
    entity = knowledge.get(entity_id)
    return entity.get("country") if entity is not None else None


def _population(entity: Entity | None) -> int | None:
    population = entity.get("population") if entity else None
    return population if isinstance(population, int) and population > 0 else None


def _population_known(entity: Entity, date: dt.date | None) -> bool:
    """The place's population holds on `date`: not on or after its `population_unknown_from` (a town whose
    people fled and where the displaced sheltered), nor on no date when it has one."""
    unknown_from = entity.get("population_unknown_from")
    return not unknown_from or (date is not None and date < dt.date.fromisoformat(str(unknown_from)))


def largest_place(knowledge: KnowledgeBase, fact: CasualtyFact, place_types: tuple[str, ...] = ("country", "region"),
                  date: dt.date | None = None) -> tuple[Entity, int] | None:
    """Where the figure happened: the most populous place of `where` (a city too: "in X", «في X», a
    dateline ...), else the most populous place of `place_types` its sentence names in no other role (the
    most lenient reading): never the speaker's place, an origin, a destination or a comparison ("officials in
    Bahrain said", "fled to Lebanon"), and never a city named elsewhere in the sentence (a conference in
    Arusha, a statement from Abuja). A place whose population is not known on `date` (`population_unknown_from`:
    the war's displaced sheltered there) is left out; so is it on no date."""
    if fact.where:
        found = _largest_of(knowledge, fact.where, ("country", "region", "city"), date)
        if found is not None:
            return found
    return _largest_of(knowledge, tuple(place for place in fact.places if place not in fact.aside), place_types, date)


def _largest_of(knowledge: KnowledgeBase, places: tuple[tuple[str, ...], ...],
                place_types: tuple[str, ...], date: dt.date | None) -> tuple[Entity, int] | None:
    best: tuple[Entity, int] | None = None
    for candidates in places:
        for entity_id in candidates:
            entity = knowledge.get(_as_place(knowledge, entity_id))
            population = _population(entity)
            if entity is None or entity.get("place_type", "country") not in place_types \
                    or not _population_known(entity, date):
                continue
            if population and (best is None or population > best[1]):
                best = (entity, population)
    return best


def tally_for(knowledge: KnowledgeBase, fact: CasualtyFact, reporters: tuple[str, ...] = ()) -> Tally | None:
    """The reference tally of the one place the sentence is about: exactly one named place has a tally,
    and every other place named is larger (a country around it), so a city's own toll is never compared.
    A sentence that names no place but the institution whose reports one tally is ("according to the Gaza
    health ministry", one of `reporters`) is about that tally's place."""
    by_place = {tally.place: tally for tally in knowledge.tallies.values() if "date" in tally.columns}
    reported = [tally for tally in by_place.values() if tally.reported_by and tally.reported_by in reporters]
    if not fact.places:
        return reported[0] if len(reported) == 1 else None
    found: list[Tally] = []
    others: list[int | None] = []
    for candidates in fact.places:
        places = [_as_place(knowledge, c) for c in candidates]
        with_tally = [by_place[p] for p in places if p in by_place]
        if with_tally:
            found.extend(t for t in with_tally if t not in found)
        else:
            others.append(max((_population(knowledge.get(p)) or 0 for p in places), default=0) or None)
    if not found and len(reported) == 1:
        # Only places elsewhere ("U.S.-led efforts"): the reporter's toll is its own place's, unless a place
        # of the same country is named (a city's toll, «رفح»).
        country = _country_of(knowledge, reported[0].place)
        inside = any(_country_of(knowledge, _as_place(knowledge, c)) == country
                     for candidates in fact.places for c in candidates)
        return None if inside else reported[0]
    if len(found) > 1:
        # Two places with tallies ("since the war in Gaza began, 600 were killed in the West Bank"): the one
        # where the figure happened, named after it in its clause.
        found = [tally for tally in found
                 if any(tally.place in {_as_place(knowledge, c) for c in candidates} for candidates in fact.where)]
    if len(found) != 1:
        return None
    own = _population(knowledge.get(found[0].place))
    if own and any(population is not None and population < own for population in others):
        return None
    return found[0]


def tally_value(tally: Tally, column: str, day: dt.date, *, max_gap_days: int = 31) -> tuple[dt.date, float] | None:
    """The latest figure of `column` on or before `day` (None outside the series or too long before)."""
    if column not in tally.columns or "date" not in tally.columns:
        return None
    value_index = tally.columns.index(column)
    dates = tally.dates
    # the points up to the first one after `day` (the series runs in date order), the latest with a figure
    cut = bisect_right(dates, day) if tally.dates_in_order else next(
        (index for index, when in enumerate(dates) if when > day), len(dates))
    best: tuple[dt.date, float] | None = None
    for index in range(cut - 1, -1, -1):
        point = tally.points[index]
        value = point[value_index] if value_index < len(point) else None
        if isinstance(value, (int, float)):
            best = (dates[index], float(value))
            break
    if best is None or (day - best[0]).days > max_gap_days:
        return None
    return best


def ratio_series(knowledge: KnowledgeBase, skip_days: int, min_killed: float) -> list[list[float]]:
    """injured/killed per report date of every tally that has both, after its first `skip_days` days."""
    series = []
    for tally in knowledge.tallies.values():
        columns = tally.columns
        if not {"date", "killed", "injured"} <= set(columns):
            continue
        killed_i, injured_i = columns.index("killed"), columns.index("injured")
        first = tally.dates[0] if tally.dates else None
        ratios = []
        for point, when in zip(tally.points, tally.dates, strict=True):
            killed, injured = point[killed_i], point[injured_i]
            if (isinstance(killed, (int, float)) and isinstance(injured, (int, float)) and killed >= min_killed
                    and first and (when - first).days >= skip_days):
                ratios.append(injured / killed)
        if ratios:
            series.append(ratios)
    return series


@frozen
class RatioBounds:
    low: float
    high: float
    typical: float  # the median of the series' medians: the expected ratio, for the proposed figure


def ratio_bounds(rule: Rule, knowledge: KnowledgeBase) -> RatioBounds:
    """Plausible wounded/killed bounds: the extremes of the reference series widened by `margin`."""
    from statistics import median  # here: the module (and fractions, decimal) is ~3 ms of every run's start

    params = rule.params
    series = ratio_series(knowledge, params["skip_days"], params["series_min_killed"])
    margin = params["margin"]
    if not series:
        return RatioBounds(*params["fallback_bounds"])
    return RatioBounds(min(min(s) for s in series) / margin, max(max(s) for s in series) * margin,
                       median(median(s) for s in series))


def _ratio_bounds_index(rule: Rule) -> tuple[str, Callable[[KnowledgeBase], RatioBounds]]:
    """The name of the ratio rule's bounds among the knowledge's indexes (its parameters decide them), and
    how to build them."""
    return (f"ratio-bounds:{rule.id}:{sorted(rule.params.items())}",
            lambda knowledge: ratio_bounds(rule, knowledge))


@frozen
class Record:
    """The most a recorded event of one kind reached in one column, and where that is written."""

    value: float
    source: str


RECORD_PREFIX = "tally/record-"
# Which record a kind of event falls back on when its own has no figure for a column: a plane crash's
# injured are bounded by the crash record; any kind's by the most any recorded event reached.
_RECORD_FALLBACK = {"air-crash": "crash"}


def event_records(knowledge: KnowledgeBase) -> dict[str, dict[str, Record]]:
    """kind -> tally column -> the largest value on record (rules/knowledge/event_records.yaml)."""
    found: dict[str, dict[str, Record]] = {}
    for tally in knowledge.tallies.values():
        if not tally.id.startswith(RECORD_PREFIX):
            continue
        kind = tally.id[len(RECORD_PREFIX):]
        for column in ("killed", "injured"):
            if column not in tally.columns:
                continue
            index = tally.columns.index(column)
            values = [point[index] for point in tally.points if isinstance(point[index], (int, float))]
            if values:
                found.setdefault(kind, {})[column] = Record(float(max(values)), tally.source)
    return found


def record_for(knowledge: KnowledgeBase, kind: str, column: str) -> Record | None:
    """The record of `kind` for `column`, through the fallbacks, else the largest of any single event."""
    records = knowledge.derived("casualty-event-records", event_records)
    while kind:
        if column in records.get(kind, {}):
            return records[kind][column]
        kind = _RECORD_FALLBACK.get(kind, "")
    singles = [each[column] for name, each in records.items()
               if name not in ("war", "ratio") and column in each]
    return max(singles, key=lambda record: record.value) if singles else None


def _combined_record(knowledge: KnowledgeBase, kind: str) -> Record | None:
    """The most the killed and the wounded of one event of `kind` can reach together: their records added."""
    killed, wounded = record_for(knowledge, kind, "killed"), record_for(knowledge, kind, "injured")
    if killed is None or wounded is None:
        return None
    source = killed.source if killed.source == wounded.source else f"{killed.source}; {wounded.source}"
    return Record(killed.value + wounded.value, source)


# -- check kinds -----------------------------------------------------------------------------------------

# A lower bound ("at least 18", "more than 100") is what the writer knew: read as at most this many times
# it when a figure is compared with another one of the same article.
LOWER_BOUND_SLACK = 1.5


def stated_high(fact: CasualtyFact, slack: float = LOWER_BOUND_SLACK) -> float:
    """The highest reading of a figure as the writer meant it: a lower bound up to `slack` times itself."""
    if fact.form in ("at-least", "more-than") and math.isinf(fact.high):
        return fact.low * slack
    return fact.high


def _facts(analysis: Analysis) -> list[CasualtyFact]:
    return analysis.annotation("casualty_facts")


def _geometric_middle(fact: CasualtyFact) -> float:
    return math.sqrt(max(fact.low, 1) * fact.high)


def casualty_ratio(rule: Rule, analysis: Analysis) -> Iterator[Finding]:
    """Wounded (and missing) against killed in one sentence, outside the bounds for every reading."""
    facts = _facts(analysis)
    min_killed = rule.params["min_killed"]
    bounds: RatioBounds | None = None
    by_sentence: dict[int, list[CasualtyFact]] = defaultdict(list)
    for fact in facts:
        by_sentence[fact.sentence].append(fact)
    for sentence in sorted(by_sentence):
        pair = _killed_and_wounded(analysis, by_sentence[sentence])
        if pair is None:
            continue
        dead, wounded = pair
        # All killed against a group's wounded: the group is a part of the wounded, so the true ratio is only
        # higher; too few wounded is then no evidence.
        part_of_wounded = dead.group is None and wounded.group is not None
        if dead.low < min_killed and not math.isinf(stated_high(dead)):
            yield from _small_event_ratio(rule, analysis, dead, wounded)
            continue
        most_killed = stated_high(dead)
        if math.isinf(most_killed):
            continue
        bounds = bounds or analysis.knowledge.derived(*_ratio_bounds_index(rule))
        smallest, largest = wounded.low / most_killed, wounded.high / max(dead.low, 1)
        # A year of road crashes injures about sixty for each death: a period's figures get `period_margin`.
        too_high = smallest > bounds.high * (rule.params["period_margin"] if PERIOD in (dead.scope, wounded.scope)
                                             else 1)
        # Few wounded for many killed happens in single events (a crash, an execution): only a war's toll.
        too_low = (largest < bounds.low and dead.scope == CUMULATIVE and wounded.categories == (WOUNDED,)
                   and not part_of_wounded)
        if not (too_high or too_low):
            continue
        expected = _geometric_middle(dead) * bounds.typical
        word = magnitude_word(expected, analysis.lang)
        slip = _thousand_slip(analysis, wounded, bounds.high * dead.low) if too_high else None
        if slip is not None and int(slip.replacement.replace(",", "")) < bounds.low * dead.high:
            slip = None  # a thousandth of the figure would be too few: not a slipped ",000"
        yield rule.finding(
            wounded.start, wounded.end, analysis.lang,
            explanation=_ratio_explanation(analysis, dead, wounded, bounds, word),
            fix=slip or _word_fix(analysis, wounded, word),
            figure=_figure(analysis, wounded), killed=_figure(analysis, dead),
            ratio=f"{smallest:.0f}" if too_high else f"{largest:.2f}",
            low=f"{bounds.low:.2f}", high=f"{bounds.high:.0f}",
        )


def _killed_and_wounded(analysis: Analysis, here: list[CasualtyFact]) -> tuple[CasualtyFact, CasualtyFact] | None:
    """The killed and the wounded figure of one sentence that count the same people: the only pair of the
    sentence, else the only pair of one clause ("1,655 were killed and 3,000 injured in Chile; 61 died in
    Hawaii"). The same group, or all killed against a group's wounded (a part of all the wounded)."""
    killed = [f for f in here if f.categories == (KILLED,)]
    hurt = [f for f in here if WOUNDED in f.categories and set(f.categories) <= {WOUNDED, MISSING}]
    if len(hurt) != 1 or not killed:
        return None
    wounded = hurt[0]
    if len(killed) > 1:
        sentence = analysis.sentences[wounded.sentence]
        clause = next(span for span in clause_spans(analysis.text, sentence.start, sentence.end, analysis.lang)
                      if span[0] <= wounded.start < span[1])
        killed = [f for f in killed if clause[0] <= f.start < clause[1]]
    if len(killed) != 1 or killed[0].group not in (wounded.group, None):
        return None
    return killed[0], wounded


def _small_event_ratio(rule: Rule, analysis: Analysis, dead: CasualtyFact,
                       wounded: CasualtyFact) -> Iterator[Finding]:
    """One event with few killed: the wounded bounded by the event with the most wounded for its dead on
    record (the pager attack in Lebanon, 2024: 12 killed, 2,800 injured), widened by `small_margin`:
    max(its wounded, its ratio x killed) x margin. A raid that kills 6 cannot wound 20,000."""
    if dead.scope != ATTACK and dead.event is None:
        return
    record = record_for(analysis.knowledge, "ratio", "injured")
    record_killed = record_for(analysis.knowledge, "ratio", "killed")
    if record is None or record_killed is None or wounded.categories != (WOUNDED,):
        return
    margin = rule.params["small_margin"]
    most_killed = max(stated_high(dead), 1)
    bound = max(record.value, record.value / record_killed.value * most_killed) * margin
    if wounded.low <= bound:
        return
    fix = _thousand_slip(analysis, wounded, bound)
    yield rule.finding(
        wounded.start, wounded.end, analysis.lang,
        explanation=language(analysis.lang).explanations.SMALL_EVENT_RATIO.format(
            wounded=_range_text(wounded), killed=_range_text(dead), bound=_number(bound),
            record=_number(record.value), record_killed=_number(record_killed.value),
            source=analysis.knowledge.source_name(record.source, analysis.lang)),
        fix=fix, figure=_figure(analysis, wounded), killed=_figure(analysis, dead),
        ratio=f"{wounded.low / most_killed:.0f}", low="0", high=_number(bound / most_killed),
    )


def _thousand_slip(analysis: Analysis, fact: CasualtyFact, bound: float) -> Fix | None:
    """A figure written in digits that ends in a spurious thousand ("30,000" for 30): the figure divided by
    1,000 when that fits the bound, else no fix."""
    surface = _figure(analysis, fact)
    digits = surface.replace(",", "")
    if not (digits.isdigit() and digits.isascii()) or int(digits) % 1000 or int(digits) // 1000 > bound:
        return None
    value = int(digits) // 1000
    return Fix(f"{value:,}" if "," in surface and value >= 1000 else str(value), "unsafe")


def _ratio_explanation(analysis: Analysis, dead: CasualtyFact, wounded: CasualtyFact, bounds: RatioBounds,
                       word: str) -> str:
    return language(analysis.lang).explanations.CASUALTY_RATIO.format(
        wounded=_range_text(wounded), categories=_categories_text(wounded, analysis.lang), killed=_range_text(dead),
        low=bounds.low, high=bounds.high, typical=bounds.typical, word=word)


def exceeds_population(rule: Rule, analysis: Analysis) -> Iterator[Finding]:
    """A figure larger than the share of the population of the largest place its sentence names."""
    shares, place_types = rule.params["max_share"], rule.params["place_types"]
    for fact in _facts(analysis):
        share = max(shares.get(c, 0.5) for c in fact.categories)
        place = largest_place(analysis.knowledge, fact, place_types, analysis.date)
        if place is not None and not _of_its_people(fact, place[0]):
            # Not a share of the town's people: of the country or region the sentence names, if any.
            place = largest_place(analysis.knowledge, replace(fact, where=()), place_types, analysis.date)
        if place is None or fact.low <= place[1] * share:
            continue
        entity, population = place
        label = entity.label(analysis.lang)
        year = entity.get("population_year") or ""
        yield rule.finding(
            fact.start, fact.end, analysis.lang,
            explanation=_population_explanation(analysis.lang, fact, label, population, year, share,
                                                analysis.knowledge.source_name(entity.get("population_source")
                                                                               or "", analysis.lang)),
            figure=_figure(analysis, fact), place=label, population=_number(population),
            share=_share_text(share, analysis.lang),
        )


# Who may be counted in a town beyond its people: an army or armed groups brought in ("60,000 Russian
# soldiers were killed in Bakhmut" is no share of Bakhmut's 80,500 residents).
_BROUGHT_IN = ("soldiers", "fighters")


def _of_its_people(fact: CasualtyFact, place: Entity) -> bool:
    """The figure may count the place's own people. In a city, not soldiers or fighters, another country's
    people (a demonym: "Russian", «روسي») or both sides of a war together: armies brought into a town can
    outnumber it; a country's or a region's population bounds them all (no army is half a country)."""
    if place.get("place_type") != "city":
        return True
    if fact.group in _BROUGHT_IN or fact.population == BOTH_SIDES:
        return False
    return fact.population is None or fact.population == place.get("country")


def _share_text(share: float, lang: str) -> str:
    words = language(lang).explanations.SHARE_OF_POPULATION
    return words["all" if share >= 1 else "half" if share == 0.5 else "percent"].format(share=share)


def _population_explanation(lang: str, fact: CasualtyFact, label: str, population: int, year: object,
                            share: float, source: str) -> str:
    words = language(lang).explanations
    # A GeoNames figure carries no year: the parenthesis then names the source alone, not "(, GeoNames ...)".
    dated_source = words.LIST_COMMA.join(str(part) for part in (year, source) if part)
    return words.EXCEEDS_POPULATION.format(
        least=_number(fact.low), place=label, population=_number(population), dated_source=dated_source,
        categories=_categories_text(fact, lang), share=_share_text(share, lang))


@frozen
class _Reference:
    tally: Tally
    date: dt.date
    value: float
    column: str
    earliest: float = 0.0  # the series' figure `lag_days` before: an article may quote a report that old
    whole_only: bool = False  # the figure is a part of the war's toll (a day, a strike, a group): only a bound


def _reference(analysis: Analysis, fact: CasualtyFact, max_gap_days: int, lag_days: int = 0, *,
               parts: bool = False) -> _Reference | None:
    """The tally figure a cumulative figure of one place should match on the article's date. With `parts`,
    also the tally a figure of the war's people in that place that is not its whole toll (a day's, a strike's,
    a group's, or one told with no window: "Israel has killed 45,000 people in Gaza") cannot exceed: a part
    of the war is never larger than its whole. Such a figure is bound only where it happened in the tally's
    place (`where`) or is told by the tally's reporter, and not in a sentence naming a year before the
    series began (an earlier war's toll)."""
    if analysis.date is None:
        return None
    whole = fact.scope == CUMULATIVE and fact.group is None and fact.event is None
    # A part is bounded only by a figure as written: a vague word ("thousands of people have been killed and
    # wounded") says too little of what it counts.
    if not whole and not (parts and fact.scope != PERIOD and not fact.hypothetical and not fact.quantity.vague):
        return None
    category = WOUNDED if set(fact.categories) == {WOUNDED, MISSING} else (
        fact.categories[0] if len(fact.categories) == 1 else None)
    column = _TALLY_COLUMNS.get(category or "")
    sentence = analysis.sentences[fact.sentence]
    reporters = tuple(entity_id for mention in analysis.mentions_within(sentence.start, sentence.end)
                      for entity_id in mention.entity_ids)
    tally = tally_for(analysis.knowledge, fact, reporters)
    if column is not None and tally is None and not fact.places and parts:
        return _people_reference(analysis, fact, column, max_gap_days)
    if column is None or tally is None:
        return None
    if not whole and not _part_of_war(analysis, fact, tally, reporters):
        return None
    # Whose toll: the tally counts the people of its place; a figure for another side's dead is not it.
    place = analysis.knowledge.get(tally.place)
    if fact.population is not None and (place is None or fact.population != place.get("country")):
        return None
    found = tally_value(tally, column, analysis.date, max_gap_days=max_gap_days)
    if found is None or found[1] <= 0:
        return None
    lagging = tally_value(tally, column, analysis.date - dt.timedelta(days=lag_days), max_gap_days=max_gap_days)
    return _Reference(tally, found[0], found[1], column, lagging[1] if lagging else found[1], whole_only=not whole)


def _people_reference(analysis: Analysis, fact: CasualtyFact, column: str, max_gap_days: int) -> _Reference | None:
    """A toll of a people with no place ("more than 27,000 Palestinians have been killed since the fighting
    erupted"): it may be the toll of any place of theirs with a tally (Gaza, the West Bank), so it is bound
    by the largest, and only where the others together are under a tenth of it (within the margin)."""
    if fact.population is None or fact.hypothetical or fact.scope == PERIOD:
        return None
    knowledge, found = analysis.knowledge, []
    for tally in knowledge.tallies.values():
        if _country_of(knowledge, tally.place) == fact.population and "date" in tally.columns:
            value = tally_value(tally, column, analysis.date, max_gap_days=max_gap_days) if analysis.date else None
            if value is not None and value[1] > 0:
                found.append((value[1], value[0], tally))
    if not found or any(int(year) < _first_year(tally) for *_, tally in found for year in _years(analysis, fact)):
        return None
    found.sort(key=lambda item: item[0])
    largest, day, tally = found[-1]
    if sum(value for value, *_ in found[:-1]) > largest / 10:
        return None
    return _Reference(tally, day, largest, column, largest, whole_only=True)


def _first_year(tally: Tally) -> int:
    return tally.dates[0].year if tally.dates else 0


def _part_of_war(analysis: Analysis, fact: CasualtyFact, tally: Tally, reporters: tuple[str, ...]) -> bool:
    """The figure happened in the tally's place during its series: named as where it happened, or told by
    the tally's reporter, and no year before the series' first report named in the sentence."""
    knowledge = analysis.knowledge
    country = _country_of(knowledge, tally.place)
    # Told by the reporter: a figure of its people, or of no other country's place ("Hamas killed 1,400 in
    # Israel, the Gaza health ministry says 9,000 Palestinians ..." bounds the second only).
    told = bool(tally.reported_by and tally.reported_by in reporters) and (
        fact.population == country or not any(_country_of(knowledge, _as_place(knowledge, c)) not in (None, country)
                                              for candidates in fact.places for c in candidates))
    if not (told or any(tally.place in {_as_place(knowledge, c) for c in candidates} for candidates in fact.where)):
        return False
    return all(int(year) >= _first_year(tally) for year in _years(analysis, fact))


def reference_mismatch(rule: Rule, analysis: Analysis) -> Iterator[Finding]:
    """A cumulative toll of a place with a reference tally, off from the tally at the article's date."""
    factor = rule.params["factor"]
    for fact in _facts(analysis):
        reference = _reference(analysis, fact, rule.params["max_gap_days"], rule.params["lag_days"], parts=True)
        if reference is None:
            continue
        over = fact.low > reference.value * factor
        # Understatement by a vague word is the info rule's business; a combined figure (wounded and
        # missing) has no reference for its missing share, so only an overstatement is certain.
        # Under only below the figure `lag_days` before too: early in a war the toll doubles within days and
        # an article may quote the report of last week.
        under = (not reference.whole_only
                 and fact.high < min(reference.value, reference.earliest or reference.value) / factor
                 and not fact.quantity.vague and len(fact.categories) == 1)
        if not (over or under):
            continue
        yield _reference_finding(rule, analysis, fact, reference)


def unwindowed_understatement(rule: Rule, analysis: Analysis) -> Iterator[Finding]:
    """A toll of the reference's people and place told with no window ("Nearly 3,000 people in Gaza have been
    killed"), far below the tally at the article's date: the war's toll told out of date or wrong, unless it
    is a part the article does not say. Information only: with no window said, which it is cannot be told."""
    factor = rule.params["factor"]
    for fact in _facts(analysis):
        if not (fact.scope == UNKNOWN and fact.group is None and fact.event is None and not fact.narrated
                and not fact.quantity.vague and fact.population != BOTH_SIDES and len(fact.categories) == 1):
            continue
        reference = _reference(analysis, fact, rule.params["max_gap_days"], rule.params["lag_days"], parts=True)
        # A lower bound ("more than 4,500") is read as what the writer knew: not false, but out of date.
        if reference is None:
            continue
        if stated_high(fact) >= min(reference.value, reference.earliest or reference.value) / factor:
            continue
        yield _reference_finding(rule, analysis, fact, reference)


def _reference_finding(rule: Rule, analysis: Analysis, fact: CasualtyFact, reference: _Reference) -> Finding:
    """A figure off from its reference tally: the tally's figure, date and source in the message, and as the fix."""
    return rule.finding(
        fact.start, fact.end, analysis.lang,
        explanation=_reference_explanation(analysis, fact, reference),
        fix=Fix(_number(reference.value), "unsafe"),
        figure=_figure(analysis, fact), reference=_number(reference.value),
        date=reference.date.isoformat(), source=analysis.knowledge.source_name(reference.tally.source,
                                                                              analysis.lang),
    )


def _reference_explanation(analysis: Analysis, fact: CasualtyFact, reference: _Reference) -> str:
    knowledge, lang = analysis.knowledge, analysis.lang
    return language(lang).explanations.REFERENCE_MISMATCH.format(
        figure=_range_text(fact), column=knowledge.column_label(reference.column, lang),
        date=reference.date.isoformat(), reference=_number(reference.value),
        source=knowledge.source_name(reference.tally.source, lang))


def vague_understatement(rule: Rule, analysis: Analysis) -> Iterator[Finding]:
    """A vague word ("thousands") for a cumulative toll the tally puts an order of magnitude higher."""
    factor = rule.params["factor"]
    for fact in _facts(analysis):
        if not fact.quantity.vague:
            continue
        reference = _reference(analysis, fact, rule.params["max_gap_days"])
        if reference is None or fact.high >= reference.value / factor:
            continue
        word = magnitude_word(reference.value, analysis.lang)
        yield rule.finding(
            fact.start, fact.end, analysis.lang,
            explanation=_reference_explanation(analysis, fact, reference),
            fix=_word_fix(analysis, fact, word),
            figure=_figure(analysis, fact), reference=_number(reference.value), word=word,
            date=reference.date.isoformat(), source=analysis.knowledge.source_name(reference.tally.source,
                                                                                  analysis.lang),
        )


def implausible_magnitude(rule: Rule, analysis: Analysis) -> Iterator[Finding]:
    """A figure of one event (an earthquake, a strike, a blast, a shooting, a crash) above what any recorded
    event of its kind reached, or a war's toll above the deadliest war's (rules/knowledge/event_records.yaml)."""
    margin = rule.params["margin"]
    words = language(analysis.lang).explanations
    for fact in _facts(analysis):
        if fact.hypothetical:
            continue
        if len(fact.categories) == 1 and fact.categories[0] in _TALLY_COLUMNS:
            column = _TALLY_COLUMNS[fact.categories[0]]
        elif set(fact.categories) == {KILLED, WOUNDED} and fact.event is not None:
            column = "combined"  # «مصرع وإصابة 8»: one event's killed and wounded together
        else:
            continue
        if fact.event is not None:
            kind, template = fact.event, words.IMPLAUSIBLE_EVENT
        elif fact.scope == CUMULATIVE and column == "killed":
            kind, template = "war", words.IMPLAUSIBLE_WAR
        else:
            continue
        record = _combined_record(analysis.knowledge, kind) if column == "combined" else record_for(
            analysis.knowledge, kind, column)
        if record is None or fact.low <= record.value * margin:
            continue
        yield rule.finding(
            fact.start, fact.end, analysis.lang,
            explanation=template.format(least=_number(fact.low), kind=words.EVENT_KIND_NAMES.get(kind, kind),
                                        categories=_categories_text(fact, analysis.lang),
                                        record=_number(record.value),
                                        source=analysis.knowledge.source_name(record.source, analysis.lang)),
            figure=_figure(analysis, fact), record=_number(record.value),
            kind=words.EVENT_KIND_NAMES.get(kind, kind),
        )


def _same_toll(earlier: CasualtyFact, fact: CasualtyFact) -> bool:
    """Both figures count the same thing: category, group, whose, window, event, place. A toll told with no
    window ("Israel has killed more than 45,000 people in Gaza") may be the war's total told elsewhere with
    one; `_fell` decides whether two such tolls contradict each other."""
    windows = {earlier.scope, fact.scope}
    # Of no people and no place, a toll is known by its name alone («عدد الوفيات», «إجمالي الوفيات بالجهة»).
    unplaced = not (earlier.places or fact.places or earlier.population or fact.population)
    return (earlier.categories == fact.categories and earlier.group == fact.group
            and earlier.population == fact.population and earlier.cause == fact.cause
            and (len(windows) == 1 or windows == {CUMULATIVE, UNKNOWN})
            and earlier.event == fact.event and earlier.places == fact.places
            and (not unplaced or earlier.toll_name == fact.toll_name))


# Tolls that never fall: a count of the dead or the wounded only grows (the displaced return, the detained
# are freed, the missing are found).
_NEVER_FALLING = {(KILLED,), (WOUNDED,)}


def _unwindowed_comparable(fact: CasualtyFact) -> bool:
    """A toll told with no window at all, of the dead or the wounded, as a toll to date (not narrated as
    what happened once: "strikes killed 40"), whose people, place of the casualties or reporter is said (a
    place named elsewhere in the sentence is not enough: "in Florida, people were more likely to die in a
    tornado (125 deaths)"): comparable only as a toll that fell (`_fell`)."""
    return (fact.scope == UNKNOWN and fact.categories in _NEVER_FALLING and fact.event is None
            and not fact.narrated and bool(fact.where or fact.population is not None or fact.source))


def _comparable_toll(fact: CasualtyFact) -> bool:
    """A figure exact enough to contradict another, whose toll it is being said: a place, or for a toll its
    people ("more than 11,000 Palestinians have been killed since the war began", the place inside the
    ministry's name) or its name («ليصل عدد الوفيات إلى 557 حالة»: of the country the article reports on, named
    alike each time); a toll told with no window as `_unwindowed_comparable` says."""
    if fact.quantity.vague or fact.form in ("up-to", "less-than"):
        return False
    if fact.scope in (CUMULATIVE, ATTACK):
        return bool(fact.places) or (fact.scope == CUMULATIVE and (
            fact.population is not None or fact.toll_name is not None))
    return _unwindowed_comparable(fact)


def _fell(earlier: CasualtyFact, fact: CasualtyFact, factor: float, between: str, updates: re.Pattern[str]) -> bool:
    """Of two tolls, one told with no window: both of the same place of the casualties, the later far below
    the earlier with nothing between them marking another count (an update, "later", "earlier"). A day's or
    one strike's figure told with no window is worded like the war's, so only a fall can be judged: the
    war's toll never falls, while a larger later figure may be the total after a day's."""
    return (earlier.where == fact.where and earlier.low > stated_high(fact) * factor and not fact.rising
            and not earlier.rising and not updates.search(between))


def conflicting_tolls(rule: Rule, analysis: Analysis) -> Iterator[Finding]:
    """The same toll (same category, group, people, window, event and place) given twice in one article,
    the ranges far apart, with nothing between them marking an update and no second source."""
    factor = rule.params["factor"]
    source = language(analysis.lang).casualties
    updates, other_event = re.compile(source.UPDATE_CUES), re.compile(source.OTHER_EVENT_CUES)
    definite = re.compile(source.DEFINITE_EVENT)
    earlier_facts: list[CasualtyFact] = []
    facts = sorted([*_facts(analysis), *analysis.annotation("epidemic_tolls")], key=lambda fact: fact.start)
    for fact in facts:
        if not _comparable_toll(fact):
            continue
        for earlier in earlier_facts:
            if earlier.sentence == fact.sentence or not _same_toll(earlier, fact):
                continue
            if earlier.source and fact.source and earlier.source != fact.source:
                continue  # two sources may disagree: the article reports both
            if not (fact.low > stated_high(earlier) * factor or earlier.low > stated_high(fact) * factor):
                continue
            between = normalize_key(analysis.text[analysis.sentences[earlier.sentence].start:
                                                  analysis.sentences[fact.sentence].end])
            if UNKNOWN in (earlier.scope, fact.scope) and not _fell(earlier, fact, factor, between, updates):
                continue
            if (fact.rising or earlier.rising or updates.search(between)) and stated_high(fact) >= earlier.low:
                continue  # "rose to", «في حصيلة جديدة»: an update, not a contradiction (a toll never falls)
            if fact.scope == ATTACK and (other_event.search(between)
                                         or _years(analysis, earlier) != _years(analysis, fact)
                                         or not _same_event(analysis, earlier, fact, definite)):
                continue  # "another strike", a list of events by year, a second bombing in the same city
            earlier_text = _figure(analysis, earlier)
            yield rule.finding(
                fact.start, fact.end, analysis.lang,
                explanation=_conflict_explanation(analysis, earlier, fact),
                fix=Fix(earlier_text, "unsafe"),
                figure=_figure(analysis, fact), earlier=earlier_text,
            )
            break
        earlier_facts.append(fact)


def _same_event(analysis: Analysis, earlier: CasualtyFact, fact: CasualtyFact, definite: re.Pattern[str]) -> bool:
    """The later sentence speaks of the event already told: it names it with the article ("the strike",
    «الغارة»), or it repeats the earlier sentence nearly word for word (a lead restated in the body)."""
    later_key = _sentence_key(analysis, fact)
    if definite.search(later_key):
        return True
    earlier_words, later_words = set(_sentence_key(analysis, earlier).split()), set(later_key.split())
    return len(earlier_words & later_words) >= 0.6 * max(len(earlier_words | later_words), 1)


def _sentence_key(analysis: Analysis, fact: CasualtyFact) -> str:
    sentence = analysis.sentences[fact.sentence]
    return normalize_key(analysis.text[sentence.start:sentence.end])


_YEAR = lazy_compile(r"(?<![0-9])(?:1[89]|20)[0-9]{2}(?![0-9])")


def _years(analysis: Analysis, fact: CasualtyFact) -> set[str]:
    sentence = analysis.sentences[fact.sentence]
    return set(_YEAR.findall(analysis.text, sentence.start, sentence.end))


def _conflict_explanation(analysis: Analysis, earlier: CasualtyFact, fact: CasualtyFact) -> str:
    return language(analysis.lang).explanations.CONFLICTING_TOLLS.format(
        categories=_categories_text(fact, analysis.lang), earlier=_figure(analysis, earlier),
        figure=_figure(analysis, fact))


def part_exceeds_whole(rule: Rule, analysis: Analysis) -> Iterator[Finding]:
    """«بينهم N طفلا» / "including N children" larger than the total it is part of."""
    for fact in _facts(analysis):
        # "at least 18 killed, including 30 women": a lower bound is what the writer knew, so a part well
        # above it contradicts it; "more than 100, including 120" stays within `lower_bound_slack`.
        high = stated_high(fact, rule.params["lower_bound_slack"])
        for part in fact.parts:
            if part.quantity.low <= high:
                continue
            whole = _figure(analysis, fact)
            found = analysis.text[part.start:part.end]
            explanation = language(analysis.lang).explanations.PART_EXCEEDS_WHOLE.format(part=found, whole=whole)
            yield rule.finding(part.start, part.end, analysis.lang, explanation=explanation,
                               figure=found, whole=whole, group=part.group)


def knowledge_indexes(rules: Iterable[Rule]) -> dict[str, Callable[[KnowledgeBase], object]]:
    """The indexes of the knowledge alone that this module asks `KnowledgeBase.derived` for, by name: the
    compiled pack cache holds them built (`checker.compiled_packs`), so a run does not build them again."""
    indexes: dict[str, Callable[[KnowledgeBase], object]] = {"casualty-event-records": event_records}
    indexes.update(_ratio_bounds_index(rule) for rule in rules if rule.kind == "casualty-ratio")
    return indexes

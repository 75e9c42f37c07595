"""Planted errors in a war's cumulative toll, found by a reader of its own: a plain pattern for a killed figure
of the people of a place with a reference tally (rules/knowledge/tallies: Gaza, the West Bank, Lebanon), and
the tally itself, which must confirm the figure on the article's date. The checker's casualty annotator is
never asked: a site is one a reader with the tallies at hand takes for the war's toll, whatever the checker
reads. A site is used only where the checker says nothing of the casualty family on the original.

Types (each registered in `TYPES` of accuracy_planting.py):
- reference: the toll made ten times larger (or a tenth, where it is stated as an exact figure); for half
  of the sites three times (or a third) instead, where the tally makes even that certain (a subtle error);
- second-toll: the toll's sentence told again later in the article (after the end of a later paragraph, with
  no update word in between) with a tenth of the figure: a toll never falls, so nothing explains it. In
  Arabic also any death toll told as risen to or reached a figure («ارتفع عدد الوفيات إلى 255 حالة», «لترتفع
  حصيلة القتلى إلى 29»: a road accident's, a disaster's, an epidemic's, a war's), with no tally: such a toll
  cannot fall either, so its sentence told again with a tenth of the figure is the same error.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from accuracy_planting import Plant, _overlaps, insert_after, replace

if TYPE_CHECKING:
    from checker.analysis import Analysis
    from checker.models import Finding

# A figure: digits with thousands commas or not, not part of a longer number, a decimal, a percentage or an
# adjective ("20-year-old"); in Arabic optionally followed by «ألف» (thousand).
_FIGURE = r"(?<![\d,.])(?P<n>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?![\d%-]|[.,][0-9])"
_AR_THOUSAND = r"(?:\s+(?P<k>ألف|ألفا|آلاف))?"
_EN_MODIFIER = (r"(?:(?:more than|over|at least|nearly|almost|about|around|some|roughly|approximately|close to|"
                r"past|above|upwards of|an estimated)\s+)?")
_AR_MODIFIER = r"(?:(?:أكثر من|ما يزيد على|ما يزيد عن|أزيد من|نحو|حوالي|قرابة|زهاء|ما لا يقل عن)\s+)?"
# Whose dead the figure counts when a noun follows it: people at large or the place's people, never a group
# ("children", "Israelis") nor another side.
_EN_PEOPLE = r"(?:\s+(?:people|persons|Palestinians|Lebanese|Palestinian people))?"
_AR_PEOPLE = r"(?:\s+(?:شخصا|شخص|فلسطينيا|فلسطيني|مواطنا|لبنانيا))?"
_TOLL = {
    "en": [
        # "has killed more than 45,000 people", "killing at least 24,000 Palestinians"
        r"\b(?:killed|killing|kills)\s+" + _EN_MODIFIER + _FIGURE + _EN_PEOPLE + r"(?!\s+(?:wounded|injured))",
        # "34,000 Palestinians have been killed", "some 27,000 Palestinians killed", "with more than 34,000 killed"
        _FIGURE + _EN_PEOPLE + r"(?:\s+in (?:Gaza|Lebanon|the (?:Gaza Strip|territory|enclave|coastal enclave)))?"
        r"(?:\s+(?:have|had|has)\s+been|\s+were|\s+are)?\s+(?:killed|dead)\b",
        # "the death toll in Gaza climbed past 9,200", "the Palestinian death toll above 30,000"
        r"\bdeath toll\b[^.;:]{0,40}?\b(?:to|at|past|above|of|reached|surpassed|exceeded|topped|passed)\s+"
        + _EN_MODIFIER + _FIGURE,
        # "has left over 33,000 Palestinians dead"
        r"\bleft\s+" + _EN_MODIFIER + _FIGURE + _EN_PEOPLE + r"\s+dead\b",
    ],
    "ar": [
        r"(?:استشهاد|مقتل|قتل|استشهد|وفاة)\s+" + _AR_MODIFIER + _FIGURE + _AR_THOUSAND + _AR_PEOPLE
        + r"(?!\s+(?:وإصابة|وجرح))",
        _AR_MODIFIER + _FIGURE + _AR_THOUSAND + r"\s+(?:شهيدا|شهيد|قتيلا|قتيل)",
        # «إن أكثر من 48 ألف فلسطيني استشهدوا»
        _AR_MODIFIER + _FIGURE + _AR_THOUSAND + _AR_PEOPLE + r"\s+(?:استشهدوا|قتلوا|لقوا حتفهم)",
        r"حصيلة\s+(?:الشهداء|القتلى|الضحايا)[^.؛:]{0,40}?(?:إلى|بلغت|ب)\s+" + _AR_MODIFIER + _FIGURE + _AR_THOUSAND,
    ],
}
_TOLL_PATTERNS = {lang: [re.compile(pattern) for pattern in patterns] for lang, patterns in _TOLL.items()}
# Who a figure counts, in the words right after it: a group or the other side is not the tally's toll.
_NOT_THE_PEOPLE = {
    "en": re.compile(r"\W*(?:\S+\s+){0,2}?(?:children|child|women|minors|journalists|medics|health workers|"
                     r"aid workers|soldiers|fighters|militants|Israelis|Israeli|hostages|Hezbollah|students|"
                     r"civilians|staff|members|wounded|injured)\b", re.IGNORECASE),
    "ar": re.compile(r"\W*(?:\S+\s+){0,2}?(?:أطفال|طفلا|طفل|نساء|امرأة|سيدة|صحفي|مسعف|جندي|جنود|عسكري|مقاتل|"
                     r"إسرائيلي|رهائن|طلاب|مدنيين|موظف|جريح|مصاب)"),
}
# A clause of a shorter window, of both sides, of Israel, or of deaths by hunger or disease: not the war's toll.
_NOT_THE_WINDOW = {
    "en": re.compile(r"\b(?:both sides|each side|in Israel|since (?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                     r"Saturday|Sunday|yesterday|last)|(?:past|last) (?:24|48|day|days|week|hours)|overnight|today|"
                     r"this week|sick|starv|famine|malnutrition|disease)", re.IGNORECASE),
    "ar": re.compile(r"الطرفين|خلال (?:ال)?24|الساعات|اليوم|أمس|منذ فجر|منذ صباح|الأسبوع|مجاعة|تجويع|سوء التغذية|مرض"),
}
# A sentence of both sides' dead, of one strike or of one day ("On Friday alone"): no sentence of the war's
# toll of one people.
_NOT_ONE_PEOPLE = {
    "en": re.compile(r"\b(?:Israeli and Palestinian|Palestinian and Israeli|Israelis and Palestinians|Palestinians and "
                     r"Israelis|both sides|(?:a|an|one|single|the) (?:[\w-]+ )?(?:strike|airstrike|blast|explosion|"
                     r"bombing|attack|raid|shelling)(?! on Israel)|\w+ alone)\b", re.IGNORECASE),
    "ar": re.compile(r"الطرفين|الجانبين|(?:غارة|ضربة|انفجار|تفجير|هجوم|قصف)(?! على إسرائيل)"),
}
_UPDATE = {"en": re.compile(r"\b(?:rose|risen|rises|rising|climbed|climbing|jumped|updated|later|now|new toll|"
                            r"increased|reached)\b", re.IGNORECASE),
           "ar": re.compile(r"ارتفع|ارتفاع|حصيلة جديدة|محدثة|لاحقا|بلغت|وصلت")}
# An article may quote a report up to a week old (the reference check's own lag); a figure within this factor
# of the tally between that report and the article's date is confirmed by the tally.
LAG_DAYS, CONFIRM_FACTOR = 7, 1.25
PLANT_FACTOR = 10


@dataclass(frozen=True)
class _Toll:
    start: int  # the digits' span in the text
    end: int
    value: int  # what the figure counts («34 ألفا»: 34,000)
    thousands: bool  # written with «ألف» after the digits: the digits count thousands
    lower_bound: bool  # "more than", "at least": a tenth would not contradict it
    sentence: tuple[int, int]  # the sentence's span


def _tally_between(tally: Any, start: dt.date, end: dt.date, max_gap_days: int = 31) -> list[float]:
    """The tally's killed figures (and the figure its reporter gave for the phase, where the tally has one)
    reported from `start` to `end`, and the last report before `start` when it is at most `max_gap_days` old."""
    columns = [tally.columns.index(column) for column in ("killed", "killed_reported") if column in tally.columns]
    if "date" not in tally.columns or not columns:
        return []
    date_i = tally.columns.index("date")
    before: list[float] = []
    values: list[float] = []
    for point in tally.points:
        when = dt.date.fromisoformat(str(point[date_i]))
        if when > end:
            break
        figures = [float(point[i]) for i in columns if isinstance(point[i], (int, float))]
        if when < start:
            before = figures if (start - when).days <= max_gap_days else []
        else:
            values += figures
    return before + values


def _words_pattern(words: list[str], lang: str) -> re.Pattern[str] | None:
    words = sorted((word for word in dict.fromkeys(words) if len(word) >= 3), key=len, reverse=True)
    if not words:
        return None
    # An Arabic name may carry a clitic and the article («وبغزة»); English ones stand alone ("Palestinians").
    before, after = (r"(?<!\w)(?:[وفبل]{0,2}(?:ال)?)?", r"(?!\w)") if lang == "ar" else (r"\b", r"s?\b")
    return re.compile(before + "(?:" + "|".join(re.escape(word) for word in words) + ")" + after)


@dataclass(frozen=True)
class _Named:
    tally: Any
    place: re.Pattern[str] | None  # the place's names and its reporter's ("Gaza", "the Gaza health ministry")
    people: re.Pattern[str] | None  # its people ("Palestinians", «اللبنانيين»): two tallies may share them


def _named(knowledge: Any, tally: Any, lang: str) -> _Named:
    place = knowledge.get(tally.place)
    if place is None:
        return _Named(tally, None, None)
    country = knowledge.get(place.get("country") or "") if place.get("place_type") != "country" else place
    reporter = knowledge.get(tally.reported_by) if tally.reported_by else None
    places = [*place.names.get(lang, ()), *(reporter.names.get(lang, ()) if reporter is not None else ())]
    people = [form for holder in (place, country) if holder is not None
              for form in ((holder.get("demonyms") or {}).get(lang) or ()) if isinstance(form, str)]
    return _Named(tally, _words_pattern(places, lang), _words_pattern(people, lang))


def _tallies(analysis: Analysis) -> list[_Named]:
    return analysis.knowledge.derived(
        f"planting-tally-words:{analysis.lang}",
        lambda knowledge: [_named(knowledge, tally, analysis.lang) for tally in knowledge.tallies.values()])


def _candidates(tallies: list[_Named], sentence: str, clause_after: str) -> list[Any]:
    """The tallies a sentence may speak of: the one whose place it names; of two places, the one named after
    the figure in its clause ("Since the war in Gaza began, 600 were killed in the West Bank"); else those
    whose people it names (Palestinians: Gaza or the West Bank, the figure decides)."""
    by_place = [named for named in tallies if named.place is not None and named.place.search(sentence)]
    if len(by_place) > 1:
        by_place = [named for named in by_place if named.place is not None and named.place.search(clause_after)]
        return [by_place[0].tally] if len(by_place) == 1 else []
    if by_place:
        return [by_place[0].tally]
    return [named.tally for named in tallies if named.people is not None and named.people.search(sentence)]


def _clause(sentence: str, start: int, end: int) -> str:
    """The words around a figure up to the nearest clause break: what the figure's own words say."""
    left = max(sentence.rfind(mark, 0, start) for mark in (",", "،", ";", "؛", " - ", " — ", "("))
    rights = [i for mark in (",", "،", ";", "؛", " - ", " — ", ")") if (i := sentence.find(mark, end)) >= 0]
    return sentence[left + 1:min(rights) if rights else len(sentence)]


def war_tolls(analysis: Analysis) -> list[_Toll]:
    """The killed tolls, by the plain patterns, of the people of a place with a tally, each within
    CONFIRM_FACTOR of that tally between LAG_DAYS before the article's date and its date; a sentence naming the
    places of two tallies, or a figure two tallies confirm, is left out."""
    lang, text, day = analysis.lang, analysis.text, analysis.date
    if day is None:
        return []
    tallies = _tallies(analysis)
    found: dict[int, _Toll] = {}
    for sentence in analysis.sentences:
        line = text[sentence.start:sentence.end]
        if "\n" in line.strip():
            continue
        if _NOT_ONE_PEOPLE[lang].search(line):
            continue
        for pattern in _TOLL_PATTERNS[lang]:
            for match in pattern.finditer(line):
                clause = _clause(line, match.start(), match.end())
                if _NOT_THE_WINDOW[lang].search(clause) or _NOT_THE_PEOPLE[lang].match(line, match.end("n")):
                    continue
                candidates = _candidates(tallies, line, clause[clause.find(match.group("n")):])
                if not candidates:
                    continue
                thousands = bool(match.groupdict().get("k"))
                value = int(match.group("n").replace(",", "")) * (1000 if thousands else 1)
                confirming = [tally for tally in candidates if _confirms(tally, value, day)]
                if len(confirming) != 1:
                    continue
                before = line[max(0, match.start("n") - 25):match.start("n")]
                lower = bool(re.search(r"(?:more than|over|at least|past|above|upwards of|أكثر من|ما يزيد|أزيد من|"
                                       r"ما لا يقل عن)\s+$", before, re.IGNORECASE))
                start = sentence.start + match.start("n")
                found.setdefault(start, _Toll(start, sentence.start + match.end("n"), value, thousands, lower,
                                              (sentence.start, sentence.end)))
    return sorted(found.values(), key=lambda toll: toll.start)


def _confirms(tally: Any, value: int, day: dt.date) -> bool:
    figures = _tally_between(tally, day - dt.timedelta(days=LAG_DAYS), day)
    return bool(figures) and min(figures) / CONFIRM_FACTOR <= value <= max(figures) * CONFIRM_FACTOR


def _written(value: int, like: str, lang: str) -> str:
    return f"{value:,}" if "," in like or (lang == "en" and value >= 10_000) else str(value)


def _new_figure(toll: _Toll, text: str, factor: float, lang: str) -> str:
    surface = text[toll.start:toll.end]
    digits = surface.replace(",", "")
    # With as many significant digits as the original: a third of "32,000" is "11,000", not "10,667".
    value = int(digits) * factor
    unit = 10 ** max(0, len(str(round(value))) - len(digits.rstrip("0")))
    return _written(max(1, round(value / unit)) * unit, surface, lang)


def _quiet(findings: Sequence[Finding], start: int, end: int) -> bool:
    return not _overlaps(findings, "casualties", start, end)


# A subtle error: the toll off by this factor, planted only where the tally makes it certain (the planted
# figure beyond every report of the lag window by the reference check's own factor, 2).
SUBTLE_FACTOR, CERTAIN_FACTOR = 3, 2


def _certain(analysis: Analysis, toll: _Toll, factor: float) -> bool:
    """The toll times `factor` is beyond every report of the week before the article by CERTAIN_FACTOR."""
    day = analysis.date
    if day is None:
        return False
    figures = [value for named in _tallies(analysis) if _confirms(named.tally, toll.value, day)
               for value in _tally_between(named.tally, day - dt.timedelta(days=LAG_DAYS), day)]
    planted = toll.value * factor
    return bool(figures) and (planted > max(figures) * CERTAIN_FACTOR if factor > 1
                              else planted < min(figures) / CERTAIN_FACTOR)


def find_reference(analysis: Analysis, findings: Sequence[Finding], rng: random.Random) -> list[Plant]:
    """A war's cumulative toll the tally confirms, made ten times larger (a tenth where it is stated exactly:
    a tenth of "more than 30,000" is still more than 3,000, no contradiction); for half of the sites a subtle
    error instead, three times larger (or a third), where the tally makes even that certain."""
    text, plants = analysis.text, []
    for toll in war_tolls(analysis):
        if not _quiet(findings, toll.start, toll.end):
            continue
        up = toll.lower_bound or rng.random() < 0.5
        factor = SUBTLE_FACTOR if up else 1 / SUBTLE_FACTOR
        if rng.random() >= 0.5 or not _certain(analysis, toll, factor):
            factor = PLANT_FACTOR if up else 1 / PLANT_FACTOR
        plants.append(replace("casualties/reference", text, toll.start, toll.end,
                              _new_figure(toll, text, factor, analysis.lang)))
    return plants


def _later_paragraph_end(analysis: Analysis, after: int) -> int | None:
    """Where to tell a toll again: the end of the last sentence of the paragraph after the one holding
    `after` (or of the article's last sentence), at least one sentence further, ending with a full stop."""
    text = analysis.text
    paragraph_end = text.find("\n", after)
    if paragraph_end < 0:
        return None
    candidates = [s for s in analysis.sentences if s.start > paragraph_end]
    ends = []
    for index, sentence in enumerate(candidates):
        body = text[sentence.start:sentence.end].rstrip()
        last_of_paragraph = index + 1 == len(candidates) or "\n" in text[sentence.start + len(body):
                                                                           candidates[index + 1].start]
        if last_of_paragraph and "\n" not in body.strip() and body.endswith((".", "!", "?", "؟")):
            ends.append(sentence.start + len(body))
    return ends[0] if ends else None


# An Arabic death toll told as risen to or reached a figure: the verb, the toll word and the dead, a few
# words of what the toll is of («بسبب كوفيد-19 بجهة الشرق», «في حادث الاصطدام»), then «إلى» and the figure.
_RISEN_TOLL = re.compile(
    r"(?<!\w)[وف]?(?:ارتفع|ارتفعت|ليرتفع|لترتفع|ليصل|لتصل|ليبلغ|لتبلغ)(?:\s+بذلك)?\s+(?:عدد|حصيلة|إجمالي)\s+"
    r"(?:حالات\s+)?(?:ال)?(?:وفيات|وفاة|قتلى|ضحايا|شهداء|موتى)(?P<of>(?:\s+(?![\d٠-٩])[^\s.،؛:!؟]+){0,8}?)\s+"
    r"(?:إلى|الى|ل)\s*" + _AR_MODIFIER + _FIGURE + _AR_THOUSAND)
# What the toll is not: infections («المصابين»), a window («خلال 24 ساعة», «الأسبوع الماضي»), one group.
_NOT_A_DEATH_TOLL = re.compile(r"24|ساعة|ساعات|اليوم|الأسبوع|أسبوع|الشهر|شهر|أمس|المصابين|الإصابات|الجرحى|"
                               r"أطفال|الأطفال|نساء|النساء|جنود|الجنود")


def risen_tolls(analysis: Analysis) -> list[_Toll]:
    """Arabic death tolls told as risen to or reached a figure (`_RISEN_TOLL`), whatever their event, each in
    a sentence of one line; not of a window, of infections or of one group."""
    if analysis.lang != "ar":
        return []
    text, found = analysis.text, []
    for sentence in analysis.sentences:
        line = text[sentence.start:sentence.end]
        if "\n" in line.strip():
            continue
        for match in _RISEN_TOLL.finditer(line):
            if _NOT_A_DEATH_TOLL.search(match.group("of")) or _NOT_A_DEATH_TOLL.match(line, match.end()):
                continue
            thousands = bool(match.group("k"))
            value = int(match.group("n").replace(",", "")) * (1000 if thousands else 1)
            before = line[max(0, match.start("n") - 25):match.start("n")]
            lower = bool(re.search(r"(?:أكثر من|ما يزيد|أزيد من|ما لا يقل عن)\s+$", before))
            found.append(_Toll(sentence.start + match.start("n"), sentence.start + match.end("n"), value, thousands,
                               lower, (sentence.start, sentence.end)))
    return found


def _last_sentence_end(analysis: Analysis, after: int, at_least: int = 2) -> int | None:
    """In a text that lost its paragraph breaks (Hespress), where to tell a toll again: the end of the
    article's last sentence, ending with a full stop, at least `at_least` sentences after `after`."""
    text = analysis.text
    later = [s for s in analysis.sentences if s.start >= after]
    if len(later) < at_least:
        return None
    body = text[later[-1].start:later[-1].end].rstrip()
    if "\n" in body.strip() or not body.endswith((".", "!", "?", "؟")):
        return None
    return later[-1].start + len(body)


def find_second_toll(analysis: Analysis, findings: Sequence[Finding], rng: random.Random) -> list[Plant]:
    """A war's cumulative toll the tally confirms, or (Arabic) a death toll told as risen to a figure: its
    sentence told again at the end of a later paragraph with a tenth of the figure, nothing in between
    marking an update (the risen toll's own «ارتفع» is no update of itself: it "rises" to a tenth of what it
    was)."""
    lang, text, plants = analysis.lang, analysis.text, []
    war = war_tolls(analysis)
    at_war = {toll.start for toll in war}
    for toll in war + [toll for toll in risen_tolls(analysis) if toll.start not in at_war]:
        start, end = toll.sentence
        right = text[start:end].rstrip()
        if not right.endswith((".", "!", "?", "؟")) or (toll.start in at_war and _UPDATE[lang].search(right)):
            continue
        if toll.start not in at_war and toll.value < 110:
            continue  # a tenth under 11 changes the counted noun's form («29 شخصا», «3 أشخاص»): a slip of grammar
        position = _later_paragraph_end(analysis, end)
        if position is None and toll.start not in at_war and "\n" not in text[end:]:
            position = _last_sentence_end(analysis, end)
        if position is None or _UPDATE[lang].search(text[end:position]):
            continue
        if not _quiet(findings, start, end):
            continue
        figure = _new_figure(toll, text, 1 / PLANT_FACTOR, lang)
        at = toll.start - start
        wrong = right[:at] + figure + right[toll.end - start:]
        plants.append(insert_after("casualties/second-toll", text, position, right, wrong, at, at + len(figure)))
    return plants


FINDERS: dict[str, Callable[[Analysis, Sequence[Finding], Any], list[Plant]]] = {
    "casualties/reference": find_reference,
    "casualties/second-toll": find_second_toll,
}

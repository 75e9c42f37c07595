"""Planted errors of the article-internal consistency rules (headline-body, near-duplicate-conflict,
restated-fact), for the accuracy gate (`accuracy_planting.TYPES`).

Each site is found by a plain pattern, independent of the checker's own reading: the same digits followed by
the same word in the headline and in the body; the same country name (from the knowledge) in both; a body
sentence with a figure or a country name, copied and changed; one person named twice with one country's title.
The headline is the corpus title as a user gives it, the text's first line (accuracy_corpora.py writes
"title\\n\\nbody"), which the checker reads as the headline.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from accuracy_planting import Plant, _demonym, _name, _other_countries, _overlaps, insert_after, replace

if TYPE_CHECKING:
    from checker.analysis import Analysis
    from checker.models import Finding

_FIGURE = re.compile(r"(?<![\w.,/-])([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?![\w.,/-]*[0-9%])\s+(\w+)")
_WORDS = re.compile(r"\w+")
_MIN_WORDS, _MAX_WORDS = 10, 60


# A figure that dates, names or times something is not planted on: a month or a label before it, a month, a
# clock or an ordinal after it («40 ماي», "June 44", "Chapter 33", "Boeing 737 Max", "3:15 p.m."), nor one after
# the Arabic article, an ordinal («مهرجان أبها للتسوق الـ 17»: the 17th festival, not 17 of anything). Arabic months
# are compared with the hamza folded: news writes «اغسطس» and «أغسطس» alike (and «حتى 93 اغسطس» is no date); the
# Levantine names (شباط، تموز، تشرين) too.
_MONTHS = frozenset(("january february march april may june july august september october november december jan feb "
                     "mar apr jun jul aug sep sept oct nov dec يناير فبراير مارس ابريل مايو ماي يونيو يونيه يوليو "
                     "يوليه يوليوز اغسطس غشت سبتمبر شتنبر اكتوبر نوفمبر نونبر ديسمبر دجنبر كانون شباط اذار نيسان "
                     "ايار حزيران تموز اب ايلول تشرين").split())
_ARABIC_ORDINAL_ARTICLE = ("الـ", "ال")
_LABELS = ("chapter number no article section flight route room boeing airbus day round part phase category class "
           "grade level season episode stage game week رقم الرقم المادة الفصل القانون الجولة").split()


def _dates_or_names(text: str, start: int, end: int) -> bool:
    before = re.findall(r"[\w$£€]+", text[max(0, start - 20):start])
    after = re.findall(r"\w+", text[end:end + 20])
    if text[start - 1:start] in (":", "-", "/", "#") or text[end:end + 1] in (":", "-", "/"):
        return True
    if re.search(r"[\u200e\u200f\u061c\u202a-\u202e]|[^\W\d]$", text[max(0, start - 2):start]) or \
            re.match(r"\.?[\u200e\u200f]", text[end:end + 2]):
        return True  # glued to letters (Â£1,500) or to direction marks («29.‏3»)
    if before and (_month(before[-1]) or before[-1].lower() in _LABELS or before[-1] in _ARABIC_ORDINAL_ARTICLE):
        return True
    return any(_month(word) or word.lower() in ("p", "a") for word in after[:2])


def _month(word: str) -> bool:
    return re.sub("[أإآ]", "ا", word.lower()) in _MONTHS


def _value(digits: str) -> int:
    return int(digits.replace(",", ""))


def _other_figure(value: int, rng: random.Random) -> int:
    """Another figure, far enough from the first that no rounding explains it."""
    return value * rng.choice((2, 3)) if value >= 10 else value + rng.choice((3, 4, 5))


def _written(value: int, like: str) -> str:
    return f"{value:,}" if "," in like else str(value)


def _is_year(value: int) -> bool:
    return 1900 <= value <= 2100


def _headline_span(analysis: Analysis) -> tuple[int, int] | None:
    headline = analysis.headline
    if headline is None or headline.start is None or headline.end is None:
        return None
    return headline.start, headline.end


def find_headline_figure(analysis: Analysis, findings: Sequence[Finding], rng: random.Random) -> list[Plant]:
    """A headline figure that the body repeats with the same word after it ("12 people" ... "12 people"),
    made another figure in the headline."""
    span = _headline_span(analysis)
    if span is None or _overlaps(findings, "consistency", *span):
        return []
    text = analysis.text
    body = text[span[1]:]
    plants = []
    for match in _FIGURE.finditer(text, *span):
        digits, word = match.group(1), match.group(2)
        value = _value(digits)
        repeated = list(re.finditer(rf"(?<![\w.,]){re.escape(digits)}\s+{re.escape(word)}\b", body))
        if _is_year(value) or _dates_or_names(text, match.start(1), match.end(1)) or not repeated:
            continue
        if any(re.search(r"[a-z,]\s+[A-Z]\w*\s+$", body[max(0, m.start() - 40):m.start()]) for m in repeated):
            continue  # in the body a capitalised word inside the sentence names the number: "the Apollo 11 mission"
        new = _other_figure(value, rng)
        figures = (_value(other) for other in re.findall(r"[0-9][0-9,]*", text) if other[0] != ",")
        if any(abs(new - figure) <= 0.15 * new for figure in figures):
            continue  # the new figure must not happen to be one the article gives
        plants.append(replace("consistency/headline-figure", text, match.start(1), match.end(1),
                              _written(new, digits)))
    return plants


def _country_mentions(analysis: Analysis, start: int, end: int) -> list[Any]:
    return [m for m in analysis.mentions_within(start, end)
            if len(m.entity_ids) == 1 and m.entity_ids[0].startswith("country/") and m.fields <= {"names"}]


def _with_clitic(text: str, start: int, name: str | None, lang: str) -> str | None:
    """The name as it is written after the clitic before `start`: Arabic «ل» and the article make «لل»
    («للأوروغواي»), so «اليابان» is written «لليابان» there, not «للاليابان»."""
    if name and lang == "ar" and text[max(0, start - 2):start] == "لل" and name.startswith("ال"):
        return name[2:]
    return name


def find_headline_country(analysis: Analysis, findings: Sequence[Finding], rng: random.Random) -> list[Plant]:
    """A country the headline and the body name alike, named as another country in the headline."""
    span = _headline_span(analysis)
    if span is None or _overlaps(findings, "consistency", *span):
        return []
    text, lang, knowledge = analysis.text, analysis.lang, analysis.knowledge
    named = {entity_id for m in analysis.mentions for entity_id in m.entity_ids}
    plants = []
    for mention in _country_mentions(analysis, *span):
        surface = text[mention.start:mention.end]
        if surface not in text[span[1]:]:
            continue
        for other in _other_countries(rng, named | {mention.entity_ids[0]}):
            new = _with_clitic(text, mention.start, _name(knowledge, other, lang), lang)
            if new and new not in text:
                plants.append(replace("consistency/headline-country", text, mention.start, mention.end, new))
                break
    return plants


def _body_sentences(analysis: Analysis) -> list[Any]:
    span = _headline_span(analysis)
    body_start = span[1] if span else 0
    return [s for s in analysis.sentences if s.start >= body_start]


def find_near_duplicate(analysis: Analysis, findings: Sequence[Finding], rng: random.Random) -> list[Plant]:
    """A body sentence with a figure or a country name, written again after the sentence that follows it (a
    paragraph pasted from an earlier draft), with the figure or the country changed in the copy."""
    text = analysis.text
    sentences = _body_sentences(analysis)
    named = {entity_id for m in analysis.mentions for entity_id in m.entity_ids}
    seen: set[str] = set()
    repeated = 0
    for sentence in sentences:
        words = " ".join(text[sentence.start:sentence.end].split())
        repeated += words in seen
        seen.add(words)
    if repeated > 3:
        return []  # a story pasted twice, updated: a changed copy there may be the update, not a slip
    plants = []
    for index, sentence in enumerate(sentences[:-1]):
        words = text[sentence.start:sentence.end]
        if not _MIN_WORDS <= len(_WORDS.findall(words)) <= _MAX_WORDS or "\n" in words or \
                _overlaps(findings, "consistency", sentence.start, sentence.end):
            continue
        if text.count(words[:40]) > 1 or words.rstrip().endswith(("?", "؟")):
            continue  # the article already repeats it; a question is asked again in other words
        # after the next sentence that ends as a sentence does, so that the copy stands as a sentence of its own
        after = next((s.end for s in sentences[index + 1:index + 4] if _ends_a_sentence(text[s.start:s.end])), None)
        if after is None or not _ends_a_sentence(words):
            continue
        change = _changed_figure(words, rng) or _changed_country(analysis, sentence, named, rng)
        if change is None:
            continue
        start, end, new = change
        wrong = words[:start] + new + words[end:]
        plants.append(insert_after("consistency/near-duplicate", text, after, words, wrong, start, start + len(new)))
        break
    return plants


# A period after an abbreviation ("Dario Otero Sr.", "the U.S.") ends no sentence for a reader: a copy put after it
# runs on into the sentence before.
_ABBREVIATION_END = re.compile(r"(?<![\w.])(?:[A-Z]\.)*[A-Z][a-z]{0,2}\.$")


def _ends_a_sentence(words: str) -> bool:
    """Whether a sentence ends where a copy can follow it: with its mark, not after an abbreviation, and with its
    quotation closed (a copy after 'said: "It's a very special number one.' would stand inside the quotation)."""
    words = words.rstrip()
    return words[-1:] in (".", "!", "?", "؟") and not _ABBREVIATION_END.search(words) \
        and words.count('"') % 2 == 0 and words.count("“") == words.count("”")


def _changed_figure(words: str, rng: random.Random) -> tuple[int, int, str] | None:
    for match in _FIGURE.finditer(words):
        value = _value(match.group(1))
        if not _is_year(value) and not _dates_or_names(words, match.start(1), match.end(1)):
            return match.start(1), match.end(1), _written(_other_figure(value, rng), match.group(1))
    return None


def _changed_country(analysis: Analysis, sentence: Any, named: set[str],
                     rng: random.Random) -> tuple[int, int, str] | None:
    for mention in _country_mentions(analysis, sentence.start, sentence.end):
        for other in _other_countries(rng, named):
            new = _name(analysis.knowledge, other, analysis.lang)
            if new:
                return mention.start - sentence.start, mention.end - sentence.start, new
    return None


def find_restated_role(analysis: Analysis, findings: Sequence[Finding], rng: random.Random) -> list[Plant]:
    """One person titled twice with one country's office (the knowledge's demonym written before or after the
    office), the later title given another country's demonym: the same fact stated with two values."""
    text, lang, knowledge = analysis.text, analysis.lang, analysis.knowledge
    span = _headline_span(analysis)
    body_start = span[1] if span else 0
    seen: dict[tuple[str, str], Any] = {}
    plants = []
    for claim in analysis.annotation("titled_persons"):
        if claim.title.start < body_start or claim.former or claim.qualifier is None or \
                claim.qualifier_field != "demonyms" or not (claim.of_id or "").startswith("country/"):
            continue
        key = (claim.person_id, claim.office_id)
        earlier = seen.setdefault(key, claim)
        if earlier is claim or earlier.of_id != claim.of_id:
            continue
        if _overlaps(findings, "consistency", claim.title.start, claim.person.end):
            continue
        surface = text[claim.qualifier.start:claim.qualifier.end]
        for other in _other_countries(rng, {claim.of_id}):
            new = _demonym(knowledge, other, lang, surface)
            if new and new != surface:
                plants.append(replace("consistency/restated-role", text, claim.qualifier.start, claim.qualifier.end,
                                      new))
                break
    return plants[-1:]


FINDERS = {
    "consistency/headline-figure": find_headline_figure,
    "consistency/headline-country": find_headline_country,
    "consistency/near-duplicate": find_near_duplicate,
    "consistency/restated-role": find_restated_role,
}

"""What each check kind accepts from a rule: its parameters (type, default) and the placeholders its
messages may use. Plain data, so the pack loader checks a rule without importing the checks; the checks
receive `rule.params` already typed and completed with these defaults."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from checker.frozen import frozen


class ParamTypeError(ValueError):
    """A parameter value that is not of its declared type; the message says what was expected."""


@frozen
class ParamType:
    """A parameter type: its name in errors and docs, and a conversion that raises ParamTypeError."""

    name: str
    convert: Callable[[Any], Any]

    def __call__(self, value: Any) -> Any:
        return self.convert(value)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _expect(ok: bool, expected: str, value: Any) -> None:
    if not ok:
        raise ParamTypeError(f"expected {expected}, got {value!r}")


def _integer(value: Any) -> int:
    _expect(isinstance(value, int) and not isinstance(value, bool), "an integer", value)
    return value


def _number(value: Any) -> float:
    _expect(_is_number(value), "a number", value)
    return float(value)


def _strings(value: Any) -> tuple[str, ...]:
    _expect(isinstance(value, list) and all(isinstance(v, str) for v in value), "a list of strings", value)
    return tuple(value)


def _number_triple(value: Any) -> tuple[float, float, float]:
    _expect(isinstance(value, list) and len(value) == 3 and all(map(_is_number, value)), "a list of 3 numbers", value)
    low, high, typical = value
    return float(low), float(high), float(typical)


def _numbers_by_name(value: Any) -> dict[str, float]:
    _expect(isinstance(value, dict) and all(isinstance(k, str) and _is_number(v) for k, v in value.items()),
            "a mapping of names to numbers", value)
    return {key: float(number) for key, number in value.items()}


def _words_by_name(value: Any) -> dict[str, dict[str, str]]:
    _expect(isinstance(value, dict) and all(
        isinstance(k, str) and isinstance(v, dict) and all(isinstance(w, str) for w in [*v, *v.values()])
        for k, v in value.items()), "a mapping of names to {language: word}", value)
    return {key: dict(words) for key, words in value.items()}


INTEGER = ParamType("integer", _integer)
NUMBER = ParamType("number", _number)
STRINGS = ParamType("list of strings", _strings)
NUMBER_TRIPLE = ParamType("list of 3 numbers", _number_triple)
NUMBERS_BY_NAME = ParamType("mapping of names to numbers", _numbers_by_name)
WORDS_BY_NAME = ParamType("mapping of names to words per language", _words_by_name)


@frozen
class Param:
    type: ParamType
    default: Any  # already of the converted type
    doc: str


@frozen
class CheckKind:
    """A check kind as rules see it: the function that implements it, its parameters, its placeholders."""

    function: str  # "module:function", imported only when a selected rule uses the kind
    placeholders: frozenset[str]
    params: Mapping[str, Param]
    across: bool = False  # compares articles: `function` names an ArchiveKind that the audit runs over its store


def _kind(function: str, placeholders: str, *, across: bool = False, **params: Param) -> CheckKind:
    return CheckKind(function, frozenset(placeholders.split()), params, across)


_FACTOR = Param(NUMBER, 2.0, "how many times larger one figure must be than the other to be flagged")
_MAX_GAP_DAYS = Param(INTEGER, 31, "the furthest a reference tally's date may lie from the article's date")

KINDS: Mapping[str, CheckKind] = {
    "name-variants": _kind(
        "checker.checks.consistency.name_variants:name_variants", "found preferred by",
        entity_types=Param(STRINGS, ("person", "place"), "the entity types whose names are compared"),
        min_ratio=Param(NUMBER, 82.0, "the least similarity (0-100) of two spellings of one name"),
        preferred_spellings=Param(STRINGS, (), "spellings to prefer (the house style's, from the configuration)"),
        accepted_mix_info=Param(STRINGS, (), "languages in which two spellings the knowledge both lists, mixed in "
                                             "one article, are an info note, not the rule's severity"),
    ),
    "headline-body": _kind(
        "checker.checks.consistency.headline_body:headline_body", "found verdict part",
        tolerance=Param(NUMBER, 0.1, "how far (a share) a body figure may lie from the headline's and still agree"),
    ),
    "near-duplicate-conflict": _kind(
        "checker.checks.consistency.near_duplicate:near_duplicate_conflict", "found value line",
        max_repeated=Param(INTEGER, 3, "repeated sentences beyond which an article is a story pasted twice"),
    ),
    "repeated-sentence": _kind(
        "checker.checks.consistency.repeated_sentence:repeated_sentence", "line",
        max_repeated=Param(INTEGER, 3, "repeated sentences beyond which only the first is noted (a story pasted "
                                       "twice)"),
    ),
    "restated-fact": _kind(
        "checker.checks.consistency.restated_fact:restated_fact", "found value line",
        tolerance=Param(NUMBER, 0.01, "how far (a share) two figures of one fact may differ and still agree"),
        min_likeness=Param(NUMBER, 0.6, "the least share of content words two statements of one figure share"),
    ),
    "title-mismatch": _kind(
        "checker.checks.roles:title_mismatch", "person title found expected",
        monarch_offices=Param(STRINGS, ("office/king", "office/queen", "office/emir", "office/sultan"),
                              "a monarch's offices: a country whose knowledge has one has no president"),
        republic_offices=Param(STRINGS, ("office/president",),
                               "a republic's head of state: a country whose knowledge has one has no monarch"),
    ),
    "out-of-tenure": _kind(
        "checker.checks.roles:out_of_tenure", "person title date",
        max_years_after_end=Param(NUMBER, 2.0, "years after a role ended during which its title is still flagged"),
        transcript_paragraphs=Param(INTEGER, 6, "paragraphs back a transcript's speaker label still holds"),
        transcript_labels=Param(INTEGER, 2, "speaker labels in those paragraphs that make a transcript"),
    ),
    "holder-mismatch": _kind("checker.checks.roles:holder_mismatch", "person title holder date"),
    "casualty-ratio": _kind(
        "checker.checks.casualties:casualty_ratio", "figure killed ratio low high",
        min_killed=Param(NUMBER, 100.0, "the least number killed for a ratio to be judged"),
        skip_days=Param(INTEGER, 30, "days at the start of a reference series left out of the bounds"),
        series_min_killed=Param(NUMBER, 100.0, "the least cumulative killed for a tally point to count"),
        margin=Param(NUMBER, 3.0, "how far beyond the series' extremes a ratio may lie"),
        fallback_bounds=Param(NUMBER_TRIPLE, (0.75, 49.0, 3.7), "low, high and typical ratio without tallies"),
        small_margin=Param(NUMBER, 3.0, "how far a small event may go beyond the record of wounded per dead"),
        period_margin=Param(NUMBER, 3.0, "how many times the high bound a period's figures (a year) may reach"),
    ),
    "implausible-magnitude": _kind(
        "checker.checks.casualties:implausible_magnitude", "figure record kind",
        margin=Param(NUMBER, 1.0, "how many times its kind's record a figure must exceed to be flagged"),
    ),
    "exceeds-population": _kind(
        "checker.checks.casualties:exceeds_population", "figure place population share",
        max_share=Param(NUMBERS_BY_NAME, {}, "the largest plausible share of the population per category "
                                             "(0.5 for a category not listed)"),
        place_types=Param(STRINGS, ("country", "region"), "the place types whose population is compared"),
    ),
    "reference-mismatch": _kind(
        "checker.checks.casualties:reference_mismatch", "figure reference date source",
        factor=_FACTOR, max_gap_days=_MAX_GAP_DAYS,
        lag_days=Param(INTEGER, 7, "how many days old a report an article quotes may be"),
    ),
    "conflicting-tolls": _kind("checker.checks.casualties:conflicting_tolls", "figure earlier", factor=_FACTOR),
    "part-exceeds-whole": _kind(
        "checker.checks.casualties:part_exceeds_whole", "figure whole group",
        lower_bound_slack=Param(NUMBER, 1.5, "how far above a lower bound (\"at least 18\") its part may go"),
    ),
    "unwindowed-understatement": _kind(
        "checker.checks.casualties:unwindowed_understatement", "figure reference date source",
        factor=_FACTOR, max_gap_days=_MAX_GAP_DAYS,
        lag_days=Param(INTEGER, 7, "how many days old a report an article quotes may be"),
    ),
    "vague-understatement": _kind(
        "checker.checks.casualties:vague_understatement", "figure reference word date source",
        factor=_FACTOR, max_gap_days=_MAX_GAP_DAYS,
    ),
    "issuer-mismatch": _kind("checker.checks.attribution:issuer_mismatch", "found speaker country"),
    "outlet-descriptor": _kind("checker.checks.attribution:outlet_descriptor", "found outlet right"),
    "quote-speakers": _kind(
        "checker.checks.attribution:quote_speakers", "first second",
        min_words=Param(INTEGER, 5, "the fewest words a quotation needs to be compared"),
        min_ratio=Param(NUMBER, 90.0, "the least similarity (0-100) of two quotations to count as one"),
    ),
    "source-line": _kind(
        "checker.checks.attribution:source_line", "found declared",
        lead_sentences=Param(INTEGER, 3, "the opening sentences where the body's outlet is looked for"),
    ),
    "quote-speakers-across": _kind(
        "checker.checks.across:QUOTE_SPEAKERS_ACROSS", "first first_article second second_article", across=True,
        min_words=Param(INTEGER, 5, "the fewest words a quotation needs to be compared across articles"),
    ),
    "casualty-timeline": _kind(
        "checker.checks.across:CASUALTY_TIMELINE", "category place change reference earlier figure later",
        across=True,
        jump_factor=Param(NUMBER, 5.0, "how many times the earlier date's figure a toll must exceed to jump"),
        jump_days=Param(INTEGER, 7, "the most days between two dates for a growth to count as a jump"),
        min_jump_toll=Param(NUMBER, 100.0, "the least toll for a jump to be judged"),
        changes=Param(WORDS_BY_NAME, {}, "the verb of each change (falls, jumps) per language for {change}; "
                                         "the change's name where none is given"),
    ),
}

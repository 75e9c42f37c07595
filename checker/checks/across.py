"""Cross-article check kinds: what only an archive can show, run by `factlint audit`.

Each kind has two halves. `facts(rule, analysis)` yields what one article contributes as (key, body) pairs;
the audit stores them with the article (under the rule's id), so a rerun only reads the articles that
changed. `judge(rule, facts, packs)` reads every stored fact of the rule, ordered by key and article id
(one key's group at a time, so memory holds one group), and yields the findings across articles.

Messages are in the language of the article a finding is reported on (the later one).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from itertools import groupby, pairwise
from typing import TYPE_CHECKING, Any

from checker.frozen import frozen

if TYPE_CHECKING:
    from checker.analysis import Analysis
    from checker.packs.load import PackSet
    from checker.packs.model import Rule

Fact = tuple[str, str, dict]  # (article id, key, body), as the store gives them


@frozen
class CrossFinding:
    """A finding about several articles: the last of `body["articles"]` is the one it is reported on."""

    rule: str
    category: str
    severity: str  # error | warning | info
    message: str
    body: dict


@frozen
class ArchiveKind:
    facts: Callable[[Rule, Analysis], Iterator[tuple[str, dict]]]
    judge: Callable[[Rule, Iterable[Fact], PackSet], Iterator[CrossFinding]]


def _finding(rule: Rule, lang: str, body: dict, **values: Any) -> CrossFinding:
    return CrossFinding(rule.id, rule.category, rule.severity.label, rule.format_message(lang, values), body)


def entity_label(packs: PackSet | None, entity_id: str, lang: str) -> str:
    """The entity's name in `lang` (or another language), or its id when the packs do not know it."""
    entity = packs.knowledge.get(entity_id) if packs else None
    return entity.label(lang) if entity else entity_id


# -- one quotation, two voices, in different articles ------------------------------------------------------
def _quote_facts(rule: Rule, analysis: Analysis) -> Iterator[tuple[str, dict]]:
    """Quotations of at least `min_words` words with a named speaker that is not an outlet relaying them."""
    from checker.checks.attribution import is_stock_quote, quote_key

    min_words = int(rule.params["min_words"])
    for statement in analysis.annotation("attributions").statements:
        speaker = statement.speaker
        if not statement.quote or speaker is None or speaker.kind == "outlet" or statement.carried:
            continue
        if len(statement.quote.split()) < min_words:
            continue
        # Punctuation inside the quote marks varies between outlets; the words are the quotation.
        key = quote_key(statement.quote)
        if is_stock_quote(key, analysis.lang):
            continue
        yield key, {"speaker": speaker.entity_id, "kind": speaker.kind, "country": speaker.country,
                    "surface": analysis.text[speaker.start:speaker.end], "quote": statement.quote,
                    "lang": analysis.lang}


def _quote_findings(rule: Rule, facts: Iterable[Fact], packs: PackSet) -> Iterator[CrossFinding]:
    for _key, group in groupby(facts, key=lambda fact: fact[1]):
        credited = [(article_id, body) for article_id, _, body in group]
        first_id, first = credited[0]
        for article_id, body in credited[1:]:
            if article_id == first_id or not _different_voices(first, body):
                continue
            lang = body.get("lang", "en")
            yield _finding(rule, lang, {"articles": [first_id, article_id], "quote": body["quote"],
                                        "speakers": [first["speaker"], body["speaker"]]},
                           first=entity_label(packs, first["speaker"], lang), first_article=first_id,
                           second=entity_label(packs, body["speaker"], lang), second_article=article_id)
            break  # one finding per quotation: the editor opens both articles from it


def _different_voices(first: dict, second: dict) -> bool:
    """Two persons, or parties of two different countries (a minister and his ministry are one voice)."""
    if first["speaker"] == second["speaker"] or "official" in (first["kind"], second["kind"]):
        return False  # a demonym alone is no voice («الرئيس المالي»: a finance head, not Mali's)
    if first["kind"] == second["kind"] == "person":
        return True
    return bool(first["country"] and second["country"] and first["country"] != second["country"])


# -- a cumulative toll that falls, or jumps, between dates ------------------------------------------------
def _toll_facts(rule: Rule, analysis: Analysis) -> Iterator[tuple[str, dict]]:
    """Cumulative tolls of one category for exactly one place, for people at large, in a dated article."""
    if analysis.date is None:
        return
    for fact in analysis.annotation("casualty_facts"):
        if fact.scope != "cumulative" or fact.group is not None or len(fact.categories) != 1:
            continue
        places = {candidates[0] for candidates in fact.places if len(candidates) == 1}
        if len(places) != 1 or any(len(candidates) != 1 for candidates in fact.places):
            continue
        quantity = fact.quantity
        if quantity.vague:
            continue
        sentence = analysis.sentence_of(fact.start)
        yield f"{next(iter(places))}|{fact.categories[0]}", {
            "low": quantity.low, "high": quantity.high, "value": quantity.value,
            "text": analysis.text[fact.start:fact.end],
            "sentence": " ".join(analysis.text[sentence.start:sentence.end].split()),
            "date": analysis.date.isoformat(), "lang": analysis.lang}


def _toll_findings(rule: Rule, facts: Iterable[Fact], packs: PackSet) -> Iterator[CrossFinding]:
    from statistics import median  # here: the module is ~3 ms of the start of every run that imports this one

    from checker.checks.casualties import category_label

    for key, group in groupby(facts, key=lambda fact: fact[1]):
        place, category = key.split("|", 1)
        by_date: dict[dt.date, list[tuple[str, dict]]] = {}
        for article_id, _, body in group:
            by_date.setdefault(dt.date.fromisoformat(body["date"]), []).append((article_id, body))
        dates = sorted(by_date)
        for earlier, later in pairwise(dates):
            # The earlier date's median figure: one wrong article on that day does not set the bar.
            reference = median(body["value"] for _, body in by_date[earlier])
            for article_id, body in by_date[later]:
                change = _toll_change(rule, reference, body, (later - earlier).days)
                if change is None:
                    continue
                lang = body.get("lang", "en")
                yield _finding(rule, lang, {"articles": [a for a, _ in by_date[earlier]][:5] + [article_id],
                                            "place": place, "category": category, "sentence": body["sentence"]},
                               category=category_label(category, lang), place=entity_label(packs, place, lang),
                               change=_word(rule.params["changes"], change, lang), reference=f"{reference:,.0f}",
                               earlier=earlier.isoformat(), figure=body["text"], later=later.isoformat())


def _word(words: dict[str, dict[str, str]], name: str, lang: str) -> str:
    """The word for `name` in `lang` (else English, else the name itself) from a parameter of words."""
    given = words.get(name, {})
    return given.get(lang) or given.get("en") or name


def _toll_change(rule: Rule, reference: float, body: dict, days: int) -> str | None:
    if body["high"] < reference:
        return "falls"
    params = rule.params
    if days <= params["jump_days"] and body["low"] >= params["min_jump_toll"] \
            and body["low"] > reference * params["jump_factor"]:
        return "jumps"
    return None


QUOTE_SPEAKERS_ACROSS = ArchiveKind(_quote_facts, _quote_findings)
CASUALTY_TIMELINE = ArchiveKind(_toll_facts, _toll_findings)

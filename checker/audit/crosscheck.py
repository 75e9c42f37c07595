"""Checks that only an archive can support, run as a pass over the facts the store holds:

- `attribution/quote-speakers` across articles: one quotation credited to speakers who cannot be one voice
  (two persons, or parties of two countries) in different articles;
- `casualties/timeline`: a cumulative toll for one place and category that falls below the figure of an
  earlier date, or jumps beyond plausibility within a few days;
- house-style statistics of name spellings (a report table, not findings).

Facts are grouped by an index key in SQL order, so memory holds one group at a time.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import groupby, pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from checker.audit.store import AuditStore
    from checker.packs.load import PackSet

QUOTE_RULE = "attribution/quote-speakers"
TIMELINE_RULE = "casualties/timeline"
# A cumulative toll that grows more than this factor over the figure of a date at most JUMP_DAYS before.
JUMP_FACTOR = 5.0
JUMP_DAYS = 7
# Tolls below this are too small for a jump to mean anything (3 -> 20 dead is a plausible week).
MIN_JUMP_TOLL = 100

CrossRow = tuple[str, str, str, str, dict]  # rule, category, severity, message, body


@dataclass(frozen=True)
class SpellingStats:
    """How an entity's name is spelled in one language across the archive, most used first."""

    entity_id: str
    label: str
    lang: str
    spellings: tuple[tuple[str, int], ...]  # (spelling, articles)


def run_cross_checks(store: AuditStore, packs: PackSet) -> int:
    """Recompute every cross-article finding from the store; returns how many there are."""
    rows = [*quote_speaker_findings(store, packs), *timeline_findings(store, packs)]
    store.replace_cross_findings(rows)
    return len(rows)


def quote_speaker_findings(store: AuditStore, packs: PackSet) -> Iterator[CrossRow]:
    rule = packs.rule(QUOTE_RULE)
    severity = rule.severity.label if rule else "warning"
    for _key, group in groupby(store.facts("quote"), key=lambda fact: fact[1]):
        credited = [(article_id, body) for article_id, _, body in group]
        first_id, first = credited[0]
        for article_id, body in credited[1:]:
            if article_id == first_id or not _different_voices(first, body):
                continue
            first_label, second_label = _label(packs, first["speaker"]), _label(packs, body["speaker"])
            message = (f"The same quotation is credited to {first_label} in {first_id} "
                       f"and to {second_label} in {article_id}")
            yield QUOTE_RULE, "attribution", severity, message, {
                "articles": [first_id, article_id], "quote": body["quote"],
                "speakers": [first["speaker"], body["speaker"]]}
            break  # one finding per quotation: the editor opens both articles from it


def _different_voices(first: dict, second: dict) -> bool:
    """Two persons, or parties of two different countries (a minister and his ministry are one voice)."""
    if first["speaker"] == second["speaker"]:
        return False
    if first["kind"] == second["kind"] == "person":
        return True
    return bool(first["country"] and second["country"] and first["country"] != second["country"])


def timeline_findings(store: AuditStore, packs: PackSet) -> Iterator[CrossRow]:
    for key, group in groupby(store.facts("toll"), key=lambda fact: fact[1]):
        place, category = key.split("|", 1)
        by_date: dict[dt.date, list[tuple[str, dict]]] = {}
        for article_id, _, body in group:
            by_date.setdefault(dt.date.fromisoformat(body["date"]), []).append((article_id, body))
        dates = sorted(by_date)
        for earlier, later in pairwise(dates):
            # The earlier date's median figure: one wrong article on that day does not set the bar.
            reference = statistics.median(body["value"] for _, body in by_date[earlier])
            for article_id, body in by_date[later]:
                change = _toll_change(reference, body, (later - earlier).days)
                if change is None:
                    continue
                label = _label(packs, place)
                message = (f"Cumulative {category} toll for {label} {change} from {reference:,.0f} on {earlier} "
                           f"to {body['text']} on {later}")
                yield TIMELINE_RULE, "casualty", "warning", message, {
                    "articles": [a for a, _ in by_date[earlier]][:5] + [article_id],
                    "place": place, "category": category, "sentence": body["sentence"]}


def _toll_change(reference: float, body: dict, days: int) -> str | None:
    if body["high"] < reference:
        return "falls"
    if days <= JUMP_DAYS and body["low"] >= MIN_JUMP_TOLL and body["low"] > reference * JUMP_FACTOR:
        return "jumps"
    return None


def spelling_statistics(store: AuditStore, packs: PackSet | None = None) -> list[SpellingStats]:
    """Entities whose full name the archive spells more than one way in one language, with the articles
    per spelling; the entities with the most articles off the main spelling come first."""
    found = []
    for entity_id, group in groupby(store.facts("name"), key=lambda fact: fact[1]):
        articles: dict[tuple[str, str], set[str]] = {}
        for article_id, _, body in group:
            articles.setdefault((body["lang"], body["spelling"]), set()).add(article_id)
        for lang in sorted({lang for lang, _ in articles}):
            counts = [(spelling, len(ids)) for (in_lang, spelling), ids in articles.items() if in_lang == lang]
            if len(counts) > 1:
                spellings = tuple(sorted(counts, key=lambda pair: (-pair[1], pair[0])))
                found.append(SpellingStats(entity_id, _label(packs, entity_id), lang, spellings))
    return sorted(found, key=lambda s: (-sum(n for _, n in s.spellings[1:]), s.entity_id, s.lang))


def _label(packs: PackSet | None, entity_id: str) -> str:
    entity = packs.knowledge.get(entity_id) if packs else None
    return entity.label("en") if entity else entity_id

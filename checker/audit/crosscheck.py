"""Cross-article checks over the store, run at the end of every audit, and the house-style table.

The checks are pack rules of the archive kinds (`checker.checks.across`: `attribution/quote-speakers-across`,
`casualties/timeline` in the core packs), selected, configured and documented like every rule. Each reads
the facts its own per-article half stored under its rule id, grouped by key in SQL order, so memory holds
one group at a time. Name spellings are statistics for a report table, not findings.
"""

from __future__ import annotations

from itertools import groupby
from typing import TYPE_CHECKING

from checker.frozen import frozen

if TYPE_CHECKING:
    from checker.api import Checker
    from checker.audit.store import AuditStore
    from checker.packs.load import PackSet


@frozen
class SpellingStats:
    """How an entity's name is spelled in one language across the archive, most used first."""

    entity_id: str
    label: str
    lang: str
    spellings: tuple[tuple[str, int], ...]  # (spelling, articles)


def run_cross_checks(store: AuditStore, checker: Checker) -> int:
    """Recompute every cross-article finding of the checker's selected rules from the store; returns how
    many there are."""
    from checker.checks import archive_kind, is_archive_kind

    rows = [(found.rule, found.category, found.severity, found.message, found.body)
            for rule in checker.rules if is_archive_kind(rule.kind)
            for found in archive_kind(rule.kind).judge(rule, store.facts(rule.id), checker.packs)]
    store.replace_cross_findings(rows)
    return len(rows)


def spelling_statistics(store: AuditStore, packs: PackSet | None = None) -> list[SpellingStats]:
    """Entities whose full name the archive spells more than one way in one language, with the articles
    per spelling; the entities with the most articles off the main spelling come first."""
    from checker.checks.across import entity_label

    found = []
    for entity_id, group in groupby(store.facts("name"), key=lambda fact: fact[1]):
        articles: dict[tuple[str, str], set[str]] = {}
        for article_id, _, body in group:
            articles.setdefault((body["lang"], body["spelling"]), set()).add(article_id)
        for lang in sorted({lang for lang, _ in articles}):
            counts = [(spelling, len(ids)) for (in_lang, spelling), ids in articles.items() if in_lang == lang]
            if len(counts) > 1:
                spellings = tuple(sorted(counts, key=lambda pair: (-pair[1], pair[0])))
                found.append(SpellingStats(entity_id, entity_label(packs, entity_id, "en"), lang, spellings))
    return sorted(found, key=lambda s: (-sum(n for _, n in s.spellings[1:]), s.entity_id, s.lang))

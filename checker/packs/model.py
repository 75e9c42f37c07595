"""Loaded packs as typed, immutable data."""

from __future__ import annotations

import datetime as dt
import pickle
from collections.abc import Callable, Iterator, Mapping
from dataclasses import field
from functools import cached_property
from itertools import pairwise
from typing import Any

from checker.frozen import frozen
from checker.models import Finding, Fix, Severity


def parse_pack_date(text: str, *, end: bool = False) -> tuple[dt.date, bool]:
    """`YYYY-MM-DD` -> (date, exact); a bare `YYYY` -> 1 January (or 31 December for an end), inexact."""
    if len(text) == 4:
        year = int(text)
        return (dt.date(year, 12, 31) if end else dt.date(year, 1, 1)), False
    return dt.date.fromisoformat(text), True


@frozen
class Role:
    office: str
    of: str
    start: dt.date
    end: dt.date | None
    start_exact: bool = True
    end_exact: bool = True
    acting: bool = False

    def held_on(self, day: dt.date) -> bool | None:
        """True or False where the dates settle it; None inside a year given only as a year (uncertain)."""
        if day < self.start:
            return None if not self.start_exact and day.year == self.start.year else False
        if self.end is not None and day > self.end:
            return None if not self.end_exact and day.year == self.end.year else False
        if not self.start_exact and day.year == self.start.year:
            return None
        if self.end is not None and not self.end_exact and day.year == self.end.year:
            return None
        return True

    def ended_before(self, day: dt.date) -> bool:
        return self.end is not None and day > self.end and (self.end_exact or day.year > self.end.year)

    def began_after(self, day: dt.date) -> bool:
        return day < self.start and (self.start_exact or day.year < self.start.year)


@frozen
class Entity:
    id: str
    type: str
    names: Mapping[str, tuple[str, ...]]
    short: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    roles: tuple[Role, ...] = ()
    attrs: Mapping[str, Any] = field(default_factory=dict)
    # The last date its facts were verified (a role taken after it is not known): its own
    # `verified_through`, else its pack's (`verified_through`, or `checked`, the older name).
    verified: dt.date | None = None
    # Persons: the day they died (`died`), after which they hold no office and do nothing new.
    died: dt.date | None = None

    def preferred(self, lang: str) -> str | None:
        names = self.names.get(lang) or ()
        return names[0] if names else None

    def label(self, lang: str) -> str:
        """A display name: the preferred name in `lang`, else in the other language, else the id."""
        return self.preferred(lang) or self.preferred("en") or self.preferred("ar") or self.id

    def get(self, key: str, default: Any = None) -> Any:
        return self.attrs.get(key, default)


@frozen
class Tally:
    id: str
    place: str
    source: str
    scope: str
    columns: tuple[str, ...]
    points: tuple[tuple[Any, ...], ...]
    reported_by: str = ""  # the institution whose reports the series is ("the Gaza health ministry")

    @cached_property
    def dates(self) -> tuple[dt.date, ...]:
        """The points' dates (none without a date column), read once per tally: an article asks for ~30
        figures of series of ~500 points."""
        if "date" not in self.columns:
            return ()
        index = self.columns.index("date")
        return tuple(when if isinstance(when, dt.date) else dt.date.fromisoformat(str(when))
                     for when in (point[index] for point in self.points))

    @cached_property
    def dates_in_order(self) -> bool:
        return all(earlier <= later for earlier, later in pairwise(self.dates))


@frozen
class Rule:
    id: str
    category: str
    kind: str
    severity: Severity
    message: Mapping[str, str]
    why: str
    params: Mapping[str, Any]
    examples: Mapping[str, tuple[Mapping[str, Any], ...]]
    path: str

    def format_message(self, lang: str, values: Mapping[str, Any]) -> str:
        from checker.lang.localize import localize_values

        template = self.message.get(lang) or self.message.get("en") or next(iter(self.message.values()))
        try:
            return template.format_map(localize_values(lang, values))  # dates in `lang`
        except (KeyError, IndexError, ValueError):
            return template

    def finding(
        self,
        start: int,
        end: int,
        lang: str,
        *,
        explanation: str = "",
        fix: Fix | None = None,
        reason_key: str = "",
        severity: Severity | None = None,
        alternatives: tuple[Fix, ...] = (),
        **values: Any,
    ) -> Finding:
        """A finding of this rule on the prose span start..end, its message in the article's language."""
        return Finding(
            rule=self.id,
            category=self.category,
            severity=severity or self.severity,
            start=start,
            end=end,
            message=self.format_message(lang, values),
            explanation=explanation,
            fix=fix,
            reason_key=reason_key or f"{self.id}@{start}:{end}",
            alternatives=alternatives,
        )


@frozen
class KnowledgeBase:
    entities: Mapping[str, Entity]
    tallies: Mapping[str, Tally]
    # The sources the packs cite, per language (`source_names`: the start of a pack's text, then its name in
    # each language), and the tallies' columns (`column_labels`: language -> column -> label).
    source_names: tuple[tuple[str, Mapping[str, str]], ...] = ()
    column_labels: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    # Indexes derived from the facts, built on first use: per-article code must never rescan the whole base.
    _derived: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def get(self, entity_id: str) -> Entity | None:
        return self.entities.get(entity_id)

    def with_entities_unpickled_on_use(self) -> KnowledgeBase:
        """The same knowledge with its entities held pickled one by one (see EntitiesOnUse): for the compiled
        cache. Its indexes (`derived`) must hold entity ids, not entities, or they would carry them all."""
        if isinstance(self.entities, EntitiesOnUse):
            return self
        return KnowledgeBase(EntitiesOnUse.of(self.entities), self.tallies, self.source_names, self.column_labels,
                             self._derived)

    def derived(self, name: str, build: Callable[[KnowledgeBase], Any]) -> Any:
        """The index `name`, built by `build(self)` the first time it is asked for."""
        if name not in self._derived:
            self._derived[name] = build(self)
        return self._derived[name]

    def source_name(self, source: str, lang: str) -> str:
        """A source the packs cite (a tally's `source`, a place's `population_source`) as `lang` writes it:
        the name of the first `source_names` entry that starts the pack's text and names it in `lang`; the text
        itself otherwise."""
        return next((names[lang] for start, names in self.source_names if source.startswith(start) and lang in names),
                    source)

    def column_label(self, column: str, lang: str) -> str:
        """A tally column ("injured") as `lang` writes it; the column itself where the packs give no label."""
        return self.column_labels.get(lang, {}).get(column, column)

    def of_type(self, entity_type: str) -> list[Entity]:
        by_type = self.derived("entities-by-type", _entities_by_type)
        return [self.entities[entity_id] for entity_id in by_type.get(entity_type, ())]


def _entities_by_type(knowledge: KnowledgeBase) -> dict[str, list[str]]:
    by_type: dict[str, list[str]] = {}
    for entity_id, entity in knowledge.entities.items():
        by_type.setdefault(entity.type, []).append(entity_id)
    return by_type


class EntitiesOnUse(Mapping[str, Entity]):
    """Entities by id, each kept pickled on its own and unpickled the first time it is asked for.

    The compiled cache holds the knowledge's ~3,300 entities so: a one-file run reads some 30-100 of them (its
    mentions, the holders of its titles), and unpickling all of them was the largest part of a warm run's
    start (~10 ms). Iterating, `in` and `len` read the ids alone; a whole scan unpickles each once."""

    __slots__ = ("_pickled", "_unpickled")

    def __init__(self, pickled: dict[str, bytes]) -> None:
        self._pickled = pickled
        self._unpickled: dict[str, Entity] = {}

    @classmethod
    def of(cls, entities: Mapping[str, Entity]) -> EntitiesOnUse:
        return cls({entity_id: pickle.dumps(entity, protocol=pickle.HIGHEST_PROTOCOL)
                    for entity_id, entity in entities.items()})

    def __getitem__(self, entity_id: str) -> Entity:
        entity = self._unpickled.get(entity_id)
        if entity is None:  # pickled into the cache file that holds it, whose checks it passed with that file
            entity = self._unpickled[entity_id] = pickle.loads(self._pickled[entity_id])  # noqa: S301
        return entity

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self._pickled

    def __iter__(self) -> Iterator[str]:
        return iter(self._pickled)

    def __len__(self) -> int:
        return len(self._pickled)

    def __reduce__(self) -> tuple[type[EntitiesOnUse], tuple[dict[str, bytes]]]:
        return EntitiesOnUse, (self._pickled,)

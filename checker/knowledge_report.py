"""What the knowledge holds and how current it is, per pack: `factlint knowledge`.

A newsroom needs to see how far its checker's facts reach: how many people, roles, offices, countries and
places each knowledge pack holds, and its horizon, the date its facts were last verified (the pack's
`verified_through`, or the older `checked`). Past that date an absence of knowledge is not evidence. Entities
may carry a `verified_through` of their own; they are summarised as the oldest and newest such date.

The packs are validated by the caller (`checker.compiled_packs.load_packs`); this module reads their headers
and entities again as plain data, which only this command needs.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any, TextIO

from checker.frozen import frozen

# The header keys that state a pack's horizon, the newer first.
HORIZON_KEYS = ("verified_through", "checked")
# The entity types counted in their own column; the rest (institutions, organisations, outlets) as "other".
COUNTED_TYPES = {"person": "people", "office": "offices", "country": "countries", "place": "places"}


@frozen
class EntityHorizons:
    """The entities that state their own `verified_through`: how many, the oldest and newest date; how many of
    them were checked only to before the pack's own date, and the roles those hold with no end (a role said to
    be held now, on the word of an older check)."""

    count: int = 0
    oldest: str | None = None
    newest: str | None = None
    before_pack: int = 0
    current_roles_before_pack: int = 0


@frozen
class PackSummary:
    pack: str
    path: str
    version: int | None
    horizon: str | None  # ISO date, or None when the pack states none
    horizon_field: str | None  # verified_through | checked
    people: int
    people_with_arabic_names: int
    roles: int
    current_roles: int  # roles with no end date: held on the horizon
    offices: int
    countries: int
    places: int
    other_entities: int
    tallies: int
    died: int  # people with a death date
    entity_horizons: EntityHorizons


def _iso(value: Any) -> str | None:
    """A YAML date (a date object, or a string) as `YYYY-MM-DD` / `YYYY`; None when absent."""
    if value is None or value == "":
        return None
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def _horizon(data: Mapping[str, Any]) -> tuple[str | None, str | None]:
    for key in HORIZON_KEYS:
        value = _iso(data.get(key))
        if value:
            return value, key
    return None, None


def summarise_pack(path: str, data: Mapping[str, Any]) -> PackSummary:
    """The counts and horizon of one knowledge pack, read from its parsed YAML."""
    entities: Sequence[Mapping[str, Any]] = data.get("entities") or []
    by_type = {column: 0 for column in COUNTED_TYPES.values()}
    other = arabic = roles = current = died = 0
    own_dates: list[tuple[str, int]] = []  # (own date, its roles with no end)
    for entity in entities:
        column = COUNTED_TYPES.get(entity.get("type", ""))
        if column is None:
            other += 1
        else:
            by_type[column] += 1
        own = _iso(entity.get("verified_through"))
        if own:
            own_dates.append((own, sum(role.get("to") is None for role in entity.get("roles") or ())))
        if entity.get("type") != "person":
            continue
        arabic += bool((entity.get("names") or {}).get("ar"))
        died += entity.get("died") is not None
        for role in entity.get("roles") or ():
            roles += 1
            current += role.get("to") is None
    horizon, field = _horizon(data)
    # ISO dates sort as text; a bare year ("2025") sorts before any day of that year, as it should.
    dates = sorted(day for day, _ in own_dates)
    earlier = [held for day, held in own_dates if horizon is not None and day < horizon]
    return PackSummary(
        pack=str(data.get("pack", Path(path).stem)), path=path, version=data.get("version"),
        horizon=horizon, horizon_field=field, people_with_arabic_names=arabic, roles=roles,
        current_roles=current, other_entities=other, tallies=len(data.get("tallies") or ()), died=died,
        entity_horizons=EntityHorizons(len(dates), dates[0] if dates else None, dates[-1] if dates else None,
                                       len(earlier), sum(earlier)),
        **by_type,
    )


def knowledge_summaries(files: Iterable[Path]) -> list[PackSummary]:
    """One summary per knowledge pack among `files` (rule packs are skipped), in the order given."""
    from checker.packs.yaml_source import read_yaml

    summaries = []
    for path in files:
        data = read_yaml(path)
        if isinstance(data, dict) and data.get("kind") == "knowledge":
            summaries.append(summarise_pack(str(path), data))
    return summaries


_TOTALLED = ("people", "people_with_arabic_names", "roles", "current_roles", "offices", "countries", "places",
             "other_entities", "tallies", "died")


def totals(summaries: Sequence[PackSummary]) -> dict[str, Any]:
    """The counts over every pack, and the horizon of the whole: the oldest pack horizon (the knowledge is
    only as current as its least current pack)."""
    total: dict[str, Any] = {key: sum(getattr(summary, key) for summary in summaries) for key in _TOTALLED}
    horizons = sorted(summary.horizon for summary in summaries if summary.horizon)
    total["horizon"] = horizons[0] if horizons else None
    total["packs_without_horizon"] = sum(summary.horizon is None for summary in summaries)
    return total


def write_json(summaries: Sequence[PackSummary], stream: TextIO, version: str) -> None:
    report = {"factlint": version, "packs": [asdict(summary) for summary in summaries],
              "total": totals(summaries)}
    stream.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")


_COLUMNS = (("people", "people"), ("ar names", "people_with_arabic_names"), ("roles", "roles"),
            ("current", "current_roles"), ("offices", "offices"), ("countries", "countries"),
            ("places", "places"), ("other", "other_entities"), ("tallies", "tallies"))


def write_rich(summaries: Sequence[PackSummary], stream: TextIO, *, color: bool) -> None:
    """A table, one row per pack and a total row; the horizon column says where each date comes from."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title="factlint knowledge", title_justify="left")
    table.add_column("pack")
    for header, _ in _COLUMNS:
        table.add_column(header, justify="right")
    table.add_column("verified through")
    table.add_column("entities' own dates")
    for summary in summaries:
        own = summary.entity_horizons
        table.add_row(summary.pack, *(str(getattr(summary, key)) for _, key in _COLUMNS),
                      _horizon_cell(summary.horizon, summary.horizon_field),
                      _own_dates_cell(own))
    total = totals(summaries)
    table.add_row("total", *(str(total[key]) for _, key in _COLUMNS), total["horizon"] or "none", "",
                  style="bold")
    console = Console(file=stream, force_terminal=color, no_color=not color, width=160)
    console.print(table)
    console.print("Past a pack's date (or an entity's own, where earlier), a fact missing from it is not evidence "
                  "of an error.")


def _own_dates_cell(own: EntityHorizons) -> str:
    if not own.count:
        return "-"
    cell = f"{own.count}: {own.oldest} .. {own.newest}"
    if own.before_pack:
        cell += f"; {own.before_pack} before the pack's ({own.current_roles_before_pack} current roles)"
    return cell


def _horizon_cell(horizon: str | None, field: str | None) -> str:
    if horizon is None:
        return "not stated"
    return horizon if field == HORIZON_KEYS[0] else f"{horizon} ({field})"

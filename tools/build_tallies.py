"""Build the casualty reference tallies (rules/knowledge/tallies/*.yaml) from Tech for Palestine's daily
series (public domain): Gaza (Ministry of Health), West Bank (UN OCHA), Lebanon (Ministry of Public Health).

The JSON files are read from paths given on the command line, never from a fixed location:
`.venv/bin/python tools/build_tallies.py --gaza gaza_daily.json --west-bank west_bank_daily.json
--lebanon lebanon_daily.json [--out-dir rules/knowledge/tallies] [--checked YYYY-MM-DD]`.
It prints, per series, the wounded/killed ratio range after the first 30 days (the casualty-ratio check
sets its bounds from it). Output is deterministic: one flow-style list per report date.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT_DIR = REPO / "rules" / "knowledge" / "tallies"
DEFAULT_CHECKED = "2026-11-29"
RATIO_SKIP_DAYS = 30  # early counts are incomplete and the ratio swings; the check uses settled values
TFP = "Tech for Palestine palestine-datasets (public domain)"
TFP_AR = "Tech for Palestine (ملكية عامة)"
# The tallies' columns as each language names them in a message (the pack's `column_labels`).
COLUMN_LABELS = {"ar": {"killed": "القتلى", "injured": "الجرحى", "killed_children": "القتلى من الأطفال",
                        "killed_women": "القتلى من النساء", "injured_children": "الجرحى من الأطفال"}}

Record = Mapping[str, Any]


@dataclass(frozen=True)
class Series:
    """How one Tech for Palestine file becomes one tally."""

    key: str  # output file stem and pack suffix
    tally_id: str
    place: str
    since: str
    scope: str
    source: str
    source_names: Mapping[str, str]  # the source as each language names it in a message (the pack's `source_names`)
    columns: tuple[str, ...]  # first is always `date`
    row: Callable[[Record], list[Any]]  # the values after the date
    killed_injured: Callable[[Record], tuple[int | None, int | None]]
    about: str  # YAML comment lines at the top of the file
    reported_by: str = ""  # the institution (institutions.yaml) whose reports the series is, if one


def _field(record: Record, name: str) -> Any:
    value = record.get(name)
    return None if value is None else int(value)


def _gaza_row(record: Record) -> list[Any]:
    # Official values only: Tech for Palestine's ext_* fields are its own extrapolations for missing days.
    return [_field(record, f) for f in ("killed_cum", "injured_cum", "killed_children_cum", "killed_women_cum")]


def _west_bank_row(record: Record) -> list[Any]:
    return [_field(record, f) for f in ("killed_cum", "injured_cum", "killed_children_cum", "injured_children_cum")]


def _lebanon_row(record: Record) -> list[Any]:
    return [_field(record, f) for f in ("killed_cum", "injured_cum", "killed_cum_reported",
                                        "injured_cum_reported", "phase")]


def _killed_injured(record: Record) -> tuple[int | None, int | None]:
    return _field(record, "killed_cum"), _field(record, "injured_cum")


SERIES: dict[str, Series] = {
    "gaza": Series(
        key="gaza", tally_id="tally/gaza-moh", place="place/gaza-strip", since="2023-10-07",
        scope="cumulative since 2023-10-07",
        source=f"Gaza Ministry of Health (Government Media Office when the ministry did not report) via {TFP}",
        source_names={"ar": "وزارة الصحة في غزة (والمكتب الإعلامي الحكومي حين لا تصدر الوزارة حصيلة)، عن بيانات "
                            f"{TFP_AR}"},
        reported_by="institution/PS-health-ministry",
        columns=("date", "killed", "injured", "killed_children", "killed_women"), row=_gaza_row,
        killed_injured=_killed_injured,
        about=(
            "Gaza Strip: people killed and injured since 7 October 2023, cumulative, as the Gaza Ministry of\n"
            "Health reported them (its Telegram channel; the Government Media Office when the ministry did not\n"
            "report). null: the day's report did not give that figure (communication cuts, the November 2023\n"
            "pause); children and women killed are given only in some reports, about weekly. The\n"
            "ministry counts only direct deaths of war, not deaths from famine or disease, and has added\n"
            "retroactive batches (bodies recovered, deaths recognised by its judicial committee)."
        ),
    ),
    "west-bank": Series(
        key="west-bank", tally_id="tally/west-bank-ocha", place="place/west-bank", since="2023-10-07",
        scope="cumulative since 2023-10-07",
        source=f"UN OCHA (flash updates, with carried-forward days) via {TFP}",
        source_names={"ar": f"مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا)، عن بيانات {TFP_AR}"},
        columns=("date", "killed", "injured", "killed_children", "injured_children"), row=_west_bank_row,
        killed_injured=_killed_injured,
        about=(
            "West Bank: Palestinians killed and injured since 7 October 2023, cumulative, from UN OCHA's\n"
            "flash updates as compiled by Tech for Palestine (days without an update carry the last figure).\n"
            "OCHA's separately verified figures differ slightly and are not included."
        ),
    ),
    "lebanon": Series(
        key="lebanon", tally_id="tally/lebanon-moph", place="place/LB", since="2023-10-08",
        scope="cumulative since 2023-10-08, continuous across the Ministry's counting phases",
        source=f"Lebanon Ministry of Public Health (relayed by UN OCHA before late October 2024) via {TFP}",
        source_names={"ar": "وزارة الصحة العامة اللبنانية (عن مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية قبل "
                            f"أواخر أكتوبر 2024)، عن بيانات {TFP_AR}"},
        columns=("date", "killed", "injured", "killed_reported", "injured_reported", "phase"),
        row=_lebanon_row, killed_injured=_killed_injured,
        about=(
            "Lebanon: people killed and injured by Israeli strikes, cumulative since 8 October 2023, from the\n"
            "Ministry of Public Health. Reports are not daily (first row 14 November 2023). The ministry\n"
            "restarts its count at zero for each escalation: phase 1 ran to 4 December 2024 (4,047 killed,\n"
            "16,638 injured); phase 2 counts from 2 March 2026. `killed`/`injured` are continuous totals\n"
            "across phases; `killed_reported`/`injured_reported` are the ministry's own figures for the\n"
            "phase, which is what news of that period quotes."
        ),
    ),
}


@dataclass(frozen=True)
class RatioRange:
    """injured/killed over a series' settled points."""

    minimum: float
    median: float
    maximum: float
    points: int


def tally_points(series: Series, records: Sequence[Record]) -> list[list[Any]]:
    """One point per report date, sorted, dropping dates without any figure."""
    points = []
    for record in sorted(records, key=lambda r: r["report_date"]):
        values = series.row(record)
        if any(v is not None for v in values):
            points.append([str(record["report_date"]), *values])
    return points


def ratio_range(series: Series, records: Sequence[Record], skip_days: int = RATIO_SKIP_DAYS) -> RatioRange | None:
    """Range of injured_cum/killed_cum on report dates at least `skip_days` after the series starts."""
    start = dt.date.fromisoformat(series.since) + dt.timedelta(days=skip_days)
    ratios = []
    for record in records:
        killed, injured = series.killed_injured(record)
        if killed and injured is not None and dt.date.fromisoformat(str(record["report_date"])) >= start:
            ratios.append(injured / killed)
    if not ratios:
        return None
    return RatioRange(round(min(ratios), 3), round(statistics.median(ratios), 3), round(max(ratios), 3), len(ratios))


def render_tally(series: Series, records: Sequence[Record], checked: str = DEFAULT_CHECKED) -> str:
    """The tally pack as YAML text: comments on what the figures are, then one flow list per date."""
    points = tally_points(series, records)
    ratio = ratio_range(series, records)
    comments = [f"# {line}" if line else "#" for line in series.about.splitlines()]
    comments.append(f"# Generated by tools/build_tallies.py from {TFP}: do not edit by hand.")
    if ratio:
        comments.append(f"# injured/killed after the first {RATIO_SKIP_DAYS} days: min {ratio.minimum}, "
                        f"median {ratio.median}, max {ratio.maximum} ({ratio.points} report dates).")
    last = points[-1][0] if points else series.since
    lines = [
        *comments,
        f"pack: tallies-{series.key}",
        "kind: knowledge",
        "version: 1",
        f'checked: "{checked}"',
        f"source: {json.dumps(series.source, ensure_ascii=False)}",
        f"description: {json.dumps(f'{series.tally_id}: {len(points)} report dates, {series.since} to {last}')}",
        "source_names:",
        f"  - source: {json.dumps(series.source, ensure_ascii=False)}",
        f"    names: {json.dumps(dict(series.source_names), ensure_ascii=False)}",
        "column_labels:",
        *(f"  {lang}: {json.dumps({c: labels[c] for c in series.columns if c in labels}, ensure_ascii=False)}"
          for lang, labels in COLUMN_LABELS.items()),
        "tallies:",
        f"  - id: {series.tally_id}",
        f"    place: {series.place}",
        f"    scope: {json.dumps(series.scope)}",
        f'    since: "{series.since}"',
        f"    source: {json.dumps(series.source, ensure_ascii=False)}",
        *([f"    reported_by: {series.reported_by}"] if series.reported_by else []),
        f"    columns: [{', '.join(series.columns)}]",
        "    points:",
        *(f"      - {json.dumps(point)}" for point in points),
    ]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    for key in SERIES:
        parser.add_argument(f"--{key}", type=Path, help=f"Tech for Palestine {key} daily JSON")
    parser.add_argument("--out-dir", type=Path, default=DEFAULT_OUT_DIR)
    parser.add_argument("--checked", default=DEFAULT_CHECKED, help="date the figures were last checked")
    args = parser.parse_args(argv)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    for key, series in SERIES.items():
        path = getattr(args, key.replace("-", "_"))
        if path is None:
            continue
        records = json.loads(path.read_text(encoding="utf-8"))
        out = args.out_dir / f"{key}.yaml"
        out.write_text(render_tally(series, records, args.checked), encoding="utf-8")
        ratio = ratio_range(series, records)
        print(f"wrote {out}; injured/killed after {RATIO_SKIP_DAYS} days: {ratio}")


if __name__ == "__main__":
    main()

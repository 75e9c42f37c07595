"""`factlint knowledge`: per knowledge pack, its counts and its horizon (checker/knowledge_report.py)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from checker.cli import app
from checker.knowledge_report import knowledge_summaries, totals

# A pack as the roles work writes them: `verified_through` in the header and on some entities, a death date.
CURRENT = """\
pack: house-people
kind: knowledge
version: 3
verified_through: 2026-10-15
checked: 2026-01-01
entities:
  - id: person/test-amina
    type: person
    names: {en: [Amina Test], ar: [أمينة تست]}
    gender: f
    verified_through: 2026-09-30
    roles:
      - {office: office/foreign-minister, of: country/OM, from: 2020-01-05, to: null}
      - {office: office/defence-minister, of: country/OM, from: 2015, to: 2019}
  - id: person/test-omar
    type: person
    names: {en: [Omar Test]}
    gender: m
    died: 2024-02-01
    verified_through: 2025
    roles:
      - {office: office/prime-minister, of: country/OM, from: 2010-03-01, to: 2024-02-01}
  - id: country/TEST-XX
    type: country
    names: {en: [Testland], ar: [تستلاند]}
  - id: place/test-city
    type: place
    place_type: city
    names: {en: [Test City]}
"""

# An older pack: only the `checked` header, nothing dated of its own.
OLDER = """\
pack: house-outlets
kind: knowledge
version: 1
checked: 2025-06-30
entities:
  - id: outlet/test-daily
    type: outlet
    outlet_type: newspaper
    names: {en: [Test Daily], ar: [تست ديلي]}
  - id: office/test-envoy
    type: office
    names: {en: [envoy], ar: [مبعوث]}
"""

RULES = """\
pack: house-rules
kind: rules
version: 1
checked: 2026-01-01
rules: []
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_each_knowledge_pack_is_counted_with_its_horizon(tmp_path):
    files = [_write(tmp_path, "a.yaml", CURRENT), _write(tmp_path, "b.yaml", OLDER), _write(tmp_path, "r.yaml", RULES)]
    current, older = knowledge_summaries(files)  # the rule pack is not knowledge
    assert (current.pack, current.people, current.people_with_arabic_names, current.roles, current.current_roles,
            current.countries, current.places, current.died) == ("house-people", 2, 1, 3, 1, 1, 1, 1)
    assert (current.horizon, current.horizon_field) == ("2026-10-15", "verified_through")  # the newer key wins
    assert (current.entity_horizons.count, current.entity_horizons.oldest, current.entity_horizons.newest) == (
        2, "2025", "2026-09-30")
    assert (older.horizon, older.horizon_field, older.offices, older.other_entities) == (
        "2025-06-30", "checked", 1, 1)
    assert older.entity_horizons.count == 0 and older.entity_horizons.oldest is None


def test_entities_checked_before_their_pack_are_counted_with_the_roles_they_hold_now(tmp_path):
    """A person's own date before the pack's: the header overstates them, and a role with no end rests on the
    older check; one dated on or after the pack's date is not counted."""
    later = CURRENT.replace("verified_through: 2025\n", "verified_through: 2026-10-15\n")
    (current,) = knowledge_summaries([_write(tmp_path, "a.yaml", CURRENT)])
    (same_day,) = knowledge_summaries([_write(tmp_path, "b.yaml", later)])
    assert (current.entity_horizons.before_pack, current.entity_horizons.current_roles_before_pack) == (2, 1)
    assert (same_day.entity_horizons.before_pack, same_day.entity_horizons.current_roles_before_pack) == (1, 1)
    loadable = CURRENT.replace("checked: 2026-01-01\n", "").replace(
        "verified_through: 2025\n", "verified_through: 2025-01-01\n").replace(
        "from: 2015, to: 2019", "from: '2015', to: '2019'")
    house = _write(tmp_path, "house.yaml", loadable)  # a pack states one horizon key, and days only
    result = CliRunner().invoke(app, ["knowledge", "--packs", str(house), "--no-color"])
    assert result.exit_code == 0, result.output
    assert "2 before the pack's (1 current roles)" in " ".join(result.stdout.split()).replace("│ ", "")


def test_the_whole_is_as_current_as_its_oldest_pack(tmp_path):
    summaries = knowledge_summaries([_write(tmp_path, "a.yaml", CURRENT), _write(tmp_path, "b.yaml", OLDER)])
    total = totals(summaries)
    assert (total["horizon"], total["people"], total["roles"], total["packs_without_horizon"]) == (
        "2025-06-30", 2, 3, 0)
    undated = knowledge_summaries([_write(tmp_path, "c.yaml", OLDER.replace("checked: 2025-06-30\n", ""))])
    assert undated[0].horizon is None and totals(undated)["packs_without_horizon"] == 1


def test_command_reports_builtin_and_house_packs_as_json(tmp_path):
    house = _write(tmp_path, "house.yaml", OLDER)
    result = CliRunner().invoke(app, ["knowledge", "--packs", str(house), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    by_pack = {pack["pack"]: pack for pack in report["packs"]}
    assert by_pack["house-outlets"]["horizon"] == "2025-06-30"
    assert by_pack["countries"]["countries"] >= 197
    assert by_pack["officials"]["people"] == report["total"]["people"] > 0
    assert report["total"]["horizon"] == "2025-06-30"


def test_command_prints_a_table_with_each_pack_and_its_date(tmp_path):
    house = _write(tmp_path, "house.yaml", OLDER)
    result = CliRunner().invoke(app, ["knowledge", "--packs", str(house), "--no-color"])
    assert result.exit_code == 0, result.output
    row = next(line for line in result.stdout.splitlines() if "house-outlets" in line)
    assert "2025-06-30 (checked)" in row
    assert any(line.startswith("│ total") for line in result.stdout.splitlines())


def test_a_broken_pack_or_an_unknown_format_exits_2_with_one_line(tmp_path):
    broken = _write(tmp_path, "broken.yaml", OLDER.replace("outlet_type: newspaper", "outlet_type: 7"))
    result = CliRunner().invoke(app, ["knowledge", "--packs", str(broken)])
    assert result.exit_code == 2 and result.stderr.startswith(f"factlint: error: {broken}:")
    assert len(result.stderr.splitlines()) == 1
    result = CliRunner().invoke(app, ["knowledge", "--format", "sarif"])
    assert result.exit_code == 2 and "unknown --format 'sarif'" in result.stderr

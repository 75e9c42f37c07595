"""tools/build_tallies.py on small hand-written series (never the real data)."""

import importlib.util
import json
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("build_tallies", REPO / "tools" / "build_tallies.py")
build_tallies = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = build_tallies  # dataclasses look their module up while the class is built
_spec.loader.exec_module(build_tallies)

GAZA = [
    {"report_date": "2023-11-20", "killed_cum": 13000, "injured_cum": 31000, "killed_children_cum": 5500,
     "ext_killed_cum": 13000},
    {"report_date": "2023-10-07", "killed_cum": 232, "injured_cum": 1610, "ext_killed_cum": 232},
    {"report_date": "2023-11-25", "ext_killed_cum": 14800, "ext_injured_cum": 35000},  # no official figure
    {"report_date": "2023-11-06", "killed_cum": 10000, "injured_cum": 25000},
]
LEBANON = [
    {"report_date": "2024-12-04", "phase": 1, "killed_cum": 4047, "injured_cum": 16638,
     "killed_cum_reported": 4047, "injured_cum_reported": 16638},
    {"report_date": "2026-03-05", "phase": 2, "killed_cum": 4170, "injured_cum": 17321,
     "killed_cum_reported": 123, "injured_cum_reported": 683},
]


def test_gaza_points_are_sorted_official_and_skip_empty_days():
    points = build_tallies.tally_points(build_tallies.SERIES["gaza"], GAZA)
    assert points == [
        ["2023-10-07", 232, 1610, None, None],
        ["2023-11-06", 10000, 25000, None, None],
        ["2023-11-20", 13000, 31000, 5500, None],
    ]


def test_ratio_range_skips_the_first_30_days():
    ratio = build_tallies.ratio_range(build_tallies.SERIES["gaza"], GAZA)
    assert ratio == build_tallies.RatioRange(minimum=2.385, median=2.442, maximum=2.5, points=2)
    assert build_tallies.ratio_range(build_tallies.SERIES["gaza"], GAZA[1:2]) is None


def test_lebanon_keeps_phase_and_reported_figures():
    points = build_tallies.tally_points(build_tallies.SERIES["lebanon"], LEBANON)
    assert points[1] == ["2026-03-05", 4170, 17321, 123, 683, 2]


def test_rendered_tally_is_a_valid_pack():
    text = build_tallies.render_tally(build_tallies.SERIES["gaza"], GAZA, "2026-01-02")
    assert text.startswith("# Gaza Strip: people killed and injured")
    assert "# injured/killed after the first 30 days: min 2.385, median 2.442, max 2.5 (2 report dates)." in text
    assert '      - ["2023-11-20", 13000, 31000, 5500, null]\n' in text
    pack = yaml.safe_load(text)
    schema = json.loads((REPO / "rules" / "pack.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(pack, schema)
    tally = pack["tallies"][0]
    assert tally["id"] == "tally/gaza-moh" and tally["place"] == "place/gaza-strip"
    assert tally["columns"] == ["date", "killed", "injured", "killed_children", "killed_women"]
    assert pack["checked"] == "2026-01-02" and len(tally["points"]) == 3
    assert pack["source_names"] == [{"source": tally["source"], "names": {"ar": (
        "وزارة الصحة في غزة (والمكتب الإعلامي الحكومي حين لا تصدر الوزارة حصيلة)، عن بيانات Tech for Palestine "
        "(ملكية عامة)")}}]
    assert pack["column_labels"] == {"ar": {"killed": "القتلى", "injured": "الجرحى",
                                            "killed_children": "القتلى من الأطفال", "killed_women": "القتلى من النساء"}}


@pytest.mark.parametrize("key", ["gaza", "west-bank", "lebanon"])
def test_committed_tallies_name_their_source_and_columns_as_the_generator_does(key):
    """The head of each committed tally pack (everything above its points) is what render_tally writes: the
    figures come from Tech for Palestine's files, which the tests do not have."""
    committed = (REPO / "rules" / "knowledge" / "tallies" / f"{key}.yaml").read_text(encoding="utf-8")
    pack = yaml.safe_load(committed)
    rendered = yaml.safe_load(build_tallies.render_tally(build_tallies.SERIES[key], [], pack["checked"]))
    for field in ("source", "source_names", "column_labels"):
        assert pack[field] == rendered[field], field


def test_main_reads_paths_from_the_command_line(tmp_path, capsys):
    source = tmp_path / "lebanon.json"
    source.write_text(json.dumps(LEBANON), encoding="utf-8")
    build_tallies.main(["--lebanon", str(source), "--out-dir", str(tmp_path / "out")])
    written = yaml.safe_load((tmp_path / "out" / "lebanon.yaml").read_text(encoding="utf-8"))
    assert written["tallies"][0]["points"][0] == ["2024-12-04", 4047, 16638, 4047, 16638, 1]
    assert not (tmp_path / "out" / "gaza.yaml").exists()
    assert "lebanon.yaml" in capsys.readouterr().out


def test_committed_tallies_are_valid_and_never_decrease():
    schema = json.loads((REPO / "rules" / "pack.schema.json").read_text(encoding="utf-8"))
    files = sorted((REPO / "rules" / "knowledge" / "tallies").glob("*.yaml"))
    assert [f.stem for f in files] == ["gaza", "lebanon", "west-bank"]
    for path in files:
        pack = yaml.safe_load(path.read_text(encoding="utf-8"))
        jsonschema.validate(pack, schema)
        killed = [p[1] for p in pack["tallies"][0]["points"] if p[1] is not None]
        assert killed == sorted(killed), path.name

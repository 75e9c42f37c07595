"""tools/currency_report.py on six Factbook records and a small knowledge pack (tests/fixtures/factbook)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from tool_loader import load_tool

REPO = Path(__file__).resolve().parents[2]
tool = load_tool("currency_report")
FIXTURE = REPO / "tests" / "fixtures" / "factbook"


@pytest.mark.parametrize(("text", "title", "name", "family", "since"), [
    ("Amir TAMIM bin Hamad Al Thani (since 25 June 2013)", "Amir", "TAMIM bin Hamad Al Thani", ("tamim",),
     "2013-06-25"),
    ("King CHARLES III (since 8 September 2022); represented by Governor General Samantha (Sam) MOSTYN",
     "King", "CHARLES III", ("charles",), "2022-09-08"),
    ("Supreme Leader Ali Hoseini-KHAMENEI (since 4 June 1989)", "Supreme Leader", "Ali Hoseini-KHAMENEI",
     ("khamenei",), "1989-06-04"),
    ("President of the Government of Spain (prime minister-equivalent) Pedro SANCHEZ PEREZ-CASTEJON "
     "(since 2 June 2018)", "President of the Government of Spain", "Pedro SANCHEZ PEREZ-CASTEJON",
     ("sanchez", "perez", "castejon"), "2018-06-02"),
    ("S&eacute;bastien LECORNU (since 10 September 2025)", "", "Sébastien LECORNU", ("lecornu",), "2025-09-10"),
    ("President Ferdinand \"BongBong\" MARCOS Jr. (since 30 June 2022)", "President",
     "Ferdinand \"BongBong\" MARCOS Jr.", ("marcos",), "2022-06-30"),
])
def test_a_factbook_entry_gives_title_name_family_name_and_date(text, title, name, family, since):
    holder = tool.parse_holder("XX", "head of state", text)
    assert (holder.title, holder.name, holder.family, holder.since) == (title, name, family, since)


@pytest.mark.parametrize(("factbook", "names", "same"), [
    ("Prime Minister MUHAMMAD bin Abd al-Rahman Al Thani", ["Mohammed bin Abdulrahman Al Thani"], True),
    ("President Sadyr JAPAROV", ["Sadyr Zhaparov"], True),
    ("President Sadyr JAPAROV", ["Akylbek Japarov"], False),
    ("President Asif Ali ZARDARI", ["Bilawal Bhutto Zardari"], False),
    ("President Samia Suluhu HASSAN", ["Samia Suluhu"], True),
    ("Prime Minister Russell DLAMINI", ["Cleopas Dlamini"], False),
    ("Supreme People's Assembly President CHOE Ryong Hae", ["Choe Son-hui"], False),
])
def test_names_match_across_transliterations_but_not_across_relatives(factbook, names, same):
    assert tool.same_person(tool.parse_holder("XX", "head of state", factbook), names) is same


def test_every_disagreement_on_the_fixture():
    from checker.compiled_packs import load_packs

    knowledge = load_packs([FIXTURE / "knowledge.yaml"], builtin=False, use_cache=False).knowledge
    holders = tool.factbook_holders(FIXTURE)
    day = tool.newest_since(holders)
    assert day == dt.date(2026, 1, 5)  # Delcy Rodríguez, interim president of Venezuela
    found = [(d.iso2, d.position, d.kind, d.office, d.knowledge) for d in tool.compare(knowledge, holders, day)]
    assert found == [
        ("ES", "head of state", "missing", "king", ()),
        ("GY", "head of state", "missing", "president", ()),
        ("GY", "head of government", "missing", "president", ()),
        ("GY", "", "not in factbook", "prime-minister", ("mark-phillips: Mark Phillips",)),
        ("KG", "head of government", "missing", "prime-minister/chancellor", ()),
        ("SZ", "head of state", "missing", "king", ()),
        ("SZ", "head of government", "different", "prime-minister", ("cleopas-dlamini: Cleopas Dlamini",)),
        ("VE", "head of state", "role missing", "president",
         ("delcy-rodriguez: Delcy Rodríguez", "in office: maduro: Nicolás Maduro")),
        ("VE", "head of government", "role missing", "president",
         ("delcy-rodriguez: Delcy Rodríguez", "in office: maduro: Nicolás Maduro")),
    ]  # Qatar, Spain's prime minister and Kyrgyzstan's president agree


def test_the_command_prints_each_disagreement_and_the_count(capsys):
    args = ["--factbook", str(FIXTURE), "--packs", str(FIXTURE / "knowledge.yaml"), "--no-builtin"]
    assert tool.main(args) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == ("9 disagreements on 2026-01-05 (1 different, 5 missing, 2 role missing, "
                         "1 not in factbook)")
    assert ("SZ head of government [prime-minister] different: knowledge: cleopas-dlamini: Cleopas Dlamini | "
            "factbook: Prime Minister Russell DLAMINI (since 2023-11-06)") in lines
    assert tool.main([*args, "--format", "json", "--on", "2025-01-01"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert {item["on"] for item in report} == {"2025-01-01"}  # --on: the day the knowledge is read on
    assert [item["kind"] for item in report if item["iso2"] == "VE"] == ["role missing", "role missing"]

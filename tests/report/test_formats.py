"""`--format sarif` (validated against the official SARIF 2.1.0 schema), `github`, `junit`, `--statistics`."""

import json
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from tests.cli_cases import CLEAN_EN, VARIANTS_AR, VARIANTS_EN, run

pytestmark = pytest.mark.usefixtures("only_mini_packs")  # the mini packs stand in for the built-in ones

RULE = "consistency/name-variants"
SCHEMA = Path(__file__).resolve().parents[1] / "fixtures" / "sarif-schema-2.1.0.json"


@pytest.fixture
def articles(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("ar.txt").write_text(VARIANTS_AR, encoding="utf-8")
    Path("en, 1.txt").write_text(VARIANTS_EN, encoding="utf-8")
    Path("clean.txt").write_text(CLEAN_EN, encoding="utf-8")
    return ["ar.txt", "en, 1.txt", "clean.txt"]


def test_sarif_is_valid_and_carries_location_and_fix(articles):
    import jsonschema

    result = run("check", *articles, "--format", "sarif")
    assert result.exit_code == 1
    log = json.loads(result.stdout)
    jsonschema.validate(log, json.loads(SCHEMA.read_text(encoding="utf-8")))
    run_ = log["runs"][0]
    assert run_["tool"]["driver"]["rules"][0]["id"] == RULE
    first = run_["results"][0]
    assert first["ruleId"] == RULE and first["level"] == "warning"
    location = first["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "ar.txt"
    assert location["region"] == {"startLine": 2, "startColumn": 6, "endLine": 2, "endColumn": 17,
                                  "snippet": {"text": "ايفان بتروف"}}
    assert first["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"] == {"text": "إيفان بيتروف"}
    assert run_["results"][1]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "en%2C%201.txt"


def test_sarif_with_no_findings_is_valid(articles):
    import jsonschema

    log = json.loads(run("check", "clean.txt", "--format", "sarif").stdout)
    jsonschema.validate(log, json.loads(SCHEMA.read_text(encoding="utf-8")))
    assert log["runs"][0]["results"] == []


def test_github_workflow_commands(articles):
    result = run("check", *articles, "--format", "github")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"::warning file=ar.txt,line=2,col=6,endLine=2,endColumn=17,title={RULE}::"
        "«ايفان بتروف» يُكتب «إيفان بيتروف»؛ المقال يكتب الاسم نفسه بتهجئتين [fix: ايفان بتروف -> إيفان بيتروف]",
        f"::warning file=en%2C 1.txt,line=2,col=7,endLine=2,endColumn=18,title={RULE}::"
        "'Ivan Petrow' is spelled 'Ivan Petrov' by the knowledge base; this article spells the name two ways "
        "[fix: Ivan Petrow -> Ivan Petrov]",
    ]


def test_junit_xml(articles):
    result = run("check", *articles, "--format", "junit")
    assert result.exit_code == 1
    root = ET.fromstring(result.stdout.split("\n", 1)[1])
    assert (root.tag, root.get("tests"), root.get("failures")) == ("testsuites", "3", "2")
    suites = {suite.get("name"): suite for suite in root}
    case = suites["en, 1.txt"].find("testcase")
    assert case.get("name") == f"{RULE} 2:7"
    assert case.find("failure").get("type") == "warning"
    assert case.find("failure").text.splitlines()[-1] == "fix: Ivan Petrow -> Ivan Petrov (safe)"
    clean = suites["clean.txt"].findall("testcase")
    assert len(clean) == 1 and clean[0].find("failure") is None


def test_statistics_counts_per_rule(articles):
    Path("more.txt").write_text(VARIANTS_EN + "Ivan Petrow left.\n", encoding="utf-8")
    result = run("check", *articles, "more.txt", "--statistics")
    assert result.exit_code == 1
    assert result.stdout == f"4  {RULE}  (4 fixable)\n"

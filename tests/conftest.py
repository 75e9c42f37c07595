"""Fixtures shared by test modules in more than one folder. Helpers that are not fixtures live in plainly
named modules beside this one (`cli_cases.py`), never in a test module."""

import os
import shutil
import tempfile
from pathlib import Path

import pytest

# Every test run gets its own compiled-pack cache, so no test depends on (or pollutes) the user's cache.
os.environ.setdefault("FACTLINT_CACHE_DIR", tempfile.mkdtemp(prefix="factlint-test-cache-"))

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture(scope="session")
def checker():
    """A Checker with the built-in packs and every rule."""
    from checker.api import Checker

    return Checker()


@pytest.fixture(scope="session")
def mini_rules(tmp_path_factory) -> Path:
    """A small rules folder (the consistency rules and a mini knowledge pack), so the workflow tests (fix,
    suppress, config, baseline, review, formats) do not follow the built-in knowledge packs."""
    rules = tmp_path_factory.mktemp("rules")
    (rules / "core").mkdir()
    shutil.copy(ROOT / "rules" / "core" / "consistency.yaml", rules / "core")
    shutil.copy(FIXTURES / "packs" / "mini_knowledge.yaml", rules)
    shutil.copy(ROOT / "rules" / "pack.schema.json", rules)
    return rules


@pytest.fixture
def only_mini_packs(monkeypatch, mini_rules):
    """Make `mini_rules` the built-in packs for one test: use with `pytest.mark.usefixtures`."""
    monkeypatch.setattr("checker.compiled_packs.builtin_rules_dir", lambda: mini_rules)


@pytest.fixture(scope="module")
def attribution_checker():
    """The attribution/ rules over the countries, outlets, institutions and offices packs and a few persons
    (tests/fixtures/attribution_persons.yaml) the officials pack may not hold."""
    from checker.api import Checker, CheckOptions
    from checker.compiled_packs import load_packs

    knowledge = ROOT / "rules" / "knowledge"
    packs = load_packs([knowledge / "countries.yaml", knowledge / "outlets.yaml", knowledge / "institutions.yaml",
                        knowledge / "offices.yaml", ROOT / "rules" / "core" / "attribution.yaml",
                        FIXTURES / "attribution_persons.yaml"], builtin=False)
    return Checker(CheckOptions(select=("attribution/",)), packs=packs)

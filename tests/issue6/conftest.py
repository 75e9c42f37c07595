"""Issue 6 tests run on a small pack set (the consistency rules and a mini knowledge pack), so they do not
depend on the built-in knowledge packs other engineers are still writing."""

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def mini_rules(tmp_path_factory) -> Path:
    rules = tmp_path_factory.mktemp("rules")
    (rules / "core").mkdir()
    shutil.copy(ROOT / "rules" / "core" / "consistency.yaml", rules / "core")
    shutil.copy(ROOT / "tests" / "fixtures" / "packs" / "mini_knowledge.yaml", rules)
    shutil.copy(ROOT / "rules" / "pack.schema.json", rules)
    return rules


@pytest.fixture(autouse=True)
def only_mini_packs(monkeypatch, mini_rules):
    monkeypatch.setattr("checker.packs.cache.builtin_rules_dir", lambda: mini_rules)


@pytest.fixture
def checker(mini_rules):
    from checker.api import Checker, CheckOptions
    from checker.packs.cache import load_packs

    return Checker(CheckOptions(), packs=load_packs([mini_rules], builtin=False))

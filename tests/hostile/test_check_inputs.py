"""`factlint check` over hostile files, paths and options: every case keeps the contract (see cases.py)."""

from __future__ import annotations

import pytest

from tests.hostile.cases import CASES
from tests.hostile.harness import assert_contract, run_cases

CHECK_CASES = [item for item in CASES if item.name.startswith("check-")]


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    return run_cases(CHECK_CASES, tmp_path_factory.mktemp("hostile-check"))


@pytest.mark.parametrize("item", CHECK_CASES, ids=lambda item: item.name)
def test_check_keeps_the_contract(item, results):
    assert_contract(item, results[item.name])

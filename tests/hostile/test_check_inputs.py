"""`factlint check` over hostile files, paths and options: every case keeps the contract (see cases.py)."""

from __future__ import annotations

import pytest

from tests.hostile.cases import cases_of
from tests.hostile.harness import assert_contract

CHECK_CASES = cases_of("check")


@pytest.fixture(scope="module")
def results(hostile_batches):
    return hostile_batches["check"].results()


@pytest.mark.parametrize("item", CHECK_CASES, ids=lambda item: item.name)
def test_check_keeps_the_contract(item, results):
    assert_contract(item, results[item.name])

"""`factlint audit` and `audit report` over hostile records, options and damaged stores (see cases.py)."""

from __future__ import annotations

import pytest

from tests.hostile.cases import cases_of
from tests.hostile.harness import assert_contract

AUDIT_CASES = cases_of("audit")


@pytest.fixture(scope="module")
def results(hostile_batches):
    return hostile_batches["audit"].results()


@pytest.mark.parametrize("item", AUDIT_CASES, ids=lambda item: item.name)
def test_audit_keeps_the_contract(item, results):
    assert_contract(item, results[item.name])

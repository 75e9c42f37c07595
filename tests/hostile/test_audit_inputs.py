"""`factlint audit` and `audit report` over hostile records, options and damaged stores (see cases.py)."""

from __future__ import annotations

import pytest

from tests.hostile.cases import CASES
from tests.hostile.harness import assert_contract, run_cases

AUDIT_CASES = [item for item in CASES if item.name.startswith(("audit-", "report-"))]


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    return run_cases(AUDIT_CASES, tmp_path_factory.mktemp("hostile-audit"))


@pytest.mark.parametrize("item", AUDIT_CASES, ids=lambda item: item.name)
def test_audit_keeps_the_contract(item, results):
    assert_contract(item, results[item.name])

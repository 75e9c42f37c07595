"""The hostile batches (check, fix, audit) start together at the first hostile test, so on two cores they run
side by side; each module then collects its own."""

from __future__ import annotations

import pytest

from tests.hostile.cases import GROUPS, cases_of
from tests.hostile.harness import Batch


@pytest.fixture(scope="session")
def hostile_batches(tmp_path_factory) -> dict[str, Batch]:
    return {group: Batch(cases_of(group), tmp_path_factory.mktemp(f"hostile-{group}")) for group in GROUPS}

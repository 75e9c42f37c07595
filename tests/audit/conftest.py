"""The audit tests' settings fixture: invented packs only, so results do not follow the built-in packs."""

from __future__ import annotations

import pytest
from audit_helpers import PACKS


@pytest.fixture()
def settings():
    from checker.audit.worker import AuditSettings

    return AuditSettings(packs=(str(PACKS),), builtin_packs=False)


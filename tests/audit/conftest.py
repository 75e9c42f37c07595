"""The audit tests' settings fixtures: invented packs only, so results do not follow the built-in knowledge."""

from __future__ import annotations

from pathlib import Path

import pytest
from audit_helpers import PACKS

ROOT = Path(__file__).resolve().parents[2]
CROSS_ARTICLE_RULES = {"casualties.yaml": "casualties/timeline",
                       "attribution.yaml": "attribution/quote-speakers-across"}


@pytest.fixture()
def settings():
    from checker.audit.worker import AuditSettings

    return AuditSettings(packs=(str(PACKS),), builtin_packs=False)


@pytest.fixture(scope="session")
def cross_article_pack(tmp_path_factory) -> Path:
    """The core packs' cross-article rules, as shipped, in a pack of their own."""
    import yaml

    rules = []
    for name, rule_id in CROSS_ARTICLE_RULES.items():
        core = yaml.safe_load((ROOT / "rules" / "core" / name).read_text(encoding="utf-8"))
        rules += [rule for rule in core["rules"] if rule["id"] == rule_id]
    path = tmp_path_factory.mktemp("cross") / "cross.yaml"
    path.write_text(yaml.safe_dump({"pack": "cross-article", "kind": "rules", "version": 1, "checked": "2026-11-29",
                                    "rules": rules}, allow_unicode=True), encoding="utf-8")
    return path


@pytest.fixture()
def cross_settings(settings, cross_article_pack):
    """The invented packs plus the core cross-article rules."""
    import dataclasses

    return dataclasses.replace(settings, packs=(*settings.packs, str(cross_article_pack)))

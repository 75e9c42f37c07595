"""Check kinds: Python functions that YAML rules configure. One module per family.

A kind is `def kind(rule: Rule, analysis: Analysis) -> Iterable[Finding]`. The registry
(`checker.packs.kinds.KINDS`) names each kind's module and function, its parameters and placeholders, so
the pack loader needs no check module and a run imports only the families its selected rules use.

Kinds marked `across` compare articles with each other (`factlint audit` runs them over its store): each is
an `ArchiveKind` of `checker.checks.across`, whose per-article half yields facts and whose judge finds the
contradictions among all articles' facts. On one article alone they find nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from importlib import import_module
from typing import TYPE_CHECKING

from checker.packs.kinds import KINDS

if TYPE_CHECKING:
    from checker.analysis import Analysis
    from checker.checks.across import ArchiveKind
    from checker.models import Finding
    from checker.packs.model import Rule

CheckFunction = Callable[["Rule", "Analysis"], Iterable["Finding"]]


def check_kind(name: str) -> CheckFunction:
    module_name, function_name = KINDS[name].function.split(":")
    return getattr(import_module(module_name), function_name)


def is_archive_kind(name: str) -> bool:
    return KINDS[name].across


def archive_kind(name: str) -> ArchiveKind:
    module_name, attribute = KINDS[name].function.split(":")
    return getattr(import_module(module_name), attribute)

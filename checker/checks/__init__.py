"""Check kinds: Python functions that YAML rules configure. One module per family.

A kind is `def kind(rule: Rule, analysis: Analysis) -> Iterable[Finding]`. The registry names each kind's
module and function, so a run imports only the families its selected rules use.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from checker.analysis import Analysis
    from checker.models import Finding
    from checker.packs.model import Rule

CheckKind = Callable[["Rule", "Analysis"], Iterable["Finding"]]

KINDS: dict[str, str] = {
    "name-variants": "checker.checks.consistency:name_variants",
    "title-mismatch": "checker.checks.roles:title_mismatch",
    "out-of-tenure": "checker.checks.roles:out_of_tenure",
    "holder-mismatch": "checker.checks.roles:holder_mismatch",
    "casualty-ratio": "checker.checks.casualties:casualty_ratio",
    "exceeds-population": "checker.checks.casualties:exceeds_population",
    "reference-mismatch": "checker.checks.casualties:reference_mismatch",
    "conflicting-tolls": "checker.checks.casualties:conflicting_tolls",
    "part-exceeds-whole": "checker.checks.casualties:part_exceeds_whole",
    "vague-understatement": "checker.checks.casualties:vague_understatement",
    "issuer-mismatch": "checker.checks.attribution:issuer_mismatch",
    "outlet-descriptor": "checker.checks.attribution:outlet_descriptor",
    "quote-speakers": "checker.checks.attribution:quote_speakers",
    "source-line": "checker.checks.attribution:source_line",
}


def check_kind(name: str) -> CheckKind:
    module_name, function_name = KINDS[name].split(":")
    return getattr(import_module(module_name), function_name)

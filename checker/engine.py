"""Running the selected rules over one analysed document."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from checker.checks import check_kind, is_archive_kind
from checker.models import Finding

if TYPE_CHECKING:
    from checker.analysis import Analysis
    from checker.packs.load import PackSet
    from checker.packs.model import Rule


class UnknownRuleError(ValueError):
    """A --select / --ignore value that names no rule and no rule prefix."""


def rule_matches(rule_id: str, pattern: str) -> bool:
    """Whether a rule id is selected by `pattern`: the id itself, a family prefix (`roles` or `roles/`)."""
    pattern = pattern.strip()
    if pattern.endswith("/"):
        return rule_id.startswith(pattern)
    return rule_id == pattern or rule_id.startswith(pattern + "/") or rule_id.split("/")[0] == pattern


def select_rules(packs: PackSet, select: Sequence[str] = (), ignore: Sequence[str] = ()) -> list[Rule]:
    """Rules chosen by id or prefix (`roles/`, `roles`, `roles/title-mismatch`); unknown names are an error."""
    for pattern in (*select, *ignore):
        if not any(rule_matches(rule_id, pattern) for rule_id in packs.rules):
            raise UnknownRuleError(f"unknown rule id or prefix {pattern!r} (see `factlint rules list`)")
    chosen = [
        rule for rule in packs.rules.values()
        if (not select or any(rule_matches(rule.id, p) for p in select))
        and not any(rule_matches(rule.id, p) for p in ignore)
    ]
    return sorted(chosen, key=lambda rule: rule.id)


def configured_rules(rules: Sequence[Rule], severity: Sequence[tuple[str, str]],
                     house_spellings: Sequence[str]) -> list[Rule]:
    """Rules with the configured severities (the longest matching id or prefix wins) and, for the kinds that
    take `preferred_spellings` (name-variants), the house style's preferred spellings as that parameter."""
    from dataclasses import replace

    from checker.models import Severity
    from checker.packs.kinds import KINDS

    by_specificity = sorted(severity, key=lambda pair: len(pair[0]))
    configured = []
    for rule in rules:
        levels = [level for pattern, level in by_specificity if rule_matches(rule.id, pattern)]
        if levels:
            rule = replace(rule, severity=Severity.parse(levels[-1]))
        if house_spellings and "preferred_spellings" in KINDS[rule.kind].params:
            rule = replace(rule, params={**rule.params, "preferred_spellings": tuple(house_spellings)})
        configured.append(rule)
    return configured


def run_rules(analysis: Analysis, rules: Iterable[Rule]) -> list[Finding]:
    """All findings of `rules`, one per reason (the most severe wins), in text order; every fix verified on
    its sentence (checker/verify.py), so a fix that leaves a finding of its family there is not safe."""
    from checker.verify import verify_fixes

    chosen = list(rules)
    return verify_fixes(analysis, chosen, _findings(analysis, chosen), _findings)


def _findings(analysis: Analysis, rules: Iterable[Rule]) -> list[Finding]:
    """All findings of `rules`, one per reason (the most severe wins), in text order."""
    by_reason: dict[str, Finding] = {}
    for rule in rules:
        if is_archive_kind(rule.kind):
            continue  # compares articles with each other: the audit runs it over its store
        for finding in check_kind(rule.kind)(rule, analysis):
            kept = by_reason.get(finding.reason_key)
            if kept is None or finding.severity > kept.severity:
                by_reason[finding.reason_key] = finding
    return sorted(by_reason.values(), key=lambda f: (f.start, f.end, -f.severity, f.rule))

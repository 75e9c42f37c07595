"""Fixes verified before they are offered: each one applied to its sentence, and the sentence checked again.

A fix that leaves a finding of its own rule family where it was applied (the same problem, or a new one it
creates, such as a title no one holds) is demoted to unsafe, and its explanation says why; an alternative fix
(`Finding.alternatives`) that does so is not offered, and a verified alternative takes the place of a fix that
fails (the explanation still says why that one failed). Only the sentence around the fix is checked again, and
only with the rules of the fix's family, so the cost grows with the number of fixes, not with the length of
the article.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from checker.models import Finding, Fix

if TYPE_CHECKING:
    from checker.analysis import Analysis
    from checker.packs.model import Rule

WINDOW = 600  # characters of context kept on each side of a fix when its sentence is longer

RunRules = Callable[["Analysis", Sequence["Rule"]], list[Finding]]


def family(rule_id: str) -> str:
    return rule_id.split("/", 1)[0]


def verify_fixes(analysis: Analysis, rules: Sequence[Rule], findings: list[Finding], run: RunRules) -> list[Finding]:
    """`findings` with every fix that fails its re-check demoted to unsafe (the reason in the explanation), and
    every alternative that fails it left out; a fix that fails gives way to its first verified alternative."""
    # One re-check per sentence text and fix, wherever the sentence stands: a sentence repeated (a boilerplate
    # line, a pasted paragraph) is checked again once, since the re-check reads only the sentence.
    checked: dict[tuple[str, int, int, str, str], Finding | None] = {}
    by_id = {rule.id: rule for rule in rules}
    verified = []

    def left_after(finding: Finding, fix: Fix) -> Finding | None:
        start, end = _around(analysis, finding)
        key = (analysis.text[start:end], finding.start - start, finding.end - start, fix.replacement,
               family(finding.rule))
        if key not in checked:
            checked[key] = _left_after(analysis, rules, replace(finding, fix=fix), start, end, run)
        return checked[key]

    for finding in findings:
        fix = finding.fix
        if fix is None:
            verified.append(finding)
            continue
        if finding.alternatives:  # an alternative that does not re-check clean is not offered at all
            finding = replace(finding, alternatives=tuple(alternative for alternative in finding.alternatives
                                                          if left_after(finding, alternative) is None))
        left = left_after(finding, fix)
        if left is None:
            verified.append(finding)
            continue
        found = analysis.text[finding.start:finding.end]
        demoted = _demoted(analysis.lang, finding, fix, left, by_id.get(finding.rule), found)
        if finding.alternatives:
            # a verified alternative is proposed before a fix that failed, which is then not offered
            demoted = replace(demoted, fix=finding.alternatives[0], alternatives=finding.alternatives[1:])
        verified.append(demoted)
    return verified


def _around(analysis: Analysis, finding: Finding) -> tuple[int, int]:
    """The sentence of the finding, at most WINDOW characters on each side of it (cut at a space), so a text
    without sentence breaks does not have its whole length checked again for every fix."""
    sentence = analysis.sentence_of(finding.start)
    start, end = min(sentence.start, finding.start), max(sentence.end, finding.end)
    text = analysis.text
    if finding.start - start > WINDOW:
        cut = text.find(" ", finding.start - WINDOW, finding.start)
        start = cut + 1 if cut >= 0 else finding.start - WINDOW
    if end - finding.end > WINDOW:
        cut = text.rfind(" ", finding.end, finding.end + WINDOW)
        end = cut if cut >= 0 else finding.end + WINDOW
    return start, end


def _left_after(analysis: Analysis, rules: Sequence[Rule], finding: Finding, start: int, end: int,
                run: RunRules) -> Finding | None:
    """The first finding of the fix's family that overlaps the replacement once the fix is applied to the
    sentence, or None when the fixed sentence is clean there."""
    from checker.analysis import Analysis

    assert finding.fix is not None
    replacement = finding.fix.replacement
    text = analysis.text
    fixed = text[start:finding.start] + replacement + text[finding.end:end]
    at, until = finding.start - start, finding.start - start + len(replacement)
    own = [rule for rule in rules if family(rule.id) == family(finding.rule)]
    again = Analysis(fixed, analysis.lang, analysis.date, analysis.packs, source=analysis.source,
                     title=analysis.title)
    for found in run(again, own):
        if family(found.rule) != family(finding.rule):
            continue
        if found.start < until and found.end > at or found.start == found.end == at:
            return found
    return None


def _demoted(lang: str, finding: Finding, fix: Fix, left: Finding, rule: Rule | None, found: str) -> Finding:
    from checker.lang import language

    reason = language(lang).explanations.UNVERIFIED_FIX.format(replacement=fix.replacement, message=left.message)
    explanation = f"{finding.explanation} {reason}".strip()
    return replace(finding, fix=replace(fix, applicability="unsafe"), explanation=explanation,
                   message=_without_fix_clause(finding.message, rule, lang, found, fix.replacement))


# Where a message's last clause starts: the clause that names the fix ("...: 'Russian' should be 'American'").
_CLAUSE_BREAKS = (": ", "; ", "؛ ", ", ", "، ")
# The placeholders by which a rule's message names its fix (roles, casualty words, outlet descriptors).
_FIX_FIELDS = ("expected", "word", "right")


def _without_fix_clause(message: str, rule: Rule | None, lang: str, found: str, replacement: str) -> str:
    """The message without the clause that asserts the fix (`{expected}` in the rule's template), once the fix
    is not verified: the card then offers the fix as unsafe, and the message must not say it is right. The
    clause is rendered from the template itself and removed only where the message ends with exactly it."""
    if rule is None:
        return message
    template = rule.message.get(lang) or rule.message.get("en") or ""
    for name in _FIX_FIELDS:
        at = template.find("{" + name + "}")
        start = max(template.rfind(mark, 0, at) for mark in _CLAUSE_BREAKS) if at >= 0 else -1
        if start <= 0:
            continue
        try:
            clause = template[start:].format(found=found, **{name: replacement})
        except (KeyError, IndexError, ValueError):
            continue  # the clause holds other values: leave the message whole
        if message.endswith(clause) and len(message) > len(clause):
            return message[:-len(clause)]
    return message


def was_demoted(finding: Finding) -> bool:
    """Whether verification demoted the finding's fix (its explanation carries the reason naming that fix, in any
    language; a verified alternative put in the place of a fix that failed is not demoted)."""
    from checker.lang import language, supported

    if finding.fix is None:
        return False
    for code in supported():
        template = getattr(language(code).explanations, "UNVERIFIED_FIX", "")
        if template and template.split("{message}", 1)[0].format(replacement=finding.fix.replacement) in \
                finding.explanation:
            return True
    return False

"""Suppression written in the article: inline directives, a file-level ignore, and unused-directive reports.

Markdown and HTML (comments are invisible to readers, and dropped from the prose the checks see, so the
directives are read here from the source text):

    <!-- factlint: ignore RULE[, RULE] -->      the next paragraph (Markdown: up to a blank line;
                                               HTML: up to the end of the next block element)
    <!-- factlint: disable RULE -->            from here to `enable` (or the end of the file)
    <!-- factlint: enable RULE -->
    <!-- factlint: ignore-file RULE -->        the whole file

Markdown front matter may also hold `factlint: {ignore: [RULE, ...]}` for the whole file. RULE is a rule
id or a prefix (`roles/`); no RULE means every rule. A directive that suppresses nothing, or names no
known rule, becomes an info finding of `factlint/unused-suppression` (as Ruff reports unused `noqa`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from checker.engine import rule_matches
from checker.models import Finding, Located, Severity
from checker.text.lazy_regex import lazy_compile

if TYPE_CHECKING:
    from checker.document import Document

UNUSED_RULE = "factlint/unused-suppression"
ALL_RULES = "*"
_DIRECTIVE = lazy_compile(r"<!--\s*factlint:\s*(ignore-file|ignore|disable|enable)\b(.*?)-->", re.DOTALL)
_BLANK_LINE = lazy_compile(r"\n[ \t]*\r?\n|\r\r")
_HTML_BLOCK_END = lazy_compile(r"</(?:p|h[1-6]|li|blockquote|div|td|th|dd|dt|figcaption|pre|section|article)\s*>",
                             re.IGNORECASE)


@dataclass
class Suppression:
    """One directive: the rules it names, the source region it covers, and which names it has used."""

    kind: str  # ignore | disable | ignore-file | front-matter
    rules: tuple[str, ...]
    start: int  # region, offsets into the decoded source text
    end: int
    directive_start: int
    directive_end: int
    used: set[str] = field(default_factory=set)

    def covers(self, located: Located) -> str | None:
        """The rule name of this directive that suppresses `located`, or None."""
        if not self.start <= located.start < self.end and not (located.start == located.end == self.end):
            return None
        rule = located.finding.rule
        return next((name for name in self.rules if name == ALL_RULES or rule_matches(rule, name)), None)


def find_suppressions(source: str, container: str) -> list[Suppression]:
    """Every directive of a Markdown or HTML source text (none for other containers)."""
    if container not in ("markdown", "html"):
        return []
    found = _front_matter_ignores(source) if container == "markdown" else []
    open_regions: dict[str, Suppression] = {}
    for match in _DIRECTIVE.finditer(source):
        kind = match.group(1)
        rules = tuple(name for name in re.split(r"[\s,]+", match.group(2).strip()) if name) or (ALL_RULES,)
        if kind == "enable":
            for name in list(open_regions) if rules == (ALL_RULES,) else rules:
                region = open_regions.pop(name, None)
                if region is not None:
                    region.end = match.start()
            continue
        directive = Suppression(kind, rules, match.end(), len(source), match.start(), match.end())
        if kind == "ignore":
            directive.end = _paragraph_end(source, match.end(), container)
        elif kind == "disable":
            for name in rules:
                if name not in open_regions:  # already disabled: the first directive's region goes on
                    open_regions[name] = Suppression(kind, (name,), match.end(), len(source),
                                                     match.start(), match.end())
                    found.append(open_regions[name])
            continue
        elif kind == "ignore-file":
            directive.start = 0
        found.append(directive)
    return sorted(found, key=lambda s: s.directive_start)


def _paragraph_end(source: str, position: int, container: str) -> int:
    """Where the paragraph after a directive ends."""
    text_start = len(source) - len(source[position:].lstrip())
    end = (_HTML_BLOCK_END if container == "html" else _BLANK_LINE).search(source, text_start)
    return end.end() if end else len(source)


def _front_matter_ignores(source: str) -> list[Suppression]:
    """`factlint: {ignore: [...]}` in a Markdown front matter block: a file-wide suppression."""
    from checker.containers.markdown import FRONT_MATTER_CLOSE, FRONT_MATTER_OPEN

    opening = FRONT_MATTER_OPEN.match(source)
    closing = opening and FRONT_MATTER_CLOSE.search(source, opening.end())
    if not opening or not closing:
        return []
    block = source[opening.end():closing.start()]
    if "factlint" not in block:
        return []
    import yaml

    try:
        values = yaml.safe_load(block)
    except yaml.YAMLError:
        return []  # the document loader reports broken front matter
    settings = values.get("factlint") if isinstance(values, dict) else None
    names = settings.get("ignore") if isinstance(settings, dict) else None
    if names is None:
        return []
    rules = tuple(str(n) for n in ([names] if isinstance(names, str) else names)) or (ALL_RULES,)
    rules = tuple(ALL_RULES if name in ("all", ALL_RULES) else name for name in rules)
    key = source.find("factlint", opening.end())
    return [Suppression("front-matter", rules, 0, len(source), key, key + len("factlint"))]


def apply_suppressions(document: Document, findings: Sequence[Located], *, selected: Iterable[str],
                       known: Iterable[str]) -> list[Located]:
    """The findings no directive suppresses, plus one info finding per unused or unknown directive name.

    `selected` are the ids of the rules that ran (a directive for a rule that did not run is not
    "unused"); `known` are all rule ids in the packs.
    """
    from checker.document import container_for

    suppressions = find_suppressions(document.source_text, container_for(document.path, document.source_text))
    if not suppressions:
        return list(findings)
    kept = []
    for located in findings:
        names = [(s, s.covers(located)) for s in suppressions]
        hits = [(s, name) for s, name in names if name is not None]
        for suppression, name in hits:
            suppression.used.add(name)
        if not hits:
            kept.append(located)
    selected, known = list(selected), list(known)
    kept += [_unused(document, s, name, known) for s in suppressions for name in s.rules
             if name not in s.used and _reportable(name, selected, known)]
    return sorted(kept, key=lambda loc: (loc.start, loc.end, loc.finding.rule))


def _reportable(name: str, selected: Sequence[str], known: Sequence[str]) -> bool:
    if name == ALL_RULES:
        return True
    unknown = not any(rule_matches(rule, name) for rule in known)
    return unknown or any(rule_matches(rule, name) for rule in selected)


def _unused(document: Document, suppression: Suppression, name: str, known: Sequence[str]) -> Located:
    unknown = name != ALL_RULES and not any(rule_matches(rule, name) for rule in known)
    what = "(every rule)" if name == ALL_RULES else name
    message = (f"suppression names an unknown rule: {name}" if unknown
               else f"unused suppression: '{suppression.kind} {what}' suppresses no finding")
    finding = Finding(UNUSED_RULE, "suppression", Severity.INFO, 0, 0, message,
                      reason_key=f"{UNUSED_RULE}@{suppression.directive_start}:{name}")
    start, end = suppression.directive_start, suppression.directive_end
    line, column = document.line_col(start)
    end_line, end_column = document.line_col(end)
    text = document.source_text[start:end]
    return Located(finding, start, end, line, column, end_line, end_column, text, text)

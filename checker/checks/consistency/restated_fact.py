"""consistency/restated-fact: one fact stated twice in the body with two values."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import TYPE_CHECKING

from checker.annotate.statements import (
    DATE,
    FUNCTION,
    NAME,
    NUMBER,
    WORD,
    Statements,
    Token,
    sections_of,
    update_words,
    word_key,
)
from checker.checks.consistency.citing import quoted_statement, statement_at, statement_place
from checker.checks.consistency.claims import country_of, current_claims, misread_country
from checker.checks.consistency.figures import figures_agree, next_word
from checker.lang import language
from checker.models import Finding, Fix

if TYPE_CHECKING:
    from checker.analysis import Analysis
    from checker.annotate.statements import Statement
    from checker.annotate.titles import TitleClaim
    from checker.packs.model import Rule


def restated_fact(rule: Rule, analysis: Analysis) -> Iterator[Finding]:
    """One fact stated twice in the body with two values, neither saying it revises the other: one person
    holding one office for two countries, or one figure (not a casualty toll: the casualties family compares
    those) given twice for the same thing ("a budget of $3.2 billion" ... "a budget of $3.5 billion")."""
    statements: Statements = analysis.annotation("statements")
    if not statements.body:
        return
    yield from _restated_roles(rule, analysis, statements)
    yield from _restated_figures(rule, analysis, statements)


def _restated_roles(rule: Rule, analysis: Analysis, statements: Statements) -> Iterator[Finding]:
    first_by_person: dict[tuple[str, str], TitleClaim] = {}
    for claim in current_claims(analysis, statements.body[0].start, len(analysis.text)):
        country = country_of(claim)
        if country is None or claim.qualifier is None:
            continue
        earlier = first_by_person.setdefault((claim.person_id, claim.office_id), claim)
        if earlier is claim or country_of(earlier) == country or earlier.qualifier is None:
            continue
        if misread_country(analysis.text, claim, earlier, analysis) or \
                misread_country(analysis.text, earlier, claim, analysis):
            continue
        yield _restated(rule, analysis, statements, claim.qualifier.start, claim.qualifier.end,
                        earlier.qualifier.start, earlier.qualifier.end)


def _restated(rule: Rule, analysis: Analysis, statements: Statements, start: int, end: int, other_start: int,
              other_end: int) -> Finding:
    words = language(analysis.lang).consistency
    found, value = analysis.text[start:end], analysis.text[other_start:other_end]
    other = statement_at(statements, other_start)
    where = statement_place(analysis, other)
    explanation = words.EXPLAIN_RESTATED.format(where=where, found=found, value=value,
                                                other=quoted_statement(analysis, other))
    return rule.finding(start, end, analysis.lang, explanation=explanation, fix=Fix(value, "unsafe"),
                        found=found, value=value, line=where)


def _figure_frame(statement: Statement, token: Token) -> tuple[str, ...] | None:
    """What a figure counts, read from its neighbours: the two content words before it and the word it counts
    ("the budget of [$3.2 billion] for"): two figures with one frame state one fact. None when the figure
    has too few words around it to tell."""
    tokens = statement.tokens
    at = tokens.index(token)
    before = [t for t in tokens[max(0, at - 4):at] if t.kind != FUNCTION][-2:]
    counted = next_word(statement, token)
    if len(before) < 2 or counted is None or any(t.kind not in (WORD, NAME) for t in before):
        return None
    return (*(t.key for t in before), counted)


def _names(statement: Statement) -> frozenset[str]:
    return frozenset(t.key for t in statement.tokens if t.kind == NAME)


def _differ(first: frozenset[str], second: frozenset[str]) -> bool:
    """Both statements name someone (or a time) and not the same: a weekday in one of them alone is no other
    time."""
    return bool(first and second and first != second)


def _dates(statement: Statement) -> frozenset[str]:
    return frozenset(t.key for t in statement.tokens if t.kind == DATE)


def _likeness(first: Statement, second: Statement) -> float:
    """The share of content words two statements have in common (Jaccard), figures left out."""
    first_keys = {t.key for t in first.content if t.kind != NUMBER}
    second_keys = {t.key for t in second.content if t.kind != NUMBER}
    return len(first_keys & second_keys) / max(1, len(first_keys | second_keys))


def _restated_figures(rule: Rule, analysis: Analysis, statements: Statements) -> Iterator[Finding]:
    casualty_starts = {fact.start for fact in analysis.annotation("casualty_facts")}
    repeated = {(pair.earlier.index, pair.later.index) for pair in analysis.annotation("statement_pairs")}
    updates = update_words(analysis.lang)
    # A figure in a condition states a rule or a hypothesis, not a fact ("if the rape is reported ... within 45
    # days", "if the incest is reported ... within 140 days": two rules).
    conditions = {word_key(word, analysis.lang) for word in language(analysis.lang).consistency.CONDITION_WORDS}
    tolerance = rule.params["tolerance"]
    if sum(statement.timestamped for statement in statements.body) >= 2:
        return  # a live story ("9:04 p.m. RUMSON — ..."): its figures are updated as the night goes on
    sections = sections_of(statements)
    by_frame: dict[tuple[str, ...], list[tuple[Statement, Token]]] = defaultdict(list)
    for statement in statements.body:
        if statement.quoted or statement.timestamped or any(t.key in updates or t.key in conditions
                                                            for t in statement.tokens):
            continue
        for token in statement.tokens:
            # Shares are left out: a poll gives one question's figures for every group ("10% ... 27%").
            if token.kind == NUMBER and not (token.vague or token.approximate) and token.unit != "percent" \
                    and token.start not in casualty_starts:
                frame = _figure_frame(statement, token)
                if frame is not None:
                    by_frame[frame].append((statement, token))
    for found in by_frame.values():
        # A frame with three figures or more is a list or a table ("Population density: ... per square mile").
        if len(found) != 2:
            continue
        (first_statement, first), (statement, token) = found
        if first_statement is statement or figures_agree(first, token, tolerance):
            continue
        if sections[first_statement.index] != sections[statement.index]:
            continue  # under two headings: each section's own figure (each county's votes)
        if _differ(_names(first_statement), _names(statement)) or _differ(_dates(first_statement), _dates(statement)):
            continue  # two figures of two named things or two times: "Wilson ... two terms", "in 2018 ..."
        if _likeness(first_statement, statement) < rule.params["min_likeness"]:
            continue  # "a forecast high of 20 degrees" in Chicago, "of 39 degrees" in Brownsville: two facts
        if (first_statement.index, statement.index) in repeated:
            continue  # one sentence written twice: near-duplicate-conflict says it
        yield _restated(rule, analysis, statements, token.start, token.end, first.start, first.end)

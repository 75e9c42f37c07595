"""How a consistency finding names the other statement it compares with: "the headline" or "line N", and
that statement's words, quoted from the prose or from a metadata headline's own text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from checker.annotate.statements import (
    Statements,
    Token,
)
from checker.lang import language

if TYPE_CHECKING:
    from checker.analysis import Analysis
    from checker.annotate.statements import Statement


_QUOTE_LIMIT = 140


def statement_place(analysis: Analysis, statement: Statement) -> str:
    """How an explanation names a statement: "the headline" or "line N" (of the prose)."""
    words = language(analysis.lang).consistency
    if statement.headline:
        return str(words.HEADLINE)
    if statement.subtitle:
        return str(words.SUBTITLE)
    return str(words.LINE.format(line=analysis.text.count("\n", 0, statement.start) + 1))


def quoted_statement(analysis: Analysis, statement: Statement) -> str:
    start = statement.tokens[0].start if statement.tokens else statement.start  # not a list's bullet
    text = source_text(analysis, statement)[start:statement.end].strip()
    return text if len(text) <= _QUOTE_LIMIT else text[:_QUOTE_LIMIT].rsplit(" ", 1)[0] + " …"


def source_text(analysis: Analysis, statement: Statement) -> str:
    if statement.in_prose:
        return analysis.text
    metadata = analysis.subtitle if statement.subtitle else analysis.headline
    return analysis.text if metadata is None else metadata.text


def span_text(analysis: Analysis, statement: Statement, tokens: tuple[Token, ...]) -> str:
    return source_text(analysis, statement)[tokens[0].start:tokens[-1].end] if tokens else ""


def statement_at(statements: Statements, offset: int) -> Statement:
    for statement in statements.body:
        if statement.start <= offset < statement.end:
            return statement
    return statements.body[-1]

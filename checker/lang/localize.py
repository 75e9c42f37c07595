"""Dates written into a message or an explanation in the article's language.

The checks pass dates as the packs hold them (ISO); a language's `explanations` module may say how to write
them (`MONTHS` and `DATE_FORMAT`), and this module rewrites the values of those placeholders, by name, before
a template is filled. The text of the article (`{found}`, `{figure}`, `{person}` ...) is never rewritten.
Tally columns and the sources the packs cite are named by the packs themselves, per language
(`column_labels`, `source_names`: `KnowledgeBase.column_label`, `KnowledgeBase.source_name`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from checker.text.lazy_regex import lazy_compile

# The placeholders that carry a date (by name: never the article's own words).
DATE_FIELDS = frozenset({"date", "earlier", "later", "verified", "spans", "held", "died"})
_ISO_DATE = lazy_compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def localize_values(lang: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """`values` with dates written in `lang` where its explanations say how."""
    from checker.lang import UnsupportedLanguageError, language

    try:
        words = language(lang).explanations
    except (UnsupportedLanguageError, AttributeError):
        return dict(values)
    months = getattr(words, "MONTHS", None)
    localized = dict(values)
    for name, value in values.items():
        if isinstance(value, str) and name in DATE_FIELDS and months:
            localized[name] = _ISO_DATE.sub(lambda match: _date(match, months, words.DATE_FORMAT), value)
    return localized


def _date(match: re.Match, months: tuple[str, ...], form: str) -> str:
    year, month, day = int(match[1]), int(match[2]), int(match[3])
    if not 1 <= month <= 12:
        return match[0]
    return form.format(day=day, month=months[month - 1], year=year)


class Localized(str):
    """A template whose `format` writes dates in its language first (the checks fill explanation templates
    with `.format(**values)`)."""

    lang: str

    def __new__(cls, template: str, lang: str) -> Localized:
        made = super().__new__(cls, template)
        made.lang = lang
        return made

    def format(self, *args: Any, **values: Any) -> str:
        return str.format(self, *args, **localize_values(self.lang, values))

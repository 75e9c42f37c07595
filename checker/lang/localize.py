"""Values written into a message or an explanation in the article's language: dates, tally columns, sources.

The checks pass facts as the packs hold them (an ISO date, a tally column such as `injured`, a source as the
pack names it); a language's `explanations` module may say how to write them (`MONTHS` and `DATE_FORMAT`,
`COLUMN_LABELS`, `SOURCE_NAMES`), and this module rewrites the values of those placeholders, by name, before
a template is filled. The text of the article (`{found}`, `{figure}`, `{person}` ...) is never rewritten.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from checker.text.lazy_regex import lazy_compile

# The placeholders that carry a date, a tally column or a source (by name: never the article's own words).
DATE_FIELDS = frozenset({"date", "earlier", "later", "verified", "spans", "held", "died"})
COLUMN_FIELDS = frozenset({"column", "category"})
SOURCE_FIELDS = frozenset({"source"})
_ISO_DATE = lazy_compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def localize_values(lang: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """`values` with dates, tally columns and sources written in `lang` where its explanations say how."""
    from checker.lang import UnsupportedLanguageError, language

    try:
        words = language(lang).explanations
    except (UnsupportedLanguageError, AttributeError):
        return dict(values)
    months = getattr(words, "MONTHS", None)
    columns: Mapping[str, str] = getattr(words, "COLUMN_LABELS", {})
    sources = getattr(words, "SOURCE_NAMES", ())
    localized = dict(values)
    for name, value in values.items():
        if not isinstance(value, str):
            continue
        if name in DATE_FIELDS and months:
            localized[name] = _ISO_DATE.sub(lambda match: _date(match, months, words.DATE_FORMAT), value)
        elif name in COLUMN_FIELDS and value in columns:
            localized[name] = columns[value]
        elif name in SOURCE_FIELDS and sources:
            localized[name] = source_name(value, sources)
    return localized


def source_name(source: str, names: tuple[tuple[str, str], ...]) -> str:
    """The name of a source in the language of `names` ((start of the pack's text, name) pairs, the first
    that fits); the pack's own text when none starts it."""
    return next((name for start, name in names if source.startswith(start)), source)


def _date(match: re.Match, months: tuple[str, ...], form: str) -> str:
    year, month, day = int(match[1]), int(match[2]), int(match[3])
    if not 1 <= month <= 12:
        return match[0]
    return form.format(day=day, month=months[month - 1], year=year)


class Localized(str):
    """A template whose `format` writes dates, tally columns and sources in its language first (the checks
    fill explanation templates with `.format(**values)`)."""

    lang: str

    def __new__(cls, template: str, lang: str) -> Localized:
        made = super().__new__(cls, template)
        made.lang = lang
        return made

    def format(self, *args: Any, **values: Any) -> str:
        return str.format(self, *args, **localize_values(self.lang, values))

"""Article metadata (title, date, source, lang) read from front matter, JSON fields or HTML tags.

Accepted dates: YAML dates and date-times, "2025-03-16", ISO 8601 date-times ("2025-03-16T09:30:00+03:00",
"...Z"; the date is taken as written, not converted to UTC), "2025/03/16", day-first "16/03/2025" or
"16-03-2025" or "16.03.2025" (as written in Arabic and British news; never month-first), RFC 2822
("Sun, 16 Mar 2025 09:30:00 GMT"); Arabic-Indic digits are read too. Anything else is an `InputError`
naming the field.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from checker.frozen import frozen
from checker.models import Metadata
from checker.text.lazy_regex import lazy_compile

# Arabic-Indic (U+0660-0669) and Eastern Arabic-Indic (U+06F0-06F9) digits -> ASCII.
_ARABIC_INDIC_DIGITS = {first + value: str(value) for first in (0x0660, 0x06F0) for value in range(10)}
_YEAR_FIRST = lazy_compile(r"(\d{4})/(\d{1,2})/(\d{1,2})")
_DAY_FIRST = lazy_compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4})")
_ACCEPTED = "expected YYYY-MM-DD, an ISO date-time or DD/MM/YYYY"


class InputError(Exception):
    """A problem with the input (broken JSON, bad front matter, a bad field); one line of text.

    `record` names the JSON/JSONL record it concerns ("line 12" or its id), or is None for a whole file.
    """

    def __init__(self, message: str, record: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.record = record


@frozen
class MetadataFields:
    """Which keys of a mapping hold each metadata value."""

    title: str = "title"
    date: str = "date"
    source: str = "source"
    lang: str = "lang"


def metadata_from_mapping(values: Mapping[str, Any], fields: MetadataFields = MetadataFields()) -> Metadata:
    """Read title, date, source and lang from a mapping (front matter or a JSON record)."""
    return Metadata(
        title=_text_field(values, fields.title),
        date=None if values.get(fields.date) is None else parse_date(values[fields.date], fields.date),
        source=_text_field(values, fields.source),
        lang=None if values.get(fields.lang) is None else normalise_lang(_text_field(values, fields.lang)),
        subtitle=_subtitle(values),
    )


# Where front matter and records keep a standfirst, the first found is read.
_SUBTITLE_FIELDS = ("subtitle", "standfirst", "description")


def _subtitle(values: Mapping[str, Any]) -> str | None:
    """The standfirst, or None; a field that is not text is not one (a `description` may be anything), so it is
    skipped rather than refused: files that passed before still pass."""
    for field in _SUBTITLE_FIELDS:
        value = values.get(field)
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())
    return None


def parse_date(value: object, field: str) -> date:
    """A date from a YAML/JSON value; `InputError` naming `field` when it is not one we accept."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        parsed = _date_from_text(value.strip().translate(_ARABIC_INDIC_DIGITS))
        if parsed is not None:
            return parsed
    raise InputError(f"bad date in field {field!r}: {value!r} ({_ACCEPTED})")


def normalise_lang(tag: str | None) -> str | None:
    """The primary language subtag in lower case: "ar-SA" -> "ar", "EN_gb" -> "en"."""
    if tag is None:
        return None
    primary = re.split(r"[-_]", tag.strip(), maxsplit=1)[0].lower()
    return primary or None


def _text_field(values: Mapping[str, Any], field: str) -> str | None:
    value = values.get(field)
    if value is None or isinstance(value, str):
        return value
    raise InputError(f"field {field!r} must be text, not {type(value).__name__}: {value!r}")


def _date_from_text(text: str) -> date | None:
    for parse in (_iso_date, _numeric_date, _rfc2822_date):
        try:
            parsed = parse(text)
        except (ValueError, TypeError, IndexError):
            continue
        if parsed is not None:
            return parsed
    return None


def _iso_date(text: str) -> date | None:
    if len(text) == 10:
        return date.fromisoformat(text)
    if len(text) > 10 and text[10] in "T ":
        return datetime.fromisoformat(text).date()
    return None


def _numeric_date(text: str) -> date | None:
    if match := _YEAR_FIRST.fullmatch(text):
        year, month, day = match.groups()
        return date(int(year), int(month), int(day))
    if match := _DAY_FIRST.fullmatch(text):
        day, _, month, year = match.groups()
        return date(int(year), int(month), int(day))
    return None


def _rfc2822_date(text: str) -> date | None:
    from email.utils import parsedate_to_datetime

    return parsedate_to_datetime(text).date()

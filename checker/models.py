"""The data that flows between the pipeline's stages.

Offsets inside a `Finding` are code-point offsets into `Document.text` (the prose the checks see);
`Located` carries the same span mapped back into the decoded file text, with 1-based line and column.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import IntEnum
from typing import Literal

from checker.frozen import frozen

Applicability = Literal["safe", "unsafe"]


class Severity(IntEnum):
    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: str) -> Severity:
        try:
            return cls[value.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {value!r} (expected error, warning or info)") from None




@frozen
class Span:
    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start


@frozen
class Fix:
    """Replacement text for the finding's span."""

    replacement: str
    applicability: Applicability = "unsafe"


@frozen
class Finding:
    rule: str
    category: str
    severity: Severity
    start: int
    end: int
    message: str
    explanation: str = ""
    fix: Fix | None = None
    # Two checks that flag one span for one reason share a key; the pipeline keeps one finding per key.
    reason_key: str = ""
    # Other corrections of the same span that fit as well (a title claim: the title, or the name), offered
    # after `fix`; never safe (more than one correction fits) and each verified like `fix` (checker/verify.py).
    alternatives: tuple[Fix, ...] = ()


@frozen
class Located:
    """A finding placed in the original file."""

    finding: Finding
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    text: str
    sentence: str


@frozen
class Metadata:
    title: str | None = None
    date: date | None = None
    source: str | None = None
    lang: str | None = None
    subtitle: str | None = None  # a standfirst: front matter `subtitle`, a record's `description`, an <h2> after <h1>


@dataclass
class FileResult:
    path: str
    lang: str | None = None
    date: date | None = None
    encoding: str | None = None
    error: str | None = None
    skipped: str | None = None
    notes: list[str] = field(default_factory=list)
    findings: list[Located] = field(default_factory=list)

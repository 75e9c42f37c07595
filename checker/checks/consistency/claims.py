"""The title claims (a person with an office and a country) the consistency rules compare."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from checker.analysis import Analysis
    from checker.annotate.titles import TitleClaim


def current_claims(analysis: Analysis, start: int, end: int) -> list[TitleClaim]:
    return [claim for claim in analysis.annotation("titled_persons")
            if start <= claim.title.start and claim.person.end <= end and not claim.former]


def country_of(claim: TitleClaim) -> str | None:
    return claim.of_id if claim.of_id and claim.of_id.startswith("country/") else None

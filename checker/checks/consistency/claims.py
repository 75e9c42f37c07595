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


def misread_country(text: str, claim: TitleClaim, other: TitleClaim, analysis: Analysis) -> bool:
    """Whether `claim`'s country is likelier a misreading than a second value of one fact: a country's bare name
    right before the title ("... standing up to China House Speaker Nancy Pelosi": a photo gallery's title run into
    its caption), where the knowledge gives the person this office of `other`'s country on the article's date. A
    demonym ("Chinese") or an abbreviation ("US") before a title is a qualifier, and two of those stay a conflict."""
    qualifier, country = claim.qualifier, country_of(other)
    if claim.qualifier_field != "names" or qualifier is None or country is None or analysis.date is None:
        return False
    written = text[qualifier.start:qualifier.end]
    if written.replace(".", "").isupper() or qualifier.end > claim.office.start \
            or text[qualifier.end:claim.office.start].strip():
        return False
    person = analysis.knowledge.get(claim.person_id)
    return person is not None and any(role.office == claim.office_id and role.of == country
                                      and role.held_on(analysis.date) for role in person.roles)

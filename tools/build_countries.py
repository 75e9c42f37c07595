"""Build the `countries` knowledge pack (rules/knowledge/countries.yaml).

Inputs, all in the repository so the pack can be rebuilt anywhere:
- country names: CLDR via babel (`Locale('en'|'ar').territories`);
- Arabic demonyms: tools/data/nationalities_ar.json (ArWikiCats, MIT), or derived from a masculine nisba
  written in tools/data/country_facts.yaml (`nisba_ar`) where ArWikiCats lacks or garbles them;
- everything CLDR lacks (English demonyms, capitals, news forms, seats, ambiguity marks):
  tools/data/country_facts.yaml, and memberships: tools/data/memberships.yaml.

Run: `.venv/bin/python tools/build_countries.py [--verified-through YYYY-MM-DD] [--out PATH]`.
The output is deterministic: entities sorted by id, fields in a fixed order.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DATA_DIR = REPO / "tools" / "data"
DEFAULT_OUT = REPO / "rules" / "knowledge" / "countries.yaml"
DEFAULT_VERIFIED = "2026-11-29"
PACK_SOURCE = (
    "CLDR via babel (Unicode licence): names; ArWikiCats nationalities (MIT): Arabic demonyms; "
    "tools/data/country_facts.yaml (hand-written): English demonyms, capitals, seats"
)

# The 193 UN member states (ISO 3166-1 alpha-2).
UN_MEMBERS = frozenset("""
AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ CA CD CF CG CH CI CL CM
CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FM FR GA GB GD GE GH GM GN GQ GR GT GW GY HN
HR HT HU ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KI KM KN KP KR KW KZ LA LB LC LI LK LR LS LT LU LV LY MA
MC MD ME MG MH MK ML MM MN MR MT MU MV MW MX MY MZ NA NE NG NI NL NO NP NR NZ OM PA PE PG PH PK PL PT PW PY
QA RO RS RU RW SA SB SC SD SE SG SI SK SL SM SN SO SR SS ST SV SY SZ TD TG TH TJ TL TM TN TO TR TT TV TZ UA
UG US UY UZ VC VE VN VU WS YE ZA ZM ZW
""".split())
UN_OBSERVERS = frozenset({"PS", "VA"})
NOT_UN = frozenset({"TW", "XK"})  # neither members nor observers, but named in news like any country

# Arabic short vowels, tanween, shadda, sukun, dagger alef, tatweel: CLDR writes «عُمان».
_ARABIC_MARKS = re.compile("[\u064b-\u0652\u0670\u0640]")


@dataclass(frozen=True)
class CountrySources:
    """Everything the generator reads, already parsed (tests build one by hand)."""

    cldr: Mapping[str, Mapping[str, str]]  # lang -> iso2 -> CLDR name
    nationalities: Mapping[str, Mapping[str, str]]  # ArWikiCats key -> forms
    facts: Mapping[str, Mapping[str, Any]]  # iso2 -> hand-written facts
    memberships: Mapping[str, Sequence[str]]  # org id -> iso2 codes


def load_sources(data_dir: Path = DATA_DIR) -> CountrySources:
    """Read CLDR through babel and the input files under `data_dir`."""
    import yaml
    from babel import Locale

    cldr = {lang: dict(Locale(lang).territories) for lang in ("en", "ar")}
    nationalities = json.loads((data_dir / "nationalities_ar.json").read_text("utf-8"))
    facts = yaml.safe_load((data_dir / "country_facts.yaml").read_text("utf-8"))
    memberships = yaml.safe_load((data_dir / "memberships.yaml").read_text("utf-8"))
    return CountrySources(cldr, nationalities, facts, memberships)


def unique(forms: Iterable[str]) -> list[str]:
    """Forms in first-seen order, without repeats or blanks, Arabic vowel marks removed."""
    seen: dict[str, None] = {}
    for form in forms:
        clean = _ARABIC_MARKS.sub("", form).strip()
        if clean:
            seen.setdefault(clean, None)
    return list(seen)


def news_forms_of_cldr_name(name: str) -> list[str]:
    """CLDR display names as news writes them.

    "Congo - Kinshasa" is a disambiguating label no article uses: dropped. "Myanmar (Burma)" -> both names.
    "Bosnia & Herzegovina" -> "and". "St. Lucia" -> also "Saint Lucia".
    """
    if " - " in name:
        return []
    parenthesised = re.fullmatch(r"(.+?) \((.+)\)", name)
    if parenthesised:
        return [parenthesised.group(1), parenthesised.group(2)]
    name = name.replace(" & ", " and ").replace("’", "'")
    forms = [name]
    if name.startswith("St. "):
        forms.append("Saint " + name[4:])
    return forms


def arabic_demonyms(entry: Mapping[str, str]) -> list[str]:
    """Singular, definite and plural forms of one ArWikiCats nationality.

    The plural definite and oblique forms (الأمريكيون، أمريكيين، الأمريكيين) are derived only for one-word
    plurals: the rule (ال + word; -ون -> -ين) is regular there, not for two-word adjectives.
    """
    forms = [entry["male"], entry["female"], entry["the_male"], entry["the_female"]]
    for plural in (entry.get("males", ""), entry.get("females", "")):
        if not plural:
            continue
        forms.append(plural)
        if " " in plural:
            continue
        variants = [plural]
        if plural.endswith("ون"):
            variants.append(plural[:-2] + "ين")
            forms.append(variants[-1])
        forms.extend("ال" + variant for variant in variants)
    return forms


def nisba_forms(masculine: str) -> list[str]:
    """The regular forms of a one-word Arabic nisba (كونغولي): feminine, definite, sound plurals and their
    oblique and definite forms, as ArWikiCats writes them for the countries it has."""
    stems = [masculine, masculine + "ة"]
    plurals = [masculine + "ون", masculine + "ين", masculine + "ات"]
    return [*stems, *("ال" + form for form in stems), *plurals, *("ال" + form for form in plurals)]


def _as_list(value: Any) -> list:
    if value is None:
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]


def _lang_lists(en: Iterable[str], ar: Iterable[str]) -> dict[str, list[str]]:
    lists = {"en": unique(en), "ar": unique(ar)}
    return {lang: forms for lang, forms in lists.items() if forms}


def country_entity(iso2: str, sources: CountrySources) -> dict[str, Any]:
    """One `country/XX` entity, fields in the order the pack shows them."""
    facts = sources.facts.get(iso2) or {}
    cldr_en = news_forms_of_cldr_name(sources.cldr["en"].get(iso2, ""))
    cldr_ar = news_forms_of_cldr_name(sources.cldr["ar"].get(iso2, ""))
    entity: dict[str, Any] = {
        "id": f"country/{iso2}",
        "type": "country",
        "iso2": iso2,
        "names": _lang_lists(
            [*_as_list(facts.get("names_en")), *cldr_en], [*_as_list(facts.get("names_ar")), *cldr_ar]
        ),
    }
    demonyms_ar = [form for key in _as_list(facts.get("ar_key"))
                   for form in arabic_demonyms(sources.nationalities[key])]
    demonyms_ar += [form for nisba in _as_list(facts.get("nisba_ar")) for form in nisba_forms(nisba)]
    demonyms = _lang_lists(_as_list(facts.get("dem_en")), [*demonyms_ar, *_as_list(facts.get("dem_ar"))])
    if demonyms:
        entity["demonyms"] = demonyms
    capital = _as_list(facts.get("cap"))
    if capital:
        entity["capital"] = dict(zip(("en", "ar"), capital, strict=False))  # some capitals have no Arabic form yet
    capital_metonyms = [] if facts.get("no_capital_metonym") else capital
    metonyms = _lang_lists(
        [*capital_metonyms[:1], *_as_list(facts.get("met_en"))],
        [*capital_metonyms[1:2], *_as_list(facts.get("met_ar"))],
    )
    if metonyms:
        entity["metonyms"] = metonyms
    member_of = (["org/UN"] if iso2 in UN_MEMBERS else []) + sorted(
        org for org, members in sources.memberships.items() if iso2 in members
    )
    if member_of:
        entity["member_of"] = member_of
    if facts.get("no_offices"):
        entity["no_offices"] = _as_list(facts["no_offices"])
    if facts.get("note"):
        entity["note"] = facts["note"]
    # `amb_demonyms: [en, ar]`: every demonym in those languages is shared or a common word (Congolese).
    ambiguous_demonyms = {lang: demonyms.get(lang, []) for lang in _as_list(facts.get("amb_demonyms"))}
    marks = {
        "ambiguous_names": _lang_lists([*_as_list(facts.get("amb_en")), *ambiguous_demonyms.get("en", [])],
                                       [*_as_list(facts.get("amb_ar")), *ambiguous_demonyms.get("ar", [])]),
        "case_sensitive": _lang_lists(_as_list(facts.get("cs_en")), []),
    }
    entity.update((key, value) for key, value in marks.items() if value)
    return entity


def unmarked_shared_forms(entities: Sequence[Mapping[str, Any]]) -> dict[str, list[str]]:
    """Forms (names, demonyms, metonyms) that two countries share and more than one holds unmarked.

    Compared case-folded and without Arabic vowel marks; a shared form left unmarked by two would make the
    matcher name one country where the text may mean the other. One owner may hold it unmarked when every
    other marks it ambiguous: that is its reading in news ("Dominican" is the Dominican Republic's; Dominica
    records it too, marked), and the matcher reads it so.
    """
    owners: dict[str, set[str]] = {}
    marked: set[tuple[str, str]] = set()
    for entity in entities:
        for field in ("names", "demonyms", "metonyms"):
            for forms in (entity.get(field) or {}).values():
                for form in unique(forms):
                    owners.setdefault(form.casefold(), set()).add(entity["id"])
        for forms in entity.get("ambiguous_names", {}).values():
            marked.update((entity["id"], form.casefold()) for form in unique(forms))
    return {
        form: sorted(ids)
        for form, ids in sorted(owners.items())
        if len(ids) > 1 and sum((entity_id, form) not in marked for entity_id in ids) > 1
    }


ALL_CODES = UN_MEMBERS | UN_OBSERVERS | NOT_UN


def build_pack(
    sources: CountrySources, verified_through: str = DEFAULT_VERIFIED, codes: Iterable[str] = ALL_CODES
) -> dict[str, Any]:
    """The pack for `codes` (all UN members, observers, Taiwan, Kosovo by default) as plain data, sorted by id.

    Raises ValueError when the facts name a code outside `codes`, a country has no English name, or two
    countries share a form that both hold unmarked.
    """
    codes = sorted(codes)
    unknown = sorted(set(sources.facts) - set(codes))
    if unknown:
        raise ValueError(f"country_facts has codes outside the pack: {', '.join(unknown)}")
    entities = [country_entity(code, sources) for code in codes]
    nameless = [entity["id"] for entity in entities if not entity["names"].get("en")]
    if nameless:
        raise ValueError(f"countries without an English name: {', '.join(nameless)}")
    shared = unmarked_shared_forms(entities)
    if shared:
        listed = "; ".join(f"{form!r}: {', '.join(ids)}" for form, ids in shared.items())
        raise ValueError(f"forms shared by several countries, not marked ambiguous in all but one: {listed}")
    return {
        "pack": "countries",
        "kind": "knowledge",
        "version": 1,
        "verified_through": verified_through,
        "source": PACK_SOURCE,
        "description": (
            "UN members and observers, Taiwan and Kosovo: names, demonyms, capitals and the names news uses "
            "for each government. ambiguous_names lists forms that are also common words, other places or "
            "shared by two countries (a check must not act on them alone); case_sensitive lists "
            "English forms to match only as written (US, not us). Generated by tools/build_countries.py: "
            "edit its inputs in tools/data/, not this file."
        ),
        "entities": entities,
    }


def render_yaml(pack: Mapping[str, Any]) -> str:
    """YAML text, Unicode kept readable; a header says the file is generated."""
    import yaml

    header = "# Generated by tools/build_countries.py: do not edit by hand.\n"
    return header + yaml.safe_dump(dict(pack), allow_unicode=True, sort_keys=False, width=120)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verified-through", default=DEFAULT_VERIFIED,
                        help="the date the facts were last verified (YYYY-MM-DD)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    pack = build_pack(load_sources(), args.verified_through)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(render_yaml(pack), "utf-8")
    print(f"wrote {len(pack['entities'])} countries to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

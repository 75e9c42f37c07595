"""Finding, validating and assembling packs into one `PackSet`."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from checker.frozen import frozen
from checker.models import Severity
from checker.packs.errors import PackError
from checker.packs.kinds import KINDS, CheckKind, ParamTypeError
from checker.packs.model import Entity, KnowledgeBase, Role, Rule, Tally, parse_pack_date
from checker.packs.yaml_source import line_of, read_yaml

try:  # hashlib's own blake2b, without the import of OpenSSL that hashlib makes (~4 ms CPU of every run)
    from _blake2 import blake2b
except ImportError:  # an interpreter built without it
    from hashlib import blake2b

PACK_SUFFIXES = (".yaml", ".yml")


def builtin_rules_dir() -> Path:
    """The packs shipped with factlint: inside the wheel (`checker/_rules`) or, in a checkout, `rules/`."""
    package_dir = Path(__file__).resolve().parent.parent
    installed = package_dir / "_rules"
    return installed if installed.is_dir() else package_dir.parent / "rules"


def schema_path() -> Path:
    return builtin_rules_dir() / "pack.schema.json"


def _validator() -> Any:
    from checker.lang import supported

    return _validator_for(supported())


@lru_cache(maxsize=4)
def _validator_for(languages: tuple[str, ...]) -> Any:
    """The pack schema with its per-language fields (messages, names, example languages) opened to every
    supported language: a language added to the registry may be written in packs, a typo stays an error."""
    import json  # here, as Formatter below: a run that reads the packs from the cache needs neither

    from jsonschema import Draft202012Validator, FormatChecker

    schema = json.loads(schema_path().read_text("utf-8"))
    definitions = schema["$defs"]
    for name in ("lang_text", "lang_names", "lang_labels"):
        template = next(iter(definitions[name]["properties"].values()))
        definitions[name]["properties"] = {code: template for code in languages}
    for name in ("example", "example_article"):
        definitions[name]["properties"]["lang"] = {"enum": list(languages)}
    # The draft's formats (`date` is YYYY-MM-DD that exists) and ours, `pack-date`: a bare year, or a day
    # that exists (its pattern is in the schema).
    formats = FormatChecker()
    formats.checkers.update(Draft202012Validator.FORMAT_CHECKER.checkers)
    formats.checks("pack-date", raises=ValueError)(_is_pack_date)
    return Draft202012Validator(schema, format_checker=formats)


def _is_pack_date(value: Any) -> bool:
    """True for `YYYY` and for a `YYYY-MM-DD` that exists; a ValueError saying why otherwise (the schema's
    type and pattern report other values)."""
    if isinstance(value, str) and re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
        parse_pack_date(value)
    return True


def discover_pack_files(location: Path) -> list[Path]:
    """Every pack file under a directory (recursively, sorted), or the file itself."""
    if location.is_file():
        return [location]
    if not location.is_dir():
        raise PackError(str(location), None, None, "no such pack file or directory")
    return sorted(p for p in location.rglob("*") if p.suffix in PACK_SUFFIXES and p.is_file())


def fingerprint(files: Sequence[Path]) -> str:
    """A hash of the packs' content (and the schema), the key of the compiled cache."""
    from checker import __version__

    digest = blake2b(digest_size=16)
    digest.update(__version__.encode())
    digest.update(schema_path().read_bytes())
    from checker.lang import supported

    digest.update(" ".join(supported()).encode())  # the languages a pack may be written in
    for path in files:
        digest.update(path.name.encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def _field_name(parts: Iterable[str | int]) -> str:
    name = ""
    for part in parts:
        name += f"[{part}]" if isinstance(part, int) else (f".{part}" if name else str(part))
    return name or "(top level)"


def _one_line(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def validate_pack(path: Path, data: Any) -> None:
    """Schema validation; the first (most relevant) error becomes a PackError naming line and field."""
    from jsonschema.exceptions import best_match

    if not isinstance(data, dict):
        raise PackError(str(path), 1, None, "a pack must be a YAML mapping with `pack`, `kind`, `version`, `checked`")
    error = best_match(_validator().iter_errors(data))
    if error is None:
        return
    parts, problem = _schema_problem(error, data)
    raise PackError(str(path), line_of(path, parts), _field_name(parts), _one_line(problem))


_JSON_TYPES = {"string": "a string", "integer": "an integer", "number": "a number", "boolean": "true or false",
               "array": "a list", "object": "a mapping", "null": "null"}


def _described(value: Any) -> str:
    """A value as an error shows it: its YAML type, and the value itself when short."""
    if isinstance(value, bool):
        return f"boolean {str(value).lower()}"
    if value is None:
        return "null"
    if isinstance(value, list):
        return f"a list of {len(value)} item{'s' if len(value) != 1 else ''}"
    if isinstance(value, dict):
        return f"a mapping of {len(value)} entr{'ies' if len(value) != 1 else 'y'}"
    kind = {int: "integer", float: "number", str: "string"}.get(type(value), "value")
    shown = repr(value)
    return f"{kind} {shown}" if len(shown) <= 40 else f"{kind} {shown[:39]}…"


def _forbidden(schema: Any) -> list[str]:
    """The field names a `not` schema made of `required` (possibly under anyOf) forbids."""
    if not isinstance(schema, dict):
        return []
    names = list(schema.get("required", []))
    for branch in schema.get("anyOf", []):
        names.extend(_forbidden(branch))
    return names


def _allowed(name: str, allowed: list[str]) -> str:
    """What to write instead of an unknown field: the likely intended one, else the list when it is short."""
    from difflib import get_close_matches

    close = get_close_matches(name, allowed, n=1)
    if close:
        return f"did you mean {close[0]!r}?"
    if len(allowed) <= 10:
        return f"allowed: {', '.join(allowed)}"
    return f"{len(allowed)} fields allowed, see rules/README.md"


def _schema_problem(error: Any, data: dict) -> tuple[list[str | int], str]:
    """A jsonschema error as the field it concerns and a short sentence: what is wrong, what is allowed;
    never the schema's own dump."""
    parts: list[str | int] = list(error.absolute_path)
    instance, validator, expected = error.instance, error.validator, error.validator_value
    if validator == "required" and isinstance(instance, dict):
        missing = [name for name in expected if name not in instance]
        return parts, f"missing required field {missing[0]!r}" if missing else error.message
    if validator == "additionalProperties" and isinstance(instance, dict):
        allowed = sorted(error.schema.get("properties", {}))
        unknown = [name for name in instance if name not in allowed]
        if unknown:
            return [*parts, unknown[0]], f"unknown field {unknown[0]!r} ({_allowed(str(unknown[0]), allowed)})"
    if validator == "not" and isinstance(instance, dict):
        present = [name for name in _forbidden(expected) if name in instance]
        if present:
            kind = data.get("kind")
            return [*parts, present[0]], f"a {kind} pack cannot have {present[0]!r}" if parts == [] and kind \
                else f"field {present[0]!r} is not allowed here"
    if validator == "type":
        types = [expected] if isinstance(expected, str) else list(expected)
        wanted = " or ".join(_JSON_TYPES.get(name, name) for name in types)
        return parts, f"expected {wanted}, got {_described(instance)}"
    if validator == "format" and expected in ("date", "pack-date"):
        return parts, (f"{instance!r} is not a real date ({error.cause})" if error.cause
                       else f"{_described(instance)} is not a date (YYYY-MM-DD)")
    if validator == "minLength":
        return parts, "must not be empty" if expected == 1 else f"too short: at least {expected} characters"
    if validator == "minItems":
        return parts, f"needs at least {expected} item{'s' if expected != 1 else ''}, got {len(instance)}"
    if validator == "minProperties":
        return parts, f"needs at least {expected} entr{'ies' if expected != 1 else 'y'}"
    if validator == "pattern" and isinstance(instance, str):
        return parts, f"{_described(instance)} does not have the expected form (pattern {expected})"
    if validator in ("oneOf", "anyOf") and isinstance(instance, dict) and all(
            isinstance(branch, dict) and set(branch) == {"required"} for branch in expected):
        choices = " or ".join(" with ".join(repr(name) for name in branch["required"]) for branch in expected)
        given = [branch["required"] for branch in expected if all(name in instance for name in branch["required"])]
        if given:
            return parts, f"give only one of {choices}"
        begun = [branch["required"] for branch in expected if any(name in instance for name in branch["required"])]
        if len(begun) == 1:  # one alternative half written: name what it lacks
            missing = [name for name in begun[0] if name not in instance]
            return parts, f"missing required field {missing[0]!r}"
        return parts, f"missing required field: {choices}"
    # Any other error, in words when short; never the dump of a large instance or of the schema.
    if len(error.message) <= 100:
        return parts, error.message
    return parts, f"{_described(instance)} is not valid here ({validator})"


@frozen
class PackSet:
    """All loaded packs: the rules, the knowledge, and the compiled name matcher."""

    rules: dict[str, Rule]
    knowledge: KnowledgeBase
    files: tuple[str, ...]
    digest: str
    # checker.annotate.mentions.NameMatcher, built once per pack set by the stage above the loader
    # (checker.compiled_packs), which caches it with the rest
    matcher: Any = None

    def rule(self, rule_id: str) -> Rule | None:
        return self.rules.get(rule_id)


def _roles(path: Path, index_path: list[str | int], raw: list[dict]) -> tuple[Role, ...]:
    roles = []
    for number, item in enumerate(raw):
        try:
            start, start_exact = parse_pack_date(item["from"])
            end, end_exact = parse_pack_date(item["to"], end=True) if item.get("to") else (None, True)
        except ValueError as error:
            where = [*index_path, "roles", number]
            raise PackError(str(path), line_of(path, where), _field_name(where), str(error)) from None
        roles.append(Role(item["office"], item["of"], start, end, start_exact, end_exact, bool(item.get("acting"))))
    return tuple(roles)


_ENTITY_FIELDS = {"id", "type", "names", "short", "roles", "verified_through", "died"}


def _entity(path: Path, index: int, raw: dict, verified: dt.date | None = None) -> Entity:
    """One entity; `verified` is its pack's horizon, which the entity's own `verified_through` replaces."""
    names = {lang: tuple(values) for lang, values in raw.get("names", {}).items()}
    short = {lang: tuple(values) for lang, values in raw.get("short", {}).items()}
    attrs = {key: value for key, value in raw.items() if key not in _ENTITY_FIELDS}
    roles = _roles(path, ["entities", index], raw.get("roles", []))
    own = _day(raw.get("verified_through"))
    return Entity(raw["id"], raw["type"], names, short, roles, attrs, own or verified, _day(raw.get("died")))


def _rule(path: Path, index: int, raw: dict) -> Rule:
    kind = KINDS[raw["kind"]]
    where: list[str | int] = ["rules", index]
    for lang, template in raw["message"].items():
        _check_placeholders(path, [*where, "message", lang], template, raw["kind"], kind)
    examples = {key: tuple(raw["examples"].get(key, ())) for key in ("flag", "clean")}
    return Rule(
        id=raw["id"],
        category=raw["category"],
        kind=raw["kind"],
        severity=Severity.parse(raw["severity"]),
        message=dict(raw["message"]),
        why=raw["why"].strip(),
        params=_typed_params(path, [*where, "params"], raw.get("params") or {}, raw["kind"], kind),
        examples=examples,
        path=str(path),
    )


def _typed_params(path: Path, where: list[str | int], given: dict, kind_name: str, kind: CheckKind) -> dict[str, Any]:
    """The rule's parameters converted to their declared types, the kind's defaults filling the rest."""
    params = {name: param.default for name, param in kind.params.items()}
    for name, value in given.items():
        field = [*where, name]
        if name not in kind.params:
            known = ", ".join(sorted(kind.params)) or "none"
            raise PackError(str(path), line_of(path, field), _field_name(field),
                            f"unknown parameter of check kind {kind_name!r} (known: {known})")
        try:
            params[name] = kind.params[name].type(value)
        except ParamTypeError as error:
            raise PackError(str(path), line_of(path, field), _field_name(field), str(error)) from None
    return params


def _check_placeholders(path: Path, where: list[str | int], template: str, kind_name: str, kind: CheckKind) -> None:
    """Every {placeholder} of a message must be a plain name the kind supplies: the reader would see an
    unknown one raw, and an attribute, an index, a conversion or a format spec (`{person:>1000000000}`)
    would run at check time on a value the pack cannot see (or build a string of gigabytes)."""
    from string import Formatter

    def refuse(problem: str) -> PackError:
        return PackError(str(path), line_of(path, where), _field_name(where), problem)

    try:
        fields = [(field, spec, conversion) for _, field, spec, conversion in Formatter().parse(template)
                  if field is not None]
    except ValueError as error:
        raise refuse(f"invalid message: {error}") from None
    supplied = ", ".join(f"{{{p}}}" for p in sorted(kind.placeholders)) or "none"
    for field, spec, conversion in fields:
        written = "{" + field + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"
        if not field.isidentifier() or spec or conversion:
            raise refuse(f"placeholder {written} is not a plain {{name}} (a message allows only {supplied})")
        if field not in kind.placeholders:
            raise refuse(f"placeholder {written} is not supplied by check kind {kind_name!r} (it supplies {supplied})")


def _tally(path: Path, index: int, raw: dict) -> Tally:
    """A tally whose every point has one value per column: the date column a day that exists, in order (the
    checks read the series up to a day and stop there), the others numbers or null."""
    columns = tuple(raw["columns"])
    date_column = columns.index("date") if "date" in columns else None
    previous: dt.date | None = None
    for number, point in enumerate(raw["points"]):
        where: list[str | int] = ["tallies", index, "points", number]

        def refuse(problem: str, field: list[str | int] = where) -> PackError:
            return PackError(str(path), line_of(path, field), _field_name(field), problem)

        if len(point) != len(columns):
            raise refuse(f"{len(point)} values for {len(columns)} columns ({', '.join(columns)})")
        for column, value in zip(columns, point, strict=True):
            if column == "date":
                continue
            if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))):
                raise refuse(f"{column}: expected a number or null, got {_described(value)}")
        if date_column is not None:
            value = point[date_column]
            try:
                day = dt.date.fromisoformat(value) if isinstance(value, str) and len(value) == 10 else None
            except ValueError as error:
                raise refuse(f"date: {value!r} is not a real date ({error})") from None
            if day is None:
                raise refuse(f"date: expected a date (YYYY-MM-DD), got {_described(value)}")
            if previous is not None and day < previous:
                raise refuse(f"date: {value} comes before the point above it ({previous}); points go in date order")
            previous = day
    return Tally(
        id=raw["id"],
        place=raw["place"],
        source=raw["source"],
        scope=raw.get("scope", ""),
        columns=columns,
        points=tuple(tuple(point) for point in raw["points"]),
        reported_by=raw.get("reported_by", ""),
    )


def load_packset(locations: Sequence[Path]) -> PackSet:
    """Read, validate and assemble every pack under `locations` (no matcher, no cache: `checker.compiled_packs`)."""
    files = [path for location in locations for path in discover_pack_files(location)]
    return assemble(files, fingerprint(files))


def _day(value: Any) -> dt.date | None:
    """A validated YYYY-MM-DD field as a date (YAML may give a date or a string); None when absent."""
    try:
        return parse_pack_date(str(value or ""))[0]
    except ValueError:
        return None


def _verified_through(data: dict) -> dt.date | None:
    """The pack's knowledge horizon: `verified_through`, or `checked`, its older name (the schema allows
    only one of the two)."""
    return _day(data.get("verified_through") or data.get("checked"))


def assemble(files: Sequence[Path], digest: str) -> PackSet:
    rules: dict[str, Rule] = {}
    entities: dict[str, Entity] = {}
    tallies: dict[str, Tally] = {}
    source_names: list[tuple[str, dict[str, str]]] = []
    column_labels: dict[str, dict[str, str]] = {}
    references: list[tuple[Path, list[str | int], str]] = []
    held: list[tuple[Path, list[str | int], str, str]] = []  # roles: an office held of a country or institution
    for path in files:
        data = read_yaml(path)
        validate_pack(path, data)
        verified = _verified_through(data)
        for index, raw in enumerate(data.get("rules", [])):
            where: list[str | int] = ["rules", index]
            if raw["id"] in rules:
                raise PackError(str(path), line_of(path, [*where, "id"]), _field_name([*where, "id"]),
                                f"duplicate rule id {raw['id']!r} (first in {rules[raw['id']].path})")
            if raw["kind"] not in KINDS:
                raise PackError(str(path), line_of(path, [*where, "kind"]), _field_name([*where, "kind"]),
                                f"unknown check kind {raw['kind']!r} (known: {', '.join(sorted(KINDS))})")
            rules[raw["id"]] = _rule(path, index, raw)
        for index, raw in enumerate(data.get("entities", [])):
            where = ["entities", index]
            if raw["id"] in entities:
                raise PackError(str(path), line_of(path, [*where, "id"]), _field_name([*where, "id"]),
                                f"duplicate entity id {raw['id']!r}")
            entities[raw["id"]] = _entity(path, index, raw, verified)
            for number, role in enumerate(raw.get("roles", [])):
                references.append((path, [*where, "roles", number, "office"], role["office"]))
                references.append((path, [*where, "roles", number, "of"], role["of"]))
                held.append((path, [*where, "roles", number, "of"], role["office"], role["of"]))
        for index, raw in enumerate(data.get("tallies", [])):
            tallies[raw["id"]] = _tally(path, index, raw)
            references.append((path, ["tallies", index, "place"], raw["place"]))
        source_names.extend((named["source"], dict(named["names"])) for named in data.get("source_names", []))
        for lang, labels in data.get("column_labels", {}).items():
            column_labels.setdefault(lang, {}).update(labels)
    for path, where, target in references:
        if target not in entities:
            raise PackError(str(path), line_of(path, where), _field_name(where), f"unknown entity {target!r}")
    for path, where, office_id, of_id in held:
        office, of = entities[office_id], entities[of_id]
        if office.get("applies_to") and of.type not in office.get("applies_to"):
            raise PackError(str(path), line_of(path, where), _field_name(where),
                            f"{office_id} applies to {', '.join(office.get('applies_to'))}, not to {of.type} {of_id!r}")
    knowledge = KnowledgeBase(entities, tallies, tuple(source_names), column_labels)
    return PackSet(rules, knowledge, tuple(str(p) for p in files), digest)

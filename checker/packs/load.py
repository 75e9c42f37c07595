"""Finding, validating and assembling packs into one `PackSet`."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from string import Formatter
from typing import Any

from checker.models import Severity
from checker.packs.errors import PackError
from checker.packs.kinds import KINDS, CheckKind, ParamTypeError
from checker.packs.model import Entity, KnowledgeBase, Role, Rule, Tally, parse_pack_date
from checker.packs.yaml_source import line_of, read_yaml

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
    from jsonschema import Draft202012Validator

    schema = json.loads(schema_path().read_text("utf-8"))
    definitions = schema["$defs"]
    for name in ("lang_text", "lang_names"):
        template = next(iter(definitions[name]["properties"].values()))
        definitions[name]["properties"] = {code: template for code in languages}
    for name in ("example", "example_article"):
        definitions[name]["properties"]["lang"] = {"enum": list(languages)}
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


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

    digest = hashlib.blake2b(digest_size=16)
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
    parts = list(error.absolute_path)
    raise PackError(str(path), line_of(path, parts), _field_name(parts), _one_line(error.message))


@dataclass(frozen=True)
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


def _entity(path: Path, index: int, raw: dict, checked: dt.date | None = None) -> Entity:
    names = {lang: tuple(values) for lang, values in raw.get("names", {}).items()}
    short = {lang: tuple(values) for lang, values in raw.get("short", {}).items()}
    attrs = {key: value for key, value in raw.items() if key not in {"id", "type", "names", "short", "roles"}}
    roles = _roles(path, ["entities", index], raw.get("roles", []))
    return Entity(raw["id"], raw["type"], names, short, roles, attrs, checked)


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
    """Every {placeholder} of a message must be one the kind supplies, or the reader would see it raw."""
    try:
        fields = [field for _, field, _, _ in Formatter().parse(template) if field is not None]
    except ValueError as error:
        raise PackError(str(path), line_of(path, where), _field_name(where), f"invalid message: {error}") from None
    for field in fields:
        name = re.split(r"[.\[]", field, maxsplit=1)[0]
        if name not in kind.placeholders:
            supplied = ", ".join(f"{{{p}}}" for p in sorted(kind.placeholders)) or "none"
            raise PackError(str(path), line_of(path, where), _field_name(where),
                            f"placeholder {{{field}}} is not supplied by check kind {kind_name!r} "
                            f"(it supplies {supplied})")


def _tally(raw: dict) -> Tally:
    return Tally(
        id=raw["id"],
        place=raw["place"],
        source=raw["source"],
        scope=raw.get("scope", ""),
        columns=tuple(raw["columns"]),
        points=tuple(tuple(point) for point in raw["points"]),
    )


def load_packset(locations: Sequence[Path]) -> PackSet:
    """Read, validate and assemble every pack under `locations` (no matcher, no cache: `checker.compiled_packs`)."""
    files = [path for location in locations for path in discover_pack_files(location)]
    return assemble(files, fingerprint(files))


def _checked(data: dict) -> dt.date | None:
    """The pack's `checked` date (YAML may give a date or a string); None when it is not a date."""
    try:
        return parse_pack_date(str(data.get("checked") or ""))[0]
    except ValueError:
        return None


def assemble(files: Sequence[Path], digest: str) -> PackSet:
    rules: dict[str, Rule] = {}
    entities: dict[str, Entity] = {}
    tallies: dict[str, Tally] = {}
    references: list[tuple[Path, list[str | int], str]] = []
    held: list[tuple[Path, list[str | int], str, str]] = []  # roles: an office held of a country or institution
    for path in files:
        data = read_yaml(path)
        validate_pack(path, data)
        checked = _checked(data)
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
            entities[raw["id"]] = _entity(path, index, raw, checked)
            for number, role in enumerate(raw.get("roles", [])):
                references.append((path, [*where, "roles", number, "office"], role["office"]))
                references.append((path, [*where, "roles", number, "of"], role["of"]))
                held.append((path, [*where, "roles", number, "of"], role["office"], role["of"]))
        for index, raw in enumerate(data.get("tallies", [])):
            tallies[raw["id"]] = _tally(raw)
            references.append((path, ["tallies", index, "place"], raw["place"]))
    for path, where, target in references:
        if target not in entities:
            raise PackError(str(path), line_of(path, where), _field_name(where), f"unknown entity {target!r}")
    for path, where, office_id, of_id in held:
        office, of = entities[office_id], entities[of_id]
        if office.get("applies_to") and of.type not in office.get("applies_to"):
            raise PackError(str(path), line_of(path, where), _field_name(where),
                            f"{office_id} applies to {', '.join(office.get('applies_to'))}, not to {of.type} {of_id!r}")
    return PackSet(rules, KnowledgeBase(entities, tallies), tuple(str(p) for p in files), digest)

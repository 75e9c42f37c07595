"""Configuration: `.factlint.yaml` or `[tool.factlint]` in `pyproject.toml`, found from a file upward.

The closest directory holding either wins (`.factlint.yaml` before `.factlint.yml` before `pyproject.toml`
in one directory, as Ruff prefers its own file). Values merge in three layers: defaults, the file, the
command line; every value remembers which layer it came from (`factlint config` prints both). Paths in
the file (packs, baseline, per-path-ignores globs) are relative to the file's directory.

    # .factlint.yaml
    lang: ar
    select: [roles/, consistency/]
    ignore: [casualties/vague-understatement]
    severity: {consistency/name-variants: error}
    per-path-ignores: {"archive/*": [roles/]}
    date-source: metadata        # metadata | mtime | today: the fallback when an article has no date
    fail-on: warning
    packs: [house-packs/]
    baseline: .factlint-baseline.json
    house-style:
      spellings: [سيرغي لافروف, Volodymyr Zelenskyy]
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checker.frozen import frozen

if TYPE_CHECKING:
    from checker.api import CheckOptions
    from checker.document import Document
    from checker.models import Located


_MAX_CONFIG_BYTES = 1 << 20  # a configuration file is a few lines; /dev/zero must not be read for ever
CONFIG_FILES = (".factlint.yaml", ".factlint.yml", "pyproject.toml")
LEVELS = ("error", "warning", "info")
DEFAULT_SOURCE = "default"
CLI_SOURCE = "command line"


class ConfigError(Exception):
    """A configuration file that cannot be used; the message names the file and the key."""


def _strings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def _levels(value: Any) -> bool:
    return isinstance(value, dict) and all(isinstance(k, str) and v in LEVELS for k, v in value.items())


def _path_ignores(value: Any) -> bool:
    return isinstance(value, dict) and all(isinstance(k, str) and _strings(v) for k, v in value.items())


def _supported_language(value: Any) -> bool:
    from checker.lang import is_supported

    return isinstance(value, str) and is_supported(value)


def _house_style(value: Any) -> bool:
    return isinstance(value, dict) and set(value) <= {"spellings"} and _strings(value.get("spellings", []))


# key: (default, validator, what a valid value is)
SCHEMA: dict[str, tuple[Any, Callable[[Any], bool], str]] = {
    "lang": ("auto", lambda v: v == "auto" or _supported_language(v), "ar, en or auto"),
    "select": ([], _strings, "a list of rule ids or prefixes"),
    "ignore": ([], _strings, "a list of rule ids or prefixes"),
    "severity": ({}, _levels, "a mapping of rule id or prefix to error, warning or info"),
    "per-path-ignores": ({}, _path_ignores, "a mapping of path glob to a list of rule ids or prefixes"),
    "date-source": ("metadata", lambda v: v in ("metadata", "mtime", "today"), "metadata, mtime or today"),
    "fail-on": ("warning", lambda v: v in (*LEVELS, "never"), "error, warning, info or never"),
    "packs": ([], _strings, "a list of pack directories or files"),
    "baseline": (None, lambda v: v is None or isinstance(v, str), "a file name"),
    "house-style": ({}, _house_style, "a mapping with `spellings`: a list of preferred spellings"),
}


@frozen
class Setting:
    value: Any
    source: str  # "default", the config file's path, or "command line"


@frozen
class Config:
    """The configuration in force: every key's value and where it came from."""

    file: Path | None
    root: Path  # relative paths in the file are relative to this directory
    settings: Mapping[str, Setting]

    def __getitem__(self, key: str) -> Any:
        return self.settings[key].value

    def source(self, key: str) -> str:
        return self.settings[key].source

    def path(self, relative: str) -> Path:
        """A path from the configuration, resolved against the configuration file's directory."""
        return self.root / relative

    def with_overrides(self, overrides: Mapping[str, Any]) -> Config:
        """This configuration with command-line values on top (None means "not given"); --packs adds."""
        settings = dict(self.settings)
        for key, value in overrides.items():
            if value is None or (isinstance(value, (list, tuple)) and not value):
                continue
            if key not in SCHEMA:
                raise KeyError(key)
            if key == "packs":
                value = [*self["packs"], *[str(Path(p).resolve()) for p in value]]
            settings[key] = Setting(list(value) if isinstance(value, tuple) else value, CLI_SOURCE)
        return Config(self.file, self.root, settings)


def find_config_file(start: Path) -> Path | None:
    """The closest configuration file from `start` (a file or directory) upward, or None."""
    directory = Path(os.path.realpath(start))  # never raises on a symlink loop (Path.resolve does)
    if not os.path.isdir(directory):  # os.path: False (not an error) for a name too long
        directory = directory.parent
    for folder in (directory, *directory.parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if os.path.isfile(candidate) and (name != "pyproject.toml" or _has_tool_table(candidate)):
                return candidate
    return None


def _has_tool_table(pyproject: Path) -> bool:
    return "[tool.factlint" in pyproject.read_text(encoding="utf-8", errors="replace")


def load_config(start: Path | None = None, *, file: Path | None = None) -> Config:
    """The configuration for files under `start` (default: the working directory), or from `file`."""
    found = file or find_config_file(start or Path.cwd())
    settings = {key: Setting(default, DEFAULT_SOURCE) for key, (default, _, _) in SCHEMA.items()}
    if found is None:
        return Config(None, Path.cwd(), settings)
    found = Path(os.path.realpath(found))
    for key, value in _read_file(found).items():
        settings[key] = Setting(value, str(found))
    config = Config(found, found.parent, settings)
    packs = [str(config.path(p)) for p in config["packs"]]
    if packs:
        settings["packs"] = Setting(packs, str(found))
    return Config(found, found.parent, settings)


def _read_file(path: Path) -> dict[str, Any]:
    from checker.input_files import describe_os_error, read_regular_file

    try:
        text = read_regular_file(path, limit=_MAX_CONFIG_BYTES).decode("utf-8")
    except OSError as error:
        raise ConfigError(f"{path}: cannot read: {describe_os_error(error)}") from None
    except UnicodeDecodeError as error:
        raise ConfigError(f"{path}: cannot read: not UTF-8 text (byte {error.start + 1})") from None
    if path.name == "pyproject.toml":
        import tomllib

        try:
            values = tomllib.loads(text).get("tool", {}).get("factlint", {})
        except (tomllib.TOMLDecodeError, ValueError) as error:  # ValueError: an integer of thousands of digits
            raise ConfigError(f"{path}: broken TOML: {error}") from None
    else:
        import yaml

        from checker.bounded_yaml import UnsafeYAMLError, load_bounded

        try:
            values = load_bounded(text) or {}
        except UnsafeYAMLError as error:
            raise ConfigError(f"{path}:{error.line or 1}: refused YAML: {error.problem}") from None
        except yaml.MarkedYAMLError as error:
            mark = error.problem_mark or error.context_mark
            where = f"{path}:{mark.line + 1}" if mark else str(path)
            problem = " ".join(str(error.problem or error.context or "invalid YAML").split())
            raise ConfigError(f"{where}: invalid YAML: {problem}") from None
        except yaml.YAMLError as error:
            raise ConfigError(f"{path}: invalid YAML: {' '.join(str(error).split())}") from None
    if not isinstance(values, dict):
        raise ConfigError(f"{path}: the configuration must be a mapping of keys to values")
    for key, value in values.items():
        if key not in SCHEMA:
            raise ConfigError(f"{path}: unknown key {key!r} (known: {', '.join(SCHEMA)})")
        if not SCHEMA[key][1](value):
            raise ConfigError(f"{path}: {key}: expected {SCHEMA[key][2]}, got {value!r}")
    return values


def describe(config: Config) -> str:
    """The configuration in force, one `key = value  # source` line per key (`factlint config`)."""
    head = f"# configuration file: {config.file}" if config.file else "# no configuration file found: defaults"
    width = max(len(key) for key in SCHEMA)
    import json  # here: a check never needs it (~1 ms to import)

    lines = [head]
    for key in SCHEMA:
        value = json.dumps(config[key], ensure_ascii=False)
        lines.append(f"{key:<{width}} = {value}  # {config.source(key)}")
    return "\n".join(lines) + "\n"


@frozen
class PerPathIgnores:
    """A finding filter: drops findings of the given rules in files whose path matches a glob."""

    root: str
    patterns: tuple[tuple[str, tuple[str, ...]], ...]
    # The directory relative document paths start from: "" is this process's working directory; the audit
    # sets its own, so a Dask worker elsewhere reads "archive/a.md" as the client does. Not part of the
    # settings digest: the same files named from elsewhere give the same results.
    base: str = field(default="", compare=False, repr=False)

    def __call__(self, document: Document, findings: Sequence[Located]) -> list[Located]:
        from checker.engine import rule_matches

        absolute = os.path.normpath(os.path.join(self.base or os.getcwd(), document.path))
        relative = Path(os.path.relpath(absolute, self.root)).as_posix()
        rules = [rule for glob, names in self.patterns
                 if fnmatch.fnmatch(relative, glob) or fnmatch.fnmatch(Path(relative).name, glob) for rule in names]
        if not rules:
            return list(findings)
        return [loc for loc in findings if not any(rule_matches(loc.finding.rule, name) for name in rules)]


def check_options(config: Config, **options: Any) -> CheckOptions:
    """`CheckOptions` for this configuration; `options` are passed through (load, include, filters...), but
    `base`, the directory the per-path ignores read relative document paths from (default: the working one)."""
    from checker.api import CheckOptions

    filters = tuple(options.pop("finding_filters", ()))
    base = options.pop("base", "")  # where relative document paths start (see PerPathIgnores)
    if config["per-path-ignores"]:
        patterns = tuple((glob, tuple(names)) for glob, names in config["per-path-ignores"].items())
        filters = (PerPathIgnores(str(config.root), patterns, base), *filters)
    return CheckOptions(
        lang=config["lang"], select=tuple(config["select"]), ignore=tuple(config["ignore"]),
        packs=tuple(Path(p) for p in config["packs"]), severity=tuple(config["severity"].items()),
        house_spellings=tuple(config["house-style"].get("spellings", ())), date_source=config["date-source"],
        finding_filters=filters, **options)


"""Reading a pack file: safe YAML only, with the line of every field recoverable for error messages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from checker.packs.errors import PackError


def _safe_loader() -> type:
    import yaml

    # The C loader is several times faster on the large generated knowledge packs; both are safe loaders.
    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path) -> Any:
    """Parse `path` with YAML's safe loader; a syntax error becomes a one-line PackError with its line."""
    import yaml

    try:
        raw = path.read_bytes()
    except OSError as error:
        raise PackError(str(path), None, None, f"cannot read: {error.strerror or error}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise PackError(str(path), None, None, "not UTF-8 text") from None
    try:
        data = yaml.load(text, Loader=_safe_loader())  # noqa: S506 - a safe loader
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        problem = " ".join(str(error.problem or error.context or "invalid YAML").split())
        raise PackError(str(path), line, None, f"invalid YAML: {problem}") from None
    except yaml.YAMLError as error:
        raise PackError(str(path), None, None, f"invalid YAML: {' '.join(str(error).split())}") from None
    return stringify_dates(data)


def stringify_dates(value: Any) -> Any:
    """YAML turns unquoted dates into `date` objects; packs keep them as ISO strings for validation."""
    if isinstance(value, dict):
        return {str(key) if isinstance(key, dt.date) else key: stringify_dates(item) for key, item in value.items()}
    if isinstance(value, list):
        return [stringify_dates(item) for item in value]
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def line_of(path: Path, field_path: list[str | int]) -> int | None:
    """The 1-based line of the node at `field_path` (the deepest one that exists), re-reading the file.

    Only called when a pack is invalid, so the slower node-composing parse costs nothing on the happy path.
    """
    import yaml

    try:
        node = yaml.compose(path.read_text("utf-8-sig"), Loader=yaml.SafeLoader)
    except (OSError, yaml.YAMLError, UnicodeDecodeError):
        return None
    line = node.start_mark.line + 1 if node is not None else None
    for part in field_path:
        child = None
        if isinstance(node, yaml.MappingNode):
            for key, item in node.value:
                if key.value == str(part):
                    child = item
                    line = key.start_mark.line + 1
                    break
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            child = node.value[part]
            line = child.start_mark.line + 1
        if child is None:
            break
        node = child
    return line

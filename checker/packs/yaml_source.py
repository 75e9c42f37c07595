"""Reading a pack file: safe YAML only, with the line of every field recoverable for error messages."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path
from typing import Any

from checker.packs.errors import PackError


@lru_cache(maxsize=1)
def _pack_loader() -> type:
    """YAML's safe loader, stricter where a pack can go wrong silently or explode.

    - A key given twice in one mapping is an error (YAML keeps the last one, silently).
    - Anchors may be written but an alias (`*name`) is an error: a node referenced again and again expands
      exponentially ("billion laughs") in everything that walks the data; packs never need one. Merge keys
      (`<<`) need an alias, or duplicate keys, so they stay unsupported (no constructor, as before).
    - Dates stay ISO strings, as the schema validates them; one that does not exist (`2025-02-30`) stays the
      text written, for the schema to report with its field and line instead of a ValueError.
    """
    import yaml
    from yaml.constructor import ConstructorError

    # The C parser is several times faster on the large generated knowledge packs; the constructor (Python,
    # from SafeConstructor) is the same in both.
    base: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class PackLoader(base):
        def construct_object(self, node: Any, deep: bool = False) -> Any:
            # The composer shares one node between an anchor and its aliases: meeting it again is an alias.
            if node in self.constructed_objects or node in self.recursive_objects:
                raise ConstructorError(None, None, "anchors and aliases (*name) are not allowed in packs; "
                                       "this node is repeated by an alias", node.start_mark)
            return super().construct_object(node, deep)

        def construct_mapping(self, node: Any, deep: bool = False) -> dict:
            if not isinstance(node, yaml.MappingNode):
                raise ConstructorError(None, None, f"expected a mapping node, but found {node.id}", node.start_mark)
            mapping: dict = {}
            for key_node, value_node in node.value:
                key = self.construct_object(key_node, deep=deep)
                try:
                    seen = key in mapping
                except TypeError:
                    raise ConstructorError("while constructing a mapping", node.start_mark,
                                           "found an unhashable key", key_node.start_mark) from None
                if seen:
                    raise ConstructorError(None, None, f"duplicate key {key!r} (a key may appear once in a mapping)",
                                           key_node.start_mark)
                mapping[key] = self.construct_object(value_node, deep=deep)
            return mapping

        def construct_yaml_timestamp(self, node: Any) -> str:
            try:
                value = super().construct_yaml_timestamp(node)
            except ValueError:
                return str(node.value)
            return (value.date() if isinstance(value, dt.datetime) else value).isoformat()

    PackLoader.add_constructor("tag:yaml.org,2002:timestamp", PackLoader.construct_yaml_timestamp)
    return PackLoader


def read_yaml(path: Path) -> Any:
    """Parse `path` with the pack loader; a syntax error, a duplicate key or an alias becomes a one-line
    PackError with its line."""
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
        return yaml.load(text, Loader=_pack_loader())  # noqa: S506 - a safe loader
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        problem = " ".join(str(error.problem or error.context or "invalid YAML").split())
        raise PackError(str(path), line, None, f"invalid YAML: {problem}") from None
    except yaml.YAMLError as error:
        raise PackError(str(path), None, None, f"invalid YAML: {' '.join(str(error).split())}") from None
    except RecursionError:
        raise PackError(str(path), None, None, "invalid YAML: nested too deeply") from None


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

"""YAML from files factlint reads but does not own (front matter, configuration), with its expansion bounded:
no aliases (a "billion laughs" document expands nine anchors into a billion strings) and no deeper nesting
than any metadata needs (PyYAML's composer recurses once per level)."""

from __future__ import annotations

from typing import Any

MAX_DEPTH = 64


class UnsafeYAMLError(ValueError):
    """The YAML uses an alias or nests too deeply; `line` is 1-based within the YAML text (or None)."""

    def __init__(self, problem: str, line: int | None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.line = line


def check_bounded(text: str, loader: type) -> None:
    """Raise `UnsafeYAMLError` for an alias or nesting deeper than MAX_DEPTH; YAML errors pass through.

    The events are read without building anything (the parser keeps its own stack, it does not recurse)."""
    import yaml

    depth = 0
    for event in yaml.parse(text, Loader=loader):
        if isinstance(event, yaml.AliasEvent):
            raise UnsafeYAMLError("aliases (*name) are not allowed here", _line(event))
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise UnsafeYAMLError(f"nested deeper than {MAX_DEPTH} levels", _line(event))
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def load_bounded(text: str, loader: type | None = None) -> Any:
    """`yaml.load` with `loader` (default: the safe loader) after `check_bounded`; a value YAML cannot build
    (an integer of thousands of digits) is an `UnsafeYAMLError` too."""
    import yaml

    loader = loader or yaml.SafeLoader
    check_bounded(text, loader)
    try:
        return yaml.load(text, Loader=loader)
    except (ValueError, RecursionError, OverflowError) as error:
        if isinstance(error, UnsafeYAMLError):
            raise
        raise UnsafeYAMLError(f"a value cannot be read: {' '.join(str(error).split())[:200]}", None) from None


def _line(event: Any) -> int | None:
    mark = event.start_mark
    return mark.line + 1 if mark is not None else None

"""Regular expressions compiled on first use, not at import.

The modules of the checker define some 150 patterns at module level, for both languages and every family;
compiling them all at import cost a one-file `factlint check` about a quarter of its start-up, though an
article uses only its own language's patterns and the families its text can trigger. `lazy_compile` keeps
the module-level definitions as they read and defers the compiling to the first method call; the compiled
pattern is the one `re.compile` gives, so every match is the same.
"""

from __future__ import annotations

import re
from typing import Any, cast


class _LazyPattern:
    """Stands for `re.compile(pattern, flags)`: the first attribute asked for compiles it, and each method or
    attribute read is then stored on the instance, so later calls cost what the compiled pattern's do."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern  # readable without compiling: other patterns are built from it
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # Only called for attributes not yet on the instance (search, finditer, sub, groupindex, ...).
        if name.startswith("__"):
            raise AttributeError(name)
        value = getattr(re.compile(self.pattern, self._flags), name)
        setattr(self, name, value)
        return value

    def __reduce__(self) -> tuple[Any, ...]:
        return re.compile, (self.pattern, self._flags)

    def __repr__(self) -> str:
        return repr(re.compile(self.pattern, self._flags))


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, compiled when first used (see the module's note)."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags))

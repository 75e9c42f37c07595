"""Compiled regular expressions kept from one run of the command to the next.

A one-file check compiles some 100 patterns (those of the article's language and of the families its text
triggers: see lazy_regex): ~11 ms of its ~120 ms, each run the same patterns. Python's `re` compiles a pattern
in two steps, parsing it and generating the matcher's code (a list of integers), then hands the code to
`_sre.compile`; only the first step is costly. The command (`install()`, from the CLI only) keeps the code of
each pattern it compiles in a file in the cache folder, and the next run hands the kept code to
`_sre.compile` directly.

The kept code is the one `re` generates: a pattern is kept only when the pattern made from its code equals the
one `re` compiled (a Pattern's equality compares its text, flags and code); the file is named by the Python
version and the `_sre` magic number, so another interpreter never reads it; and it is read, as the compiled
packs are, only from a private folder of the user's own (marshal runs no code, and `_sre` validates the code it
is given). The steps `re._compiler.compile` takes are the same in Python 3.11 to 3.13; with any other
version, or on any error, `re` compiles as usual."""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
from pathlib import Path
from typing import Any

_SUPPORTED = ((3, 11), (3, 12), (3, 13))
_LIMIT = 5_000  # patterns kept at most: past it the file starts again (patterns made from text would grow it)

_Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
_kept: dict[tuple[str, int], _Entry] | None = None  # read on the first compile
_new: dict[tuple[str, int], _Entry] = {}
_installed: list[Any] = []  # the original re._compiler.compile, once installed


def install() -> None:
    """Compile `re` patterns through the kept code from now on, and keep the new ones at exit."""
    if _installed or sys.version_info[:2] not in _SUPPORTED or sys.implementation.name != "cpython":
        return
    compiler = _internal("re._compiler")
    _installed.append(compiler.compile)
    compiler.compile = _compile
    atexit.register(_save)


def uninstall() -> None:
    """Back to `re`'s own compiling (the kept patterns are not written)."""
    global _kept
    if _installed:
        _internal("re._compiler").compile = _installed.pop()
        atexit.unregister(_save)
    _kept = None
    _new.clear()


def _compile(pattern: Any, flags: int = 0) -> re.Pattern[Any]:
    original = _installed[0]
    if not isinstance(pattern, str) or flags & re.DEBUG:
        return original(pattern, flags)
    key = (pattern, int(flags))
    entry = _read().get(key) or _new.get(key)
    if entry is not None:
        try:
            return _sre_compile(pattern, entry)
        except Exception:  # noqa: BLE001 - a kept entry _sre refuses: compile as re does
            pass
    compiled: re.Pattern[Any] = original(pattern, flags)
    try:
        entry = _entry(pattern, int(flags))
        if _sre_compile(pattern, entry) == compiled:
            _new[key] = entry
    except Exception:  # noqa: BLE001, S110 - only speed is lost: the pattern is compiled by re either way
        pass
    return compiled


def _sre_compile(pattern: str, entry: _Entry) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = entry
    compiled: re.Pattern[str] = _internal("_sre").compile(pattern, flags, code, groups, groupindex, indexgroup)
    return compiled


def _entry(pattern: str, flags: int) -> _Entry:
    """What re._compiler.compile hands to _sre.compile for this pattern (its own steps, in 3.11-3.13)."""
    parsed = _internal("re._parser").parse(pattern, flags)
    # its opcodes are int subclasses, which marshal refuses
    code = [int(op) for op in _internal("re._compiler")._code(parsed, flags)]
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, number in groupindex.items():
        indexgroup[number] = name
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _internal(name: str) -> Any:
    """One of the modules behind `re` (private: typed as Any)."""
    from importlib import import_module

    return import_module(name)


def _path() -> Path:
    from checker.cache_folder import cache_dir

    return cache_dir() / f"regex-{sys.implementation.cache_tag}-{_internal('_sre').MAGIC}.marshal"


def _read() -> dict[tuple[str, int], _Entry]:
    global _kept
    if _kept is None:
        _kept = {}
        from checker.cache_folder import trusted_folder, untrusted

        path = _path()
        try:
            if trusted_folder(path.parent):
                with path.open("rb") as handle:
                    if untrusted(os.fstat(handle.fileno())) is None:
                        found = marshal.loads(handle.read())
                        if isinstance(found, dict):
                            _kept = found
        except (OSError, EOFError, ValueError, TypeError):
            pass  # missing or damaged: compiled as usual, and written again at exit
    return _kept


def _save() -> None:
    """Write the kept patterns with this run's new ones (atomically: another run may read it meanwhile)."""
    if not _new:
        return
    import tempfile

    from checker.cache_folder import trusted_folder

    kept = _read()
    merged = {**kept, **_new} if len(kept) + len(_new) <= _LIMIT else dict(_new)
    path = _path()
    if not trusted_folder(path.parent):
        return
    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".regex-", suffix=".tmp")  # mode 0600
        with os.fdopen(handle, "wb") as stream:
            stream.write(marshal.dumps(merged))
        os.replace(temporary, path)
    except (OSError, ValueError):
        pass  # an unwritable cache only costs speed

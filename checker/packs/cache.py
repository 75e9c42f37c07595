"""The compiled pack set, cached on disk by content hash so a one-file run does not rebuild it."""

from __future__ import annotations

import os
import pickle
import tempfile
from collections.abc import Sequence
from pathlib import Path

from checker.packs.load import PackSet, assemble, builtin_rules_dir, discover_pack_files, fingerprint


def cache_dir() -> Path:
    explicit = os.environ.get("FACTLINT_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "factlint"


def load_packs(extra: Sequence[Path] = (), *, builtin: bool = True, use_cache: bool = True) -> PackSet:
    """The built-in packs plus `extra` pack directories or files, compiled, from the cache when it is fresh."""
    locations = ([builtin_rules_dir()] if builtin else []) + [Path(p) for p in extra]
    files = [path for location in locations for path in discover_pack_files(location)]
    digest = fingerprint(files)
    cached = cache_dir() / f"packs-{digest}.pickle"
    if use_cache:
        try:
            with cached.open("rb") as handle:
                packset = pickle.load(handle)  # noqa: S301 - our own cache file, keyed by content hash
            if isinstance(packset, PackSet) and packset.digest == digest:
                return packset
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
            pass  # missing or stale cache: rebuild below
    packset = assemble(files, digest)
    if use_cache:
        _write_atomically(cached, packset)
    return packset


def _write_atomically(target: Path, packset: PackSet) -> None:
    """Write to a temporary file and rename it, so a concurrent reader never sees half a cache file."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".packs-", suffix=".tmp")
        with os.fdopen(handle, "wb") as stream:
            pickle.dump(packset, stream, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, target)
        _prune(target)
    except OSError:
        pass  # an unwritable cache only costs speed


def _prune(current: Path, keep: int = 4) -> None:
    """Keep the newest few compiled pack sets (several pack directories may be in use), drop older ones."""
    others = sorted((p for p in current.parent.glob("packs-*.pickle") if p != current),
                    key=lambda p: p.stat().st_mtime, reverse=True)
    for stale in others[keep - 1:]:
        stale.unlink(missing_ok=True)

"""The compiled pack set: the packs as `checker.packs` loads them plus the name matcher built over their
knowledge, cached on disk so a one-file run does not rebuild it. This stage sits above both the loader and
the matcher, so the loader never imports upward."""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from checker.packs.load import PackSet, assemble, builtin_rules_dir, discover_pack_files, fingerprint

# The modules whose code shapes what the cache holds: their objects are pickled in it (the pack model, the
# matcher) or decide its content (the normaliser makes the matcher's keys). An edit to any of them must not
# reuse a cache file built by the old code. Paths relative to the `checker` package.
BUILT_BY = (
    "compiled_packs.py", "models.py", "packs/errors.py", "packs/kinds.py", "packs/load.py", "packs/model.py",
    "packs/yaml_source.py", "annotate/mentions.py", "text/normalize.py", "lang/ar/orthography.py",
)


def cache_dir() -> Path:
    explicit = os.environ.get("FACTLINT_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "factlint"


def code_stamp() -> str:
    """A hash of the source of the modules in BUILT_BY (about 0.1 ms: a few small files)."""
    package = Path(__file__).resolve().parent
    digest = hashlib.blake2b(digest_size=8)
    for relative in BUILT_BY:
        try:
            digest.update(relative.encode() + b"\0" + (package / relative).read_bytes() + b"\0")
        except OSError:
            digest.update(relative.encode() + b"\0missing\0")
    return digest.hexdigest()


def compile_packs(files: Sequence[Path], digest: str) -> PackSet:
    """Load and validate the packs, then build the name matcher over their knowledge."""
    from checker.annotate.mentions import NameMatcher

    packset = assemble(files, digest)
    return replace(packset, matcher=NameMatcher.build(packset.knowledge))


def load_packs(extra: Sequence[Path] = (), *, builtin: bool = True, use_cache: bool = True) -> PackSet:
    """The built-in packs plus `extra` pack directories or files, compiled, from the cache when it is fresh."""
    locations = ([builtin_rules_dir()] if builtin else []) + [Path(p) for p in extra]
    files = [path for location in locations for path in discover_pack_files(location)]
    digest = fingerprint(files)
    cached = cache_dir() / f"packs-{digest}-{code_stamp()}.pickle"
    if use_cache:
        try:
            with cached.open("rb") as handle:
                packset = pickle.load(handle)  # noqa: S301 - our own cache file, keyed by content hash
            if isinstance(packset, PackSet) and packset.digest == digest:
                return _at(packset, files)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
            pass  # missing or stale cache: rebuild below
    packset = compile_packs(files, digest)
    if use_cache:
        _write_atomically(cached, packset)
    return packset


def _at(packset: PackSet, files: Sequence[Path]) -> PackSet:
    """The cached pack set with the paths of the files loaded now: the cache is keyed by content, so it may
    have been written by another checkout (or install) with the same packs in another place."""
    paths = tuple(str(path) for path in files)
    if packset.files == paths:
        return packset
    moved = dict(zip(packset.files, paths, strict=True))  # same digest: the same files in the same order
    rules = {rule_id: replace(rule, path=moved.get(rule.path, rule.path)) for rule_id, rule in packset.rules.items()}
    return replace(packset, files=paths, rules=rules)


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

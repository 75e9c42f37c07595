"""The compiled pack set: the packs as `checker.packs` loads them plus the name matcher built over their
knowledge, cached on disk so a one-file run does not rebuild it. This stage sits above both the loader and
the matcher, so the loader never imports upward.

Unpickling runs code, so a cache file is trusted only as far as the folder holding it (see cache_folder: a
private folder of the user's own, files of the user's own). Inside, each file carries the length and CRC-32 of its
pickle, checked before unpickling, so a damaged or truncated file is rebuilt instead of being unpickled. A
cryptographic hash (or an HMAC) would add nothing: whoever can write the file can write its hash too, and the
owner check is what keeps others out; sha256 of the ~5 MB pickle and hashlib's import of OpenSSL cost a
one-file run ~6 ms CPU, the CRC under 1 ms. Any failure to read a cache file rebuilds it."""

from __future__ import annotations

import gc
import os
import pickle
import zlib
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from checker.cache_folder import cache_dir, trusted_folder, untrusted
from checker.packs.load import PackSet, assemble, blake2b, builtin_rules_dir, discover_pack_files, fingerprint

# The modules whose code shapes what the cache holds: their objects are pickled in it (the pack model, the
# matcher) or decide its content (the normaliser makes the matcher's keys). An edit to any of them must not
# reuse a cache file built by the old code. Paths relative to the `checker` package.
BUILT_BY = (
    "compiled_packs.py", "cache_folder.py", "models.py", "packs/errors.py", "packs/kinds.py", "packs/load.py",
    "packs/model.py",
    "packs/yaml_source.py", "annotate/mentions.py", "text/normalize.py", "lang/ar/orthography.py",
    "packs/name_forms.py", "packs/ambiguous_name_forms.txt", "lang/ar/names.py", "lang/en/names.py",
    "text/lazy_regex.py", "frozen.py",
    # the modules that build the knowledge indexes the cache holds (_INDEXED_BY), and those they import
    "annotate/casualties.py", "annotate/titles.py", "checks/attribution.py", "checks/casualties.py",
    "checks/roles.py", "annotate/attributions.py", "annotate/statements.py", "checks/consistency/__init__.py",
    "checks/consistency/spelling.py",
    "text/quotes.py", "text/sentences.py", "text/quantities.py",
)


# A cache file: this header, the pickle's length (8 bytes) and CRC-32 (4 bytes), big-endian, the pickle.
_MAGIC = b"factlint-packs\0crc32\0"
_HEADER_SIZE = len(_MAGIC) + 12


def _header(payload: bytes | memoryview) -> bytes:
    """The header a cache file holding `payload` starts with."""
    return _MAGIC + len(payload).to_bytes(8, "big") + zlib.crc32(payload).to_bytes(4, "big")


def code_stamp() -> str:
    """A hash of the source of the modules in BUILT_BY (about 0.1 ms: a few small files)."""
    package = Path(__file__).resolve().parent
    digest = blake2b(digest_size=8)
    for relative in BUILT_BY:
        try:
            digest.update(relative.encode() + b"\0" + (package / relative).read_bytes() + b"\0")
        except OSError:
            digest.update(relative.encode() + b"\0missing\0")
    return digest.hexdigest()


def compile_packs(files: Sequence[Path], digest: str) -> PackSet:
    """Load and validate the packs, add the forms of people's names that news writes (generated from the
    listed ones), then build the name matcher over their knowledge."""
    from checker.annotate.mentions import NameMatcher, entity_names, matching_key
    from checker.packs.name_forms import with_name_forms

    packset = assemble(files, digest)
    knowledge = with_name_forms(packset.knowledge, matching_key,
                                lambda entity: (name for *_, name in entity_names(entity)))
    return _with_indexes(replace(packset, knowledge=knowledge, matcher=NameMatcher.build(knowledge)))


# The modules whose `knowledge_indexes` the cache holds built: each index takes 0.5-3 ms to build and the
# articles of a hook run ask for most of them; unpickled, they cost a fraction of that.
_INDEXED_BY = ("checker.annotate.casualties", "checker.annotate.titles", "checker.checks.attribution",
               "checker.checks.casualties", "checker.checks.roles")


def _with_indexes(packset: PackSet) -> PackSet:
    """The pack set with the indexes of its knowledge that checks ask for built (see KnowledgeBase.derived)."""
    from importlib import import_module

    for name in _INDEXED_BY:
        for index, build in import_module(name).knowledge_indexes(packset.rules.values()).items():
            packset.knowledge.derived(index, build)
    return packset


def load_packs(extra: Sequence[Path] = (), *, builtin: bool = True, use_cache: bool = True) -> PackSet:
    """The built-in packs plus `extra` pack directories or files, compiled, from the cache when it is fresh."""
    locations = ([builtin_rules_dir()] if builtin else []) + [Path(p) for p in extra]
    files = [path for location in locations for path in discover_pack_files(location)]
    folder = cache_dir()
    use_cache = use_cache and trusted_folder(folder)
    stamp = _stamp_file(folder, files) if use_cache else None
    known = _read_stamp(stamp) if stamp else None
    digest, code = known or (fingerprint(files), code_stamp())
    cached = folder / f"packs-{digest}-{code}.pickle"
    if stamp and not known:
        _write_stamp(stamp, digest, code)
    if use_cache:
        packset = _read_verified(cached)
        if isinstance(packset, PackSet) and packset.digest == digest:
            return _at(packset, files)
    packset = compile_packs(files, digest)
    if use_cache:
        _write_atomically(cached, packset)
    return packset


# The stamp of a file whose content is hashed into a cache name: any write changes its size, mtime or ctime
# (the last cannot be set back by hand, as `touch -d` sets the mtime), a replacement its inode.
def _file_stamp(path: Path) -> str:
    try:
        status = path.stat()
    except OSError:
        return f"{path}:missing"
    return f"{path}:{status.st_size}:{status.st_mtime_ns}:{status.st_ctime_ns}:{status.st_ino}"


def _stamp_file(folder: Path, files: Sequence[Path]) -> Path:
    """Where the cache name of these pack files is kept while neither they nor the code behind the cache
    (BUILT_BY, the schema, the package version) change: hashing them all costs a warm run ~3 ms, the
    stamps of the same files ~0.2 ms."""
    from checker import __version__
    from checker.lang import supported
    from checker.packs.load import schema_path

    package = Path(__file__).resolve().parent
    watched = [*files, schema_path(), package / "__init__.py", *(package / relative for relative in BUILT_BY)]
    digest = blake2b(digest_size=16)
    digest.update(f"{__version__}\0{' '.join(supported())}\0".encode())
    digest.update("\0".join(map(_file_stamp, watched)).encode())
    return folder / f"stamp-{digest.hexdigest()}"


def _read_stamp(stamp: Path) -> tuple[str, str] | None:
    """The (pack digest, code stamp) a stamp file records, when it is ours and well formed."""
    try:
        with stamp.open("rb") as handle:
            if untrusted(os.fstat(handle.fileno())) is not None:
                return None
            parts = handle.read(200).decode("ascii").split()
    except (OSError, UnicodeDecodeError):
        return None
    if len(parts) == 2 and all(part.isalnum() for part in parts):
        return parts[0], parts[1]
    return None


def _write_stamp(stamp: Path, digest: str, code: str) -> None:
    import tempfile

    try:
        handle, temporary = tempfile.mkstemp(dir=stamp.parent, prefix=".stamp-", suffix=".tmp")  # mode 0600
        with os.fdopen(handle, "w", encoding="ascii") as stream:
            stream.write(f"{digest} {code}\n")
        os.replace(temporary, stamp)
        _prune(stamp, pattern="stamp-*", keep=8)
    except OSError:
        pass  # an unwritable cache only costs speed


def _read_verified(path: Path) -> object:
    """The object pickled in `path` when the file is ours and its pickle matches the length and CRC-32
    stored with it; None on any problem (missing, foreign, damaged, from other code), so the caller rebuilds."""
    try:
        with path.open("rb") as handle:
            if untrusted(os.fstat(handle.fileno())) is not None:
                return None
            data = handle.read()
    except OSError:
        return None
    payload = memoryview(data)[_HEADER_SIZE:]  # a view: the pickle is checked and loaded without a copy
    if data[:_HEADER_SIZE] != _header(payload):
        return None
    # The pickle makes some 70,000 objects, none of them garbage: with the cycle collector on, it would walk
    # them again and again while they are made (about 40% of the load).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return pickle.loads(payload)  # noqa: S301 - our own file in our private folder, its CRC checked
    except Exception:  # noqa: BLE001 - whatever a stale or damaged pickle raises, the cure is to rebuild it
        return None
    finally:
        gc.freeze()  # and out of later collections' way: they live as long as the process
        if collecting:
            gc.enable()


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
    import pickletools
    import tempfile  # here: with shutil, bz2, lzma and random it is ~2 ms of every warm run's start

    try:
        # optimize() drops the memo entries nothing refers to again: ~0.4 s once per build, ~2.5 ms off every
        # warm run's unpickling (of ~110,000 entries, most are strings and dicts read once)
        shared = _with_shared_values(packset)
        written = replace(shared, knowledge=shared.knowledge.with_entities_unpickled_on_use())
        payload = pickletools.optimize(pickle.dumps(written, protocol=pickle.HIGHEST_PROTOCOL))
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".packs-", suffix=".tmp")  # mode 0600
        with os.fdopen(handle, "wb") as stream:
            stream.write(_header(payload) + payload)
        os.replace(temporary, target)
        _prune(target)
    except OSError:
        pass  # an unwritable cache only costs speed


def _with_shared_values(packset: PackSet) -> PackSet:
    """The pack set with equal strings and dates made one object each (in place: the values stay equal).

    The loader, the name forms and the indexes make a new string for every occurrence of a value ("en",
    "population_source", a place's source, a name in several indexes): ~62,000 strings and ~5,000 dates, of
    which ~23,000 and ~2,000 differ. Pickle writes an object once and refers to it after, so shared values
    make a warm run's unpickling ~20% faster (4-8 ms). Containers and the package's own objects are walked
    once each (shared ones stay shared); any other object (a compiled pattern, the automaton) is kept as is."""
    import dataclasses
    import datetime as dt
    from enum import Enum

    values: dict[object, object] = {}
    done: dict[int, object] = {}

    def shared(value: Any) -> Any:
        kind = type(value)
        if kind is str or kind is dt.date:
            return values.setdefault(value, value)
        if id(value) in done:
            return done[id(value)]
        done[id(value)] = value
        if kind is list:
            value[:] = [shared(item) for item in value]
        elif kind is dict:
            items = [(shared(key), shared(item)) for key, item in value.items()]
            value.clear()
            value.update(items)  # same order
        elif kind is tuple or kind is frozenset or kind is set:
            done[id(value)] = kind(shared(item) for item in value)  # in the order pickle itself rebuilds it
        elif kind.__module__.startswith("checker.") and not isinstance(value, type | Enum):
            names = ([field.name for field in dataclasses.fields(value)] if dataclasses.is_dataclass(value)
                     else list(getattr(value, "__dict__", ())))
            for name in names:
                object.__setattr__(value, name, shared(getattr(value, name)))  # frozen ones too: equal values
        return done[id(value)]

    return shared(packset)


def _prune(current: Path, pattern: str = "packs-*.pickle", keep: int = 4) -> None:
    """Keep the newest few compiled pack sets (several pack directories may be in use), drop older ones."""
    others = sorted((p for p in current.parent.glob(pattern) if p != current),
                    key=lambda p: p.stat().st_mtime, reverse=True)
    for stale in others[keep - 1:]:
        stale.unlink(missing_ok=True)

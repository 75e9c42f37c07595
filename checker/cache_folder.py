"""The cache folder (compiled packs, kept regular expressions) and when its files may be trusted.

Unpickling runs code, so a cache file is trusted only as far as the folder holding it: the folder is created
private (0700) and used only when it is the user's own and nobody else can write into it, each file only when
it is the user's own and not writable by others. This module imports nothing of the checker: the command reads
the folder before anything else is loaded."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

_warned: set[str] = set()  # cache folders already warned about in this process


def cache_dir() -> Path:
    explicit = os.environ.get("FACTLINT_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "factlint"


def untrusted(status: os.stat_result) -> str | None:
    """Why a cache folder or file may hold something another user wrote, or None when only we could have."""
    own = os.geteuid() if hasattr(os, "geteuid") else status.st_uid  # no owners to compare on Windows
    if status.st_uid != own:
        return f"owned by another user (uid {status.st_uid})"
    if status.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return f"writable by group or others (mode {stat.S_IMODE(status.st_mode):o})"
    return None


def trusted_folder(folder: Path) -> bool:
    """Create the cache folder private to the user; False (the packs compiled in memory, one warning) when it
    is someone else's or others may write into it, and False silently when it cannot be made."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        status = folder.stat()
    except OSError:
        return False  # an unwritable cache only costs speed
    problem = "not a directory" if not stat.S_ISDIR(status.st_mode) else untrusted(status)
    if problem is None:
        return True
    if str(folder) not in _warned:
        _warned.add(str(folder))
        print(f"factlint: warning: not using the pack cache {folder}: {problem}; packs compiled in memory",
              file=sys.stderr)
    return False

"""Reading a file the user named, safely: only a regular file is read (a FIFO would block for ever and
`/dev/zero` never ends), with a size limit, and every failure is an `OSError` whose text is one line."""

from __future__ import annotations

import errno
import os
import stat
from typing import BinaryIO

# Far above any article or configuration file; a larger one is refused rather than read into memory.
MAX_INPUT_BYTES = 256 * 1024 * 1024


class NotRegularFileError(OSError):
    """The path is a FIFO, a device or a socket: factlint reads regular files only."""


def file_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a directory"
    return "not a regular file"


def open_regular_file(path: str | os.PathLike[str]) -> BinaryIO:
    """The regular file at `path` open for reading; `OSError` (one-line `strerror`) for anything else.

    The file is opened without blocking (a FIFO opens at once instead of waiting for a writer) and checked
    with fstat on the open descriptor, so what is read is what was checked.
    """
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise OSError(errno.ELOOP, "symlink loop (too many levels of symbolic links)") from None
        raise
    mode = os.fstat(descriptor).st_mode
    if not stat.S_ISREG(mode):
        os.close(descriptor)
        raise NotRegularFileError(errno.EINVAL, f"{file_kind(mode)}, not a regular file; not read")
    os.set_blocking(descriptor, True)
    return os.fdopen(descriptor, "rb")


def read_regular_file(path: str | os.PathLike[str], limit: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of the regular file at `path` (at most `limit`); `OSError` for anything else."""
    with open_regular_file(path) as stream:
        data = stream.read(limit + 1)
    if len(data) > limit:
        raise OSError(errno.EFBIG, f"larger than {limit:,} bytes; not read")
    return data


def describe_os_error(error: OSError) -> str:
    """One line for an OSError: its text without the path (the caller names the file)."""
    return " ".join(str(error.strerror or error).split())

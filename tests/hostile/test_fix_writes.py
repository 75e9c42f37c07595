"""`--fix` on hostile files (via the batch driver), and the write itself: a change by another program just
before the rename is refused and kept, and SIGTERM in the write window leaves no temporary file."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from checker.fix import StaleFileError, write_atomically
from tests.hostile.cases import cases_of
from tests.hostile.harness import assert_contract

FIX_CASES = cases_of("fix")


@pytest.fixture(scope="module")
def results(hostile_batches):
    return hostile_batches["fix"].results()


@pytest.mark.parametrize("item", FIX_CASES, ids=lambda item: item.name)
def test_fix_keeps_the_contract(item, results):
    assert_contract(item, results[item.name])


def test_a_write_by_another_program_before_the_rename_is_refused_and_kept(tmp_path, monkeypatch):
    article = tmp_path / "a.txt"
    article.write_bytes(b"old text\n")
    real_fsync = os.fsync

    def append_meanwhile(descriptor: int) -> None:  # another program appends while the temporary is written
        real_fsync(descriptor)
        with article.open("ab") as other:
            other.write(b"appended by someone else\n")

    monkeypatch.setattr(os, "fsync", append_meanwhile)
    with pytest.raises(StaleFileError, match="changed on disk"):
        write_atomically(article, b"old text\n", b"new text\n")
    assert article.read_bytes() == b"old text\nappended by someone else\n"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_sigterm_in_the_write_window_removes_the_temporary_file(tmp_path):
    article = tmp_path / "a.txt"
    article.write_bytes(b"old text\n")
    script = textwrap.dedent(f"""
        import os, signal
        from checker.fix import write_atomically
        real_fsync = os.fsync
        def terminated(descriptor):
            real_fsync(descriptor)
            os.kill(os.getpid(), signal.SIGTERM)
        os.fsync = terminated
        write_atomically({str(article)!r}, b"old text\\n", b"new text\\n")
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 128 + signal.SIGTERM, done.stderr
    assert article.read_bytes() == b"old text\n"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]

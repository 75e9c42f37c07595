"""Regular expressions compiled from the code kept by an earlier run are the patterns `re` compiles."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import checker.cache_folder as cache_folder
from checker.text import regex_cache

REPO = Path(__file__).resolve().parents[2]

PATTERNS = [
    (r"(?<!\w)(?:وب|فب|ول|[وفبل])?(?P<noun>وكاله|صحيفه|جريده)(?: (?:ال)?(?:انباء|اخبار))?(?!\w)", 0),
    (r"(?P<number>[0-9٠-٩]{1,3}(?:[,\u066c][0-9٠-٩]{3})+)\s*(?P<unit>thousand|million|ألف|مليون)?", re.IGNORECASE),
    (r"""\b(?P<office>foreign\ minister)   # an office
         \s+(?P<name>[A-Z]\w+)""", re.VERBOSE),
    (r"[^\s\u200b-\u200f]+", re.ASCII),
]


@pytest.fixture
def kept(tmp_path, monkeypatch):
    """The cache installed over a fresh folder; `re` as it was afterwards."""
    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(cache_folder, "_warned", set())
    regex_cache.uninstall()
    re.purge()
    regex_cache.install()
    yield tmp_path / "cache"
    regex_cache.uninstall()
    re.purge()


def _next_run() -> None:
    """What the next process sees: the file written at exit, read again on its first compile."""
    regex_cache._save()
    regex_cache.uninstall()
    re.purge()
    regex_cache.install()


def _reference(pattern: str, flags: int) -> re.Pattern[str]:
    from re import _compiler  # type: ignore[attr-defined]

    return regex_cache._installed[0](pattern, flags) if regex_cache._installed else _compiler.compile(pattern, flags)


def test_patterns_made_from_kept_code_equal_the_ones_re_compiles(kept, monkeypatch):
    first = [re.compile(pattern, flags) for pattern, flags in PATTERNS]
    _next_run()
    assert len(list(kept.glob("regex-*.marshal"))) == 1

    def not_parsed(*_: object) -> None:
        raise AssertionError("compiled again instead of from the kept code")

    monkeypatch.setattr(regex_cache, "_installed", [not_parsed])
    again = [re.compile(pattern, flags) for pattern, flags in PATTERNS]
    monkeypatch.undo()
    for (pattern, flags), before, after in zip(PATTERNS, first, again, strict=True):
        assert after == before == _reference(pattern, flags)  # text, flags and code
        assert (after.flags, after.groups, after.groupindex) == (before.flags, before.groups, before.groupindex)
    text = "قالت وكالة الانباء إن ١٢٬٠٠٠ قتلوا، و12,500 ألف Foreign Minister Lavrov بلا تعليق"
    from checker.text.normalize import normalize_key

    for before, after in zip(first, again, strict=True):
        for sample in (text, normalize_key(text), text.lower()):
            assert [m.groupdict() or m.group() for m in after.finditer(sample)] == \
                   [m.groupdict() or m.group() for m in before.finditer(sample)]


@pytest.mark.parametrize("damage", [b"", b"not marshal", b"\xfb\x00\x00", None])
def test_a_damaged_or_odd_file_is_compiled_round_and_written_again(kept, damage):
    import marshal

    re.compile(PATTERNS[0][0])
    regex_cache._save()
    (path,) = kept.glob("regex-*.marshal")
    # bytes that are no marshal, or a marshal of entries _sre refuses
    path.write_bytes(damage if damage is not None else marshal.dumps({(PATTERNS[0][0], 0): (0, [1, 2], 0, {}, ())}))
    regex_cache.uninstall()
    re.purge()
    regex_cache.install()
    assert re.compile(PATTERNS[0][0]) == _reference(*PATTERNS[0])
    regex_cache._save()
    assert marshal.loads(path.read_bytes())[(PATTERNS[0][0], 0)][1]  # the code, kept again


def test_a_folder_others_can_write_into_is_neither_read_nor_written(kept, capsys):
    kept.mkdir(mode=0o700)
    kept.chmod(0o777)
    re.compile(PATTERNS[1][0], PATTERNS[1][1])
    regex_cache._save()
    assert not list(kept.glob("regex-*"))
    assert "not using the pack cache" in capsys.readouterr().err


def test_the_command_reads_back_what_it_kept_and_says_the_same(tmp_path):
    env = {**os.environ, "FACTLINT_CACHE_DIR": str(tmp_path / "cache"), "NO_COLOR": "1"}
    command = [sys.executable, "-m", "checker", "check", str(REPO / "examples" / "gaza_russia_ar.txt"),
               "--format", "text", "--date", "2025-03-16", "--fail-on", "never"]
    first = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    (path,) = (tmp_path / "cache").glob("regex-*.marshal")
    written = path.stat().st_mtime_ns
    again = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    assert (again.stdout, again.stderr) == (first.stdout, first.stderr) and "exceeds" in first.stdout
    assert path.stat().st_mtime_ns == written  # nothing new to keep: not written again

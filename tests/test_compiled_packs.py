"""The compiled pack cache: keyed by the packs' content and by the code that builds it, and reporting the
pack files loaded now even when another checkout wrote the cache."""

import json
import os
import pickle
import shutil
import stat
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from typer.testing import CliRunner

import checker.cache_folder as cache_folder
import checker.compiled_packs as compiled
from checker.cli import app
from checker.compiled_packs import BUILT_BY, load_packs
from checker.packs.model import EntitiesOnUse, Entity

REPO = Path(__file__).resolve().parent.parent
MINI_KNOWLEDGE = REPO / "tests" / "fixtures" / "packs" / "mini_knowledge.yaml"

LOAD = """\
import json, sys
import checker.cache_folder as cache_folder
import checker.compiled_packs as compiled
packs = compiled.load_packs([sys.argv[1]], builtin=False)
print(json.dumps({"module": compiled.__file__, "entities": len(packs.knowledge.entities)}))
"""


def _copy_of_checker(tmp_path: Path) -> Path:
    """A copy of the package (and the schema it validates packs with) to edit without touching this one."""
    source = tmp_path / "src"
    shutil.copytree(REPO / "checker", source / "checker", ignore=shutil.ignore_patterns("__pycache__"))
    (source / "rules").mkdir()
    shutil.copy(REPO / "rules" / "pack.schema.json", source / "rules")
    return source


def _load_with(source: Path, cache: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(source), "FACTLINT_CACHE_DIR": str(cache), "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run([sys.executable, "-c", LOAD, str(MINI_KNOWLEDGE)], env=env, cwd=source,
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def test_an_edit_to_the_code_that_builds_the_cache_is_not_served_a_stale_cache(tmp_path):
    source, cache = _copy_of_checker(tmp_path), tmp_path / "cache"
    first = _load_with(source, cache)
    assert first["module"].startswith(str(source)) and first["entities"] > 0
    assert len(list(cache.glob("packs-*.pickle"))) == 1
    _load_with(source, cache)
    assert len(list(cache.glob("packs-*.pickle"))) == 1  # same code, same packs: the cache is reused
    for edited, count in (("text/normalize.py", 2), ("annotate/mentions.py", 3)):
        with (source / "checker" / edited).open("a", encoding="utf-8") as module:
            module.write("\n# edited\n")
        _load_with(source, cache)
        assert len(list(cache.glob("packs-*.pickle"))) == count, edited


def test_the_cache_key_covers_every_module_used_to_build_it():
    """The modules imported by compiling the packs (in a fresh interpreter) are all in BUILT_BY."""
    script = f"""\
import sys
from pathlib import Path
from checker.compiled_packs import compile_packs
compile_packs([Path({str(MINI_KNOWLEDGE)!r})], "digest")
for name, module in sorted(sys.modules.items()):
    if name.startswith("checker") and not module.__file__.endswith("__init__.py"):
        print(Path(module.__file__).resolve().relative_to(Path({str(REPO / 'checker')!r})).as_posix())
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert set(done.stdout.split()) <= set(BUILT_BY)
    assert {"text/normalize.py", "annotate/mentions.py", "packs/load.py"} <= set(done.stdout.split())


# The built-in name-variants rule under another id: a house pack with one rule (the pack's other rules left out).
_HEAD, _, _RULES = (REPO / "rules" / "core" / "consistency.yaml").read_text("utf-8").partition(
    "  - id: consistency/name-variants")
HOUSE_PACK = (_HEAD + "  - id: house/variants" + _RULES.partition("\n  - id: ")[0] + "\n").replace(
    "pack: consistency", "pack: house")


def test_rules_show_names_the_pack_file_loaded_not_the_one_that_filled_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(tmp_path / "cache"))
    first, second = tmp_path / "first" / "house.yaml", tmp_path / "second" / "house.yaml"
    for path in (first, second):
        path.parent.mkdir()
        path.write_text(HOUSE_PACK, encoding="utf-8")
    assert load_packs([first.parent], builtin=False).rule("house/variants").path == str(first)
    packs = load_packs([second.parent], builtin=False)
    assert len(list((tmp_path / "cache").glob("packs-*.pickle"))) == 1  # one content, one cache file
    assert packs.rule("house/variants").path == str(second) and packs.files == (str(second),)
    for path in (first, second):  # the same through the command, with the built-in packs
        result = CliRunner().invoke(app, ["rules", "show", "house/variants", "--packs", str(path.parent)])
        assert result.exit_code == 0
        assert f"defined:   {path}\n" in result.stdout
    assert len(list((tmp_path / "cache").glob("packs-*.pickle"))) == 2


# --- the cache as a place another user, or a damaged disk, could put code in --------------------------------

class Planted:
    """Unpickling this creates `marker`: a stand-in for the code a planted pickle would run."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (Path.touch, (self.marker,))


def _cache_file(cache: Path) -> Path:
    (path,) = cache.glob("packs-*.pickle")
    return path


def _plant(path: Path, marker: Path, *, with_checksum: bool) -> None:
    """A pickle that runs code, in place of a cache file: bare, or framed with a correct header and checksum."""
    payload = pickle.dumps(Planted(marker))
    path.write_bytes(compiled._header(payload) + payload if with_checksum else payload)


def _house_packs(tmp_path: Path) -> Path:
    packs = tmp_path / "packs"
    packs.mkdir(exist_ok=True)
    (packs / "house.yaml").write_text(HOUSE_PACK, encoding="utf-8")
    return packs


def _planted_cache(tmp_path: Path, monkeypatch, *, with_checksum: bool) -> tuple[Path, Path, Path, Path]:
    """A cache filled for the house packs, its file then replaced by a pickle that runs code:
    (cache folder, marker the code would create, pack folder, planted file)."""
    cache, marker = tmp_path / "cache", tmp_path / "ran"
    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(cache))
    monkeypatch.setattr(cache_folder, "_warned", set())
    packs = _house_packs(tmp_path)
    load_packs([packs], builtin=False)
    planted = _cache_file(cache)
    _plant(planted, marker, with_checksum=with_checksum)
    return cache, marker, packs, planted


def test_the_cache_folder_is_created_private_and_its_files_carry_the_checksum_of_their_pickle(tmp_path, monkeypatch):
    cache = tmp_path / "deep" / "cache"
    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(cache))
    load_packs([_house_packs(tmp_path)], builtin=False)
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700
    data = _cache_file(cache).read_bytes()
    start = len(compiled._MAGIC) + 12
    assert data.startswith(compiled._MAGIC)
    payload = data[start:]
    assert data[len(compiled._MAGIC):start] == len(payload).to_bytes(8, "big") + zlib.crc32(payload).to_bytes(4, "big")
    assert stat.S_IMODE(_cache_file(cache).stat().st_mode) == 0o600


@pytest.mark.parametrize("damage", ["truncated", "flipped", "empty", "garbage", "checksummed garbage",
                                    "bare pickle"])
def test_a_damaged_cache_file_is_rebuilt_not_a_traceback_on_every_run(tmp_path, monkeypatch, damage):
    cache = tmp_path / "cache"
    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(cache))
    packs = _house_packs(tmp_path)
    load_packs([packs], builtin=False)
    path = _cache_file(cache)
    data = path.read_bytes()
    start = len(compiled._MAGIC) + 12
    garbage = b"\x80\x05not a pickle at all" * 10
    path.write_bytes({
        "truncated": data[: len(data) // 2],
        "flipped": data[:-100] + bytes([data[-100] ^ 0xFF]) + data[-99:],
        "empty": b"",
        "garbage": garbage,
        "checksummed garbage": compiled._header(garbage) + garbage,
        "bare pickle": data[start:],
    }[damage])
    assert load_packs([packs], builtin=False).rule("house/variants") is not None
    assert path.read_bytes() == data  # rebuilt in place: the next run reads it again


def test_a_truncated_cache_file_does_not_change_what_the_command_says(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(tmp_path / "cache"))
    text = "Ivan Petrov met. Ivan Petrow left.\n"
    command = ["check", "-", "--packs", str(_house_packs(tmp_path)), "--packs", str(MINI_KNOWLEDGE)]
    first = CliRunner().invoke(app, command, input=text)
    assert first.exit_code == 1 and "house/variants" in first.stdout
    path = _cache_file(tmp_path / "cache")
    path.write_bytes(path.read_bytes()[:1000])
    again = CliRunner().invoke(app, command, input=text)
    assert (again.exit_code, again.stdout, again.stderr) == (1, first.stdout, "")
    assert len(path.read_bytes()) > 1000


def test_a_warm_load_checks_the_pickle_without_importing_hashlib(tmp_path):
    # hashlib imports OpenSSL (~4 ms CPU of a one-file run): the CRC and blake2b of a warm load need neither.
    packs = _house_packs(tmp_path)
    code = ("import sys; from checker.compiled_packs import load_packs; "
            f"packset = load_packs([{str(packs)!r}], builtin=False); "
            "print(packset.rule('house/variants') is not None, 'hashlib' in sys.modules)")
    env = {**os.environ, "FACTLINT_CACHE_DIR": str(tmp_path / "cache")}
    cold = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    warm = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert cold.stdout.split()[0] == "True"  # built: the pack digest and code stamp are hashed
    assert warm.stdout.split() == ["True", "False"]


def test_the_cached_pack_set_equals_the_compiled_one_and_unpickles_entities_on_use(tmp_path, monkeypatch):
    # The cache holds each entity pickled on its own, read when asked for: the pack set read back unpickles
    # none at first, and is equal to the one compiled, field for field, indexes included (the built-in packs:
    # their people hold roles, their seats of government stand for countries).
    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(tmp_path / "cache"))
    compiled_now = load_packs()  # compiled, and written to the cache
    cached = load_packs()
    entities = cached.knowledge.entities
    assert isinstance(entities, EntitiesOnUse) and not entities._unpickled
    assert list(entities) == list(compiled_now.knowledge.entities) and "country/RU" in entities
    assert sorted(cached.knowledge._derived) == sorted(compiled_now.knowledge._derived)
    assert all(cached.knowledge._derived[name] == index for name, index in compiled_now.knowledge._derived.items())
    assert not entities._unpickled and not _holds_entities(cached.knowledge._derived)  # they hold ids
    person_id = next(entity_id for entity_id in entities if entity_id.startswith("person/"))
    person = cached.knowledge.get(person_id)
    assert person == compiled_now.knowledge.get(person_id) and cached.knowledge.get(person_id) is person
    assert list(entities._unpickled) == [person_id]
    offices = cached.knowledge.of_type("office")
    assert offices == compiled_now.knowledge.of_type("office")
    assert set(entities._unpickled) == {person_id} | {office.id for office in offices}
    assert entities == compiled_now.knowledge.entities
    assert cached.knowledge.tallies == compiled_now.knowledge.tallies and cached.rules == compiled_now.rules


def _holds_entities(value) -> bool:
    if isinstance(value, Entity):
        return True
    if isinstance(value, dict):
        return any(_holds_entities(key) or _holds_entities(item) for key, item in value.items())
    if isinstance(value, list | tuple | set | frozenset):
        return any(_holds_entities(item) for item in value)
    return any(_holds_entities(item) for item in getattr(value, "__dict__", {}).values())


def test_equal_strings_and_dates_are_written_once(tmp_path):
    # Pickle writes an object once and refers to it after: one object per value, fewer to unpickle.
    packset = compiled._with_shared_values(load_packs([MINI_KNOWLEDGE], builtin=False, use_cache=False))
    entities = list(packset.knowledge.entities.values())
    languages = [language for entity in entities for language in entity.names]
    assert len(languages) > 2 and len({id(language) for language in languages}) == len(set(languages))
    dates = [entity.verified for entity in entities if entity.verified]
    assert len(dates) > 1 and len({id(day) for day in dates}) == len(set(dates))


def test_a_pickle_without_its_checksum_is_never_unpickled(tmp_path, monkeypatch):
    _, marker, packs, _ = _planted_cache(tmp_path, monkeypatch, with_checksum=False)
    assert load_packs([packs], builtin=False).rule("house/variants") is not None
    assert not marker.exists()


@pytest.mark.parametrize("mode", [0o770, 0o707, 0o777])
def test_a_cache_folder_others_can_write_into_is_not_read_nor_written_and_warned_about_once(
        tmp_path, monkeypatch, capsys, mode):
    # what another user could write once the folder is open to them
    cache, marker, packs, planted = _planted_cache(tmp_path, monkeypatch, with_checksum=True)
    cache.chmod(mode)
    for _ in range(2):
        assert load_packs([packs], builtin=False).rule("house/variants") is not None
    assert not marker.exists()
    assert list(cache.glob("packs-*.pickle")) == [planted]  # nothing written there either
    assert capsys.readouterr().err == (f"factlint: warning: not using the pack cache {cache}: writable by group or "
                                       f"others (mode {mode:o}); packs compiled in memory\n")


def test_the_warning_does_not_change_the_exit_code_of_a_clean_check(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    cache.mkdir(mode=0o700)
    cache.chmod(0o777)
    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(cache))
    monkeypatch.setattr(cache_folder, "_warned", set())
    result = CliRunner().invoke(app, ["check", "-"], input="التقى الرئيس بالصحفيين يوم الاثنين.\n")
    assert result.exit_code == 0, result.output
    assert result.stderr.count("not using the pack cache") == 1
    assert not list(cache.glob("packs-*.pickle"))


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="chown to another user needs root")
def test_a_cache_folder_or_file_owned_by_another_user_is_not_read(tmp_path, monkeypatch, capsys):
    cache, marker, packs, planted = _planted_cache(tmp_path, monkeypatch, with_checksum=True)
    os.chown(planted, 65534, 65534)  # a file of another user in our own folder: skipped and replaced
    assert load_packs([packs], builtin=False).rule("house/variants") is not None
    assert not marker.exists() and planted.stat().st_uid == os.geteuid()
    _plant(planted, marker, with_checksum=True)
    os.chown(cache, 65534, 65534)  # the folder of another user: not used at all
    assert load_packs([packs], builtin=False).rule("house/variants") is not None
    assert not marker.exists()
    assert capsys.readouterr().err == (f"factlint: warning: not using the pack cache {cache}: owned by another "
                                       f"user (uid 65534); packs compiled in memory\n")


def test_a_cache_path_that_is_a_file_is_not_a_traceback(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    cache.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(cache))
    assert load_packs([_house_packs(tmp_path)], builtin=False).rule("house/variants") is not None


def test_the_cache_holds_the_knowledge_indexes_a_check_asks_for(tmp_path, monkeypatch):
    """Read back from the cache, the packs carry the indexes of their knowledge built: checking the examples
    (Arabic and English) builds none of them again, only the per-language tables of titles."""
    import datetime as dt

    from checker.api import Checker, CheckOptions

    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(tmp_path))
    load_packs()
    packs = load_packs()  # unpickled
    held = set(packs.knowledge._derived)
    assert {"monarchies", "outlet-namesake-types", "outlet-names-by-key", "casualty-demonyms"} <= held
    assert any(name.startswith("ratio-bounds:casualties/ratio:") for name in held)
    results = list(Checker(CheckOptions(date=dt.date(2025, 3, 16)), packs=packs).check_paths([REPO / "examples"]))
    assert any(result.findings for result in results)
    built_now = set(packs.knowledge._derived) - held
    assert built_now and all(name.startswith(("offices-by-honorific-", "given-names-")) for name in built_now)


# --- naming the cache file from the files' stamps ------------------------------------------------------------

def test_unchanged_packs_are_named_from_their_stamps_without_hashing_them(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(tmp_path / "cache"))
    packs = _house_packs(tmp_path)
    first = load_packs([packs], builtin=False)
    assert len(list((tmp_path / "cache").glob("stamp-*"))) == 1

    def hashed(*_: object) -> str:
        raise AssertionError("the packs were hashed again")

    monkeypatch.setattr(compiled, "fingerprint", hashed)
    monkeypatch.setattr(compiled, "code_stamp", hashed)
    assert load_packs([packs], builtin=False).digest == first.digest


def test_a_pack_rewritten_with_its_size_and_mtime_kept_is_compiled_again(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(tmp_path / "cache"))
    packs = _house_packs(tmp_path)
    pack = packs / "house.yaml"
    assert "two ways" in load_packs([packs], builtin=False).rule("house/variants").message["en"]
    before = pack.stat()
    pack.write_text(HOUSE_PACK.replace("two ways", "two wayz"), encoding="utf-8")  # same size
    os.utime(pack, ns=(before.st_atime_ns, before.st_mtime_ns))  # and the same mtime, as `touch -d` could set
    assert pack.stat().st_size == before.st_size and pack.stat().st_mtime_ns == before.st_mtime_ns
    assert "two wayz" in load_packs([packs], builtin=False).rule("house/variants").message["en"]
    assert len(list((tmp_path / "cache").glob("packs-*.pickle"))) == 2


def test_a_damaged_stamp_file_only_costs_the_hashing(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(tmp_path / "cache"))
    packs = _house_packs(tmp_path)
    first = load_packs([packs], builtin=False)
    (stamp,) = (tmp_path / "cache").glob("stamp-*")
    for damage in ("", "../../x y", "only-one", "\xff\xfe"):
        stamp.write_text(damage, encoding="latin-1")
        assert load_packs([packs], builtin=False).digest == first.digest
        assert stamp.read_text(encoding="ascii").split()[0] == first.digest  # written again
    assert len(list((tmp_path / "cache").glob("packs-*.pickle"))) == 1

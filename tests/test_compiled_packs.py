"""The compiled pack cache: keyed by the packs' content and by the code that builds it, and reporting the
pack files loaded now even when another checkout wrote the cache."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from checker.cli import app
from checker.compiled_packs import BUILT_BY, load_packs

REPO = Path(__file__).resolve().parent.parent
MINI_KNOWLEDGE = REPO / "tests" / "fixtures" / "packs" / "mini_knowledge.yaml"

LOAD = """\
import json, sys
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


# The built-in consistency rule under another id: a house pack with one rule.
HOUSE_PACK = (REPO / "rules" / "core" / "consistency.yaml").read_text("utf-8").replace(
    "id: consistency/name-variants", "id: house/variants").replace("pack: consistency", "pack: house")


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

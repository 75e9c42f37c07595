"""A third language needs one package (or object) in the registry and its strings in the packs: a test
language with just enough to run consistency/name-variants gets a finding with its own message and why."""

import textwrap
from pathlib import Path
from types import SimpleNamespace

import pytest

from checker.api import Checker, CheckOptions
from checker.lang import language, register, supported, unregister

TEXT = "Ivano Petrovo renkontis la delegacion.\nPoste Iwano Petrowo diris ke la intertraktadoj daŭros.\n"
CLEAN = "Ivano Petrovo renkontis la delegacion.\nPoste Petrovo diris ke la intertraktadoj daŭros.\n"

PACKS = {
    "knowledge.yaml": """\
        pack: xx-knowledge
        kind: knowledge
        version: 1
        checked: 2026-11-30
        entities:
          - id: person/test-ivano-petrovo
            type: person
            names: {xx: [Ivano Petrovo, Iwano Petrowo], en: [Ivan Petrov]}
            short: {xx: [Petrovo]}
        """,
    "rules.yaml": """\
        pack: xx-rules
        kind: rules
        version: 1
        checked: 2026-11-30
        rules:
          - id: xx-test/name-variants
            category: consistency
            kind: name-variants
            severity: warning
            message:
              en: "'{found}' is spelled '{preferred}' elsewhere"
              xx: "'{found}' estas skribita '{preferred}' aliloke"
            why: One name spelled two ways.
            examples:
              flag: [{text: "Ivano Petrovo venis. Iwano Petrowo foriris.", lang: xx, span: Iwano Petrowo}]
              clean: [{text: "Ivano Petrovo venis. Petrovo foriris.", lang: xx}]
        """,
}

AREAS = {
    "consistency.py": """\
        SKELETON_FOLDS = {"w": "v"}
        LONG_VOWELS = "aeiou"
        ARTICLE = ""
        ARTICLE_SPELLINGS = ()
        STRICT_VARIANTS = False
        FINAL_VOWELS = ""
        SEARCH_UNLISTED = False
        INFLECTIONS = ()
        SPELLED_BY_KNOWLEDGE = "laŭ la sciobazo"
        SPELLED_BY_HOUSE_STYLE = "laŭ la domstilo"
        """,
    "explanations.py": """\
        NAME_VARIANTS = "La sama nomo ({label}) estas skribita plurmaniere; la preferata skribo estas '{preferred}'."
        UNVERIFIED_FIX = "La korekto ne estas kontrolita: kun '{replacement}' la frazo restas markita: {message}"
        """,
    "sentences.py": """\
        END_MARKS = ""
        GLUED_LETTERS = ""
        QUOTE_PAIRS = (("«", "»"),)
        SINGLE_CLOSERS = ""
        LINE_BREAK_ALWAYS_ENDS = True
        LOWER_CASE_CONTINUES = True
        DOTTED_ACRONYMS = False
        TITLES = frozenset({"s-ro"})
        BEFORE_NUMBER = frozenset()
        MONTHS_ABBR = frozenset()
        SENTENCE_OPENERS = frozenset()
        """,
}


def write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        (folder / name).write_text(textwrap.dedent(content), encoding="utf-8")
    return folder


@pytest.fixture
def packs(tmp_path: Path) -> Path:
    return write(tmp_path / "packs", PACKS)


@pytest.fixture
def language_package(tmp_path: Path, monkeypatch):
    """The test language as a package on the import path, registered by name."""
    write(tmp_path / "site" / "factlint_lang_xx", {"__init__.py": "", **AREAS})
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    register("xx", "factlint_lang_xx")
    yield
    unregister("xx")


def check(packs: Path, text: str):
    checker = Checker(CheckOptions(packs=(packs,), select=("xx-test/",)))
    return checker.check_text(text, lang="xx")


def test_registered_package_runs_a_rule_in_its_language(language_package, packs):
    assert "xx" in supported()
    [finding] = check(packs, TEXT)
    assert TEXT[finding.start:finding.end] == "Iwano Petrowo"
    assert finding.message == "'Iwano Petrowo' estas skribita 'Ivano Petrovo' aliloke"
    assert finding.explanation == ("La sama nomo (Ivano Petrovo) estas skribita plurmaniere; la preferata skribo "
                                   "estas 'Ivano Petrovo'.")
    assert finding.fix.replacement == "Ivano Petrovo"
    assert check(packs, CLEAN) == []


def test_registered_language_splits_sentences_by_its_rules(language_package, packs):
    analysis = Checker(CheckOptions(packs=(packs,))).analyse("S-ro. Petrovo venis. Li diris: «Ni venos. Morgaŭ.»",
                                                              lang="xx")
    assert [analysis.text[s.start:s.end] for s in analysis.sentences] == [
        "S-ro. Petrovo venis.", "Li diris: «Ni venos. Morgaŭ.»"]


def test_registered_object_runs_a_rule_in_its_language(packs):
    areas = {}
    for name, content in AREAS.items():
        namespace: dict = {}
        exec(textwrap.dedent(content), namespace)  # the same definitions, as plain objects
        areas[name.removesuffix(".py")] = SimpleNamespace(**{k: v for k, v in namespace.items() if k.isupper()})
    register("xx", SimpleNamespace(**areas))
    try:
        [finding] = check(packs, TEXT)
        assert finding.message.startswith("'Iwano Petrowo' estas skribita")
        assert language("xx").sentences.LINE_BREAK_ALWAYS_ENDS is True
    finally:
        unregister("xx")


def test_pack_strings_in_an_unregistered_language_are_a_pack_error(packs):
    from checker.packs.errors import PackError
    from checker.packs.load import load_packset

    assert "xx" not in supported()
    with pytest.raises(PackError, match="xx"):
        load_packset([packs])

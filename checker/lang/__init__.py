"""The language layer: everything factlint knows about one language, in one package per language.

`checker/lang/ar/` and `checker/lang/en/` hold what is Arabic and what is English (number and casualty words,
reporting verbs, title grammar, quotation marks, sentence rules, the strings of explanations), one module per
area of the pipeline (`sentences`, `quantities`, `casualties`, `titles`, `roles`, `attributions`, `outlets`,
`consistency`, `explanations`, `orthography`). Annotators and checks never test a language code; they ask the registry:

    from checker.lang import language
    words = language(analysis.lang).casualties

An area is imported on first use, so the CLI's start-up does not grow with the languages.

A language is found by its package (a directory `checker/lang/xx/` whose name is the code), or registered at
run time with `register("xx", source)`, where `source` is the name of an importable package laid out the same
way, or any object whose attributes are the areas (a test language). What an area must hold is written in
`rules/README.md` ("Adding a language").
"""

from __future__ import annotations

import os
from functools import cache
from importlib import import_module
from typing import Any

from checker.frozen import frozen


class UnsupportedLanguageError(LookupError):
    """A language code that no package or registration supplies."""


@frozen
class Language:
    """One supported language: its code and where its areas come from (a package name or an object)."""

    code: str
    source: Any  # str: a package whose submodules are the areas; otherwise an object whose attributes are

    def __getattr__(self, area: str) -> Any:
        if area.startswith("__"):
            raise AttributeError(area)
        if isinstance(self.source, str):
            return _package_area(self.source, area)
        return getattr(self.source, area)

    def has(self, area: str) -> bool:
        """Whether this language supplies `area` (a language may leave out what its rules do not need)."""
        try:
            getattr(self, area)
        except AttributeError:
            return False
        return True


@cache
def _package_area(package: str, area: str) -> Any:
    name = f"{package}.{area}"
    try:
        return import_module(name)
    except ModuleNotFoundError as error:
        if error.name == name:
            raise AttributeError(f"language package {package} has no area {area!r}") from None
        raise


@cache
def _packaged() -> dict[str, Language]:
    """The languages shipped as packages of this directory (`ar/`, `en/` ...), by code."""
    here = os.path.dirname(__file__)
    return {entry.name: Language(entry.name, f"{__name__}.{entry.name}")
            for entry in sorted(os.scandir(here), key=lambda e: e.name)
            if entry.is_dir() and not entry.name.startswith(("_", "."))
            and os.path.isfile(os.path.join(entry.path, "__init__.py"))}


# Languages registered at run time (a newsroom's own language package, a test language). The registry is the
# one piece of process-wide state of the layer: registering is an explicit act, like installing a plugin.
_registered: dict[str, Language] = {}
# How many times the set of languages changed: the key of the caches built from every language at once.
_changes = [0]


def register(code: str, source: Any) -> Language:
    """Make `code` a supported language whose areas come from `source` (a package name or an object).
    A registered language replaces a packaged one of the same code."""
    found = Language(code, source)
    _registered[code] = found
    _changes[0] += 1
    return found


def unregister(code: str) -> None:
    """Forget a language registered with `register` (packaged languages stay)."""
    if _registered.pop(code, None) is not None:
        _changes[0] += 1


def generation() -> int:
    """A number that changes whenever the set of languages does (for caches that merge every language)."""
    return _changes[0]


def language(code: str) -> Language:
    """The language of `code`; UnsupportedLanguageError when no package or registration supplies it."""
    found = _registered.get(code) or _packaged().get(code)
    if found is None:
        raise UnsupportedLanguageError(f"language {code} is not supported")
    return found


def supported() -> tuple[str, ...]:
    """The codes of every supported language: packaged ones in alphabetical order, then registered ones."""
    return tuple(dict.fromkeys([*sorted(_packaged()), *_registered]))


def is_supported(code: str) -> bool:
    return code in _registered or code in _packaged()


def right_to_left(code: str | None) -> bool:
    """Whether text in `code` runs right to left (for display); languages factlint only detects count too."""
    if code and is_supported(code):
        found = language(code)
        return found.has("orthography") and bool(found.orthography.RIGHT_TO_LEFT)
    from checker.lang.detect import RIGHT_TO_LEFT

    return code in RIGHT_TO_LEFT


def languages_with(area: str) -> tuple[Language, ...]:
    """Every supported language that supplies `area`, in `supported()` order: for the few tables that hold
    all languages at once (numbers in a quotation, names in another script)."""
    return tuple(found for found in map(language, supported()) if found.has(area))

"""Module-level patterns compile on first use and then behave exactly as `re.compile`'s."""

import pickle
import re

from checker.text.lazy_regex import lazy_compile


def test_lazy_pattern_matches_as_compiled_in_both_languages() -> None:
    source = r"(?P<number>\d+) (?:killed|قتيلا)"
    lazy, compiled = lazy_compile(source, re.IGNORECASE), re.compile(source, re.IGNORECASE)
    for text in ("At least 12 KILLED in the strike", "سقط 12 قتيلا في الغارة", "a correct text stays clean"):
        assert [m.span("number") for m in lazy.finditer(text)] == [m.span("number") for m in compiled.finditer(text)]
        assert lazy.sub("N", text) == compiled.sub("N", text)
    assert lazy.groupindex == compiled.groupindex and lazy.flags == compiled.flags
    assert lazy.pattern == source


def test_lazy_pattern_is_not_compiled_until_used_and_pickles_as_a_pattern() -> None:
    lazy = lazy_compile(r"\bKyiv\b")
    assert "search" not in vars(lazy)  # nothing compiled at definition
    assert lazy.search("in Kyiv today") is not None
    assert "search" in vars(lazy)  # the compiled method is kept: later calls skip the lookup
    restored = pickle.loads(pickle.dumps(lazy))
    assert isinstance(restored, re.Pattern) and restored.search("Kyiv, Ukraine") is not None

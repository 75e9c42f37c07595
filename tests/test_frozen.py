"""`@frozen` records compare, hash, print, pickle and refuse assignment as `@dataclass(frozen=True)` does."""

from __future__ import annotations

import dataclasses
import inspect
import pickle
from dataclasses import dataclass, field

import pytest

from checker.frozen import frozen


@dataclass(frozen=True)
class Generated:
    name: str
    count: int = 0
    notes: tuple[str, ...] = field(default=(), compare=False, repr=False)
    weight: float = field(default=0.0, hash=False)


@frozen
class Made:
    name: str
    count: int = 0
    notes: tuple[str, ...] = field(default=(), compare=False, repr=False)
    weight: float = field(default=0.0, hash=False)


@pytest.mark.parametrize("values", [("بوتين",), ("Putin", 2, ("a",), 1.5), ("لافروف", 3)])
def test_a_record_behaves_as_the_frozen_dataclass(values):
    generated, made = Generated(*values), Made(*values)
    assert hash(made) == hash(generated)
    assert repr(made) == repr(generated).replace("Generated(", "Made(", 1)
    assert made == Made(*values) and made == dataclasses.replace(made) and made != generated
    assert pickle.loads(pickle.dumps(made)) == made
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.count = 5  # type: ignore[misc]


def test_fields_left_out_of_comparison_and_hash_are_left_out():
    assert Made("Zelensky", 1, ("x",), 2.0) == Made("Zelensky", 1, ("y",), 2.0)  # notes: compare=False
    assert Made("Zelensky", 1, weight=2.0) != Made("Zelensky", 1, weight=9.0)  # weight: compared, not hashed
    assert Made("Zelensky", 1) != Made("Zelenskyy", 1)
    assert hash(Made("Kyiv", 1, weight=1.0)) == hash(Made("Kyiv", 1, weight=2.0)) == hash(("Kyiv", 1))


def test_one_field_compares_as_a_tuple_and_a_body_method_is_kept():
    @frozen
    class One:
        value: float

    @frozen
    class Shown:
        value: int

        def __repr__(self) -> str:
            return "shown"

    nan = float("nan")
    assert One(nan) == One(nan)  # as (nan,) == (nan,): the same object
    assert hash(One(5)) == hash((5,)) and repr(Shown(1)) == "shown" and Shown(1) == Shown(1)


def test_init_matches_the_generated_one_with_defaults_and_factories():
    @dataclass(frozen=True)
    class GeneratedBox:
        name: str
        label: str = field(default="x", kw_only=True)  # keyword-only: after the others in __init__
        tags: list[str] = field(default_factory=list)
        size: int = 3

    @frozen
    class Box:
        name: str
        label: str = field(default="x", kw_only=True)
        tags: list[str] = field(default_factory=list)
        size: int = 3

    first, second = Box("قصف"), Box("قصف")
    assert first.tags == [] and first.tags is not second.tags  # the factory runs per instance
    assert Box("a", ["b"], 4, label="y") == Box(name="a", tags=["b"], size=4, label="y")
    assert repr(Box("a", size=5)) == repr(GeneratedBox("a", size=5)).replace("GeneratedBox(", "Box(", 1)
    assert str(inspect.signature(Box)) == str(inspect.signature(GeneratedBox))  # compiled by now
    with pytest.raises(TypeError):
        Box()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Box("a", [], 1, "y")  # type: ignore[misc]  # label is keyword-only
    with pytest.raises(dataclasses.FrozenInstanceError):
        del first.name


def test_a_field_without_default_after_one_with_default_is_refused_as_dataclass_does():
    with pytest.raises(TypeError, match="non-default argument 'second' follows default argument"):
        @frozen
        class Wrong:
            first: int = 0
            second: int  # type: ignore[misc]

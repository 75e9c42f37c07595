"""`@frozen`: a frozen dataclass whose `__eq__`, `__hash__` and `__repr__` are made from a closure over its
field names instead of being generated as source and compiled.

Python 3.11 compiles each method a dataclass generates with its own `exec`: the ~60 frozen dataclasses of the
modules a one-file check imports cost ~25 ms to create, half of it for these three methods. The methods made
here behave as the generated ones do: equal when of the same class with equal compared fields, the hash of
the tuple of the hashed fields, `Name(field=value, ...)` of the fields shown in repr (and `...` for a record
inside itself); a method the class body defines is kept. `dataclasses.fields`, `replace` and `asdict` work as
on any dataclass."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import Field, dataclass, fields
from operator import attrgetter
from reprlib import recursive_repr
from typing import Any, TypeVar, dataclass_transform

T = TypeVar("T")


@dataclass_transform(frozen_default=True)
def frozen(cls: type[T]) -> type[T]:
    """Make `cls` a frozen dataclass (see the module docstring)."""
    cls = dataclass(frozen=True, eq=False, repr=False)(cls)
    own = cls.__dict__
    every = fields(cls)  # type: ignore[arg-type]
    if "__repr__" not in own:
        _attach(cls, _repr([f.name for f in every if f.repr]))
    if "__eq__" not in own:
        _attach(cls, _eq(_values([f.name for f in every if f.compare])))
        # as dataclass(eq=True, frozen=True): hashable by its compared fields unless the body sets __hash__
        if "__hash__" not in own:
            _attach(cls, _hash(_values([f.name for f in every if _hashed(f)])))
    return cls


def _hashed(field: Field[Any]) -> bool:
    return field.compare if field.hash is None else field.hash


def _attach(cls: type, method: Callable[..., Any]) -> None:
    method.__qualname__ = f"{cls.__qualname__}.{method.__name__}"
    setattr(cls, method.__name__, method)


def _values(names: list[str]) -> Callable[[Any], tuple[Any, ...]]:
    """The tuple of these attributes of an object (a tuple for one name or none too, as dataclasses compare)."""
    if len(names) > 1:
        return attrgetter(*names)
    if names:
        one = attrgetter(names[0])
        return lambda item: (one(item),)
    return lambda item: ()


def _eq(values: Callable[[Any], tuple[Any, ...]]) -> Callable[[Any, Any], Any]:
    def __eq__(self: Any, other: Any) -> Any:
        if other.__class__ is self.__class__:
            return values(self) == values(other)
        return NotImplemented

    return __eq__


def _hash(values: Callable[[Any], tuple[Any, ...]]) -> Callable[[Any], int]:
    def __hash__(self: Any) -> int:
        return hash(values(self))

    return __hash__


def _repr(names: list[str]) -> Callable[[Any], str]:
    @recursive_repr()
    def __repr__(self: Any) -> str:
        return f"{self.__class__.__qualname__}({', '.join(f'{name}={getattr(self, name)!r}' for name in names)})"

    return __repr__

"""`@frozen`: a frozen dataclass whose methods are made from closures over its field names instead of being
generated as source and compiled.

Python 3.11 compiles each method a dataclass generates with its own `exec`: the ~60 frozen dataclasses of the
modules a one-file check imports cost ~25 ms to create. Here `dataclass` only collects the fields (nothing is
compiled); `__eq__`, `__hash__`, `__repr__`, `__setattr__` and `__delattr__` are shared closures, and
`__init__` is compiled the first time the class is instantiated (the classes a run never instantiates never
pay for it). They behave as the generated ones do: the same `__init__` signature and defaults (a default
factory called per instance), equal when of the same class with equal compared fields, the hash of the tuple
of the hashed fields, `Name(field=value, ...)` of the fields shown in repr (and `...` for a record inside
itself), `FrozenInstanceError` on assigning or deleting a field; a method the class body defines is kept.
`dataclasses.fields`, `replace` and `asdict` work as on any dataclass. (Subclass a `@frozen` class only with
`@frozen`: to `dataclass` it is not a frozen one.)"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import MISSING, Field, FrozenInstanceError, dataclass, fields
from operator import attrgetter
from reprlib import recursive_repr
from types import CodeType, FunctionType
from typing import Any, TypeVar, dataclass_transform

T = TypeVar("T")


@dataclass_transform(frozen_default=True)
def frozen(cls: type[T]) -> type[T]:
    """Make `cls` a frozen dataclass (see the module docstring)."""
    for name in ("__setattr__", "__delattr__"):
        if name in cls.__dict__:  # as dataclass(frozen=True) refuses
            raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}")
    if not cls.__doc__:
        # dataclass would write `Name(field: type, ...)` from inspect.signature (a third of its time here)
        cls.__doc__ = f"{cls.__name__}({', '.join(cls.__dict__.get('__annotations__', {}))})"
    cls = dataclass(init=False, repr=False, eq=False)(cls)  # the fields only: no method generated
    own = cls.__dict__
    every = fields(cls)  # type: ignore[arg-type]
    if any(f.name == "self" for f in every):
        raise TypeError(f"{cls.__name__}: a @frozen field may not be called 'self'")
    _check_defaults(cls, every)
    if "__init__" not in own:
        _attach(cls, _lazy_init(cls))
    setattr_, delattr_ = _frozen_attributes(cls, frozenset(f.name for f in every))
    _attach(cls, setattr_)
    _attach(cls, delattr_)
    if "__repr__" not in own:
        _attach(cls, _repr([f.name for f in every if f.repr]))
    if "__eq__" not in own:
        _attach(cls, _eq(_values([f.name for f in every if f.compare])))
        # as dataclass(eq=True, frozen=True): hashable by its compared fields unless the body sets __hash__
        if "__hash__" not in own:
            _attach(cls, _hash(_values([f.name for f in every if _hashed(f)])))
    return cls


def _check_defaults(cls: type, every: tuple[Field[Any], ...]) -> None:
    """The TypeError dataclass raises for a field without a default after one with a default."""
    defaulted = False
    for field in every:
        if field.init and not field.kw_only:
            if field.default is MISSING and field.default_factory is MISSING:
                if defaulted:
                    raise TypeError(f"non-default argument {field.name!r} follows default argument")
            else:
                defaulted = True


class _Factory:
    """The default of a parameter whose field has a default factory: the factory is called instead."""

    def __repr__(self) -> str:
        return "<factory>"


_FACTORY = _Factory()


def _lazy_init(cls: type) -> Callable[..., None]:
    """An `__init__` that compiles the class's real one, puts it on the class and runs it."""

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        init = _compiled_init(cls)
        _attach(cls, init)
        init(self, *args, **kwargs)

    return __init__


def _compiled_init(cls: type) -> Callable[..., None]:
    """The `__init__` dataclass(frozen=True) generates: each field set through object.__setattr__, a default
    factory called when its parameter is not given. Classes of the same shape (parameters, keyword-only ones,
    which have factories) share one compiled template, renamed for each class."""
    every = [f for f in fields(cls) if f.init]
    shape = tuple((f.kw_only is True, f.default_factory is not MISSING) for f in every)
    template = _templates.get(shape) or _templates.setdefault(shape, _template(shape))
    renamed = {f"_p{number}": f.name for number, f in enumerate(every)}
    code = template.replace(co_varnames=tuple(renamed.get(name, name) for name in template.co_varnames),
                            co_consts=tuple(renamed.get(c, c) if isinstance(c, str) else c for c in template.co_consts))
    namespace: dict[str, Any] = {"_set": object.__setattr__, "_FACTORY": _FACTORY}
    namespace.update({f"_factory{number}": f.default_factory for number, f in enumerate(every)
                      if f.default_factory is not MISSING})

    def default(field: Field[Any]) -> Any:
        return _FACTORY if field.default_factory is not MISSING else field.default

    init = FunctionType(code, namespace, "__init__",
                        tuple(default(f) for f in every if not f.kw_only and default(f) is not MISSING) or None)
    init.__kwdefaults__ = {f.name: default(f) for f in every if f.kw_only and default(f) is not MISSING} or None
    init.__annotations__ = {**{f.name: f.type for f in every}, "return": None}
    return init


_templates: dict[tuple[tuple[bool, bool], ...], CodeType] = {}  # shape -> compiled __init__, placeholder names


def _template(shape: tuple[tuple[bool, bool], ...]) -> CodeType:
    """`__init__(self, _p0, _p1, *, _p2)` setting attributes "_p0", "_p1", "_p2" (see _compiled_init)."""
    parameters = [f"_p{number}" for number, (kw_only, _) in enumerate(shape) if not kw_only]
    keyword = [f"_p{number}" for number, (kw_only, _) in enumerate(shape) if kw_only]
    lines = [f"    _set(self, '_p{number}', _factory{number}() if _p{number} is _FACTORY else _p{number})" if factory
             else f"    _set(self, '_p{number}', _p{number})" for number, (_, factory) in enumerate(shape)]
    signature = ", ".join(["self", *parameters, *(["*", *keyword] if keyword else [])])
    namespace: dict[str, Any] = {}
    exec(f"def __init__({signature}):\n" + ("\n".join(lines) or "    pass"), namespace)  # noqa: S102
    code: CodeType = namespace["__init__"].__code__
    return code


def _frozen_attributes(cls: type, names: frozenset[str]) -> tuple[Callable[..., None], Callable[..., None]]:
    def __setattr__(self: Any, name: str, value: Any) -> None:
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)  # type: ignore[arg-type]  # mypy: cls is a type

    def __delattr__(self: Any, name: str) -> None:
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)  # type: ignore[arg-type]

    return __setattr__, __delattr__


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

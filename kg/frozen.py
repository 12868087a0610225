"""A cheaper ``__init__`` for frozen dataclasses that are made by the thousand.

``@dataclass(frozen=True)`` writes each field with ``object.__setattr__(self, name,
value)``, since its own ``__setattr__`` refuses every write: a call per field. The
extractor makes thousands of such records per profile (mentions, topics, findings,
sentences); their construction cost about five times that of a plain dataclass.
:func:`quick_init` gives such a class an ``__init__`` with the same parameters and
defaults that fills the instance's ``__dict__`` in one ``update``: the instance is the
same (same fields, equality, hash, repr, still frozen afterwards).

Only a plain frozen dataclass qualifies: every field in ``__init__`` and positional, no
default factory, no ``__post_init__``, no ``__slots__``; any other class raises
``TypeError``.

Examples
--------
>>> from dataclasses import FrozenInstanceError, dataclass
>>> @quick_init
... @dataclass(frozen=True)
... class Span:
...     start: int
...     end: int
...     label: str = ""
>>> s = Span(1, 4)
>>> s, s == Span(1, 4, ""), hash(s) == hash(Span(1, 4))
(Span(start=1, end=4, label=''), True, True)
>>> try:
...     s.start = 2
... except FrozenInstanceError:
...     print("frozen")
frozen
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

__all__ = ["quick_init"]

T = TypeVar("T", bound=type)

#: A field's default stands in the generated code as this name followed by its index.
_DEFAULT = "_default_"


def quick_init(cls: T) -> T:
    """Give the frozen dataclass ``cls`` an ``__init__`` that fills ``__dict__`` at once.

    Raises
    ------
    TypeError
        When ``cls`` is no plain frozen dataclass (see the module's notes).

    Examples
    --------
    >>> from dataclasses import dataclass
    >>> @dataclass
    ... class Open:
    ...     x: int
    >>> quick_init(Open)
    Traceback (most recent call last):
    ...
    TypeError: Open: not a plain frozen dataclass
    """
    params = getattr(cls, "__dataclass_params__", None)
    fields = dataclasses.fields(cls) if params is not None else ()
    if (
        params is None
        or not params.frozen
        or not params.init
        or hasattr(cls, "__post_init__")
        or "__slots__" in cls.__dict__
        or any(
            not f.init or f.kw_only is True or f.default_factory is not dataclasses.MISSING
            for f in fields
        )
    ):
        raise TypeError(f"{cls.__name__}: not a plain frozen dataclass")
    names = [f.name for f in fields]
    defaults: dict[str, Any] = {}
    parameters = []
    for i, f in enumerate(fields):
        if f.default is dataclasses.MISSING:
            parameters.append(f.name)
        else:
            defaults[f"{_DEFAULT}{i}"] = f.default
            parameters.append(f"{f.name}={_DEFAULT}{i}")
    filled = ", ".join(f"{name}={name}" for name in names)
    source = f"def __init__(self, {', '.join(parameters)}):\n    self.__dict__.update({filled})\n"
    scope: dict[str, Any] = {}
    exec(source, dict(defaults), scope)  # noqa: S102 - code built from the field names only
    init = scope["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    setattr(cls, "__init__", init)  # noqa: B010 - a class attribute mypy would not let us set
    return cls

"""``lazy``: :func:`functools.cached_property` without its lock.

In Python 3.11 ``cached_property.__get__`` takes an ``RLock`` on every first access, which costs
several times the attribute's own work for the small per-sentence analyses of
:class:`rules.text.document.SentView` (a matched sentence reads eight or so of them). A sentence
view belongs to one ``detect`` call on one thread, so no lock is needed: the first access computes
the value and stores it in the instance ``__dict__``, where later accesses find it directly (this
is a non-data descriptor, like ``cached_property``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

_T = TypeVar("_T")


class lazy(Generic[_T]):
    """A per-instance cached attribute computed by the decorated method on first access."""

    def __init__(self, func: Callable[[Any], _T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> lazy[_T]: ...

    @overload
    def __get__(self, instance: object, owner: type | None = None) -> _T: ...

    def __get__(self, instance: object | None, owner: type | None = None) -> lazy[_T] | _T:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.func(instance)
        return value

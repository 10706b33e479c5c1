"""A bounded memory of values computed from immutable objects, looked up by the object's identity.

The alert pipeline asks for the same derived value of one object several times per alert (the ISO
text of a submit's ``now``, an alert's label set): :class:`Recent` computes it once per object while
the object is recent. Only for immutable objects and pure computations: the value is never recomputed
for an object it holds. Each entry holds its object, so the object's ``id`` cannot be reused by
another object while the entry lives; when full, the memory is emptied (a miss only recomputes).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

_K = TypeVar("_K")
_V = TypeVar("_V")


class Recent(Generic[_K, _V]):
    """``compute(obj)``, remembered for up to ``size`` recent objects (by identity)."""

    __slots__ = ("_compute", "_entries", "size")

    def __init__(self, compute: Callable[[_K], _V], size: int) -> None:
        self._compute = compute
        self._entries: dict[int, tuple[_K, _V]] = {}
        self.size = size

    def __len__(self) -> int:
        return len(self._entries)

    def __call__(self, obj: _K) -> _V:
        hit = self._entries.get(id(obj))
        if hit is not None and hit[0] is obj:
            return hit[1]
        value = self._compute(obj)
        if len(self._entries) >= self.size:
            self._entries.clear()
        self._entries[id(obj)] = (obj, value)
        return value

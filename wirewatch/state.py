"""The state-store protocol the core talks to, and an in-memory implementation.

The store is a namespaced key/value map of JSON text. The core serialises its own frozen types at
this seam, so the SQLite store (embedded runtime) and Faust tables (Kafka runtime) need to know
nothing about them. Keys are plain strings; ``scan`` returns keys in sorted order so that results
do not depend on insertion order.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol


class StateStore(Protocol):
    """Namespaced key/value storage for detection and alert state."""

    def get(self, namespace: str, key: str) -> str | None:
        """Return the value stored under ``key``, or ``None``."""
        ...

    def put(self, namespace: str, key: str, value: str) -> None:
        """Store ``value`` under ``key``, replacing what was there."""
        ...

    def delete(self, namespace: str, key: str) -> None:
        """Remove ``key``; no error if it is absent."""
        ...

    def scan(self, namespace: str, prefix: str = "") -> Iterator[tuple[str, str]]:
        """Yield ``(key, value)`` for keys starting with ``prefix``, in key order."""
        ...


class MemoryStore:
    """A dict-backed :class:`StateStore` for tests, backtests and the Faust adapter's in-memory tables."""

    def __init__(self) -> None:
        self._data: dict[str, dict[str, str]] = {}

    def get(self, namespace: str, key: str) -> str | None:
        return self._data.get(namespace, {}).get(key)

    def put(self, namespace: str, key: str, value: str) -> None:
        self._data.setdefault(namespace, {})[key] = value

    def delete(self, namespace: str, key: str) -> None:
        self._data.get(namespace, {}).pop(key, None)

    def scan(self, namespace: str, prefix: str = "") -> Iterator[tuple[str, str]]:
        ns = self._data.get(namespace, {})
        for key in sorted(k for k in ns if k.startswith(prefix)):
            yield key, ns[key]

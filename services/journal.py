"""The embedded runtime's journal and outbox, kept in the state store next to detection state.

- **Journal** (namespace ``runtime.journal``): items accepted over HTTP, written (one SQLite
  transaction per request) before the ``202`` goes out, and removed in the same transaction as the
  state changes their evaluation makes. Entries found at start-up were accepted but not processed:
  the runtime queues them first.
- **Outbox** (namespace ``runtime.outbox``): the alerts an evaluation produced, written in that same
  transaction and removed once the alert pipeline has taken them. Entries found at start-up are
  handed to the pipeline again (it dedups by fingerprint).

Keys sort in arrival order, across restarts too: a start-up timestamp in nanoseconds and a counter.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from alerts.models import Alert
from ingest.models import WireItem
from wirewatch.state import StateStore

NS_JOURNAL = "runtime.journal"
NS_OUTBOX = "runtime.outbox"


@dataclass(frozen=True)
class JournalEntry:
    """One accepted, not yet processed item."""

    key: str
    item: WireItem
    format: str
    source: str
    origin: str | None


class Journal:
    """Journal and outbox over a :class:`StateStore`; the caller owns transactions."""

    def __init__(self, store: StateStore) -> None:
        self.store = store
        self._prefix = f"{time.time_ns():020d}"
        self._counter = 0

    def _next_key(self) -> str:
        self._counter += 1
        return f"{self._prefix}-{self._counter:09d}"

    # --- journal ------------------------------------------------------------------------
    def append(self, item: WireItem, fmt: str, source: str, origin: str | None) -> str:
        """Record an accepted item; returns its key."""
        key = self._next_key()
        record = {"item": item.model_dump(mode="json"), "format": fmt, "source": source, "origin": origin}
        self.store.put(NS_JOURNAL, key, json.dumps(record, ensure_ascii=False))
        return key

    def remove(self, key: str) -> None:
        """Forget a processed item."""
        self.store.delete(NS_JOURNAL, key)

    def pending(self) -> Iterator[JournalEntry]:
        """Accepted items not yet processed, oldest first."""
        for key, value in list(self.store.scan(NS_JOURNAL)):
            record = json.loads(value)
            item = WireItem.model_validate(record["item"])
            yield JournalEntry(key, item, record["format"], record["source"], record.get("origin"))

    # --- outbox -------------------------------------------------------------------------
    def stash(self, alerts: Sequence[Alert]) -> str | None:
        """Keep alerts until the pipeline has them; ``None`` (nothing written) for no alerts."""
        if not alerts:
            return None
        key = self._next_key()
        self.store.put(NS_OUTBOX, key, json.dumps([a.model_dump(mode="json") for a in alerts]))
        return key

    def delivered(self, key: str) -> None:
        """The pipeline took the alerts stashed under ``key``."""
        self.store.delete(NS_OUTBOX, key)

    def undelivered(self) -> Iterator[tuple[str, list[Alert]]]:
        """Stashed alerts the pipeline may not have taken, oldest first."""
        for key, value in list(self.store.scan(NS_OUTBOX)):
            yield key, [Alert.model_validate(a) for a in json.loads(value)]

"""A :class:`~wirewatch.state.StateStore` over one partition of a Faust table.

The core's state is partitioned like its input: a worker owns some partitions of the events (or
alerts) topic and, co-partitioned with them, the same partitions of the table. A
:class:`TablePartitionStore` is the view of one partition: every key is stored as
``"<partition>\\x1f<namespace>\\x1f<key>"``, so ``scan`` (used by deadline timers) only ever sees the
partition this worker was asked about, even while the table also holds standby copies of others.

Two ways of writing, both changelog-backed (a write is a record on the table's compacted changelog
topic, replayed on restart or when another worker takes the partition over):

- ``in_stream=True`` (the detector): ``table[key] = value``; Faust sends the changelog record to the
  current event's partition, which must be this view's partition (checked). Works with every Faust
  store, RocksDB included.
- ``in_stream=False`` (the notifier, whose delivery tasks write outside any event): the local
  store is updated and the changelog record is sent to this view's partition explicitly. Needs
  the in-memory table store (``memory://``); the notifier table always uses it.

``scan`` walks the table's local keys: O(keys held by this worker) per call, which is fine for the
tens of thousands of claims and series a desk tracks, and is what the RocksDB store offers too.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from faust.streams import current_event

from wirewatch.errors import StateError

SEP = "\x1f"


def partition_prefix(partition: int) -> str:
    """The key prefix of one partition's entries."""
    return f"{partition}{SEP}"


class TablePartitionStore:
    """``StateStore`` view of partition ``partition`` of Faust table ``table``."""

    def __init__(self, table: Any, partition: int, *, in_stream: bool = True) -> None:
        self.table = table
        self.partition = partition
        self.in_stream = in_stream
        self._prefix = partition_prefix(partition)

    def _key(self, namespace: str, key: str) -> str:
        return f"{self._prefix}{namespace}{SEP}{key}"

    def get(self, namespace: str, key: str) -> str | None:
        value = self.table.data.get(self._key(namespace, key))
        return value if isinstance(value, str) else None

    def put(self, namespace: str, key: str, value: str) -> None:
        full = self._key(namespace, key)
        if self.in_stream:
            self._check_stream()
            self.table[full] = value
            return
        self.table.data[full] = value
        self._track(full)
        self.table.send_changelog(self.partition, full, value)

    def delete(self, namespace: str, key: str) -> None:
        full = self._key(namespace, key)
        if self.in_stream:
            self._check_stream()
            if full in self.table:
                del self.table[full]
            return
        if full in self.table.data:
            del self.table.data[full]
        # A tombstone (raw None value) so compaction forgets the key, as Faust's own deletes do.
        self.table.send_changelog(self.partition, full, None, value_serializer="raw")

    def scan(self, namespace: str, prefix: str = "") -> Iterator[tuple[str, str]]:
        start = f"{self._prefix}{namespace}{SEP}"
        full_prefix = start + prefix
        data = self.table.data
        keys = sorted(k for k in list(data.keys()) if isinstance(k, str) and k.startswith(full_prefix))
        for full in keys:
            value = data.get(full)
            if isinstance(value, str):
                yield full[len(start) :], value

    def _check_stream(self) -> None:
        event = current_event()
        if event is None:
            raise StateError("table state can only change while processing a record of its partition")
        if event.message.partition != self.partition:
            raise StateError(
                f"write to partition {self.partition} while processing partition {event.message.partition}"
            )

    def _track(self, key: str) -> None:
        # Faust's memory store remembers each key's partition to drop revoked partitions after a
        # rebalance; keep that bookkeeping right for keys written outside a stream.
        key_partition = getattr(self.table.data, "_key_partition", None)
        if isinstance(key_partition, dict):
            key_partition[key] = self.partition

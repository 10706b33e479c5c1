"""A :class:`~wirewatch.state.StateStore` over one partition of a Faust table.

The core's state is partitioned like its input: a worker owns some partitions of the events (or
alerts) topic and, co-partitioned with them, the same partitions of the table. A
:class:`TablePartitionStore` is the view of one partition: every key is stored as
``"<partition>\\x1f<namespace>\\x1f<key>"``, so ``scan`` (used by deadline timers) only ever sees the
partition this worker was asked about, even while the table also holds standby copies of others.

Two ways of writing, both changelog-backed (a write is a record on the table's compacted changelog
topic, replayed on restart or when another worker takes the partition over):

- ``in_stream=True`` (the detector): only while processing an event of this view's partition
  (checked), so the records go to the current event's partition. Unbuffered, ``table[key] = value``
  (Faust sends the record). Buffered (below), the local store is updated and the records are
  returned by :meth:`TablePartitionStore.flush` for the caller to send in one go (Faust's per-key
  table machinery costs more than the send). Works with every Faust store, RocksDB included.
- ``in_stream=False`` (the notifier, whose delivery tasks write outside any event): the local
  store is updated and the changelog record is sent to this view's partition explicitly, by a
  :class:`ChangelogWriter` that hands it straight to the Kafka producer (not through Faust's
  table buffer, which can lag seconds behind under load: a delivery record must reach the broker
  within milliseconds of the delivery it records). Needs the in-memory table store
  (``memory://``); the notifier table always uses it.

Coalesced writes: a write kept in the view and applied later costs one changelog record per key,
however often the core rewrote that key meanwhile (the detector rewrites some keys per item, the
notifier a group when it is admitted and again when it is flushed). Reads see the pending writes.
Each key's record takes the place of its *last* write, so the records keep the order of the final
writes (a notifier group marked flushed is recorded after the outbox entry of its notification).

- ``buffered=True`` (with ``in_stream``; the detector's view of one event): every write is kept until
  :meth:`TablePartitionStore.flush`, which the caller runs before the event ends, still inside it,
  and whose records it sends before the event is acknowledged (Faust flushes the producer before
  it commits an offset, so a committed event's records are on the broker). A key whose final value
  is the one the table already holds costs no record: the table's value came from a changelog
  record (an earlier write, or recovery) that already says the same.
- out of stream: writes inside ``with store.transaction():`` (the notifier pipeline's one-commit
  scopes, which never suspend) are kept until the outermost scope exits, then sent (through
  ``ChangelogWriter.write_many``: one producer task for them all).

``scan`` uses a :class:`KeyIndex` (keys per partition and namespace, kept by the writes that go
through this module) so a scan costs O(keys of that namespace in that partition), not O(table). Keys
that arrive by changelog recovery bypass the index, so the worker calls :meth:`KeyIndex.clear` when a
recovery completes and each (partition, namespace) is rebuilt from the table on its next scan.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Protocol

from faust.streams import current_event

from wirewatch.errors import StateError

SEP = "\x1f"


def partition_prefix(partition: int) -> str:
    """The key prefix of one partition's entries."""
    return f"{partition}{SEP}"


class ChangelogWriter(Protocol):
    """Sends changelog records, in order (``value=None``: a tombstone), for out-of-stream writes."""

    def write_many(self, partition: int, records: list[tuple[str, str | None]]) -> None: ...


class KeyIndex:
    """Keys of one table, per ``(partition, namespace)``, built lazily and kept up to date by writes."""

    def __init__(self) -> None:
        self._keys: dict[tuple[int, str], set[str]] = {}

    def clear(self) -> None:
        """Forget everything (after a recovery put keys in the table behind the index's back)."""
        self._keys.clear()

    def keys(self, table: Any, partition: int, namespace: str) -> set[str]:
        """The keys (without prefix) of ``namespace`` in ``partition``, building the entry if needed."""
        entry = self._keys.get((partition, namespace))
        if entry is None:
            start = f"{partition}{SEP}{namespace}{SEP}"
            entry = {
                k[len(start) :] for k in list(table.data.keys()) if isinstance(k, str) and k.startswith(start)
            }
            self._keys[(partition, namespace)] = entry
        return entry

    def added(self, partition: int, namespace: str, key: str) -> None:
        entry = self._keys.get((partition, namespace))
        if entry is not None:
            entry.add(key)

    def removed(self, partition: int, namespace: str, key: str) -> None:
        entry = self._keys.get((partition, namespace))
        if entry is not None:
            entry.discard(key)


class TablePartitionStore:
    """``StateStore`` view of partition ``partition`` of Faust table ``table``."""

    def __init__(
        self,
        table: Any,
        partition: int,
        *,
        in_stream: bool = True,
        index: KeyIndex | None = None,
        writer: ChangelogWriter | None = None,
        buffered: bool = False,
    ) -> None:
        self.table = table
        self.partition = partition
        self.in_stream = in_stream
        self.index = index
        self.writer = writer
        self._prefix = partition_prefix(partition)
        # Full key -> value (None: deleted) of writes not yet applied, in last-write order; None
        # when writes are applied at once.
        self._pending: dict[str, str | None] | None = {} if buffered and in_stream else None
        self._depth = 0  # nesting of transaction()

    def _key(self, namespace: str, key: str) -> str:
        return f"{self._prefix}{namespace}{SEP}{key}"

    def get(self, namespace: str, key: str) -> str | None:
        full = self._key(namespace, key)
        pending = self._pending
        if pending and full in pending:
            return pending[full]
        value = self.table.data.get(full)
        return value if isinstance(value, str) else None

    def put(self, namespace: str, key: str, value: str) -> None:
        full = self._key(namespace, key)
        if self.index is not None:
            self.index.added(self.partition, namespace, key)
        if self.in_stream:
            self._check_stream()
        pending = self._pending
        if pending is not None:
            pending.pop(full, None)  # the record goes where the last write was
            pending[full] = value
            return
        if self.in_stream:
            self.table[full] = value
            return
        self._send({full: value})

    def delete(self, namespace: str, key: str) -> None:
        full = self._key(namespace, key)
        if self.index is not None:
            self.index.removed(self.partition, namespace, key)
        if self.in_stream:
            self._check_stream()
        pending = self._pending
        if pending is not None:
            pending.pop(full, None)
            pending[full] = None
            return
        if self.in_stream:
            if full in self.table:
                del self.table[full]
            return
        self._send({full: None})

    def flush(self) -> list[tuple[str, str | None]]:
        """Apply the pending writes of a ``buffered`` view to the local store; return their records.

        The records (full key, value; ``None``: a tombstone), one per key whose value changed, in
        last-write order, are not sent: the caller must send them to this view's partition of the
        changelog (``ChangelogSender.send``) before the event is acknowledged. Unbuffered: ``[]``.
        """
        pending = self._pending
        if not pending or not self.in_stream:
            return []
        self._check_stream()
        self._pending = {}
        data = self.table.data
        records: list[tuple[str, str | None]] = []
        for full, value in pending.items():
            if value is None:
                if full in data:
                    del data[full]
                    records.append((full, None))
            elif data.get(full) != value:
                data[full] = value
                self._track(full)
                records.append((full, value))
        return records

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Out of stream: keep the writes made inside, send them (a record per key) at the outermost exit."""
        if self.in_stream:
            yield
            return
        if self._depth == 0:
            self._pending = {}
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
            if self._depth == 0:
                pending, self._pending = self._pending, None
                if pending:
                    self._send(pending)

    def _send(self, pending: dict[str, str | None]) -> None:
        """Out of stream: apply ``pending`` to the table's data and send its changelog records."""
        data = self.table.data
        for full, value in pending.items():
            if value is None:
                data.pop(full, None)
            else:
                data[full] = value
                self._track(full)
        if self.writer is not None:
            self.writer.write_many(self.partition, list(pending.items()))
            return
        for full, value in pending.items():
            if value is None:
                # A tombstone (raw None value) so compaction forgets the key, as Faust's own deletes do.
                self.table.send_changelog(self.partition, full, None, value_serializer="raw")
            else:
                self.table.send_changelog(self.partition, full, value)

    def scan(self, namespace: str, prefix: str = "") -> Iterator[tuple[str, str]]:
        start = f"{self._prefix}{namespace}{SEP}"
        data = self.table.data
        if self.index is not None:
            names = sorted(
                k for k in self.index.keys(self.table, self.partition, namespace) if k.startswith(prefix)
            )
        else:
            full_prefix = start + prefix
            names = sorted(
                k[len(start) :] for k in list(data.keys()) if isinstance(k, str) and k.startswith(full_prefix)
            )
        pending = self._pending
        if pending:
            # Keys written but not applied yet (an index already has them; a table scan does not).
            full_prefix = start + prefix
            added = {
                k[len(start) :] for k, v in pending.items() if v is not None and k.startswith(full_prefix)
            }
            if not added.issubset(names):
                names = sorted(added.union(names))
        for name in names:
            full = start + name
            pending = self._pending  # re-read: a transaction may have ended while the caller iterated
            value = pending[full] if pending and full in pending else data.get(full)
            if isinstance(value, str):
                yield name, value

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

"""Table changelog plumbing of the worker: out-of-stream writes, and pausing the active changelogs.

- :class:`DirectChangelogWriter`: the notifier table is written by delivery tasks, outside any
  Faust stream, so its changelog records are produced directly (see :mod:`services.kafka.store`).
- :class:`ChangelogSender`: the detector's records of one event, produced directly too, awaited in
  the stream (Faust's table ``__setitem__`` path costs a buffer hop, futures and callbacks per key),
  to the aiokafka producer itself (:func:`kafka_producer`).
- :func:`pause_active_changelogs`: after recovery, stop the Kafka client fetching the changelog
  partitions of the tables' active partitions (see its docstring for why and when it is safe).
"""

from __future__ import annotations

import asyncio
from json.encoder import encode_basestring_ascii
from typing import Any

import structlog
from aiokafka.structs import RecordMetadata, TopicPartition

log = structlog.get_logger("wirewatch.kafka.worker")

_SETTLE_POLL = 0.05  # seconds between checks that the rebalance is over
_SETTLE_POLLS = 1200  # up to 60 s; a worker that never settles keeps fetching them


def kafka_producer(app: Any) -> Any:
    """The aiokafka producer under the Faust ``app``'s producer, to send records to directly.

    Faust's ``Producer.send`` (its aiokafka driver, neither threaded nor transactional here) looks
    this producer up, fires the app's ``on_produce_message`` signal (only Faust's livecheck listens;
    wirewatch does not use it), converts headers and timestamp and awaits the same
    ``AIOKafkaProducer.send``: 3-6 us a record on top of aiokafka's 28 us (measured against a local
    broker), and the detect agent sends several records per alerting item. The records go to the
    same accumulator, so Faust's producer flush before each commit covers them as before. Raises
    Faust's ``NotReady`` before the producer has started, as ``Producer.send`` does.
    """
    return app.producer._ensure_producer()


def encode_record(key: str, value: str | None) -> tuple[bytes, bytes | None]:
    """A table record as Faust's JSON table codec writes it (same bytes, so compaction sees one key)."""
    # json.dumps(s) of a str returns exactly encode_basestring_ascii(s), after checking its keyword
    # defaults: this is half the cost, on every changelog record.
    dump = encode_basestring_ascii
    return dump(key).encode("ascii"), None if value is None else dump(value).encode("ascii")


class ChangelogSender:
    """In-stream changelog records of one table, handed to the app's producer before the event ends.

    :meth:`send` returns once every record is in the producer's accumulator, in order; Faust flushes
    the producer before it commits the event's offset, so a committed event's records are on the
    broker (as with ``table[key] = value``). As Faust's own changelog callback does, the offset of
    each acknowledged batch is recorded in the store (``set_persisted_offset``: RocksDB keeps it so
    a restart replays only the records after it; the memory store ignores it).
    """

    def __init__(self, app: Any, table: Any) -> None:
        self.app = app
        self.table = table

    async def send(self, partition: int, records: list[tuple[str, str | None]]) -> None:
        """Enqueue ``records`` (key, value; ``None``: tombstone) for ``partition``, in order."""
        if not records:
            return
        topic = self.table.changelog_topic.get_topic_name()
        send = kafka_producer(self.app).send
        fut: Any = None
        for key, value in records:
            key_bytes, value_bytes = encode_record(key, value)
            fut = await send(topic, value_bytes, key=key_bytes, partition=partition)
        # Offsets are acknowledged in order within a partition: the last record's covers the rest.
        fut.add_done_callback(self._sent)

    def _sent(self, fut: asyncio.Future[RecordMetadata]) -> None:
        if fut.cancelled():
            return
        exc = fut.exception()
        if exc is not None:
            log.error("changelog.write_failed", error=repr(exc))
            return
        metadata = fut.result()
        self.table.data.set_persisted_offset(metadata.topic_partition, metadata.offset)


class DirectChangelogWriter:
    """Out-of-stream table writes, produced at once by the app's producer (see :mod:`.store`).

    Records are serialised like Faust's own changelog records (JSON key and value; ``None`` is a
    tombstone), so recovery reads them back. Each call is one task that enqueues its records in the
    producer's accumulator in order, so records keep the order of the writes, and Faust's commit
    (which flushes the producer) covers them.
    """

    def __init__(self, app: Any, table: Any) -> None:
        self.app = app
        self.table = table
        self._pending: set[asyncio.Task[Any]] = set()

    def write_many(self, partition: int, records: list[tuple[str, str | None]]) -> None:
        """Several records, in order, sent by one task (a task per record costs more than the send)."""
        topic = self.table.changelog_topic.get_topic_name()
        encoded = [encode_record(key, value) for key, value in records]
        task = asyncio.ensure_future(self._send_all(topic, partition, encoded))
        self._pending.add(task)
        task.add_done_callback(self._done)

    async def _send_all(self, topic: str, partition: int, records: list[tuple[bytes, bytes | None]]) -> None:
        send = self.app.producer.send
        for key_bytes, value_bytes in records:
            try:
                await send(topic, key_bytes, value_bytes, partition, None, None)
            except Exception as exc:  # as one task per record would: log it, send the others
                log.error("changelog.write_failed", error=repr(exc))

    def _done(self, task: asyncio.Task[Any]) -> None:
        self._pending.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("changelog.write_failed", error=repr(task.exception()))


async def pause_active_changelogs(app: Any) -> None:
    """Stop the Kafka client fetching the changelog partitions of the tables' active partitions.

    Recovery is over, and Faust reads an active changelog only to recover (standby partitions, of
    other workers' tables, are not touched). Faust "pauses" these partitions in its own
    bookkeeping only, so the aiokafka client keeps fetching them: the first records our own
    table writes put there are fetched and never consumed, and the client then holds back
    every fetch to the broker for its prefetch backoff (0.1 s), once per changelog partition
    after each assignment. Measured with `wirewatch bench e2e`: that was the 0.1-0.3 s latency of
    the first alerts after a start.

    When it is safe: Faust calls the tables' recovery callbacks (where this is scheduled) before
    it checks whether another rebalance began meanwhile, and a pause of a partition that the
    *next* recovery must read would stall that recovery for good. So this waits until Faust
    reports the rebalance over (``app.rebalancing`` false), reads the active partitions, the
    rebalance count and the consumer generation then, and pauses in the consumer thread only if
    the consumer is still in that generation. aiokafka starts every new assignment unpaused, so
    the pause never outlives the assignment it was computed for.

    The generation is the check that holds. ``app.rebalancing`` alone is not: when a rebalance
    starts while Faust is finishing the previous recovery, that recovery's end sets it false
    *after* the new rebalance set it true, so it reads false while the new assignment recovers
    (seen in CI: a failover's recovery waited for changelog records that never came). The
    coordinator takes its new generation before it installs the new assignment, both in the
    consumer thread, where :func:`pause` runs without awaiting; so the assignment it pauses in
    is the one the partitions were read for.

    Never raises (an optimisation: without it the worker is only slower); a failure is logged.
    """
    try:
        for _ in range(_SETTLE_POLLS):
            if not app.rebalancing:
                break
            await asyncio.sleep(_SETTLE_POLL)
        else:
            return
        count = app.rebalancing_count
        generation = app.consumer_generation_id
        changelogs = set(app.tables.changelog_topics)
        tps = [
            TopicPartition(tp.topic, tp.partition)
            for tp in app.assignor.assigned_actives()
            if tp.topic in changelogs
        ]
        if not tps:
            return
        thread: Any = app.consumer._thread
        client = thread._ensure_consumer()  # the aiokafka consumer, owned by Faust's thread

        async def pause() -> None:
            # Runs in the consumer thread without awaiting, so no assignment can change under it.
            if app.rebalancing or app.rebalancing_count != count or app.in_recovery:
                return
            if client._coordinator.generation != generation:
                return
            assigned = client.assignment()
            client.pause(*[tp for tp in tps if tp in assigned])

        await thread.call_thread(pause)
    except Exception as exc:
        log.warning("worker.changelog_pause_failed", error=repr(exc))

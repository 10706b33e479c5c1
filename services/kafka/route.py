"""The worker's route stage: a plain aiokafka consumer loop on ``wire.items`` (no Faust stream).

Routing is stateless (decode -> match -> triage -> produce), so it needs none of Faust's per-message
machinery, which cost about 0.3 ms per item (several asyncio tasks per consumed message) against
0.07 ms of actual work. :class:`RouteConsumer` runs inside the worker process, started and stopped
with the Faust app, in its **own consumer group** ``<WIREWATCH_KAFKA_CONSUMER_GROUP>-route``: it must
not join the Faust group, whose partition assignor is different.

The loop: ``getmany`` a batch -> ``handle`` each record (decode/match/triage:
:meth:`services.kafka.routing.ItemRouter.route`, which returns the records to produce: to
``wirewatch.events`` keyed by event key, or to ``wire.items.dlq``) -> send them all without awaiting
each -> await every ack -> the batch's offsets are owed a commit -> commit what is owed at most once
every ``commit_interval`` seconds (``WIREWATCH_KAFKA_ROUTE_COMMIT_INTERVAL``, 1 s). A batch
acknowledged when the last commit is older than that is committed at once; a loop with nothing more
to read still commits what it owes within one interval and one poll (``poll_ms``). Why spaced: at a
trickle a batch is one or two records, so a commit per batch was a broker round trip per item that
the loop waited for before it fetched the next one (in the latency of the items behind it).

Delivery contract: **at least once**. An offset is committed only after every record produced for
it (and for all records before it) was acknowledged by the broker (``acks=all``). A crash sends
again what was acknowledged but not yet committed (up to ``commit_interval`` of items); so do a
failed produce (the batch is read again from its first offset after a back-off) and a commit
refused because the group rebalanced meanwhile. The detector ignores an item it has seen (same uri
and version), so no alert is sent twice.

On a rebalance, :meth:`_Listener.on_partitions_revoked` waits for the batch in flight and commits
every acknowledged offset owed before the partitions are given up (the group generation is still
valid during the callback); :meth:`RouteConsumer.stop` commits them too before leaving the group. A
batch that ``getmany`` returns after a rebalance began is not handled: its records were not
committed, so a partition that moved is read again by its new owner, and one this consumer kept is
sought back to the batch's first offset (``getmany`` had already moved past it).

On first start the route group has no offsets; where the Faust group still holds committed offsets
on ``wire.items`` (a worker upgraded from the Faust ``route`` agent), the loop starts there instead
of at the beginning of the topic.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable, Mapping
from typing import Any, NamedTuple

import structlog
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRebalanceListener
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.errors import ConsumerStoppedError, KafkaError
from aiokafka.structs import OffsetAndMetadata, TopicPartition

from services.kafka.config import client_kwargs
from wirewatch.settings import Settings

log = structlog.get_logger("wirewatch.kafka.route")

ROUTE_GROUP_SUFFIX = "-route"
_RETRY_AFTER = 1.0  # seconds before a batch whose produce failed is read again


def route_group(settings: Settings) -> str:
    """The consumer group of the route stage: ``<WIREWATCH_KAFKA_CONSUMER_GROUP>-route``."""
    return settings.kafka_consumer_group + ROUTE_GROUP_SUFFIX


class Outgoing(NamedTuple):
    """One record the route stage produces for a consumed one."""

    topic: str
    key: bytes | None
    value: bytes
    headers: list[tuple[str, bytes]] | None = None


Handler = Callable[[Any], Iterable[Outgoing]]


class _Listener(ConsumerRebalanceListener):  # type: ignore[misc]
    def __init__(self, route: RouteConsumer) -> None:
        self.route = route

    async def on_partitions_revoked(self, revoked: Any) -> None:
        await self.route._revoked(set(revoked))

    async def on_partitions_assigned(self, assigned: Any) -> None:
        await self.route._assigned(set(assigned))


class RouteConsumer:
    """Consumes ``settings.kafka_topic_items`` in batches and produces what ``handle`` returns.

    ``handle(record)`` gets an aiokafka ``ConsumerRecord`` and must not raise for a bad record (it
    returns a dead-letter record instead); it is synchronous, so a batch is processed in one step.
    ``on_failure(exc)`` is called if the loop stops on an error it cannot retry (the worker then
    stops: a worker that no longer routes must not look alive). ``after_batch()`` is called once
    every record of a batch was handled (before the acks are awaited): for bookkeeping done per
    batch rather than per record, such as :meth:`services.kafka.routing.ItemRouter.flush_counts`.
    """

    def __init__(
        self,
        settings: Settings,
        handle: Handler,
        *,
        max_records: int = 1000,
        poll_ms: int = 50,
        commit_interval: float | None = None,
        on_failure: Callable[[BaseException], object] | None = None,
        after_batch: Callable[[], object] | None = None,
    ) -> None:
        self.settings = settings
        self.handle = handle
        self.on_failure = on_failure
        self.after_batch = after_batch
        self.group = route_group(settings)
        self.max_records = max_records
        self.poll_ms = poll_ms
        self.commit_interval = (
            settings.kafka_route_commit_interval if commit_interval is None else commit_interval
        )
        self.assigned: set[int] = set()
        self._joined = False
        self._rebalancing = False
        self._generation = 0  # bumped on each revocation: a batch returned across it is read again
        self._busy = asyncio.Lock()
        self._stopping = False
        self._task: asyncio.Task[None] | None = None
        self._committed: dict[TopicPartition, int] = {}
        self._acked: dict[TopicPartition, int] = {}  # acknowledged offsets owed a commit
        self._commit_at = 0.0  # loop time when the next commit is due (set by start)
        self._legacy: dict[TopicPartition, int] = {}
        self._consumer: Any = None
        self._producer: Any = None

    # --- lifecycle --------------------------------------------------------------------------------
    async def start(self) -> None:
        """Connect the producer and the consumer, subscribe, and start the loop (returns at once)."""
        s = self.settings
        kwargs = client_kwargs(s)
        self._legacy = await self._legacy_offsets(kwargs)
        self._producer = AIOKafkaProducer(
            **kwargs, acks="all", linger_ms=s.kafka_producer_linger_ms, client_id=f"{self.group}-producer"
        )
        await self._producer.start()
        self._consumer = AIOKafkaConsumer(
            **kwargs,
            group_id=self.group,
            client_id=f"{self.group}-consumer",
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            session_timeout_ms=int(s.kafka_session_timeout * 1000),
            heartbeat_interval_ms=int(s.kafka_heartbeat_interval * 1000),
            rebalance_timeout_ms=int(max(s.kafka_session_timeout, 10.0) * 1000),
        )
        self._consumer.subscribe([s.kafka_topic_items], listener=_Listener(self))
        await self._consumer.start()
        self._commit_at = asyncio.get_running_loop().time() + self.commit_interval
        self._task = asyncio.create_task(self._run(), name="wirewatch.route")
        self._task.add_done_callback(self._finished)
        log.info("route.started", group=self.group, topic=s.kafka_topic_items)

    async def stop(self) -> None:
        """Finish the batch in flight (produced, acknowledged, committed), then leave the group."""
        self._stopping = True
        if self._task is not None:
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None
        if self._consumer is not None:
            await self._consumer.stop()
        if self._producer is not None:
            await self._producer.stop()
        self._joined = False

    def _finished(self, task: asyncio.Task[None]) -> None:
        if task.cancelled() or task.exception() is None:
            return
        exc = task.exception()
        assert exc is not None
        log.error("route.failed", error=repr(exc), exc_info=exc)
        if self.on_failure is not None:
            self.on_failure(exc)

    def readiness(self) -> tuple[bool, str]:
        """Ready once the loop runs and the group gave it an assignment (possibly empty)."""
        if self._task is None or self._task.done():
            return False, "route consumer not running"
        if not self._joined or self._rebalancing:
            return False, "route consumer rebalancing"
        return True, ""

    async def lag(self) -> dict[TopicPartition, int]:
        """Records not yet committed per assigned ``wire.items`` partition (for the lag gauge)."""
        if self._consumer is None:
            return {}
        tps = list(self._consumer.assignment())
        if not tps:
            return {}
        ends: Mapping[TopicPartition, int] = await self._consumer.end_offsets(tps)
        out: dict[TopicPartition, int] = {}
        for tp in tps:
            done = self._committed.get(tp)
            if done is None:
                done = await self._consumer.committed(tp)
            if done is None:
                done = await self._consumer.position(tp)
            out[tp] = max(0, ends[tp] - (done or 0))
        return out

    # --- the loop ---------------------------------------------------------------------------------
    async def _run(self) -> None:
        consumer = self._consumer
        loop = asyncio.get_running_loop()
        while not self._stopping:
            generation = self._generation
            try:
                batch = await consumer.getmany(timeout_ms=self.poll_ms, max_records=self.max_records)
            except ConsumerStoppedError:
                return
            if not batch and not self._acked:
                continue  # quiet, nothing owed: the cheap path of an idle worker
            failed = False
            async with self._busy:
                if batch and generation == self._generation:
                    try:
                        await self._process(batch)
                    except KafkaError as exc:
                        failed = True
                        log.error("route.produce_failed", error=repr(exc), retry_in=_RETRY_AFTER)
                        self._rewind(batch)
                elif batch:
                    # A rebalance happened while getmany waited: the batch is not handled under the
                    # old assignment. getmany has already moved past it, so each partition this
                    # consumer still owns is read again from the batch's first offset (without the
                    # seek a partition kept across the rebalance skipped these records for good);
                    # a partition that moved is read by its new owner from the committed offset.
                    self._rewind(batch)
                    log.info("route.batch_after_rebalance", partitions=sorted(tp.partition for tp in batch))
                if self._acked and loop.time() >= self._commit_at:
                    await self._commit()
            if failed:
                await asyncio.sleep(_RETRY_AFTER)
        async with self._busy:  # stopping: the acknowledged offsets are committed before leaving
            if self._acked:
                await self._commit()

    async def _process(self, batch: Mapping[TopicPartition, list[Any]]) -> None:
        """Handle every record of ``batch``, send what ``handle`` returns and wait for every ack;
        then the batch's offsets are owed a commit. Raises the first failed produce's error."""
        send = self._producer.send
        acks = []
        offsets: dict[TopicPartition, int] = {}
        for tp, records in batch.items():
            for record in records:
                for out in self.handle(record):
                    # send() only enqueues the record; the acks are awaited together below.
                    acks.append(await send(out.topic, out.value, key=out.key, headers=out.headers))
            offsets[tp] = records[-1].offset + 1
        if self.after_batch is not None:
            self.after_batch()
        if acks:
            await asyncio.gather(*acks)
        self._acked.update(offsets)

    def _rewind(self, batch: Mapping[TopicPartition, list[Any]]) -> None:
        """Read ``batch`` again from its first offset on each partition still assigned (after a failed
        produce, or for a batch returned across a rebalance)."""
        assignment = self._consumer.assignment()
        for tp, records in batch.items():
            if tp in assignment:
                self._consumer.seek(tp, records[0].offset)

    async def _commit(self) -> None:
        """Commit the acknowledged offsets owed a commit. A failed commit is logged, not raised: the
        offsets stay owed, for the next commit or the revocation (a refused commit means the group is
        rebalancing, and a revocation drops what is owed for the partitions it takes away: whoever
        owns them next reads those records again)."""
        self._commit_at = asyncio.get_running_loop().time() + self.commit_interval
        owed = self._acked
        try:
            await self._consumer.commit({tp: OffsetAndMetadata(offset, "") for tp, offset in owed.items()})
        except KafkaError as exc:  # CommitFailedError included
            log.warning("route.commit_failed", error=repr(exc))
            return
        self._committed.update(owed)
        self._acked = {}

    # --- rebalances -------------------------------------------------------------------------------
    async def _revoked(self, revoked: set[TopicPartition]) -> None:
        self._rebalancing = True
        self._generation += 1
        # The batch in flight is acknowledged (the loop holds the lock until then), and everything
        # owed is committed, before the partitions go.
        async with self._busy:
            if self._acked:
                await self._commit()
            for tp in revoked:
                self._committed.pop(tp, None)
                self._acked.pop(tp, None)

    async def _assigned(self, assigned: set[TopicPartition]) -> None:
        for tp in sorted(assigned):
            offset = self._legacy.get(tp)
            if offset is not None and await self._consumer.committed(tp) is None:
                self._consumer.seek(tp, offset)
                log.info("route.resumed_from_faust_group", partition=tp.partition, offset=offset)
        self.assigned = {tp.partition for tp in assigned}
        self._joined = True
        self._rebalancing = False
        log.info("route.assigned", items=sorted(self.assigned))

    async def _legacy_offsets(self, kwargs: dict[str, Any]) -> dict[TopicPartition, int]:
        """The Faust group's committed ``wire.items`` offsets (where an older worker left off)."""
        admin = AIOKafkaAdminClient(**kwargs)
        try:
            await admin.start()
            offsets = await admin.list_consumer_group_offsets(self.settings.kafka_consumer_group)
        except Exception as exc:  # only a better starting point; without it: the committed or earliest
            log.warning("route.legacy_offsets_failed", error=repr(exc))
            return {}
        finally:
            await admin.close()
        topic = self.settings.kafka_topic_items
        return {tp: meta.offset for tp, meta in offsets.items() if tp.topic == topic and meta.offset >= 0}

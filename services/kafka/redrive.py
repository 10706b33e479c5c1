"""The Kafka runtime's two dead-letter topics, and how their records are sent again.

Items: list ``wire.items.dlq`` and re-drive it into ``wire.items``.

A record lands in ``wire.items.dlq`` when it did not decode or a rule failed on it (see
:mod:`services.kafka.codec` for the headers). Once the cause is fixed - a producer corrected, a
rule repaired and reloaded - an operator re-drives the dead letters:

- :func:`list_dead_letters` reads the topic from the beginning to its end at the time of the call,
  with no consumer group: looking commits nothing.
- :func:`redrive` consumes with its own consumer group (``<group>-redrive``), so each dead letter is
  re-driven once even across several runs. It reads up to the end offsets taken when it starts,
  produces every record's bytes (and key) to ``wire.items`` with ``acks=all`` and idempotence, and
  commits each partition's position only after the broker acknowledged every record before it:
  at least once. A record re-driven twice (a crash between the ack and the commit) is harmless,
  since the detector ignores an item it has seen (same uri and version). A record that still fails
  returns to the dead-letter topic with its reason, so nothing is lost either way.

The re-driven record carries ``wirewatch-redriven-from: <topic>/<partition>/<offset>`` so a log or
an audit can tell it from a first delivery.

Notifications: :func:`replay_notifications` (``wirewatch dlq replay --kafka``) is the topic twin of
:func:`alerts.dlq.replay_dead_letters`. It reads ``wirewatch.notifications.dlq`` with the group
``<group>-dlq-replay`` up to the end taken at start, and hands each record to
:meth:`alerts.delivery.Dispatcher.deliver` with the normal retry policy and the integration of the
same name in the *current* routing configuration. A record that fails again is dead-lettered again
(a new record, with the new reason, that the next run picks up); one whose integration no longer
exists is written back unchanged. Each record's offset is committed once it is handled (delivered,
or acknowledged back on the topic), so a run that dies re-sends at most the record in flight.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import httpx
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.errors import KafkaError
from aiokafka.structs import TopicPartition

from alerts.deadletter import DeadLetterRecord
from alerts.delivery import Dispatcher
from alerts.dlq import ReplayResult
from alerts.factory import delivery_limits, load_config, retry_policy
from services.kafka.config import client_kwargs
from wirewatch.errors import WirewatchError
from wirewatch.metrics import Metrics
from wirewatch.settings import Settings
from wirewatch.state import MemoryStore

_BATCH = 500
_FETCH_TIMEOUT_MS = 1000
REDRIVEN_HEADER = "wirewatch-redriven-from"


@dataclass(frozen=True)
class DeadLetter:
    """One ``wire.items.dlq`` record and the reason it was dead-lettered."""

    partition: int
    offset: int
    timestamp: datetime | None
    key: bytes | None
    value: bytes
    field: str
    reason: str
    origin: str  # source topic/partition/offset, or the producer that refused it

    @property
    def preview(self) -> str:
        """The first 80 characters of the record, decoded leniently, on one line."""
        text = self.value[:240].decode("utf-8", "replace")
        return " ".join(text.split())[:80]


@dataclass(frozen=True)
class RedriveResult:
    """What :func:`redrive` did: records produced to ``wire.items`` (acknowledged and committed)."""

    redriven: int
    partitions: int


def redrive_group(settings: Settings) -> str:
    """The consumer group that remembers how far re-driving has gone."""
    return f"{settings.kafka_consumer_group}-redrive"


def _header(headers: Sequence[tuple[str, bytes]], name: str) -> str:
    for key, value in headers:
        if key == name:
            return value.decode("utf-8", "replace")
    return ""


def _dead_letter(record: object) -> DeadLetter:
    headers = list(getattr(record, "headers", None) or ())
    topic = _header(headers, "wirewatch-source-topic")
    if topic:
        origin = (
            f"{topic}/{_header(headers, 'wirewatch-source-partition')}"
            f"/{_header(headers, 'wirewatch-source-offset')}"
        )
    else:
        origin = _header(headers, "wirewatch-origin") or _header(headers, "wirewatch-source") or "?"
    stamp = getattr(record, "timestamp", None)
    return DeadLetter(
        partition=int(getattr(record, "partition", 0)),
        offset=int(getattr(record, "offset", 0)),
        timestamp=datetime.fromtimestamp(stamp / 1000, UTC) if stamp else None,
        key=getattr(record, "key", None),
        value=getattr(record, "value", None) or b"",
        field=_header(headers, "wirewatch-error-field"),
        reason=_header(headers, "wirewatch-error-reason"),
        origin=origin,
    )


async def _read_until_end(
    consumer: AIOKafkaConsumer, ends: dict[TopicPartition, int], limit: int | None
) -> list[tuple[TopicPartition, object]]:
    """Records from the consumer's positions up to ``ends`` (at most ``limit``), in partition order."""
    out: list[tuple[TopicPartition, object]] = []
    while True:
        pending = {tp for tp, end in ends.items() if await consumer.position(tp) < end}
        if not pending or (limit is not None and len(out) >= limit):
            return out[:limit] if limit is not None else out
        batches = await consumer.getmany(*pending, timeout_ms=_FETCH_TIMEOUT_MS, max_records=_BATCH)
        for tp, records in batches.items():
            out.extend((tp, r) for r in records if r.offset < ends[tp])


async def _partitions(settings: Settings, topic: str) -> list[TopicPartition]:
    """The partitions of ``topic`` (asked of the cluster, so a topic just created is seen)."""
    admin = AIOKafkaAdminClient(**client_kwargs(settings), client_id="wirewatch-redrive")
    try:
        await admin.start()
        described = await admin.describe_topics([topic])
    finally:
        await admin.close()
    entry = next((e for e in described if e.get("topic") == topic), None)
    if entry is None or entry.get("error_code", 0) != 0 or not entry.get("partitions"):
        raise WirewatchError(f"topic {topic} does not exist")
    return [
        TopicPartition(topic, int(p["partition"]))
        for p in sorted(entry["partitions"], key=lambda p: p["partition"])
    ]


async def _read_all(settings: Settings, topic: str, limit: int | None) -> list[tuple[TopicPartition, object]]:
    """``topic`` from the beginning to its end at the time of the call, with no group."""
    consumer = AIOKafkaConsumer(**client_kwargs(settings), enable_auto_commit=False, group_id=None)
    try:
        await consumer.start()
        tps = await _partitions(settings, topic)
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        return await _read_until_end(consumer, await consumer.end_offsets(tps), limit)
    except KafkaError as exc:
        raise WirewatchError(f"cannot read {topic}: {exc!r}") from exc
    finally:
        await consumer.stop()


async def list_dead_letters(settings: Settings, *, limit: int | None = None) -> list[DeadLetter]:
    """Every record of the items dead-letter topic, oldest first per partition (nothing committed)."""
    return [_dead_letter(r) for _tp, r in await _read_all(settings, settings.kafka_topic_items_dlq, limit)]


async def list_notification_dead_letters(
    settings: Settings, *, limit: int | None = None
) -> tuple[list[DeadLetterRecord], list[str]]:
    """The records of the notifications dead-letter topic, and a problem line per unreadable one."""
    topic = settings.kafka_topic_notifications_dlq
    records: list[DeadLetterRecord] = []
    problems: list[str] = []
    for tp, raw in await _read_all(settings, topic, limit):
        try:
            records.append(_notification_record(raw))
        except (ValueError, KeyError, TypeError) as exc:
            problems.append(f"{topic}/{tp.partition}/{getattr(raw, 'offset', '?')}: unreadable record: {exc}")
    return records, problems


def _notification_record(raw: object) -> DeadLetterRecord:
    return DeadLetterRecord.from_json(json.loads(getattr(raw, "value", b"") or b""))


async def redrive(settings: Settings, *, limit: int | None = None, dry_run: bool = False) -> RedriveResult:
    """Produce the dead letters not re-driven before into ``wire.items``; see the module docs."""
    source = settings.kafka_topic_items_dlq
    producer = AIOKafkaProducer(**client_kwargs(settings), acks="all", enable_idempotence=True, linger_ms=5)
    consumer: AIOKafkaConsumer | None = None
    try:
        consumer, tps = await _open_group(settings, source, redrive_group(settings))
        await producer.start()
        ends = await consumer.end_offsets(tps)
        records = await _read_until_end(consumer, ends, limit)
        if dry_run:
            return RedriveResult(redriven=len(records), partitions=len({tp for tp, _ in records}))
        futures = []
        positions: dict[TopicPartition, int] = {}
        for tp, record in records:
            letter = _dead_letter(record)
            origin = f"{source}/{letter.partition}/{letter.offset}".encode()
            futures.append(
                await producer.send(
                    settings.kafka_topic_items,
                    letter.value,
                    key=letter.key,
                    headers=[(REDRIVEN_HEADER, origin)],
                )
            )
            positions[tp] = letter.offset + 1
        await asyncio.gather(*futures)  # every record acknowledged before any position is committed
        if positions:
            await consumer.commit(positions)
        return RedriveResult(redriven=len(records), partitions=len(positions))
    except KafkaError as exc:
        raise WirewatchError(f"re-driving {source} failed: {exc!r}") from exc
    finally:
        await producer.stop()
        if consumer is not None:
            await consumer.stop()


class TopicDeadLetter:
    """A dead-letter sink that appends to the notifications DLQ topic and waits for the ack."""

    def __init__(self, producer: AIOKafkaProducer, topic: str) -> None:
        self._producer = producer
        self._topic = topic

    async def put(self, record: DeadLetterRecord) -> None:
        value = json.dumps(record.to_json(), ensure_ascii=False).encode("utf-8")
        await (await self._producer.send(self._topic, value, key=record.notification.id.encode("utf-8")))


async def _open_group(
    settings: Settings, topic: str, group: str
) -> tuple[AIOKafkaConsumer, list[TopicPartition]]:
    """A started consumer of ``group`` assigned every partition of ``topic`` at its committed position."""
    consumer = AIOKafkaConsumer(
        **client_kwargs(settings), group_id=group, enable_auto_commit=False, auto_offset_reset="earliest"
    )
    await consumer.start()
    try:
        tps = await _partitions(settings, topic)
        consumer.assign(tps)
        for tp in tps:  # the group's committed position, else the beginning
            committed = await consumer.committed(tp)
            if committed is None:
                await consumer.seek_to_beginning(tp)
            else:
                consumer.seek(tp, committed)
    except BaseException:
        await consumer.stop()
        raise
    return consumer, tps


async def replay_notifications(
    settings: Settings,
    metrics: Metrics,
    *,
    dry_run: bool = False,
    client: httpx.AsyncClient | None = None,
) -> ReplayResult:
    """Send the notifications dead-lettered on Kafka again; see the module docstring."""
    topic = settings.kafka_topic_notifications_dlq
    result = ReplayResult()
    http = client or httpx.AsyncClient(follow_redirects=False, headers={"User-Agent": "wirewatch"})
    producer = AIOKafkaProducer(**client_kwargs(settings), acks="all", enable_idempotence=True)
    consumer: AIOKafkaConsumer | None = None
    try:
        consumer, tps = await _open_group(settings, topic, f"{settings.kafka_consumer_group}-dlq-replay")
        records = await _read_until_end(consumer, await consumer.end_offsets(tps), None)
        if dry_run:
            result.kept = len(records)
            return result
        await producer.start()
        sink = TopicDeadLetter(producer, topic)
        store = MemoryStore()  # deliveries are recorded by committing offsets, not in a store
        config = load_config(settings, store, http, console=False)
        dispatcher = Dispatcher(
            store, metrics, sink, policy=retry_policy(settings), limits=delivery_limits(settings)
        )
        dispatcher.set_integrations({i.name: i for ints in config.integrations.values() for i in ints})
        for tp, raw in records:
            offset = int(getattr(raw, "offset", 0))
            try:
                record = _notification_record(raw)
            except (ValueError, KeyError, TypeError) as exc:
                # Left on the topic for a human; the group moves past it so it does not block the rest.
                result.problems.append(f"{topic}/{tp.partition}/{offset}: unreadable record: {exc}")
            else:
                integration = dispatcher.integration(record.integration)
                if integration is None:
                    await sink.put(record)
                    result.kept += 1
                elif await dispatcher.deliver(record.notification, integration):
                    result.delivered += 1
                else:
                    result.failed += 1
            await consumer.commit({tp: offset + 1})
    except KafkaError as exc:
        raise WirewatchError(f"replaying {topic} failed: {exc!r}") from exc
    finally:
        if consumer is not None:
            await consumer.stop()
        await producer.stop()
        if client is None:
            await http.aclose()
    return result

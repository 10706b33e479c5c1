"""Unit tests of :mod:`services.kafka.changelog`: the in-stream changelog sender, and pausing the
active changelogs after a recovery."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from aiokafka.structs import RecordMetadata, TopicPartition
from faust.exceptions import NotReady
from faust.serializers import codecs

from services.kafka.changelog import ChangelogSender, encode_record, kafka_producer, pause_active_changelogs


class FakeKafkaProducer:
    """aiokafka's producer: records what is sent; each send returns a future the test resolves (the
    broker's ack)."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, bytes | None, bytes | None, int | None]] = []
        self.calls: list[tuple[Any, ...]] = []  # every argument: topic, value, key, partition, ts, headers
        self.futures: list[asyncio.Future[RecordMetadata]] = []

    async def send(
        self,
        topic: str,
        value: bytes | None = None,
        key: bytes | None = None,
        partition: int | None = None,
        timestamp_ms: int | None = None,
        headers: Any = None,
    ) -> asyncio.Future[RecordMetadata]:
        self.sent.append((topic, key, value, partition))
        self.calls.append((topic, value, key, partition, timestamp_ms, headers))
        fut: asyncio.Future[RecordMetadata] = asyncio.get_running_loop().create_future()
        self.futures.append(fut)
        return fut


class FakeProducer:
    """Faust's producer: only the aiokafka producer under it is used; its own send must not be."""

    def __init__(self) -> None:
        self.kafka = FakeKafkaProducer()
        self.sent = self.kafka.sent
        self.futures = self.kafka.futures

    def _ensure_producer(self) -> FakeKafkaProducer:
        return self.kafka

    async def send(self, *args: Any, **kwargs: Any) -> Any:
        raise AssertionError("Faust's Producer.send is bypassed")


class FakeStore:
    """The store's persisted-offset bookkeeping (what RocksDB keeps to replay less on restart)."""

    def __init__(self) -> None:
        self.persisted: dict[int, int] = {}

    def set_persisted_offset(self, tp: TopicPartition, offset: int) -> None:
        self.persisted[tp.partition] = offset


class FakeTopic:
    def get_topic_name(self) -> str:
        return "g-detector-state-changelog"


class FakeTable:
    def __init__(self) -> None:
        self.changelog_topic = FakeTopic()
        self.data = FakeStore()


class FakeApp:
    def __init__(self) -> None:
        self.producer = FakeProducer()


def _metadata(partition: int, offset: int) -> RecordMetadata:
    tp = TopicPartition("g-detector-state-changelog", partition)
    return RecordMetadata(tp.topic, partition, tp, offset, -1, -1, 0)


async def test_sender_enqueues_records_in_order_and_records_the_acked_offset() -> None:
    """send() has every record with the producer, in order, to the given partition, as Faust's JSON
    table codec encodes them (None: a raw tombstone); the last record's ack sets the persisted offset."""
    app, table = FakeApp(), FakeTable()
    sender = ChangelogSender(app, table)
    await sender.send(2, [("2\x1fww.item\x1fé", '{"v": 1}'), ("2\x1fww.text\x1fx", None)])
    json_codec = codecs.get_codec("json")
    assert app.producer.sent == [
        (
            "g-detector-state-changelog",
            json_codec.dumps("2\x1fww.item\x1fé"),
            json_codec.dumps('{"v": 1}'),
            2,
        ),
        ("g-detector-state-changelog", json_codec.dumps("2\x1fww.text\x1fx"), None, 2),
    ]
    assert table.data.persisted == {}  # nothing acknowledged yet
    app.producer.futures[0].set_result(_metadata(2, 40))
    app.producer.futures[1].set_result(_metadata(2, 41))
    await asyncio.sleep(0)  # done callbacks run on the next loop iteration
    assert table.data.persisted == {2: 41}


async def test_sender_sends_nothing_for_no_records_and_survives_a_failed_send() -> None:
    """No records, no send; a failed ack is logged and leaves the persisted offset alone."""
    app, table = FakeApp(), FakeTable()
    sender = ChangelogSender(app, table)
    await sender.send(0, [])
    assert app.producer.sent == []
    await sender.send(0, [("0\x1fns\x1fk", "v")])
    app.producer.futures[0].set_exception(RuntimeError("broker gone"))
    await asyncio.sleep(0)
    assert table.data.persisted == {}


async def test_kafka_producer_gets_what_fausts_producer_send_would_send() -> None:
    """kafka_producer(app).send(topic, value, key=, partition=) reaches the aiokafka producer Faust's
    Producer.send uses, with the same arguments (no timestamp, no headers); before start: NotReady."""
    import faust

    app = faust.App("changelog-unit", broker="kafka://127.0.0.1:9", web_enabled=False)
    with pytest.raises(NotReady):  # as Producer.send raises before the producer started
        kafka_producer(app)
    inner = FakeKafkaProducer()
    producer: Any = app.producer
    producer._producer = inner  # what Producer.on_start sets
    await producer.send("t", b"k", b"v", 1, None, None)  # Faust's way (the worker's before)
    await kafka_producer(app).send("t", b"v", key=b"k", partition=1)
    await producer.send("t", b"k", b"v", None, None, None)  # an alert: the key's partition
    await kafka_producer(app).send("t", b"v", key=b"k")
    assert inner.calls == [("t", b"v", b"k", 1, None, None)] * 2 + [("t", b"v", b"k", None, None, None)] * 2


def test_encoded_records_are_the_bytes_faust_writes() -> None:
    """Keys and values encode exactly as Faust's JSON table codec does, so compaction sees one key."""
    json_codec = codecs.get_codec("json")
    key, value = "3\x1falerts.outbox\x1fn-1\x1fhook", json.dumps({"text": "Grève à Paris"})
    assert encode_record(key, value) == (json_codec.dumps(key), json_codec.dumps(value))
    assert encode_record(key, None) == (json_codec.dumps(key), None)
    awkward = 'quote " backslash \\ tab \t nul \x00 unit \x1f del \x7f emoji \U0001f600 cjk 中'
    assert encode_record(awkward, awkward) == (json_codec.dumps(awkward), json_codec.dumps(awkward))
    assert json.loads(encode_record(awkward, None)[0]) == awkward


class FakeClient:
    """The aiokafka consumer in Faust's thread: its assignment, its coordinator's generation, pauses."""

    def __init__(self, assigned: set[TopicPartition], generation: int) -> None:
        self.assigned = assigned
        self.paused: set[TopicPartition] = set()
        self._coordinator = type("Coordinator", (), {"generation": generation})()

    def assignment(self) -> set[TopicPartition]:
        return set(self.assigned)

    def pause(self, *tps: TopicPartition) -> None:
        self.paused.update(tps)


class FakeThread:
    """Faust's consumer thread: ``call_thread`` runs the coroutine after ``before`` (what the thread
    did meanwhile)."""

    def __init__(self, client: FakeClient, before: Any = None) -> None:
        self.client = client
        self.before = before

    def _ensure_consumer(self) -> FakeClient:
        return self.client

    async def call_thread(self, fn: Any) -> None:
        if self.before is not None:
            self.before()
        await fn()


def pause_app(client: FakeClient, before: Any = None, generation: int = 5) -> Any:
    """A Faust app whose last recovery (generation ``generation``) is over, with actives 0 and 1."""
    changelog = "w-detector-state-changelog"
    actives = [TopicPartition(changelog, 0), TopicPartition(changelog, 1), TopicPartition("w-events", 0)]
    app = type("App", (), {})()
    app.rebalancing = False
    app.rebalancing_count = 3
    app.in_recovery = False
    app.consumer_generation_id = generation
    app.tables = type("Tables", (), {"changelog_topics": {changelog}})()
    app.assignor = type("Assignor", (), {"assigned_actives": staticmethod(lambda: actives)})()
    app.consumer = type("Consumer", (), {"_thread": FakeThread(client, before)})()
    return app


async def test_pause_stops_fetching_the_active_changelogs_of_the_recovered_assignment() -> None:
    """After a recovery, the active changelog partitions (only those) are paused in the client."""
    changelog = "w-detector-state-changelog"
    client = FakeClient({TopicPartition(changelog, 0), TopicPartition(changelog, 1)}, generation=5)
    await pause_active_changelogs(pause_app(client))
    assert client.paused == {TopicPartition(changelog, 0), TopicPartition(changelog, 1)}


async def test_pause_leaves_a_newer_generations_assignment_alone() -> None:
    """A rebalance that reached the consumer thread first (new generation) is never paused, even when
    Faust's stale end of the previous recovery left ``app.rebalancing`` false."""
    changelog = "w-detector-state-changelog"
    client = FakeClient({TopicPartition(changelog, 0), TopicPartition(changelog, 1)}, generation=5)

    def rejoined() -> None:  # the coordinator joined generation 6 and installed its assignment
        client._coordinator.generation = 6

    await pause_active_changelogs(pause_app(client, before=rejoined))
    assert client.paused == set()


async def test_pause_skips_a_consumer_back_in_recovery() -> None:
    """If a new recovery has begun by the time the thread runs the pause, nothing is paused."""
    changelog = "w-detector-state-changelog"
    client = FakeClient({TopicPartition(changelog, 0)}, generation=5)
    app = pause_app(client)

    def recovering() -> None:
        app.in_recovery = True

    app.consumer._thread.before = recovering
    await pause_active_changelogs(app)
    assert client.paused == set()

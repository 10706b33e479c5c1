"""The route stage's own consumer loop (services.kafka.route): its group, readiness, lag and upgrade path."""

from __future__ import annotations

import asyncio
from typing import Any, NamedTuple

import pytest
from aiokafka import AIOKafkaConsumer
from aiokafka.structs import OffsetAndMetadata, TopicPartition
from faust.types import TP

from services.kafka.health import LagReporter
from services.kafka.route import Outgoing, RouteConsumer, route_group
from services.kafka.topics import ensure_topics
from wirewatch.metrics import Metrics
from wirewatch.settings import Settings


def test_route_group_is_its_own_group_next_to_the_faust_group() -> None:
    """The route consumer joins ``<group>-route``, never the Faust app's group."""
    assert route_group(Settings(kafka_consumer_group="desk")) == "desk-route"


def test_route_consumer_is_not_ready_before_it_runs() -> None:
    """/readyz's route check fails until the loop runs with an assignment."""
    route = RouteConsumer(Settings(), lambda record: [])
    assert route.readiness() == (False, "route consumer not running")


class _Record(NamedTuple):
    offset: int
    value: bytes


class _FakeProducer:
    def __init__(self, calls: list[str]) -> None:
        self.calls = calls

    async def send(
        self, topic: str, value: bytes, *, key: bytes | None, headers: Any
    ) -> asyncio.Future[None]:
        self.calls.append(f"send {value.decode()}")
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        done.set_result(None)
        return done


class _FakeConsumer:
    def __init__(self, calls: list[str]) -> None:
        self.calls = calls

    async def commit(self, offsets: dict[TopicPartition, OffsetAndMetadata]) -> None:
        self.calls.append(f"commit {sorted(m.offset for m in offsets.values())}")


async def test_after_batch_runs_once_per_batch_after_every_record_was_handled() -> None:
    """``after_batch`` is called once per batch, after the last record was handled and before commit."""
    calls: list[str] = []

    def handle(record: Any) -> list[Outgoing]:
        calls.append(f"handle {record.offset}")
        return [Outgoing("events", None, record.value)]

    route = RouteConsumer(Settings(), handle, after_batch=lambda: calls.append("after_batch"))
    route._producer = _FakeProducer(calls)
    route._consumer = _FakeConsumer(calls)
    batch = {TopicPartition("items", 0): [_Record(3, b"a"), _Record(4, b"b")]}
    await route._process(batch)
    assert calls == ["handle 3", "send a", "handle 4", "send b", "after_batch", "commit [5]"]


class _Consumer:
    def assignment(self) -> set[TP]:
        return set()


class _App:
    consumer = _Consumer()


async def test_lag_gauge_carries_the_route_consumers_partitions() -> None:
    """wire.items lag comes from the route consumer (``extra``), beside the Faust app's partitions."""

    async def route_lag() -> dict[Any, int]:
        return {TopicPartition("items", 0): 7, TopicPartition("items", 1): 0}

    metrics = Metrics()
    reporter = LagReporter(_App(), metrics, ["events"], extra=route_lag)
    await reporter.update()
    value = metrics.registry.get_sample_value
    assert value("wirewatch_kafka_consumer_lag", {"topic": "items", "partition": "0"}) == 7
    assert value("wirewatch_kafka_consumer_lag", {"topic": "items", "partition": "1"}) == 0


@pytest.mark.integration
async def test_upgraded_worker_resumes_where_the_faust_group_left_off(make_env, workers, receiver, kh, items):
    """With no offsets of its own, the route group starts at the Faust group's committed wire.items
    offsets (a worker upgraded from the Faust route agent), so old items are not routed again."""
    env = make_env(partitions=1)
    uris = [f"urn:test:upgrade-{i}" for i in range(6)]
    await ensure_topics(env.settings())
    await kh.produce(env.bootstrap, env.items, [(u.encode(), items(u)) for u in uris])
    # What an older worker (route as a Faust agent) left behind: the first 4 items committed.
    committer = AIOKafkaConsumer(
        bootstrap_servers=env.bootstrap, group_id=env.group, enable_auto_commit=False
    )
    await committer.start()
    try:
        tp = TopicPartition(env.items, 0)
        committer.assign([tp])
        await committer.commit({tp: OffsetAndMetadata(4, "")})
    finally:
        await committer.stop()

    worker = workers("a", env)
    await worker.wait_assigned()
    await kh.wait_until(lambda: len(set(receiver.alert_ids())) >= 2, 60, "the alerts of the 2 new items")
    await kh.wait_drained(env)
    alerted = {uri for _, alert in receiver.alerts() for uri in alert["item_ids"]}
    assert alerted == set(uris[4:])
    assert worker.events("route.resumed_from_faust_group")[0]["offset"] == 4

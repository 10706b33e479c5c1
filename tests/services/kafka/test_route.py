"""The route stage's own consumer loop (services.kafka.route): its group, readiness, lag and upgrade path."""

from __future__ import annotations

import asyncio
from typing import Any, NamedTuple

import pytest
from aiokafka import AIOKafkaConsumer
from aiokafka.errors import CommitFailedError, KafkaTimeoutError
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
    await route._commit()
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


# --- acknowledgements and spaced commits (fakes: no broker) ----------------------------------------
class _HeldProducer:
    """``send`` returns an ack future the test resolves (or fails) itself, one per record sent."""

    def __init__(self) -> None:
        self.acks: list[asyncio.Future[None]] = []

    async def send(
        self, topic: str, value: bytes, *, key: bytes | None, headers: Any
    ) -> asyncio.Future[None]:
        ack: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self.acks.append(ack)
        return ack


class _SeekingConsumer(_FakeConsumer):
    def __init__(self, calls: list[str], assignment: set[TopicPartition]) -> None:
        super().__init__(calls)
        self._assignment = assignment

    def assignment(self) -> set[TopicPartition]:
        return self._assignment

    def seek(self, tp: TopicPartition, offset: int) -> None:
        self.calls.append(f"seek {tp.partition} {offset}")


def _held_route(calls: list[str], *tps: TopicPartition) -> tuple[RouteConsumer, _HeldProducer]:
    route = RouteConsumer(Settings(), lambda record: [Outgoing("events", None, record.value)])
    producer = _HeldProducer()
    route._producer = producer
    route._consumer = _SeekingConsumer(calls, set(tps))
    return route, producer


async def test_a_batch_is_owed_a_commit_only_once_every_record_produced_for_it_was_acknowledged() -> None:
    """Until the last ack of a batch arrives, none of its offsets is owed a commit."""
    p0, p1 = TopicPartition("items", 0), TopicPartition("items", 1)
    route, producer = _held_route([], p0, p1)
    processing = asyncio.create_task(route._process({p0: [_Record(3, b"a")], p1: [_Record(8, b"b")]}))
    await asyncio.sleep(0)
    producer.acks[1].set_result(None)
    await asyncio.sleep(0)
    assert route._acked == {} and not processing.done()
    producer.acks[0].set_result(None)
    await asyncio.wait_for(processing, 5)
    assert route._acked == {p0: 4, p1: 9}


async def test_a_failed_produce_owes_nothing_and_reads_the_batch_again_from_its_first_offsets() -> None:
    """A failed ack leaves the batch's offsets unowed, and each assigned partition of the batch is
    read again from the batch's first offset."""
    calls: list[str] = []
    p0, p1, gone = TopicPartition("items", 0), TopicPartition("items", 1), TopicPartition("items", 2)
    route, producer = _held_route(calls, p0, p1)
    batch = {p0: [_Record(3, b"a"), _Record(4, b"b")], p1: [_Record(10, b"c")], gone: [_Record(1, b"d")]}
    processing = asyncio.create_task(route._process(batch))
    await asyncio.sleep(0)
    producer.acks[0].set_result(None)
    producer.acks[1].set_exception(KafkaTimeoutError())
    with pytest.raises(KafkaTimeoutError):
        await asyncio.wait_for(processing, 5)
    assert route._acked == {}
    route._rewind(batch)
    assert calls == ["seek 0 3", "seek 1 10"]


class _RebalancingConsumer(_SeekingConsumer):
    """``getmany`` returns ``batch`` once, after a rebalance completed while it waited; then stops."""

    def __init__(self, calls: list[str], assignment: set[TopicPartition], route: RouteConsumer) -> None:
        super().__init__(calls, assignment)
        self.route = route
        self.batch: dict[TopicPartition, list[_Record]] = {}

    async def getmany(self, timeout_ms: int, max_records: int) -> dict[TopicPartition, list[_Record]]:
        batch, self.batch = self.batch, {}
        if batch:
            self.route._generation += 1  # what _revoked does while getmany is awaited
        else:
            self.route._stopping = True
        return batch


async def test_a_batch_returned_across_a_rebalance_is_read_again_where_still_owned() -> None:
    """A batch getmany returns after a rebalance began is not handled, and each partition the
    consumer still owns is read again from the batch's first offset (none is skipped for good)."""
    calls: list[str] = []
    kept, moved = TopicPartition("items", 1), TopicPartition("items", 2)
    route, producer = _held_route(calls, kept)
    consumer = _RebalancingConsumer(calls, {kept}, route)
    consumer.batch = {kept: [_Record(7, b"a"), _Record(8, b"b")], moved: [_Record(3, b"c")]}
    route._consumer = consumer
    await asyncio.wait_for(route._run(), 5)
    assert producer.acks == [] and route._acked == {}
    assert calls == ["seek 1 7"]


class _RefusingConsumer(_SeekingConsumer):
    """Its commits fail with ``error`` while it is set."""

    error: Exception | None = None

    async def commit(self, offsets: dict[TopicPartition, OffsetAndMetadata]) -> None:
        if self.error is not None:
            self.calls.append("commit refused")
            raise self.error
        await super().commit(offsets)


async def test_a_failed_commit_keeps_the_offsets_owed_until_one_succeeds() -> None:
    """A commit the broker fails leaves the acknowledged offsets owed: the next commit sends them."""
    calls: list[str] = []
    tp = TopicPartition("items", 0)
    route, producer = _held_route(calls, tp)
    consumer = _RefusingConsumer(calls, {tp})
    consumer.error = KafkaTimeoutError()
    route._consumer = consumer
    processing = asyncio.create_task(route._process({tp: [_Record(7, b"a")]}))
    await asyncio.sleep(0)
    producer.acks[0].set_result(None)
    await asyncio.wait_for(processing, 5)
    await route._commit()
    assert route._acked == {tp: 8} and route._committed == {}
    consumer.error = None
    await route._commit()
    assert route._acked == {} and route._committed == {tp: 8}
    assert calls == ["commit refused", "commit [8]"]


async def test_a_revocation_commits_what_is_owed_and_forgets_what_it_could_not_commit() -> None:
    """On revocation the acknowledged offsets are committed; if the group refuses, they are dropped
    for the revoked partitions (their next owner reads those records again) and kept for the rest."""
    calls: list[str] = []
    p0, p1 = TopicPartition("items", 0), TopicPartition("items", 1)
    route, producer = _held_route(calls, p0, p1)
    consumer = _RefusingConsumer(calls, {p0, p1})
    consumer.error = CommitFailedError()
    route._consumer = consumer

    async def in_flight() -> None:  # what the loop does: a batch is processed holding the lock
        async with route._busy:
            await route._process({p0: [_Record(1, b"a")], p1: [_Record(5, b"b")]})

    processing = asyncio.create_task(in_flight())
    await asyncio.sleep(0)
    revoking = asyncio.create_task(route._revoked({p0}))
    await asyncio.sleep(0)
    assert not revoking.done(), "the revocation did not wait for the batch in flight"
    for ack in producer.acks:
        ack.set_result(None)
    await asyncio.wait_for(asyncio.gather(processing, revoking), 5)
    assert calls == ["commit refused"]
    assert route._acked == {p1: 6}


# --- spaced commits against a real broker ----------------------------------------------------------
def _forward(out_topic: str) -> Any:
    def handle(record: Any) -> list[Outgoing]:
        return [Outgoing(out_topic, record.key, record.value)]

    return handle


class _CountedCommits:
    """Wraps a started consumer's ``commit``, counting the OffsetCommit requests it makes."""

    def __init__(self, route: RouteConsumer) -> None:
        self.calls = 0
        commit = route._consumer.commit

        async def counted(offsets: Any) -> None:
            self.calls += 1
            await commit(offsets)

        route._consumer.commit = counted


async def _trickle(kh: Any, env: Any, values: list[bytes], already: int = 0) -> None:
    """Produce ``values`` one at a time, each once the one before it reached the events topic."""
    for i, value in enumerate(values, start=already + 1):
        await kh.produce(env.bootstrap, env.items, [(value, value)])

        async def forwarded(expect: int = i) -> bool:
            return await kh.committed_lag(env.bootstrap, f"{env.prefix}-nobody", env.events) >= expect

        await _wait_async(forwarded, 60, f"record {i} to be forwarded")


async def _wait_async(predicate: Any, limit: float, what: str) -> None:
    deadline = asyncio.get_running_loop().time() + limit
    while not await predicate():
        if asyncio.get_running_loop().time() > deadline:
            pytest.fail(f"timed out after {limit}s waiting for {what}")
        await asyncio.sleep(0.05)


@pytest.mark.integration
async def test_offsets_wait_for_the_commit_interval_and_are_committed_on_stop(make_env, kh):
    """Within the commit interval, routed and acknowledged records stay uncommitted (no OffsetCommit
    per batch); stop() commits them all, in one request."""
    env = make_env(partitions=1)
    await ensure_topics(env.settings())
    route = RouteConsumer(env.settings(), _forward(env.events), commit_interval=3600.0)
    await route.start()
    commits = _CountedCommits(route)
    values = [f"item-{i}".encode() for i in range(5)]
    try:
        await _trickle(kh, env, values)
        assert await kh.committed_lag(env.bootstrap, env.route_group, env.items) == len(values)
        assert commits.calls == 0
    finally:
        await route.stop()
    assert await kh.committed_lag(env.bootstrap, env.route_group, env.items) == 0
    assert commits.calls == 1


@pytest.mark.integration
async def test_a_quiet_stream_commits_what_it_owes_once_the_interval_passed(make_env, kh):
    """After the last record, with nothing more to read, the loop still commits it (the interval
    passing is enough: no new record, stop or rebalance is needed)."""
    env = make_env(partitions=2)
    await ensure_topics(env.settings())
    route = RouteConsumer(env.settings(), _forward(env.events), commit_interval=0.5)
    await route.start()
    try:
        await _trickle(kh, env, [f"item-{i}".encode() for i in range(3)])

        async def committed() -> bool:
            return await kh.committed_lag(env.bootstrap, env.route_group, env.items) == 0

        await _wait_async(committed, 30, "the last records to be committed")
    finally:
        await route.stop()


@pytest.mark.integration
async def test_acknowledged_records_not_yet_committed_are_read_again_after_a_crash(make_env, kh):
    """A consumer that dies between the acks and the commit loses nothing: the next one reads the
    acknowledged but uncommitted records again (at least once) and then goes on with the new ones."""
    env = make_env(partitions=1)
    await ensure_topics(env.settings())
    first = [f"first-{i}".encode() for i in range(4)]
    later = [f"later-{i}".encode() for i in range(3)]
    crashed = RouteConsumer(env.settings(), _forward(env.events), commit_interval=3600.0)
    await crashed.start()
    await _trickle(kh, env, first)
    # A crash: the loop and the clients end without the flush of stop() (closing a consumer does not
    # revoke its partitions, so nothing is committed on the way out).
    assert crashed._task is not None
    crashed._task.cancel()
    await asyncio.gather(crashed._task, return_exceptions=True)
    crashed._task = None
    await crashed._consumer.stop()
    await crashed._producer.stop()
    assert await kh.committed_lag(env.bootstrap, env.route_group, env.items) == len(first)

    restarted = RouteConsumer(env.settings(), _forward(env.events), commit_interval=3600.0)
    await restarted.start()
    try:
        await _trickle(kh, env, later, already=2 * len(first))
    finally:
        await restarted.stop()
    out = await kh.read_topic(env.bootstrap, env.events, 2 * len(first) + len(later))
    forwarded = [r.value for r in out]
    assert forwarded == first + first + later
    assert await kh.committed_lag(env.bootstrap, env.route_group, env.items) == 0

"""A rebalance of the route group exactly while a route batch is in flight (services.kafka.route).

route.py's contract: "On a rebalance, on_partitions_revoked waits for the batch in flight: it is
produced, acknowledged and committed before the partitions are given up". So a batch whose acks are
outstanding when the revocation begins is committed by its consumer before the new owner reads the
partition: every item is forwarded, and none twice.

The contract is at least once, though: if the batch outlasts the group's rebalance timeout, the
broker completes the rebalance without its consumer, "a commit refused because the group rebalanced
meanwhile sends the same items again". Then nothing is lost, and only that batch is forwarded twice.

Consumer A's producer holds back the broker's acknowledgements (a gate the test opens), so A's first
batch stays in flight while consumer B joins the group and so triggers the rebalance.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from dataclasses import dataclass
from typing import Any

import pytest
from aiokafka import AIOKafkaProducer

import services.kafka.route as route_module
from services.kafka.route import Outgoing, RouteConsumer
from services.kafka.topics import ensure_topics

pytestmark = pytest.mark.integration

ITEMS = 120  # over 2 partitions, 10 per batch: plenty left for both consumers after the rebalance


class _Gate:
    """Holds back the broker's acknowledgements until the test opens it."""

    def __init__(self) -> None:
        self.holding = asyncio.Event()  # a record was sent and its ack is being held
        self.open = asyncio.Event()
        self.held: list[bytes] = []  # the values whose acks were held


def _gated_producer(gate: _Gate) -> type[AIOKafkaProducer]:
    class GatedProducer(AIOKafkaProducer):  # type: ignore[misc]
        """A real producer whose ``send`` futures resolve only once the gate is open."""

        async def send(self, topic: str, value: bytes, *args: Any, **kwargs: Any) -> Any:
            ack = await super().send(topic, value, *args, **kwargs)
            if gate.open.is_set():
                return ack
            gate.held.append(value)
            gate.holding.set()

            async def after_gate() -> Any:
                await gate.open.wait()
                return await ack

            return asyncio.ensure_future(after_gate())

    return GatedProducer


async def _wait_committed(kh: Any, env: Any, limit: float) -> None:
    """Wait until the route group committed every ``items`` record."""
    deadline = asyncio.get_running_loop().time() + limit
    while (lag := await kh.committed_lag(env.bootstrap, env.route_group, env.items)) > 0:
        assert asyncio.get_running_loop().time() < deadline, f"{lag} items left uncommitted"
        await asyncio.sleep(0.2)


def _forward(name: str, out_topic: str) -> Any:
    def handle(record: Any) -> list[Outgoing]:
        return [Outgoing(out_topic, record.key, record.value, [("routed-by", name.encode())])]

    return handle


@dataclass
class _Run:
    """Two route consumers in one group on a 2-partition ``items`` topic holding ``values``."""

    env: Any
    values: list[bytes]
    gate: _Gate
    a: RouteConsumer
    b: RouteConsumer


async def _start_a_with_a_batch_in_flight(make_env: Any, kh: Any, monkeypatch: Any) -> _Run:
    env = make_env(partitions=2)
    settings = env.settings()
    await ensure_topics(settings)
    values = [f"item-{i:03d}".encode() for i in range(ITEMS)]
    await kh.produce(env.bootstrap, env.items, [(v, v) for v in values])
    gate = _Gate()
    monkeypatch.setattr(route_module, "AIOKafkaProducer", _gated_producer(gate))
    a = RouteConsumer(settings, _forward("a", env.events), max_records=10)
    await a.start()
    monkeypatch.undo()  # B's producer is a plain one
    b = RouteConsumer(settings, _forward("b", env.events), max_records=10)
    await asyncio.wait_for(gate.holding.wait(), 60)
    assert a.assigned == {0, 1}
    return _Run(env, values, gate, a, b)


async def _stop(run: _Run, b_started: asyncio.Task[None] | None) -> None:
    run.gate.open.set()  # never leave A's loop (and so its stop()) waiting on the gate
    if b_started is not None:
        await asyncio.gather(b_started, return_exceptions=True)
    await run.b.stop()
    await run.a.stop()


async def _forwarded(run: _Run, kh: Any) -> tuple[Counter[bytes], Counter[bytes]]:
    """How many times each item was forwarded, and by which consumer (its ``routed-by`` header)."""
    env = run.env
    # Everything the topic holds: what a group that never committed has still to read.
    size = await kh.committed_lag(env.bootstrap, f"{env.prefix}-nobody", env.events)
    out = await kh.read_topic(env.bootstrap, env.events, size)
    assert len(out) == size
    return Counter(r.value for r in out), Counter(dict(r.headers)["routed-by"] for r in out)


async def test_a_batch_in_flight_at_revocation_is_committed_before_the_partitions_move(
    make_env, kh, monkeypatch
):
    """Revoked mid-batch, consumer A finishes and commits the batch before B takes over: all items
    are forwarded exactly once, and the revocation waits for the held acknowledgements."""
    run = await _start_a_with_a_batch_in_flight(make_env, kh, monkeypatch)
    a, b = run.a, run.b
    b_started: asyncio.Task[None] | None = None
    try:
        # B joins the group (its start() returns once it has an assignment): A's revocation
        # begins while A's first batch still awaits its acks.
        b_started = asyncio.create_task(b.start())
        await kh.wait_until(
            lambda: a.readiness() == (False, "route consumer rebalancing") or b_started.done(),
            60,
            "A's revocation to begin",
        )
        # The revocation waits on the batch, and the group cannot complete without A's rejoin.
        assert not b_started.done(), "the group rebalanced without waiting for A's batch in flight"
        assert b.assigned == set() and a.assigned == {0, 1}
        held = list(run.gate.held)
        assert held

        run.gate.open.set()
        await asyncio.wait_for(b_started, 60)
        await kh.wait_until(
            lambda: a.readiness() == (True, "") and b.readiness() == (True, ""), 60, "the group to settle"
        )
        assert len(a.assigned) == 1 and len(b.assigned) == 1 and a.assigned != b.assigned
        await _wait_committed(kh, run.env, limit=60)
    finally:
        await _stop(run, b_started)

    forwarded, by = await _forwarded(run, kh)
    assert set(forwarded) == set(run.values), "some item was never forwarded"
    assert [v for v, n in forwarded.items() if n > 1] == [], "some item was forwarded twice"
    assert by[b"a"] >= len(held) and by[b"b"] > 0  # both consumers routed: the partitions did move


async def test_a_batch_outlasting_the_rebalance_timeout_is_forwarded_again_and_only_it(
    make_env, kh, monkeypatch
):
    """When A's batch in flight outlasts the rebalance timeout, the group moves on without A: A's
    commit is refused and the batch's items are forwarded again by B (at least once), no item is
    lost, and no item outside that batch is forwarded twice."""
    run = await _start_a_with_a_batch_in_flight(make_env, kh, monkeypatch)
    a, b = run.a, run.b
    b_started: asyncio.Task[None] | None = None
    try:
        b_started = asyncio.create_task(b.start())
        # Held past the rebalance timeout (route.py: max(session timeout, 10 s)): the broker
        # completes the rebalance without A, and B is given both partitions.
        await asyncio.wait_for(b_started, 60)
        assert b.assigned == {0, 1}
        assert a.readiness() == (False, "route consumer rebalancing")  # still waiting on its batch
        held = list(run.gate.held)
        assert held

        run.gate.open.set()
        await kh.wait_until(
            lambda: a.readiness() == (True, "") and b.readiness() == (True, ""), 60, "the group to settle"
        )
        await _wait_committed(kh, run.env, limit=60)
    finally:
        await _stop(run, b_started)

    forwarded, _ = await _forwarded(run, kh)
    assert set(forwarded) == set(run.values), "some item was never forwarded"
    twice = {v for v, n in forwarded.items() if n > 1}
    assert twice == set(held), "only the batch in flight may be forwarded again"
    assert max(forwarded.values()) == 2


async def test_acknowledged_offsets_owed_a_commit_are_committed_when_the_partitions_are_revoked(make_env, kh):
    """With a commit interval far longer than the test, A routes every item and commits none of
    them; when B joins, A's revocation commits them before the partitions move, so B reads none of
    them again: every item is forwarded exactly once, all by A."""
    env = make_env(partitions=2)
    settings = env.settings()
    await ensure_topics(settings)
    values = [f"item-{i:03d}".encode() for i in range(ITEMS)]
    await kh.produce(env.bootstrap, env.items, [(v, v) for v in values])
    a = RouteConsumer(settings, _forward("a", env.events), max_records=10, commit_interval=3600.0)
    b = RouteConsumer(settings, _forward("b", env.events), max_records=10, commit_interval=3600.0)
    await a.start()
    b_started = False
    try:
        limit = asyncio.get_running_loop().time() + 60
        while await kh.committed_lag(env.bootstrap, f"{env.prefix}-nobody", env.events) < ITEMS:
            assert asyncio.get_running_loop().time() < limit, "A did not forward every item"
            await asyncio.sleep(0.1)
        assert await kh.committed_lag(env.bootstrap, env.route_group, env.items) == ITEMS
        await b.start()
        b_started = True
        await kh.wait_until(
            lambda: a.readiness() == (True, "") and b.readiness() == (True, ""), 60, "the group to settle"
        )
        assert len(a.assigned) == 1 and len(b.assigned) == 1
        assert await kh.committed_lag(env.bootstrap, env.route_group, env.items) == 0
    finally:
        if b_started:
            await b.stop()
        await a.stop()
    forwarded, by = await _forwarded(_Run(env, values, _Gate(), a, b), kh)
    assert forwarded == Counter(values), "an item was lost or forwarded twice"
    assert set(by) == {b"a"}

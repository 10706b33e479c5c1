"""Crash and scale-out against the real broker: SIGKILL mid-stream, and a partition moving to another
worker with its open claims."""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from datetime import UTC, datetime

import pytest
from aiokafka.partitioner import DefaultPartitioner

pytestmark = pytest.mark.integration

N_ITEMS = 1000
EVERY = 10  # every 10th item fires the marker rule: 100 expected alerts
HOLD_AFTER = 25  # alerts the receiver accepts before the SIGKILL
#: the detector table's stores: memory (tests' default) and RocksDB (production's, which also keeps
#: the changelog offset it has applied, so a restart replays only what came after it)
STORES = pytest.mark.parametrize("store", ["memory://", "rocksdb://"])


@STORES
async def test_sigkill_mid_stream_then_restart_delivers_every_alert_once(
    make_env, workers, receiver, kh, items, store
):
    """A worker SIGKILLed in the middle of 1,000 items (with undelivered notifications in its outbox)
    and restarted: every alert arrives, none twice, and the detector's table state (seen items) is
    recovered from the changelog."""
    env = make_env(partitions=2, store=store)
    first = workers("first", env)
    await first.wait_assigned()
    expected = {f"urn:test:kill-{i}" for i in range(N_ITEMS) if i % EVERY == 0}

    async def stream() -> None:
        # 200 items/s in batches, so the kill lands while items are still arriving.
        for start in range(0, N_ITEMS, 20):
            batch = [
                (f"urn:test:kill-{i}".encode(), items(f"urn:test:kill-{i}", marker=i % EVERY == 0))
                for i in range(start, start + 20)
            ]
            await kh.produce(env.bootstrap, env.items, batch)
            await asyncio.sleep(0.1)

    # Kill where every POST the receiver accepted has its delivery record in the changelog: the one
    # window at-least-once delivery cannot close (a crash after a webhook answered and before its
    # delivery record reached the changelog) is documented, not tested; a receiver dedups it by
    # X-Wirewatch-Delivery. Once it has accepted HOLD_AFTER alerts the receiver answers 503, so no
    # POST is accepted from then on, and the worker dies with the rest in its outbox, retrying.
    receiver.hold_after = HOLD_AFTER
    producer = asyncio.create_task(stream())
    await kh.wait_until(lambda: receiver.held_posts > 0, 60, f"a POST held after {HOLD_AFTER} alerts")
    await kh.wait_delivery_records(env, receiver.notification_ids(), 60)
    first.kill()
    delivered_before_kill = len(receiver.alert_ids())
    second = workers("second", env, data="first")  # a restart: the killed worker's local state
    # Released when the restarted worker owns alerts partitions (it delivers from then on), not at
    # once: a POST the killed worker had already written to its socket is read, and held, meanwhile.
    await kh.wait_until(
        lambda: not second.alive() or any(r["alerts"] for r in second.events("worker.assigned")),
        90,
        "the restarted worker to own alerts partitions",
    )
    receiver.release()
    await second.wait_assigned()
    await producer
    await kh.wait_until(lambda: len(set(receiver.alert_ids())) >= len(expected), 120, "every alert")
    await kh.wait_drained(env)

    # Redeliver the first 300 items (as a producer retry would): the restored table knows them.
    replay = [
        (f"urn:test:kill-{i}".encode(), items(f"urn:test:kill-{i}", marker=i % EVERY == 0))
        for i in range(300)
    ]
    await kh.produce(env.bootstrap, env.items, replay)
    await kh.wait_drained(env)
    await asyncio.sleep(1.0)  # deliveries run in the background: give a duplicate the chance to show

    by_item = Counter(a["item_ids"][0] for _, a in receiver.alerts())
    assert set(by_item) == expected
    twice = {uri for uri, n in by_item.items() if n > 1}
    detail = [
        (nid, a["item_ids"][0], a["starts_at"]) for nid, a in receiver.alerts() if a["item_ids"][0] in twice
    ]
    assert not twice, f"delivered more than once: {detail}"
    assert HOLD_AFTER <= delivered_before_kill < len(expected)
    recovered = [r for r in second.events("worker.assigned") if r["events"]]
    assert recovered, "the restarted worker owned no partition"


@STORES
async def test_two_workers_split_partitions_and_failover_keeps_claim_deadlines(
    make_env, workers, receiver, kh, store
):
    """Two workers split the partitions; stopping one moves its partitions, with the open claims in
    them, to the other, whose timer then fires every claim's deadline alert."""
    env = make_env(partitions=4, store=store)
    a = workers("a", env)
    await a.wait_assigned()
    b = workers("b", env)
    await b.wait_assigned()

    def split() -> bool:
        pa, pb = a.assigned_events() or [], b.assigned_events() or []
        return bool(pa) and bool(pb) and sorted(pa + pb) == [0, 1, 2, 3]

    await kh.wait_until(split, 60, "the two workers to split the 4 partitions")
    owned_by_b = set(b.assigned_events() or [])

    parties = ["az", "am", "ru", "tr", "ir", "ge", "ua", "fr"]
    now = datetime.now(UTC).isoformat()
    records = []
    for party in parties:
        uri = f"urn:test:claim-{party}"
        text = f"The quokka accord was announced by XX; party-{party} has not said anything."
        records.append(
            (
                uri.encode(),
                json.dumps({"uri": uri, "headline": "Accord", "text": text, "versioncreated": now}).encode(),
            )
        )
    await kh.produce(env.bootstrap, env.items, records)
    await kh.wait_drained(env)  # every claim is in the table (and its changelog) of its owner

    # Claims are re-keyed by the party awaited; the default partitioner says where each one lives.
    partitioner = DefaultPartitioner()
    homes = {p: partitioner(p.upper().encode(), [0, 1, 2, 3], [0, 1, 2, 3]) for p in parties}
    moved = [p for p, part in homes.items() if part in owned_by_b]
    assert moved, f"no claim lives on worker b's partitions {owned_by_b}: {homes}"
    assert receiver.alert_ids("kafkatest.claim") == [], "a deadline fired before the failover"

    b.stop()  # leaves the group: a takes b's partitions and restores their state from the changelog
    await kh.wait_until(lambda: sorted(a.assigned_events() or []) == [0, 1, 2, 3], 60, "a to own everything")
    await kh.wait_until(
        lambda: len(set(receiver.alert_ids("kafkatest.claim"))) >= len(parties),
        60,
        "every claim's deadline alert",
    )
    await asyncio.sleep(1.0)
    alerts = [alert for _, alert in receiver.alerts() if alert["rule"] == "kafkatest.claim"]
    assert sorted(al["values"]["silent_party"] for al in alerts) == sorted(p.upper() for p in parties)
    assert {al["trigger"] for al in alerts} == {"deadline"}

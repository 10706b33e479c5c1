"""Tests of :mod:`services.kafka.fetchwait`: the Faust consumer's fetch wait, bounded."""

from __future__ import annotations

import uuid
from types import SimpleNamespace
from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from faust.exceptions import ConsumerNotStarted

from services.kafka.fetchwait import FETCH_MAX_WAIT_MS, bound_fetch_wait


def _app(client: Any) -> Any:
    """A Faust app as far as the helper sees it: ``app.consumer._thread._ensure_consumer()``."""

    def ensure() -> Any:
        if isinstance(client, BaseException):
            raise client
        return client

    return SimpleNamespace(consumer=SimpleNamespace(_thread=SimpleNamespace(_ensure_consumer=ensure)))


def test_bounds_the_running_fetcher_and_the_consumer() -> None:
    """The fetcher's wait and the consumer's (for a later fetcher) both become the bound."""
    fetcher = SimpleNamespace(_fetch_max_wait_ms=1500)
    client = SimpleNamespace(_fetch_max_wait_ms=1500, _fetcher=fetcher)
    assert bound_fetch_wait(_app(client)) is True
    assert (client._fetch_max_wait_ms, fetcher._fetch_max_wait_ms) == (FETCH_MAX_WAIT_MS, FETCH_MAX_WAIT_MS)
    assert FETCH_MAX_WAIT_MS == 100
    assert bound_fetch_wait(_app(client), max_wait_ms=50) is True
    assert fetcher._fetch_max_wait_ms == 50


def test_consumer_without_a_fetcher_yet_reports_false() -> None:
    """Before aiokafka's start() there is no fetcher: the consumer keeps the bound, the call says False."""
    client = SimpleNamespace(_fetch_max_wait_ms=1500, _fetcher=None)
    assert bound_fetch_wait(_app(client)) is False
    assert client._fetch_max_wait_ms == FETCH_MAX_WAIT_MS


def test_consumer_not_started_is_reported_not_raised() -> None:
    """Faust's ConsumerNotStarted (or any error) is logged and answered with False."""
    assert bound_fetch_wait(_app(ConsumerNotStarted("not yet"))) is False
    assert bound_fetch_wait(SimpleNamespace()) is False  # no consumer at all


@pytest.mark.integration
async def test_real_aiokafka_fetcher_carries_the_wait_where_the_bound_writes_it(
    kafka_bootstrap: str, kh
) -> None:
    """A started aiokafka consumer keeps its configured wait where the helper writes it, and reads on."""
    topic = f"fetchwait-{uuid.uuid4().hex[:8]}"
    admin = AIOKafkaAdminClient(bootstrap_servers=kafka_bootstrap)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(topic, num_partitions=1, replication_factor=1)])
    finally:
        await admin.close()
    await kh.produce(kafka_bootstrap, topic, [(b"k", b"v")])
    client = AIOKafkaConsumer(
        topic,
        bootstrap_servers=kafka_bootstrap,
        group_id=None,
        auto_offset_reset="earliest",
        fetch_max_wait_ms=1500,
    )
    await client.start()
    try:
        # What Faust configures is where aiokafka reads it from (else the bound would do nothing).
        assert (client._fetch_max_wait_ms, client._fetcher._fetch_max_wait_ms) == (1500, 1500)
        assert bound_fetch_wait(_app(client)) is True
        assert client._fetcher._fetch_max_wait_ms == FETCH_MAX_WAIT_MS
        records: list[Any] = []
        for _ in range(100):  # the consumer still reads, with the bounded wait
            batch = await client.getmany(timeout_ms=200)
            records.extend(m for messages in batch.values() for m in messages)
            if records:
                break
        assert [m.value for m in records] == [b"v"]
    finally:
        await client.stop()


@pytest.mark.integration
async def test_worker_bounds_its_faust_consumer_after_assignment(make_env, workers, kh) -> None:
    """A real worker applies the bound to its Faust consumer once its partitions are recovered."""
    worker = workers("a", make_env(partitions=1))
    await worker.wait_assigned()
    await kh.wait_until(lambda: worker.events("worker.fetch_wait_bounded"), 30, "the fetch-wait bound")
    assert worker.events("worker.fetch_wait_bounded")[0]["max_wait_ms"] == FETCH_MAX_WAIT_MS
    assert not worker.events("worker.fetch_wait_failed")

"""Listing and re-driving the items dead-letter topic against the real broker."""

from __future__ import annotations

import json

import pytest

from services.kafka.codec import dlq_headers
from services.kafka.redrive import REDRIVEN_HEADER, list_dead_letters, redrive
from services.kafka.topics import ensure_topics

pytestmark = pytest.mark.integration


async def _dead_letters(env, records):  # type: ignore[no-untyped-def]
    from aiokafka import AIOKafkaProducer

    producer = AIOKafkaProducer(bootstrap_servers=env.bootstrap, acks="all")
    await producer.start()
    try:
        for offset, (key, value, field, reason) in enumerate(records):
            headers = dlq_headers(field, reason, env.items, 0, offset)
            await (await producer.send(env.items_dlq, value, key=key, headers=headers, partition=0))
    finally:
        await producer.stop()


async def test_list_shows_each_dead_letter_with_its_reason(make_env, kh):
    """`list` returns every dead-lettered record with field, reason and origin, and commits nothing."""
    env = make_env(partitions=1)
    settings = env.settings()
    await ensure_topics(settings)
    await _dead_letters(
        env,
        [
            (b"broken", b'{"uri": "x", "text": ', "$", "invalid JSON: Expecting value"),
            (b"urn:a", json.dumps({"uri": "urn:a"}).encode(), "text", "missing"),
        ],
    )
    letters = await list_dead_letters(settings)
    assert [(d.offset, d.field, d.reason) for d in letters] == [
        (0, "$", "invalid JSON: Expecting value"),
        (1, "text", "missing"),
    ]
    assert letters[1].origin == f"{env.items}/0/1"
    assert letters[0].key == b"broken"
    assert await list_dead_letters(settings) == letters  # reading twice sees the same records


async def test_redrive_sends_each_dead_letter_once(make_env, kh):
    """`redrive` produces every dead letter to wire.items with its key and origin header, once across runs;
    a dry run counts without producing."""
    env = make_env(partitions=1)
    settings = env.settings()
    await ensure_topics(settings)
    fixed = json.dumps({"uri": "urn:a", "text": "Officials said a zanzibar marker was seen."}).encode()
    await _dead_letters(env, [(b"urn:a", fixed, "$", "processing failed: KeyError")])
    assert (await redrive(settings, dry_run=True)).redriven == 1
    assert (await redrive(settings)).redriven == 1
    assert (await redrive(settings)).redriven == 0  # the group remembers how far it got
    await _dead_letters(env, [(b"urn:b", b"{}", "text", "missing")])
    assert (await redrive(settings)).redriven == 1  # only the new one
    records = await kh.read_topic(env.bootstrap, env.items, expect=2)
    assert [(r.key, r.value) for r in records] == [(b"urn:a", fixed), (b"urn:b", b"{}")]
    assert dict(records[0].headers)[REDRIVEN_HEADER] == f"{env.items_dlq}/0/0".encode()
    assert dict(records[1].headers)[REDRIVEN_HEADER] == f"{env.items_dlq}/0/1".encode()


def _notification_letter(integration: str, nid: str) -> bytes:
    from datetime import UTC, datetime

    from alerts.deadletter import DeadLetterRecord
    from alerts.models import Alert, AlertStatus, Evidence, Severity, fingerprint
    from alerts.notifiers.base import Notification

    at = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
    alert = Alert(
        id=fingerprint("toll.revised", nid),
        rule="toll.revised",
        category="toll_revision",
        severity=Severity.HIGH,
        status=AlertStatus.FIRING,
        summary="Death toll rises to 71",
        evidence=(Evidence(item_id="urn:x", text="71 killed, up from 50.", start=0, end=22),),
        values={"old": 50, "new": 71},
        item_ids=("urn:x",),
        event_key="ev",
        starts_at=at,
        updated_at=at,
    )
    notification = Notification(
        id=nid, receiver="hook", group_key="g", status=AlertStatus.FIRING, alerts=(alert,), created_at=at
    )
    record = DeadLetterRecord(
        dead_lettered_at=at, integration=integration, receiver="hook", reason="HTTP 503", attempts=8,
        notification=notification,
    )  # fmt: skip
    return json.dumps(record.to_json()).encode()


async def test_dlq_replay_kafka_delivers_each_dead_lettered_notification_once(
    make_env, kh, receiver, monkeypatch
):
    """`dlq replay --kafka` delivers dead-lettered notifications from the topic to the current receiver,
    once across runs; a record whose integration is gone is written back and counted as kept."""
    from services.kafka.redrive import list_notification_dead_letters, replay_notifications
    from wirewatch.metrics import Metrics

    env = make_env(partitions=1)
    monkeypatch.setenv("WW_TEST_WEBHOOK_URL", receiver.url)
    settings = env.settings()
    await ensure_topics(settings)
    topic = env.env["WIREWATCH_KAFKA_TOPIC_NOTIFICATIONS_DLQ"]
    await kh.produce(
        env.bootstrap,
        topic,
        [
            (b"n1", _notification_letter("hook/webhook0", "n1")),
            (b"n2", _notification_letter("gone/webhook0", "n2")),
        ],
    )
    records, problems = await list_notification_dead_letters(settings)
    assert [(r.notification.id, r.reason) for r in records] == [("n1", "HTTP 503"), ("n2", "HTTP 503")]
    assert problems == []
    first = await replay_notifications(settings, Metrics())
    assert (first.delivered, first.failed, first.kept) == (1, 0, 1)
    assert [a["values"] for _, a in receiver.alerts()] == [{"old": 50, "new": 71}]
    second = await replay_notifications(settings, Metrics())  # only the written-back record is left
    assert (second.delivered, second.kept) == (0, 1)
    assert len(receiver.alerts()) == 1
    records, _ = await list_notification_dead_letters(settings)
    assert [r.notification.id for r in records] == ["n1", "n2", "n2", "n2"]

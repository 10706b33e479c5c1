"""The Kafka runtime end to end against the real broker: items in, alerts at a webhook, DLQ."""

from __future__ import annotations

import asyncio
import json
import sys
from collections import Counter

import pytest

pytestmark = pytest.mark.integration


async def test_item_sent_yields_alert_at_webhook(make_env, workers, receiver, kh, items, tmp_path):
    """An item published with `wirewatch send` reaches the webhook as the expected alert, once."""
    env = make_env(partitions=2)
    worker = workers("a", env)
    await worker.wait_assigned()
    path = tmp_path / "items.jsonl"
    path.write_bytes(items("urn:test:e2e-1") + b"\n" + items("urn:test:quiet", marker=False) + b"\n")
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "wirewatch.cli",
        "send",
        str(path),
        env=env.process_env(),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(), 60)
    assert proc.returncode == 0, err.decode()
    assert "sent 2 item(s)" in out.decode()
    await kh.wait_until(lambda: receiver.alert_ids(), 30, "the alert at the webhook")
    _, alert = receiver.alerts()[0]
    assert alert["rule"] == "kafkatest.marker"
    assert alert["item_ids"] == ["urn:test:e2e-1"]
    assert alert["status"] == "firing"
    assert "zanzibar marker" in alert["evidence"]
    assert len(receiver.alerts()) == 1


async def test_undecodable_item_goes_to_dlq_and_stream_goes_on(make_env, workers, receiver, kh, items):
    """A record that does not decode lands in wire.items.dlq with its reason; later items still alert."""
    env = make_env(partitions=1)
    worker = workers("a", env)
    await worker.wait_assigned()
    await kh.produce(
        env.bootstrap,
        env.items,
        [
            (b"urn:test:before", items("urn:test:before")),
            (b"broken", b'{"uri": "urn:test:broken", "text": '),
            (b"no-text", json.dumps({"uri": "urn:test:no-text"}).encode()),
            (b"urn:test:after", items("urn:test:after")),
        ],
    )
    await kh.wait_until(lambda: len(receiver.alert_ids()) >= 2, 30, "alerts before and after the bad records")
    assert sorted(a["item_ids"][0] for _, a in receiver.alerts()) == ["urn:test:after", "urn:test:before"]
    dead = await kh.read_topic(env.bootstrap, env.items_dlq, expect=2)
    assert [m.value for m in dead] == [
        b'{"uri": "urn:test:broken", "text": ',
        json.dumps({"uri": "urn:test:no-text"}).encode(),
    ]
    headers = [dict(m.headers) for m in dead]
    assert headers[0]["wirewatch-error-reason"].startswith(b"invalid JSON")
    assert headers[1]["wirewatch-error-field"] == b"text"
    assert headers[1]["wirewatch-source-topic"] == env.items.encode()
    assert headers[1]["wirewatch-source-offset"] == b"2"


async def test_story_context_reaches_a_later_item_of_the_story(make_env, workers, receiver, kh, items):
    """An item that only names a truce still teaches its story; a later item of the same slugline that
    refers back fires the story rule, and the same text under another slugline does not."""
    env = make_env(partitions=2)
    worker = workers("a", env)
    await worker.wait_assigned()

    def story_item(uri: str, slug: str, text: str) -> tuple[bytes, bytes]:
        record = {"uri": uri, "version": "1", "slugline": slug, "headline": uri, "body_text": text}
        return uri.encode(), json.dumps(record).encode()

    first = story_item("urn:test:s1", "wombat-story", "Officials said a wombat truce was announced.")
    await kh.produce(env.bootstrap, env.items, [first])
    # the first item alerts nothing; it must reach the detector's table before the next one is read
    await kh.wait_drained(env)
    await kh.produce(
        env.bootstrap,
        env.items,
        [
            story_item("urn:test:s2", "wombat-story", "Officials said the wombat pact was signed."),
            story_item("urn:test:s3", "other-story", "Officials said the wombat pact was signed."),
            (b"urn:test:after", items("urn:test:after")),
        ],
    )
    await kh.wait_until(lambda: len(receiver.alert_ids()) >= 2, 30, "the story alert and the marker alert")
    await asyncio.sleep(1)
    got = sorted((a["rule"], a["item_ids"][0]) for _, a in receiver.alerts())
    assert got == [("kafkatest.marker", "urn:test:after"), ("kafkatest.story", "urn:test:s2")]


async def test_redelivered_item_makes_no_second_alert(make_env, workers, receiver, kh, items):
    """The same (uri, version) delivered again alerts once; a new version of it is evaluated anew."""
    env = make_env(partitions=2)
    worker = workers("a", env)
    await worker.wait_assigned()
    record = items("urn:test:dup")
    await kh.produce(env.bootstrap, env.items, [(b"urn:test:dup", record)] * 3)
    await kh.produce(env.bootstrap, env.items, [(b"urn:test:other", items("urn:test:other"))])
    await kh.wait_until(lambda: len(receiver.alert_ids()) >= 2, 30, "two distinct alerts")
    await kh.wait_drained(env)
    await asyncio.sleep(1.0)  # deliveries run in the background: give a duplicate the chance to show
    counts = Counter(a["item_ids"][0] for _, a in receiver.alerts())
    assert counts == {"urn:test:dup": 1, "urn:test:other": 1}


async def test_refused_notification_lands_in_the_notifications_dlq_topic(
    make_env, workers, receiver, kh, items
):
    """A notification the receiver refuses for good (HTTP 400) goes to wirewatch.notifications.dlq with
    the reason and the whole notification."""
    env = make_env(partitions=1)
    receiver.status = 400
    worker = workers("a", env)
    await worker.wait_assigned()
    await kh.produce(env.bootstrap, env.items, [(b"urn:test:refused", items("urn:test:refused"))])
    dlq = env.env["WIREWATCH_KAFKA_TOPIC_NOTIFICATIONS_DLQ"]
    records = await kh.read_topic(env.bootstrap, dlq, expect=1, limit=60)
    assert len(records) == 1
    record = json.loads(records[0].value)
    assert record["receiver"] == "hook"
    assert "400" in record["reason"]
    assert record["notification"]["alerts"][0]["item_ids"] == ["urn:test:refused"]
    assert receiver.refused == 1
    assert receiver.posts == []

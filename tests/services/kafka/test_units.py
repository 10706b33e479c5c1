"""Unit tests of the Kafka runtime's pure parts: record formats, client settings, topics, table store."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from pydantic import SecretStr

from ingest.decoders import Decoded, decode_item, decode_payload
from services.kafka.codec import AlertRecord, EventRecord, dlq_headers, item_record
from services.kafka.config import client_kwargs
from services.kafka.store import KeyIndex, TablePartitionStore
from services.kafka.topics import topic_specs
from wirewatch.errors import ConfigError, StateError
from wirewatch.settings import Settings

RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><language>en</language>
<item><guid>urn:feed:1</guid><title>Truce holds</title><description>A truce took effect at noon.</description>
<pubDate>Tue, 03 Mar 2026 10:00:00 GMT</pubDate></item></channel></rss>"""


def test_feed_entry_record_decodes_back_to_the_same_item() -> None:
    """A feed entry is published as a plain record that decodes to the same uri, text and time."""
    decoded = decode_payload(RSS)
    assert isinstance(decoded[0], Decoded)
    item = decoded[0].item
    again = decode_item(json.loads(item_record(item, decoded[0].format)))
    assert (again.uri, again.headline, again.body, again.versioncreated, again.language) == (
        item.uri,
        item.headline,
        item.body,
        item.versioncreated,
        item.language,
    )


def test_json_record_is_published_as_the_client_sent_it() -> None:
    """A ninjs or plain JSON record goes to wire.items unchanged (its raw form), not re-encoded."""
    raw = {"uri": "urn:x:1", "headline": "H", "body_text": "B", "type": "text", "extra_field": 1}
    outcome = decode_payload(json.dumps(raw).encode())[0]
    assert isinstance(outcome, Decoded)
    assert json.loads(item_record(outcome.item, outcome.format)) == raw


def test_event_and_alert_records_round_trip() -> None:
    """Event and alert records decode to what was encoded; a tick carries no item."""
    outcome = decode_payload(b'{"uri": "urn:x:2", "text": "hello"}')[0]
    assert isinstance(outcome, Decoded)
    record = EventRecord(kind="item", item=outcome.item, format="jsonl", produced_ms=5)
    assert EventRecord.decode(record.encode()) == record
    assert EventRecord.decode(EventRecord(kind="tick").encode()).item is None
    assert AlertRecord.decode(AlertRecord(kind="tick").encode()).alert is None


def test_dlq_headers_name_field_reason_and_source() -> None:
    """DLQ headers carry the field, the reason and where the record was read."""
    headers = dict(dlq_headers("text", "missing", "wire.items", 3, 42))
    assert headers == {
        "wirewatch-error-field": b"text",
        "wirewatch-error-reason": b"missing",
        "wirewatch-source-topic": b"wire.items",
        "wirewatch-source-partition": b"3",
        "wirewatch-source-offset": b"42",
    }


def test_sasl_ssl_settings_become_client_arguments() -> None:
    """SASL_SSL with SCRAM passes mechanism, credentials and a verifying TLS context to aiokafka."""
    settings = Settings(
        kafka_bootstrap_servers="k1:9093, k2:9093",
        kafka_security_protocol="SASL_SSL",
        kafka_sasl_mechanism="SCRAM-SHA-512",
        kafka_sasl_username="ww",
        kafka_sasl_password=SecretStr("s3cret"),
    )
    kwargs = client_kwargs(settings)
    assert kwargs["bootstrap_servers"] == ["k1:9093", "k2:9093"]
    assert kwargs["sasl_mechanism"] == "SCRAM-SHA-512"
    assert kwargs["sasl_plain_password"] == "s3cret"
    assert kwargs["ssl_context"].verify_mode.name == "CERT_REQUIRED"


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"kafka_security_protocol": "SASL_PLAINTEXT"}, "MECHANISM"),
        ({"kafka_security_protocol": "SASL_PLAINTEXT", "kafka_sasl_mechanism": "PLAIN"}, "USERNAME"),
        ({"kafka_security_protocol": "TLS"}, "SECURITY_PROTOCOL"),
        ({"kafka_bootstrap_servers": " , "}, "BOOTSTRAP"),
    ],
)
def test_incomplete_security_settings_are_refused(fields: dict[str, Any], message: str) -> None:
    """Missing SASL pieces or an unknown protocol fail with a ConfigError naming the variable."""
    with pytest.raises(ConfigError, match=message):
        client_kwargs(Settings(**fields))


def test_topic_specs_follow_settings() -> None:
    """Every runtime topic is specified with the configured names, partitions and replication."""
    specs = {s.name: s for s in topic_specs(Settings(kafka_partitions=3, kafka_replication_factor=2))}
    assert set(specs) == {
        "wire.items",
        "wire.items.dlq",
        "wirewatch.events",
        "wirewatch.alerts",
        "wirewatch.notifications.dlq",
    }
    assert specs["wirewatch.events"].partitions == 3
    assert specs["wirewatch.notifications.dlq"].partitions == 1
    assert {s.replication for s in specs.values()} == {2}
    with pytest.raises(ConfigError):
        topic_specs(Settings(kafka_partitions=0))


class FakeTable:
    """The slice of a Faust table the store uses, recording changelog sends."""

    def __init__(self) -> None:
        self.data: dict[str, Any] = {}
        self.changelog: list[tuple[int | None, str, Any]] = []

    def send_changelog(self, partition: int | None, key: str, value: Any, *args: Any, **kwargs: Any) -> None:
        self.changelog.append((partition, key, value))


def _scan(store: TablePartitionStore, ns: str, prefix: str = "") -> list[tuple[str, str]]:
    items: Iterator[tuple[str, str]] = store.scan(ns, prefix)
    return list(items)


def test_partition_views_are_isolated_and_scans_sorted() -> None:
    """Two partitions of one table never see each other's keys; scan is sorted and prefix-bound."""
    table = FakeTable()
    p0 = TablePartitionStore(table, 0, in_stream=False)
    p1 = TablePartitionStore(table, 1, in_stream=False)
    p0.put("claims", "b", "2")
    p0.put("claims", "a", "1")
    p0.put("claimsx", "a", "other namespace")
    p1.put("claims", "a", "p1")
    assert _scan(p0, "claims") == [("a", "1"), ("b", "2")]
    assert _scan(p1, "claims") == [("a", "p1")]
    assert _scan(p0, "claims", "b") == [("b", "2")]
    assert p1.get("claims", "b") is None


def test_out_of_stream_writes_go_to_the_views_changelog_partition() -> None:
    """Writes and deletes outside a stream are sent to the view's partition; a delete is a tombstone."""
    table = FakeTable()
    store = TablePartitionStore(table, 3, in_stream=False)
    store.put("ns", "k", "v")
    store.delete("ns", "k")
    store.delete("ns", "never-there")
    assert store.get("ns", "k") is None
    assert [(p, v) for p, _, v in table.changelog] == [(3, "v"), (3, None), (3, None)]


def test_in_stream_write_outside_a_stream_is_refused() -> None:
    """A detector-table write with no current event raises StateError instead of mis-partitioning."""
    store = TablePartitionStore(FakeTable(), 0, in_stream=True)
    with pytest.raises(StateError):
        store.put("ns", "k", "v")


def test_key_index_scans_match_the_table_and_see_recovered_keys_after_clear() -> None:
    """Indexed scans equal full-table scans; keys restored behind the index appear once it is cleared."""
    table = FakeTable()
    index = KeyIndex()
    indexed = TablePartitionStore(table, 0, in_stream=False, index=index)
    plain = TablePartitionStore(table, 0, in_stream=False)
    indexed.put("ns", "b", "2")
    assert _scan(indexed, "ns") == [("b", "2")]  # builds the entry
    indexed.put("ns", "a", "1")
    indexed.delete("ns", "b")
    assert _scan(indexed, "ns") == _scan(plain, "ns") == [("a", "1")]
    table.data["0\x1fns\x1fc"] = "3"  # what a changelog recovery does
    assert _scan(indexed, "ns") == [("a", "1")]
    index.clear()
    assert _scan(indexed, "ns") == _scan(plain, "ns") == [("a", "1"), ("c", "3")]


def test_detection_memo_reuses_the_routing_match_once() -> None:
    """The worker matches an item once for routing and reuses that result, once, for evaluation."""
    from ingest.models import WireItem
    from services.kafka.memo import DetectionMemo

    calls: list[str] = []

    class Counting:
        ids = ("r",)

        def detect(self, item: WireItem) -> list[str]:
            calls.append(item.uri)
            return [f"d:{item.uri}"]

    memo = DetectionMemo(Counting(), size=2)

    def route(item: WireItem) -> list[str]:  # what the route stage does with an item it forwards
        detections = memo.match(item)
        memo.keep(item, detections)
        return detections

    item = WireItem(uri="u1", body="text")
    assert route(item) == ["d:u1"]
    assert memo.detect(item) == ["d:u1"]
    assert calls == ["u1"]
    assert memo.detect(item) == ["d:u1"]  # used up: matched again
    assert calls == ["u1", "u1"]
    assert memo.detect(WireItem(uri="u1", body="changed text")) == ["d:u1"]
    assert len(calls) == 3  # other text, same uri: not taken from the memo
    for uri in ("a", "b", "c"):
        route(WireItem(uri=uri, body="x"))
    memo.detect(WireItem(uri="a", body="x"))  # evicted (size 2): matched again
    assert calls[-1] == "a" and len(calls) == 7
    assert memo.ids == ("r",)


def test_gateway_and_worker_addresses_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """WIREWATCH_GATEWAY_LISTEN, WIREWATCH_FAUST_WEB_PORT and _BIND are read as the manifests set them."""
    from services.http import parse_listen

    monkeypatch.setenv("WIREWATCH_GATEWAY_LISTEN", "0.0.0.0:8080")
    monkeypatch.setenv("WIREWATCH_FAUST_WEB_PORT", "8080")
    monkeypatch.setenv("WIREWATCH_FAUST_WEB_BIND", "0.0.0.0")
    settings = Settings()
    assert parse_listen(settings.gateway_listen) == ("0.0.0.0", 8080)
    assert (settings.faust_web_bind, settings.faust_web_port) == ("0.0.0.0", 8080)
    monkeypatch.delenv("WIREWATCH_FAUST_WEB_BIND")
    assert Settings().faust_web_bind == "127.0.0.1"


class _Event:
    def __init__(self, done: bool) -> None:
        self.done = done

    def is_set(self) -> bool:
        return self.done


class _App:
    def __init__(self, **attrs: Any) -> None:
        self.started = True
        self.should_stop = False
        self.rebalancing = False
        self.in_recovery = False
        self.tables = type("T", (), {"recovery": type("R", (), {"completed": _Event(True)})()})()
        self.__dict__.update(attrs)


@pytest.mark.parametrize(
    ("attrs", "ready", "reason"),
    [
        ({}, True, ""),
        ({"started": False}, False, "app not running"),
        ({"should_stop": True}, False, "app not running"),
        ({"rebalancing": True}, False, "rebalancing"),
        ({"in_recovery": True}, False, "recovering tables"),
    ],
)
def test_readiness_follows_the_app_state(attrs: dict[str, Any], ready: bool, reason: str) -> None:
    """/readyz is ready only when the app runs, is not rebalancing and its tables are recovered."""
    from services.kafka.health import readiness

    assert readiness(_App(**attrs)) == (ready, reason)


def test_readiness_waits_for_the_first_recovery() -> None:
    """Before the first table recovery completed the worker is not ready."""
    from services.kafka.health import readiness

    app = _App()
    app.tables.recovery.completed = _Event(False)
    assert readiness(app) == (False, "recovering tables")


def test_lag_is_highwater_minus_committed_and_stale_partitions_drop() -> None:
    """The lag gauge holds highwater - committed per assigned partition; revoked ones are removed."""
    from faust.types import TP

    from services.kafka.health import LagReporter, lag_by_partition
    from wirewatch.metrics import Metrics

    a, b, c = TP("t", 0), TP("t", 1), TP("t", 2)
    lag = lag_by_partition({a: 10, b: 5, c: None}, {a: 4, b: None})
    assert lag == {a: 6, b: 5}
    assert lag_by_partition({a: 3}, {a: 7}) == {a: 0}
    metrics = Metrics()
    reporter = LagReporter(object(), metrics, ["t"])
    reporter.set(lag)
    value = metrics.registry.get_sample_value
    assert value("wirewatch_kafka_consumer_lag", {"topic": "t", "partition": "0"}) == 6
    reporter.set({b: 1})
    assert value("wirewatch_kafka_consumer_lag", {"topic": "t", "partition": "0"}) is None
    assert value("wirewatch_kafka_consumer_lag", {"topic": "t", "partition": "1"}) == 1


def test_transaction_sends_one_record_per_key_in_last_write_order() -> None:
    """Inside transaction() reads and scans see the pending writes; at the outermost exit each key is sent
    once, with its final value, in the order of the last writes."""
    table = FakeTable()
    store = TablePartitionStore(table, 2, in_stream=False)
    with store.transaction():
        store.put("groups", "g", "admitted")
        store.put("outbox", "n1", "queued")
        with store.transaction():  # nested scopes commit with the outermost one
            store.put("groups", "g", "flushed")
            store.put("tmp", "x", "1")
            store.delete("tmp", "x")
        assert table.changelog == []
        assert store.get("groups", "g") == "flushed"
        assert _scan(store, "outbox") == [("n1", "queued")]
    assert [(p, k.rsplit("\x1f", 1)[-1] if isinstance(k, str) else k, v) for p, k, v in table.changelog] == [
        (2, "n1", "queued"),
        (2, "g", "flushed"),
        (2, "x", None),
    ]
    assert store.get("groups", "g") == "flushed" and store.get("tmp", "x") is None


def test_buffered_flush_applies_locally_and_returns_one_record_per_changed_key(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A buffered in-stream view applies its final writes to the local store on flush and returns a
    record per key whose value changed (a tombstone for a deleted key), in last-write order, unsent."""

    class Message:
        partition = 1

    class Event:
        message = Message()

    monkeypatch.setattr("services.kafka.store.current_event", lambda: Event())
    table = FakeTable()
    table.data["1\x1fns\x1fsame"] = "kept"
    table.data["1\x1fns\x1fgone"] = "old"
    store = TablePartitionStore(table, 1, buffered=True)
    store.put("ns", "a", "1")
    store.put("ns", "same", "kept")  # the value the table already holds: no record
    store.put("ns", "b", "2")
    store.delete("ns", "gone")
    store.delete("ns", "never-there")  # nothing to delete: no record
    store.put("ns", "a", "3")  # the record takes the place of the last write
    assert table.data["1\x1fns\x1fgone"] == "old"  # nothing applied before the flush
    assert store.get("ns", "a") == "3" and store.get("ns", "gone") is None
    records = store.flush()
    assert [(k.rsplit("\x1f", 1)[-1], v) for k, v in records] == [("b", "2"), ("gone", None), ("a", "3")]
    assert table.changelog == []  # the caller sends them (services.kafka.changelog.ChangelogSender)
    assert table.data == {
        "1\x1fns\x1fsame": "kept",
        "1\x1fns\x1fb": "2",
        "1\x1fns\x1fa": "3",
    }
    assert store.flush() == []


def test_detection_memo_forwards_story_items_and_rematches_with_a_story() -> None:
    """A story item that matches nothing alone is forwarded when it names a story topic or could match
    with its story's context; the detector's match with a story context is fresh, not the memo's."""
    from ingest.models import WireItem
    from rules.loader import load_ruleset
    from services.kafka.memo import DetectionMemo

    memo = DetectionMemo(load_ruleset())
    topics = frozenset(memo.story_topics)
    anaphor = "The RSF said on Tuesday that it had accepted the arrangement."
    named = WireItem(uri="a", body="The envoy urged both sides to respect the truce.", slugline="sudan")
    referring = WireItem(uri="b", body=anaphor, slugline="sudan")
    plain = WireItem(uri="c", body="Parliament met on Tuesday to debate the budget.", slugline="sudan")
    assert memo.match(named) == [] and memo.for_story(named)
    assert memo.match(referring) == [] and memo.for_story(referring)
    assert not memo.for_story(plain)
    assert not memo.for_story(WireItem(uri="d", body=anaphor))  # no slugline: no story
    memo.keep(referring, [])
    assert [d.rule for d in memo.detect_with_topics(referring, topics)[0]] == ["ceasefire.story_accord"]
    # what the engine asks for a story item: the kept match without a context (and the entry is used
    # up), a fresh one with it; the item's own topics either way
    memo.keep(named, ["kept"])
    assert memo.detect_with_topics(named) == (["kept"], memo.topics(named)) and memo.topics(named)
    assert memo.detect_with_topics(named)[0] == []
    memo.keep(referring, ["kept"])
    found, own = memo.detect_with_topics(referring, topics)
    assert [d.rule for d in found] == ["ceasefire.story_accord"] and own == frozenset()

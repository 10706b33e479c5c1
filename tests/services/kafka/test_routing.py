"""The route stage's per-record decision (services.kafka.routing.ItemRouter), without a broker."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from prometheus_client import CollectorRegistry

from ingest.models import WireItem
from rules.correlation import partition_key
from rules.loader import load_ruleset
from services.kafka.codec import EventRecord
from services.kafka.memo import DetectionMemo
from services.kafka.routing import ItemRouter
from wirewatch.metrics import Metrics
from wirewatch.settings import Settings

RULES_DIR = Path(__file__).parent / "rules"
MARKER = "Officials said a zanzibar marker was seen."
QUIET = "Officials said nothing of note."


class Record(NamedTuple):
    """The fields of an aiokafka ``ConsumerRecord`` the router reads."""

    value: bytes | None
    key: bytes | None = b"k"
    topic: str = "wire.items"
    partition: int = 1
    offset: int = 7
    timestamp: int = 1_700_000_000_000


def _value(uri: str, text: str, **fields: Any) -> bytes:
    return json.dumps({"uri": uri, "headline": "Wire update", "text": text, **fields}).encode()


def _metric(metrics: Metrics, name: str, **labels: str) -> float:
    return metrics.registry.get_sample_value(name, labels) or 0.0


@pytest.fixture(scope="module")
def ruleset() -> Any:
    return load_ruleset([RULES_DIR], shipped=False)


@pytest.fixture
def router(ruleset: Any) -> ItemRouter:
    return ItemRouter(Settings(), Metrics(CollectorRegistry()), DetectionMemo(ruleset))


def test_a_quiet_first_version_stops_at_route_and_is_counted(router: ItemRouter, ruleset: Any) -> None:
    """An item with no detection that says it is a first version produces nothing and is counted as
    skipped (when the batch's counts are flushed); its rule evaluations are counted in bulk when flushed."""
    assert router.route(Record(_value("urn:q", QUIET))) == []
    metrics = router.metrics
    assert _metric(metrics, "wirewatch_items_skipped_total") == 0
    router.flush_counts()
    assert _metric(metrics, "wirewatch_items_skipped_total") == 1
    assert _metric(metrics, "wirewatch_items_decoded_total", source="kafka", format="jsonl") == 1
    rule = ruleset.rules[0].id
    assert _metric(metrics, "wirewatch_rule_evaluations_total", rule=rule) == 0
    router.flush_evaluations()
    assert _metric(metrics, "wirewatch_rule_evaluations_total", rule=rule) == 1


def test_a_batch_is_counted_once_flushed_and_a_flush_adds_only_what_is_new(router: ItemRouter) -> None:
    """flush_counts adds the items routed since the previous flush (received, decoded by format,
    skipped) and sets the last-item gauge; a flush with nothing new changes nothing."""
    metrics = router.metrics
    router.route(Record(_value("urn:a", QUIET)))
    router.route(Record(_value("urn:b", MARKER)))
    router.route(Record(b"not json"))
    assert _metric(metrics, "wirewatch_items_received_total", source="kafka") == 0
    router.flush_counts()
    stamp = _metric(metrics, "wirewatch_last_item_received_timestamp_seconds")
    assert stamp > 0
    router.route(Record(_value("urn:c", QUIET)))
    router.flush_counts()
    router.flush_counts()
    assert _metric(metrics, "wirewatch_items_received_total", source="kafka") == 4
    assert _metric(metrics, "wirewatch_items_decoded_total", source="kafka", format="jsonl") == 3
    assert _metric(metrics, "wirewatch_items_skipped_total") == 2
    assert _metric(metrics, "wirewatch_last_item_received_timestamp_seconds") >= stamp


def test_an_item_with_a_detection_is_keyed_by_event_and_its_match_kept(router: ItemRouter) -> None:
    """A detecting item goes to the events topic keyed by its event, with the record's timestamp,
    and its detections are kept for the detector's next match of the same item."""
    out = router.route(Record(_value("urn:m", MARKER)))
    assert len(out) == 1
    record = EventRecord.decode(out[0].value)
    assert out[0].topic == router.settings.kafka_topic_events
    assert record.kind == "item" and record.item is not None and record.item.uri == "urn:m"
    assert record.produced_ms == 1_700_000_000_000
    detections = router.ruleset.match(record.item)
    assert detections
    assert out[0].key == partition_key(record.item, detections).encode()
    memo = router.ruleset
    assert isinstance(memo, DetectionMemo)
    assert (record.item.uri, record.item.version, record.item.text) in memo._memo
    assert _metric(router.metrics, "wirewatch_items_skipped_total") == 0


def test_an_undecodable_record_goes_to_the_dlq_with_its_coordinates(router: ItemRouter) -> None:
    """Bytes that are not a wire item go, unchanged, to the items DLQ with headers naming why and where."""
    out = router.route(Record(b'{"uri": "urn:x"}', offset=41))
    assert len(out) == 1
    assert out[0].topic == router.settings.kafka_topic_items_dlq
    assert out[0].value == b'{"uri": "urn:x"}'
    assert out[0].key == b"k"
    headers = dict(out[0].headers or [])
    assert headers["wirewatch-error-field"] == b"text"
    assert headers["wirewatch-source-offset"] == b"41"
    assert headers["wirewatch-source-partition"] == b"1"
    labels = {"source": "kafka", "reason": "decode"}
    assert _metric(router.metrics, "wirewatch_items_dead_lettered_total", **labels) == 1


def test_a_rule_that_raises_sends_the_item_to_the_dlq_and_the_stream_goes_on(ruleset: Any) -> None:
    """A matcher failure dead-letters that item (reason: processing failed) and routes the next one."""

    class Failing:
        rules = ruleset.rules

        def detect(self, item: WireItem) -> list[Any]:
            if item.uri == "urn:bad":
                raise RuntimeError("boom")
            return list(ruleset.detect(item))

    router = ItemRouter(Settings(), Metrics(CollectorRegistry()), DetectionMemo(Failing()))
    out = router.route(Record(_value("urn:bad", MARKER)))
    assert [o.topic for o in out] == [router.settings.kafka_topic_items_dlq]
    headers = dict(out[0].headers or [])
    assert headers["wirewatch-error-reason"] == b"processing failed: RuntimeError: boom"
    assert json.loads(out[0].value)["uri"] == "urn:bad"
    assert [o.topic for o in router.route(Record(_value("urn:ok", MARKER)))] == [
        router.settings.kafka_topic_events
    ]


def test_a_new_rule_set_counts_pending_evaluations_against_the_old_rules(
    router: ItemRouter, ruleset: Any
) -> None:
    """use() flushes the skipped items' evaluations to the rules that ran before swapping rule sets."""

    class Renamed:
        class Rule(NamedTuple):
            id: str

        rules = (Rule("renamed.rule"),)

        def detect(self, item: WireItem) -> list[Any]:
            return []

    router.route(Record(_value("urn:q", QUIET)))
    router.use(DetectionMemo(Renamed()))
    old = ruleset.rules[0].id
    assert _metric(router.metrics, "wirewatch_rule_evaluations_total", rule=old) == 1
    router.route(Record(_value("urn:q2", QUIET)))
    router.flush_evaluations()
    assert _metric(router.metrics, "wirewatch_rule_evaluations_total", rule="renamed.rule") == 1
    assert _metric(router.metrics, "wirewatch_rule_evaluations_total", rule=old) == 1

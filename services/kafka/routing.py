"""What the route stage produces for one ``wire.items`` record: decode, match, triage, re-key.

:mod:`services.kafka.route` is the consumer loop (batches, acks, commits, rebalances); this module
is the per-record decision it calls, :meth:`ItemRouter.route`:

- each record is decoded with :func:`ingest.decoders.decode_payload`; an undecodable one goes to
  ``wire.items.dlq`` with its reason in headers, and the stream goes on;
- a decoded item is matched (:class:`services.kafka.memo.DetectionMemo`); one that cannot change
  detector state (:mod:`services.kafka.triage`) and that its story does not need
  (:meth:`~services.kafka.memo.DetectionMemo.for_story`) stops here, counted in
  ``wirewatch_items_skipped_total``; the others are re-keyed by
  :func:`rules.correlation.partition_key` and published to ``wirewatch.events``, so one event's
  state lives in one partition (their detections are kept for the detector);
- a rule that raises sends the item to the DLQ instead of stopping the stream.
"""

from __future__ import annotations

import time
from typing import Any

import structlog

from ingest.decoders import Decoded, decode_payload
from rules.correlation import partition_key
from services.kafka.codec import EventRecord, dlq_headers, item_record
from services.kafka.memo import DetectionMemo
from services.kafka.route import Outgoing
from services.kafka.triage import needs_detector
from wirewatch.metrics import Children, Metrics
from wirewatch.settings import Settings

log = structlog.get_logger("wirewatch.kafka.worker")

_EVALUATIONS_FLUSH_EVERY = 256  # skipped items between bulk updates of the rule-evaluation counters


class ItemRouter:
    """Routes ``wire.items`` records with ``ruleset``; swap the rule set with :meth:`use`.

    Not thread-safe (it runs on the worker's event loop). Counters are updated in bulk, not per
    record: call :meth:`flush_counts` after each batch (the route loop's ``after_batch``) for the
    per-item counters and the last-item gauge, and :meth:`flush_evaluations` periodically (the
    worker's tick) for the rule-evaluation counters of skipped items.
    """

    def __init__(self, settings: Settings, metrics: Metrics, ruleset: DetectionMemo) -> None:
        self.settings = settings
        self.metrics = metrics
        self.ruleset = ruleset
        self._evaluation_counters = self._rule_counters()
        self._unflushed_evaluations = 0
        self._received = metrics.items_received.labels(source="kafka")
        self._decoded = Children(metrics.items_decoded)  # by (source, format)
        # Counted here and added to the metrics by flush_counts: a prometheus inc takes a lock and
        # checks its arguments, which cost more than the rest of a skipped item's bookkeeping.
        self._unflushed_received = 0
        self._unflushed_skipped = 0
        self._unflushed_decoded: dict[str, int] = {}

    def use(self, ruleset: DetectionMemo) -> None:
        """Route with ``ruleset`` from now on (evaluations so far are counted against the old rules)."""
        self.flush_evaluations()
        self.ruleset = ruleset
        self._evaluation_counters = self._rule_counters()

    def route(self, message: Any) -> list[Outgoing]:
        """What to produce for one ``wire.items`` record (an aiokafka ``ConsumerRecord``).

        Its counts reach the metrics at the next :meth:`flush_counts`.
        """
        self._unflushed_received += 1
        value: bytes = message.value if message.value is not None else b""
        produced_ms: int | None = message.timestamp if message.timestamp and message.timestamp > 0 else None
        out: list[Outgoing] = []
        for outcome in decode_payload(value):
            if isinstance(outcome, Decoded):
                try:
                    detections = self.ruleset.match(outcome.item)
                    item = outcome.item
                    if not needs_detector(item, detections) and not self.ruleset.for_story(item):
                        # Cannot change state or alerts (services.kafka.triage): no hop to
                        # detect. The rules did run on it, so they are counted as evaluated.
                        self._skipped(outcome)
                        continue
                    self.ruleset.keep(outcome.item, detections)
                    key = partition_key(outcome.item, detections)
                except Exception as exc:
                    # A bug in a rule must not stop the stream: the item waits in the DLQ.
                    log.exception("item.failed", item_id=outcome.item.uri, stage="route")
                    reason = f"processing failed: {type(exc).__name__}: {exc}"
                    raw_item = item_record(outcome.item, outcome.format)
                    out.append(self._dead_letter(message, raw_item, "$", reason, "processing"))
                    continue
                out.append(self._publish_item(outcome, key, produced_ms))
                continue
            raw = outcome.raw if isinstance(outcome.raw, bytes) else outcome.raw.encode("utf-8")
            out.append(self._dead_letter(message, raw, outcome.error.field, outcome.error.reason, "decode"))
        return out

    def flush_counts(self) -> None:
        """Add the items routed since the last call to the counters; the last-item gauge is now."""
        if not self._unflushed_received:
            return
        self._received.inc(self._unflushed_received)
        self.metrics.last_item_timestamp.set(time.time())
        if self._unflushed_skipped:
            self.metrics.items_skipped.inc(self._unflushed_skipped)
        for fmt, n in self._unflushed_decoded.items():
            self._decoded("kafka", fmt).inc(n)
        self._unflushed_received = self._unflushed_skipped = 0
        self._unflushed_decoded.clear()

    def flush_evaluations(self) -> None:
        """Count the rule evaluations of the items skipped since the last flush."""
        # Every rule ran on a skipped item: count them in bulk (one inc per rule per item is
        # measurable at thousands of items/s).
        n, self._unflushed_evaluations = self._unflushed_evaluations, 0
        if n:
            for counter in self._evaluation_counters:
                counter.inc(n)

    def _rule_counters(self) -> list[Any]:
        # wirewatch_rule_evaluations_total children, for items the route stage matched and skipped
        # (the Detector counts the items it evaluates itself).
        return [self.metrics.rule_evaluations.labels(rule=r.id) for r in getattr(self.ruleset, "rules", ())]

    def _skipped(self, decoded: Decoded) -> None:
        self._count_decoded(decoded.format)
        self._unflushed_skipped += 1
        self._unflushed_evaluations += 1
        if self._unflushed_evaluations >= _EVALUATIONS_FLUSH_EVERY:
            self.flush_evaluations()

    def _count_decoded(self, fmt: str) -> None:
        self._unflushed_decoded[fmt] = self._unflushed_decoded.get(fmt, 0) + 1

    def _dead_letter(self, message: Any, raw: bytes, field: str, reason: str, kind: str) -> Outgoing:
        headers = dlq_headers(field, reason, message.topic, message.partition, message.offset)
        self.metrics.items_dead_lettered.labels(source="kafka", reason=kind).inc()
        log.warning(
            "item.dead_lettered",
            field=field,
            reason=reason,
            partition=message.partition,
            offset=message.offset,
        )
        return Outgoing(self.settings.kafka_topic_items_dlq, message.key, raw, headers)

    def _publish_item(self, decoded: Decoded, key: str, produced_ms: int | None) -> Outgoing:
        self._count_decoded(decoded.format)
        record = EventRecord(kind="item", item=decoded.item, format=decoded.format, produced_ms=produced_ms)
        return Outgoing(self.settings.kafka_topic_events, key.encode("utf-8"), record.encode())

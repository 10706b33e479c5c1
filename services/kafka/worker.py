"""The worker process of ``wirewatch worker``: a route loop, two Faust agents and timers around the core.

Stages (each a thin shell; the decisions are the core's):

- route (``wire.items``; not a Faust agent but a plain aiokafka loop in its own consumer group,
  :mod:`services.kafka.route`, which states the delivery contract): decodes each record with
  :func:`ingest.decoders.decode_payload`; an undecodable one goes to ``wire.items.dlq`` with its
  reason in headers and the stream goes on; a decoded item is re-keyed by
  :func:`rules.correlation.partition_key` and published to ``wirewatch.events``, so one event's
  state lives in one partition. An item that cannot change detector state (no detection, a first
  version, not a kill: :mod:`services.kafka.triage`) stops here, counted in
  ``wirewatch_items_skipped_total``: most wire traffic, spared two hops.
- ``detect`` (``wirewatch.events``): ``Detector.evaluate(item, state, now)`` (or ``tick`` for a tick
  record) with ``state`` = this partition of the ``detector-state`` table; alerts go to
  ``wirewatch.alerts`` keyed by fingerprint. An item the core fails on goes to the items DLQ.
- ``notify`` (``wirewatch.alerts``): ``AlertPipeline.submit`` on the pipeline of the record's
  partition, whose state is that partition of the ``notifier-state`` table.

Timers (every ``kafka_tick_interval`` seconds, over the partitions this worker owns, only):

- deadlines: when ``Detector.next_deadline`` of an owned events partition has passed, a tick record
  is published to *that partition*, so deadline alerts are computed in-stream, in order with the
  partition's items, by whoever owns it then (a partition moved to another worker keeps its open
  claims in the table, and the new owner's timer fires them);
- notifier: pipelines whose ``next_wakeup`` has passed are ticked (group waits, repeats).

Pipelines are created lazily per owned alerts partition (after its table partition is recovered),
and closed when the partition is revoked, so a pipeline never writes state it no longer owns.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import faust
import httpx
import structlog
from aiokafka.structs import TopicPartition
from faust.types import TP

from alerts.deadletter import DeadLetterRecord
from alerts.factory import build_pipeline
from alerts.models import Alert
from alerts.pipeline import AlertPipeline
from ingest.decoders import Decoded, decode_payload
from ingest.models import WireItem
from rules.correlation import partition_key
from rules.engine import Detector
from rules.loader import load_ruleset
from services.kafka.codec import AlertRecord, EventRecord, dlq_headers, item_record
from services.kafka.config import bootstrap_list, faust_broker_credentials
from services.kafka.health import LagReporter, install_pages
from services.kafka.httptransport import AiohttpTransport
from services.kafka.route import Outgoing, RouteConsumer
from services.kafka.store import KeyIndex, TablePartitionStore
from services.kafka.triage import needs_detector
from services.rulewatch import RuleDirWatcher, reload_ruleset
from wirewatch.metrics import Metrics
from wirewatch.settings import Settings

log = structlog.get_logger("wirewatch.kafka.worker")

TICK_KEY = b"\x00tick"
_TICK_RESEND_AFTER = 10.0  # seconds before an unanswered tick is sent again
_EVALUATIONS_FLUSH_EVERY = 256  # skipped items between bulk updates of the rule-evaluation counters


def _now() -> datetime:
    return datetime.now(UTC)


class _DetectionMemo:
    """The rule set, remembering each item's detections from ``route`` until ``detect`` asks again.

    The route agent matches an item to compute its partition key; when the same worker then
    evaluates it, the matcher would run a second time on the same text. Matching is pure, so the
    result is reused once (keyed by uri, version and text) and dropped; at most ``size`` are kept.
    """

    def __init__(self, ruleset: Any, size: int = 4096) -> None:
        self._ruleset = ruleset
        self._size = size
        self._memo: OrderedDict[tuple[str, str, str], list[Any]] = OrderedDict()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._ruleset, name)

    def remember(self, item: WireItem) -> list[Any]:
        """Match ``item`` and keep the result for the next :meth:`detect` of the same item."""
        detections = self.match(item)
        self.keep(item, detections)
        return detections

    def match(self, item: WireItem) -> list[Any]:
        """Match ``item`` without keeping the result (for an item that will not reach ``detect``)."""
        return list(self._ruleset.detect(item))

    def keep(self, item: WireItem, detections: list[Any]) -> None:
        """Keep ``detections`` (from :meth:`match`) for the next :meth:`detect` of ``item``."""
        self._memo[(item.uri, item.version, item.text)] = detections
        while len(self._memo) > self._size:
            self._memo.popitem(last=False)

    def detect(self, item: WireItem) -> list[Any]:
        cached = self._memo.pop((item.uri, item.version, item.text), None)
        return list(cached) if cached is not None else list(self._ruleset.detect(item))


class DirectChangelogWriter:
    """Out-of-stream table writes, produced at once by the app's producer (see :mod:`.store`).

    Records are serialised like Faust's own changelog records (JSON key and value; ``None`` is a
    tombstone), so recovery reads them back. Each call is one task that enqueues its records in the
    producer's accumulator in order, so records keep the order of the writes, and Faust's commit
    (which flushes the producer) covers them.
    """

    def __init__(self, app: Any, table: Any) -> None:
        self.app = app
        self.table = table
        self._pending: set[asyncio.Task[Any]] = set()

    def write_many(self, partition: int, records: list[tuple[str, str | None]]) -> None:
        """Several records, in order, sent by one task (a task per record costs more than the send)."""
        topic = self.table.changelog_topic.get_topic_name()
        encoded = [
            (json.dumps(key).encode("utf-8"), None if value is None else json.dumps(value).encode("utf-8"))
            for key, value in records
        ]
        task = asyncio.ensure_future(self._send_all(topic, partition, encoded))
        self._pending.add(task)
        task.add_done_callback(self._done)

    async def _send_all(self, topic: str, partition: int, records: list[tuple[bytes, bytes | None]]) -> None:
        send = self.app.producer.send
        for key_bytes, value_bytes in records:
            try:
                await send(topic, key_bytes, value_bytes, partition, None, None)
            except Exception as exc:  # as one task per record would: log it, send the others
                log.error("changelog.write_failed", error=repr(exc))

    def _done(self, task: asyncio.Task[Any]) -> None:
        self._pending.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("changelog.write_failed", error=repr(task.exception()))


class KafkaDeadLetter:
    """Notification dead letter on the ``wirewatch.notifications.dlq`` topic (waits for the ack)."""

    def __init__(self, topic: Any) -> None:
        self.topic = topic

    async def put(self, record: DeadLetterRecord) -> None:
        value = json.dumps(record.to_json(), ensure_ascii=False).encode("utf-8")
        fut = await self.topic.send(key=record.notification.id.encode("utf-8"), value=value)
        await fut


@dataclass
class WorkerState:
    """What the agents and timers share inside one worker process."""

    pipelines: dict[int, AlertPipeline] = field(default_factory=dict)
    ticks_pending: dict[int, float] = field(default_factory=dict)
    http: httpx.AsyncClient | None = None
    crash: asyncio.Future[None] | None = None  # the app's crash after the route loop failed


class KafkaWorker:
    """Builds the Faust app for ``settings``; ``app`` is what ``faust.Worker`` runs.

    ``ruleset`` defaults to :func:`rules.loader.load_ruleset` with ``settings.rules_dir``;
    ``clock`` (wall time by default) gives ``now`` for the core.
    """

    def __init__(
        self,
        settings: Settings,
        *,
        ruleset: Any | None = None,
        metrics: Metrics | None = None,
        clock: Callable[[], datetime] = _now,
    ) -> None:
        self.settings = settings
        self.metrics = metrics or Metrics()
        self.clock = clock
        self._user_dirs = [settings.rules_dir] if settings.rules_dir else []
        # Taken before loading, so an edit made while the rules load is not missed.
        self.rule_watcher = RuleDirWatcher(self._user_dirs)
        if ruleset is None:
            ruleset = load_ruleset(self._user_dirs, shipped=settings.rules_shipped)
        self.ruleset = _DetectionMemo(ruleset)
        self.detector = Detector(self.ruleset, metrics=self.metrics)
        self._evaluation_counters = self._rule_counters()
        self._unflushed_evaluations = 0
        self._received = self.metrics.items_received.labels(source="kafka")
        self._decoded_counters: dict[str, Any] = {}
        self.metrics.rules_loaded.set(len(self.ruleset.rules))
        self.state = WorkerState()
        self._pause_task: asyncio.Task[None] | None = None
        self.route = RouteConsumer(settings, self._route_record, on_failure=self._route_failed)
        self.app = self._build_app()

    # --- assembly -------------------------------------------------------------------------------
    def _build_app(self) -> faust.App:
        s = self.settings
        n = s.kafka_partitions
        web = s.faust_web_port is not None
        app = faust.App(
            s.kafka_consumer_group,
            broker=[f"kafka://{server}" for server in bootstrap_list(s)],
            broker_credentials=faust_broker_credentials(s),
            store=s.faust_store,
            datadir=str(s.faust_data_dir),
            web_enabled=web,
            web_port=s.faust_web_port or 6066,
            web_bind=s.faust_web_bind,
            topic_partitions=n,
            topic_replication_factor=s.kafka_replication_factor,
            topic_allow_declare=s.kafka_create_topics,
            broker_session_timeout=s.kafka_session_timeout,
            broker_heartbeat_interval=s.kafka_heartbeat_interval,
            broker_rebalance_timeout=max(s.kafka_session_timeout, 10.0),
            consumer_auto_offset_reset="earliest",
            table_standby_replicas=s.faust_standby_replicas,
            producer_acks=-1,
            # Linger 0 (the default): a record is sent at once, and records produced while a request
            # is in flight are batched into the next one, so a backlog still goes out in large
            # requests. Measured with `wirewatch bench e2e`: 5 ms cost 15-40 ms of latency over the
            # three hops at 200 items/s and saved no measurable CPU.
            producer_linger=s.kafka_producer_linger_ms / 1000.0,
            stream_wait_empty=False,
            broker_commit_interval=1.0,
        )
        raw: dict[str, Any] = {"key_serializer": "raw", "value_serializer": "raw", "partitions": n}
        self.items_dlq = app.topic(s.kafka_topic_items_dlq, **raw)
        self.events_topic = app.topic(s.kafka_topic_events, **raw)
        self.alerts_topic = app.topic(s.kafka_topic_alerts, **raw)
        self.notifications_dlq = app.topic(
            s.kafka_topic_notifications_dlq, key_serializer="raw", value_serializer="raw", partitions=1
        )
        # Keys and values are str, stored with the app's default table codec (JSON).
        self.detector_table = app.Table("detector-state", partitions=n)
        # Written outside any stream (delivery tasks), so it must be the in-memory store.
        self.notifier_table = app.Table("notifier-state", partitions=n, store="memory://")
        self.detector_index = KeyIndex()
        self.notifier_index = KeyIndex()
        self.notifier_writer = DirectChangelogWriter(app, self.notifier_table)
        self.detector_table.on_recover(self._on_detector_recovered)
        self.notifier_table.on_recover(self._on_notifier_recovered)
        app.on_partitions_revoked.connect(self._on_revoked)

        app.agent(self.events_topic, name="wirewatch.detect")(self._detect)
        app.agent(self.alerts_topic, name="wirewatch.notify")(self._notify)
        app.timer(s.kafka_tick_interval)(self._timers)
        app.task(self._on_started)
        if web:
            install_pages(app, self.metrics, extra_readiness=self.route.readiness)
        self.lag = LagReporter(
            app, self.metrics, (s.kafka_topic_events, s.kafka_topic_alerts), extra=self.route.lag
        )
        app.timer(s.kafka_lag_interval)(self._update_lag)

        if self._user_dirs and s.rules_watch_seconds > 0:
            app.timer(s.rules_watch_seconds)(self._watch_rules)

        app.on_before_shutdown.connect(self._on_shutdown)
        return app

    # --- rule reload ----------------------------------------------------------------------------
    def reload_rules(self) -> bool:
        """Load the rule set again; on success swap it in, on failure keep the live one (counted).

        Detection state lives in the tables, not in the detector, so a swap loses nothing. Loading,
        logging and counting are :func:`services.rulewatch.reload_ruleset`'s (shared with the
        embedded runtime).
        """
        ruleset = reload_ruleset(self._user_dirs, self.metrics, shipped=self.settings.rules_shipped)
        if ruleset is None:
            return False
        self.ruleset = _DetectionMemo(ruleset)
        self.detector = Detector(self.ruleset, metrics=self.metrics)
        self._flush_evaluations()  # counted against the rules that ran
        self._evaluation_counters = self._rule_counters()
        return True

    def _rule_counters(self) -> list[Any]:
        # wirewatch_rule_evaluations_total children, for items the route stage matched and skipped
        # (the Detector counts the items it evaluates itself).
        return [self.metrics.rule_evaluations.labels(rule=r.id) for r in getattr(self.ruleset, "rules", ())]

    async def _watch_rules(self, _app: Any = None) -> None:
        if await asyncio.to_thread(self.rule_watcher.changed):
            await asyncio.to_thread(self.reload_rules)

    async def _on_started(self) -> None:
        log.info(
            "worker.started",
            group=self.settings.kafka_consumer_group,
            partitions=self.settings.kafka_partitions,
        )
        await self.route.start()

    # --- route (called by services.kafka.route.RouteConsumer) ------------------------------------
    def _route_failed(self, exc: BaseException) -> None:
        # mode's Service.crash: the worker stops with the error instead of running without a route.
        self.state.crash = asyncio.ensure_future(self.app.crash(exc))

    def _route_record(self, message: Any) -> list[Outgoing]:
        """What to produce for one ``wire.items`` record (an aiokafka ``ConsumerRecord``)."""
        self._received.inc()
        self.metrics.last_item_timestamp.set(time.time())
        value: bytes = message.value if message.value is not None else b""
        produced_ms: int | None = message.timestamp if message.timestamp and message.timestamp > 0 else None
        out: list[Outgoing] = []
        for outcome in decode_payload(value):
            if isinstance(outcome, Decoded):
                try:
                    detections = self.ruleset.match(outcome.item)
                    if not needs_detector(outcome.item, detections):
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

    def _skipped(self, decoded: Decoded) -> None:
        self._decoded(decoded.format).inc()
        self.metrics.items_skipped.inc()
        self._unflushed_evaluations += 1
        if self._unflushed_evaluations >= _EVALUATIONS_FLUSH_EVERY:
            self._flush_evaluations()

    def _flush_evaluations(self) -> None:
        # Every rule ran on a skipped item: count them in bulk (one inc per rule per item is
        # measurable at thousands of items/s); the tick timer flushes the rest.
        n, self._unflushed_evaluations = self._unflushed_evaluations, 0
        if n:
            for counter in self._evaluation_counters:
                counter.inc(n)

    def _decoded(self, fmt: str) -> Any:
        counter = self._decoded_counters.get(fmt)
        if counter is None:
            counter = self.metrics.items_decoded.labels(source="kafka", format=fmt)
            self._decoded_counters[fmt] = counter
        return counter

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
        self._decoded(decoded.format).inc()
        record = EventRecord(kind="item", item=decoded.item, format=decoded.format, produced_ms=produced_ms)
        return Outgoing(self.settings.kafka_topic_events, key.encode("utf-8"), record.encode())

    # --- agents -----------------------------------------------------------------------------------

    async def _detect(self, stream: Any) -> None:
        async for event in stream.events():
            partition = event.message.partition
            # Buffered: each key the core writes for this event is one changelog record (.store).
            store = TablePartitionStore(
                self.detector_table, partition, index=self.detector_index, buffered=True
            )
            try:
                record = EventRecord.decode(event.value)
            except ValueError:
                log.exception("event.undecodable", partition=partition, offset=event.message.offset)
                continue
            now = self.clock()
            try:
                if record.kind == "tick":
                    self.state.ticks_pending.pop(partition, None)
                    try:
                        alerts = self.detector.tick(store, now)
                    except Exception:
                        log.exception("deadline.tick_failed", partition=partition)
                        continue
                else:
                    assert record.item is not None
                    alerts = self._evaluate(record.item, store, now, record.format or "json", event)
            finally:
                # Still inside the event (the writes go to its partition), before its alerts are sent.
                store.flush()
            for alert in alerts:
                await self._emit(alert, now, record.produced_ms)

    def _evaluate(
        self, item: WireItem, store: TablePartitionStore, now: datetime, fmt: str, event: Any
    ) -> list[Alert]:
        started = time.perf_counter()
        try:
            return self.detector.evaluate(item, store, now)
        except Exception as exc:
            # A bug in a rule or the core must not lose the item, nor stop the stream.
            log.exception("item.failed", item_id=item.uri)
            reason = f"processing failed: {type(exc).__name__}: {exc}"
            headers = dlq_headers(
                "$", reason, event.message.topic, event.message.partition, event.message.offset
            )
            self.items_dlq.send_soon(
                key=item.uri.encode("utf-8"), value=item_record(item, fmt), headers=headers
            )
            self.metrics.items_dead_lettered.labels(source="kafka", reason="processing").inc()
            return []
        finally:
            self.metrics.evaluation_seconds.observe(time.perf_counter() - started)

    async def _emit(self, alert: Alert, now: datetime, produced_ms: int | None) -> None:
        # wirewatch_alerts_total is counted by the Detector (rules/engine.py), not here.
        log.info(
            "alert",
            alert=alert.id,
            rule=alert.rule,
            status=alert.status.value,
            item_id=alert.item_ids[0] if alert.item_ids else None,
        )
        record = AlertRecord(kind="alert", alert=alert, emitted_at=now, produced_ms=produced_ms)
        await self.alerts_topic.send(key=alert.id.encode("utf-8"), value=record.encode())

    async def _notify(self, stream: Any) -> None:
        async for event in stream.events():
            try:
                record = AlertRecord.decode(event.value)
                pipeline = self._pipeline(event.message.partition)
                now = self.clock()
                if record.kind == "tick" or record.alert is None:
                    await pipeline.tick(now)
                else:
                    await pipeline.submit([record.alert], now)
            except Exception:
                # Logged with the record's coordinates so the alert can be replayed from the topic.
                log.exception("notify.failed", partition=event.message.partition, offset=event.message.offset)

    # --- pipelines per alerts partition -----------------------------------------------------------
    def _pipeline(self, partition: int) -> AlertPipeline:
        pipeline = self.state.pipelines.get(partition)
        if pipeline is None:
            if self.state.http is None:
                # aiohttp underneath: under half httpx's default CPU per POST (.httptransport).
                self.state.http = httpx.AsyncClient(
                    follow_redirects=False, headers={"User-Agent": "wirewatch"}, transport=AiohttpTransport()
                )
            store = TablePartitionStore(
                self.notifier_table,
                partition,
                in_stream=False,
                index=self.notifier_index,
                writer=self.notifier_writer,
            )
            pipeline = build_pipeline(
                self.settings,
                store,
                self.metrics,
                console=False,
                dead_letter=KafkaDeadLetter(self.notifications_dlq),
                client=self.state.http,
            )
            self.state.pipelines[partition] = pipeline
            log.info("notifier.partition_opened", partition=partition)
        return pipeline

    async def _close_pipelines(self, partitions: set[int]) -> None:
        for partition in sorted(partitions):
            pipeline = self.state.pipelines.pop(partition, None)
            if pipeline is not None:
                await pipeline.aclose()
                log.info("notifier.partition_closed", partition=partition)

    def _owned(self, topic: str) -> set[int]:
        return {tp.partition for tp in self.app.assignor.assigned_actives() if tp.topic == topic}

    async def _on_revoked(self, sender: Any, /, *args: Any, signal: Any = None, **kwargs: Any) -> None:
        revoked: set[TP] = set(args[0]) if args else set(kwargs.get("revoked", ()))
        alerts_topic = self.settings.kafka_topic_alerts
        await self._close_pipelines({tp.partition for tp in revoked if tp.topic == alerts_topic})
        events_topic = self.settings.kafka_topic_events
        for tp in revoked:
            if tp.topic == events_topic:
                self.state.ticks_pending.pop(tp.partition, None)

    async def _on_detector_recovered(self) -> None:
        self.detector_index.clear()

    async def _on_notifier_recovered(self) -> None:
        self.notifier_index.clear()
        owned = self._owned(self.settings.kafka_topic_alerts)
        log.info(
            "worker.assigned",
            events=sorted(self._owned(self.settings.kafka_topic_events)),
            alerts=sorted(owned),
            items=sorted(self.route.assigned),
        )
        await self._close_pipelines(set(self.state.pipelines) - owned)
        if self._pause_task is None or self._pause_task.done():
            self._pause_task = asyncio.ensure_future(self._pause_active_changelogs())
        for partition in sorted(owned):
            # Open (and tick) every owned partition, so outboxes recovered from the changelog are
            # re-queued even if no new alert arrives.
            await self._pipeline(partition).tick(self.clock())

    async def _pause_active_changelogs(self) -> None:
        """Stop the Kafka client fetching the changelog partitions of the tables' active partitions.

        Recovery is over, and Faust reads an active changelog only to recover (standby partitions, of
        other workers' tables, are not touched). Faust "pauses" these partitions in its own
        bookkeeping only, so the aiokafka client keeps fetching them: the first records our own
        table writes put there are fetched and never consumed, and the client then holds back
        every fetch to the broker for its prefetch backoff (0.1 s), once per changelog partition
        after each assignment. Measured with `wirewatch bench e2e`: that was the 0.1-0.3 s latency of
        the first alerts after a start.

        When it is safe: Faust calls the tables' recovery callbacks (where this is scheduled) before
        it checks whether another rebalance began meanwhile, and a pause of a partition that the
        *next* recovery must read would stall that recovery for good. So this waits until Faust
        reports the rebalance over (``app.rebalancing`` false: the current assignment is recovered),
        reads the active partitions and the rebalance count then, and pauses in the consumer
        thread only if no rebalance has started since. aiokafka starts every new assignment
        unpaused, so the pause never outlives the assignment it was computed for.
        """
        try:
            app: Any = self.app
            for _ in range(1200):  # up to 60 s; a worker that never settles keeps fetching them
                if not app.rebalancing:
                    break
                await asyncio.sleep(0.05)
            else:
                return
            count = app.rebalancing_count
            changelogs = set(app.tables.changelog_topics)
            tps = [
                TopicPartition(tp.topic, tp.partition)
                for tp in app.assignor.assigned_actives()
                if tp.topic in changelogs
            ]
            if not tps:
                return
            thread: Any = app.consumer._thread
            client = thread._ensure_consumer()  # the aiokafka consumer, owned by Faust's thread

            async def pause() -> None:
                # Runs in the consumer thread without awaiting, so no assignment can change under it.
                if app.rebalancing or app.rebalancing_count != count:
                    return
                assigned = client.assignment()
                client.pause(*[tp for tp in tps if tp in assigned])

            await thread.call_thread(pause)
        except Exception as exc:  # an optimisation: without it the worker is only slower
            log.warning("worker.changelog_pause_failed", error=repr(exc))

    async def _on_shutdown(self, sender: Any, /, *args: Any, signal: Any = None, **kwargs: Any) -> None:
        if self._pause_task is not None:
            self._pause_task.cancel()
        await self.route.stop()
        await self._close_pipelines(set(self.state.pipelines))
        if self.state.http is not None:
            await self.state.http.aclose()
            self.state.http = None

    # --- timers ---------------------------------------------------------------------------------
    async def _update_lag(self, _app: Any = None) -> None:
        try:
            await self.lag.update()
        except Exception as exc:  # a metric must never stop the worker
            log.warning("worker.lag_failed", error=repr(exc))

    async def _timers(self, _app: Any = None) -> None:
        now = self.clock()
        self._flush_evaluations()
        try:
            await self._deadline_ticks(now)
            for partition in sorted(self._owned(self.settings.kafka_topic_alerts)):
                pipeline = self.state.pipelines.get(partition)
                wakeup = pipeline.next_wakeup() if pipeline is not None else None
                if pipeline is not None and wakeup is not None and wakeup <= now:
                    await pipeline.tick(now)
        except Exception:
            log.exception("worker.timer_failed")

    async def _deadline_ticks(self, now: datetime) -> None:
        mono = time.monotonic()
        for partition in sorted(self._owned(self.settings.kafka_topic_events)):
            sent = self.state.ticks_pending.get(partition)
            if sent is not None and mono - sent < _TICK_RESEND_AFTER:
                continue
            deadline = self.detector.next_deadline(
                TablePartitionStore(self.detector_table, partition, index=self.detector_index)
            )
            if deadline is None or deadline > now:
                continue
            self.state.ticks_pending[partition] = mono
            await self.events_topic.send(
                key=TICK_KEY, value=EventRecord(kind="tick").encode(), partition=partition
            )
            log.debug("deadline.tick_sent", partition=partition, deadline=deadline.isoformat())


def build_worker(settings: Settings, **kwargs: Any) -> KafkaWorker:
    """Convenience for the command and tests."""
    return KafkaWorker(settings, **kwargs)


def run_worker(settings: Settings, *, loglevel: str = "info") -> None:
    """Create the topics (when allowed), then run the worker until SIGTERM/SIGINT."""
    from services.kafka.topics import ensure_topics

    asyncio.run(ensure_topics(settings))
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    worker = KafkaWorker(settings)
    faust_worker = faust.Worker(worker.app, loglevel=loglevel, quiet=True, loop=loop, redirect_stdouts=False)
    # httpx logs every request at INFO, URL included (a webhook URL may carry its secret), and at
    # hundreds of alerts/s the line costs more than the request; "notification delivered" says it.
    logging.getLogger("httpx").setLevel(max(logging.WARNING, logging.getLogger().getEffectiveLevel()))
    if settings.kafka_profile_path is None:
        faust_worker.execute_from_commandline()
        return
    # Development aid (WIREWATCH_KAFKA_PROFILE_PATH): profile the whole process (event loop thread)
    # and write pstats at exit, for `python -m pstats` or snakeviz.
    import cProfile

    profiler = cProfile.Profile()
    profiler.enable()
    try:
        faust_worker.execute_from_commandline()
    finally:
        profiler.disable()
        profiler.dump_stats(str(settings.kafka_profile_path))

"""The worker process of ``wirewatch worker``: a route loop, two Faust agents and timers around the core.

Stages (each a thin shell; the decisions are the core's):

- route (``wire.items``; not a Faust agent but a plain aiokafka loop in its own consumer group,
  :mod:`services.kafka.route`, which states the delivery contract): each record is decoded,
  matched, triaged and re-keyed by :class:`services.kafka.routing.ItemRouter` and published to
  ``wirewatch.events`` (an undecodable one to ``wire.items.dlq``). An item that cannot change
  detector state (no detection, a first version, not a kill: :mod:`services.kafka.triage`) stops
  there: most wire traffic, spared two hops.
- ``detect`` (``wirewatch.events``): ``Detector.evaluate(item, state, now)`` (or ``tick`` for a tick
  record) with ``state`` = this partition of the ``detector-state`` table; alerts go to
  ``wirewatch.alerts`` keyed by fingerprint. An item the core fails on goes to the items DLQ.
- ``notify`` (``wirewatch.alerts``): ``AlertPipeline.submit`` on the pipeline of the record's
  partition, whose state is that partition of the ``notifier-state`` table
  (:class:`services.kafka.notifier.NotifierPartitions`).

Timers (every ``kafka_tick_interval`` seconds, over the partitions this worker owns, only):

- deadlines: when ``Detector.next_deadline`` of an owned events partition has passed, a tick record
  is published to *that partition*, so deadline alerts are computed in-stream, in order with the
  partition's items, by whoever owns it then (a partition moved to another worker keeps its open
  claims in the table, and the new owner's timer fires them);
- notifier: pipelines whose ``next_wakeup`` has passed are ticked (group waits, repeats).

Pipelines are created lazily per owned alerts partition (after its table partition is recovered),
and closed when the partition is revoked, so a pipeline never writes state it no longer owns. After
each recovery the active changelog partitions are paused in the Kafka client
(:func:`services.kafka.changelog.pause_active_changelogs`), and the Faust consumer's fetch wait is
bounded to 100 ms (:mod:`services.kafka.fetchwait`: Faust's 1.5 s turned a loop stall into
second-long delays).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import faust
import structlog
from faust.types import TP

from alerts.models import Alert
from ingest.models import WireItem
from rules.engine import Detector
from rules.loader import load_ruleset
from services.kafka.changelog import ChangelogSender, kafka_producer, pause_active_changelogs
from services.kafka.codec import AlertRecord, EventRecord, dlq_headers, item_record
from services.kafka.config import bootstrap_list, faust_broker_credentials
from services.kafka.fetchwait import FETCH_MAX_WAIT_MS, bound_fetch_wait
from services.kafka.health import LagReporter, install_pages
from services.kafka.memo import DetectionMemo
from services.kafka.notifier import NotifierPartitions
from services.kafka.recoverywatch import RecoveryWatch
from services.kafka.route import RouteConsumer
from services.kafka.routing import ItemRouter
from services.kafka.store import KeyIndex, TablePartitionStore
from services.rulewatch import RuleDirWatcher, reload_ruleset
from wirewatch import gcpolicy
from wirewatch.metrics import Metrics
from wirewatch.settings import Settings

log = structlog.get_logger("wirewatch.kafka.worker")

TICK_KEY = b"\x00tick"
NOTIFIER_STORE = "memory://localhost"  # the notifier table's store, whatever WIREWATCH_FAUST_STORE says
_TICK_RESEND_AFTER = 10.0  # seconds before an unanswered tick is sent again


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass
class WorkerState:
    """What the agents and timers share inside one worker process."""

    ticks_pending: dict[int, float] = field(default_factory=dict)
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
        process_gc: bool = False,
    ) -> None:
        self.settings = settings
        self.metrics = metrics or Metrics()
        self.clock = clock
        self._process_gc = process_gc
        self._user_dirs = [settings.rules_dir] if settings.rules_dir else []
        # Taken before loading, so an edit made while the rules load is not missed.
        self.rule_watcher = RuleDirWatcher(self._user_dirs)
        if ruleset is None:
            ruleset = load_ruleset(self._user_dirs, shipped=settings.rules_shipped)
        self.ruleset = DetectionMemo(ruleset)
        self.detector = Detector(self.ruleset, metrics=self.metrics)
        self.router = ItemRouter(settings, self.metrics, self.ruleset)
        self.metrics.rules_loaded.set(len(self.ruleset.rules))
        self.state = WorkerState()
        self._pause_task: asyncio.Task[None] | None = None
        self._watch_task: asyncio.Task[None] | None = None
        self.route = RouteConsumer(
            settings, self.router.route, on_failure=self._route_failed, after_batch=self.router.flush_counts
        )
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
        self.detector_changelog = ChangelogSender(app, self.detector_table)
        # Written outside any stream (delivery tasks), so it must be the in-memory store. With a host:
        # Faust falls back to the app's store when the table's store URL is falsy, and yarl's
        # URL("memory://") is (so under WIREWATCH_FAUST_STORE=rocksdb:// every delivery record failed).
        self.notifier_table = app.Table("notifier-state", partitions=n, store=NOTIFIER_STORE)
        self.detector_index = KeyIndex()
        self.notifier_index = KeyIndex()
        self.notifier = NotifierPartitions(
            s, self.metrics, app, self.notifier_table, self.notifier_index, self.notifications_dlq
        )
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
        self.ruleset = DetectionMemo(ruleset)
        self.detector = Detector(self.ruleset, metrics=self.metrics)
        self.router.use(self.ruleset)
        gcpolicy.refreeze()  # the old rule set was frozen with the rest: reclaim it (no-op if unfrozen)
        return True

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
        if self._process_gc:
            # Everything built so far (rules, Faust and aiokafka machinery) lives as long as the process.
            frozen = gcpolicy.apply(self.metrics, freeze_objects=self.settings.gc_freeze)
            if self.settings.gc_freeze:
                log.info("worker.gc_frozen", objects=frozen)

    def _route_failed(self, exc: BaseException) -> None:
        # mode's Service.crash: the worker stops with the error instead of running without a route.
        self.state.crash = asyncio.ensure_future(self.app.crash(exc))

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
            if record.kind == "tick":
                self.state.ticks_pending.pop(partition, None)
                try:
                    alerts = self.detector.tick(store, now)
                except Exception:
                    log.exception("deadline.tick_failed", partition=partition)
                    alerts = []  # what the tick wrote before it failed is kept, as before
            else:
                assert record.item is not None
                alerts = self._evaluate(record.item, store, now, record.format or "json", event)
            # Still inside the event (the writes go to its partition), before its alerts are sent.
            await self.detector_changelog.send(partition, store.flush())
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
        # Straight to the aiokafka producer (raw bytes, its key partitioner: the partition
        # alerts_topic.send picks): Faust's Topic.send wraps each record in pending/future messages,
        # sensor calls and a callback, which cost more per alert than the send; its Producer.send
        # adds a signal and conversions (services.kafka.changelog.kafka_producer).
        await kafka_producer(self.app).send(
            self.settings.kafka_topic_alerts, record.encode(), key=alert.id.encode("utf-8")
        )

    async def _notify(self, stream: Any) -> None:
        async for event in stream.events():
            try:
                record = AlertRecord.decode(event.value)
                pipeline = self.notifier.get(event.message.partition)
                now = self.clock()
                if record.kind == "tick" or record.alert is None:
                    await pipeline.tick(now)
                else:
                    await pipeline.submit([record.alert], now)
            except Exception:
                # Logged with the record's coordinates so the alert can be replayed from the topic.
                log.exception("notify.failed", partition=event.message.partition, offset=event.message.offset)

    def _owned(self, topic: str) -> set[int]:
        return {tp.partition for tp in self.app.assignor.assigned_actives() if tp.topic == topic}

    async def _on_revoked(self, sender: Any, /, *args: Any, signal: Any = None, **kwargs: Any) -> None:
        revoked: set[TP] = set(args[0]) if args else set(kwargs.get("revoked", ()))
        alerts_topic = self.settings.kafka_topic_alerts
        await self.notifier.close({tp.partition for tp in revoked if tp.topic == alerts_topic})
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
        await self.notifier.close(set(self.notifier.pipelines) - owned)
        # The consumer has started by now; its fetches must not be held 1.5 s (.fetchwait).
        if bound_fetch_wait(self.app):
            log.info("worker.fetch_wait_bounded", max_wait_ms=FETCH_MAX_WAIT_MS)
        if self._pause_task is None or self._pause_task.done():
            self._pause_task = asyncio.ensure_future(pause_active_changelogs(self.app))
        if self._watch_task is None:  # from the first recovery on: a later one may stall
            watch = RecoveryWatch(self.app, stall_seconds=self.settings.kafka_recovery_stall_seconds)
            self._watch_task = asyncio.ensure_future(watch.run())
        for partition in sorted(owned):
            # Open (and tick) every owned partition, so outboxes recovered from the changelog are
            # re-queued even if no new alert arrives.
            await self.notifier.get(partition).tick(self.clock())

    async def _on_shutdown(self, sender: Any, /, *args: Any, signal: Any = None, **kwargs: Any) -> None:
        if self._pause_task is not None:
            self._pause_task.cancel()
        if self._watch_task is not None:
            self._watch_task.cancel()
        await self.route.stop()
        await self.notifier.aclose()

    # --- timers ---------------------------------------------------------------------------------
    async def _update_lag(self, _app: Any = None) -> None:
        try:
            await self.lag.update()
        except Exception as exc:  # a metric must never stop the worker
            log.warning("worker.lag_failed", error=repr(exc))

    async def _timers(self, _app: Any = None) -> None:
        now = self.clock()
        self.router.flush_evaluations()
        try:
            await self._deadline_ticks(now)
            await self.notifier.tick_due(self._owned(self.settings.kafka_topic_alerts), now)
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
    worker = KafkaWorker(settings, process_gc=True)
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

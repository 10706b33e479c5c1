"""The embedded runtime's worker: queued items through the detector and the alert pipeline, in order.

:class:`ItemWorker` takes :class:`Work` off the runtime's queue one at a time (a ``None`` stops it,
after everything queued before it). For each item, in one SQLite transaction, it runs
``Detector.evaluate(item, store, now)``, removes the item's journal entry and stashes the alerts in
the outbox; then it logs the alerts, hands them to the pipeline and clears the outbox entry. An item
whose evaluation raises goes to the dead letter (its journal entry is removed too) and the worker
goes on. Between items it wakes at the earliest of the detector's ``next_deadline`` and the
pipeline's ``next_wakeup`` (at most every ``_MAX_SLEEP`` s) and calls ``Detector.tick`` /
``pipeline.tick``, so claim deadlines fire on a quiet stream; about once an hour it expires state
older than the retention. :meth:`ItemWorker.recover` resubmits an outbox and re-queues the journal
left by a crash, before the worker starts.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

import structlog

from alerts.models import Alert
from alerts.pipeline import AlertPipeline
from ingest.deadletter import DeadLetter
from ingest.models import WireItem
from rules.engine import Detector
from services.journal import Journal
from services.sqlite_store import SqliteStore
from wirewatch.clock import Clock
from wirewatch.errors import DecodeError
from wirewatch.metrics import Metrics

log = structlog.get_logger("wirewatch.runtime")

_MAX_SLEEP = 60.0  # re-check wake-up times at least this often (the wall clock may jump)
_EXPIRE_EVERY = 3600.0
_STUCK_TIMER_BACKOFF = 1.0


@dataclass
class Work:
    """One decoded item to process: ``journal_key`` if it was journalled, ``done`` if a source waits."""

    item: WireItem
    format: str
    source: str
    origin: str | None
    journal_key: str | None = None
    done: asyncio.Future[None] | None = None


def _raw_text(item: WireItem) -> str:
    return json.dumps(item.raw, ensure_ascii=False, default=str) if item.raw else item.model_dump_json()


class ItemWorker:
    """Processes the runtime's queue strictly in order, and fires the detector's and pipeline's timers.

    ``detector`` is called for every item and tick, so a rule reload (which replaces the runtime's
    detector) takes effect with the next item.
    """

    def __init__(
        self,
        queue: asyncio.Queue[Work | None],
        *,
        store: SqliteStore,
        journal: Journal,
        pipeline: AlertPipeline,
        detector: Callable[[], Detector],
        dead_letter: DeadLetter,
        metrics: Metrics,
        clock: Clock,
        retention: timedelta,
    ) -> None:
        self._queue = queue
        self._store = store
        self._journal = journal
        self._pipeline = pipeline
        self._detector = detector
        self._dead_letter = dead_letter
        self._metrics = metrics
        self._clock = clock
        self._retention = retention
        self._last_expire = 0.0
        self._last_due: datetime | None = None  # the timer instant the last tick handled

    async def recover(self) -> None:
        """Resubmit alerts left in the outbox and re-queue journalled items, in arrival order."""
        for key, alerts in self._journal.undelivered():
            log.info("runtime.outbox_recovered", alerts=len(alerts))
            await self._deliver(alerts, self._clock.now(), key)
        for entry in self._journal.pending():
            self._queue.put_nowait(Work(entry.item, entry.format, entry.source, entry.origin, entry.key))
        if self._queue.qsize():
            log.info("runtime.journal_recovered", items=self._queue.qsize())

    async def run(self) -> None:
        """Process queued work and due timers until a ``None`` is taken off the queue."""
        while True:
            try:
                work = await asyncio.wait_for(self._queue.get(), self._next_wakeup())
            except TimeoutError:
                work = None
            else:
                if work is None:
                    self._queue.task_done()
                    break
            try:
                if work is not None:
                    await self._process(work)
                await self._tick()
            except Exception:  # never let one failure stop the worker
                log.exception("runtime.worker_error")
            finally:
                if work is not None:
                    _finish(work)
                    self._queue.task_done()

    def _next_wakeup(self) -> float:
        """Seconds until the detector or the pipeline has timed work (at most ``_MAX_SLEEP``)."""
        candidates = [self._detector().next_deadline(self._store), self._pipeline.next_wakeup()]
        due = [c for c in candidates if c is not None]
        if not due:
            return _MAX_SLEEP
        earliest = min(due)
        if earliest == self._last_due:
            # Still due after being handled: a timer its owner did not clear. Back off, do not spin.
            return _STUCK_TIMER_BACKOFF
        seconds = (earliest - self._clock.now()).total_seconds()
        return min(max(seconds, 0.0), _MAX_SLEEP)

    async def _process(self, work: Work) -> None:
        store, journal, detector = self._store, self._journal, self._detector()
        item_log = log.bind(item_id=work.item.uri)
        now = self._clock.now()
        outbox_key: str | None = None
        started = time.perf_counter()
        try:
            with store.transaction():
                alerts = detector.evaluate(work.item, store, now)
                if work.journal_key is not None:
                    journal.remove(work.journal_key)
                outbox_key = journal.stash(alerts)
        except Exception as exc:
            # A bug in a rule or the engine must not lose the item: it goes to the dead letter.
            item_log.exception("item.failed", source=work.source)
            reason = f"processing failed: {type(exc).__name__}: {exc}"
            self._dead_letter.write(
                _raw_text(work.item),
                DecodeError("$", reason),
                source=work.source,
                origin=work.origin,
                format=work.format,
            )
            self._metrics.items_dead_lettered.labels(source=work.source, reason="processing").inc()
            if work.journal_key is not None:
                journal.remove(work.journal_key)
            return
        finally:
            self._metrics.evaluation_seconds.observe(time.perf_counter() - started)
        item_log.info(
            "item.processed",
            source=work.source,
            origin=work.origin,
            format=work.format,
            version=work.item.version,
            alerts=len(alerts),
        )
        await self._deliver(alerts, now, outbox_key)

    async def _deliver(self, alerts: list[Alert], now: datetime, outbox_key: str | None) -> None:
        for alert in alerts:
            # wirewatch_alerts_total is counted by the Detector (rules/engine.py), not here.
            log.info(
                "alert",
                alert=alert.id,
                rule=alert.rule,
                category=alert.category,
                status=alert.status.value,
                item_id=alert.item_ids[0] if alert.item_ids else None,
                summary=alert.summary,
            )
        if alerts:
            await self._pipeline.submit(alerts, now)
        if outbox_key is not None:
            self._journal.delivered(outbox_key)

    async def _tick(self) -> None:
        store, detector = self._store, self._detector()
        now = self._clock.now()
        deadline = detector.next_deadline(store)
        wakeup = self._pipeline.next_wakeup()
        self._last_due = min((t for t in (deadline, wakeup) if t is not None and t <= now), default=None)
        if deadline is not None and deadline <= now:
            with store.transaction():
                alerts = detector.tick(store, now)
                outbox_key = self._journal.stash(alerts)
            await self._deliver(alerts, now, outbox_key)
        if wakeup is not None and wakeup <= now:
            await self._pipeline.tick(now)
        if time.monotonic() - self._last_expire > _EXPIRE_EVERY:
            self._last_expire = time.monotonic()
            cutoff = now - self._retention
            expired = store.expire(cutoff)
            if expired:
                log.info("state.expired", rows=expired, before=cutoff.isoformat())


def _finish(work: Work) -> None:
    """Release a source waiting for this item (it is processed or dead-lettered)."""
    if work.done is not None and not work.done.done():
        work.done.set_result(None)

"""The alert pipeline: dedup -> route -> group -> (at flush) inhibit -> silence -> fan-out -> retry -> record.

:class:`AlertPipeline` is the thin shell the runtimes call; every decision is made by the pure stages
(:mod:`alerts.dedup`, :mod:`alerts.routing`, :mod:`alerts.grouping`, :mod:`alerts.inhibit`,
:mod:`alerts.silences`), deliveries by :class:`alerts.delivery.Dispatcher`. Routing runs before
grouping (as in Alertmanager) because ``group_by`` and the timings belong to the route an alert takes.

Contract for runtimes:

- ``await submit(alerts, now)`` after each detector call (``now`` = event time in replay, wall time
  live); groups due at ``now`` (``group_wait: 0``) are flushed before it returns. Deliveries run in
  background workers, so a slow receiver never blocks ingest.
- ``await tick(now)`` whenever ``next_wakeup()`` has passed (group_wait/group_interval/repeat timers,
  silence expiry re-checks, subscription hot reload).
- ``await drain()`` waits until queued deliveries are done (tests, replay); ``await aclose()`` drains
  (bounded) and closes the notifiers.

State (all in the :class:`StateStore`): ``alerts.seen`` (fingerprint -> last digest, status, labels),
``alerts.groups``, ``alerts.silences``, ``alerts.outbox``, ``alerts.delivered``.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import heapq
import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime, timedelta

import structlog

from alerts.dedup import content_digest, dedup
from alerts.delivery import Dispatcher, Integration
from alerts.grouping import Group, add_alert, due_at, flush, group_key, group_labels
from alerts.inhibit import inhibited_by
from alerts.isotime import isoformat
from alerts.labels import alert_labels
from alerts.models import Alert, AlertStatus
from alerts.notifiers.base import Notification, notification_status
from alerts.routing import match_routes
from alerts.silences import Silence, SilenceStore, silenced_by
from alerts.table import RoutingTable
from wirewatch.errors import ConfigError
from wirewatch.metrics import Metrics
from wirewatch.state import StateStore

SEEN = "alerts.seen"
PRUNE_EVERY = timedelta(hours=1)
GROUPS = "alerts.groups"
log = structlog.get_logger("wirewatch.alerts.pipeline")


@dataclass(frozen=True)
class LoadedConfig:
    """What a (re)load produces: the routing table and the integrations per receiver."""

    table: RoutingTable
    integrations: Mapping[str, Sequence[Integration]]
    subscriptions: Sequence[object] = ()


class Reloader:
    """Hot reload hooks: ``signature()`` changes when the files change; ``load()`` builds a config."""

    def __init__(
        self, signature: Callable[[], object], load: Callable[[], LoadedConfig], interval: float = 5.0
    ):
        self.signature = signature
        self.load = load
        self.interval = interval


class AlertPipeline:
    """See the module docstring."""

    def __init__(
        self,
        config: LoadedConfig,
        store: StateStore,
        metrics: Metrics,
        dispatcher: Dispatcher,
        *,
        reloader: Reloader | None = None,
        retention: timedelta = timedelta(days=30),
        on_close: Callable[[], object] | None = None,
    ) -> None:
        self._store = store
        self._metrics = metrics
        self.dispatcher = dispatcher
        self.silences = SilenceStore(store)
        self._reloader = reloader
        self._signature = reloader.signature() if reloader else None
        self._last_reload_check: datetime | None = None
        self._retention = retention
        self._on_close = on_close
        self._lock = asyncio.Lock()
        self._started = False
        self._counted: set[tuple[str, str, str]] = set()
        self._last_prune: datetime | None = None
        self._closed = False
        self._apply(config)
        self._firing: dict[str, dict[str, str]] = {}
        for fp, raw in store.scan(SEEN):
            rec = json.loads(raw)
            if rec["status"] == AlertStatus.FIRING.value:
                self._firing[fp] = rec["labels"]
        # Groups live in memory (this pipeline is their only writer) and are written through to the
        # store; due times are a dict (truth) plus a heap (order) with lazy deletion.
        self._groups: dict[str, Group] = {}
        # Keys of groups changed inside the current write scope (insertion order = order of their
        # last change), written once when it ends; None outside a scope (groups written at once).
        self._unwritten: dict[str, None] | None = None
        self._due: dict[str, datetime] = {}
        self._heap: list[tuple[datetime, str]] = []
        for key, raw in store.scan(GROUPS):
            self._groups[key] = Group.from_json(raw)
            self._schedule(self._groups[key], key)

    # --- configuration ------------------------------------------------------------------------
    def _apply(self, config: LoadedConfig) -> None:
        self.config = config
        self.table = config.table
        self.dispatcher.set_integrations({i.name: i for ints in config.integrations.values() for i in ints})

    @property
    def subscriptions(self) -> Sequence[object]:
        return self.config.subscriptions

    def reload(self) -> bool:
        """Reload routing and subscriptions now; keep the old config (and log why) when invalid."""
        if self._reloader is None:
            return False
        try:
            config = self._reloader.load()
        except ConfigError as exc:
            log.error("routing reload failed; keeping the previous configuration", error=str(exc))
            return False
        self._apply(config)
        for key, group in list(self._groups.items()):
            self._schedule(group, key)
        log.info("routing reloaded", routes=len(self.table.routes), receivers=len(self.table.receivers))
        return True

    def _maybe_reload(self, now: datetime) -> None:
        if self._reloader is None:
            return
        if self._last_reload_check is not None and (now - self._last_reload_check).total_seconds() < abs(
            self._reloader.interval
        ):
            return
        self._last_reload_check = now
        signature = self._reloader.signature()
        if signature != self._signature:
            self._signature = signature
            self.reload()

    # --- the runtime interface ----------------------------------------------------------------
    async def submit(self, alerts: Iterable[Alert], now: datetime) -> None:
        """Take new alerts and status changes; flush groups that are due at ``now``."""
        async with self._lock:
            self._start()
            self._maybe_reload(now)
            batch = list(alerts)
            seen = {}
            for alert in batch:
                raw = self._store.get(SEEN, alert.id)
                if raw is not None:
                    seen[alert.id] = json.loads(raw)["digest"]
            fresh, _dropped = dedup(batch, seen)
            with self._write_scope():  # admit and flush: one commit (nested flush joins it)
                for alert in fresh:
                    self._admit(alert, now)
                await self._flush_due(now)

    async def tick(self, now: datetime) -> None:
        """Run timers due at ``now`` (group flushes, repeats, re-checks, hot reload, pruning)."""
        async with self._lock:
            self._start()
            self._maybe_reload(now)
            await self._flush_due(now)
            if self._last_prune is None or now - self._last_prune >= PRUNE_EVERY:
                self._last_prune = now
                self.prune(now)

    def prune(self, now: datetime) -> dict[str, int]:
        """Forget state older than the retention: seen alerts, stale groups, old silences, delivery log.

        A group whose newest alert is older than the retention is dropped (its alerts would
        otherwise repeat forever when their resolution never comes).
        """
        cutoff = now - self._retention
        counts = {"seen": 0, "groups": 0, "silences": 0, "delivered": 0}
        for fp, raw in list(self._store.scan(SEEN)):
            if datetime.fromisoformat(json.loads(raw)["at"]) < cutoff:
                self._store.delete(SEEN, fp)
                self._firing.pop(fp, None)
                counts["seen"] += 1
        for key, group in list(self._groups.items()):
            newest = max((a.updated_at for a in group.alerts.values()), default=group.created_at)
            if newest < cutoff:
                self._drop_group(key)
                counts["groups"] += 1
        counts["silences"] = self.silences.prune(now, self._retention)
        counts["delivered"] = self.dispatcher.prune_delivered(self._retention)
        if len(self._counted) > 100_000:
            self._counted.clear()
        if any(counts.values()):
            log.info("pruned alert state", **counts)
        return counts

    def next_wakeup(self) -> datetime | None:
        """The earliest instant at which :meth:`tick` has work, or ``None``."""
        while self._heap and self._due.get(self._heap[0][1]) != self._heap[0][0]:
            heapq.heappop(self._heap)  # stale entry: rescheduled or dropped since
        candidates = [self._heap[0][0]] if self._heap else []
        if self._reloader is not None and self._last_reload_check is not None:
            candidates.append(self._last_reload_check + timedelta(seconds=self._reloader.interval))
        return min(candidates) if candidates else None

    async def drain(self) -> None:
        """Wait for every queued delivery to finish (delivered or dead-lettered)."""
        await self.dispatcher.drain()

    async def aclose(self) -> None:
        """Finish queued deliveries (bounded), stop workers, close notifiers. Idempotent."""
        if self._closed:
            return
        self._closed = True
        await self.dispatcher.aclose()
        for integrations in self.config.integrations.values():
            for integration in integrations:
                await integration.notifier.aclose()
        if self._on_close is not None:
            result = self._on_close()
            if asyncio.iscoroutine(result):
                await result

    # --- stages -------------------------------------------------------------------------------
    def _start(self) -> None:
        if not self._started:
            self._started = True
            recovered = self.dispatcher.recover()
            if recovered:
                log.info("re-queued notifications from the outbox", count=recovered)

    def _admit(self, alert: Alert, now: datetime) -> None:
        labels = alert_labels(alert)
        self._store.put(
            SEEN,
            alert.id,
            json.dumps(
                {
                    "digest": content_digest(alert),
                    "status": alert.status.value,
                    "labels": labels,
                    "at": isoformat(now),
                }
            ),
        )
        if alert.status is AlertStatus.FIRING:
            self._firing[alert.id] = labels
        else:
            self._firing.pop(alert.id, None)
        for route in match_routes(self.table.root, labels):
            glabels = group_labels(route, labels, alert.id)
            key = group_key(route, glabels)
            group = add_alert(self._groups.get(key), route, glabels, alert, now, key)
            self._put_group(group)
            log.debug("alert grouped", alert=alert.id, rule=alert.rule, group=key)

    def _put_group(self, group: Group) -> None:
        self._groups[group.key] = group
        unwritten = self._unwritten
        if unwritten is None:
            self._store.put(GROUPS, group.key, group.to_json())
        else:
            unwritten.pop(group.key, None)  # its record goes where its last change was
            unwritten[group.key] = None
        self._schedule(group, group.key)

    def _drop_group(self, key: str) -> None:
        self._groups.pop(key, None)
        if self._unwritten is not None:
            self._unwritten.pop(key, None)
        self._store.delete(GROUPS, key)
        self._due.pop(key, None)

    def _schedule(self, group: Group, key: str) -> None:
        route = self.table.routes.get(group.route_id)
        if route is None or route.receiver != group.receiver:
            when: datetime | None = datetime.min.replace(tzinfo=group.created_at.tzinfo)  # flush = drop now
        else:
            when = due_at(group, route)
        if when is None:
            self._due.pop(key, None)
        elif self._due.get(key) != when:
            self._due[key] = when
            heapq.heappush(self._heap, (when, key))

    async def _flush_due(self, now: datetime) -> None:
        due: list[str] = []
        while self._heap and self._heap[0][0] <= now:
            when, key = heapq.heappop(self._heap)
            if self._due.get(key) == when:
                del self._due[key]
                due.append(key)
        if not due:
            return
        silences = [s for s in self.silences.list() if s.active(now)]
        # One store transaction for the whole flush (SqliteStore: one commit, not one per write).
        # Enqueueing never suspends, so no other coroutine runs inside it.
        with self._write_scope():
            for key in due:
                group = self._groups.get(key)
                if group is not None:
                    await self._flush_group(group, now, silences)

    def _transaction(self) -> AbstractContextManager[object]:
        transaction = getattr(self._store, "transaction", None)
        return transaction() if callable(transaction) else contextlib.nullcontext()

    @contextlib.contextmanager
    def _write_scope(self) -> Iterator[None]:
        """A store transaction in which each changed group is serialised and written once, at the end.

        A submit admits an alert to its group and, with ``group_wait: 0``, flushes that group at
        once: two changes, one record (the store already coalesces the writes of a transaction;
        this also spares the second ``to_json``). The groups are written inside the transaction,
        after every other write of the scope, as the store's coalescing would order them (a group
        marked flushed is recorded after the outbox entry of its notification); on an exception
        the groups changed so far are still written, as the direct writes were. Nested scopes join
        the outermost one. Like the transaction, it must not suspend while open.
        """
        if self._unwritten is not None:
            yield
            return
        self._unwritten = {}
        with self._transaction():
            try:
                yield
            finally:
                unwritten, self._unwritten = self._unwritten, None
                for key in unwritten:
                    group = self._groups.get(key)
                    if group is not None:
                        self._store.put(GROUPS, key, group.to_json())

    def _mute_reason(self, silences: list[Silence], now: datetime) -> Callable[[Alert], str | None]:
        def reason(alert: Alert) -> str | None:
            labels = alert_labels(alert)
            silence = silenced_by(labels, silences, now)
            if silence is not None:
                self._count(alert, "silenced", self._metrics.alerts_silenced.inc)
                return f"silenced by {silence.id}"
            source = inhibited_by(self.table.inhibit_rules, alert.id, labels, self._firing.items())
            if source is not None:
                self._count(alert, "inhibited", self._metrics.alerts_inhibited.inc)
                return f"inhibited by {source}"
            return None

        return reason

    def _count(self, alert: Alert, kind: str, inc: Callable[[], None]) -> None:
        mark = (alert.id, content_digest(alert), kind)
        if mark not in self._counted:
            self._counted.add(mark)
            inc()
            log.info(f"alert {kind}", alert=alert.id, rule=alert.rule)

    async def _flush_group(self, group: Group, now: datetime, silences: list[Silence]) -> None:
        route = self.table.routes.get(group.route_id)
        if route is None or route.receiver != group.receiver:
            log.info("dropping group of a route that no longer exists", group=group.key)
            self._drop_group(group.key)
            return
        result = flush(group, route, now, self._mute_reason(silences, now))
        if result.send:
            assert result.group is None or result.group.sequence > 0
            sequence = result.group.sequence if result.group else group.sequence + 1
            nid = hashlib.sha256(f"{group.key}|{sequence}|{isoformat(now)}".encode()).hexdigest()[:24]
            notification = Notification(
                id=nid,
                receiver=group.receiver,
                group_key=group.key,
                status=notification_status(result.send),
                alerts=result.send,
                created_at=now,
                group_labels=dict(group.labels),
            )
            for integration in self.config.integrations.get(group.receiver, ()):
                await self.dispatcher.enqueue(notification, integration)
        elif result.held_by:
            log.debug("group held by time window", group=group.key, reason=result.held_by)
        if result.group is None:
            self._drop_group(group.key)
        else:
            self._put_group(result.group)

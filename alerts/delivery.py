"""Fan-out, retry and record stages: the dispatcher that turns notifications into deliveries.

For every integration (one notifier of one receiver) there is one FIFO queue and one worker task,
so a slow Slack never delays email and order is kept per destination. A delivery:

1. is written to the *outbox* (store namespace ``alerts.outbox``) before it is queued, so a crash
   loses nothing: :meth:`Dispatcher.recover` re-queues the outbox at start-up;
2. is skipped if the *delivery log* (``alerts.delivered``) says this notification already reached
   this integration (a retry after an ambiguous failure, a replay, a recovered outbox), so nothing is
   delivered twice by us;
3. waits for the integration's rate limiter and circuit breaker, then calls ``notifier.send``;
4. on a retryable :class:`DeliveryError` backs off per :class:`RetryPolicy` (honouring
   ``retry_after``); when the budget is spent, or the error is not retryable, writes the dead letter
   with the (redacted) reason;
5. records success in the delivery log and removes the outbox entry.

Time: ``sleep`` and ``monotonic`` are injected (tests pass a fast sleep); wall-clock stamps in the
delivery log and dead letter come from ``wall``.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import random
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

import structlog

from alerts.deadletter import DeadLetterRecord, DeadLetterSink
from alerts.models import AlertStatus
from alerts.notifiers.base import Notification, Notifier, notification_status
from alerts.retry import CircuitBreaker, RateLimiter, RetryPolicy
from alerts.secrets import redact
from wirewatch.errors import DeliveryError
from wirewatch.metrics import (
    OUTCOME_DEAD_LETTERED,
    OUTCOME_DUPLICATE,
    OUTCOME_RETRY,
    OUTCOME_SUCCESS,
    Children,
    Metrics,
)
from wirewatch.state import StateStore

OUTBOX = "alerts.outbox"
DELIVERED = "alerts.delivered"
log = structlog.get_logger("wirewatch.alerts.delivery")


@dataclass(frozen=True)
class Integration:
    """One notifier of one receiver, with its ``send_resolved`` choice.

    ``rate_per_second`` overrides the dispatcher's default rate for this integration (Slack
    documents one message per second per channel for ``chat.postMessage``). ``rate_limited=False``
    exempts local sinks (console, JSON-lines file): a rate limit protects a remote service, and
    throttling a local file only delays alerts and shutdown.
    """

    notifier: Notifier
    receiver: str
    send_resolved: bool = True
    rate_per_second: float | None = None
    rate_limited: bool = True

    @property
    def name(self) -> str:
        return self.notifier.name

    def shape(self, notification: Notification) -> Notification | None:
        """The notification as this integration sends it (resolved alerts dropped when not wanted)."""
        if self.send_resolved:
            return notification
        firing = notification.firing
        if not firing:
            return None
        return replace(notification, alerts=firing, status=notification_status(firing))


@dataclass(frozen=True)
class DeliveryLimits:
    rate: float = 5.0
    burst: int = 10
    breaker_threshold: int = 5
    breaker_reset: float = 30.0


def _key(notification_id: str, integration: str) -> str:
    return f"{notification_id}|{integration}"


class Dispatcher:
    """Queues, retries and records deliveries; see the module docstring."""

    def __init__(
        self,
        store: StateStore,
        metrics: Metrics,
        dead_letter: DeadLetterSink,
        *,
        policy: RetryPolicy | None = None,
        limits: DeliveryLimits | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        monotonic: Callable[[], float] = time.monotonic,
        wall: Callable[[], datetime] = lambda: datetime.now(UTC),
        rng: random.Random | None = None,
    ) -> None:
        self._store = store
        self._metrics = metrics
        # Children cached per receiver (and outcome): labels() per delivery cost more than the inc.
        self._notifications = Children(metrics.notifications)
        self._delivery_seconds = Children(metrics.delivery_seconds)
        self._dead_letter = dead_letter
        self.policy = policy or RetryPolicy()
        self.limits = limits or DeliveryLimits()
        self._sleep = sleep
        self._monotonic = monotonic
        self._wall = wall
        self._rng = rng or random.Random()  # noqa: S311 - jitter, not cryptography
        self._integrations: dict[str, Integration] = {}
        self._queues: dict[str, asyncio.Queue[Notification]] = {}
        self._workers: dict[str, asyncio.Task[None]] = {}
        self._limiters: dict[str, RateLimiter] = {}
        self._breakers: dict[str, CircuitBreaker] = {}

    # --- configuration ------------------------------------------------------------------------
    def set_integrations(self, integrations: Mapping[str, Integration]) -> None:
        """Replace the known integrations (hot reload); queued work for removed ones dead-letters."""
        self._integrations = dict(integrations)

    def integration(self, name: str) -> Integration | None:
        return self._integrations.get(name)

    def breaker(self, name: str) -> CircuitBreaker:
        if name not in self._breakers:
            self._breakers[name] = CircuitBreaker(self.limits.breaker_threshold, self.limits.breaker_reset)
        return self._breakers[name]

    def _limiter(self, integration: Integration) -> RateLimiter:
        name = integration.name
        if name not in self._limiters:
            rate = integration.rate_per_second or self.limits.rate
            self._limiters[name] = RateLimiter(rate, self.limits.burst)
        return self._limiters[name]

    # --- delivery log -------------------------------------------------------------------------
    def delivered(self, notification_id: str, integration: str) -> bool:
        return self._store.get(DELIVERED, _key(notification_id, integration)) is not None

    def prune_delivered(self, older_than: timedelta) -> int:
        """Forget delivery-log and stale outbox entries older than ``older_than`` (wall time)."""
        cutoff = self._wall() - older_than
        gone = 0
        for key, value in list(self._store.scan(DELIVERED)):
            if datetime.fromisoformat(json.loads(value)["at"]) < cutoff:
                self._store.delete(DELIVERED, key)
                gone += 1
        return gone

    # --- queueing -----------------------------------------------------------------------------
    async def enqueue(self, notification: Notification, integration: Integration) -> bool:
        """Queue ``notification`` for ``integration``; False when there is nothing for it to send."""
        shaped = integration.shape(notification)
        if shaped is None:
            return False
        self._store.put(
            OUTBOX,
            _key(shaped.id, integration.name),
            json.dumps({"integration": integration.name, "notification": shaped.to_json(shared=True)}),
        )
        self._queue(integration.name).put_nowait(shaped)
        return True

    def _queue(self, name: str) -> asyncio.Queue[Notification]:
        if name not in self._queues:
            self._queues[name] = asyncio.Queue()
        worker = self._workers.get(name)
        if worker is None or worker.done():
            self._workers[name] = asyncio.create_task(self._work(name), name=f"wirewatch-deliver-{name}")
        return self._queues[name]

    def recover(self) -> int:
        """Queue every outbox entry left by an earlier process; return how many."""
        count = 0
        for _, value in list(self._store.scan(OUTBOX)):
            data = json.loads(value)
            self._queue(data["integration"]).put_nowait(Notification.from_json(data["notification"]))
            count += 1
        return count

    async def drain(self) -> None:
        """Wait until every queued delivery has been delivered or dead-lettered."""
        for queue in list(self._queues.values()):
            await queue.join()

    def pending(self) -> int:
        return sum(q.qsize() for q in self._queues.values())

    async def aclose(self, grace: float = 10.0) -> None:
        """Drain for up to ``grace`` seconds, then stop workers (undelivered work stays in the outbox)."""
        try:
            await asyncio.wait_for(self.drain(), grace)
        except TimeoutError:
            log.warning("notifications still pending at shutdown; kept in the outbox", pending=self.pending())
        for task in self._workers.values():
            task.cancel()
        for task in self._workers.values():
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self._workers.clear()

    async def _work(self, name: str) -> None:
        queue = self._queues[name]
        while True:
            notification = await queue.get()
            try:
                integration = self._integrations.get(name)
                if integration is None:
                    await self._give_up(
                        name, notification.receiver, notification, "receiver no longer configured", 0
                    )
                else:
                    await self.deliver(notification, integration)
            except Exception:  # a bug must not kill the worker; the outbox keeps the notification
                with contextlib.suppress(Exception):  # not even a broken log sink
                    log.exception("delivery worker error", receiver=name)
            finally:
                queue.task_done()

    # --- the retry loop -----------------------------------------------------------------------
    async def deliver(self, notification: Notification, integration: Integration) -> bool:
        """Deliver with retries; True on success (or already delivered), False when dead-lettered."""
        name = integration.name
        key = _key(notification.id, name)
        if self.delivered(notification.id, name):
            self._notifications(name, OUTCOME_DUPLICATE).inc()
            self._store.delete(OUTBOX, key)
            return True
        started = self._monotonic()
        breaker = self.breaker(name)
        limiter = self._limiter(integration)
        attempt = 0
        while True:
            attempt += 1
            throttle = limiter.reserve(self._monotonic()) if integration.rate_limited else 0.0
            wait = max(breaker.wait(self._monotonic()), throttle)
            if wait > 0:
                await self._sleep(wait)
            t0 = self._monotonic()
            try:
                await integration.notifier.send(notification)
            except DeliveryError as exc:
                error: DeliveryError = exc
            except Exception as exc:  # a notifier bug: do not retry blindly, keep the notification
                error = DeliveryError(f"unexpected {type(exc).__name__}: {exc}", retryable=False)
            else:
                breaker.record_success()
                self._record(notification, name, t0)
                return True
            breaker.record_failure(self._monotonic())
            reason = redact(str(error))
            delay = self.policy.next_delay(attempt, error.retry_after, self._rng)
            elapsed = self._monotonic() - started
            if not error.retryable or self.policy.exhausted(attempt, elapsed, delay):
                why = (
                    reason
                    if not error.retryable
                    else f"retry budget spent after {attempt} attempts: {reason}"
                )
                await self._give_up(name, integration.receiver, notification, why, attempt)
                return False
            self._notifications(name, OUTCOME_RETRY).inc()
            self._metrics.notification_retries.labels(name).inc()
            log.warning(
                "notification delivery failed; retrying",
                receiver=name,
                notification=notification.id,
                attempt=attempt,
                delay=round(delay, 3),
                error=reason,
            )
            await self._sleep(delay)

    def _record(self, notification: Notification, name: str, t0: float) -> None:
        now = self._wall()
        key = _key(notification.id, name)
        transaction = getattr(self._store, "transaction", None)
        with transaction() if callable(transaction) else contextlib.nullcontext():  # one commit
            self._store.put(
                DELIVERED, key, json.dumps({"at": now.isoformat(), "group": notification.group_key})
            )
            self._store.delete(OUTBOX, key)
        self._notifications(name, OUTCOME_SUCCESS).inc()
        self._delivery_seconds(name).observe(max(0.0, self._monotonic() - t0))
        for alert in notification.alerts:
            if alert.status is AlertStatus.FIRING:
                lag = (now - alert.updated_at).total_seconds()
                if 0 <= lag < 86400:  # event-time replays would report months
                    self._metrics.end_to_end_seconds.observe(lag)
        log.info(
            "notification delivered",
            receiver=name,
            notification=notification.id,
            alerts=len(notification.alerts),
        )

    async def _give_up(
        self, name: str, receiver: str, notification: Notification, reason: str, attempts: int
    ) -> None:
        record = DeadLetterRecord(
            dead_lettered_at=self._wall(),
            integration=name,
            receiver=receiver,
            reason=reason,
            attempts=attempts,
            notification=notification,
        )
        await self._dead_letter.put(record)
        self._store.delete(OUTBOX, _key(notification.id, name))
        self._notifications(name, OUTCOME_DEAD_LETTERED).inc()
        self._metrics.notifications_dead_lettered.labels(name).inc()
        log.error("notification dead-lettered", receiver=name, notification=notification.id, reason=reason)

"""Operability of a worker: ``/healthz``, ``/readyz``, ``/metrics`` and the consumer-lag gauge.

The pages are served by Faust's own web server (aiohttp) when ``WIREWATCH_FAUST_WEB_PORT`` is set,
bound to ``WIREWATCH_FAUST_WEB_BIND`` (``127.0.0.1`` by default; ``0.0.0.0`` in a pod so the
kubelet's probes and Prometheus reach it):

- ``/healthz``: 200 while the process and its event loop answer (liveness);
- ``/readyz``: 200 once the app is running, not rebalancing and every assigned table partition
  is recovered from its changelog, and the route consumer (:mod:`.route`, its own group) runs
  with an assignment; 503 with the reason otherwise (readiness);
- ``/metrics``: the injected Prometheus registry of :class:`wirewatch.metrics.Metrics`.

``wirewatch_kafka_consumer_lag{topic, partition}`` is set by :class:`LagReporter` every
``WIREWATCH_KAFKA_LAG_INTERVAL`` seconds for each partition this worker is assigned: the high
watermark (from the broker) minus the group's committed offset (minus the fetch position before
the first commit). ``wire.items`` partitions come from the route consumer's own group (the
``extra`` source). Partitions that leave the assignment are removed from the gauge.
"""

from __future__ import annotations

import contextlib
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import Any

import faust
import structlog
from faust.types import TP

from wirewatch.metrics import Metrics

log = structlog.get_logger("wirewatch.kafka.health")


def readiness(app: Any) -> tuple[bool, str]:
    """Whether the Faust ``app`` is ready to process, and why not (``""`` when ready)."""
    if not getattr(app, "started", False) or getattr(app, "should_stop", False):
        return False, "app not running"
    if getattr(app, "rebalancing", False):
        return False, "rebalancing"
    if getattr(app, "in_recovery", False):
        return False, "recovering tables"
    recovery = getattr(getattr(app, "tables", None), "recovery", None)
    completed = getattr(recovery, "completed", None)
    if completed is not None and not completed.is_set():
        return False, "recovering tables"
    return True, ""


def lag_by_partition(
    highwaters: Mapping[TP, int | None], committed: Mapping[TP, int | None]
) -> dict[TP, int]:
    """Messages not yet committed per partition: ``highwater - committed`` (never negative).

    A partition without a known high watermark is left out; one without a committed offset
    counts from 0 (the caller passes the fetch position instead when it has one).
    """
    lag: dict[TP, int] = {}
    for tp, high in highwaters.items():
        if high is None:
            continue
        done = committed.get(tp)
        lag[tp] = max(0, high - (done or 0))
    return lag


class LagReporter:
    """Keeps ``wirewatch_kafka_consumer_lag`` in step with the partitions ``app`` is assigned."""

    def __init__(
        self,
        app: Any,
        metrics: Metrics,
        topics: Iterable[str],
        extra: Callable[[], Awaitable[Mapping[Any, int]]] | None = None,
    ) -> None:
        self.app = app
        self.metrics = metrics
        self.topics = frozenset(topics)
        self.extra = extra  # lag of partitions consumed outside the Faust app (the route consumer)
        self._reported: set[TP] = set()

    def set(self, lag: Mapping[TP, int]) -> None:
        """Publish ``lag`` and drop the series of partitions no longer in it."""
        gauge = self.metrics.consumer_lag
        for tp, value in lag.items():
            gauge.labels(topic=tp.topic, partition=str(tp.partition)).set(value)
        for tp in self._reported - set(lag):
            with contextlib.suppress(KeyError):
                gauge.remove(tp.topic, str(tp.partition))
        self._reported = set(lag)

    async def update(self) -> None:
        """Ask the broker for the high watermarks of the assigned partitions and set the gauge."""
        extra: dict[TP, int] = {}
        if self.extra is not None:
            extra = {TP(tp.topic, tp.partition): v for tp, v in (await self.extra()).items()}
        consumer = self.app.consumer
        assigned = [tp for tp in consumer.assignment() if tp.topic in self.topics]
        if not assigned:
            self.set(extra)
            return
        highwaters = await consumer.highwaters(*assigned)
        committed_offsets = getattr(consumer, "_committed_offset", {})
        committed: dict[TP, int | None] = {}
        for tp in assigned:
            offset = committed_offsets.get(tp)
            if offset is None:
                offset = await consumer.position(tp)
            committed[tp] = offset
        self.set({**lag_by_partition(highwaters, committed), **extra})


def install_pages(
    app: faust.App, metrics: Metrics, extra_readiness: Callable[[], tuple[bool, str]] | None = None
) -> None:
    """Add ``/healthz``, ``/readyz`` and ``/metrics`` to the Faust ``app``'s web server.

    ``extra_readiness`` (the route consumer's) is asked once the app itself is ready.
    """
    from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

    @app.page("/healthz")
    async def healthz(web_view: Any, request: Any) -> Any:
        return web_view.json({"status": "ok"})

    @app.page("/readyz")
    async def readyz(web_view: Any, request: Any) -> Any:
        ready, reason = readiness(app)
        if ready and extra_readiness is not None:
            ready, reason = extra_readiness()
        if ready:
            return web_view.json({"status": "ready"})
        return web_view.json({"status": "not ready", "reason": reason}, status=503)

    @app.page("/metrics")
    async def metrics_page(web_view: Any, request: Any) -> Any:
        # aiohttp refuses a charset in ``content_type``; the exposition type carries one.
        body = generate_latest(metrics.registry)
        return web_view.bytes(body, headers={"Content-Type": CONTENT_TYPE_LATEST})

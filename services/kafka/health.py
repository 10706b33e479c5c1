"""Operability of a worker: ``/healthz``, ``/readyz``, ``/metrics`` and the consumer-lag gauge.

The pages are served by Faust's own web server (aiohttp) when ``WIREWATCH_FAUST_WEB_PORT`` is set,
bound to ``WIREWATCH_FAUST_WEB_BIND`` (``127.0.0.1`` by default; ``0.0.0.0`` in a pod so the
kubelet's probes and Prometheus reach it):

- ``/healthz``: 200 while the process and its event loop answer (liveness);
- ``/readyz``: 200 once the broker answers (below), the app is running, not rebalancing and every
  assigned table partition is recovered from its changelog, and the route consumer (:mod:`.route`,
  its own group) runs with an assignment; 503 with the first failing reason otherwise, as
  ``{"status": "not ready", "reason": ...}`` (a broker outage is named before the rebalancing it
  causes; see :func:`install_pages` for the order) (readiness);
- ``/metrics``: the injected Prometheus registry of :class:`wirewatch.metrics.Metrics`.

``wirewatch_kafka_consumer_lag{topic, partition}`` is set by :class:`LagReporter` every
``WIREWATCH_KAFKA_LAG_INTERVAL`` seconds for each partition this worker is assigned: the high
watermark (from the broker) minus the group's committed offset (minus the fetch position before
the first commit). ``wire.items`` partitions come from the route consumer's own group (the
``extra`` source). Partitions that leave the assignment are removed from the gauge.

Broker reachability (:class:`BrokerWatch`) is a **cached** answer: a probe request never touches
the network. A background task of the app asks the cluster every ``BROKER_CHECK_INTERVAL`` seconds,
over one client kept open (:class:`MetadataProbe`: a Metadata request naming no topic, to any known
broker), and gives up on an attempt after ``BROKER_CHECK_TIMEOUT`` seconds. Readiness then says:

- ``broker not checked yet`` until the first attempt completed;
- ``broker unreachable: <error>`` after an attempt failed or timed out, until one succeeds (one
  failed attempt is enough: the kubelet's ``failureThreshold`` is what absorbs a blip);
- ``broker unreachable: no answer for <n>s`` when the last success is older than
  ``BROKER_CHECK_STALE`` seconds (the checking task itself stopped), so a dead checker cannot keep
  the worker ready.

So /readyz turns 503 at most about ``BROKER_CHECK_INTERVAL + BROKER_CHECK_TIMEOUT`` seconds after the
cluster went away and 200 within about ``BROKER_CHECK_INTERVAL`` seconds after it is back (the other
conditions permitting). The probe uses the app's own brokers and credentials (``app.conf``).
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import Any

import faust
import structlog
from faust.types import TP

from wirewatch.metrics import Metrics

log = structlog.get_logger("wirewatch.kafka.health")

BROKER_CHECK_INTERVAL = 2.0  # seconds between two broker checks (the kubelet probes every 5 s)
BROKER_CHECK_TIMEOUT = 2.0  # seconds an attempt may take before the broker counts as unreachable
BROKER_CHECK_STALE = 3 * BROKER_CHECK_INTERVAL + BROKER_CHECK_TIMEOUT  # no success for this long: not ready

Readiness = Callable[[], tuple[bool, str]]


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


def app_client_kwargs(app: Any) -> dict[str, Any]:
    """aiokafka client arguments for the brokers and credentials the Faust ``app`` itself uses."""
    from faust.transport.drivers.aiokafka import credentials_to_aiokafka_auth, server_list

    conf = app.conf
    auth = credentials_to_aiokafka_auth(conf.broker_credentials, conf.ssl_context)
    return {"bootstrap_servers": server_list(conf.broker, 9092), **auth}


class MetadataProbe:
    """One reachability check per call: raises unless a broker of the cluster answers.

    The first call (and the first after a failure) bootstraps a client from ``bootstrap_servers``,
    which connects and fetches the cluster's broker list; later calls send a Metadata request naming
    no topic (a few bytes, whatever the cluster's size) to the known brokers over the connection kept
    open, until one answers. A failure or a cancellation (the caller's timeout) drops the client, so
    the next call starts over from the bootstrap servers. ``request_timeout`` bounds each connection
    attempt and request: half the check's timeout by default, so a broker that accepts nothing (a
    black-holed host) leaves time to ask another.
    """

    def __init__(
        self, client_kwargs: Mapping[str, Any], *, request_timeout: float = BROKER_CHECK_TIMEOUT / 2
    ) -> None:
        self.client_kwargs = dict(client_kwargs)
        self.request_timeout = request_timeout
        self._client: Any = None
        self._preferred: int | None = None  # node id of the broker that answered last

    async def __call__(self) -> None:
        from aiokafka.client import AIOKafkaClient
        from aiokafka.errors import KafkaConnectionError
        from aiokafka.protocol.metadata import MetadataRequest

        try:
            if self._client is None:
                client = AIOKafkaClient(
                    **self.client_kwargs,
                    client_id="wirewatch-health",
                    request_timeout_ms=int(self.request_timeout * 1000),
                )
                self._client = client
                await client.bootstrap()  # raises KafkaConnectionError when no server answers
                return
            errors = []
            # The broker that answered last goes first: one request on one open connection while
            # the cluster is healthy; the others are only tried when it does not answer.
            brokers = sorted(self._client.cluster.brokers(), key=lambda b: b.nodeId != self._preferred)
            for broker in brokers:
                try:
                    await self._client.send(broker.nodeId, MetadataRequest([]))
                except Exception as exc:  # this broker is down: try the next one
                    errors.append(f"{broker.host}:{broker.port}: {exc!r}")
                    continue
                self._preferred = broker.nodeId
                return
            raise KafkaConnectionError("no broker answered (" + "; ".join(errors) + ")")
        except BaseException:
            await self.close()
            raise

    async def close(self) -> None:
        """Close the client and its connections (the next call bootstraps again)."""
        client, self._client = self._client, None
        if client is not None:
            with contextlib.suppress(Exception):
                await client.close()


class BrokerWatch:
    """Cached broker reachability: :meth:`run` refreshes it, :meth:`readiness` only reads it.

    ``probe()`` returns when the cluster answered and raises otherwise; an attempt taking longer than
    ``timeout`` seconds fails. ``clock`` (monotonic seconds) dates the answers for staleness.
    ``on_result`` (e.g. the ``wirewatch_kafka_broker_up`` gauge's ``set``) hears each attempt's
    outcome: 1 when the broker answered, 0 when not.
    """

    def __init__(
        self,
        probe: Callable[[], Awaitable[None]],
        *,
        interval: float = BROKER_CHECK_INTERVAL,
        timeout: float = BROKER_CHECK_TIMEOUT,
        stale_after: float = BROKER_CHECK_STALE,
        clock: Callable[[], float] = time.monotonic,
        on_result: Callable[[int], object] | None = None,
    ) -> None:
        self.probe = probe
        self.on_result = on_result
        self.interval = interval
        self.timeout = timeout
        self.stale_after = stale_after
        self.clock = clock
        self.error: str | None = None  # why the last attempt failed; None after a success
        self.checked = False  # an attempt has completed
        self.last_success: float | None = None

    async def refresh(self) -> bool:
        """Run one attempt and record its outcome; True when the broker answered. Never raises."""
        try:
            # asyncio.timeout, not wait_for: on 3.11 wait_for drops a cancellation that arrives as
            # the probe returns, and the task would then outlive the app's shutdown.
            async with asyncio.timeout(self.timeout):
                await self.probe()
        except TimeoutError:
            self._record(f"no answer within {self.timeout:g}s")
        except Exception as exc:
            self._record(repr(exc))
        else:
            self._record(None)
        return self.error is None

    def _record(self, error: str | None) -> None:
        if error is None:
            self.last_success = self.clock()
            if self.error is not None or not self.checked:
                log.info("health.broker_reachable")
        elif self.error is None:  # log the transition, not every failed attempt
            log.warning("health.broker_unreachable", error=error)
        self.error = error
        self.checked = True
        if self.on_result is not None:
            self.on_result(1 if error is None else 0)

    async def run(self) -> None:
        """Refresh now and then every ``interval`` seconds, until cancelled (closes the probe then)."""
        try:
            while True:
                await self.refresh()
                await asyncio.sleep(self.interval)
        finally:
            close = getattr(self.probe, "close", None)
            if close is not None:
                await close()

    def readiness(self) -> tuple[bool, str]:
        """The cached answer (no network): ``(True, "")`` or ``(False, reason)``."""
        if not self.checked:
            return False, "broker not checked yet"
        return self.outage()

    def outage(self) -> tuple[bool, str]:
        """Like :meth:`readiness`, but passes while no check has completed yet (nothing is known)."""
        if not self.checked:
            return True, ""
        if self.error is not None:
            return False, f"broker unreachable: {self.error}"
        age = self.clock() - (self.last_success or 0.0)
        if age > self.stale_after:
            return False, f"broker unreachable: no answer for {age:.0f}s"
        return True, ""


def first_failure(checks: Iterable[Readiness]) -> tuple[bool, str]:
    """``(True, "")`` when every check passes, else the first failing check's answer (in order)."""
    for check in checks:
        ready, reason = check()
        if not ready:
            return False, reason
    return True, ""


def install_pages(
    app: faust.App,
    metrics: Metrics,
    extra_readiness: Readiness | None = None,
    broker: BrokerWatch | None = None,
) -> None:
    """Add ``/healthz``, ``/readyz`` and ``/metrics`` to the Faust ``app``'s web server.

    /readyz asks, in order: ``broker`` (by default a :class:`BrokerWatch` probing the app's own
    brokers, refreshed by a task started with the app) for a known outage, the app itself
    (:func:`readiness`), ``extra_readiness`` (the route consumer's), and last whether the broker
    was checked at all: a broker outage is named before the symptoms it causes (rebalancing), and
    during start-up "app not running" before "broker not checked yet".
    """
    from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

    watch = broker
    if watch is None:
        watch = BrokerWatch(MetadataProbe(app_client_kwargs(app)), on_result=metrics.broker_up.set)
    app.task(watch.run)
    checks: list[Readiness] = [watch.outage, lambda: readiness(app)]
    if extra_readiness is not None:
        checks.append(extra_readiness)
    checks.append(watch.readiness)

    @app.page("/healthz")
    async def healthz(web_view: Any, request: Any) -> Any:
        return web_view.json({"status": "ok"})

    @app.page("/readyz")
    async def readyz(web_view: Any, request: Any) -> Any:
        ready, reason = first_failure(checks)
        if ready:
            return web_view.json({"status": "ready"})
        return web_view.json({"status": "not ready", "reason": reason}, status=503)

    @app.page("/metrics")
    async def metrics_page(web_view: Any, request: Any) -> Any:
        # aiohttp refuses a charset in ``content_type``; the exposition type carries one.
        body = generate_latest(metrics.registry)
        return web_view.bytes(body, headers={"Content-Type": CONTENT_TYPE_LATEST})

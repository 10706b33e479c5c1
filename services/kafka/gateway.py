"""The HTTP ingest gateway of the Kafka runtime (``wirewatch gateway``).

Same HTTP surface as the embedded runtime (:mod:`services.http`: ``POST /v1/items`` with a bearer
token, ``/healthz``, ``/readyz``, ``/metrics``); what differs is what *accepted* means here: a
``202`` is sent only after the broker acknowledged (``acks=all``, idempotent producer) every decoded
item in ``wire.items`` and every rejected record in ``wire.items.dlq``. When Kafka does not
acknowledge, the answer is ``503`` with ``Retry-After`` and the client sends again (items are
idempotent downstream: the detector ignores an ``(uri, version)`` it has seen).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import signal
import time
from collections.abc import Sequence
from pathlib import Path

import structlog
from aiohttp import web

from ingest.decoders import Decoded, Outcome, Rejected
from services.http import AcceptResult, create_app, parse_listen, resolve_ingest_token
from services.kafka.producer import ItemProducer
from wirewatch.errors import WirewatchError
from wirewatch.metrics import Metrics
from wirewatch.settings import Settings

log = structlog.get_logger("wirewatch.kafka.gateway")


class KafkaIngestTarget:
    """:class:`services.http.IngestTarget` that produces to Kafka and waits for the acks."""

    def __init__(self, producer: ItemProducer, metrics: Metrics) -> None:
        self.producer = producer
        self.metrics = metrics
        self._accepting = True
        self._ready = False

    @property
    def accepting(self) -> bool:
        return self._accepting

    @property
    def ready(self) -> bool:
        return self._ready and self._accepting

    def mark_ready(self) -> None:
        self._ready = True

    def stop_accepting(self) -> None:
        self._accepting = False

    async def accept(self, outcomes: Sequence[Outcome], source: str, origin: str | None) -> AcceptResult:
        decoded = [o for o in outcomes if isinstance(o, Decoded)]
        rejected = [o for o in outcomes if isinstance(o, Rejected)]
        self.metrics.items_received.labels(source=source).inc(len(outcomes))
        self.metrics.last_item_timestamp.set(time.time())
        try:
            await self.producer.publish(decoded, rejected, source=source, origin=origin)
        except WirewatchError as exc:
            log.error("gateway.produce_failed", error=str(exc), items=len(decoded))
            raise web.HTTPServiceUnavailable(
                text=json.dumps({"error": "Kafka did not acknowledge; retry"}),
                content_type="application/json",
                headers={"Retry-After": "5"},
            ) from exc
        for d in decoded:
            self.metrics.items_decoded.labels(source=source, format=d.format).inc()
        if rejected:
            self.metrics.items_dead_lettered.labels(source=source, reason="decode").inc(len(rejected))
        return AcceptResult(
            accepted=[d.item.uri for d in decoded],
            rejected=[{"index": r.index, "field": r.error.field, "reason": r.error.reason} for r in rejected],
        )


async def serve_gateway(
    settings: Settings,
    *,
    listen: str | None = None,
    var_dir: Path = Path("var"),
    stop: asyncio.Event | None = None,
    ready: asyncio.Future[int] | None = None,
) -> None:
    """Serve until ``stop`` is set (or SIGTERM/SIGINT); ``ready`` receives the bound port."""
    from services.kafka.topics import ensure_topics

    metrics = Metrics()
    await ensure_topics(settings)
    token, token_file = resolve_ingest_token(settings, var_dir)
    producer = ItemProducer(settings, client_id="wirewatch-gateway")
    await producer.start()
    target = KafkaIngestTarget(producer, metrics)
    app = create_app(target, metrics.registry, token)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    host, port = parse_listen(listen or settings.gateway_listen)
    site = web.TCPSite(runner, host, port)
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
        loop.add_signal_handler(signal.SIGTERM, stop.set)
        loop.add_signal_handler(signal.SIGINT, stop.set)
    try:
        await site.start()
        server = site._server
        sockets = getattr(server, "sockets", None) or []
        bound = sockets[0].getsockname()[1] if sockets else port
        target.mark_ready()
        log.info(
            "gateway.listening",
            host=host,
            port=bound,
            token_file=str(token_file) if token_file else None,
            topic=settings.kafka_topic_items,
        )
        if ready is not None and not ready.done():
            ready.set_result(bound)
        await stop.wait()
    finally:
        target.stop_accepting()
        await runner.cleanup()
        await producer.stop()
        log.info("gateway.stopped")

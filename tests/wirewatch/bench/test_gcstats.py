"""wirewatch.bench._gcstats: a worker's full collections per bench phase, from its /metrics text."""

from __future__ import annotations

import gc

from aiohttp import web
from prometheus_client import CollectorRegistry, generate_latest

from wirewatch.bench._gcstats import parse, scrape
from wirewatch.gcpolicy import PauseTimer
from wirewatch.metrics import Metrics


def _observed(*pauses: float, young: int = 0) -> Metrics:
    metrics = Metrics(CollectorRegistry())
    for seconds in pauses:
        metrics.gc_pause_seconds.labels("2").observe(seconds)
    for _ in range(young):
        metrics.gc_pause_seconds.labels("0").observe(0.5)
    return metrics


def _text(metrics: Metrics) -> str:
    return generate_latest(metrics.registry).decode()


def test_parse_reads_generation_two_only() -> None:
    """Count, total and buckets come from generation 2; young collections are not counted."""
    pauses = parse(_text(_observed(0.02, 0.15, young=5)))
    assert pauses is not None
    assert pauses.count == 2 and abs(pauses.seconds - 0.17) < 1e-9
    assert pauses.longest_at_most() == 0.25
    assert pauses.describe() == "2, 170 ms in all, the longest <= 250 ms"


def test_since_gives_the_phase_between_two_scrapes() -> None:
    """The difference of two scrapes counts only the later collections, and its bound is theirs."""
    metrics = _observed(0.15)
    before = parse(_text(metrics))
    metrics.gc_pause_seconds.labels("2").observe(0.004)
    after = parse(_text(metrics))
    assert before is not None and after is not None
    phase = after.since(before)
    assert phase.count == 1 and phase.longest_at_most() == 0.005
    assert after.since(after).describe() == "none"


def test_parse_is_none_without_the_family() -> None:
    """An exposition without wirewatch_gc_pause_seconds (an older worker) parses to None."""
    assert parse("# HELP other_total x\n# TYPE other_total counter\nother_total 1.0\n") is None


async def test_scrape_reads_a_served_metrics_page() -> None:
    """scrape() GETs a live /metrics page with PauseTimer installed and sees a real collection."""
    metrics = Metrics(CollectorRegistry())
    timer = PauseTimer(metrics)
    timer.install()
    try:
        gc.collect(2)
    finally:
        timer.uninstall()

    async def page(_request: web.Request) -> web.Response:
        return web.Response(body=generate_latest(metrics.registry), content_type="text/plain")

    app = web.Application()
    app.router.add_get("/metrics", page)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        pauses = await scrape(f"http://127.0.0.1:{port}/metrics")
        assert pauses is not None and pauses.count == 1
        assert await scrape(f"http://127.0.0.1:{port}/missing") is None
    finally:
        await runner.cleanup()

"""A worker's /healthz, /readyz and /metrics (with the consumer-lag gauge) against the real broker."""

from __future__ import annotations

import asyncio
import re
import time

import httpx
import pytest

pytestmark = pytest.mark.integration


async def _get(client: httpx.AsyncClient, url: str) -> httpx.Response | None:
    try:
        return await client.get(url, timeout=2.0)
    except httpx.HTTPError:
        return None


async def test_worker_serves_health_readiness_metrics_and_lag(
    make_env, workers, receiver, kh, items, free_port
):
    """/healthz answers, /readyz turns 200 once assigned, /metrics carries per-partition consumer lag."""
    env = make_env(partitions=2)
    port = free_port()
    env.env["WIREWATCH_FAUST_WEB_PORT"] = str(port)
    env.env["WIREWATCH_FAUST_WEB_BIND"] = "127.0.0.1"
    env.env["WIREWATCH_KAFKA_LAG_INTERVAL"] = "0.3"
    worker = workers("a", env)
    base = f"http://127.0.0.1:{port}"
    async with httpx.AsyncClient() as client:
        deadline = time.monotonic() + 60
        health = None
        while health is None or health.status_code != 200:
            assert worker.alive(), worker.log_text()[-3000:]
            assert time.monotonic() < deadline, "no /healthz within 60 s"
            health = await _get(client, f"{base}/healthz")
            await asyncio.sleep(0.1)
        assert health.json() == {"status": "ok"}
        await worker.wait_assigned()
        ready = None
        while ready is None or ready.status_code != 200:
            assert ready is None or ready.status_code == 503, ready.text
            assert time.monotonic() < deadline, f"not ready within 60 s: {ready and ready.text}"
            ready = await _get(client, f"{base}/readyz")
            await asyncio.sleep(0.1)
        assert ready.json()["status"] == "ready"

        records = [
            (f"urn:test:lag-{i}".encode(), items(f"urn:test:lag-{i}", marker=False)) for i in range(20)
        ]
        await kh.produce(env.bootstrap, env.items, records)
        pattern = re.compile(
            r'wirewatch_kafka_consumer_lag\{partition="(\d)",topic="' + re.escape(env.items) + r'"\} (\S+)'
        )
        seen: dict[str, float] = {}
        while len(seen) < 2 or any(v != 0 for v in seen.values()):
            assert time.monotonic() < deadline + 30, f"lag gauge not settled: {seen}"
            page = await _get(client, f"{base}/metrics")
            if page is not None and page.status_code == 200:
                assert page.headers["content-type"].startswith("text/plain")
                seen = {p: float(v) for p, v in pattern.findall(page.text)}
            await asyncio.sleep(0.2)
        # both items partitions reported, and the worker caught up (20 records consumed, committed)
        assert sorted(seen) == ["0", "1"]
        # wirewatch worker owns its process: start-up objects frozen (one full collection, timed)
        assert page is not None
        gen2 = re.search(r'wirewatch_gc_pause_seconds_count\{generation="2"\} (\S+)', page.text)
        assert gen2 is not None and float(gen2.group(1)) >= 1, page.text[-2000:]
        assert "worker.gc_frozen" in worker.log_text()

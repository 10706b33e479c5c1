"""The aiokafka producers against the real broker: the HTTP gateway and the feed poller."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import httpx
import pytest
from aiohttp import web
from pydantic import SecretStr

from services.kafka.gateway import serve_gateway
from services.kafka.poller import run_poller
from services.kafka.producer import ItemProducer
from services.kafka.topics import ensure_topics

pytestmark = pytest.mark.integration

TOKEN = "test-token-0123456789"


async def test_gateway_answers_202_after_the_broker_acknowledged(make_env, kh, tmp_path, monkeypatch):
    """POST /v1/items needs the bearer token; a 202 means the item is in wire.items, keyed by uri,
    and a bad record in the same body is in wire.items.dlq with its reason."""
    env = make_env(partitions=1)
    # The address comes from WIREWATCH_GATEWAY_LISTEN (settings), as on Kubernetes, not --listen.
    env.env["WIREWATCH_GATEWAY_LISTEN"] = "127.0.0.1:0"
    settings = env.settings().model_copy(update={"ingest_token": SecretStr(TOKEN)})
    stop = asyncio.Event()
    ready: asyncio.Future[int] = asyncio.get_running_loop().create_future()
    server = asyncio.create_task(serve_gateway(settings, var_dir=tmp_path, stop=stop, ready=ready))
    await asyncio.wait([ready, server], timeout=60, return_when=asyncio.FIRST_COMPLETED)
    if server.done():
        server.result()  # raises what stopped the gateway
    port = ready.result()
    url = f"http://127.0.0.1:{port}/v1/items"
    body = [
        {"uri": "urn:test:gw-1", "headline": "Gateway", "text": "A zanzibar marker."},
        {"uri": "urn:test:gw-bad"},
    ]
    try:
        async with httpx.AsyncClient() as client:
            denied = await client.post(url, json=body)
            wrong = await client.post(url, json=body, headers={"Authorization": "Bearer nope"})
            accepted = await client.post(url, json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    finally:
        stop.set()
        await server
    assert denied.status_code == 401
    assert wrong.status_code == 401
    assert accepted.status_code == 202
    assert accepted.json()["items"] == ["urn:test:gw-1"]
    assert accepted.json()["rejected"][0]["field"] == "text"
    records = await kh.read_topic(env.bootstrap, env.items, expect=1, limit=5)
    assert [(m.key, json.loads(m.value)["uri"]) for m in records] == [(b"urn:test:gw-1", "urn:test:gw-1")]
    dead = await kh.read_topic(env.bootstrap, env.items_dlq, expect=1, limit=5)
    assert len(dead) == 1
    assert dict(dead[0].headers)["wirewatch-error-field"] == b"text"
    assert json.loads(dead[0].value) == {"uri": "urn:test:gw-bad"}


RSS = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Test wire</title><link>http://127.0.0.1/</link>
<description>t</description>{entries}</channel></rss>"""
ENTRY = (
    "<item><guid>urn:test:feed-{n}</guid><title>Entry {n}</title><description>Body {n}</description></item>"
)


async def test_poller_publishes_each_feed_entry_once(make_env, kh, tmp_path: Path):
    """Entries are published once each, across rounds and across a restart of the poller (state file)."""
    env = make_env(partitions=1)
    settings = env.settings()
    entries = [ENTRY.format(n=1), ENTRY.format(n=2)]

    async def feed(request: web.Request) -> web.Response:
        return web.Response(text=RSS.format(entries="".join(entries)), content_type="application/rss+xml")

    app = web.Application()
    app.router.add_get("/feed.xml", feed)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    url = f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}/feed.xml"  # type: ignore[union-attr]
    state = tmp_path / "seen.json"
    try:
        await ensure_topics(settings)
        async with ItemProducer(settings) as producer:
            first = await run_poller(producer, state, [url], interval=0, once=True)
            again = await run_poller(producer, state, [url], interval=0, once=True)
        entries.append(ENTRY.format(n=3))
        async with ItemProducer(settings) as producer:  # a new process: only the state file remembers
            third = await run_poller(producer, state, [url], interval=0, once=True)
    finally:
        await runner.cleanup()
    assert [r.published for r in first + again + third] == [2, 0, 1]
    records = await kh.read_topic(env.bootstrap, env.items, expect=3, limit=5)
    assert [m.key for m in records] == [b"urn:test:feed-1", b"urn:test:feed-2", b"urn:test:feed-3"]
    assert json.loads(records[0].value)["headline"] == "Entry 1"

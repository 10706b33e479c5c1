"""Tests for the HTTP app: auth, item acceptance, health, readiness, metrics, token file."""

from __future__ import annotations

import os
import stat
from collections.abc import AsyncIterator, Sequence
from pathlib import Path

import httpx
import pytest
import structlog
import structlog.testing
from prometheus_client import CollectorRegistry, Counter
from pydantic import SecretStr

from ingest.decoders import Decoded, Outcome, Rejected
from services.http import AcceptResult, create_app, parse_listen, resolve_ingest_token, start_server
from wirewatch.errors import ConfigError
from wirewatch.settings import Settings

TOKEN = "t0ken-for-tests"


class Target:
    """An IngestTarget that records what it is given (the HTTP layer alone is under test here)."""

    def __init__(self) -> None:
        self.accepting = True
        self.ready = True
        self.calls: list[tuple[list[Outcome], str, str | None]] = []

    async def accept(self, outcomes: Sequence[Outcome], source: str, origin: str | None) -> AcceptResult:
        self.calls.append((list(outcomes), source, origin))
        return AcceptResult(
            accepted=[o.item.uri for o in outcomes if isinstance(o, Decoded)],
            rejected=[
                {"index": o.index, "field": o.error.field, "reason": o.error.reason}
                for o in outcomes
                if isinstance(o, Rejected)
            ],
        )


@pytest.fixture
async def served() -> AsyncIterator[tuple[httpx.AsyncClient, Target, CollectorRegistry]]:
    target = Target()
    registry = CollectorRegistry()
    Counter("wirewatch_test_total", "A test counter.", registry=registry).inc(3)
    runner, _, port = await start_server(create_app(target, registry, TOKEN), "127.0.0.1:0")
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
        yield client, target, registry
    await runner.cleanup()


AUTH = {"Authorization": f"Bearer {TOKEN}"}


async def test_post_without_or_with_wrong_token_is_401(
    served: tuple[httpx.AsyncClient, Target, object],
) -> None:
    """No token, a wrong token, or another scheme gets 401 with WWW-Authenticate, and nothing is accepted."""
    client, target, _ = served
    body = {"id": "x", "text": "t"}
    for headers in ({}, {"Authorization": "Bearer nope"}, {"Authorization": f"Basic {TOKEN}"}):
        response = await client.post("/v1/items", json=body, headers=headers)
        assert response.status_code == 401
        assert response.headers["WWW-Authenticate"].startswith("Bearer")
    assert target.calls == []


async def test_post_one_item_and_a_list(served: tuple[httpx.AsyncClient, Target, object]) -> None:
    """One object or a list is accepted with 202 and the item uris; the peer is the origin."""
    client, target, _ = served
    response = await client.post("/v1/items", json={"id": "one", "text": "t"}, headers=AUTH)
    assert response.status_code == 202
    assert response.json() == {"accepted": 1, "items": ["one"], "rejected": []}
    response = await client.post("/v1/items", json=[{"id": "a", "text": "t"}, {"id": "b"}], headers=AUTH)
    assert response.status_code == 202
    data = response.json()
    assert data["items"] == ["a"]
    assert data["rejected"] == [{"index": 1, "field": "text", "reason": data["rejected"][0]["reason"]}]
    assert target.calls[0][1:] == ("http", "127.0.0.1")


async def test_post_nothing_decodable_is_400(served: tuple[httpx.AsyncClient, Target, object]) -> None:
    """A body with nothing decodable gets 400 with field and reason, still handed on for the dead letter."""
    client, target, _ = served
    response = await client.post(
        "/v1/items", content=b"[1, 2", headers={**AUTH, "Content-Type": "application/json"}
    )
    assert response.status_code == 400
    assert response.json()["rejected"][0]["field"] == "$"
    assert len(target.calls) == 1


async def test_post_while_draining_is_503(served: tuple[httpx.AsyncClient, Target, object]) -> None:
    """Once shutdown begins, POST gets 503 with Retry-After and readiness fails."""
    client, target, _ = served
    target.accepting = False
    target.ready = False
    response = await client.post("/v1/items", json={"id": "x", "text": "t"}, headers=AUTH)
    assert response.status_code == 503
    assert response.headers["Retry-After"] == "5"
    assert (await client.get("/readyz")).status_code == 503
    assert (await client.get("/healthz")).status_code == 200


async def test_health_ready_and_metrics(served: tuple[httpx.AsyncClient, Target, object]) -> None:
    """healthz and readyz answer 200; /metrics exposes the injected registry in Prometheus text."""
    client, _, _ = served
    assert (await client.get("/healthz")).json() == {"status": "ok"}
    assert (await client.get("/readyz")).status_code == 200
    metrics = await client.get("/metrics")
    assert metrics.status_code == 200
    assert metrics.headers["Content-Type"].startswith("text/plain")
    assert "wirewatch_test_total 3.0" in metrics.text


async def test_oversized_body_is_413(served: tuple[httpx.AsyncClient, Target, object]) -> None:
    """A body above the size limit is refused with 413 before decoding."""
    client, target, _ = served
    response = await client.post("/v1/items", content=b"x" * (9 * 1024 * 1024), headers=AUTH)
    assert response.status_code == 413
    assert target.calls == []


def test_generated_token_file_is_private_and_reused(tmp_path: Path) -> None:
    """With no token configured, a random token is written 0600 under var/ and reused next time."""
    token, path = resolve_ingest_token(Settings(), tmp_path / "var")
    assert path == tmp_path / "var" / "ingest-token"
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert len(token) >= 32
    again, _ = resolve_ingest_token(Settings(), tmp_path / "var")
    assert again == token


def test_configured_token_wins(tmp_path: Path) -> None:
    """WIREWATCH_INGEST_TOKEN (or its file) is used as is and nothing is written."""
    token, path = resolve_ingest_token(Settings(ingest_token=SecretStr("abc")), tmp_path)
    assert (token, path) == ("abc", None)
    assert list(tmp_path.iterdir()) == []


def test_parse_listen() -> None:
    """HOST:PORT parses, IPv6 in brackets too; a missing port is an error."""
    assert parse_listen("127.0.0.1:8080") == ("127.0.0.1", 8080)
    assert parse_listen("[::1]:0") == ("::1", 0)
    with pytest.raises(ValueError, match="HOST:PORT"):
        parse_listen("localhost")


async def test_rejected_token_is_not_logged(served: tuple[httpx.AsyncClient, Target, object]) -> None:
    """A 401 is logged with the peer, never with the token that was presented."""
    client, _, _ = served
    with structlog.testing.capture_logs() as logs:
        await client.post("/v1/items", json={}, headers={"Authorization": "Bearer guessed-secret-value"})
    assert any(entry["event"] == "http.unauthorised" for entry in logs)
    assert "guessed-secret-value" not in repr(logs)


async def test_post_json_lines_and_rss_bodies(served: tuple[httpx.AsyncClient, Target, object]) -> None:
    """Besides JSON, a JSON-lines body and an RSS body are decoded into items."""
    client, _, _ = served
    ndjson = b'{"id": "l1", "text": "one"}\n{"id": "l2", "text": "two"}\n'
    response = await client.post(
        "/v1/items", content=ndjson, headers={**AUTH, "Content-Type": "application/x-ndjson"}
    )
    assert response.json()["items"] == ["l1", "l2"]
    rss = (
        b"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title>"
        b"<item><guid>urn:rss:1</guid><title>Truce holds</title></item></channel></rss>"
    )
    response = await client.post(
        "/v1/items", content=rss, headers={**AUTH, "Content-Type": "application/rss+xml"}
    )
    assert response.status_code == 202
    assert response.json()["items"] == ["urn:rss:1"]


async def test_start_server_refuses_a_busy_port() -> None:
    """Binding an address already in use is a ConfigError naming the address, not a traceback."""
    app = create_app(Target(), CollectorRegistry(), TOKEN)
    runner, host, port = await start_server(app, "127.0.0.1:0")
    try:
        with pytest.raises(ConfigError, match=f"cannot listen on 127.0.0.1:{port}"):
            await start_server(create_app(Target(), CollectorRegistry(), TOKEN), f"127.0.0.1:{port}")
    finally:
        await runner.cleanup()
    assert host == "127.0.0.1"

"""The silences/subscriptions HTTP API mounted on an aiohttp app, over real loopback HTTP."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from alerts.factory import build_pipeline
from services.http_alerts import add_alert_routes
from wirewatch.metrics import Metrics
from wirewatch.settings import Settings
from wirewatch.state import MemoryStore

TOKEN = "api-token-xyz"
NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
async def api(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[tuple[TestClient[Any, Any], Any]]:
    subs = tmp_path / "subs"
    subs.mkdir()
    (subs / "gulf.yaml").write_text(
        "owner: Gulf desk\ndeliver:\n  webhook: {url: {env: GULF_HOOK_URL}, secret: {value: s}}\n"
        "match: {regions: [gulf]}\n"
    )
    monkeypatch.setenv("GULF_HOOK_URL", "http://127.0.0.1:9/hook/SECRET")
    settings = Settings(subscriptions_dir=subs, notification_dlq_path=tmp_path / "dlq.jsonl")
    pipeline = build_pipeline(settings, MemoryStore(), Metrics(), console=False)
    app = web.Application()
    add_alert_routes(app, pipeline, token=TOKEN, clock=lambda: NOW)
    client = TestClient(TestServer(app, host="127.0.0.1"))
    await client.start_server()
    yield client, pipeline
    await client.close()
    await pipeline.aclose()


async def test_requires_bearer_token(api: tuple[TestClient[Any, Any], Any]) -> None:
    """Every route answers 401 without the right token."""
    client, _ = api
    for method, path in [
        ("GET", "/v1/silences"),
        ("POST", "/v1/silences"),
        ("GET", "/v1/subscriptions"),
        ("DELETE", "/v1/silences/x"),
    ]:
        resp = await client.request(method, path, headers={"Authorization": "Bearer wrong"})
        assert resp.status == 401


async def test_silence_lifecycle(api: tuple[TestClient[Any, Any], Any]) -> None:
    """Create, list, get and expire a silence; it is persisted where the pipeline reads it."""
    client, pipeline = api
    body = {
        "matchers": ['category="toll_revision"'],
        "duration": "2h",
        "created_by": "ana",
        "comment": "known",
    }
    resp = await client.post("/v1/silences", json=body, headers=AUTH)
    assert resp.status == 201
    created = await resp.json()
    assert created["state"] == "active" and created["ends_at"] == "2026-11-29T14:00:00Z"
    assert [s.id for s in pipeline.silences.list()] == [created["id"]]
    listed = await (await client.get("/v1/silences", headers=AUTH)).json()
    assert [s["id"] for s in listed] == [created["id"]]
    resp = await client.delete(f"/v1/silences/{created['id']}", headers=AUTH)
    assert resp.status == 200 and (await resp.json())["state"] == "expired"
    assert await (await client.get("/v1/silences", headers=AUTH)).json() == []
    assert len(await (await client.get("/v1/silences?all=1", headers=AUTH)).json()) == 1
    assert (await client.get("/v1/silences/nope", headers=AUTH)).status == 404


@pytest.mark.parametrize(
    "body",
    [
        {"matchers": [], "duration": "1h", "created_by": "a"},
        {"matchers": ["a=~("], "duration": "1h", "created_by": "a"},
        {"matchers": ["a=b"], "duration": "soon", "created_by": "a"},
        {"matchers": ["a=b"], "duration": "1h"},
        {"matchers": ["a=b"], "created_by": "a"},
        {"matchers": ["a=b"], "ends_at": "2026-11-29T11:00:00Z", "created_by": "a"},
    ],
)
async def test_bad_silences_are_400(api: tuple[TestClient[Any, Any], Any], body: dict[str, Any]) -> None:
    """Invalid input is refused with a JSON error."""
    client, _ = api
    resp = await client.post("/v1/silences", json=body, headers=AUTH)
    assert resp.status == 400 and "error" in await resp.json()


async def test_subscriptions_listed_without_secrets(api: tuple[TestClient[Any, Any], Any]) -> None:
    """Subscriptions are listed; webhook URLs and secrets are not in the response."""
    client, _ = api
    resp = await client.get("/v1/subscriptions", headers=AUTH)
    text = await resp.text()
    data = await resp.json()
    assert [s["name"] for s in data] == ["gulf"] and data[0]["deliver"]["webhook"] == {
        "format": "wirewatch",
        "signed": True,
    }
    assert "SECRET" not in text and "127.0.0.1:9" not in text
    assert (await client.get("/v1/subscriptions/gulf", headers=AUTH)).status == 200
    assert (await client.get("/v1/subscriptions/nope", headers=AUTH)).status == 404


async def test_route_test_endpoint(api: tuple[TestClient[Any, Any], Any]) -> None:
    """POST /v1/routes/test names the receivers for a label set."""
    client, _ = api
    resp = await client.post("/v1/routes/test", json={"labels": {"region": "gulf"}}, headers=AUTH)
    assert (await resp.json())["receivers"] == ["sub:gulf", "default"]

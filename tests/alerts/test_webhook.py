"""Webhooks and the Alertmanager receiver over real HTTP: payloads, signatures, errors."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from aiohttp import web

from alerts.config import AlertmanagerConfig, WebhookConfig
from alerts.models import Alert
from alerts.notifiers.alertmanager import AlertmanagerNotifier
from alerts.notifiers.base import Notification
from alerts.notifiers.webhook import (
    DELIVERY_HEADER,
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    WebhookNotifier,
    verify_signature,
)
from wirewatch.errors import DeliveryError

from .conftest import T0, Received, Receiver, make_alert, make_notification

SECRET = "hook-secret-value"


def note(*alerts: Alert) -> Notification:
    return make_notification(
        *alerts,
        nid="n42",
        receiver="hooks",
        group_key="root:hooks:1",
        group_labels={"event_key": "sudan:el-fasher"},
    )


def verifying(req: Received) -> web.Response:
    ok = verify_signature(
        SECRET.encode(),
        req.headers[TIMESTAMP_HEADER],
        req.body,
        req.headers[SIGNATURE_HEADER],
        now=time.time(),
    )
    return web.Response(status=204 if ok else 401)


@pytest.fixture
async def client() -> Any:
    async with httpx.AsyncClient() as c:
        yield c


async def test_signed_versioned_payload(receiver: Receiver, client: httpx.AsyncClient) -> None:
    """The receiver verifies the HMAC over timestamp + body; the payload is version 1 as documented."""
    receiver.on("/hook", verifying)
    cfg = WebhookConfig(url={"value": f"{receiver.base_url}/hook"}, secret={"value": SECRET})  # type: ignore[arg-type]
    await WebhookNotifier("hooks/webhook0", cfg, client).send(note(make_alert()))
    req = receiver.to("/hook")[0]
    assert req.headers[DELIVERY_HEADER] == "n42"
    assert req.headers[SIGNATURE_HEADER].startswith("v1=")
    body = req.json()
    assert body["version"] == "1" and body["kind"] == "wirewatch.notification"
    assert body["status"] == "firing" and body["group_labels"] == {"event_key": "sudan:el-fasher"}
    alert = body["alerts"][0]
    assert alert["values"] == {"old": 50, "new": 71} and alert["rule"] == "toll.revised"
    assert (
        alert["evidence"].startswith("At least 71") and alert["routing_labels"]["category"] == "toll_revision"
    )


async def test_tampered_or_stale_signature_fails_verification() -> None:
    """verify_signature rejects a changed body, a wrong secret and an old timestamp."""
    from alerts.notifiers.webhook import sign

    ts, body = "1700000000", b'{"a":1}'
    sig = sign(SECRET.encode(), ts, body)
    assert verify_signature(SECRET.encode(), ts, body, sig, now=1700000010)
    assert not verify_signature(SECRET.encode(), ts, b'{"a":2}', sig, now=1700000010)
    assert not verify_signature(b"other", ts, body, sig, now=1700000010)
    assert not verify_signature(SECRET.encode(), ts, body, sig, now=1700009999)


async def test_wrong_secret_is_rejected_by_receiver(receiver: Receiver, client: httpx.AsyncClient) -> None:
    """A 401 from the receiver is a permanent DeliveryError."""
    receiver.on("/hook", verifying)
    cfg = WebhookConfig(url={"value": f"{receiver.base_url}/hook"}, secret={"value": "wrong"})  # type: ignore[arg-type]
    with pytest.raises(DeliveryError) as info:
        await WebhookNotifier("hooks/webhook0", cfg, client).send(note(make_alert()))
    assert not info.value.retryable


async def test_alertmanager_webhook_format(receiver: Receiver, client: httpx.AsyncClient) -> None:
    """``format: alertmanager`` posts Alertmanager's version-4 webhook shape."""
    receiver.on("/am-hook", lambda _r: web.Response(text="ok"))
    cfg = WebhookConfig(url={"value": f"{receiver.base_url}/am-hook"}, format="alertmanager")  # type: ignore[arg-type]
    resolved = make_alert("b").resolved(T0 + timedelta(minutes=3))
    await WebhookNotifier("hooks/webhook1", cfg, client).send(note(make_alert("a"), resolved))
    body = receiver.to("/am-hook")[0].json()
    assert body["version"] == "4" and body["groupKey"] == "root:hooks:1" and body["status"] == "firing"
    assert [a["status"] for a in body["alerts"]] == ["firing", "resolved"]
    assert body["alerts"][0]["endsAt"] == "0001-01-01T00:00:00Z"
    assert body["alerts"][1]["endsAt"] == "2026-11-29T12:03:00Z"
    assert body["commonLabels"]["category"] == "toll_revision"
    assert body["alerts"][0]["annotations"]["change"] == "50 -> 71"


async def test_timeout_and_5xx_are_retryable_and_url_redacted(
    receiver: Receiver, client: httpx.AsyncClient
) -> None:
    """A 503 and a connection refusal are retryable; the URL's secret path is not in the error."""
    receiver.fail = [(503, {"Retry-After": "3"}, "")]
    url = f"{receiver.base_url}/hook/TOKEN123456"
    cfg = WebhookConfig(url={"value": url})  # type: ignore[arg-type]
    with pytest.raises(DeliveryError) as info:
        await WebhookNotifier("hooks/webhook0", cfg, client).send(note(make_alert()))
    assert info.value.retryable and info.value.retry_after == 3.0
    dead = WebhookConfig(url={"value": "http://127.0.0.1:9/hook/TOKEN123456"}, timeout=2)  # type: ignore[arg-type]
    with pytest.raises(DeliveryError) as info:
        await WebhookNotifier("hooks/webhook0", dead, client).send(note(make_alert()))
    assert info.value.retryable and "TOKEN123456" not in str(info.value)


async def test_alertmanager_receiver_posts_v2_alerts(receiver: Receiver, client: httpx.AsyncClient) -> None:
    """The Alertmanager notifier posts postable alerts to /api/v2/alerts with valid label names."""

    def fake_am(req: Received) -> web.Response:
        alerts = req.json()
        if not isinstance(alerts, list):
            return web.json_response({"message": "bad"}, status=400)
        for a in alerts:
            if not all(k.replace("_", "a").isalnum() for k in a["labels"]):
                return web.json_response({"message": "bad label"}, status=400)
        return web.Response(status=200)

    receiver.on("/api/v2/alerts", fake_am)
    cfg = AlertmanagerConfig(url=receiver.base_url, bearer_token={"value": "am-token"})  # type: ignore[arg-type]
    wall = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
    notifier = AlertmanagerNotifier("am/alertmanager0", cfg, client, wall=lambda: wall)
    alert = make_alert(labels={"desk-name": "africa"})
    await notifier.send(note(alert, make_alert("r").resolved(T0 + timedelta(minutes=1))))
    req = receiver.to("/api/v2/alerts")[0]
    assert req.headers["Authorization"] == "Bearer am-token"
    first, second = req.json()
    assert first["labels"]["alertname"] == "toll.revised" and first["labels"]["desk_name"] == "africa"
    assert first["annotations"]["summary"] == "Death toll rises to 71"
    assert first["startsAt"] == "2026-11-29T12:00:00Z" and first["endsAt"] == "2026-11-30T12:00:00Z"
    assert second["endsAt"] == "2026-11-29T12:01:00Z"
    receiver.fail = [(400, {}, "bad")]
    with pytest.raises(DeliveryError) as info:
        await notifier.send(note(alert))
    assert not info.value.retryable

"""Delivery against a real flaky receiver: exactly once through 500s/429s, dead letter, dlq replay."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import httpx
from aiohttp import web

from alerts.config import validate_routing
from alerts.delivery import Dispatcher
from alerts.dlq import replay_dead_letters
from alerts.factory import build_integrations
from alerts.pipeline import AlertPipeline, LoadedConfig
from alerts.table import compile_routing
from alerts.yamlconf import parse
from wirewatch.metrics import Metrics
from wirewatch.settings import Settings
from wirewatch.state import MemoryStore

from .conftest import T0, FakeSleep, Received, Receiver, make_alert


def routing(base_url: str) -> str:
    return f"""\
route:
  receiver: hooks
  group_by: ['...']
  group_wait: 0s
  group_interval: 0s
receivers:
  - name: hooks
    webhook_configs:
      - url: "{base_url}/hook/SECRET-PATH-TOKEN"
"""


def write_routing(tmp_path: Path, base_url: str) -> Path:
    path = tmp_path / "routing.yaml"
    path.write_text(routing(base_url))
    return path


async def make_pipeline(
    settings: Settings,
    store: MemoryStore,
    metrics: Metrics,
    dispatcher: Dispatcher,
    client: httpx.AsyncClient,
) -> AlertPipeline:
    assert settings.routing_file is not None
    text = settings.routing_file.read_text()
    data, lines = parse(text, "routing.yaml")
    table = compile_routing(validate_routing(data, lines, "routing.yaml"))
    integrations = build_integrations(dict(table.receivers), settings, store, client)
    return AlertPipeline(LoadedConfig(table, integrations), store, metrics, dispatcher)


def ok(_req: object) -> web.Response:
    return web.Response(status=204)


def hook_settings(
    tmp_path: Path, receiver: Receiver, handler: Callable[[Received], web.Response] = ok
) -> Settings:
    """Settings routing every alert to ``receiver``'s webhook, which ``handler`` answers; DLQ in tmp_path."""
    receiver.on("/hook/SECRET-PATH-TOKEN", handler)
    return Settings(
        routing_file=write_routing(tmp_path, receiver.base_url), notification_dlq_path=tmp_path / "dlq.jsonl"
    )


async def test_flaky_receiver_gets_every_alert_exactly_once(
    tmp_path: Path,
    receiver: Receiver,
    store: MemoryStore,
    metrics: Metrics,
    make_dispatcher: Callable[..., Dispatcher],
    fake_sleep: FakeSleep,
) -> None:
    """500s and 429s for a while, then recovery: each of 10 alerts arrives once, Retry-After honoured."""
    receiver.fail = [(500, {}, "")] * 3 + [(429, {"Retry-After": "2"}, "")] * 2 + [(502, {}, "")]
    settings = hook_settings(tmp_path, receiver)
    async with httpx.AsyncClient() as client:
        pipeline = await make_pipeline(settings, store, metrics, make_dispatcher(max_attempts=10), client)
        alerts = [make_alert(f"k{i}", event_key=f"e{i}") for i in range(10)]
        await pipeline.submit(alerts, T0)
        await pipeline.submit(alerts, T0 + timedelta(seconds=1))  # duplicates
        await pipeline.drain()
    got = [r.json()["alerts"][0]["id"] for r in receiver.requests]
    assert sorted(got) == sorted(a.id for a in alerts)
    assert len(got) == len(set(got))
    after_429 = fake_sleep.delays[3:5]
    assert len(fake_sleep.delays) == 6 and all(d >= 2.0 for d in after_429)
    assert metrics.notification_retries.labels("hooks/webhook0")._value.get() == 6
    assert metrics.notifications.labels("hooks/webhook0", "success")._value.get() == 10
    assert not (tmp_path / "dlq.jsonl").exists()


async def test_down_past_budget_dead_letters_then_replay_delivers(
    tmp_path: Path,
    receiver: Receiver,
    store: MemoryStore,
    metrics: Metrics,
    make_dispatcher: Callable[..., Dispatcher],
) -> None:
    """A receiver down past the retry budget leaves notifications in the DLQ; replay sends them once."""
    receiver.down = True
    settings, dlq = hook_settings(tmp_path, receiver), tmp_path / "dlq.jsonl"
    async with httpx.AsyncClient() as client:
        pipeline = await make_pipeline(
            settings, store, metrics, make_dispatcher(max_attempts=3, dlq=dlq), client
        )
        alerts = [make_alert(f"k{i}", event_key=f"e{i}") for i in range(3)]
        await pipeline.submit(alerts, T0)
        await pipeline.drain()
        records = [json.loads(line) for line in dlq.read_text().splitlines()]
        assert len(records) == 3 and receiver.requests == []
        assert all(r["integration"] == "hooks/webhook0" and r["attempts"] == 3 for r in records)
        assert all(
            "retry budget spent after 3 attempts: webhook hooks/webhook0: HTTP 503" in r["reason"]
            for r in records
        )
        assert "SECRET-PATH-TOKEN" not in dlq.read_text().split('"notification"')[0]
        assert metrics.notifications_dead_lettered.labels("hooks/webhook0")._value.get() == 3
        assert list(store.scan("alerts.outbox")) == []

        receiver.down = False
        result = await replay_dead_letters(
            settings, store, metrics, client=client, dispatcher=make_dispatcher(dlq=dlq)
        )
        assert (result.delivered, result.failed, result.kept) == (3, 0, 0)
        assert sorted(r.json()["alerts"][0]["id"] for r in receiver.requests) == sorted(a.id for a in alerts)
        assert not dlq.exists() or dlq.read_text() == ""
        assert list(tmp_path.glob("dlq.jsonl.replaying-*")) == []  # noqa: ASYNC240
        again = await replay_dead_letters(
            settings, store, metrics, client=client, dispatcher=make_dispatcher(dlq=dlq)
        )
        assert again.delivered == 0 and len(receiver.requests) == 3


async def test_replay_skips_already_delivered(
    tmp_path: Path,
    receiver: Receiver,
    store: MemoryStore,
    metrics: Metrics,
    make_dispatcher: Callable[..., Dispatcher],
) -> None:
    """A dead-lettered notification that the delivery log shows as delivered is not sent again."""
    settings, dlq = hook_settings(tmp_path, receiver), tmp_path / "dlq.jsonl"
    async with httpx.AsyncClient() as client:
        pipeline = await make_pipeline(settings, store, metrics, make_dispatcher(dlq=dlq), client)
        await pipeline.submit([make_alert()], T0)
        await pipeline.drain()
        assert len(receiver.requests) == 1
        # Forge a dead letter for the same notification, as if an ambiguous failure had been recorded.
        from alerts.deadletter import DeadLetterRecord, FileDeadLetter
        from alerts.notifiers.base import Notification

        alert = make_alert()
        sent = Notification(
            id=receiver.requests[0].headers["X-Wirewatch-Delivery"],
            receiver="hooks",
            group_key="g",
            status=alert.status,
            alerts=(alert,),
            created_at=T0,
        )
        await FileDeadLetter(dlq).put(DeadLetterRecord(T0, "hooks/webhook0", "hooks", "timeout", 1, sent))
        result = await replay_dead_letters(
            settings, store, metrics, client=client, dispatcher=make_dispatcher(dlq=dlq)
        )
        assert result.delivered == 1 and len(receiver.requests) == 1
        assert metrics.notifications.labels("hooks/webhook0", "duplicate")._value.get() == 1


async def test_permanent_error_dead_letters_at_once(
    tmp_path: Path,
    receiver: Receiver,
    store: MemoryStore,
    metrics: Metrics,
    make_dispatcher: Callable[..., Dispatcher],
    fake_sleep: FakeSleep,
) -> None:
    """A 400 is not retried: one attempt, then the dead letter with the reason."""
    settings = hook_settings(tmp_path, receiver, lambda _r: web.Response(status=400))
    dlq = tmp_path / "dlq.jsonl"
    async with httpx.AsyncClient() as client:
        pipeline = await make_pipeline(settings, store, metrics, make_dispatcher(dlq=dlq), client)
        await pipeline.submit([make_alert()], T0)
        await pipeline.drain()
    record = json.loads(dlq.read_text())
    assert record["attempts"] == 1 and record["reason"] == "webhook hooks/webhook0: HTTP 400"
    assert fake_sleep.delays == []


async def test_local_sinks_are_not_rate_limited(
    tmp_path: Path, make_dispatcher: Callable[..., Dispatcher], fake_sleep: FakeSleep
) -> None:
    """A burst to a JSON-lines sink is written at once; the same burst to a remote integration waits."""
    from alerts.delivery import Integration
    from alerts.models import AlertStatus
    from alerts.notifiers.base import Notification
    from alerts.notifiers.jsonl import JsonLinesNotifier

    dispatcher = make_dispatcher(rate=1.0, burst=1)
    local = Integration(JsonLinesNotifier("local", path=tmp_path / "a.jsonl"), "r", rate_limited=False)
    remote = Integration(JsonLinesNotifier("remote", path=tmp_path / "b.jsonl"), "r")
    for i in range(5):
        alert = make_alert(f"ev{i}")
        note = Notification(f"n{i}", "r", f"g{i}", AlertStatus.FIRING, (alert,), T0)
        assert await dispatcher.deliver(note, local)
    assert fake_sleep.delays == []
    for i in range(5):
        alert = make_alert(f"ev{i}")
        note = Notification(f"m{i}", "r", f"g{i}", AlertStatus.FIRING, (alert,), T0)
        assert await dispatcher.deliver(note, remote)
    assert len(fake_sleep.delays) >= 4
    assert len((tmp_path / "a.jsonl").read_text().splitlines()) == 5

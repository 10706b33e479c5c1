"""Subscriptions: validation with lines, compilation into routes, quiet hours, hot reload."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from aiohttp import web

from alerts.delivery import Dispatcher
from alerts.factory import build_pipeline, load_spec
from alerts.labels import alert_labels
from alerts.subscriptions import load_subscriptions, public_view
from alerts.table import compile_routing
from wirewatch.errors import ConfigError
from wirewatch.metrics import Metrics
from wirewatch.settings import Settings
from wirewatch.state import MemoryStore

from .conftest import T0, Receiver, make_alert

CAUCASUS = """\
owner: Caucasus desk
deliver:
  slack: {channel: C0CAUCASUS}
  emails: [caucasus@example.org]
match:
  categories: [ceasefire, confirmation_gap]
  min_severity: high
  actors: [AZ, AM]
quiet_hours: {start: "22:00", end: "07:00", timezone: Asia/Baku}
"""


def settings_for(tmp_path: Path, **extra: object) -> Settings:
    base: dict[str, object] = {
        "subscriptions_dir": tmp_path / "subs",
        "slack_bot_token": "xoxb-1",
        "smtp_host": "127.0.0.1",
        "notification_dlq_path": tmp_path / "dlq.jsonl",
    }
    return Settings(**{**base, **extra})  # type: ignore[arg-type]


def test_compiles_to_matchers_and_quiet_hours(tmp_path: Path) -> None:
    """A subscription becomes a receiver sub:<name> and a continue route with its matchers."""
    (tmp_path / "subs").mkdir()
    (tmp_path / "subs" / "caucasus-desk.yaml").write_text(CAUCASUS)
    spec, subs = load_spec(settings_for(tmp_path), console=False)
    table = compile_routing(spec)
    assert [s.name for s in subs] == ["caucasus-desk"]
    gap = make_alert(category="confirmation_gap", values={"claimant": "AM", "silent_party": "AZ"})
    assert table.receivers_for(alert_labels(gap)) == ["sub:caucasus-desk", "default"]
    low = make_alert(category="confirmation_gap", severity="medium", values={"claimant": "AM"})  # type: ignore[arg-type]
    assert table.receivers_for(alert_labels(low)) == ["default"]
    elsewhere = make_alert(category="ceasefire", values={"party": "sudan.rsf"})
    assert table.receivers_for(alert_labels(elsewhere)) == ["default"]
    route = table.routes["sub:caucasus-desk"]
    assert route.continue_ and route.muted_at(datetime(2026, 11, 29, 20, 0, tzinfo=UTC))  # 00:00 in Baku
    assert route.muted_at(datetime(2026, 11, 29, 8, 0, tzinfo=UTC)) is None
    view = public_view(subs[0])
    assert view["deliver"] == {"slack": {"channel": "C0CAUCASUS"}, "emails": ["caucasus@example.org"]}


def test_invalid_files_report_file_and_line(tmp_path: Path) -> None:
    """Unknown keys, bad severities, bad zones and missing delivery are refused with lines."""
    d = tmp_path / "subs"
    d.mkdir()
    (d / "bad.yaml").write_text(
        "deliver:\n  emails: [x@y.org]\nmatch:\n  severities: [urgent]\n  colour: red\n"
    )
    (d / "nodeliver.yaml").write_text("deliver: {}\n")
    (d / "zone.yaml").write_text(
        "deliver: {emails: [a@b.org]}\nquiet_hours: {start: '22:00', end: '07:00', timezone: Nowhere/City}\n"
    )
    with pytest.raises(ConfigError) as info:
        load_subscriptions(d)
    message = str(info.value)
    assert f"{d / 'bad.yaml'}:4: match.severities.0" in message
    assert f"{d / 'bad.yaml'}:5: match.colour: Extra inputs are not permitted" in message
    assert f"{d / 'nodeliver.yaml'}:1: deliver" in message and "at least one of" in message
    assert f"{d / 'zone.yaml'}:2: quiet_hours" in message and "unknown time zone" in message


def test_missing_defaults_are_config_errors(tmp_path: Path) -> None:
    """A Slack channel subscription without a bot token is refused, naming the setting."""
    (tmp_path / "subs").mkdir()
    (tmp_path / "subs" / "c.yaml").write_text(CAUCASUS)
    with pytest.raises(ConfigError, match="WIREWATCH_SLACK_BOT_TOKEN"):
        load_spec(settings_for(tmp_path, slack_bot_token=None), console=False)


async def test_hot_reload_adds_a_subscriber(
    tmp_path: Path,
    receiver: Receiver,
    store: MemoryStore,
    metrics: Metrics,
    make_dispatcher: Callable[..., Dispatcher],
) -> None:
    """A subscription file added while running is picked up and receives the next alerts."""
    receiver.on("/hook", lambda _r: web.Response(status=204))
    subs = tmp_path / "subs"
    subs.mkdir()
    settings = settings_for(tmp_path, subscriptions_reload_seconds=5)
    async with httpx.AsyncClient() as client:
        pipeline = build_pipeline(
            settings, store, metrics, console=False, client=client, dispatcher=make_dispatcher()
        )
        await pipeline.submit([make_alert("before")], T0)
        await pipeline.drain()
        assert receiver.requests == []
        (subs / "risk.yaml").write_text(f"deliver:\n  webhook: {{url: '{receiver.base_url}/hook'}}\n")
        wake = pipeline.next_wakeup()
        assert wake is not None and wake <= T0 + timedelta(seconds=5)
        await pipeline.tick(T0 + timedelta(seconds=5))
        assert [s.name for s in pipeline.subscriptions] == ["risk"]  # type: ignore[attr-defined]
        await pipeline.submit([make_alert("after")], T0 + timedelta(seconds=6))
        await pipeline.drain()
        assert len(receiver.requests) == 1
        # A broken edit keeps the previous configuration.
        (subs / "risk.yaml").write_text("deliver: [nonsense\n")
        await pipeline.tick(T0 + timedelta(seconds=12))
        assert [s.name for s in pipeline.subscriptions] == ["risk"]  # type: ignore[attr-defined]
        await pipeline.aclose()

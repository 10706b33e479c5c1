"""The shipped example routing file and subscription stay valid."""

from __future__ import annotations

from pathlib import Path

import pytest

import alerts
from alerts.config import load_routing
from alerts.subscriptions import load_subscriptions, merge_subscriptions
from alerts.table import compile_routing
from wirewatch.settings import Settings

EXAMPLES = Path(alerts.__file__).parent / "examples"


def test_example_routing_and_subscription_compile(monkeypatch: pytest.MonkeyPatch) -> None:
    """Both examples validate and compile together and route as their comments say."""
    spec = load_routing(EXAMPLES / "routing.example.yaml")
    subs = load_subscriptions(EXAMPLES / "subscriptions")
    settings = Settings(slack_bot_token="xoxb-x", smtp_host="127.0.0.1")  # type: ignore[arg-type]
    table = compile_routing(merge_subscriptions(spec, subs, settings))
    labels = {"category": "toll_revision", "severity": "high", "actors": "AZ"}
    assert table.receivers_for(labels) == ["sub:caucasus-desk", "risk"]
    assert table.receivers_for({"category": "ceasefire", "severity": "low"}) == ["desk"]
    assert table.receivers_for({"category": "other", "severity": "low", "actors": "AZ"}) == ["desk"]

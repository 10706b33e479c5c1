"""Tests for rules.engine.Detector: event detections become alerts, re-deliveries are ignored."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from alerts.models import fingerprint
from rules.detections import DetectionKind
from rules.engine import Detector
from wirewatch.state import MemoryStore

Det = Callable[..., Any]


def test_event_detection_becomes_text_alert(ruleset: Any, mkdet: Det, mkitem: Det, t0: datetime) -> None:
    """An event detection yields one firing alert with fingerprint id, the item uri and the evidence."""
    d = mkdet(DetectionKind.EVENT, rule="ceasefire.in_effect", dedup_key="AM+AZ", text="A truce took effect.")
    ruleset.on("urn:1", "1", d)
    alerts = Detector(ruleset).evaluate(mkitem(), MemoryStore(), t0)
    assert len(alerts) == 1
    a = alerts[0]
    assert a.id == fingerprint("ceasefire.in_effect", "AM+AZ")
    assert a.trigger == "text"
    assert a.item_ids == ("urn:1",)
    assert a.evidence == (d.evidence,)
    assert a.starts_at == t0


def test_same_uri_and_version_twice_changes_nothing(
    ruleset: Any, mkdet: Det, mkitem: Det, t0: datetime
) -> None:
    """A re-delivery of the same (uri, version) returns no alert and does not run the matcher again."""
    ruleset.on("urn:1", "1", mkdet(DetectionKind.EVENT))
    detector, store = Detector(ruleset), MemoryStore()
    assert detector.evaluate(mkitem(), store, t0)
    assert detector.evaluate(mkitem(), store, t0) == []
    assert ruleset.calls == 1

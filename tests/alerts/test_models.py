"""Alert serialisation shared by the group record, the outbox entry and the payloads."""

from __future__ import annotations

import json

from alerts.grouping import Group
from alerts.models import alert_data
from alerts.notifiers.base import Notification
from alerts.notifiers.jsonl import alert_record

from .conftest import T0, make_alert, make_notification


def test_alert_data_is_the_alerts_json() -> None:
    """alert_data equals json.loads(model_dump_json()), non-finite floats and unicode included."""
    alert = make_alert(values={"old": 50, "new": 71.5, "ratio": float("inf"), "who": "Zoë", "none": None})
    assert alert_data(alert) == json.loads(alert.model_dump_json())
    assert alert_data(alert)["values"]["ratio"] is None


def test_alert_data_is_computed_once_per_alert_object() -> None:
    """The same alert object gets the same dict back; an equal but distinct alert gets its own."""
    alert = make_alert("k1")
    twin = make_alert("k1")
    assert alert_data(alert) is alert_data(alert)
    assert alert_data(twin) is not alert_data(alert)
    assert alert_data(twin) == alert_data(alert)


def test_notification_json_shared_and_fresh_serialise_alike() -> None:
    """to_json(shared=True) serialises to the same text as to_json(), whose alert dicts are fresh copies."""
    notification = make_notification(make_alert("a"), make_alert("b"), group_labels={"event_key": "x"})
    shared = notification.to_json(shared=True)
    fresh = notification.to_json()
    assert json.dumps(shared) == json.dumps(fresh)
    assert fresh["alerts"][0] is not alert_data(notification.alerts[0])
    assert Notification.from_json(json.loads(json.dumps(shared))) == notification


def test_group_record_and_alert_record_are_unchanged_by_the_cache() -> None:
    """Group.to_json and alert_record produce what the uncached serialisation produced."""
    alert = make_alert("g", labels={"region": "af"})
    group = Group(
        key="k", route_id="root", receiver="desk", labels={"a": "1"}, created_at=T0, alerts={alert.id: alert}
    )
    record = json.loads(group.to_json())
    assert record["alerts"][alert.id] == json.loads(alert.model_dump_json())
    assert Group.from_json(group.to_json()) == group
    data = json.loads(alert.model_dump_json())
    line = alert_record(alert)
    assert (line["evidence_spans"], line["values"], line["labels"]) == (
        data["evidence"],
        data["values"],
        data["labels"],
    )
    assert (line["starts_at"], line["ends_at"], line["updated_at"]) == (
        data["starts_at"],
        data["ends_at"],
        data["updated_at"],
    )

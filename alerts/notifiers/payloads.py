"""JSON payloads for machine receivers: wirewatch's own (versioned) and Alertmanager's.

**wirewatch webhook payload, version 1** (``Content-Type: application/json``)::

    {
      "version": "1",
      "kind": "wirewatch.notification",
      "notification_id": "9f2c...",        # also the X-Wirewatch-Delivery header: dedup on it
      "receiver": "desk",
      "group_key": "root:desk:ab12...",
      "group_labels": {"event_key": "..."},
      "status": "firing",                  # "firing" if any alert fires, else "resolved"
      "created_at": "2026-11-29T01:00:00+00:00",
      "truncated_alerts": 0,
      "alerts": [ {<alert>}, ... ]
    }

where each ``<alert>`` is the JSON-lines record of :func:`alerts.notifiers.jsonl.alert_record`
(``id, rule, category, severity, status, trigger, summary, evidence, evidence_spans, values,
item_ids, related_item_ids, event_key, labels, starts_at, ends_at, updated_at``) plus
``routing_labels`` (the labels routing matched on). Fields are only ever added within a version.

**Alertmanager webhook payload** (``format: alertmanager``): Alertmanager's webhook ``version: "4"``
shape, so tools written for Alertmanager receivers accept wirewatch directly.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any

from alerts.isotime import isoformat
from alerts.labels import alert_labels
from alerts.models import Alert, AlertStatus
from alerts.notifiers.base import Notification
from alerts.notifiers.jsonl import alert_record
from alerts.notifiers.render import change_text, evidence_sentence

PAYLOAD_VERSION = "1"
_ZERO_TIME = "0001-01-01T00:00:00Z"
_BAD_LABEL_CHARS = re.compile(r"[^A-Za-z0-9_]")


def _iso(value: datetime) -> str:
    return value.isoformat().replace("+00:00", "Z")


def wirewatch_payload(notification: Notification, max_alerts: int = 0) -> dict[str, Any]:
    """The version-1 payload (``max_alerts`` > 0 truncates, counting the rest)."""
    alerts = list(notification.alerts)
    truncated = 0
    if max_alerts and len(alerts) > max_alerts:
        truncated = len(alerts) - max_alerts
        alerts = alerts[:max_alerts]
    records = []
    for alert in alerts:
        record = alert_record(alert)
        record["routing_labels"] = alert_labels(alert)
        records.append(record)
    return {
        "version": PAYLOAD_VERSION,
        "kind": "wirewatch.notification",
        "notification_id": notification.id,
        "receiver": notification.receiver,
        "group_key": notification.group_key,
        "group_labels": dict(notification.group_labels),
        "status": notification.status.value,
        "created_at": isoformat(notification.created_at),
        "truncated_alerts": truncated,
        "alerts": records,
    }


def am_labels(alert: Alert) -> dict[str, str]:
    """Alert labels with names made valid for Alertmanager (``[A-Za-z_][A-Za-z0-9_]*``)."""
    out = {}
    for key, value in alert_labels(alert).items():
        name = _BAD_LABEL_CHARS.sub("_", key)
        if not name or name[0].isdigit():
            name = "_" + name
        out[name] = value
    return out


def am_annotations(alert: Alert) -> dict[str, str]:
    """Summary, evidence sentence, change and item ids as Alertmanager annotations."""
    annotations = {"summary": alert.summary, "rule": alert.rule}
    sentence = evidence_sentence(alert)
    if sentence:
        annotations["evidence"] = sentence
    delta = change_text(alert)
    if delta:
        annotations["change"] = delta
    if alert.item_ids:
        annotations["item_ids"] = " ".join(alert.item_ids)
    for key, value in alert.values.items():
        if key not in ("old", "new") and value is not None:
            annotations[f"value_{_BAD_LABEL_CHARS.sub('_', key)}"] = str(value)
    return annotations


def am_alert(
    alert: Alert, firing_ttl: timedelta | None, now: datetime, generator_url: str = ""
) -> dict[str, Any]:
    """One Alertmanager alert; firing alerts get ``endsAt = now + firing_ttl`` (``None`` = unset)."""
    record: dict[str, Any] = {
        "labels": am_labels(alert),
        "annotations": am_annotations(alert),
        "startsAt": _iso(alert.starts_at),
        "generatorURL": generator_url,
    }
    if alert.status is AlertStatus.RESOLVED:
        record["endsAt"] = _iso(alert.ends_at or alert.updated_at)
    elif firing_ttl is not None:
        record["endsAt"] = _iso(now + firing_ttl)
    return record


def alertmanager_webhook_payload(notification: Notification, max_alerts: int = 0) -> dict[str, Any]:
    """Alertmanager's webhook notification shape (version 4)."""
    alerts = list(notification.alerts)
    truncated = 0
    if max_alerts and len(alerts) > max_alerts:
        truncated = len(alerts) - max_alerts
        alerts = alerts[:max_alerts]
    items = []
    label_sets = []
    for alert in alerts:
        labels = am_labels(alert)
        label_sets.append(labels)
        items.append(
            {
                "status": alert.status.value,
                "labels": labels,
                "annotations": am_annotations(alert),
                "startsAt": _iso(alert.starts_at),
                "endsAt": _iso(alert.ends_at) if alert.ends_at else _ZERO_TIME,
                "generatorURL": "",
                "fingerprint": alert.id,
            }
        )
    common = dict(label_sets[0]) if label_sets else {}
    for labels in label_sets[1:]:
        common = {k: v for k, v in common.items() if labels.get(k) == v}
    common_annotations = am_annotations(alerts[0]) if len(alerts) == 1 else {}
    return {
        "version": "4",
        "groupKey": notification.group_key,
        "truncatedAlerts": truncated,
        "status": notification.status.value,
        "receiver": notification.receiver,
        "groupLabels": dict(notification.group_labels),
        "commonLabels": common,
        "commonAnnotations": common_annotations,
        "externalURL": "",
        "alerts": items,
    }

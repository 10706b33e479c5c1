"""JSON-lines notifier: one JSON object per alert per line, appended to a file (or a stream).

Each line holds ``id``, ``rule``, ``category``, ``severity``, ``status``, ``trigger``, ``summary``,
``evidence`` (the first sentence), ``evidence_spans`` (all of them, with item ids and offsets),
``values``, ``item_ids``, ``related_item_ids``, ``event_key``, ``labels``, ``starts_at``, ``ends_at``,
``updated_at``, plus ``receiver``, ``group_key`` and ``notification_id``. Text is written as received
(JSON escaping makes it inert); this is the machine-readable audit trail.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any, TextIO

from alerts.models import Alert, alert_data
from alerts.notifiers.base import Notification
from alerts.notifiers.render import evidence_sentence
from wirewatch.errors import DeliveryError


def alert_record(alert: Alert) -> dict[str, Any]:
    """The JSON object written for one alert (its nested values are shared: read-only)."""
    data = alert_data(alert)
    return {
        "id": alert.id,
        "rule": alert.rule,
        "category": alert.category,
        "severity": alert.severity.value,
        "status": alert.status.value,
        "trigger": alert.trigger,
        "summary": alert.summary,
        "evidence": evidence_sentence(alert),
        "evidence_spans": data["evidence"],
        "values": data["values"],
        "item_ids": list(alert.item_ids),
        "related_item_ids": list(alert.related_item_ids),
        "event_key": alert.event_key,
        "labels": data["labels"],
        "starts_at": data["starts_at"],
        "ends_at": data["ends_at"],
        "updated_at": data["updated_at"],
    }


class JsonLinesNotifier:
    """Appends alerts to ``path`` (parent directories created) or writes them to ``stream``."""

    def __init__(self, name: str = "jsonl", *, path: Path | None = None, stream: TextIO | None = None):
        if (path is None) == (stream is None):
            raise ValueError("JsonLinesNotifier needs exactly one of path or stream")
        self._name = name
        self._path = path
        self._stream = stream

    @property
    def name(self) -> str:
        return self._name

    def _lines(self, notification: Notification) -> str:
        out = []
        for alert in notification.alerts:
            record = alert_record(alert)
            record.update(
                receiver=notification.receiver,
                group_key=notification.group_key,
                notification_id=notification.id,
            )
            out.append(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
        return "".join(out)

    def _append(self, text: str) -> None:
        assert self._path is not None
        self._path.parent.mkdir(parents=True, exist_ok=True)
        with self._path.open("a", encoding="utf-8") as fh:
            fh.write(text)

    async def send(self, notification: Notification) -> None:
        text = self._lines(notification)
        if self._stream is not None:
            self._stream.write(text)
            self._stream.flush()
            return
        try:
            await asyncio.to_thread(self._append, text)
        except OSError as exc:
            raise DeliveryError(f"cannot append to {self._path}: {exc.strerror}", retryable=True) from exc

    async def aclose(self) -> None:
        return None

"""The notifier protocol and the :class:`Notification` every notifier receives.

A notifier is the I/O shell at the end of the pipeline. Its contract:

- ``name`` is unique per process (``"<receiver>/<kind><index>"``); metrics, the delivery log and the
  dead letter key on it.
- ``send`` delivers one notification or raises :class:`wirewatch.errors.DeliveryError`.
  ``retryable=False`` means trying again cannot help (a 400, a refused recipient); ``retry_after``
  carries the server's requested wait in seconds (HTTP 429 ``Retry-After``). A notifier never
  retries by itself: the shared policy in :mod:`alerts.retry` does.
- ``aclose`` releases what the notifier holds (files, connections it owns). It must not close the
  shared ``httpx.AsyncClient``, which the factory owns.

Error messages must never contain secrets (webhook URLs, tokens, passwords): see
:func:`alerts.secrets.redact`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol, runtime_checkable

from alerts.isotime import isoformat
from alerts.models import Alert, AlertStatus, alert_data


@dataclass(frozen=True)
class Notification:
    """One group's alerts, sent to one receiver at one flush.

    ``id`` is unique per flush of a group (``group_key`` + flush time), so the delivery log can tell a
    retry or a replay of this notification from a later repeat of the same alerts. ``status`` is
    ``firing`` when any alert in it fires, else ``resolved``. ``group_labels`` are the labels the group
    was formed on (``group_by``).
    """

    id: str
    receiver: str
    group_key: str
    status: AlertStatus
    alerts: tuple[Alert, ...]
    created_at: datetime
    group_labels: Mapping[str, str] = field(default_factory=dict)

    @property
    def firing(self) -> tuple[Alert, ...]:
        """Alerts in this notification that are firing."""
        return tuple(a for a in self.alerts if a.status is AlertStatus.FIRING)

    @property
    def resolved(self) -> tuple[Alert, ...]:
        """Alerts in this notification that are resolved."""
        return tuple(a for a in self.alerts if a.status is AlertStatus.RESOLVED)

    def to_json(self, *, shared: bool = False) -> dict[str, Any]:
        """A JSON-safe dict from which :meth:`from_json` rebuilds an equal notification.

        ``shared=True`` (for a caller that serialises the dict at once) puts the alerts' cached
        data (:func:`alerts.models.alert_data`) in it instead of fresh copies: read-only.
        """
        alerts = (
            [alert_data(a) for a in self.alerts]
            if shared
            else [json.loads(a.model_dump_json()) for a in self.alerts]
        )
        return {
            "id": self.id,
            "receiver": self.receiver,
            "group_key": self.group_key,
            "status": self.status.value,
            "created_at": isoformat(self.created_at),
            "group_labels": dict(self.group_labels),
            "alerts": alerts,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Notification:
        """Inverse of :meth:`to_json`; raises ``ValueError``/``KeyError`` on malformed input."""
        return cls(
            id=str(data["id"]),
            receiver=str(data["receiver"]),
            group_key=str(data["group_key"]),
            status=AlertStatus(data["status"]),
            created_at=datetime.fromisoformat(data["created_at"]),
            group_labels={str(k): str(v) for k, v in dict(data.get("group_labels", {})).items()},
            alerts=tuple(Alert.model_validate(a) for a in data["alerts"]),
        )


def notification_status(alerts: tuple[Alert, ...]) -> AlertStatus:
    """``firing`` if any alert fires, else ``resolved``."""
    if any(a.status is AlertStatus.FIRING for a in alerts):
        return AlertStatus.FIRING
    return AlertStatus.RESOLVED


@runtime_checkable
class Notifier(Protocol):
    """Delivers notifications to one destination (a Slack channel, a mailbox, a URL, ...)."""

    @property
    def name(self) -> str:
        """Unique name, ``"<receiver>/<kind><index>"``."""
        ...

    async def send(self, notification: Notification) -> None:
        """Deliver ``notification`` or raise :class:`wirewatch.errors.DeliveryError`."""
        ...

    async def aclose(self) -> None:
        """Release resources this notifier owns (never the shared HTTP client)."""
        ...

"""Alertmanager receiver: forwards alerts into an existing Alertmanager via its v2 API.

``POST {url}/api/v2/alerts`` with a JSON list of postable alerts (``labels``, ``annotations``,
``startsAt``, ``endsAt``, ``generatorURL``). Labels are the routing labels (names made valid for
Alertmanager); annotations carry summary, evidence sentence, change and item ids. Resolved alerts
carry their ``endsAt``; firing alerts get ``endsAt = now + firing_ttl`` (24 h) because Alertmanager
resolves alerts that are not re-sent within its ``resolve_timeout``, and wirewatch repeats only every
``repeat_interval``. Alertmanager answers 200 with an empty body; 400 is permanent (bad alert),
429/5xx retryable.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import httpx

from alerts.config import AlertmanagerConfig
from alerts.notifiers.base import Notification
from alerts.notifiers.payloads import am_alert
from alerts.notifiers.slack import http_error
from alerts.notifiers.slack_blocks import item_link
from alerts.secrets import redact
from wirewatch.errors import DeliveryError

FIRING_TTL = timedelta(hours=24)


class AlertmanagerNotifier:
    """See the module docstring."""

    def __init__(
        self,
        name: str,
        config: AlertmanagerConfig,
        client: httpx.AsyncClient,
        *,
        link_template: str | None = None,
        wall: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._name = name
        self._config = config
        self._client = client
        self._token = config.bearer_token.resolve() if config.bearer_token else None
        self._wall = wall
        self._link = link_template

    @property
    def name(self) -> str:
        return self._name

    async def aclose(self) -> None:
        return None

    def payload(self, notification: Notification) -> list[dict[str, object]]:
        now = self._wall()
        out = []
        for alert in notification.alerts:
            url = (item_link(alert.item_ids[0], self._link) or "") if alert.item_ids else ""
            out.append(am_alert(alert, FIRING_TTL, now, url))
        return out

    async def send(self, notification: Notification) -> None:
        url = self._config.url.rstrip("/") + "/api/v2/alerts"
        headers = {"Content-Type": "application/json"}
        if self._token is not None:
            headers["Authorization"] = f"Bearer {self._token.get_secret_value()}"
        body = json.dumps(self.payload(notification), ensure_ascii=False).encode()
        what = f"alertmanager {self._name}"
        try:
            response = await self._client.post(
                url, content=body, headers=headers, timeout=self._config.timeout
            )
        except httpx.TimeoutException as exc:
            raise DeliveryError(f"{what}: timed out", retryable=True) from exc
        except httpx.HTTPError as exc:
            raise DeliveryError(
                redact(f"{what}: {type(exc).__name__}: {exc}", [self._token]), retryable=True
            ) from exc
        if response.status_code >= 300:
            raise http_error(what, response)

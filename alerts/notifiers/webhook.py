"""Webhook notifier: ``POST`` of a JSON payload, signed, with a timeout.

Payloads (:mod:`alerts.notifiers.payloads`): wirewatch's versioned payload (default) or
Alertmanager's webhook shape (``format: alertmanager``).

Headers::

    Content-Type: application/json
    X-Wirewatch-Delivery: <notification id>     # idempotency key for the receiver
    X-Wirewatch-Timestamp: <unix seconds>
    X-Wirewatch-Signature: v1=<hex HMAC-SHA256(secret, "<timestamp>." + body)>   # when a secret is set

A receiver verifies with :func:`verify_signature` (or the same three lines in any language) and
should reject timestamps older than a few minutes, which stops replays of captured requests.
2xx is success; 408/425/429/5xx and network errors are retryable (``Retry-After`` honoured); other
statuses are permanent. The URL (it may embed a token) never appears in errors.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Callable

import httpx

from alerts.config import WebhookConfig
from alerts.notifiers.base import Notification
from alerts.notifiers.payloads import alertmanager_webhook_payload, wirewatch_payload
from alerts.notifiers.slack import http_error
from alerts.secrets import redact
from wirewatch.errors import DeliveryError

SIGNATURE_HEADER = "X-Wirewatch-Signature"
TIMESTAMP_HEADER = "X-Wirewatch-Timestamp"
DELIVERY_HEADER = "X-Wirewatch-Delivery"


def sign(secret: bytes, timestamp: str, body: bytes) -> str:
    """``v1=<hex>``: HMAC-SHA256 over ``timestamp + "." + body``."""
    mac = hmac.new(secret, timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    return f"v1={mac}"


def verify_signature(
    secret: bytes, timestamp: str, body: bytes, signature: str, *, now: float, tolerance: float = 300.0
) -> bool:
    """Whether ``signature`` is valid for ``body`` and ``timestamp`` is within ``tolerance`` of ``now``."""
    try:
        ts = float(timestamp)
    except ValueError:
        return False
    if abs(now - ts) > tolerance:
        return False
    return hmac.compare_digest(sign(secret, timestamp, body), signature)


class WebhookNotifier:
    """See the module docstring."""

    def __init__(
        self,
        name: str,
        config: WebhookConfig,
        client: httpx.AsyncClient,
        *,
        link_template: str | None = None,
        wall: Callable[[], float] = time.time,
    ) -> None:
        self._name = name
        self._config = config
        self._client = client
        self._url = config.url.resolve()
        self._secret = config.secret.resolve() if config.secret else None
        self._wall = wall
        del link_template  # payloads carry item ids; receivers build their own links

    @property
    def name(self) -> str:
        return self._name

    def __repr__(self) -> str:
        return f"WebhookNotifier({self._name!r}, format={self._config.format})"

    async def aclose(self) -> None:
        return None

    def body(self, notification: Notification) -> bytes:
        if self._config.format == "alertmanager":
            payload = alertmanager_webhook_payload(notification, self._config.max_alerts)
        else:
            payload = wirewatch_payload(notification, self._config.max_alerts)
        return json.dumps(payload, ensure_ascii=False, sort_keys=True).encode()

    async def send(self, notification: Notification) -> None:
        body = self.body(notification)
        timestamp = str(int(self._wall()))
        headers = {
            "Content-Type": "application/json",
            DELIVERY_HEADER: notification.id,
            TIMESTAMP_HEADER: timestamp,
        }
        if self._secret is not None:
            headers[SIGNATURE_HEADER] = sign(self._secret.get_secret_value().encode(), timestamp, body)
        what = f"webhook {self._name}"
        try:
            response = await self._client.post(
                self._url.get_secret_value(), content=body, headers=headers, timeout=self._config.timeout
            )
        except httpx.TimeoutException as exc:
            raise DeliveryError(f"{what}: timed out after {self._config.timeout}s", retryable=True) from exc
        except httpx.HTTPError as exc:
            message = redact(f"{what}: {type(exc).__name__}: {exc}", [self._url, self._secret])
            raise DeliveryError(message, retryable=True) from exc
        if response.status_code >= 300:
            raise http_error(what, response)

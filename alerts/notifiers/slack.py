"""Slack notifier: incoming webhook, or the Web API with a bot token and one thread per event.

Modes (from :class:`alerts.config.SlackConfig`):

- ``webhook_url``: one message per notification, ``POST`` of ``{"text", "blocks"}`` to the
  incoming webhook (Slack answers ``ok``). No threads: webhooks return no message ``ts``.
- ``token`` + ``channel``: ``chat.postMessage`` with ``Authorization: Bearer``. With
  ``thread_by_event`` (default) the first alert of an event key opens a thread; later alerts of that
  event are posted into it (``thread_ts``) and the parent is rewritten with ``chat.update`` to show the
  latest state (toll 50 -> 71 shows in the same thread). Thread state lives in the store
  (``alerts.slack_threads``), and every alert version posted is remembered there, so a retry after a
  partial failure never posts the same update twice. If someone deletes the parent message (Slack
  answers ``thread_not_found`` or ``message_not_found``), the event starts a new thread: the
  alerts being sent, or the event's latest state, become the new parent.

Errors: HTTP 429 -> retryable with ``Retry-After``; 5xx, timeouts and connection errors ->
retryable; Slack ``ok: false`` errors are retryable only for ``ratelimited``/``internal_error``-like
codes, otherwise permanent (``invalid_auth``, ``channel_not_found``...). Error texts never carry the
webhook URL or token.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import httpx

from alerts.config import SlackConfig
from alerts.dedup import content_digest
from alerts.models import Alert
from alerts.notifiers.base import Notification
from alerts.notifiers.slack_blocks import fallback_text, notification_blocks, parent_blocks
from alerts.secrets import redact
from wirewatch.errors import DeliveryError
from wirewatch.state import StateStore

THREADS = "alerts.slack_threads"
_RETRYABLE_API_ERRORS = {
    "ratelimited",
    "internal_error",
    "fatal_error",
    "service_unavailable",
    "request_timeout",
}
_POSTED_MEMORY = 200


def retry_after(response: httpx.Response) -> float | None:
    """Seconds from a ``Retry-After`` header (delta-seconds form), or ``None``."""
    value = response.headers.get("Retry-After")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


#: Slack errors meaning the thread's parent message is gone (deleted by someone in the channel)
_PARENT_GONE = frozenset({"thread_not_found", "message_not_found"})


class SlackApiError(DeliveryError):
    """A Web API call answered ``ok: false``; ``error`` is Slack's error code."""

    def __init__(self, method: str, error: str, *, retryable: bool, retry_after: float | None) -> None:
        super().__init__(f"{method}: slack error {error}", retryable=retryable, retry_after=retry_after)
        self.error = error


def http_error(what: str, response: httpx.Response) -> DeliveryError:
    """A DeliveryError for a non-2xx response (429/5xx/408 retryable)."""
    status = response.status_code
    retryable = status in (408, 425, 429) or status >= 500
    return DeliveryError(
        f"{what}: HTTP {status}",
        retryable=retryable,
        retry_after=retry_after(response) if retryable else None,
    )


class SlackNotifier:
    """See the module docstring."""

    def __init__(
        self,
        name: str,
        config: SlackConfig,
        client: httpx.AsyncClient,
        store: StateStore,
        *,
        link_template: str | None = None,
    ) -> None:
        self._name = name
        self._config = config
        self._client = client
        self._store = store
        self._link = link_template
        self._webhook = config.webhook_url.resolve() if config.webhook_url else None
        self._token = config.token.resolve() if config.token else None

    @property
    def name(self) -> str:
        return self._name

    def __repr__(self) -> str:
        mode = "webhook" if self._webhook else f"api channel={self._config.channel}"
        return f"SlackNotifier({self._name!r}, {mode})"

    async def aclose(self) -> None:
        return None

    # --- transport ----------------------------------------------------------------------------
    def _secrets(self) -> list[Any]:
        return [self._webhook, self._token]

    async def _post(
        self, url: str, payload: dict[str, Any], headers: dict[str, str], what: str
    ) -> httpx.Response:
        try:
            response = await self._client.post(
                url,
                content=json.dumps(payload, ensure_ascii=False),
                headers=headers,
                timeout=self._config.timeout,
            )
        except httpx.TimeoutException as exc:
            raise DeliveryError(f"{what}: timed out", retryable=True) from exc
        except httpx.HTTPError as exc:
            raise DeliveryError(
                redact(f"{what}: {type(exc).__name__}: {exc}", self._secrets()), retryable=True
            ) from exc
        if response.status_code >= 300:
            raise http_error(what, response)
        return response

    async def _api(self, method: str, payload: dict[str, Any]) -> dict[str, Any]:
        assert self._token is not None
        headers = {
            "Authorization": f"Bearer {self._token.get_secret_value()}",
            "Content-Type": "application/json; charset=utf-8",
        }
        response = await self._post(f"{self._config.api_url.rstrip('/')}/{method}", payload, headers, method)
        try:
            body = response.json()
        except ValueError as exc:
            raise DeliveryError(f"{method}: response is not JSON", retryable=True) from exc
        if not body.get("ok"):
            error = str(body.get("error", "unknown_error"))[:100]
            raise SlackApiError(
                method, error, retryable=error in _RETRYABLE_API_ERRORS, retry_after=retry_after(response)
            )
        return dict(body)

    # --- sending ------------------------------------------------------------------------------
    async def send(self, notification: Notification) -> None:
        if self._webhook is not None:
            payload = {
                "text": fallback_text(notification),
                "blocks": notification_blocks(notification.alerts, self._link),
                "unfurl_links": False,
                "unfurl_media": False,
            }
            await self._post(
                self._webhook.get_secret_value(),
                payload,
                {"Content-Type": "application/json; charset=utf-8"},
                "slack webhook",
            )
            return
        if not self._config.thread_by_event:
            await self._api("chat.postMessage", self._message(notification.alerts, notification))
            return
        threads: dict[str, list[Alert]] = {}
        for alert in notification.alerts:
            threads.setdefault(alert.event_key or f"alert:{alert.id}", []).append(alert)
        for event_key, alerts in threads.items():
            await self._send_thread(event_key, alerts, notification)

    def _message(self, alerts: tuple[Alert, ...] | list[Alert], notification: Notification) -> dict[str, Any]:
        first = alerts[0]
        sub = Notification(
            id=notification.id,
            receiver=notification.receiver,
            group_key=notification.group_key,
            status=first.status,
            alerts=tuple(alerts),
            created_at=notification.created_at,
        )
        return {
            "channel": self._config.channel,
            "text": fallback_text(sub),
            "blocks": notification_blocks(alerts, self._link),
            "unfurl_links": False,
            "unfurl_media": False,
            "link_names": False,
        }

    async def _send_thread(self, event_key: str, alerts: list[Alert], notification: Notification) -> None:
        key = f"{self._name}|{self._config.channel}|{event_key}"
        raw = self._store.get(THREADS, key)
        state: dict[str, Any] = json.loads(raw) if raw else {}
        posted: list[str] = list(state.get("posted", []))
        fresh = [a for a in alerts if f"{a.id}:{content_digest(a)}" not in posted]
        if fresh:
            latest = max(fresh, key=lambda a: (a.updated_at, a.id))
            message = self._message(fresh, notification)
            if state.get("ts"):
                try:
                    await self._api("chat.postMessage", {**message, "thread_ts": state["ts"]})
                except SlackApiError as exc:
                    if exc.error not in _PARENT_GONE:
                        raise
                    state = {}  # the parent was deleted: these alerts open a new thread below
            if not state.get("ts"):
                body = await self._api("chat.postMessage", message)
                # The parent already shows these alerts: it is in sync with the latest one.
                state = {
                    "channel": body.get("channel", self._config.channel),
                    "ts": body["ts"],
                    "updates": 0,
                    "parent": f"{latest.id}:{content_digest(latest)}",
                }
            posted.extend(f"{a.id}:{content_digest(a)}" for a in fresh)
            state["posted"] = posted[-_POSTED_MEMORY:]
            state["updates"] = int(state.get("updates", 0)) + len(fresh)
            state["latest"] = json.loads(latest.model_dump_json())
            self._store.put(THREADS, key, json.dumps(state))
        if not state.get("latest"):
            return
        latest = Alert.model_validate(state["latest"])
        version = f"{latest.id}:{content_digest(latest)}"
        if state.get("parent") != version:
            # The thread grew: rewrite the parent to show the event's latest state. Done after the
            # thread post is recorded, so a failure here is retried without re-posting.
            update = {
                "channel": state["channel"],
                "ts": state["ts"],
                "text": fallback_text(replace(notification, alerts=(latest,), status=latest.status)),
                "blocks": parent_blocks(latest, int(state["updates"]), self._link),
            }
            try:
                await self._api("chat.update", update)
            except SlackApiError as exc:
                if exc.error not in _PARENT_GONE:
                    raise
                # The parent was deleted: the event's latest state opens a new thread.
                body = await self._api("chat.postMessage", self._message([latest], notification))
                state.update(channel=body.get("channel", self._config.channel), ts=body["ts"], updates=0)
            state["parent"] = version
            self._store.put(THREADS, key, json.dumps(state))

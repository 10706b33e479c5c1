"""Block Kit rendering for Slack, with wire text made inert.

Every string that can carry wire text goes through :func:`alerts.notifiers.text.slack_text` (clean,
escape ``& < >``, defuse mentions and links) and is placed where Slack does not interpret markup:
``plain_text`` objects (header, summary) and ``rich_text`` quote elements (the evidence sentence).
``mrkdwn`` objects hold only our own labels around escaped values and set ``verbatim: true`` so
Slack does not auto-link URLs, channel names or mentions in them. Item links are built only from
``http(s)`` item uris (or the configured template), percent-encoded, so no ``|``/``>`` can break out.

Limits respected (Block Kit): header 150 chars, section text 3000, field 2000, 50 blocks, the
``text`` fallback 4000; a notification lists at most :data:`MAX_ALERTS` alerts plus a "more" line.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, urlsplit

from alerts.models import Alert, AlertStatus, Severity
from alerts.notifiers.base import Notification
from alerts.notifiers.render import change, evidence_sentence, other_values
from alerts.notifiers.text import slack_text, truncate

MAX_ALERTS = 8
_SEVERITY_EMOJI = {
    Severity.INFO: ":information_source:",
    Severity.LOW: ":large_blue_circle:",
    Severity.MEDIUM: ":large_yellow_circle:",
    Severity.HIGH: ":red_circle:",
    Severity.CRITICAL: ":rotating_light:",
}


def item_link(uri: str, template: str | None) -> str | None:
    """A safe http(s) URL for an item, or ``None`` when there is none to give."""
    url = template.format(uri=quote(uri, safe="")) if template else uri
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return quote(url, safe=":/?=&%#@+,;~.-_!$'()*")


def _mrkdwn(text: str) -> dict[str, Any]:
    return {"type": "mrkdwn", "text": text, "verbatim": True}


def _plain(text: str, limit: int) -> dict[str, Any]:
    return {"type": "plain_text", "text": truncate(slack_text(text, limit), limit), "emoji": False}


def title(alert: Alert) -> str:
    """``RESOLVED · high · toll_revision`` (no wire text)."""
    state = "RESOLVED" if alert.status is AlertStatus.RESOLVED else alert.severity.value.upper()
    return f"{state} · {alert.category}"


def fallback_text(notification: Notification) -> str:
    """The top-level ``text`` (used in notifications and screen readers)."""
    first = notification.alerts[0]
    more = f" (+{len(notification.alerts) - 1} more)" if len(notification.alerts) > 1 else ""
    return truncate(
        f"[{first.status.value.upper()}] {first.category}: " + slack_text(first.summary, 300) + more, 4000
    )


def alert_blocks(alert: Alert, link_template: str | None, *, header: bool = True) -> list[dict[str, Any]]:
    """The blocks for one alert: header, summary, fields, evidence quote, item links."""
    blocks: list[dict[str, Any]] = []
    emoji = ":white_check_mark:" if alert.status is AlertStatus.RESOLVED else _SEVERITY_EMOJI[alert.severity]
    if header:
        blocks.append({"type": "header", "text": _plain(title(alert), 150)})
    blocks.append({"type": "section", "text": _plain(alert.summary, 2900)})
    fields = [
        _mrkdwn(f"*Severity*\n{emoji} {alert.severity.value}"),
        _mrkdwn(f"*Rule*\n{slack_text(alert.rule, 200)}"),
    ]
    pair = change(alert)
    if pair is not None:
        fields.append(_mrkdwn(f"*Change*\n{slack_text(str(pair[0]), 200)} → {slack_text(str(pair[1]), 200)}"))
    for key, value in other_values(alert)[:5]:
        fields.append(_mrkdwn(f"*{slack_text(key, 50)}*\n{slack_text(str(value), 300)}"))
    blocks.append({"type": "section", "fields": fields[:10]})
    sentence = evidence_sentence(alert)
    if sentence:
        blocks.append(
            {
                "type": "rich_text",
                "elements": [
                    {
                        "type": "rich_text_quote",
                        "elements": [{"type": "text", "text": slack_text(sentence, 2000)}],
                    }
                ],
            }
        )
    links = []
    for index, uri in enumerate(alert.item_ids[:5], 1):
        url = item_link(uri, link_template)
        links.append(f"<{url}|item {index}>" if url else f"item {index}: {slack_text(uri, 200)}")
    context = [f"status: {alert.status.value}", f"id: {alert.id}"]
    if alert.event_key:
        context.append(f"event: {slack_text(alert.event_key, 200)}")
    elements = [_mrkdwn(" · ".join(context))]
    if links:
        elements.append(_mrkdwn(" ".join(links)))
    blocks.append({"type": "context", "elements": elements})
    return blocks


def notification_blocks(
    alerts: tuple[Alert, ...] | list[Alert], link_template: str | None
) -> list[dict[str, Any]]:
    """Blocks for several alerts, divided, capped at :data:`MAX_ALERTS` (and 50 blocks)."""
    blocks: list[dict[str, Any]] = []
    for i, alert in enumerate(alerts[:MAX_ALERTS]):
        if i:
            blocks.append({"type": "divider"})
        blocks.extend(alert_blocks(alert, link_template))
    if len(alerts) > MAX_ALERTS:
        blocks.append(
            {"type": "context", "elements": [_mrkdwn(f"… and {len(alerts) - MAX_ALERTS} more alerts")]}
        )
    return blocks[:50]


def parent_blocks(latest: Alert, updates: int, link_template: str | None) -> list[dict[str, Any]]:
    """The thread parent, rewritten by ``chat.update`` to show the latest state of the event."""
    blocks = alert_blocks(latest, link_template)
    if updates > 1:
        blocks.append(
            {
                "type": "context",
                "elements": [_mrkdwn(f":thread: {updates} updates in this thread, latest shown")],
            }
        )
    return blocks

"""Slack over real HTTP on loopback: Block Kit payloads, threads per event, 429, hostile text."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import httpx
import pytest
from aiohttp import web

from alerts.config import SlackConfig
from alerts.models import Alert, AlertStatus
from alerts.notifiers.slack import THREADS, SlackNotifier
from wirewatch.errors import DeliveryError
from wirewatch.state import MemoryStore

from .conftest import T0, Received, Receiver, make_alert, make_notification

TOKEN = "xoxb-test-token-123"
ALLOWED_BLOCKS = {"header", "section", "context", "divider", "rich_text"}


def check_blocks(blocks: list[dict[str, Any]]) -> None:
    """Block Kit limits and shapes as Slack documents them."""
    assert 0 < len(blocks) <= 50
    for block in blocks:
        assert block["type"] in ALLOWED_BLOCKS
        if block["type"] == "header":
            assert block["text"]["type"] == "plain_text" and len(block["text"]["text"]) <= 150
        if block["type"] == "section":
            if "text" in block:
                assert (
                    block["text"]["type"] in ("plain_text", "mrkdwn") and len(block["text"]["text"]) <= 3000
                )
            for f in block.get("fields", []):
                assert f["type"] == "mrkdwn" and f["verbatim"] is True and len(f["text"]) <= 2000
            assert len(block.get("fields", [])) <= 10
        if block["type"] == "rich_text":
            quote = block["elements"][0]
            assert quote["type"] == "rich_text_quote"
            assert all(e["type"] == "text" for e in quote["elements"])
        if block["type"] == "context":
            assert 1 <= len(block["elements"]) <= 10


def all_text(payload: Any) -> str:
    return json.dumps(payload, ensure_ascii=False)


class FakeSlack:
    """chat.postMessage / chat.update with ts bookkeeping, bearer check and thread validation."""

    def __init__(self, receiver: Receiver) -> None:
        self.messages: dict[str, dict[str, Any]] = {}
        self.replies: list[dict[str, Any]] = []
        self.counter = 0
        receiver.on("/api/chat.postMessage", self.post)
        receiver.on("/api/chat.update", self.update)

    def _auth(self, req: Received) -> bool:
        return req.headers.get("Authorization") == f"Bearer {TOKEN}"

    def post(self, req: Received) -> web.Response:
        if not self._auth(req):
            return web.json_response({"ok": False, "error": "invalid_auth"})
        body = req.json()
        check_blocks(body["blocks"])
        self.counter += 1
        ts = f"1700000000.{self.counter:06d}"
        if "thread_ts" in body:
            if body["thread_ts"] not in self.messages:
                return web.json_response({"ok": False, "error": "thread_not_found"})
            self.replies.append(body)
        else:
            self.messages[ts] = body
        return web.json_response({"ok": True, "channel": "C0DESK", "ts": ts})

    def update(self, req: Received) -> web.Response:
        if not self._auth(req):
            return web.json_response({"ok": False, "error": "invalid_auth"})
        body = req.json()
        check_blocks(body["blocks"])
        if body["ts"] not in self.messages or body["channel"] != "C0DESK":
            return web.json_response({"ok": False, "error": "message_not_found"})
        self.messages[body["ts"]] = body
        return web.json_response({"ok": True, "channel": "C0DESK", "ts": body["ts"]})


@pytest.fixture
async def client() -> Any:
    async with httpx.AsyncClient() as c:
        yield c


def api_notifier(receiver: Receiver, client: httpx.AsyncClient, store: MemoryStore) -> SlackNotifier:
    cfg = SlackConfig(token={"value": TOKEN}, channel="#desk", api_url=f"{receiver.base_url}/api")  # type: ignore[arg-type]
    return SlackNotifier("desk/slack0", cfg, client, store, link_template="https://desk.example/items/{uri}")


async def thread_opened(
    receiver: Receiver, client: httpx.AsyncClient, store: MemoryStore, first: Alert | None = None
) -> tuple[FakeSlack, SlackNotifier]:
    """A fake Slack API and a notifier that has posted ``first`` (default: a toll alert) as n1."""
    slack = FakeSlack(receiver)
    notifier = api_notifier(receiver, client, store)
    await notifier.send(make_notification(first or make_alert(), nid="n1"))
    return slack, notifier


def revised_alert() -> Alert:
    """The toll alert revised an hour later (71 -> 93, summary "93 now")."""
    return make_alert(values={"old": 71, "new": 93}, summary="93 now", at=T0 + timedelta(hours=1))


async def test_thread_per_event_and_parent_updated(
    receiver: Receiver, client: httpx.AsyncClient, store: MemoryStore
) -> None:
    """Toll 50 -> 71 opens a thread; 71 -> 93 goes into it and the parent is rewritten to 93."""
    first = make_alert()
    slack, notifier = await thread_opened(receiver, client, store, first)
    assert len(slack.messages) == 1 and slack.replies == []
    parent_ts = next(iter(slack.messages))
    parent = slack.messages[parent_ts]
    assert parent["channel"] == "#desk" and parent["unfurl_links"] is False
    text = all_text(parent["blocks"])
    assert "Death toll rises to 71" in text and "50 → 71" in text
    assert "At least 71 people were killed" in text
    assert "<https://desk.example/items/urn%3Awire%3A1|item 1>" in text
    revised = make_alert(
        values={"old": 71, "new": 93}, summary="Death toll rises to 93", at=T0 + timedelta(hours=1)
    )
    await notifier.send(make_notification(revised, nid="n2"))
    assert len(slack.messages) == 1
    assert [r["thread_ts"] for r in slack.replies] == [parent_ts]
    assert "71 → 93" in all_text(slack.replies[0]["blocks"])
    updated = all_text(slack.messages[parent_ts]["blocks"])
    assert "71 → 93" in updated and "2 updates in this thread" in updated
    other = make_alert("other", event_key="gaza:truce", summary="Truce took effect")
    await notifier.send(make_notification(other, nid="n3"))
    assert len(slack.messages) == 2  # a different event opens its own thread
    assert receiver.to("/api/chat.postMessage")[0].headers["Content-Type"].startswith("application/json")


async def test_retry_after_partial_failure_does_not_repost(
    receiver: Receiver, client: httpx.AsyncClient, store: MemoryStore
) -> None:
    """If chat.update fails after the thread reply, a retry only updates the parent."""
    slack, notifier = await thread_opened(receiver, client, store)
    revised = revised_alert()
    original = slack.update
    slack_calls = {"n": 0}

    def failing_update(req: Received) -> web.Response:
        slack_calls["n"] += 1
        if slack_calls["n"] == 1:
            return web.json_response({"ok": False, "error": "internal_error"})
        return original(req)

    receiver.on("/api/chat.update", failing_update)
    with pytest.raises(DeliveryError) as info:
        await notifier.send(make_notification(revised, nid="n2"))
    assert info.value.retryable
    await notifier.send(make_notification(revised, nid="n2"))
    assert len(slack.replies) == 1
    assert "93 now" in all_text(next(iter(slack.messages.values()))["blocks"])
    state = json.loads(next(v for _, v in store.scan(THREADS)))
    assert state["updates"] == 2


async def test_deleted_parent_opens_a_new_thread(
    receiver: Receiver, client: httpx.AsyncClient, store: MemoryStore
) -> None:
    """When the thread's parent was deleted, the next alert opens a new thread and later ones follow it."""
    slack, notifier = await thread_opened(receiver, client, store)
    slack.messages.clear()  # someone deleted the parent in the channel
    revised = revised_alert()
    await notifier.send(make_notification(revised, nid="n2"))
    (new_ts,) = slack.messages
    assert "93 now" in all_text(slack.messages[new_ts]["blocks"]) and slack.replies == []
    again = make_alert(values={"old": 93, "new": 133}, summary="133 now", at=T0 + timedelta(hours=2))
    await notifier.send(make_notification(again, nid="n3"))
    assert [r["thread_ts"] for r in slack.replies] == [new_ts]
    assert "133 now" in all_text(slack.messages[new_ts]["blocks"])


async def test_parent_deleted_before_its_update_is_posted_again(
    receiver: Receiver, client: httpx.AsyncClient, store: MemoryStore
) -> None:
    """If the parent disappears between the thread reply and its update, the latest state is posted as a
    new parent instead of failing for good."""
    slack, notifier = await thread_opened(receiver, client, store)
    original = slack.update

    def delete_then_update(req: Received) -> web.Response:
        slack.messages.clear()
        return original(req)

    receiver.on("/api/chat.update", delete_then_update)
    revised = revised_alert()
    await notifier.send(make_notification(revised, nid="n2"))
    assert len(slack.replies) == 1
    (new_ts,) = slack.messages
    assert "93 now" in all_text(slack.messages[new_ts]["blocks"])
    state = json.loads(next(v for _, v in store.scan(THREADS)))
    assert state["ts"] == new_ts


async def test_429_carries_retry_after(
    receiver: Receiver, client: httpx.AsyncClient, store: MemoryStore
) -> None:
    """HTTP 429 becomes a retryable DeliveryError with Slack's Retry-After seconds."""
    FakeSlack(receiver)
    receiver.fail = [(429, {"Retry-After": "12"}, "")]
    with pytest.raises(DeliveryError) as info:
        await api_notifier(receiver, client, store).send(make_notification(make_alert()))
    assert info.value.retryable and info.value.retry_after == 12.0


async def test_permanent_api_errors_and_no_token_leak(
    receiver: Receiver, client: httpx.AsyncClient, store: MemoryStore
) -> None:
    """Slack ok:false errors like invalid_auth are permanent, and the token is not in the message."""
    receiver.on("/api/chat.postMessage", lambda _r: web.json_response({"ok": False, "error": "invalid_auth"}))
    with pytest.raises(DeliveryError) as info:
        await api_notifier(receiver, client, store).send(make_notification(make_alert()))
    assert not info.value.retryable and "invalid_auth" in str(info.value)
    assert TOKEN not in str(info.value) and TOKEN not in repr(api_notifier(receiver, client, store))


async def test_incoming_webhook(receiver: Receiver, client: httpx.AsyncClient, store: MemoryStore) -> None:
    """Webhook mode posts text + blocks to the hook URL, which is never shown in errors."""
    receiver.on("/services/T000/B000/SECRETPATH", lambda _r: web.Response(text="ok"))
    url = f"{receiver.base_url}/services/T000/B000/SECRETPATH"
    notifier = SlackNotifier("desk/slack0", SlackConfig(webhook_url={"value": url}), client, store)  # type: ignore[arg-type]
    await notifier.send(make_notification(make_alert(), make_alert("b", summary="second")))
    body = receiver.to("/services/T000/B000/SECRETPATH")[0].json()
    check_blocks(body["blocks"])
    assert body["text"].startswith("[FIRING] toll_revision:") and "(+1 more)" in body["text"]
    receiver.fail = [(404, {}, "no_service")]
    with pytest.raises(DeliveryError) as info:
        await notifier.send(make_notification(make_alert()))
    assert not info.value.retryable and "SECRETPATH" not in str(info.value)


HOSTILE = (
    "Ceasefire <!here> <!channel> <@U024BE7LH> @channel @everyone *bold* _it_ ~s~ `code` "
    "<https://evil.example/x|click here> visit www.evil.example or evil.com & co "
    "\u202eexe.gpj\u202c\r\nBcc: someone@example.org\x00\x1b[2J " + "A" * 100_000
)


async def test_hostile_wire_text_is_inert(
    receiver: Receiver, client: httpx.AsyncClient, store: MemoryStore
) -> None:
    """Mentions, links, markup, bidi overrides, control chars and 100 KB of text render inert."""
    slack = FakeSlack(receiver)
    alert = make_alert(
        summary=HOSTILE,
        sentence=HOSTILE,
        values={"old": 50, "new": 71, "party": "<!here>"},
        event_key="<@U1>",
        item_ids=("javascript:alert(1)", "https://x.example/a|b>c"),
    )
    await api_notifier(receiver, client, store).send(make_notification(alert))
    payload = next(iter(slack.messages.values()))
    text = all_text(payload)
    for bad in (
        "<!here>",
        "<!channel>",
        "<@U024BE7LH>",
        "<@U1>",
        "<https://evil",
        "@channel",
        "@everyone",
        "https://evil",
        "www.evil",
        "evil.com",
        "\u202e",
        "\\u0000",
        "\\u001b",
        "javascript:alert",
        "a|b>c",
    ):
        assert bad not in text, bad
    assert "&lt;!here&gt;" in text and "&amp; co" in text
    assert len(json.dumps(payload)) < 40_000


async def test_resolved_rendering(receiver: Receiver, client: httpx.AsyncClient, store: MemoryStore) -> None:
    """A resolved alert is shown as RESOLVED in the header."""
    slack = FakeSlack(receiver)
    resolved = make_alert().resolved(T0 + timedelta(minutes=5), "confirmed")
    assert resolved.status is AlertStatus.RESOLVED
    await api_notifier(receiver, client, store).send(make_notification(resolved))
    header = next(iter(slack.messages.values()))["blocks"][0]
    assert header["type"] == "header" and header["text"]["text"].startswith("RESOLVED")


async def test_pipeline_to_slack_thread_end_to_end(
    tmp_path: Any,
    receiver: Receiver,
    store: MemoryStore,
    make_dispatcher: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Through the whole pipeline: two revisions of one event become one thread with an updated parent."""
    from alerts.factory import build_pipeline
    from wirewatch.metrics import Metrics
    from wirewatch.settings import Settings

    slack = FakeSlack(receiver)
    routing = tmp_path / "routing.yaml"
    routing.write_text(
        "route:\n  receiver: desk\n  group_by: [event_key]\n  group_wait: 0s\n  group_interval: 0s\n"
        "receivers:\n  - name: desk\n    slack_configs:\n"
        f"      - {{token: {{env: T_TOKEN}}, channel: '#desk', api_url: '{receiver.base_url}/api'}}\n"
    )
    monkeypatch.setenv("T_TOKEN", TOKEN)
    async with httpx.AsyncClient() as http:
        settings = Settings(routing_file=routing, notification_dlq_path=tmp_path / "dlq.jsonl")
        pipeline = build_pipeline(settings, store, Metrics(), client=http, dispatcher=make_dispatcher())
        first = make_alert("within-item")
        await pipeline.submit([first], T0)
        await pipeline.drain()
        second = make_alert(
            "series",
            rule="toll.series",
            values={"old": 71, "new": 93},
            summary="Death toll rises to 93",
            at=T0 + timedelta(hours=2),
        )
        await pipeline.submit([second], T0 + timedelta(hours=2))
        await pipeline.drain()
        await pipeline.aclose()
    assert len(slack.messages) == 1 and len(slack.replies) == 1
    parent = all_text(next(iter(slack.messages.values()))["blocks"])
    assert "71 → 93" in parent
    assert "71 → 93" in all_text(slack.replies[0]["blocks"]) and "50 → 71" not in all_text(
        slack.replies[0]["blocks"]
    )

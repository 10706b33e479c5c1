"""Email over a real SMTP server (aiosmtpd on loopback): digest, multipart, TLS, auth, injection."""

from __future__ import annotations

import asyncio
import email
from collections.abc import Callable
from email.message import Message
from email.policy import default
from pathlib import Path
from typing import Any

import pytest

from alerts.config import EmailConfig
from alerts.models import Alert
from alerts.notifiers.base import Notification
from alerts.notifiers.email import EmailNotifier
from wirewatch.errors import DeliveryError

from .conftest import Mailbox, make_alert, make_notification, smtp_server

PASSWORD = "s3cret-pass"


def note(*alerts: Alert) -> Notification:
    return make_notification(*alerts, receiver="risk", group_key="root:risk:abc")


def config(port: int, **extra: Any) -> EmailConfig:
    data = {
        "to": ["risk@example.org", "desk@example.org"],
        "from": "wirewatch@example.org",
        "smarthost": f"127.0.0.1:{port}",
        "tls": "none",
        **extra,
    }
    return EmailConfig.model_validate(data)


def parse(raw: bytes) -> Message:
    return email.message_from_bytes(raw, policy=default)


async def deliver(controller: Any, cfg: EmailConfig, notification: Notification) -> None:
    try:
        await EmailNotifier("risk/email0", cfg).send(notification)
    finally:
        await asyncio.to_thread(controller.stop)


def starttls_config(port: int, tls_files: tuple[Path, Path]) -> EmailConfig:
    """STARTTLS to the test server (trusting its certificate), logging in as wirewatch with PASSWORD."""
    return config(
        port,
        tls="starttls",
        auth_username="wirewatch",
        auth_password={"value": PASSWORD},
        ca_file=str(tls_files[0]),
    )


async def test_one_digest_multipart(mailbox: Mailbox, free_port: Callable[[], int]) -> None:
    """A group of two alerts arrives as one text+HTML mail to every recipient."""
    controller = smtp_server(mailbox, free_port())
    a = make_alert("a")
    b = make_alert("b", summary="Truce took effect at noon", category="ceasefire", values={})
    await deliver(controller, config(controller.port), note(a, b))
    assert len(mailbox.messages) == 1
    got = mailbox.messages[0]
    assert got["to"] == ["risk@example.org", "desk@example.org"]
    msg = parse(got["data"])
    assert msg["Subject"] == "[wirewatch] FIRING high toll_revision: Death toll rises to 71 (+1 more)"
    assert msg.get_content_type() == "multipart/alternative"
    text = msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    html = msg.get_body(("html",)).get_content()  # type: ignore[union-attr]
    assert "change: 50 -> 71" in text and "> At least 71 people were killed" in text
    assert "Truce took effect at noon" in text and "Truce took effect at noon" in html
    assert "<b>50 → 71</b>" in html and msg["X-Wirewatch-Notification"] == "n1"


async def test_header_injection_impossible(mailbox: Mailbox, free_port: Callable[[], int]) -> None:
    """CR/LF, bidi overrides and markup in wire text never reach headers or HTML as markup."""
    controller = smtp_server(mailbox, free_port())
    hostile = "Truce\r\nBcc: victim@evil.example\r\n\r\n<script>alert(1)</script>\u202e" + "x" * 100_000
    alert = make_alert(
        summary=hostile, sentence=hostile, values={"old": 1, "new": "<img src=x onerror=alert(1)>"}
    )
    await deliver(controller, config(controller.port), note(alert))
    got = mailbox.messages[0]
    assert got["to"] == ["risk@example.org", "desk@example.org"]
    msg = parse(got["data"])
    assert msg["Bcc"] is None
    subject = msg["Subject"]
    assert "\n" not in subject and "\r" not in subject and "\u202e" not in subject and len(subject) < 260
    html = msg.get_body(("html",)).get_content()  # type: ignore[union-attr]
    assert "<script>" not in html and "&lt;script&gt;" in html and "<img" not in html
    assert "\u202e" not in html and len(got["data"]) < 60_000


async def test_starttls_with_auth(
    mailbox: Mailbox, tls_files: tuple[Path, Path], free_port: Callable[[], int]
) -> None:
    """STARTTLS is negotiated before AUTH; the server sees the login."""
    controller = smtp_server(mailbox, free_port(), tls=tls_files, auth=("wirewatch", PASSWORD))
    cfg = starttls_config(controller.port, tls_files)
    await deliver(controller, cfg, note(make_alert()))
    assert mailbox.logins == [("wirewatch", PASSWORD)]
    assert len(mailbox.messages) == 1


async def test_implicit_tls(
    mailbox: Mailbox, tls_files: tuple[Path, Path], free_port: Callable[[], int]
) -> None:
    """Implicit TLS (SMTPS) delivers too."""
    controller = smtp_server(mailbox, free_port(), tls=tls_files, implicit=True)
    await deliver(
        controller, config(controller.port, tls="implicit", ca_file=str(tls_files[0])), note(make_alert())
    )
    assert len(mailbox.messages) == 1


async def test_wrong_password_is_permanent_and_redacted(
    mailbox: Mailbox, tls_files: tuple[Path, Path], free_port: Callable[[], int]
) -> None:
    """A failed login is a permanent error whose text does not contain the password."""
    controller = smtp_server(mailbox, free_port(), tls=tls_files, auth=("wirewatch", "right"))
    cfg = starttls_config(controller.port, tls_files)
    with pytest.raises(DeliveryError) as info:
        await deliver(controller, cfg, note(make_alert()))
    assert not info.value.retryable and PASSWORD not in str(info.value)


@pytest.mark.parametrize(("code", "retryable"), [(450, True), (550, False)])
async def test_refused_recipients(
    mailbox: Mailbox, code: int, retryable: bool, free_port: Callable[[], int]
) -> None:
    """4xx refusals are retryable, 5xx are not."""
    mailbox.reject_rcpt = code
    controller = smtp_server(mailbox, free_port())
    with pytest.raises(DeliveryError) as info:
        await deliver(controller, config(controller.port), note(make_alert()))
    assert info.value.retryable is retryable


async def test_server_down_is_retryable(free_port: Callable[[], int]) -> None:
    """No server listening: a retryable error."""
    with pytest.raises(DeliveryError) as info:
        await EmailNotifier("risk/email0", config(free_port(), timeout=2)).send(note(make_alert()))
    assert info.value.retryable


def test_config_refuses_injected_addresses() -> None:
    """Recipient addresses with CR/LF or separators are refused at load."""
    with pytest.raises(ValueError):
        EmailConfig.model_validate({"to": ["a@b.org\r\nBcc: c@d.org"], "smarthost": "h:25"})

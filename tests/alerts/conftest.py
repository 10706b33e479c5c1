"""Shared fixtures for the alert tests: alerts, fast retry policy, real loopback receivers, SMTP."""

from __future__ import annotations

import asyncio
import json
import shutil
import ssl
import subprocess
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from prometheus_client import CollectorRegistry

from alerts.deadletter import FileDeadLetter
from alerts.delivery import DeliveryLimits, Dispatcher
from alerts.models import Alert, AlertStatus, Evidence, Severity, fingerprint
from alerts.notifiers.base import Notification, notification_status
from alerts.retry import RetryPolicy
from wirewatch.metrics import Metrics
from wirewatch.state import MemoryStore

T0 = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)


def make_alert(
    key: str = "ev1",
    *,
    rule: str = "toll.revised",
    category: str = "toll_revision",
    severity: Severity = Severity.HIGH,
    summary: str = "Death toll rises to 71",
    sentence: str = "At least 71 people were killed, updating a previous toll of 50.",
    values: dict[str, Any] | None = None,
    event_key: str | None = "sudan:el-fasher",
    labels: dict[str, str] | None = None,
    at: datetime = T0,
    item_ids: tuple[str, ...] = ("urn:wire:1",),
    status: AlertStatus = AlertStatus.FIRING,
) -> Alert:
    """An alert with sensible defaults; ``key`` feeds the fingerprint."""
    return Alert(
        id=fingerprint(rule, key),
        rule=rule,
        category=category,
        severity=severity,
        status=status,
        summary=summary,
        evidence=(
            Evidence(item_id=item_ids[0] if item_ids else "x", text=sentence, start=0, end=len(sentence)),
        )
        if sentence
        else (),
        values={"old": 50, "new": 71} if values is None else values,
        labels=labels or {},
        item_ids=item_ids,
        event_key=event_key,
        starts_at=at,
        updated_at=at,
    )


def make_notification(
    *alerts: Alert, nid: str = "n1", receiver: str = "desk", group_key: str = "g", **extra: Any
) -> Notification:
    """A notification of ``alerts`` created at T0; firing if any of them fires, else resolved."""
    return Notification(
        id=nid,
        receiver=receiver,
        group_key=group_key,
        status=notification_status(alerts),
        alerts=alerts,
        created_at=T0,
        **extra,
    )


@pytest.fixture
def alert_factory() -> Callable[..., Alert]:
    return make_alert


@pytest.fixture
def metrics() -> Metrics:
    return Metrics(CollectorRegistry())


@pytest.fixture
def store() -> MemoryStore:
    return MemoryStore()


@dataclass
class FakeSleep:
    """Records requested delays and yields to the loop instead of sleeping."""

    delays: list[float] = field(default_factory=list)

    async def __call__(self, delay: float) -> None:
        self.delays.append(delay)
        await asyncio.sleep(0)


@pytest.fixture
def fake_sleep() -> FakeSleep:
    return FakeSleep()


@pytest.fixture
def make_dispatcher(
    store: MemoryStore, metrics: Metrics, tmp_path: Path, fake_sleep: FakeSleep
) -> Callable[..., Dispatcher]:
    def build(
        max_attempts: int = 6, budget: float = 60.0, dlq: Path | None = None, **limits: Any
    ) -> Dispatcher:
        return Dispatcher(
            store,
            metrics,
            FileDeadLetter(dlq or tmp_path / "dlq.jsonl"),
            policy=RetryPolicy(
                max_attempts=max_attempts, base_delay=0.5, max_delay=4.0, budget_seconds=budget
            ),
            limits=DeliveryLimits(**{"rate": 1000.0, "burst": 1000, "breaker_threshold": 100, **limits}),
            sleep=fake_sleep,
        )

    return build


# --- a programmable HTTP receiver on 127.0.0.1 --------------------------------------------------


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


class Receiver:
    """Records every request; ``fail`` queues responses returned before the normal handler runs."""

    def __init__(self) -> None:
        self.requests: list[Received] = []
        self.fail: list[tuple[int, dict[str, str], str]] = []
        self.handlers: dict[str, Callable[[Received], web.Response]] = {}
        self.base_url = ""
        self.down = False

    def on(self, path: str, handler: Callable[[Received], web.Response]) -> None:
        self.handlers[path] = handler

    def to(self, path: str) -> list[Received]:
        return [r for r in self.requests if r.path == path]

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        got = Received(request.path, dict(request.headers), await request.read())
        if self.down:
            return web.Response(status=503, text="down")
        if self.fail:
            status, headers, text = self.fail.pop(0)
            return web.Response(status=status, headers=headers, text=text)
        self.requests.append(got)
        handler = self.handlers.get(request.path)
        if handler is None:
            return web.Response(status=404, text="no handler")
        return handler(got)


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    rec = Receiver()
    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", rec._handle)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    rec.base_url = f"http://127.0.0.1:{port}"
    yield rec
    await runner.cleanup()


# --- SMTP (aiosmtpd) on loopback -----------------------------------------------------------------


@pytest.fixture(scope="session")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 (made with the openssl CLI)."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl CLI not available to make a test certificate")
    d = tmp_path_factory.mktemp("tls")
    cert, key = d / "cert.pem", d / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-days",
            "2",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


@dataclass
class Mailbox:
    messages: list[dict[str, Any]] = field(default_factory=list)
    logins: list[tuple[str, str]] = field(default_factory=list)
    reject_rcpt: int | None = None

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: Any
    ) -> str:
        if self.reject_rcpt is not None:
            return f"{self.reject_rcpt} mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(
            {"from": envelope.mail_from, "to": list(envelope.rcpt_tos), "data": envelope.original_content}
        )
        return "250 Message accepted for delivery"


def smtp_server(
    mailbox: Mailbox,
    port: int,
    *,
    tls: tuple[Path, Path] | None = None,
    implicit: bool = False,
    auth: tuple[str, str] | None = None,
) -> Any:
    """A started SMTP server on 127.0.0.1:``port`` (a ``free_port()``), delivering to ``mailbox``."""
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult, LoginPassword

    kwargs: dict[str, Any] = {}
    if tls is not None:
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(str(tls[0]), str(tls[1]))
        if implicit:
            kwargs["ssl_context"] = ctx
        else:
            kwargs["tls_context"] = ctx
            kwargs["require_starttls"] = True
    if auth is not None:

        def authenticator(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> Any:
            ok = isinstance(data, LoginPassword) and (data.login.decode(), data.password.decode()) == auth
            if ok:
                mailbox.logins.append((data.login.decode(), data.password.decode()))
            return AuthResult(success=ok, handled=False)

        kwargs["authenticator"] = authenticator
        kwargs["auth_require_tls"] = tls is not None
    controller = Controller(mailbox, hostname="127.0.0.1", port=port, ready_timeout=30, **kwargs)
    controller.start()
    return controller


@pytest.fixture
def mailbox() -> Iterator[Mailbox]:
    yield Mailbox()

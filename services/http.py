"""The embedded runtime's HTTP face (aiohttp): item ingest, health, readiness and metrics.

Routes:

- ``POST /v1/items``: a JSON body holding one wire item (ninjs 1.x/2.x or a plain record) or a list
  of them; JSON lines and RSS/Atom bodies are accepted too. Needs ``Authorization: Bearer <token>``
  (compared in constant time); otherwise ``401``. Answers ``202`` with ``{"accepted": n, "items":
  [uris], "rejected": [{"index", "field", "reason"}]}`` once every decoded item is *durably queued*
  (committed to the runtime's SQLite journal, so it is processed even if the process is killed right
  after; SQLite runs WAL with ``synchronous=NORMAL``, so only a power loss could drop the last
  commits) and every rejected record is fsynced to the dead-letter file. ``400`` with the same body
  when nothing in it decoded; ``413`` above the size limit; ``503`` while shutting down.
- ``GET /healthz``: ``200`` while the process runs (liveness).
- ``GET /readyz``: ``200`` once rules are loaded and the store is open and until shutdown starts,
  ``503`` otherwise (readiness).
- ``GET /metrics``: Prometheus text exposition of the injected registry.

The token is never logged; a missing or wrong token is logged with the peer address only.
"""

from __future__ import annotations

import hmac
import os
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import structlog
from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest

from ingest.decoders import Outcome, decode_payload
from wirewatch.errors import ConfigError
from wirewatch.settings import Settings

log = structlog.get_logger("wirewatch.http")

MAX_BODY_BYTES = 8 * 1024 * 1024
TOKEN_FILE_NAME = "ingest-token"  # noqa: S105 -- a file name, not a secret


@dataclass(frozen=True)
class AcceptResult:
    """What the runtime did with one request's records."""

    accepted: list[str] = field(default_factory=list)
    rejected: list[dict[str, object]] = field(default_factory=list)


class IngestTarget(Protocol):
    """What the HTTP app needs from the runtime."""

    @property
    def accepting(self) -> bool:
        """False once shutdown has begun."""
        ...

    @property
    def ready(self) -> bool:
        """True when items can be processed (rules loaded, store open, not draining)."""
        ...

    async def accept(self, outcomes: Sequence[Outcome], source: str, origin: str | None) -> AcceptResult:
        """Durably queue the decoded outcomes and dead-letter the rejected ones, then return."""
        ...


def resolve_ingest_token(settings: Settings, var_dir: Path) -> tuple[str, Path | None]:
    """The bearer token for ``POST /v1/items`` and, when generated or reused from ``var_dir``, its file.

    Order: ``WIREWATCH_INGEST_TOKEN``, ``WIREWATCH_INGEST_TOKEN_FILE``, else ``var_dir/ingest-token``
    (created with a random token, mode 0600, when missing; reused when present so clients keep
    working across restarts).
    """
    configured = settings.resolved_ingest_token()
    if configured is not None and configured.get_secret_value():
        return configured.get_secret_value(), settings.ingest_token_file
    path = var_dir / TOKEN_FILE_NAME
    if path.exists():
        token = path.read_text(encoding="utf-8").strip()
        if token:
            os.chmod(path, 0o600)
            return token, path
    var_dir.mkdir(parents=True, exist_ok=True)
    token = secrets.token_urlsafe(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.fchmod(fd, 0o600)
        os.write(fd, (token + "\n").encode("ascii"))
    finally:
        os.close(fd)
    return token, path


def _authorised(request: web.Request, token: bytes) -> bool:
    header = request.headers.get("Authorization", "")
    scheme, _, presented = header.partition(" ")
    if scheme.lower() != "bearer" or not presented:
        return False
    return hmac.compare_digest(presented.strip().encode("utf-8"), token)


TARGET_KEY = web.AppKey("target", IngestTarget)
REGISTRY_KEY = web.AppKey("registry", CollectorRegistry)
TOKEN_KEY = web.AppKey("token", bytes)


async def post_items(request: web.Request) -> web.Response:
    """``POST /v1/items`` (see the module docstring)."""
    peer = request.remote or "unknown"
    if not _authorised(request, request.app[TOKEN_KEY]):
        log.warning("http.unauthorised", peer=peer, path=request.path)
        return web.json_response(
            {"error": "missing or invalid bearer token"},
            status=401,
            headers={"WWW-Authenticate": 'Bearer realm="wirewatch"'},
        )
    target = request.app[TARGET_KEY]
    if not target.accepting:
        return web.json_response({"error": "shutting down"}, status=503, headers={"Retry-After": "5"})
    body = await request.read()
    outcomes = decode_payload(body, hint=request.content_type)
    result = await target.accept(outcomes, "http", peer)
    status = 202 if result.accepted else 400
    return web.json_response(
        {"accepted": len(result.accepted), "items": result.accepted, "rejected": result.rejected},
        status=status,
    )


async def healthz(request: web.Request) -> web.Response:
    """Liveness."""
    return web.json_response({"status": "ok"})


async def readyz(request: web.Request) -> web.Response:
    """Readiness."""
    if request.app[TARGET_KEY].ready:
        return web.json_response({"status": "ready"})
    return web.json_response({"status": "not ready"}, status=503)


async def metrics(request: web.Request) -> web.Response:
    """Prometheus exposition."""
    payload = generate_latest(request.app[REGISTRY_KEY])
    response = web.Response(body=payload)
    response.headers["Content-Type"] = CONTENT_TYPE_LATEST
    return response


def create_app(target: IngestTarget, registry: CollectorRegistry, token: str) -> web.Application:
    """The aiohttp application; the runtime adds any extra routes (silences, subscriptions) to it."""
    if not token:
        raise ValueError("the ingest endpoint needs a non-empty token")
    app = web.Application(client_max_size=MAX_BODY_BYTES)
    app[TARGET_KEY] = target
    app[REGISTRY_KEY] = registry
    app[TOKEN_KEY] = token.encode("utf-8")
    app.router.add_post("/v1/items", post_items)
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/readyz", readyz)
    app.router.add_get("/metrics", metrics)
    return app


async def start_server(app: web.Application, listen: str) -> tuple[web.AppRunner, str, int]:
    """Serve ``app`` on ``HOST:PORT``; returns the runner (``cleanup()`` it), the host and the bound port.

    The runner's graceful shutdown lets in-flight requests finish (up to 30 s). Raises
    :class:`~wirewatch.errors.ConfigError` for a malformed address or one that cannot be bound.
    """
    try:
        host, port = parse_listen(listen)
    except ValueError as exc:
        raise ConfigError(str(exc)) from exc
    runner = web.AppRunner(app, access_log=None, shutdown_timeout=30.0)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    try:
        await site.start()
    except OSError as exc:
        await runner.cleanup()
        raise ConfigError(f"cannot listen on {listen}: {exc.strerror or exc}") from exc
    sockets = getattr(site._server, "sockets", None) or []
    return runner, host, int(sockets[0].getsockname()[1]) if sockets else port


def parse_listen(listen: str) -> tuple[str, int]:
    """``HOST:PORT`` (``[::1]:8080`` for IPv6) to ``(host, port)``; port 0 picks a free one."""
    host, sep, port = listen.rpartition(":")
    if not sep or not port.isdigit():
        raise ValueError(f"listen address must be HOST:PORT, got {listen!r}")
    return host.strip("[]") or "127.0.0.1", int(port)

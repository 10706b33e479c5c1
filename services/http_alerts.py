"""HTTP API for silences and subscriptions, mounted by the runtime on its aiohttp app.

``add_alert_routes(app, pipeline, token=...)`` adds (every route needs ``Authorization: Bearer``
with the same token as ingest, since silences mute alerts and subscriptions reveal who gets what)::

    GET    /v1/silences[?all=1]      list active and pending silences (all=1: expired too)
    POST   /v1/silences              create: {"matchers": ["category=\\"toll_revision\\""],
                                              "duration": "2h" | "ends_at": ISO, "starts_at": ISO?,
                                              "created_by": "...", "comment": "..."}  -> 201
    GET    /v1/silences/{id}         one silence
    DELETE /v1/silences/{id}         expire it now -> 200 with the expired silence
    GET    /v1/subscriptions         subscriptions as loaded (no secrets)
    GET    /v1/subscriptions/{name}  one subscription
    POST   /v1/routes/test           {"labels": {...}} -> the receivers those labels reach

Errors are JSON ``{"error": "..."}`` with 400 (invalid input), 401, 404.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from aiohttp import web

from alerts.config import parse_duration
from alerts.routing import match_routes
from alerts.silences import SilenceNotFound, SilenceStore
from alerts.subscriptions import Subscription, public_view
from wirewatch.errors import ConfigError

_MAX_BODY = 64 * 1024


class _Api:
    def __init__(self, pipeline: Any, token: bytes, clock: Callable[[], datetime]) -> None:
        self.pipeline = pipeline
        self.token = token
        self.clock = clock

    @property
    def silences(self) -> SilenceStore:
        store: SilenceStore = self.pipeline.silences
        return store

    def authorised(self, request: web.Request) -> bool:
        scheme, _, presented = request.headers.get("Authorization", "").partition(" ")
        return (
            scheme.lower() == "bearer"
            and bool(presented)
            and hmac.compare_digest(presented.strip().encode(), self.token)
        )


def _error(status: int, message: str) -> web.Response:
    headers = {"WWW-Authenticate": 'Bearer realm="wirewatch"'} if status == 401 else None
    return web.json_response({"error": message}, status=status, headers=headers)


def _instant(value: Any, field: str) -> datetime:
    if not isinstance(value, str):
        raise ConfigError(f"{field} must be an ISO 8601 string")
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise ConfigError(f"{field}: bad time {value!r}") from exc
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def add_alert_routes(
    app: web.Application,
    pipeline: Any,
    *,
    token: str | bytes,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> None:
    """Mount the routes above. ``pipeline`` is an :class:`alerts.pipeline.AlertPipeline`."""
    if not token:
        raise ValueError("the alert API needs a non-empty token")
    api = _Api(pipeline, token.encode() if isinstance(token, str) else token, clock)

    def guarded(handler: Callable[[web.Request], Any]) -> Callable[[web.Request], Any]:
        async def wrapper(request: web.Request) -> web.StreamResponse:
            if not api.authorised(request):
                return _error(401, "missing or invalid bearer token")
            try:
                response: web.StreamResponse = await handler(request)
                return response
            except ConfigError as exc:
                return _error(400, str(exc))
            except SilenceNotFound as exc:
                return _error(404, str(exc))

        return wrapper

    async def _json_body(request: web.Request) -> dict[str, Any]:
        if request.content_length is not None and request.content_length > _MAX_BODY:
            raise ConfigError("request body too large")
        raw = await request.content.read(_MAX_BODY + 1)
        if len(raw) > _MAX_BODY:
            raise ConfigError("request body too large")
        try:
            data = json.loads(raw or b"{}")
        except ValueError as exc:
            raise ConfigError("body is not JSON") from exc
        if not isinstance(data, dict):
            raise ConfigError("body must be a JSON object")
        return data

    async def list_silences(request: web.Request) -> web.Response:
        now = api.clock()
        include = request.query.get("all", "") in ("1", "true", "yes")
        silences = api.silences.list(now, include_expired=include)
        return web.json_response([{**s.model_dump(mode="json"), "state": s.state(now)} for s in silences])

    async def create_silence(request: web.Request) -> web.Response:
        data = await _json_body(request)
        matchers = data.get("matchers")
        if not isinstance(matchers, list) or not matchers or not all(isinstance(m, str) for m in matchers):
            raise ConfigError("matchers must be a non-empty list of strings")
        created_by = data.get("created_by")
        if not isinstance(created_by, str) or not created_by.strip():
            raise ConfigError("created_by is required")
        duration = None
        if data.get("duration") is not None:
            try:
                duration = timedelta(seconds=parse_duration(data["duration"]))
            except ValueError as exc:
                raise ConfigError(str(exc)) from exc
        now = api.clock()
        silence = api.silences.add(
            matchers,
            created_by=created_by.strip(),
            now=now,
            duration=duration,
            ends_at=_instant(data["ends_at"], "ends_at") if data.get("ends_at") is not None else None,
            starts_at=_instant(data["starts_at"], "starts_at") if data.get("starts_at") is not None else None,
            comment=str(data.get("comment", "")),
        )
        return web.json_response({**silence.model_dump(mode="json"), "state": silence.state(now)}, status=201)

    async def get_silence(request: web.Request) -> web.Response:
        silence = api.silences.get(request.match_info["id"])
        return web.json_response({**silence.model_dump(mode="json"), "state": silence.state(api.clock())})

    async def expire_silence(request: web.Request) -> web.Response:
        now = api.clock()
        silence = api.silences.expire(request.match_info["id"], now)
        return web.json_response({**silence.model_dump(mode="json"), "state": silence.state(now)})

    def _subs() -> list[Subscription]:
        return [s for s in api.pipeline.subscriptions if isinstance(s, Subscription)]

    async def list_subscriptions(request: web.Request) -> web.Response:
        return web.json_response([public_view(s) for s in _subs()])

    async def get_subscription(request: web.Request) -> web.Response:
        name = request.match_info["name"]
        for sub in _subs():
            if sub.name == name:
                return web.json_response(public_view(sub))
        return _error(404, f"no subscription {name!r}")

    async def test_route(request: web.Request) -> web.Response:
        data = await _json_body(request)
        labels = data.get("labels", {})
        if not isinstance(labels, dict) or not all(isinstance(v, str) for v in labels.values()):
            raise ConfigError("labels must be an object of strings")
        routes = match_routes(api.pipeline.table.root, {str(k): v for k, v in labels.items()})
        now = api.clock()
        return web.json_response(
            {
                "receivers": list(dict.fromkeys(r.receiver for r in routes)),
                "routes": [{"id": r.id, "receiver": r.receiver, "held": r.muted_at(now)} for r in routes],
            }
        )

    app.router.add_get("/v1/silences", guarded(list_silences))
    app.router.add_post("/v1/silences", guarded(create_silence))
    app.router.add_get("/v1/silences/{id}", guarded(get_silence))
    app.router.add_delete("/v1/silences/{id}", guarded(expire_silence))
    app.router.add_get("/v1/subscriptions", guarded(list_subscriptions))
    app.router.add_get("/v1/subscriptions/{name}", guarded(get_subscription))
    app.router.add_post("/v1/routes/test", guarded(test_route))

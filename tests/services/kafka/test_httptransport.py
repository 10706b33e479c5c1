"""The worker's httpx-over-aiohttp transport, against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import asyncio
import gzip
import json
import ssl
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest
import yarl
from aiohttp import web

from services.kafka import httptransport
from services.kafka.httptransport import AiohttpClient, AiohttpTransport

Server = tuple[str, list[dict[str, Any]]]


@pytest.fixture
async def server() -> AsyncIterator[Server]:
    """An aiohttp server: /echo, /gzip, /slow, /busy (429 + Retry-After), /empty (204); requests are
    recorded."""
    seen: list[dict[str, Any]] = []

    async def echo(request: web.Request) -> web.Response:
        body = await request.read()
        seen.append(
            {
                "method": request.method,
                "headers": dict(request.headers),
                "raw_headers": list(request.raw_headers),
                "body": body,
            }
        )
        return web.json_response({"got": len(body)}, status=201, headers={"X-Reply": "yes"})

    async def gzipped(request: web.Request) -> web.Response:
        data = gzip.compress(json.dumps({"ok": True}).encode())
        headers = {"Content-Encoding": "gzip", "Content-Type": "application/json"}
        return web.Response(body=data, headers=headers)

    async def slow(request: web.Request) -> web.Response:
        await asyncio.sleep(2)
        return web.json_response({})

    async def busy(request: web.Request) -> web.Response:
        return web.json_response({"ok": False}, status=429, headers={"Retry-After": "7"})

    async def empty(request: web.Request) -> web.Response:
        return web.Response(status=204)

    app = web.Application()
    app.router.add_post("/empty", empty)
    app.router.add_post("/echo", echo)
    app.router.add_get("/gzip", gzipped)
    app.router.add_post("/slow", slow)
    app.router.add_post("/busy", busy)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    yield f"http://127.0.0.1:{port}", seen
    await runner.cleanup()


def plain_client() -> httpx.AsyncClient:
    """An httpx client over the transport (every call through httpx's client layer)."""
    return httpx.AsyncClient(
        follow_redirects=False, headers={"User-Agent": "wirewatch"}, transport=AiohttpTransport()
    )


@pytest.fixture(params=["httpx", "aiohttp-client"])
async def client(request: pytest.FixtureRequest) -> AsyncIterator[httpx.AsyncClient]:
    """The transport under httpx's client layer, and the worker's AiohttpClient (plain POSTs skip it)."""
    made = plain_client() if request.param == "httpx" else AiohttpClient(headers={"User-Agent": "wirewatch"})
    async with made as c:
        yield c


async def test_post_sends_body_and_headers_and_returns_the_response(
    server: Server, client: httpx.AsyncClient
) -> None:
    """Method, body and headers (User-Agent included) arrive as httpx built them; status, headers and
    body come back as an httpx.Response."""
    base, seen = server
    body = json.dumps({"alerts": ["é"]}, ensure_ascii=False).encode()
    headers = {"Content-Type": "application/json", "X-Wirewatch-Delivery": "n1"}
    response = await client.post(f"{base}/echo", content=body, headers=headers)
    assert response.status_code == 201
    assert response.headers["x-reply"] == "yes"
    assert response.json() == {"got": len(body)}
    assert seen[0]["method"] == "POST"
    assert seen[0]["body"] == body
    headers = seen[0]["headers"]
    assert headers["User-Agent"] == "wirewatch"
    assert headers["X-Wirewatch-Delivery"] == "n1"
    assert headers["Content-Type"] == "application/json"
    assert headers["Content-Length"] == str(len(body))


async def test_connection_is_reused_across_requests(server: Server, client: httpx.AsyncClient) -> None:
    """Consecutive requests to one host share one keep-alive connection."""
    base, seen = server
    for _ in range(3):
        assert (await client.post(f"{base}/echo", content=b"x")).status_code == 201
    transport = client._transport
    assert isinstance(transport, AiohttpTransport)
    session = transport._client()
    assert len(seen) == 3
    assert session.connector is not None
    assert sum(len(v) for v in session.connector._conns.values()) == 1  # one idle pooled connection


async def test_compressed_response_is_decoded(server: Server, client: httpx.AsyncClient) -> None:
    """A gzip response reaches the caller decoded, without a stale Content-Encoding."""
    base, _ = server
    response = await client.get(f"{base}/gzip")
    assert response.json() == {"ok": True}
    assert "content-encoding" not in response.headers


async def test_retry_after_reaches_the_caller(server: Server, client: httpx.AsyncClient) -> None:
    """A 429's Retry-After header is there for the notifiers' retry policy."""
    base, _ = server
    response = await client.post(f"{base}/busy", content=b"{}")
    assert response.status_code == 429
    assert response.headers["retry-after"] == "7"


async def test_read_timeout_raises_httpx_read_timeout(server: Server, client: httpx.AsyncClient) -> None:
    """A server slower than the request's timeout raises httpx.ReadTimeout (a TimeoutException)."""
    base, _ = server
    with pytest.raises(httpx.ReadTimeout):
        await client.post(f"{base}/slow", content=b"{}", timeout=0.2)


async def test_refused_connection_raises_httpx_connect_error(
    client: httpx.AsyncClient, free_port: Callable[[], int]
) -> None:
    """Nobody listening: httpx.ConnectError (an HTTPError the notifiers retry), without the URL path."""
    port = free_port()
    with pytest.raises(httpx.ConnectError) as info:
        await client.post(f"http://127.0.0.1:{port}/hook/secret-token", content=b"{}", timeout=2)
    assert "secret-token" not in str(info.value)


def test_proxy_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """HTTP(S)_PROXY applies unless NO_PROXY exempts the host, as with httpx's default client."""
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.invalid:3128")
    monkeypatch.setenv("NO_PROXY", "hooks.internal")
    monkeypatch.delenv("HTTP_PROXY", raising=False)
    monkeypatch.delenv("http_proxy", raising=False)
    monkeypatch.delenv("https_proxy", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    transport = AiohttpTransport()
    assert transport.proxy_for(httpx.URL("https://hooks.slack.com/x")) == "http://proxy.invalid:3128"
    assert transport.proxy_for(httpx.URL("https://hooks.internal/x")) is None
    assert transport.proxy_for(httpx.URL("http://hooks.slack.com/x")) is None


async def test_fast_post_sends_what_httpx_sends(server: Server) -> None:
    """AiohttpClient's short path puts the same method, headers and body on the wire as httpx does."""
    base, seen = server
    headers = {"Content-Type": "application/json", "X-Wirewatch-Delivery": "n1", "user-agent": "custom"}
    async with plain_client() as slow, AiohttpClient(headers={"User-Agent": "wirewatch"}) as fast:
        for c in (slow, fast):
            await c.post(f"{base}/echo", content='{"é": 1}', headers=headers, timeout=5.0)
    assert len(seen) == 2
    assert seen[0]["method"] == seen[1]["method"] == "POST"
    assert seen[0]["body"] == seen[1]["body"] == '{"é": 1}'.encode()
    assert seen[0]["headers"] == seen[1]["headers"]
    assert seen[1]["headers"]["User-Agent"] == "custom"  # a request header replaces the client's


@pytest.mark.parametrize(
    "headers",
    [
        None,
        {"Content-Type": "application/json", "X-Wirewatch-Delivery": "n1"},
        {"user-agent": "custom", "ACCEPT": "application/json", "X-Sig": "v1=ab"},
        {"Connection": "close", "Host": "elsewhere.invalid", "Content-Length": "999"},
    ],
)
async def test_fast_post_header_order_and_case_match_httpx(
    server: Server, headers: dict[str, str] | None
) -> None:
    """The short path's headers reach the wire in httpx's order and case (client headers replaced
    case-insensitively, new ones last; Host and Content-Length still aiohttp's)."""
    base, seen = server
    async with plain_client() as slow, AiohttpClient(headers={"User-Agent": "wirewatch"}) as fast:
        for c in (slow, fast):
            await c.post(f"{base}/echo", content=b'{"a": 1}', headers=headers, timeout=5.0)
    assert seen[0]["raw_headers"] == seen[1]["raw_headers"]
    assert seen[0]["body"] == seen[1]["body"]


async def test_client_header_changes_reach_the_fast_path(server: Server) -> None:
    """A header set on the client after its first POST is sent by the next one."""
    base, seen = server
    async with AiohttpClient(headers={"User-Agent": "wirewatch"}) as fast:
        await fast.post(f"{base}/echo", content=b"{}")
        fast.headers["X-Team"] = "desk"
        await fast.post(f"{base}/echo", content=b"{}")
    assert "X-Team" not in seen[0]["headers"]
    assert seen[1]["headers"]["X-Team"] == "desk"


async def test_non_ascii_header_fails_as_through_httpx(server: Server) -> None:
    """A header httpx cannot encode raises httpx's own error on both paths (nothing is sent)."""
    base, seen = server
    async with plain_client() as slow, AiohttpClient(headers={"User-Agent": "wirewatch"}) as fast:
        for c in (slow, fast):
            with pytest.raises(UnicodeEncodeError):
                await c.post(f"{base}/echo", content=b"{}", headers={"X-Name": "Zoë"})
    assert seen == []


async def test_non_ascii_client_header_goes_through_httpx(server: Server) -> None:
    """A client header holding non-ASCII bytes reaches the wire as through httpx (the short path steps
    aside for it)."""
    base, seen = server
    client_headers = httpx.Headers({"User-Agent": "wirewatch", "X-Desk": b"caf\xe9"})
    async with plain_client() as slow, AiohttpClient() as fast:
        for c in (slow, fast):
            c.headers = client_headers
            await c.post(f"{base}/echo", content=b"{}", headers={"X-A": "1"})
    assert len(seen) == 2
    assert seen[0]["raw_headers"] == seen[1]["raw_headers"]
    assert any(name == "X-Desk" for name, _ in seen[1]["headers"].items())


async def test_only_plain_posts_skip_the_httpx_client_layer(
    server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    """content/headers/timeout POSTs bypass AsyncClient.send; json=, params= or a hook go through it."""
    base, seen = server
    through_httpx: list[str] = []
    original = httpx.AsyncClient.send

    async def counting_send(self: httpx.AsyncClient, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        through_httpx.append(request.url.path)
        return await original(self, request, **kwargs)

    monkeypatch.setattr(httpx.AsyncClient, "send", counting_send)
    async with AiohttpClient(headers={"User-Agent": "wirewatch"}) as c:
        assert (await c.post(f"{base}/echo", content=b"{}", headers={"A": "1"}, timeout=2)).status_code == 201
        assert (await c.post(f"{base}/echo", content=b"{}")).status_code == 201
        assert through_httpx == []
        assert (await c.post(f"{base}/echo", json={"a": 1})).status_code == 201
        assert (await c.post(f"{base}/echo", content=b"{}", params={"q": "1"})).status_code == 201
        c.event_hooks = {"request": [lambda request: _noop()], "response": []}
        assert (await c.post(f"{base}/echo", content=b"{}")).status_code == 201
    assert through_httpx == ["/echo"] * 3
    assert len(seen) == 5


async def _noop() -> None:
    return None


async def test_tls_context_is_ready_before_the_first_request() -> None:
    """A new transport already holds the verifying TLS context (shared by every transport), and its
    session's connections use it: no CA-bundle load in the first POST's path."""
    transport = AiohttpTransport()
    try:
        tls = transport._tls
        assert isinstance(tls, ssl.SSLContext)
        assert tls.verify_mode == ssl.CERT_REQUIRED and tls.check_hostname
        assert AiohttpTransport()._tls is tls
        assert transport._client().connector._ssl is tls  # type: ignore[union-attr]
    finally:
        await transport.aclose()


@pytest.mark.parametrize(
    ("url", "headers", "body"),
    [
        (
            "http://127.0.0.1:8080/hook",
            [("User-Agent", "wirewatch"), ("Content-Type", "application/json")],
            b"{}",
        ),
        ("https://hooks.example/x?a=1", [("X-Sig", "v1=ab")], '{"é": 1}'.encode()),
        ("http://127.0.0.1/hook", [], b"x" * 5000),
        ("http://127.0.0.1/hook", [("User-Agent", "wirewatch")], b""),  # httpx adds Content-Length: 0
        ("http://127.0.0.1/hook", [("host", "elsewhere.invalid"), ("A", "1")], b"{}"),
        ("http://127.0.0.1/hook", [("Content-Length", "2")], b"{}"),
        ("http://127.0.0.1/hook", [("Transfer-Encoding", "chunked")], b"{}"),
    ],
)
def test_fast_post_builds_the_request_httpx_builds(
    url: str, headers: list[tuple[str, str]], body: bytes
) -> None:
    """The short path's httpx.Request equals the one httpx builds from the same content (method, URL,
    headers in order and case, body, stream type, extensions)."""
    extensions = {"timeout": httpx.Timeout(5.0).as_dict()}
    ours = httptransport._post_request(httpx.URL(url), headers, body, extensions)
    theirs = httpx.Request("POST", httpx.URL(url), headers=headers, content=body, extensions=extensions)
    assert (ours.method, ours.url, ours.headers.raw) == (theirs.method, theirs.url, theirs.headers.raw)
    assert ours.content == theirs.content == body
    assert type(ours.stream) is type(theirs.stream)
    assert ours.extensions == theirs.extensions


@pytest.mark.parametrize("seconds", [2, 2.5, None, httpx.Timeout(1.0, read=3.0)])
async def test_fast_post_request_carries_httpx_timeouts_and_url(server: Server, seconds: Any) -> None:
    """The request handed back with the response has the timeouts and URL httpx gives it."""
    base, _seen = server
    url = f"{base}/echo"
    async with AiohttpClient() as c:
        for _ in range(2):  # the second POST reads what the first one remembered
            response = await c.post(url, content=b"{}", timeout=seconds)
            assert response.request.extensions["timeout"] == httpx.Timeout(seconds).as_dict()
            assert response.request.url == httpx.URL(url)
            assert httptransport._wire_url(url) == yarl.URL(str(httpx.URL(url)))


@pytest.mark.parametrize("path", ["/echo", "/empty", "/busy"])
async def test_response_headers_are_the_ones_httpx_builds(
    server: Server, client: httpx.AsyncClient, path: str
) -> None:
    """A response's headers are the server's (less the length and encoding aiohttp decoded away) with
    the Content-Length httpx gives a response made from its content, in httpx's order."""
    base, _seen = server
    response = await client.post(f"{base}{path}", content=b"{}")
    served = [(k, v) for k, v in response.headers.raw if k.lower() != b"content-length"]
    rebuilt = httpx.Response(response.status_code, headers=served, content=response.content)
    assert response.headers.raw == rebuilt.headers.raw

"""An ``httpx`` transport over ``aiohttp``: the notifiers' HTTP client, at under half the CPU.

The notifiers (:mod:`alerts.notifiers`) speak ``httpx.AsyncClient``. Its default transport
(httpcore + h11 + anyio, all pure Python) made a webhook POST to a loopback receiver cost 1.0-1.9 ms
of CPU on the benchmark machine, at a few hundred alerts per second a good part of a Kafka worker's
core; through this transport the same ``httpx`` call cost 0.7 ms in the same run (a bare aiohttp
POST: 0.3-0.4 ms; the rest is the ``httpx`` client layer). :class:`AiohttpTransport` keeps the
``httpx`` API the notifiers are written and tested against and moves only the wire work:

- the request (method, URL, headers, body) is sent as built by ``httpx``; redirects stay off
  (``httpx`` handles them above the transport, and the worker's client does not follow them);
- timeouts come from the request's ``timeout`` extension (``connect``/``read``/``write``/``pool``
  map to aiohttp's ``sock_connect``/``sock_read``, the longest as the total); a timeout raises
  ``httpx.ConnectTimeout``/``httpx.ReadTimeout``, any other client error ``httpx.ConnectError``
  or ``httpx.ReadError``, so the notifiers' retry classification is unchanged;
- TLS verifies certificates against certifi's CA bundle, as ``httpx`` does; proxies come from
  the environment (``HTTP(S)_PROXY``, ``NO_PROXY``), as with the default ``httpx`` client, resolved
  once per scheme and host (aiohttp's own ``trust_env`` reads ``.netrc`` in a thread per request);
- the response body is read whole (notification responses are small) and handed back as a
  complete ``httpx.Response``.

:class:`AiohttpClient` is the ``httpx.AsyncClient`` the worker gives its notifiers: a plain POST of
a body (what every notifier sends) skips the ``httpx`` client layer too (request building, auth,
redirects, cookies, hooks, response wrapping), about half the CPU left per POST; see
:meth:`AiohttpClient.post` for what that path does and does not do.
"""

from __future__ import annotations

import functools
import ssl
import urllib.request
from typing import Any

import aiohttp
import certifi
import httpx
import yarl

# aiohttp writes Host, Content-Length and Transfer-Encoding itself; Accept-Encoding is replaced.
_SET_BY_AIOHTTP = frozenset({b"host", b"content-length", b"transfer-encoding", b"accept-encoding"})
_SET_BY_AIOHTTP_STR = frozenset(name.decode() for name in _SET_BY_AIOHTTP)
# What aiohttp always decodes (httpx may offer br/zstd when their libraries happen to be installed).
_ACCEPT_ENCODING = ("Accept-Encoding", "gzip, deflate")
# aiohttp has already decoded the body, so its length and encoding no longer describe ``content``.
_DECODED = frozenset({b"content-encoding", b"content-length"})


@functools.cache
def _tls_context() -> ssl.SSLContext:
    """The process's TLS context for notifier connections (certificates verified against certifi).

    Built once, when the first transport is created (the worker does that when it recovers its first
    alerts partition), not by the first POST: loading the CA bundle blocks the event loop for tens
    of milliseconds, which the first alert's POST and the alerts behind it used to wait for. An
    ``SSLContext`` can be shared by every session and connection.
    """
    return ssl.create_default_context(cafile=certifi.where())


class AiohttpTransport(httpx.AsyncBaseTransport):
    """``httpx.AsyncBaseTransport`` backed by one lazily created ``aiohttp.ClientSession``."""

    def __init__(self, *, limit_per_host: int = 16) -> None:
        self._limit_per_host = limit_per_host
        self._session: aiohttp.ClientSession | None = None
        self._env_proxies = urllib.request.getproxies()
        self._proxies: dict[tuple[str, str], str | None] = {}
        self._timeouts: dict[tuple[tuple[str, Any], ...], aiohttp.ClientTimeout] = {}
        self._tls = _tls_context()  # now, not in the first request's path (see _tls_context)

    def proxy_for(self, url: httpx.URL) -> str | None:
        """The environment's proxy for ``url`` (``None``: connect directly)."""
        key = (url.scheme, url.host)
        if key not in self._proxies:
            proxy = self._env_proxies.get(url.scheme)
            if proxy and urllib.request.proxy_bypass(url.host):
                proxy = None
            self._proxies[key] = proxy
        return self._proxies[key]

    def _client(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit_per_host=self._limit_per_host, ssl=self._tls)
            # The headers are httpx's (nothing added); cookies are the httpx client's business.
            self._session = aiohttp.ClientSession(
                connector=connector,
                trust_env=False,
                cookie_jar=aiohttp.DummyCookieJar(),
                auto_decompress=True,
                skip_auto_headers=("User-Agent", "Accept-Encoding", "Accept", "Content-Type"),
            )
        return self._session

    def _timeout(self, timeouts: dict[str, Any]) -> aiohttp.ClientTimeout:
        """aiohttp's timeout for an ``httpx`` timeout dict (one object per distinct dict, reused)."""
        key = tuple(timeouts.items())
        timeout = self._timeouts.get(key)
        if timeout is None:
            limits = [t for t in timeouts.values() if t is not None]
            timeout = aiohttp.ClientTimeout(
                total=max(limits) if limits else None,
                sock_connect=timeouts.get("connect"),
                sock_read=timeouts.get("read"),
            )
            if len(self._timeouts) < 64:  # callers use a handful of timeouts
                self._timeouts[key] = timeout
        return timeout

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        headers = [
            (k.decode("latin-1"), v.decode("latin-1"))
            for k, v in request.headers.raw
            if k.lower() not in _SET_BY_AIOHTTP
        ]
        headers.append(_ACCEPT_ENCODING)
        return await self.send(request, _yarl_url(str(request.url)), body, headers)

    async def send(
        self, request: httpx.Request, url: yarl.URL, body: bytes, headers: list[tuple[str, str]]
    ) -> httpx.Response:
        """Send ``request`` as ``url``, ``body`` and ``headers`` (what aiohttp is to write: see
        :meth:`handle_async_request`, which derives them from the request; callers that built the
        request themselves pass what they built it from)."""
        timeout = self._timeout(request.extensions.get("timeout") or {})
        try:
            async with self._client().request(
                request.method,
                url,
                data=body or None,
                headers=headers,
                allow_redirects=False,
                timeout=timeout,
                proxy=self.proxy_for(request.url),
            ) as response:
                content = await response.read()
                status = response.status
                raw_headers = [(k, v) for k, v in response.raw_headers if k.lower() not in _DECODED]
        except TimeoutError as exc:
            # aiohttp's socket timeouts are TimeoutError subclasses.
            connecting = isinstance(exc, aiohttp.ConnectionTimeoutError)
            kind = httpx.ConnectTimeout if connecting else httpx.ReadTimeout
            raise kind(f"timed out: {type(exc).__name__}", request=request) from exc
        except aiohttp.ClientConnectorError as exc:
            raise httpx.ConnectError(f"{type(exc).__name__}: {exc.os_error}", request=request) from exc
        except aiohttp.ClientError as exc:
            raise httpx.ReadError(f"{type(exc).__name__}", request=request) from exc
        if content:
            # httpx adds this header last for a response made from content; present already, it is
            # found instead of added (httpx's miss path raises and catches a KeyError per response).
            raw_headers.append((b"Content-Length", str(len(content)).encode()))
        return httpx.Response(status, headers=raw_headers, content=content, request=request)

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None


_FAST_POST_ARGS = frozenset({"content", "headers", "timeout"})


@functools.lru_cache(maxsize=256)  # distinct receiver URLs kept parsed (a worker has a handful)
def _parsed_url(url: str) -> httpx.URL:
    return httpx.URL(url)


@functools.lru_cache(maxsize=256)
def _yarl_url(url: str) -> yarl.URL:
    """What aiohttp makes of the URL string (parsed once per distinct URL, not per request)."""
    return yarl.URL(url)


def _plain_headers(headers: dict[Any, Any] | None) -> bool:
    """Whether every header name and value is an ASCII ``str`` (httpx encodes them as ASCII)."""
    if not headers:
        return True
    return all(
        isinstance(k, str) and isinstance(v, str) and k.isascii() and v.isascii() for k, v in headers.items()
    )


class AiohttpClient(httpx.AsyncClient):
    """``httpx.AsyncClient`` over an :class:`AiohttpTransport`, with a short path for plain POSTs.

    ``post(url, content=..., headers=..., timeout=...)`` with an absolute ``http(s)`` URL string,
    ``bytes``/``str`` content and ASCII ``str`` headers, on a client without auth or event hooks,
    builds the ``httpx.Request`` itself (the client's headers updated with ``headers`` as
    ``httpx.Headers.update`` does, the timeout as ``httpx`` would resolve it) and hands it straight
    to the transport, with the header list and parsed URL aiohttp is to send: the same bytes on the
    wire and the same ``httpx.Response`` and exceptions as through ``httpx``, minus the client
    layer's CPU (measured in the worker: ~0.5 ms per webhook POST). That path neither stores nor
    sends cookies (notification receivers get stateless requests) and never follows redirects (this
    client does not follow them anyway: ``follow_redirects=False``). Any other call goes through
    ``httpx``.
    """

    def __init__(self, *, headers: dict[str, str] | None = None, limit_per_host: int = 16) -> None:
        super().__init__(
            follow_redirects=False, headers=headers, transport=AiohttpTransport(limit_per_host=limit_per_host)
        )
        # The client's own headers as (name, value) strings, with the raw list they were made from
        # (the client's headers can be changed in place; a changed list is decoded again).
        self._header_source: list[tuple[bytes, bytes]] = []
        self._header_pairs: list[tuple[str, str]] = []
        self._header_ascii = True

    def _merged_headers(self, headers: dict[str, str] | None) -> list[tuple[str, str]] | None:
        """The client's headers updated with ``headers``, as ``httpx.Headers.update`` orders them:
        every client header named again (case-insensitively) is dropped, the new ones go last.
        ``None`` when a client header is not ASCII (only ``httpx`` itself then builds the request)."""
        raw = self.headers.raw
        if raw != self._header_source:
            self._header_source = raw
            self._header_pairs = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in raw]
            self._header_ascii = all(k.isascii() and v.isascii() for k, v in raw)
        if not self._header_ascii:
            return None
        if not headers:
            return list(self._header_pairs)
        replaced = {k.lower() for k in headers}
        merged = [(k, v) for k, v in self._header_pairs if k.lower() not in replaced]
        merged.extend(headers.items())
        return merged

    async def post(self, url: httpx.URL | str, **kwargs: Any) -> httpx.Response:
        content = kwargs.get("content")
        headers = kwargs.get("headers")
        timeout = kwargs.get("timeout", httpx.USE_CLIENT_DEFAULT)
        default_timeout = timeout is httpx.USE_CLIENT_DEFAULT
        transport = self._transport
        if (
            not isinstance(url, str)
            or not url.startswith(("http://", "https://"))
            or not isinstance(content, bytes | str)
            or not (headers is None or (isinstance(headers, dict) and _plain_headers(headers)))
            or not (default_timeout or timeout is None or isinstance(timeout, int | float | httpx.Timeout))
            or not _FAST_POST_ARGS.issuperset(kwargs)
            or self.auth is not None
            or any(self.event_hooks.values())
            or not isinstance(transport, AiohttpTransport)
        ):
            return await super().post(url, **kwargs)
        merged = self._merged_headers(headers)
        if merged is None:
            return await super().post(url, **kwargs)
        if default_timeout:
            limits = self.timeout.as_dict()
        elif isinstance(timeout, httpx.Timeout):
            limits = timeout.as_dict()
        else:
            limits = dict(_timeout_limits(timeout))  # a fresh dict per request, as httpx's
        body = content.encode("utf-8") if isinstance(content, str) else content
        request = _post_request(_parsed_url(url), merged, body, {"timeout": limits})
        # What handle_async_request would derive from the request, from what it was built from.
        wire = [(k, v) for k, v in merged if k.lower() not in _SET_BY_AIOHTTP_STR]
        wire.append(_ACCEPT_ENCODING)
        return await transport.send(request, _wire_url(url), body, wire)


@functools.lru_cache(maxsize=64, typed=True)  # the few timeouts notifiers pass (from their config)
def _timeout_limits(timeout: float | None) -> dict[str, float | None]:
    """``httpx.Timeout(timeout).as_dict()`` for a number of seconds or None (read-only: copy it)."""
    limits: dict[str, float | None] = httpx.Timeout(timeout).as_dict()
    return limits


@functools.lru_cache(maxsize=256)
def _wire_url(url: str) -> yarl.URL:
    """What aiohttp is given for ``url``: ``yarl.URL(str(httpx.URL(url)))``, as handle_async_request
    derives it from a request's URL, once per distinct URL string."""
    return _yarl_url(str(_parsed_url(url)))


# Headers httpx writes itself when it builds a request from ``content`` (see _post_request).
_SET_BY_HTTPX = frozenset({"host", "content-length", "transfer-encoding"})


def _post_request(
    url: httpx.URL, headers: list[tuple[str, str]], body: bytes, extensions: dict[str, Any]
) -> httpx.Request:
    """``httpx.Request("POST", url, headers=headers, content=body, extensions=extensions)``, built
    with the headers httpx would add already in place.

    For a non-empty body, with a host and none of Host, Content-Length or Transfer-Encoding among
    ``headers``, httpx's ``Request`` ends up with ``Host`` first, then ``headers``, then
    ``Content-Length``, and the body read; this builds that from a ready header list and a byte
    stream (the same ``method``, ``url``, ``headers.raw``, ``content``, ``stream`` type and
    ``extensions``), skipping httpx's second pass over the headers and its content encoding, which
    were most of the cost of building the request. Anything else is left to httpx.
    """
    if not body or not url.host or any(k.lower() in _SET_BY_HTTPX for k, _ in headers):
        return httpx.Request("POST", url, headers=headers, content=body, extensions=extensions)
    raw = [("Host", url.netloc.decode("ascii")), *headers, ("Content-Length", str(len(body)))]
    request = httpx.Request("POST", url, headers=raw, stream=httpx.ByteStream(body), extensions=extensions)
    request.read()  # as httpx does for a request made from content (.content is then readable)
    return request

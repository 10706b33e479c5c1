"""The RSS/Atom poller of the Kafka runtime (``wirewatch poll URL...``).

Each round fetches every feed (conditional GET with ``ETag``/``Last-Modified``), decodes it with
:mod:`ingest.decoders` and publishes the entries it has not published before, keyed by uri. An
entry id is remembered only after the broker acknowledged the entry, in a JSON state file written
atomically (``poll_state_path``), so a crash never loses an entry and a restart never publishes one
twice (except the entries of a round cut short between the ack and the state write, which the
detector then ignores as seen ``(uri, version)``). The seen set per feed is bounded
(:data:`MAX_SEEN_PER_FEED`, oldest forgotten first): a feed shows its latest entries only.
"""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import structlog

from ingest.decoders import Decoded, Rejected, decode_payload
from services.kafka.producer import ItemProducer

log = structlog.get_logger("wirewatch.kafka.poller")

MAX_SEEN_PER_FEED = 5000


@dataclass
class FeedState:
    """What the poller remembers of one feed."""

    seen: list[str] = field(default_factory=list)
    etag: str | None = None
    last_modified: str | None = None


class PollState:
    """Per-feed seen ids and validators, persisted as JSON."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.feeds: dict[str, FeedState] = {}
        if path.exists():
            data = json.loads(path.read_text(encoding="utf-8"))
            for url, entry in data.get("feeds", {}).items():
                self.feeds[url] = FeedState(
                    list(entry.get("seen", [])), entry.get("etag"), entry.get("last_modified")
                )

    def feed(self, url: str) -> FeedState:
        return self.feeds.setdefault(url, FeedState())

    def save(self) -> None:
        data = {
            "feeds": {
                u: {"seen": f.seen, "etag": f.etag, "last_modified": f.last_modified}
                for u, f in self.feeds.items()
            }
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(self.path.suffix + ".tmp")
        with tmp.open("w", encoding="utf-8") as fh:
            json.dump(data, fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)


@dataclass(frozen=True)
class PollReport:
    url: str
    published: int
    rejected: int
    unchanged: bool = False
    error: str | None = None


class FeedPoller:
    """Polls feeds and publishes new entries through an :class:`ItemProducer`."""

    def __init__(self, producer: ItemProducer, state: PollState, client: httpx.AsyncClient) -> None:
        self.producer = producer
        self.state = state
        self.client = client

    async def poll(self, url: str) -> PollReport:
        feed = self.state.feed(url)
        headers: dict[str, str] = {}
        if feed.etag:
            headers["If-None-Match"] = feed.etag
        if feed.last_modified:
            headers["If-Modified-Since"] = feed.last_modified
        try:
            response = await self.client.get(url, headers=headers)
        except httpx.HTTPError as exc:
            log.warning("poll.fetch_failed", url=url, error=str(exc))
            return PollReport(url, 0, 0, error=str(exc))
        if response.status_code == 304:
            return PollReport(url, 0, 0, unchanged=True)
        if response.status_code >= 400:
            log.warning("poll.http_error", url=url, status=response.status_code)
            return PollReport(url, 0, 0, error=f"HTTP {response.status_code}")
        outcomes = decode_payload(response.content, hint=response.headers.get("content-type"))
        seen = set(feed.seen)
        fresh = [o for o in outcomes if isinstance(o, Decoded) and o.item.uri not in seen]
        rejected = [o for o in outcomes if isinstance(o, Rejected)]
        # A feed keeps showing a bad entry; dead-letter it once, not at every poll.
        new_rejects = [r for r in rejected if _reject_id(r) not in seen]
        await self.producer.publish(fresh, new_rejects, source="poll", origin=url)
        feed.seen.extend([d.item.uri for d in fresh] + [_reject_id(r) for r in new_rejects])
        del feed.seen[:-MAX_SEEN_PER_FEED]
        feed.etag = response.headers.get("etag")
        feed.last_modified = response.headers.get("last-modified")
        self.state.save()
        log.info("poll.done", url=url, published=len(fresh), rejected=len(new_rejects))
        return PollReport(url, len(fresh), len(new_rejects))

    async def poll_all(self, urls: Sequence[str]) -> list[PollReport]:
        return [await self.poll(url) for url in urls]


def _reject_id(rejected: Rejected) -> str:
    import hashlib

    raw = rejected.raw if isinstance(rejected.raw, bytes) else rejected.raw.encode("utf-8")
    return "reject:" + hashlib.sha256(raw).hexdigest()[:24]


async def run_poller(
    producer: ItemProducer,
    state_path: Path,
    urls: Sequence[str],
    *,
    interval: float,
    once: bool,
    stop: asyncio.Event | None = None,
) -> list[PollReport]:
    """Poll ``urls`` every ``interval`` seconds (one round with ``once``); return the last round."""
    state = PollState(state_path)
    stop = stop or asyncio.Event()
    client_args: dict[str, Any] = {
        "timeout": 30.0,
        "follow_redirects": True,
        "headers": {"User-Agent": "wirewatch-poller"},
    }
    async with httpx.AsyncClient(**client_args) as client:
        poller = FeedPoller(producer, state, client)
        while True:
            reports = await poller.poll_all(urls)
            if once:
                return reports
            try:
                await asyncio.wait_for(stop.wait(), timeout=interval)
            except TimeoutError:
                continue
            return reports

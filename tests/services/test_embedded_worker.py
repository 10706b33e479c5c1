"""Tests for the embedded runtime's worker (services.embedded_worker), with doubles for the core."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from prometheus_client import CollectorRegistry

from alerts.models import Alert
from ingest.deadletter import DeadLetter, read_dead_letters
from ingest.models import WireItem
from services.embedded_worker import ItemWorker, Work
from services.journal import NS_JOURNAL, Journal
from services.sqlite_store import SqliteStore
from wirewatch.clock import ManualClock
from wirewatch.metrics import Metrics

NOW = datetime(2026, 9, 15, 6, 0, tzinfo=UTC)


class RecordingDetector:
    """Notes each item it evaluates under its own name; raises for the uri ``boom``."""

    def __init__(self, name: str, seen: list[tuple[str, str]]) -> None:
        self.name, self.seen = name, seen

    def evaluate(self, item: WireItem, state: Any, now: datetime) -> list[Alert]:
        if item.uri == "boom":
            raise ValueError("bad rule")
        self.seen.append((self.name, item.uri))
        return []

    def tick(self, state: Any, now: datetime) -> list[Alert]:
        return []

    def next_deadline(self, state: Any) -> datetime | None:
        return None


class QuietPipeline:
    """A pipeline with no timed work that records what it is given."""

    def __init__(self) -> None:
        self.submitted: list[Alert] = []

    async def submit(self, alerts: list[Alert], now: datetime) -> None:
        self.submitted += alerts

    def next_wakeup(self) -> datetime | None:
        return None

    async def tick(self, now: datetime) -> None:
        return None


def worker_for(
    tmp_path: Path, live: dict[str, RecordingDetector]
) -> tuple[ItemWorker, asyncio.Queue[Work | None], SqliteStore]:
    store = SqliteStore(tmp_path / "state.sqlite3")
    queue: asyncio.Queue[Work | None] = asyncio.Queue()
    worker = ItemWorker(
        queue,
        store=store,
        journal=Journal(store),
        pipeline=QuietPipeline(),  # type: ignore[arg-type]
        detector=lambda: live["detector"],  # type: ignore[arg-type,return-value]
        dead_letter=DeadLetter(tmp_path / "dead-letter.jsonl"),
        metrics=Metrics(CollectorRegistry()),
        clock=ManualClock(NOW),
        retention=timedelta(days=1),
    )
    return worker, queue, store


def work(uri: str, done: asyncio.Future[None] | None = None, journal_key: str | None = None) -> Work:
    return Work(WireItem(uri=uri, body="text"), "jsonl", "test", None, journal_key=journal_key, done=done)


async def test_items_go_in_order_and_a_swapped_detector_takes_the_next_one(tmp_path: Path) -> None:
    """Queued items are evaluated in order; a detector replaced between items (a reload) gets the next."""
    seen: list[tuple[str, str]] = []
    live = {"detector": RecordingDetector("old", seen)}
    worker, queue, store = worker_for(tmp_path, live)
    task = asyncio.create_task(worker.run())
    first: asyncio.Future[None] = asyncio.get_running_loop().create_future()
    for uri in ("u1", "u2"):
        queue.put_nowait(work(uri, done=first if uri == "u2" else None))
    await first
    live["detector"] = RecordingDetector("new", seen)
    queue.put_nowait(work("u3"))
    queue.put_nowait(None)
    await task
    assert seen == [("old", "u1"), ("old", "u2"), ("new", "u3")]
    assert queue.qsize() == 0
    store.close()


async def test_a_failing_item_is_dead_lettered_and_its_journal_entry_removed(tmp_path: Path) -> None:
    """An item whose evaluation raises goes to the dead letter, leaves the journal, and the next item runs."""
    seen: list[tuple[str, str]] = []
    worker, queue, store = worker_for(tmp_path, {"detector": RecordingDetector("d", seen)})
    key = Journal(store).append(WireItem(uri="boom", body="text"), "jsonl", "test", None)
    queue.put_nowait(work("boom", journal_key=key))
    queue.put_nowait(work("after"))
    queue.put_nowait(None)
    await worker.run()
    (record,) = read_dead_letters(tmp_path / "dead-letter.jsonl")
    assert record["reason"] == "processing failed: ValueError: bad rule"
    assert list(store.scan(NS_JOURNAL)) == []
    assert seen == [("d", "after")]
    store.close()

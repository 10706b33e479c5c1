"""Replay: run recorded wire items through the detector on event time (``wirewatch replay``).

Every input is decoded first (undecodable records go to the dead letter and the replay goes on),
then the items are ordered by event time (``versioncreated``, else ``firstcreated``; an item with
neither takes the time of the item before it in the input, so it stays where it was). A
:class:`~wirewatch.clock.ManualClock` follows the items; before each item is evaluated, every
claim deadline due up to its time fires through ``Detector.tick`` at the deadline's own instant, so
a replay of last month raises the same confirmation-gap alerts a live worker would have. With
``until``, deadlines after the last item fire up to that instant too.

Each alert the detector emits, including later status changes of the same alert (resolved, updated),
is passed to ``emit`` in order; the CLI writes them as JSON lines. State lives in an in-memory
SQLite store, the embedded runtime's own store type, so nothing persists between replays.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol, TextIO

from alerts.models import Alert
from ingest.deadletter import DeadLetter
from ingest.decoders import Decoded, decode_payload
from ingest.models import WireItem
from services.sqlite_store import SqliteStore
from wirewatch.clock import ManualClock
from wirewatch.state import StateStore

Emit = Callable[[Alert], None]


class DetectorLike(Protocol):
    """The part of :class:`rules.engine.Detector` a replay drives."""

    def evaluate(self, item: WireItem, state: StateStore, now: datetime) -> list[Alert]: ...

    def tick(self, state: StateStore, now: datetime) -> list[Alert]: ...

    def next_deadline(self, state: StateStore) -> datetime | None: ...


@dataclass(frozen=True)
class ReplayStats:
    """What a replay did."""

    items: int
    rejected: int
    alerts: int
    first: datetime | None
    last: datetime | None


ITEM_SUFFIXES = frozenset({".json", ".jsonl", ".ndjson", ".xml", ".rss", ".atom"})


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files as given; a directory stands for the item files directly inside it, in name order.

    In a directory only names ending in ``.json``, ``.jsonl``, ``.ndjson``, ``.xml``, ``.rss`` or
    ``.atom`` count (so a folder's README or code is not fed in); a file named explicitly always is.
    """
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(
                sorted(
                    p
                    for p in path.iterdir()
                    if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in ITEM_SUFFIXES
                )
            )
        else:
            out.append(path)
    return out


def load_items(paths: Sequence[Path], dead_letter: DeadLetter | None) -> tuple[list[WireItem], int]:
    """Decode every file (``-`` is stdin); returns items in input order and the number rejected."""
    items: list[WireItem] = []
    rejected = 0
    for path in expand_paths(paths):
        data = sys.stdin.buffer.read() if str(path) == "-" else path.read_bytes()
        for outcome in decode_payload(data, hint=path.suffix):
            if isinstance(outcome, Decoded):
                items.append(outcome.item)
                continue
            rejected += 1
            if dead_letter is not None:
                dead_letter.write(
                    outcome.raw,
                    outcome.error,
                    source="replay",
                    origin=str(path),
                    index=outcome.index,
                    format=outcome.format,
                )
    return items, rejected


def order_by_event_time(items: Sequence[WireItem]) -> list[tuple[datetime | None, WireItem]]:
    """``(time, item)`` sorted by event time (stable); untimed items inherit the previous item's time."""
    timed: list[tuple[datetime | None, int, WireItem]] = []
    previous: datetime | None = next((i.event_time for i in items if i.event_time is not None), None)
    for position, item in enumerate(items):
        when = item.event_time or previous
        previous = when
        timed.append((when, position, item))
    if previous is not None:  # some item has a time, so by now every item has one
        timed.sort(key=lambda t: (t[0] or previous, t[1]))
    return [(when, item) for when, _, item in timed]


class Replayer:
    """Drives one detector (normally ``Detector(load_ruleset(...))``) over items on event time."""

    def __init__(self, detector: DetectorLike, *, until: datetime | None = None) -> None:
        self.clock = ManualClock()
        self.store = SqliteStore(":memory:", clock=self.clock.now)
        self.detector = detector
        self.until = until

    def _advance(self, instant: datetime, emit: Emit) -> int:
        """Fire every deadline due up to ``instant`` at its own time, then move the clock there."""
        fired = 0
        while (deadline := self.detector.next_deadline(self.store)) is not None and deadline <= instant:
            self.clock.advance_to(deadline)
            with self.store.transaction():
                alerts = self.detector.tick(self.store, self.clock.now())
            for alert in alerts:
                emit(alert)
            fired += len(alerts)
            if self.detector.next_deadline(self.store) == deadline:
                break  # the engine kept a deadline it already fired; do not spin on it
        self.clock.advance_to(instant)
        return fired

    def run(
        self,
        items: Sequence[WireItem],
        emit: Emit,
        progress: Callable[[int, int], None] | None = None,
    ) -> ReplayStats:
        """Evaluate ``items`` in event-time order, passing every alert to ``emit``."""
        ordered = order_by_event_time(items)
        alerts = 0
        first = last = None
        total = len(ordered)
        for done, (when, item) in enumerate(ordered, start=1):
            if when is not None:
                if first is None:
                    self.clock.advance_to(when)
                    first = when
                alerts += self._advance(when, emit)
                last = self.clock.now()
            with self.store.transaction():
                produced = self.detector.evaluate(item, self.store, self.clock.now())
            for alert in produced:
                emit(alert)
            alerts += len(produced)
            if progress is not None:
                progress(done, total)
        if self.until is not None:
            alerts += self._advance(self.until, emit)
        return ReplayStats(items=total, rejected=0, alerts=alerts, first=first, last=last)

    def close(self) -> None:
        self.store.close()


class ProgressBar:
    """A one-line progress bar on a terminal stream (redrawn at most every 1%)."""

    def __init__(self, stream: TextIO, width: int = 30) -> None:
        self.stream = stream
        self.width = width
        self._shown = -1

    def __call__(self, done: int, total: int) -> None:
        percent = 100 if total == 0 else done * 100 // total
        if percent == self._shown and done != total:
            return
        self._shown = percent
        filled = self.width * percent // 100
        bar = "#" * filled + "-" * (self.width - filled)
        self.stream.write(f"\rreplay [{bar}] {percent:3d}% {done}/{total} items")
        if done >= total:
            self.stream.write("\n")
        self.stream.flush()

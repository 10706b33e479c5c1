"""Replay harness for the multi-item scenarios: the real shipped rule pack, event time, SQLite state.

``replay(steps)`` feeds wire items to one :class:`~rules.engine.Detector` in order. Each step is
``(minutes after T0, item)`` (``step(minutes, uri, headline, body)`` builds one whose item is created
then) or ``(minutes, None)`` for a pure clock advance (a quiet stream). Before
each step the harness fires every deadline due up to the step's time at the deadline's own instant,
as the embedded runtime's timer does; the result is one list of alerts per step.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from alerts.models import Alert
from ingest.models import WireItem
from rules.engine import Detector
from rules.loader import load_ruleset
from services.sqlite_store import SqliteStore
from wirewatch.clock import ManualClock

T0 = datetime(2026, 9, 15, 5, 0, tzinfo=UTC)
Step = tuple[float, WireItem | None]


def wire(
    uri: str, headline: str, body: str = "", *, minutes: float = 0, version: str = "1", **kw: Any
) -> WireItem:
    """A usable wire item created ``minutes`` after T0."""
    at = T0 + timedelta(minutes=minutes)
    return WireItem.model_validate(
        {
            "uri": uri,
            "version": version,
            "headline": headline,
            "body": body,
            "firstcreated": at,
            "versioncreated": at,
            **kw,
        }
    )


class Replayer:
    """One detector, one SQLite file, one event-time clock."""

    def __init__(self, path: Path) -> None:
        self.clock = ManualClock(T0)
        self.store = SqliteStore(path, clock=self.clock.now)
        self.detector = Detector(load_ruleset())

    def run(self, steps: Sequence[Step]) -> list[list[Alert]]:
        out: list[list[Alert]] = []
        for minutes, item in steps:
            now = T0 + timedelta(minutes=minutes)
            fired: list[Alert] = []
            while (due := self.detector.next_deadline(self.store)) is not None and due <= now:
                self.clock.advance_to(due)
                fired += self.detector.tick(self.store, due)
            self.clock.advance_to(now)
            if item is not None:
                with self.store.transaction():
                    fired += self.detector.evaluate(item, self.store, now)
            out.append(fired)
        return out


@pytest.fixture
def replay(tmp_path: Path) -> Callable[[Sequence[Step]], list[list[Alert]]]:
    return Replayer(tmp_path / "state.sqlite3").run


def wire_step(minutes: float, uri: str, headline: str, body: str = "", **kw: Any) -> Step:
    """A step that feeds a usable wire item at the time it was created, ``minutes`` after T0."""
    return (minutes, wire(uri, headline, body, minutes=minutes, **kw))


@pytest.fixture
def wire_item() -> Callable[..., WireItem]:
    return wire


@pytest.fixture
def step() -> Callable[..., Step]:
    return wire_step

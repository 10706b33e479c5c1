"""Time for the core, passed in so that replay runs on event time and the live worker on wall time."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Protocol


class Clock(Protocol):
    """Something that tells the current time as an aware UTC datetime."""

    def now(self) -> datetime: ...


class SystemClock:
    """Wall-clock time (UTC)."""

    def now(self) -> datetime:
        return datetime.now(UTC)


class ManualClock:
    """Event time: advanced explicitly, never backwards.

    ``advance_to`` ignores an earlier instant, so out-of-order items cannot move time back.
    """

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or datetime(1970, 1, 1, tzinfo=UTC)

    def now(self) -> datetime:
        return self._now

    def advance_to(self, instant: datetime) -> datetime:
        """Move time forward to ``instant`` (aware); return the resulting time."""
        if instant.tzinfo is None:
            raise ValueError("ManualClock needs aware datetimes")
        if instant > self._now:
            self._now = instant
        return self._now

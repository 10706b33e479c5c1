"""Silence stage and the silence store.

A :class:`Silence` mutes every alert whose labels match all its matchers while
``starts_at <= now < ends_at``. Silences are created, listed and expired through the HTTP API
(:mod:`services.http_alerts`) and the CLI (``wirewatch silences``); they persist in the state store
(namespace ``alerts.silences``), so a silence added by the CLI is seen by the running service at its
next flush. Expiring sets ``ends_at`` to now (the record stays for audit until pruned).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field, field_validator

from alerts.matchers import Matcher, matches_all, parse_matchers
from wirewatch.errors import ConfigError, WirewatchError
from wirewatch.state import StateStore

NAMESPACE = "alerts.silences"


@lru_cache(maxsize=4096)
def _compiled(matchers: tuple[str, ...]) -> tuple[Matcher, ...]:
    return parse_matchers(matchers)


class SilenceNotFound(WirewatchError):
    """No silence has that id."""


class Silence(BaseModel):
    """A stored silence; ``matchers`` are matcher strings (``category="toll_revision"``)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    matchers: tuple[str, ...] = Field(min_length=1)
    starts_at: datetime
    ends_at: datetime
    created_by: str = Field(min_length=1, max_length=200)
    comment: str = Field(default="", max_length=2000)
    created_at: datetime
    updated_at: datetime

    @field_validator("matchers")
    @classmethod
    def _valid(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        try:
            return tuple(str(m) for m in parse_matchers(v))
        except ConfigError as exc:
            raise ValueError(str(exc)) from exc

    def compiled(self) -> tuple[Matcher, ...]:
        return _compiled(self.matchers)

    def active(self, now: datetime) -> bool:
        return self.starts_at <= now < self.ends_at

    def state(self, now: datetime) -> str:
        """``pending``, ``active`` or ``expired``."""
        if now < self.starts_at:
            return "pending"
        return "active" if now < self.ends_at else "expired"


def silenced_by(labels: Mapping[str, str], silences: Iterable[Silence], now: datetime) -> Silence | None:
    """The first active silence matching ``labels``, or ``None``. Pure."""
    for silence in silences:
        if silence.active(now) and matches_all(silence.compiled(), labels):
            return silence
    return None


class SilenceStore:
    """CRUD for silences over a :class:`StateStore`."""

    def __init__(self, store: StateStore) -> None:
        self._store = store
        self._parsed: dict[str, Silence] = {}  # raw JSON -> model: the store is re-read every flush

    def add(
        self,
        matchers: Iterable[str],
        *,
        created_by: str,
        now: datetime,
        ends_at: datetime | None = None,
        duration: timedelta | None = None,
        starts_at: datetime | None = None,
        comment: str = "",
    ) -> Silence:
        """Create a silence; ConfigError on bad matchers or an end not after the start."""
        start = starts_at or now
        if ends_at is None:
            if duration is None:
                raise ConfigError("a silence needs ends_at or a duration")
            ends_at = start + duration
        if ends_at <= start:
            raise ConfigError("a silence must end after it starts")
        try:
            silence = Silence(
                id=str(uuid.uuid4()),
                matchers=tuple(matchers),
                starts_at=start,
                ends_at=ends_at,
                created_by=created_by,
                comment=comment,
                created_at=now,
                updated_at=now,
            )
        except ValueError as exc:
            raise ConfigError(f"invalid silence: {exc}") from exc
        self._store.put(NAMESPACE, silence.id, silence.model_dump_json())
        return silence

    def get(self, silence_id: str) -> Silence:
        raw = self._store.get(NAMESPACE, silence_id)
        if raw is None:
            raise SilenceNotFound(f"no silence {silence_id!r}")
        return Silence.model_validate_json(raw)

    def list(self, now: datetime | None = None, *, include_expired: bool = True) -> list[Silence]:
        """All silences (by start time); ``include_expired=False`` needs ``now``."""
        out = []
        for _, raw in self._store.scan(NAMESPACE):
            silence = self._parsed.get(raw)
            if silence is None:
                if len(self._parsed) > 10_000:
                    self._parsed.clear()
                silence = self._parsed[raw] = Silence.model_validate_json(raw)
            out.append(silence)
        if not include_expired and now is not None:
            out = [s for s in out if s.ends_at > now]
        return sorted(out, key=lambda s: (s.starts_at, s.id))

    def expire(self, silence_id: str, now: datetime) -> Silence:
        """End the silence at ``now`` (no-op for one already expired)."""
        silence = self.get(silence_id)
        if silence.ends_at <= now:
            return silence
        updated = silence.model_copy(update={"ends_at": max(now, silence.starts_at), "updated_at": now})
        self._store.put(NAMESPACE, silence.id, updated.model_dump_json())
        return updated

    def prune(self, now: datetime, keep: timedelta) -> int:
        """Delete silences that expired more than ``keep`` ago; return how many."""
        gone = [s.id for s in self.list() if s.ends_at + keep < now]
        for sid in gone:
            self._store.delete(NAMESPACE, sid)
        return len(gone)

"""Claim deadline timers in state: rows whose key order is time order, and a cached earliest one.

A pending deadline is the row ``ww.deadline/<UTC stamp>|<claim key>``; fixed-width stamps make string
order time order, so the due rows are a prefix scan that stops at the first future one. The
earliest stamp is cached in ``ww.meta/next_deadline``, so a tick on a busy stream is one read and a
runtime can set its timer from :func:`next_deadline`.
"""

from __future__ import annotations

from datetime import UTC, datetime

from wirewatch.state import StateStore

NS_DEADLINES = "ww.deadline"
NS_META = "ww.meta"
_STAMP = "%Y-%m-%dT%H:%M:%S.%fZ"


def _stamp(at: datetime) -> str:
    """A fixed-width UTC timestamp whose string order is time order."""
    return at.astimezone(UTC).strftime(_STAMP)


def deadline_key(at: datetime, claim_key: str) -> str:
    return f"{_stamp(at)}|{claim_key}"


def due(state: StateStore, now: datetime) -> list[str]:
    """Remove and return the claim keys whose deadline is at or before ``now``, earliest first."""
    first = state.get(NS_META, "next_deadline")
    if first is None or first > _stamp(now):
        return []
    rows: list[tuple[str, str]] = []
    for ikey, claim_key in state.scan(NS_DEADLINES):
        if ikey.split("|", 1)[0] > _stamp(now):
            break
        rows.append((ikey, claim_key))
    for ikey, _ in rows:
        state.delete(NS_DEADLINES, ikey)
    refresh(state)
    return [claim_key for _, claim_key in rows]


def next_deadline(state: StateStore) -> datetime | None:
    """The earliest pending deadline (``None``: nothing pending)."""
    first = state.get(NS_META, "next_deadline")
    return None if first is None else datetime.strptime(first, _STAMP).replace(tzinfo=UTC)


def refresh(state: StateStore) -> None:
    """Cache the earliest deadline in ``ww.meta`` (or clear the cache when none is pending)."""
    for ikey, _ in state.scan(NS_DEADLINES):
        state.put(NS_META, "next_deadline", ikey.split("|", 1)[0])
        return
    state.delete(NS_META, "next_deadline")


def cancel(state: StateStore, at: datetime, claim_key: str) -> None:
    """Drop the timer of ``claim_key`` at ``at`` (the cache is refreshed by the caller if needed)."""
    state.delete(NS_DEADLINES, deadline_key(at, claim_key))


def reschedule(state: StateStore, claim_key: str, old: datetime | None, new: datetime | None) -> None:
    """Move ``claim_key``'s timer from ``old`` to ``new`` (either may be None), keeping the cache true."""
    cached = state.get(NS_META, "next_deadline")
    if old is not None:
        state.delete(NS_DEADLINES, deadline_key(old, claim_key))
        if cached == _stamp(old):
            cached = None
    if new is not None:
        state.put(NS_DEADLINES, deadline_key(new, claim_key), claim_key)
        if cached is not None and _stamp(new) < cached:
            state.put(NS_META, "next_deadline", _stamp(new))
    if cached is None:
        refresh(state)

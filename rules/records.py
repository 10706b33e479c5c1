"""State records by reference: withdrawing an item's facts from them, and re-deriving their alerts.

A state record (a claim in ``ww.claim``, a toll series in ``ww.toll``, a text record in ``ww.text``)
is named by a reference ``"<namespace>\\x1f<key>"`` (:func:`ref`); an item's
:class:`~rules.corrections.ItemRecord` lists the references its facts went to. :func:`withdraw`
removes one item's facts from a record; :func:`rederive` folds each record's facts again and
compares the result with the alert registry (:func:`rules.registry.sync`), returning what to emit.
A record left without facts is deleted. Pure functions over a :class:`~wirewatch.state.StateStore`;
the only side channel is the optional :class:`~wirewatch.metrics.Metrics` (open claims, series).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from pydantic import BaseModel

from alerts.models import Alert
from rules import claims, deadlines, tolls
from rules.claims import NS_CLAIMS, Claim, ClaimStatus
from rules.corrections import remove_uri
from rules.registry import NS_TEXT, TextRecord, derive_text, sync
from rules.stored import dump_record, parse_record, replace
from rules.tolls import NS_SERIES, Series
from wirewatch.metrics import Metrics
from wirewatch.state import StateStore

_SEP = "\x1f"


def ref(ns: str, key: str) -> str:
    """The reference of record ``key`` in namespace ``ns``."""
    return f"{ns}{_SEP}{key}"


def save(state: StateStore, ns: str, key: str, record: BaseModel) -> None:
    """Write ``record`` (defaults left out, which keeps state small)."""
    state.put(ns, key, dump_record(record))


def withdraw(state: StateStore, reference: str, uri: str) -> None:
    """Remove the facts that came from ``uri`` from the referenced record (no re-derivation)."""
    ns, key = reference.split(_SEP, 1)
    raw = state.get(ns, key)
    if raw is None:
        return
    updated: BaseModel
    if ns == NS_CLAIMS:
        updated = claims.without_uri(parse_record(Claim, raw), uri)
    elif ns == NS_SERIES:
        updated = tolls.without_uri(parse_record(Series, raw), uri)
    elif ns == NS_TEXT:
        rec = parse_record(TextRecord, raw)
        updated = replace(rec, {"facts": remove_uri(rec.facts, uri)})
    else:
        return
    save(state, ns, key, updated)


def rederive(state: StateStore, refs: Iterable[str], now: datetime, metrics: Metrics | None) -> list[Alert]:
    """Derive every referenced record again at ``now``; return the alerts to emit, by reference order."""
    out: list[Alert] = []
    for reference in sorted(refs):
        ns, key = reference.split(_SEP, 1)
        raw = state.get(ns, key)
        if raw is None:
            continue
        if ns == NS_CLAIMS:
            out += _rederive_claim(state, parse_record(Claim, raw), now, metrics)
        elif ns == NS_SERIES:
            series, forgotten = tolls.trim(parse_record(Series, raw))
            before = {k: v for k, v in series.alerts.items() if k not in forgotten}
            emitted, digests = sync(state, series.event_key, before, tolls.derive(series), now, metrics)
            out += emitted
            _save_or_delete(state, ns, key, series, not series.entries, {"alerts": digests})
            if not series.entries and metrics is not None:
                metrics.toll_series.dec()
        elif ns == NS_TEXT:
            rec = parse_record(TextRecord, raw)
            emitted, digests = sync(state, rec.event_key, rec.alerts, derive_text(rec), now, metrics)
            out += emitted
            _save_or_delete(state, ns, key, rec, not rec.facts, {"alerts": digests})
    return out


def gauge_claim(metrics: Metrics | None, before: ClaimStatus, after: ClaimStatus) -> None:
    """Count a claim into or out of ``wirewatch_open_claims`` when it opens or settles."""
    if metrics is None or (before in claims.OPEN) == (after in claims.OPEN):
        return
    if after in claims.OPEN:
        metrics.open_claims.inc()
    else:
        metrics.open_claims.dec()


def _rederive_claim(state: StateStore, claim: Claim, now: datetime, metrics: Metrics | None) -> list[Alert]:
    d = claims.derive(claim, now)
    out, digests = sync(state, claim.event_key, claim.alerts, d.alerts, now, metrics)
    if claim.deadline != d.pending_deadline:
        deadlines.reschedule(state, claim.key, claim.deadline, d.pending_deadline)
    gauge_claim(metrics, claim.status, d.status if claim.facts else ClaimStatus.NONE)
    update = {"alerts": digests, "status": d.status, "deadline": d.pending_deadline}
    _save_or_delete(state, NS_CLAIMS, claim.key, claim, not claim.facts, update)
    return out


def _save_or_delete(
    state: StateStore, ns: str, key: str, record: BaseModel, empty: bool, update: dict[str, Any]
) -> None:
    """Delete a record left without facts; else save it with the last derivation's ``update``."""
    if empty:
        state.delete(ns, key)
    else:
        save(state, ns, key, replace(record, update))

"""The alert registry: what the engine last emitted per alert, and the text records behind them.

Every state record (a claim, a toll series, a text record) keeps, per alert it derived, a digest of
that alert's content. After a record changes, :func:`sync` compares the freshly derived alerts with
those digests: an unchanged alert costs a hash; a new or changed one is written to the registry
(``ww.alert/<event key>|<alert id>``, keeping ``starts_at`` of a firing alert) and emitted; one no
longer derived is removed and, if it was firing, emitted as resolved with reason ``retracted``.
Pure functions over a :class:`~wirewatch.state.StateStore`; no clock but the ``now`` passed in.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from alerts.models import Alert, AlertStatus, Value
from rules.corrections import Basis
from rules.stored import replace
from wirewatch.metrics import Metrics
from wirewatch.state import StateStore

NS_TEXT = "ww.text"
NS_ALERTS = "ww.alert"


class TextRecord(BaseModel):
    """The items supporting one text alert (an ``event`` detection's alert)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    key: str
    event_key: str
    facts: tuple[Basis, ...] = ()
    alerts: Mapping[str, str] = Field(default_factory=dict)


def sync(
    state: StateStore,
    event_key: str,
    before: Mapping[str, str],
    derived: dict[str, Alert],
    now: datetime,
    metrics: Metrics | None = None,
) -> tuple[list[Alert], dict[str, str]]:
    """Emit what changed since the last derivation; retract what is no longer derived.

    ``before`` maps the alert ids the record derived last time to a digest of their content, so
    an unchanged alert costs a hash, not a registry read. Returns the emitted alerts and the
    new digests. The registry (``ww.alert``) keeps the last emitted copy, for ``starts_at`` of
    updates and for the retraction notice.
    """
    out: list[Alert] = []
    digests: dict[str, str] = {}
    for alert_id, alert in derived.items():
        if alert.event_key != event_key or "event_key" not in alert.model_fields_set:
            alert = replace(alert, {"event_key": event_key})
        digest = alert_digest(alert)
        digests[alert_id] = digest
        if before.get(alert_id) == digest:
            continue
        rkey = f"{event_key}|{alert_id}"
        raw = state.get(NS_ALERTS, rkey)
        if raw is not None:
            prev = Alert.model_validate_json(raw)
            if prev.status is AlertStatus.FIRING and alert.status is AlertStatus.FIRING:
                alert = replace(alert, {"starts_at": prev.starts_at})
            if _same(prev, alert):
                continue
        alert = replace(alert, {"updated_at": now})
        # model_dump_json(exclude_defaults=True) without its wrapper (see rules.stored.dump_record).
        raw = alert.__pydantic_serializer__.to_json(alert, exclude_defaults=True).decode()
        state.put(NS_ALERTS, rkey, raw)
        out.append(alert)
    for alert_id in before:
        if alert_id in derived:
            continue
        rkey = f"{event_key}|{alert_id}"
        raw = state.get(NS_ALERTS, rkey)
        state.delete(NS_ALERTS, rkey)
        if raw is not None:
            prev = Alert.model_validate_json(raw)
            if prev.status is AlertStatus.FIRING:
                out.append(prev.resolved(now, "retracted"))
    if metrics is not None:
        for a in out:
            metrics.alert_children(a.category, a.rule, a.status.value).inc()
    return out, digests


def derive_text(rec: TextRecord) -> dict[str, Alert]:
    if not rec.facts:
        return {}
    ordered = sorted(rec.facts, key=lambda b: b.order)
    first = ordered[0]
    alert = first.text_alert(
        values=_with_old(first.values, ordered),
        item_ids=tuple(dict.fromkeys(b.uri for b in ordered)),
        event_key=rec.event_key,
    )
    return {alert.id: alert}


def _with_old(values: Mapping[str, Value], supporters: list[Basis]) -> Mapping[str, Value]:
    """The first supporter's values, with the earliest ``old`` figure a later one gives when the first
    gives none: "officials put the number of dead at 190" and then "cut the official number ... to 190
    from 202" are one toll alert (one party, one new figure), which then says what it was cut from."""
    if values.get("old") is not None or "new" not in values:
        return values
    for later in supporters[1:]:
        old = later.values.get("old")
        if old is not None:
            given: dict[str, Value] = {"old": old}
            if "old_from" in later.values:
                given["old_from"] = later.values["old_from"]
            return {**values, **given}
    return values


_NOT_DIGESTED: set[str] = {"updated_at"}  # never changed


def alert_digest(alert: Alert) -> str:
    """A short hash of everything an alert says except when it was last updated."""
    # model_dump_json(exclude={"updated_at"}) without its wrapper (see rules.stored.dump_record).
    body: bytes = alert.__pydantic_serializer__.to_json(alert, exclude=_NOT_DIGESTED)
    return hashlib.blake2b(body, digest_size=8).hexdigest()


def _same(a: Alert, b: Alert) -> bool:
    return a.model_dump(exclude={"updated_at"}) == b.model_dump(exclude={"updated_at"})

"""Group stage: aggregation groups with Alertmanager's timing, as pure functions over a frozen state.

Per (route, group labels) there is one :class:`Group`. Its life:

- created by the first alert; first flush at ``created_at + group_wait``;
- every later flush at ``last_flush + group_interval``, and only if something changed (an alert
  added, updated, or resolved since it was last notified);
- with nothing changed, the firing alerts are sent again ``repeat_interval`` after the last
  notification;
- resolved alerts are sent once (receivers decide with ``send_resolved``) and leave the group; a
  resolved alert whose firing was never notified leaves silently; an empty group is deleted.

At a flush the caller says which alerts are muted (silenced or inhibited) and whether the route is
muted by a time window; muted changes stay pending and are re-checked every
``max(group_interval, MUTED_RECHECK)`` so a short-lived silence does not drop them for good.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from alerts.dedup import content_digest
from alerts.isotime import isoformat
from alerts.models import Alert, AlertStatus, alert_data
from alerts.routing import Route

MUTED_RECHECK = 60.0


def group_labels(route: Route, labels: Mapping[str, str], alert_id: str) -> dict[str, str]:
    """The labels the group is keyed on (``{"fingerprint": id}`` for ``group_by: ['...']``)."""
    if route.groups_by_all:
        return {"fingerprint": alert_id}
    return {k: labels.get(k, "") for k in route.group_by}


def group_key(route: Route, glabels: Mapping[str, str]) -> str:
    """Stable key: route id, receiver and a hash of the group labels."""
    raw = json.dumps(dict(sorted(glabels.items())), ensure_ascii=False)
    return f"{route.id}:{route.receiver}:{hashlib.sha256(raw.encode()).hexdigest()[:16]}"


@dataclass(frozen=True)
class Group:
    key: str
    route_id: str
    receiver: str
    labels: Mapping[str, str]
    created_at: datetime
    alerts: Mapping[str, Alert] = field(default_factory=dict)
    notified: Mapping[str, str] = field(default_factory=dict)
    last_flush: datetime | None = None
    last_notify: datetime | None = None
    held: bool = False
    sequence: int = 0

    def pending(self) -> bool:
        """Whether some alert differs from what was last notified (resolved-never-notified excluded)."""
        for aid, alert in self.alerts.items():
            if alert.status is AlertStatus.RESOLVED and aid not in self.notified:
                continue
            if self.notified.get(aid) != content_digest(alert):
                return True
        return False

    def to_json(self) -> str:
        data: dict[str, Any] = {
            "key": self.key,
            "route_id": self.route_id,
            "receiver": self.receiver,
            "labels": dict(self.labels),
            "created_at": isoformat(self.created_at),
            "alerts": {k: alert_data(a) for k, a in self.alerts.items()},
            "notified": dict(self.notified),
            "last_flush": isoformat(self.last_flush) if self.last_flush else None,
            "last_notify": isoformat(self.last_notify) if self.last_notify else None,
            "held": self.held,
            "sequence": self.sequence,
        }
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Group:
        d = json.loads(text)

        def ts(v: str | None) -> datetime | None:
            return datetime.fromisoformat(v) if v else None

        return cls(
            key=d["key"],
            route_id=d["route_id"],
            receiver=d["receiver"],
            labels=d["labels"],
            created_at=datetime.fromisoformat(d["created_at"]),
            alerts={k: Alert.model_validate(a) for k, a in d["alerts"].items()},
            notified=d["notified"],
            last_flush=ts(d["last_flush"]),
            last_notify=ts(d["last_notify"]),
            held=bool(d.get("held", False)),
            sequence=int(d.get("sequence", 0)),
        )


def add_alert(
    group: Group | None,
    route: Route,
    glabels: Mapping[str, str],
    alert: Alert,
    now: datetime,
    key: str | None = None,
) -> Group:
    """``group`` (or a new one) with ``alert`` as the latest version of its fingerprint.

    ``key``, when the caller has it, is ``group_key(route, glabels)`` (not computed again).
    """
    if group is None:
        group = Group(
            key=key if key is not None else group_key(route, glabels),
            route_id=route.id,
            receiver=route.receiver,
            labels=dict(glabels),
            created_at=now,
        )
    alerts = dict(group.alerts)
    alerts[alert.id] = alert
    return _replace(group, alerts=alerts)


def _replace(group: Group, **changes: Any) -> Group:
    """``dataclasses.replace(group, **changes)``, without its per-field walk.

    :class:`Group` has no ``__post_init__``, init-only or non-init fields, so ``replace`` (which walks
    every field and calls ``__init__``, which sets each one) comes down to copying the fields and
    applying ``changes``, done here on the instance dict (a submit updates its group twice, and the
    field walk cost several times the copy). The caller passes field names and values of the
    fields' types, as to ``replace``.
    """
    new = object.__new__(Group)
    fields = new.__dict__
    fields.update(group.__dict__)
    fields.update(changes)
    return new


def due_at(group: Group, route: Route) -> datetime | None:
    """When the group next needs a flush, or ``None`` when it is idle."""
    if group.last_flush is None:
        return group.created_at + timedelta(seconds=route.group_wait)
    if group.pending():
        wait = max(route.group_interval, MUTED_RECHECK) if group.held else route.group_interval
        return group.last_flush + timedelta(seconds=wait)
    if group.last_notify is not None and any(a.status is AlertStatus.FIRING for a in group.alerts.values()):
        return group.last_notify + timedelta(seconds=route.repeat_interval)
    return None


@dataclass(frozen=True)
class FlushResult:
    """What a flush decided: the group afterwards (``None`` = delete), alerts to send, alerts muted."""

    group: Group | None
    send: tuple[Alert, ...]
    muted: tuple[tuple[Alert, str], ...] = ()
    held_by: str | None = None


def flush(
    group: Group,
    route: Route,
    now: datetime,
    mute_reason: Callable[[Alert], str | None],
) -> FlushResult:
    """Decide what the group sends at ``now``. ``mute_reason(alert)`` says why an alert is muted."""
    held_by = route.muted_at(now)
    alerts = dict(group.alerts)
    notified = dict(group.notified)
    # A resolution nobody heard the firing of is not news.
    for aid, alert in list(alerts.items()):
        if alert.status is AlertStatus.RESOLVED and aid not in notified:
            del alerts[aid]
    muted: list[tuple[Alert, str]] = []
    visible: list[Alert] = []
    for alert in alerts.values():
        reason = mute_reason(alert) if alert.status is AlertStatus.FIRING else None
        if reason:
            muted.append((alert, reason))
        else:
            visible.append(alert)
    changed = any(notified.get(a.id) != content_digest(a) for a in visible)
    repeat = (
        group.last_notify is not None
        and now >= group.last_notify + timedelta(seconds=route.repeat_interval)
        and any(a.status is AlertStatus.FIRING for a in visible)
    )
    send: tuple[Alert, ...] = ()
    last_notify = group.last_notify
    sequence = group.sequence
    if held_by is None and (changed or repeat) and visible:
        send = tuple(sorted(visible, key=lambda a: (a.status is AlertStatus.RESOLVED, a.starts_at, a.id)))
        last_notify = now
        sequence += 1
        for alert in visible:
            if alert.status is AlertStatus.RESOLVED:
                alerts.pop(alert.id, None)
                notified.pop(alert.id, None)
            else:
                notified[alert.id] = content_digest(alert)
    # A muted alert that was notified before and is now silenced stays as it is; a silenced alert
    # that resolves meanwhile will be sent resolved (its firing was heard).
    after = _replace(
        group,
        alerts=alerts,
        notified=notified,
        last_flush=now,
        last_notify=last_notify,
        held=bool(muted) or held_by is not None,
        sequence=sequence,
    )
    if not alerts:
        return FlushResult(None, send, tuple(muted), held_by)
    return FlushResult(after, send, tuple(muted), held_by)

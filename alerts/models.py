"""The ``Alert``: what a detection becomes, and what every notifier renders."""

from __future__ import annotations

import hashlib
import json
from collections import OrderedDict
from collections.abc import Mapping
from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

Value = str | int | float | bool | None


class AlertStatus(StrEnum):
    FIRING = "firing"
    RESOLVED = "resolved"


class Severity(StrEnum):
    INFO = "info"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class Evidence(BaseModel):
    """The sentence an alert rests on.

    ``start``/``end`` are character offsets of ``text`` inside ``WireItem.text`` of item ``item_id``
    (so ``item.text[start:end] == text``).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    item_id: str
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


def fingerprint(rule: str, dedup_key: str) -> str:
    """Stable alert id: the same rule and dedup key always give the same 16-hex-digit id."""
    return hashlib.sha256(f"{rule}\x00{dedup_key}".encode()).hexdigest()[:16]


class Alert(BaseModel):
    """One alert at one point of its life.

    ``id`` is the fingerprint (stable across updates of the same alert). ``item_ids`` are the uris
    of the items whose text is the evidence of this alert; ``related_item_ids`` are earlier items
    it builds on (the previous toll, the original claim). ``values`` holds what the rule extracted
    (``old``, ``new``, ``party``, ``claimant``, ``silent_party``, ...). ``trigger`` says what fired it:
    ``text`` (one item's wording), ``series`` (a change across items) or ``deadline`` (a timer).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    rule: str
    category: str
    severity: Severity = Severity.MEDIUM
    status: AlertStatus = AlertStatus.FIRING
    trigger: str = "text"
    summary: str
    labels: Mapping[str, str] = Field(default_factory=dict)
    evidence: tuple[Evidence, ...] = ()
    values: Mapping[str, Value] = Field(default_factory=dict)
    item_ids: tuple[str, ...] = ()
    related_item_ids: tuple[str, ...] = ()
    event_key: str | None = None
    starts_at: datetime
    ends_at: datetime | None = None
    updated_at: datetime

    def resolved(self, at: datetime, reason: str | None = None) -> Alert:
        """A copy with status resolved at ``at``; ``reason`` is kept in ``values['resolved_reason']``."""
        values = dict(self.values)
        if reason:
            values["resolved_reason"] = reason
        return self.model_copy(
            update={"status": AlertStatus.RESOLVED, "ends_at": at, "updated_at": at, "values": values}
        )


# JSON data of recently serialised alerts, by identity (alerts are immutable). One alert is
# serialised for its group record, its notification's outbox entry and the webhook payload; the
# delivery runs after up to a queue's length of other alerts, hence the size.
_DATA: OrderedDict[int, tuple[Alert, dict[str, Any]]] = OrderedDict()
_DATA_SIZE = 4096


def alert_data(alert: Alert) -> dict[str, Any]:
    """``json.loads(alert.model_dump_json())``, computed once per alert object while it is recent.

    The result is shared with later callers: treat it (and everything in it) as read-only, and
    serialise or copy it before changing anything.
    """
    hit = _DATA.get(id(alert))
    if hit is not None and hit[0] is alert:
        return hit[1]
    data: dict[str, Any] = json.loads(alert.model_dump_json())
    _DATA[id(alert)] = (alert, data)
    if len(_DATA) > _DATA_SIZE:
        _DATA.popitem(last=False)
    return data

"""Dedup stage: drop alerts that say nothing new.

The detector may emit the same alert again (a second item repeating the same truce, a replay). An
alert is *new information* when its fingerprint is unseen or its :func:`content_digest` differs from
the last one recorded: status, severity, summary, extracted values, items and evidence. ``updated_at``
alone does not count. Pure: the caller owns the ``seen`` map (fingerprint -> digest).
"""

from __future__ import annotations

import hashlib
import json
from collections import OrderedDict
from collections.abc import Iterable, Mapping

from alerts.models import Alert

# Digests of recently seen alert objects, by identity (alerts are immutable): the pipeline asks
# for the same alert's digest several times per flush.
_CACHE: OrderedDict[int, tuple[Alert, str]] = OrderedDict()
_CACHE_SIZE = 20_000


def content_digest(alert: Alert) -> str:
    """A short hash of what a reader would notice changing."""
    hit = _CACHE.get(id(alert))
    if hit is not None and hit[0] is alert:
        return hit[1]
    digest = _digest(alert)
    _CACHE[id(alert)] = (alert, digest)
    if len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)
    return digest


def _digest(alert: Alert) -> str:
    payload = {
        "status": alert.status.value,
        "severity": alert.severity.value,
        "summary": alert.summary,
        "values": {k: alert.values[k] for k in sorted(alert.values)},
        "items": list(alert.item_ids),
        "evidence": [e.text for e in alert.evidence],
        "labels": {k: alert.labels[k] for k in sorted(alert.labels)},
    }
    raw = json.dumps(payload, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(raw.encode()).hexdigest()[:20]


def dedup(alerts: Iterable[Alert], seen: Mapping[str, str]) -> tuple[list[Alert], int]:
    """``(fresh, dropped)``: the alerts carrying news (last version per fingerprint wins, input order
    kept) and how many were dropped as duplicates."""
    latest: dict[str, Alert] = {}
    total = 0
    for alert in alerts:
        total += 1
        latest.pop(alert.id, None)
        latest[alert.id] = alert
    fresh = [a for a in latest.values() if seen.get(a.id) != content_digest(a)]
    return fresh, total - len(fresh)

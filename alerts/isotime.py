"""``datetime.isoformat()`` of recently formatted datetimes, remembered by identity.

One submit of the alert pipeline formats its ``now`` six times (the seen record, the notification id,
the notification's outbox entry, the group record's three times), and the webhook payload formats
the notification's time again when it is delivered. ``isoformat`` of an aware datetime goes through
``printf``, one of the larger single costs of a submit under callgrind; a hit here is a dict lookup.
Datetimes are immutable, so one object's text never changes; an entry holds its object, so its
``id`` cannot be reused by another object while the entry lives.
"""

from __future__ import annotations

from datetime import datetime

_RECENT: dict[int, tuple[datetime, str]] = {}
_RECENT_SIZE = 256  # a backlog's deliveries run behind its submits; a few hundred times suffice


def isoformat(at: datetime) -> str:
    """``at.isoformat()`` (the same text), formatted once per object while it is recent."""
    hit = _RECENT.get(id(at))
    if hit is not None and hit[0] is at:
        return hit[1]
    text = at.isoformat()
    if len(_RECENT) >= _RECENT_SIZE:
        _RECENT.clear()
    _RECENT[id(at)] = (at, text)
    return text

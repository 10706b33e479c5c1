"""``datetime.isoformat()`` of recently formatted datetimes, remembered by identity.

One submit of the alert pipeline formats its ``now`` six times (the seen record, the notification id,
the notification's outbox entry, the group record's three times), and the webhook payload formats
the notification's time again when it is delivered. ``isoformat`` of an aware datetime goes through
``printf``, one of the larger single costs of a submit under callgrind; a hit here is a dict lookup
(:class:`alerts.recent.Recent`: datetimes are immutable, so one object's text never changes).
"""

from __future__ import annotations

from datetime import datetime

from alerts.recent import Recent

# a backlog's deliveries run behind its submits; a few hundred times suffice
_MEMO: Recent[datetime, str] = Recent(datetime.isoformat, size=256)


def isoformat(at: datetime) -> str:
    """``at.isoformat()`` (the same text), formatted once per object while it is recent."""
    return _MEMO(at)

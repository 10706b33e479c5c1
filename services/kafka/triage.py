"""Which decoded items the route stage must forward to the detector (pure; no I/O, no state).

:meth:`rules.engine.Detector.evaluate` changes nothing for an item that produced no detection and
whose ``uri`` has no item record (``if not detections and record is None: return out``): such an
item leaves no state and emits no alert. Most wire traffic is like that, and sending it through the
``wirewatch.events`` repartition topic costs a produce, a consume and a decode per item for nothing.

The route stage cannot read the item record (it lives in the detector's table partition), so it
skips only what the item *itself* proves cannot have a record that matters:

- it produced no detection (the same matcher the detector runs; matching is pure);
- it is not a retraction (:func:`rules.corrections.is_retraction`): a kill arriving before the
  item is remembered, and a kill of an item that alerted resolves its alerts;
- it says it is the *first* version: ``version`` is an integer <= 1 (ninjs practice and the
  decoders' default), and when it carries both ``firstcreated`` and ``versioncreated`` they are
  equal. An update (version 2+, a non-integer version we cannot order, or a ``versioncreated``
  later than ``firstcreated``) is forwarded even without detections: under
  :func:`rules.corrections.supersedes` it may withdraw the facts, and so the alerts, of the version
  before it.

Why a first version with no detection is safe even when a record exists: a record holding the same
delivery token makes the engine return at once; one written by a later version (``2`` or more) makes
``supersedes`` false, so the engine only notes the token; one written by a kill of version ``1``
holds no facts (a kill leaves ``records`` empty), so the engine withdraws and re-derives nothing.
The one case the item alone cannot rule out is a producer that sent the same uri first with a
non-integer version and later with ``1``; the engine's ordering of those two is itself arbitrary
(by ``versioncreated`` when both have one, else arrival).

The only other work :meth:`~rules.engine.Detector.evaluate` does for a skipped item is to fire the
claim deadlines due at wall time ``now``; the worker's deadline timer does that for every owned
partition every ``WIREWATCH_KAFKA_TICK_INTERVAL`` seconds anyway.
"""

from __future__ import annotations

from collections.abc import Sequence

from ingest.models import WireItem
from rules.corrections import is_retraction


def is_first_version(item: WireItem) -> bool:
    """Whether ``item`` itself says it is the first version of its uri (see the module docstring)."""
    version = item.version.strip()
    if not (version.isascii() and version.isdigit()) or int(version) > 1:
        return False
    if item.firstcreated is not None and item.versioncreated is not None:
        return item.versioncreated <= item.firstcreated
    return True


def needs_detector(item: WireItem, detections: Sequence[object]) -> bool:
    """False only for an item that cannot change detector state or alerts: see the module docstring."""
    return bool(detections) or is_retraction(item) or not is_first_version(item)

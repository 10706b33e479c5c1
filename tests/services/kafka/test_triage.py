"""The route stage's skip decision (services.kafka.triage), alone and against the real Detector."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from ingest.models import PubStatus, WireItem
from rules.engine import Detector
from rules.loader import load_ruleset
from services.kafka.triage import is_first_version, needs_detector
from wirewatch.state import MemoryStore

RULES_DIR = Path(__file__).parent / "rules"
T0 = datetime(2026, 3, 3, 10, 0, tzinfo=UTC)
MARKER = "Officials said a zanzibar marker was seen."
QUIET = "Officials said nothing of note."
CLAIM = "XX officials said the quokka accord was agreed, but party-az has yet to respond."


def _item(uri: str, text: str = QUIET, version: str = "1", **fields: Any) -> WireItem:
    return WireItem(uri=uri, version=version, headline=f"Item {uri}", body=text, **fields)


@pytest.mark.parametrize(
    ("fields", "first"),
    [
        ({}, True),  # the decoders' default version
        ({"version": "0"}, True),
        ({"version": " 1 "}, True),
        ({"version": "2"}, False),
        ({"version": "17"}, False),
        ({"version": "v1"}, False),  # cannot be ordered from the item alone: forwarded
        ({"version": "١"}, False),  # a non-ASCII digit is not a version number we order
        ({"firstcreated": T0, "versioncreated": T0}, True),
        ({"firstcreated": T0, "versioncreated": T0 + timedelta(minutes=5)}, False),
        ({"versioncreated": T0 + timedelta(minutes=5)}, True),  # nothing to compare with
    ],
)
def test_first_version_is_told_by_version_and_timestamps(fields: dict[str, Any], first: bool) -> None:
    """Only an integer version <= 1 whose versioncreated is not later than its firstcreated is a first."""
    assert is_first_version(_item("urn:t:1", **fields)) is first


def test_only_a_quiet_usable_first_version_may_skip_the_detector() -> None:
    """No detection + first version + usable: skipped; a detection, a kill, a withhold or an update: not."""
    detection = object()
    assert needs_detector(_item("u"), []) is False
    assert needs_detector(_item("u"), [detection]) is True
    assert needs_detector(_item("u", pubstatus=PubStatus.CANCELED), []) is True
    assert needs_detector(_item("u", pubstatus=PubStatus.WITHHELD), []) is True
    assert needs_detector(_item("u", version="2"), []) is True


def _stream() -> list[tuple[WireItem, datetime]]:
    """Wire traffic with every correction case, one item a minute (claim deadline: 12 s)."""
    raw = [
        _item("urn:a", MARKER),  # alerts
        _item("urn:q1"),  # quiet first version: skippable
        _item("urn:a", QUIET, version="2"),  # correction without the marker: must retract the alert
        _item("urn:k", pubstatus=PubStatus.CANCELED),  # kill before the item
        _item("urn:k", MARKER),  # the late original of a killed item
        _item("urn:b", MARKER, version="3"),
        _item("urn:b", QUIET, version="2"),  # an older version arriving late
        _item("urn:c", firstcreated=T0, versioncreated=T0 + timedelta(minutes=1)),  # an updated entry
        _item("urn:d", MARKER),
        _item("urn:d", MARKER),  # redelivery
        _item("urn:e", MARKER),
        _item("urn:e", "Withdrawn.", pubstatus=PubStatus.CANCELED),  # kill of an item that alerted
        _item("urn:f"),  # quiet first version ...
        _item("urn:f", MARKER, version="2"),  # ... then a correction that alerts
        _item("urn:g", CLAIM),  # an open claim: its deadline fires while only quiet items pass
        _item("urn:q2"),
        _item("urn:q3"),
        _item("urn:h", MARKER),
        _item("urn:h", QUIET),  # same version, text changed, no marker: the engine ignores it
        _item("urn:q4", QUIET, version="1", pubstatus=PubStatus.WITHHELD),
        _item("urn:a", MARKER, version="3"),  # the marker comes back
        _item("urn:a", QUIET, version="2"),  # stale correction after it
    ]
    return [(item, T0 + timedelta(minutes=i)) for i, item in enumerate(raw)]


def _run(skip: bool) -> tuple[list[dict[str, Any]], int]:
    ruleset = load_ruleset([RULES_DIR], shipped=True)
    detector = Detector(ruleset)
    store = MemoryStore()
    out: list[dict[str, Any]] = []
    skipped = 0
    for item, now in _stream():
        if skip and not needs_detector(item, list(ruleset.detect(item))):
            skipped += 1
            alerts = detector.tick(store, now)  # what the worker's deadline timer does meanwhile
        else:
            alerts = detector.evaluate(item, store, now)
        out += [a.model_dump(mode="json") for a in alerts]
    out += [a.model_dump(mode="json") for a in detector.tick(store, T0 + timedelta(days=1))]
    return out, skipped


def test_skipping_changes_no_alert_of_the_detector() -> None:
    """Through the real rules and Detector, a stream with the skippable items skipped gives exactly the
    alerts (ids, statuses, contents, order) of the full stream, corrections and kills included."""
    full, none_skipped = _run(skip=False)
    fast, skipped = _run(skip=True)
    assert none_skipped == 0
    assert skipped == 5  # urn:q1, urn:f v1, urn:q2, urn:q3 and the quiet urn:h v1; nothing else
    assert fast == full
    statuses = {(a["item_ids"][0], a["status"]) for a in full if a["item_ids"]}
    # the cases the test is about did happen: the correction retracted urn:a's alert, the kill
    # retracted urn:e's, urn:f's correction alerted, and the claim's deadline fired
    assert ("urn:a", "resolved") in statuses
    assert ("urn:e", "resolved") in statuses
    assert ("urn:f", "firing") in statuses
    assert any(a["rule"] == "kafkatest.claim" for a in full)

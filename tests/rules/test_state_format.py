"""The engine's stored format, pinned: the JSON it writes for a representative item sequence.

Existing SQLite and Kafka state must keep loading and a change of the engine's internals must not
change what it stores, so every write (in order), the final store and every emitted alert of one
sequence are pinned by digest, and a few records are pinned literally. The sequence uses scripted
detections (no rule pack), so only the stateful core can move these bytes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from typing import Any

import pytest

from ingest.models import PubStatus
from rules import stored
from rules.detections import DetectionKind
from rules.engine import Detector
from wirewatch.state import MemoryStore

from .conftest import ScriptedRuleSet, claim_detection, confirmation_detection

Det = Callable[..., Any]


class LoggingStore(MemoryStore):
    """A MemoryStore that records every write, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.log: list[str] = []

    def put(self, namespace: str, key: str, value: str) -> None:
        self.log.append(f"put {namespace} {key} {value}")
        super().put(namespace, key, value)

    def delete(self, namespace: str, key: str) -> None:
        self.log.append(f"del {namespace} {key}")
        super().delete(namespace, key)

    def dump(self) -> Iterator[str]:
        for ns in sorted(self._data):
            for key, value in self.scan(ns):
                yield f"{ns} {key} {value}"


def _script(ruleset: ScriptedRuleSet, mkdet: Det) -> None:
    """A claim with a text alert, a toll series revised and corrected, a stated gap, a confirmation."""
    ruleset.on(
        "urn:claim",
        "1",
        claim_detection(),
        mkdet(DetectionKind.EVENT, uri="urn:claim", dedup_key="AM+AZ", actors=("AM", "AZ"), party="AM"),
    )
    for uri, version, new in (("urn:toll1", "1", 50), ("urn:toll2", "1", 71), ("urn:toll2", "2", 80)):
        ruleset.on(
            uri,
            version,
            mkdet(
                DetectionKind.TOLL_FIGURE,
                rule="toll.figure",
                category="toll_revision",
                uri=uri,
                text=f"{new} soldiers were killed.",
                actors=("AZ",),
                party="AZ",
                source="AZ.mod",
                new=new,
                bound="at_least" if new == 50 else None,
            ),
        )
    ruleset.on(
        "urn:gap",
        "1",
        mkdet(
            DetectionKind.EVENT,
            rule="gap.stated",
            category="confirmation_gap",
            uri="urn:gap",
            dedup_key="AZ:gap",
            text="Baku has yet to confirm.",
            actors=("AZ", "AM"),
            silent_party="AZ",
            claimant="AM",
            subject="ceasefire",
        ),
    )
    ruleset.on("urn:confirm", "1", confirmation_detection())


def _replay(mkdet: Det, mkitem: Det, t0: datetime, *, forget_between: bool) -> tuple[str, LoggingStore]:
    """Run the sequence; return the emitted alerts (JSON lines) and the store.

    ``forget_between`` empties the parsed-record memo before every call, as a fresh process reading
    the same store would be.
    """
    ruleset = ScriptedRuleSet()
    _script(ruleset, mkdet)
    detector, store = Detector(ruleset), LoggingStore()
    steps: list[tuple[float, Any]] = [
        (0, mkitem("urn:claim", versioncreated=t0)),
        (10, mkitem("urn:toll1", versioncreated=t0 + timedelta(minutes=10))),
        (20, mkitem("urn:toll2", versioncreated=t0 + timedelta(minutes=20))),
        (25, mkitem("urn:claim", versioncreated=t0)),  # a re-delivery
        (30, mkitem("urn:toll2", version="2", versioncreated=t0 + timedelta(minutes=30))),
        (35, mkitem("urn:toll2", versioncreated=t0 + timedelta(minutes=20))),  # stale version
        (70, None),  # the claim's deadline (1 h) passes on a quiet stream
        (90, mkitem("urn:gap", versioncreated=t0 + timedelta(minutes=90))),
        (180, mkitem("urn:confirm", versioncreated=t0 + timedelta(minutes=180))),
        (240, mkitem("urn:toll1", version="3", pubstatus=PubStatus.CANCELED)),
    ]
    lines: list[str] = []
    for minutes, item in steps:
        if forget_between:
            stored._PARSED.clear()
        now = t0 + timedelta(minutes=minutes)
        fired = detector.tick(store, now) if item is None else detector.evaluate(item, store, now)
        lines += (a.model_dump_json() for a in fired)
    return "\n".join(lines), store


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


# Produced by the engine of commit 3341a71 (before the evaluate speed work); they must never move.
ALERTS_SHA = "56b961d63e1a7bc8"
WRITES_SHA = "dfde59d224cf2c63"
FINAL_SHA = "80ca667451df0fab"
EVENT_RECORD = (
    '{"key":"AM+AZ@20260915","roots":["AM","AZ"],"categories":["ceasefire","confirmation_gap","toll_r'
    'evision"],"first_seen":"2026-09-15T06:00:00Z","last_seen":"2026-09-15T09:00:00Z"}'
)
ITEM_RECORD = (
    '{"uri":"urn:toll2","seen":["1","2"],"version":"2","versioncreated":"2026-09-15T06:30:00Z","event'
    '_key":"AM+AZ@20260915","records":["ww.toll\\u001fAM+AZ@20260915|toll|AZ|all|AZ"],"first_at":"202'
    '6-09-15T06:20:00Z","seen_at":"2026-09-15T06:30:00Z"}'
)


def test_stored_bytes_and_alerts_are_pinned(mkdet: Det, mkitem: Det, t0: datetime) -> None:
    """Every write, the final store and the alerts of the sequence match the pinned bytes."""
    alerts, store = _replay(mkdet, mkitem, t0, forget_between=False)
    assert alerts.count("\n") + 1 == 8
    assert store.get("ww.event", "AM+AZ@20260915") == EVENT_RECORD
    assert store.get("ww.item", "urn:toll2") == ITEM_RECORD
    assert _sha(alerts) == ALERTS_SHA
    assert _sha("\n".join(store.log)) == WRITES_SHA
    assert _sha("\n".join(store.dump())) == FINAL_SHA


def test_reading_state_back_does_not_depend_on_the_parsed_memo(mkdet: Det, mkitem: Det, t0: datetime) -> None:
    """With the parsed-record memo emptied before every item (a fresh process), nothing changes."""
    alerts, store = _replay(mkdet, mkitem, t0, forget_between=False)
    cold_alerts, cold_store = _replay(mkdet, mkitem, t0, forget_between=True)
    assert cold_alerts == alerts
    assert cold_store.log == store.log


@pytest.fixture(autouse=True)
def _cold_memo() -> None:
    """Each test starts from an empty memo, so its result does not depend on test order."""
    stored._PARSED.clear()

"""Tests for wire corrections (rules.corrections via the Detector): versions, kills, duplicates."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from alerts.models import Alert, AlertStatus, Severity, fingerprint
from rules.corrections import Basis, delivery_token, supersedes
from rules.detections import DetectionKind as K
from rules.engine import Detector
from wirewatch.state import MemoryStore

F = Callable[..., Any]
H = timedelta(hours=1)


def _fig(mkdet: F, uri: str, value: int) -> Any:
    return mkdet(
        K.TOLL_FIGURE,
        rule="toll.figure",
        category="toll_revision",
        uri=uri,
        dedup_key=str(value),
        actors=("LY",),
        party="LY",
        new=value,
        source="UN",
    )


def test_duplicate_delivery_changes_nothing(ruleset: Any, mkdet: F, mkitem: F, t0: datetime) -> None:
    """The same uri and version twice: no alert and a byte-identical state store."""
    ruleset.on("urn:a", "1", _fig(mkdet, "urn:a", 5500))
    ruleset.on("urn:b", "1", _fig(mkdet, "urn:b", 11300))
    d, store = Detector(ruleset), MemoryStore()
    d.evaluate(mkitem("urn:a"), store, t0)
    assert len(d.evaluate(mkitem("urn:b"), store, t0 + H)) == 1
    before = copy.deepcopy(store._data)
    assert d.evaluate(mkitem("urn:b"), store, t0 + H) == []
    assert store._data == before


def test_killed_item_retracts_its_alert(ruleset: Any, mkdet: F, mkitem: F, t0: datetime) -> None:
    """A canceled item's text alert comes back resolved with reason 'retracted'; its state is gone."""
    ruleset.on(
        "urn:a", "1", mkdet(K.EVENT, rule="cf.in_effect", uri="urn:a", dedup_key="AM+AZ", actors=("AM",))
    )
    d, store = Detector(ruleset), MemoryStore()
    (fired,) = d.evaluate(mkitem("urn:a"), store, t0)
    (retracted,) = d.evaluate(mkitem("urn:a", version="2", pubstatus="canceled"), store, t0 + H / 3)
    assert (retracted.id, retracted.status) == (fired.id, AlertStatus.RESOLVED)
    assert retracted.values["resolved_reason"] == "retracted"
    assert list(store.scan("ww.text")) == [] and list(store.scan("ww.alert")) == []
    assert d.evaluate(mkitem("urn:a", version="2", pubstatus="canceled"), store, t0 + H) == []


def test_withheld_counts_as_a_kill(ruleset: Any, mkdet: F, mkitem: F, t0: datetime) -> None:
    """pubstatus withheld retracts like canceled."""
    ruleset.on("urn:a", "1", mkdet(K.EVENT, uri="urn:a", actors=("AM",)))
    d, store = Detector(ruleset), MemoryStore()
    d.evaluate(mkitem("urn:a"), store, t0)
    (r,) = d.evaluate(mkitem("urn:a", version="1", pubstatus="withheld"), store, t0 + H)
    assert r.status is AlertStatus.RESOLVED


def test_kill_keeps_alert_another_item_supports(ruleset: Any, mkdet: F, mkitem: F, t0: datetime) -> None:
    """An alert resting on two items survives the kill of one (no status change emitted)."""
    for uri in ("urn:a", "urn:b"):
        ruleset.on(uri, "1", mkdet(K.EVENT, uri=uri, dedup_key="same", actors=("AM",)))
    d, store = Detector(ruleset), MemoryStore()
    (first,) = d.evaluate(mkitem("urn:a"), store, t0)
    (second,) = d.evaluate(mkitem("urn:b"), store, t0 + H)
    assert second.id == first.id and second.item_ids == ("urn:a", "urn:b")
    (changed,) = d.evaluate(mkitem("urn:a", version="2", pubstatus="canceled"), store, t0 + 2 * H)
    assert changed.status is AlertStatus.FIRING and changed.item_ids == ("urn:b",)


def test_kill_of_claim_rolls_back_its_deadline(ruleset: Any, mkdet: F, mkitem: F, t0: datetime) -> None:
    """Killing the only claim item removes the pending deadline: nothing fires later."""
    ruleset.on(
        "urn:c", "1", mkdet(K.CLAIM, uri="urn:c", actors=("AM", "AZ"), claimant="AM", deadline_seconds=3600.0)
    )
    d, store = Detector(ruleset), MemoryStore()
    d.evaluate(mkitem("urn:c"), store, t0)
    assert d.next_deadline(store) is not None
    assert d.evaluate(mkitem("urn:c", version="2", pubstatus="canceled"), store, t0 + H / 2) == []
    assert d.next_deadline(store) is None
    assert d.tick(store, t0 + 5 * H) == []


def test_kill_after_deadline_retracts_the_deadline_alert(
    ruleset: Any, mkdet: F, mkitem: F, t0: datetime
) -> None:
    """A deadline alert resting only on a claim that is then killed is retracted."""
    ruleset.on(
        "urn:c", "1", mkdet(K.CLAIM, uri="urn:c", actors=("AM", "AZ"), claimant="AM", deadline_seconds=3600.0)
    )
    d, store = Detector(ruleset), MemoryStore()
    d.evaluate(mkitem("urn:c"), store, t0)
    (fired,) = d.tick(store, t0 + H)
    (gone,) = d.evaluate(mkitem("urn:c", version="2", pubstatus="canceled"), store, t0 + 2 * H)
    assert (gone.id, gone.status, gone.values["resolved_reason"]) == (fired.id, "resolved", "retracted")


def test_new_version_replaces_the_old_figure(ruleset: Any, mkdet: F, mkitem: F, t0: datetime) -> None:
    """A corrected figure in version 2 updates the same series alert (same id, new values)."""
    ruleset.on("urn:a", "1", _fig(mkdet, "urn:a", 5500))
    ruleset.on("urn:b", "1", _fig(mkdet, "urn:b", 11300))
    ruleset.on("urn:b", "2", _fig(mkdet, "urn:b", 11000))
    d, store = Detector(ruleset), MemoryStore()
    d.evaluate(mkitem("urn:a"), store, t0)
    (v1,) = d.evaluate(mkitem("urn:b"), store, t0 + H)
    (v2,) = d.evaluate(mkitem("urn:b", version="2"), store, t0 + 2 * H)
    assert v2.id == v1.id and v2.status is AlertStatus.FIRING
    assert (v1.values["new"], v2.values["new"]) == (11300, 11000)
    assert v2.starts_at == v1.starts_at


def test_new_version_restating_the_same_figure_is_quiet(
    ruleset: Any, mkdet: F, mkitem: F, t0: datetime
) -> None:
    """A version 2 that changes nothing the rules see emits nothing."""
    ruleset.on("urn:a", "1", _fig(mkdet, "urn:a", 5500))
    ruleset.on("urn:b", "1", _fig(mkdet, "urn:b", 11300))
    ruleset.on("urn:b", "2", _fig(mkdet, "urn:b", 11300))
    d, store = Detector(ruleset), MemoryStore()
    d.evaluate(mkitem("urn:a"), store, t0)
    d.evaluate(mkitem("urn:b"), store, t0 + H)
    assert d.evaluate(mkitem("urn:b", version="2"), store, t0 + 2 * H) == []


def test_new_version_without_the_sentence_retracts(ruleset: Any, mkdet: F, mkitem: F, t0: datetime) -> None:
    """A correction that drops the matching sentence retracts the alert it supported."""
    ruleset.on("urn:a", "1", mkdet(K.EVENT, uri="urn:a", actors=("AM",)))
    d, store = Detector(ruleset), MemoryStore()
    d.evaluate(mkitem("urn:a"), store, t0)
    (r,) = d.evaluate(mkitem("urn:a", version="2"), store, t0 + H)
    assert r.status is AlertStatus.RESOLVED and r.values["resolved_reason"] == "retracted"


def test_killing_the_middle_figure_rederives_the_series(
    ruleset: Any, mkdet: F, mkitem: F, t0: datetime
) -> None:
    """5,500 -> 11,300 -> 3,958; killing 11,300 retracts its revision, updates the last to 5,500 -> 3,958."""
    for uri, v in (("urn:1", 5500), ("urn:2", 11300), ("urn:3", 3958)):
        ruleset.on(uri, "1", _fig(mkdet, uri, v))
    d, store = Detector(ruleset), MemoryStore()
    for i, uri in enumerate(("urn:1", "urn:2", "urn:3")):
        d.evaluate(mkitem(uri), store, t0 + i * H)
    last = d.evaluate(mkitem("urn:3"), store, t0 + 3 * H)  # re-delivery: nothing new
    assert last == []
    out = d.evaluate(mkitem("urn:2", version="2", pubstatus="canceled"), store, t0 + 4 * H)
    firing = [(a.values["old"], a.values["new"], a.related_item_ids) for a in out if a.status == "firing"]
    retracted = [(a.values["old"], a.values["new"]) for a in out if a.status is AlertStatus.RESOLVED]
    assert firing == [(5500, 3958, ("urn:1",))]
    assert retracted == [(5500, 11300)]


def test_older_version_after_newer_is_ignored(ruleset: Any, mkdet: F, mkitem: F, t0: datetime) -> None:
    """Version 1 arriving after version 2 never overwrites the correction."""
    ruleset.on("urn:a", "2", mkdet(K.EVENT, uri="urn:a", actors=("AM",)))
    d, store = Detector(ruleset), MemoryStore()
    d.evaluate(mkitem("urn:a", version="2"), store, t0)
    assert d.evaluate(mkitem("urn:a", version="1"), store, t0 + H) == []
    assert ruleset.calls == 1


def test_delivery_token_and_ordering(mkitem: F, t0: datetime) -> None:
    """Kills re-using a version are distinct deliveries; numeric versions compare as numbers."""
    from rules.corrections import ItemRecord

    assert delivery_token(mkitem(version="3")) == "3"
    assert delivery_token(mkitem(version="3", pubstatus="canceled")) == "3:canceled"
    rec = ItemRecord(uri="urn:1", version="9", seen_at=t0)
    assert supersedes(mkitem(version="10"), rec) and not supersedes(mkitem(version="8"), rec)


def test_kill_before_the_original_suppresses_it(ruleset: Any, mkdet: F, mkitem: F, t0: datetime) -> None:
    """A kill (version 2) that overtakes its original (version 1) keeps the original from ever alerting."""
    ruleset.on("urn:a", "1", mkdet(K.EVENT, uri="urn:a", actors=("AM",)))
    d, store = Detector(ruleset), MemoryStore()
    assert d.evaluate(mkitem("urn:a", version="2", pubstatus="canceled"), store, t0) == []
    assert d.evaluate(mkitem("urn:a", version="1"), store, t0 + H) == []


def test_basis_alert_takes_only_rule_severity_labels_evidence_from_the_fact(
    mkdet: F, mkitem: F, t0: datetime
) -> None:
    """Basis.alert: the caller names id, category, wording, values, items and time; the fact adds the rest."""
    full = Basis.of(mkdet(K.EVENT, uri="urn:a", actors=("AM",), party="AM"), mkitem("urn:a"), t0, 3)
    full = full.model_copy(update={"labels": {"desk": "conflict"}})
    stripped = full.model_copy(
        update={"uri": "urn:x", "at": t0 + H, "category": "x", "summary": "", "values": {}, "dedup_key": ""}
    )

    def build(b: Basis) -> Alert:
        return b.alert(
            alert_id="id1",
            category="toll_revision",
            trigger="series",
            summary="revised",
            values={"old": 1},
            item_ids=("urn:a",),
            event_key="ev",
            at=t0 + 2 * H,
            related=("urn:0",),
        )

    a = build(full)
    assert build(stripped) == a
    assert (a.id, a.rule, a.category, a.severity, a.status, a.trigger, a.summary) == (
        "id1",
        "test.rule",
        "toll_revision",
        Severity.HIGH,
        AlertStatus.FIRING,
        "series",
        "revised",
    )
    assert (a.labels, a.evidence, a.values, a.item_ids, a.related_item_ids, a.event_key) == (
        {"desk": "conflict"},
        (full.evidence,),
        {"old": 1},
        ("urn:a",),
        ("urn:0",),
        "ev",
    )
    assert a.starts_at == a.updated_at == t0 + 2 * H and a.ends_at is None


def test_text_alert_is_the_facts_own_alert(mkdet: F, mkitem: F, t0: datetime) -> None:
    """Basis.text_alert: id from rule and dedup key, the fact's category, wording and time, trigger text."""
    b = Basis.of(mkdet(K.EVENT, uri="urn:a", dedup_key="AM+AZ"), mkitem("urn:a"), t0, 0)
    a = b.text_alert(values={"claimant": "AM"}, item_ids=("urn:a", "urn:b"), event_key=None)
    assert (a.id, a.category, a.trigger, a.summary) == (
        fingerprint("test.rule", "AM+AZ"),
        "ceasefire",
        "text",
        "test.rule: sentence",
    )
    assert (a.values, a.item_ids, a.related_item_ids, a.starts_at, a.updated_at) == (
        {"claimant": "AM"},
        ("urn:a", "urn:b"),
        (),
        t0,
        t0,
    )

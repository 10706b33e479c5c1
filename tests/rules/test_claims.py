"""Tests for the claim state machine (rules.claims) driven through rules.engine.Detector."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from alerts.models import AlertStatus
from rules import claims
from rules.detections import DetectionKind as K
from rules.engine import Detector
from wirewatch.state import MemoryStore

from .conftest import claim_detection, confirmation_detection

F = Callable[..., Any]
H = timedelta(hours=1)


def test_claim_expires_at_its_deadline_on_a_quiet_stream(ruleset: Any, mkitem: F, t0: datetime) -> None:
    """A claim nobody confirms fires one deadline alert exactly when tick reaches the deadline."""
    ruleset.on("urn:claim", "1", claim_detection())
    d, store = Detector(ruleset), MemoryStore()
    assert d.evaluate(mkitem("urn:claim", versioncreated=t0), store, t0) == []
    assert d.next_deadline(store) == t0 + H
    assert d.tick(store, t0 + H - timedelta(seconds=1)) == []
    fired = d.tick(store, t0 + H)
    assert [(a.trigger, a.category, a.status) for a in fired] == [("deadline", "confirmation_gap", "firing")]
    assert fired[0].values["claimant"] == "AM" and fired[0].values["silent_party"] == "AZ"
    assert fired[0].item_ids == ("urn:claim",)
    assert d.next_deadline(store) is None
    assert d.tick(store, t0 + 2 * H) == []


def test_default_deadline_is_six_hours(ruleset: Any, mkitem: F, t0: datetime) -> None:
    """A claim rule without deadline_seconds waits the shipped default of 6 hours."""
    ruleset.on("urn:claim", "1", claim_detection(deadline=None))
    d, store = Detector(ruleset), MemoryStore()
    d.evaluate(mkitem("urn:claim"), store, t0)
    assert d.next_deadline(store) == t0 + timedelta(seconds=claims.DEFAULT_DEADLINE_SECONDS)


def test_claim_confirmed_within_deadline_never_fires(ruleset: Any, mkitem: F, t0: datetime) -> None:
    """A confirmation by the expected party before the deadline closes the claim: no alert, no timer."""
    ruleset.on("urn:claim", "1", claim_detection())
    ruleset.on("urn:confirm", "1", confirmation_detection())
    d, store = Detector(ruleset), MemoryStore()
    d.evaluate(mkitem("urn:claim"), store, t0)
    assert d.evaluate(mkitem("urn:confirm"), store, t0 + H / 2) == []
    assert d.next_deadline(store) is None
    assert d.tick(store, t0 + 10 * H) == []


def test_confirmation_by_another_party_does_not_close(ruleset: Any, mkitem: F, t0: datetime) -> None:
    """Only the expected party's confirmation counts; a third party's leaves the deadline pending."""
    ruleset.on("urn:claim", "1", claim_detection())
    ruleset.on("urn:confirm", "1", confirmation_detection(party="RU"))
    d, store = Detector(ruleset), MemoryStore()
    d.evaluate(mkitem("urn:claim"), store, t0)
    d.evaluate(mkitem("urn:confirm"), store, t0 + H / 2)
    assert [a.trigger for a in d.tick(store, t0 + H)] == ["deadline"]


def test_late_confirmation_resolves_the_deadline_alert(ruleset: Any, mkitem: F, t0: datetime) -> None:
    """After the deadline fired, the party's confirmation emits the same alert id as resolved."""
    ruleset.on("urn:claim", "1", claim_detection())
    ruleset.on("urn:confirm", "1", confirmation_detection())
    d, store = Detector(ruleset), MemoryStore()
    d.evaluate(mkitem("urn:claim"), store, t0)
    (fired,) = d.tick(store, t0 + H)
    (resolved,) = d.evaluate(mkitem("urn:confirm"), store, t0 + 3 * H)
    assert resolved.id == fired.id
    assert resolved.status is AlertStatus.RESOLVED
    assert resolved.values["resolved_reason"] == "confirmed"
    assert resolved.values["resolved_by"] == "urn:confirm"
    assert resolved.ends_at == t0 + 3 * H


def test_deadline_fires_on_event_time_during_replay(ruleset: Any, mkdet: F, mkitem: F, t0: datetime) -> None:
    """With no tick call, the next item past the deadline first fires it (replay on event time)."""
    ruleset.on("urn:claim", "1", claim_detection())
    ruleset.on("urn:other", "1", mkdet(K.EVENT, uri="urn:other", dedup_key="x", actors=("FR",)))
    d, store = Detector(ruleset), MemoryStore()
    d.evaluate(mkitem("urn:claim"), store, t0)
    out = d.evaluate(mkitem("urn:other"), store, t0 + 2 * H)
    assert [a.trigger for a in out] == ["deadline", "text"]


def test_denial_alerts_and_later_confirmation_resolves(
    ruleset: Any, mkdet: F, mkitem: F, t0: datetime
) -> None:
    """A denial by the expected party is a text alert, no deadline follows, a confirmation resolves it."""
    ruleset.on("urn:claim", "1", claim_detection())
    ruleset.on(
        "urn:deny",
        "1",
        mkdet(
            K.DENIAL,
            rule="gap.denial",
            category="confirmation_gap",
            uri="urn:deny",
            dedup_key="AZ:deny",
            text="Baku denied any truce.",
            actors=("AZ",),
            party="AZ",
            subject="ceasefire",
        ),
    )
    ruleset.on("urn:confirm", "1", confirmation_detection())
    d, store = Detector(ruleset), MemoryStore()
    d.evaluate(mkitem("urn:claim"), store, t0)
    (denied,) = d.evaluate(mkitem("urn:deny"), store, t0 + H / 4)
    assert (denied.trigger, denied.rule, denied.status) == ("text", "gap.denial", "firing")
    assert denied.values["claimant"] == "AM"
    assert d.tick(store, t0 + 5 * H) == []
    (resolved,) = d.evaluate(mkitem("urn:confirm"), store, t0 + 6 * H)
    assert (resolved.id, resolved.status) == (denied.id, AlertStatus.RESOLVED)


def test_denial_without_claim_still_alerts(ruleset: Any, mkdet: F, mkitem: F, t0: datetime) -> None:
    """A denial alone is evidence of a gap: it fires with the claimant unknown."""
    ruleset.on("urn:deny", "1", mkdet(K.DENIAL, uri="urn:deny", actors=("SD.army",), party="SD.army"))
    (a,) = Detector(ruleset).evaluate(mkitem("urn:deny"), MemoryStore(), t0)
    assert a.trigger == "text" and a.values["silent_party"] == "SD.army" and a.values["claimant"] is None


def test_stated_gap_fires_then_resolves_on_confirmation(
    ruleset: Any, mkdet: F, mkitem: F, t0: datetime
) -> None:
    """A gap stated in the text fires at once and resolves when the silent party confirms."""
    ruleset.on(
        "urn:gap",
        "1",
        mkdet(
            K.EVENT,
            rule="gap.stated",
            category="confirmation_gap",
            uri="urn:gap",
            dedup_key="AM>AZ",
            actors=("AM", "AZ"),
            claimant="AM",
            silent_party="AZ",
            subject="ceasefire",
        ),
    )
    ruleset.on("urn:confirm", "1", confirmation_detection())
    d, store = Detector(ruleset), MemoryStore()
    (gap,) = d.evaluate(mkitem("urn:gap"), store, t0)
    assert (gap.trigger, gap.status) == ("text", "firing")
    assert d.next_deadline(store) is None
    (resolved,) = d.evaluate(mkitem("urn:confirm"), store, t0 + H)
    assert (resolved.id, resolved.status) == (gap.id, AlertStatus.RESOLVED)


def test_claim_expects_each_other_party_separately(ruleset: Any, mkdet: F, mkitem: F, t0: datetime) -> None:
    """A claim naming two other parties waits for each; one confirming leaves the other's deadline."""
    claim = mkdet(
        K.CLAIM,
        uri="urn:claim",
        actors=("AM", "AZ", "RU"),
        claimant="AM",
        subject="ceasefire",
        deadline_seconds=3600.0,
    )
    ruleset.on("urn:claim", "1", claim)
    ruleset.on("urn:confirm", "1", confirmation_detection())
    d, store = Detector(ruleset), MemoryStore()
    d.evaluate(mkitem("urn:claim"), store, t0)
    d.evaluate(mkitem("urn:confirm"), store, t0 + H / 2)
    (fired,) = d.tick(store, t0 + H)
    assert fired.values["silent_party"] == "RU"


def test_sub_unit_confirms_for_its_country() -> None:
    """Party ids match when one is a dotted sub-unit of the other, never across countries."""
    assert claims.same_party("AZ.mod", "AZ") and claims.same_party("AZ", "AZ.mod")
    assert not claims.same_party("AZ", "AM") and not claims.same_party("AZ", "AZE")


def test_claim_inside_a_denial_sentence_is_not_opened(
    ruleset: Any, mkdet: F, mkitem: F, t0: datetime
) -> None:
    """A claim detected in the same sentence as its denial is reported, not made: no deadline opens."""
    sentence: dict[str, Any] = {
        "uri": "urn:deny",
        "text": "The army denied the RSF claim.",
        "actors": ("SD.army",),
    }
    ruleset.on(
        "urn:deny",
        "1",
        mkdet(K.DENIAL, **sentence, silent_party="SD.army", claimant="sudan.rsf"),
        mkdet(K.CLAIM, **sentence, claimant="SD.army", deadline_seconds=60.0),
    )
    d, store = Detector(ruleset), MemoryStore()
    (denied,) = d.evaluate(mkitem("urn:deny"), store, t0)
    assert denied.values["claimant"] == "sudan.rsf"
    assert d.next_deadline(store) is None


def test_next_deadline_follows_the_earliest_pending_claim(
    ruleset: Any, mkdet: F, mkitem: F, t0: datetime
) -> None:
    """With two claims pending, the timer shows the earlier; after it fires, the later; then none."""
    ruleset.on(
        "urn:a",
        "1",
        claim_detection("urn:a", deadline=7200.0),
    )
    ruleset.on(
        "urn:b",
        "1",
        mkdet(
            K.CLAIM,
            uri="urn:b",
            actors=("sudan.rsf",),
            claimant="sudan.rsf",
            subject="capture",
            deadline_seconds=3600.0,
        ),
    )
    d, store = Detector(ruleset), MemoryStore()
    d.evaluate(mkitem("urn:a"), store, t0)
    assert d.next_deadline(store) == t0 + 2 * H
    d.evaluate(mkitem("urn:b"), store, t0 + H / 2)
    assert d.next_deadline(store) == t0 + 1.5 * H
    assert [a.values["subject"] for a in d.tick(store, t0 + 1.5 * H)] == ["capture"]
    assert d.next_deadline(store) == t0 + 2 * H
    assert [a.values["subject"] for a in d.tick(store, t0 + 3 * H)] == ["ceasefire"]
    assert d.next_deadline(store) is None


def test_claim_made_again_after_settling_waits_again(ruleset: Any, mkitem: F, t0: datetime) -> None:
    """A confirmed claim repeated after its deadline opens a new wait; a repeat within it does not."""
    ruleset.on("urn:claim", "1", claim_detection())
    ruleset.on("urn:again", "1", claim_detection(uri="urn:again"))
    ruleset.on("urn:soon", "1", claim_detection(uri="urn:soon"))
    ruleset.on("urn:confirm", "1", confirmation_detection())
    d, store = Detector(ruleset), MemoryStore()
    d.evaluate(mkitem("urn:claim"), store, t0)
    d.evaluate(mkitem("urn:confirm"), store, t0 + H / 4)
    d.evaluate(mkitem("urn:soon"), store, t0 + H / 2)
    assert d.next_deadline(store) is None
    d.evaluate(mkitem("urn:again"), store, t0 + 48 * H)
    assert d.next_deadline(store) == t0 + 49 * H
    (fired,) = d.tick(store, t0 + 49 * H)
    assert fired.item_ids == ("urn:again",)


def test_claim_without_named_silent_party_waits_for_placed_actors(
    ruleset: Any, mkdet: F, mkitem: F, t0: datetime
) -> None:
    """With no silent_party, a claim waits for the other placed actors, not for 'the army' or a bare name."""
    ruleset.on(
        "urn:c",
        "1",
        mkdet(
            K.CLAIM,
            uri="urn:c",
            actors=("sudan.rsf", "army", "entity:someone", "SD.army"),
            claimant="sudan.rsf",
            deadline_seconds=60.0,
        ),
    )
    d, store = Detector(ruleset), MemoryStore()
    d.evaluate(mkitem("urn:c"), store, t0)
    assert [a.values["silent_party"] for a in d.tick(store, t0 + H)] == ["SD.army"]

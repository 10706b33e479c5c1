"""Tests for event correlation (rules.correlation): stable event keys and routing keys."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from rules.correlation import Correlator, partition_key, root
from rules.detections import DetectionKind as K
from wirewatch.state import MemoryStore

F = Callable[..., Any]
D = timedelta(days=1)


def test_shared_actor_within_window_joins_the_event(mkdet: F, mkitem: F, t0: datetime) -> None:
    """Items sharing an actor root within the window get one stable key, named from the first item."""
    c, s = Correlator(timedelta(days=7)), MemoryStore()
    k1 = c.assign(s, mkitem("urn:1"), [mkdet(K.CLAIM, actors=("AM", "AZ"))], t0)
    k2 = c.assign(s, mkitem("urn:2"), [mkdet(K.CONFIRMATION, actors=("AZ.mod",))], t0 + 2 * D)
    k3 = c.assign(s, mkitem("urn:3"), [mkdet(K.EVENT, actors=("AM",))], t0 + 8 * D)
    assert k1 == k2 == k3 == "AM+AZ@20260915"


def test_quiet_gap_beyond_window_starts_a_new_event(mkdet: F, mkitem: F, t0: datetime) -> None:
    """The same actors after more than the window of silence are a new event."""
    c, s = Correlator(timedelta(days=7)), MemoryStore()
    k1 = c.assign(s, mkitem("urn:1"), [mkdet(K.EVENT, actors=("AM", "AZ"))], t0)
    k2 = c.assign(s, mkitem("urn:2"), [mkdet(K.EVENT, actors=("AZ",))], t0 + 30 * D)
    assert k1 != k2 and k2 == "AZ@20261015"


def test_event_key_is_dated_by_the_item_not_by_when_it_was_read(mkdet: F, mkitem: F, t0: datetime) -> None:
    """A key carries the item's own day (old copy read today keeps its date); a future stamp counts as now."""
    c, s = Correlator(timedelta(days=7)), MemoryStore()
    old = mkitem("urn:old", versioncreated="2022-09-15T08:00:00Z")
    assert c.assign(s, old, [mkdet(K.EVENT, actors=("AM",))], t0) == "AM@20220915"
    ahead = mkitem("urn:ahead", versioncreated=(t0 + 40 * D).isoformat())
    assert c.assign(s, ahead, [mkdet(K.EVENT, actors=("FR",))], t0) == "FR@20260915"


def test_unrelated_actors_are_separate_events(mkdet: F, mkitem: F, t0: datetime) -> None:
    """No shared root and no shared place means no link."""
    c, s = Correlator(), MemoryStore()
    k1 = c.assign(s, mkitem("urn:1"), [mkdet(K.EVENT, actors=("sudan.rsf",))], t0)
    k2 = c.assign(s, mkitem("urn:2"), [mkdet(K.EVENT, actors=("LY",))], t0)
    assert k1 != k2


def test_same_uri_keeps_its_event_across_versions(mkdet: F, mkitem: F, t0: datetime) -> None:
    """A corrected version stays in its first version's event even if its actors changed."""
    c, s = Correlator(), MemoryStore()
    from rules.corrections import ItemRecord, save_item

    k1 = c.assign(s, mkitem("urn:1"), [mkdet(K.EVENT, actors=("AM",))], t0)
    save_item(s, ItemRecord(uri="urn:1", event_key=k1, seen_at=t0))
    k2 = c.assign(s, mkitem("urn:1", version="2"), [mkdet(K.EVENT, actors=("FR",))], t0 + D)
    assert k2 == k1


def test_slugline_and_associations_link_without_actors(mkdet: F, mkitem: F, t0: datetime) -> None:
    """Same provider slug family joins; an association to a known item joins its event."""
    c, s = Correlator(), MemoryStore()
    from rules.corrections import ItemRecord, save_item

    k1 = c.assign(s, mkitem("urn:1", provider="AP", slugline="ML-Quake/Toll"), [mkdet(K.EVENT)], t0)
    save_item(s, ItemRecord(uri="urn:1", event_key=k1, seen_at=t0))
    k2 = c.assign(s, mkitem("urn:2", provider="AP", slugline="ML--Quake/Update"), [mkdet(K.EVENT)], t0 + D)
    k3 = c.assign(s, mkitem("urn:3", associations=("urn:1",)), [mkdet(K.EVENT)], t0 + D)
    k4 = c.assign(s, mkitem("urn:4", provider="AFP", slugline="ML-Quake"), [mkdet(K.EVENT)], t0 + D)
    assert k1 == k2 == k3 == "slug:ap:ml-quake@20260915"
    assert k4 != k1


def test_place_and_category_link_when_no_actor_is_named(mkdet: F, mkitem: F, t0: datetime) -> None:
    """Two items datelined in the same place with the same category share an event."""
    c, s = Correlator(), MemoryStore()
    k1 = c.assign(s, mkitem("urn:1", located="Derna"), [mkdet(K.TOLL_FIGURE, category="toll")], t0)
    k2 = c.assign(s, mkitem("urn:2", located="DERNA "), [mkdet(K.TOLL_FIGURE, category="toll")], t0 + D)
    k3 = c.assign(s, mkitem("urn:3", located="Derna"), [mkdet(K.EVENT, category="ceasefire")], t0 + D)
    assert k1 == k2 == "place:derna@20260915" and k3 != k1


def test_partition_key_routes_claim_and_confirmation_together(mkdet: F, mkitem: F) -> None:
    """A claim awaiting AZ and AZ's confirmation get the same routing key; a toll routes by its party."""
    claim = mkdet(K.CLAIM, actors=("AM", "AZ"), claimant="AM", silent_party="AZ")
    confirm = mkdet(K.CONFIRMATION, actors=("AZ.mod", "AM"), party="AZ.mod")
    toll = mkdet(K.TOLL_FIGURE, actors=("PS.moh", "IL"), party="PS", new=4651)
    assert partition_key(mkitem(), [claim]) == partition_key(mkitem(), [confirm]) == "AZ"
    assert partition_key(mkitem(), [toll]) == "PS"
    assert partition_key(mkitem("urn:x"), []) == "uri:urn:x"
    assert root("sudan.rsf") == "SD" and root("a/b|c") == "a-b-c"


def test_store_level_expiry_keeps_an_active_event_findable(
    mkdet: F, mkitem: F, t0: datetime, tmp_path: Any
) -> None:
    """Each item rewrites its event's index rows, so SqliteStore.expire never orphans an active event."""
    from services.sqlite_store import SqliteStore
    from wirewatch.clock import ManualClock

    clock = ManualClock(t0)
    s = SqliteStore(tmp_path / "s.db", clock=clock.now)
    c = Correlator(timedelta(days=7))
    k1 = c.assign(s, mkitem("urn:1"), [mkdet(K.EVENT, actors=("AM", "AZ"))], t0)
    clock.advance_to(t0 + 6 * D)
    c.assign(s, mkitem("urn:2"), [mkdet(K.EVENT, actors=("AZ", "AM"))], t0 + 6 * D)
    s.expire(t0 + 3 * D)
    k3 = c.assign(s, mkitem("urn:3"), [mkdet(K.EVENT, actors=("AM",))], t0 + 9 * D)
    assert k3 == k1

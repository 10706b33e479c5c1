"""The pure lifecycle stages, each alone: dedup, group timing, inhibit, silence."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest

from alerts.dedup import content_digest, dedup
from alerts.grouping import add_alert, due_at, flush, group_key, group_labels
from alerts.inhibit import InhibitRule, inhibited_by
from alerts.labels import alert_labels
from alerts.matchers import parse_matchers
from alerts.models import AlertStatus
from alerts.routing import Route
from alerts.silences import SilenceStore, silenced_by
from wirewatch.state import MemoryStore

from .conftest import T0, make_alert

ROUTE = Route(
    id="root",
    receiver="desk",
    group_by=("event_key",),
    group_wait=30,
    group_interval=300,
    repeat_interval=3600,
)


def never_muted(_alert: object) -> None:
    return None


def test_dedup_drops_repeats_and_keeps_changes() -> None:
    """Same content -> dropped; new values or status -> kept; updated_at alone is not news."""
    a = make_alert()
    seen = {a.id: content_digest(a)}
    same_later = a.model_copy(update={"updated_at": T0 + timedelta(hours=1)})
    changed = make_alert(values={"old": 71, "new": 93})
    fresh, dropped = dedup([same_later], seen)
    assert (fresh, dropped) == ([], 1)
    fresh, dropped = dedup([changed], seen)
    assert fresh == [changed] and dropped == 0
    fresh, _ = dedup([a.resolved(T0)], seen)
    assert fresh[0].status is AlertStatus.RESOLVED


def test_dedup_keeps_last_version_in_batch() -> None:
    """Within one batch the last version of a fingerprint wins."""
    first, second = make_alert(values={"old": 1, "new": 2}), make_alert(values={"old": 2, "new": 3})
    fresh, dropped = dedup([first, second], {})
    assert fresh == [second] and dropped == 1


def test_add_alert_with_the_callers_key_builds_the_same_group() -> None:
    """A key passed to add_alert (the caller already computed it) gives the group it would compute."""
    a = make_alert()
    glabels = group_labels(ROUTE, alert_labels(a), a.id)
    given = add_alert(None, ROUTE, glabels, a, T0, group_key(ROUTE, glabels))
    assert given == add_alert(None, ROUTE, glabels, a, T0)
    assert given.key == group_key(ROUTE, glabels)


def test_group_wait_then_interval_then_repeat() -> None:
    """First flush after group_wait; changes wait for group_interval; unchanged firing repeats."""
    a = make_alert()
    glabels = group_labels(ROUTE, alert_labels(a), a.id)
    g = add_alert(None, ROUTE, glabels, a, T0)
    assert due_at(g, ROUTE) == T0 + timedelta(seconds=30)
    r = flush(g, ROUTE, T0 + timedelta(seconds=30), never_muted)
    assert r.send == (a,)
    g = r.group
    assert g is not None
    assert due_at(g, ROUTE) == T0 + timedelta(seconds=30 + 3600)  # nothing pending: repeat time
    # nothing changed: a flush sends nothing
    assert flush(g, ROUTE, T0 + timedelta(seconds=60), never_muted).send == ()
    b = make_alert("ev2", summary="another")
    g = add_alert(g, ROUTE, glabels, b, T0 + timedelta(seconds=40))
    assert due_at(g, ROUTE) == T0 + timedelta(seconds=330)
    r = flush(g, ROUTE, T0 + timedelta(seconds=330), never_muted)
    assert {x.id for x in r.send} == {a.id, b.id}
    assert r.group is not None
    r2 = flush(r.group, ROUTE, T0 + timedelta(seconds=330 + 3600), never_muted)
    assert len(r2.send) == 2  # repeat


def test_resolved_sent_once_then_group_empties() -> None:
    """A resolved alert is sent once and leaves; the group is deleted when empty."""
    a = make_alert()
    glabels = group_labels(ROUTE, alert_labels(a), a.id)
    g = flush(add_alert(None, ROUTE, glabels, a, T0), ROUTE, T0 + timedelta(seconds=30), never_muted).group
    assert g is not None
    g = add_alert(g, ROUTE, glabels, a.resolved(T0 + timedelta(minutes=2)), T0 + timedelta(minutes=2))
    r = flush(g, ROUTE, T0 + timedelta(minutes=10), never_muted)
    assert [x.status for x in r.send] == [AlertStatus.RESOLVED]
    assert r.group is None


def test_resolution_of_unheard_alert_is_dropped() -> None:
    """Fired and resolved before the first flush: nothing is sent."""
    a = make_alert()
    glabels = group_labels(ROUTE, alert_labels(a), a.id)
    g = add_alert(None, ROUTE, glabels, a.resolved(T0), T0)
    r = flush(g, ROUTE, T0 + timedelta(seconds=30), never_muted)
    assert r.send == () and r.group is None


def test_muted_alert_held_and_rechecked() -> None:
    """A muted alert is not sent, stays pending and is re-checked; once unmuted it goes out."""
    a = make_alert()
    glabels = group_labels(ROUTE, alert_labels(a), a.id)
    g = add_alert(None, ROUTE, glabels, a, T0)
    r = flush(g, ROUTE, T0 + timedelta(seconds=30), lambda _x: "silenced by s1")
    assert r.send == () and r.muted and r.group is not None
    assert due_at(r.group, ROUTE) == T0 + timedelta(seconds=330)
    r2 = flush(r.group, ROUTE, T0 + timedelta(seconds=330), never_muted)
    assert r2.send == (a,)


def test_group_by_all_is_per_alert() -> None:
    """``group_by: ['...']`` keys groups by fingerprint."""
    route = Route(id="root", receiver="d", group_by=("...",))
    a, b = make_alert("1"), make_alert("2")
    assert group_labels(route, alert_labels(a), a.id) != group_labels(route, alert_labels(b), b.id)


def test_inhibition_needs_firing_source_and_equal_labels() -> None:
    """A confirmed truce inhibits the gap alert of the same event, not of another event."""
    rule = InhibitRule(
        parse_matchers(['rule="ceasefire.confirmed"']),
        parse_matchers(['category="confirmation_gap"']),
        ("event_key",),
    )
    gap = make_alert("gap", rule="gap.stated", category="confirmation_gap", event_key="nk")
    truce = make_alert("truce", rule="ceasefire.confirmed", category="ceasefire", event_key="nk")
    other = make_alert("truce2", rule="ceasefire.confirmed", category="ceasefire", event_key="gaza")
    firing = [(truce.id, alert_labels(truce))]
    assert inhibited_by([rule], gap.id, alert_labels(gap), firing) == truce.id
    assert inhibited_by([rule], gap.id, alert_labels(gap), [(other.id, alert_labels(other))]) is None
    assert inhibited_by([rule], truce.id, alert_labels(truce), firing) is None


def test_silence_store_and_stage() -> None:
    """Silences persist, match while active, and stop matching once expired."""
    store = SilenceStore(MemoryStore())
    s = store.add(
        ['category="toll_revision"'],
        created_by="ana",
        now=T0,
        duration=timedelta(hours=1),
        comment="known story",
    )
    labels = alert_labels(make_alert())
    assert silenced_by(labels, store.list(), T0 + timedelta(minutes=5)) == s
    assert silenced_by(labels, store.list(), T0 + timedelta(hours=2)) is None
    store.expire(s.id, T0 + timedelta(minutes=10))
    assert silenced_by(labels, store.list(), T0 + timedelta(minutes=11)) is None
    assert store.get(s.id).state(T0 + timedelta(minutes=11)) == "expired"
    assert store.list(T0 + timedelta(minutes=11), include_expired=False) == []


def test_alert_labels_are_a_new_dict_each_time() -> None:
    """A caller changing the labels it was given does not change what the next caller gets."""
    alert = make_alert(values={"party": "AZ"})
    first = alert_labels(alert)
    first["rule"] = "changed"
    first["extra"] = "x"
    second = alert_labels(alert)
    assert second["rule"] == alert.rule and "extra" not in second
    assert second == alert_labels(make_alert(values={"party": "AZ"}))  # an equal alert, computed afresh


def test_group_updates_equal_dataclasses_replace() -> None:
    """add_alert and flush build the same groups (fields and field order) as dataclasses.replace."""
    route = Route(id="r", receiver="desk", group_by=("event_key",), group_wait=0, group_interval=60)
    a, b = make_alert("a"), make_alert("b")
    glabels = group_labels(route, alert_labels(a), a.id)
    g1 = add_alert(None, route, glabels, a, T0)
    g2 = add_alert(g1, route, glabels, b, T0 + timedelta(seconds=1))
    assert g2 == dataclasses.replace(g1, alerts={a.id: a, b.id: b})
    assert list(vars(g2)) == list(vars(g1)) and g1.alerts == {a.id: a}  # g1 itself unchanged
    after = flush(g2, route, T0 + timedelta(seconds=2), lambda _a: None).group
    assert after is not None
    expected = dataclasses.replace(
        g2,
        notified={a.id: content_digest(a), b.id: content_digest(b)},
        last_flush=T0 + timedelta(seconds=2),
        last_notify=T0 + timedelta(seconds=2),
        sequence=1,
    )
    assert after == expected and list(vars(after)) == list(vars(expected))
    with pytest.raises(dataclasses.FrozenInstanceError):
        after.sequence = 5  # type: ignore[misc]

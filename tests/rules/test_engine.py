"""Tests for rules.engine.Detector: event detections become alerts, re-deliveries are ignored."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from alerts.models import fingerprint
from rules.detections import DetectionKind
from rules.engine import Detector
from wirewatch.state import MemoryStore

from .conftest import claim_detection, confirmation_detection

Det = Callable[..., Any]


def test_event_detection_becomes_text_alert(ruleset: Any, mkdet: Det, mkitem: Det, t0: datetime) -> None:
    """An event detection yields one firing alert with fingerprint id, the item uri and the evidence."""
    d = mkdet(DetectionKind.EVENT, rule="ceasefire.in_effect", dedup_key="AM+AZ", text="A truce took effect.")
    ruleset.on("urn:1", "1", d)
    alerts = Detector(ruleset).evaluate(mkitem(), MemoryStore(), t0)
    assert len(alerts) == 1
    a = alerts[0]
    assert a.id == fingerprint("ceasefire.in_effect", "AM+AZ")
    assert a.trigger == "text"
    assert a.item_ids == ("urn:1",)
    assert a.evidence == (d.evidence,)
    assert a.starts_at == t0


def test_same_uri_and_version_twice_changes_nothing(
    ruleset: Any, mkdet: Det, mkitem: Det, t0: datetime
) -> None:
    """A re-delivery of the same (uri, version) returns no alert and does not run the matcher again."""
    ruleset.on("urn:1", "1", mkdet(DetectionKind.EVENT))
    detector, store = Detector(ruleset), MemoryStore()
    assert detector.evaluate(mkitem(), store, t0)
    assert detector.evaluate(mkitem(), store, t0) == []
    assert ruleset.calls == 1


def test_retention_sweep_drops_inactive_events(ruleset: Any, mkdet: Det, mkitem: Det, t0: datetime) -> None:
    """State of an event idle longer than the retention is removed by tick; a fresh event survives."""
    from datetime import timedelta

    ruleset.on(
        "urn:old", "1", mkdet(DetectionKind.TOLL_FIGURE, uri="urn:old", actors=("AM",), party="AM", new=5)
    )
    ruleset.on("urn:new", "1", mkdet(DetectionKind.EVENT, uri="urn:new", actors=("LY",)))
    d, store = Detector(ruleset, retention=timedelta(days=2)), MemoryStore()
    d.evaluate(mkitem("urn:old"), store, t0)
    d.evaluate(mkitem("urn:new"), store, t0 + timedelta(days=1))
    assert len(list(store.scan("ww.toll"))) == 1
    d.tick(store, t0 + timedelta(days=3))
    assert list(store.scan("ww.toll")) == []
    assert store.get("ww.item", "urn:old") is None
    assert [k.split("@")[0] for k, _ in store.scan("ww.event")] == ["LY"]
    assert store.get("ww.item", "urn:new") is not None


def test_metrics_count_alerts_and_series(ruleset: Any, mkdet: Det, mkitem: Det, t0: datetime) -> None:
    """Emitted alerts, matches, open claims and tracked series show in the injected metrics."""
    from prometheus_client import CollectorRegistry

    from wirewatch.metrics import Metrics

    ruleset.on(
        "urn:1",
        "1",
        mkdet(DetectionKind.EVENT, rule="r.ev", category="ceasefire", actors=("AM",)),
        mkdet(DetectionKind.CLAIM, rule="r.claim", actors=("AM", "AZ"), claimant="AM"),
        mkdet(DetectionKind.TOLL_FIGURE, rule="r.fig", actors=("AZ",), party="AZ", new=50),
    )
    m = Metrics(CollectorRegistry())
    Detector(ruleset, metrics=m).evaluate(mkitem(), MemoryStore(), t0)
    reg = m.registry
    assert (
        reg.get_sample_value(
            "wirewatch_alerts_total", {"category": "ceasefire", "rule": "r.ev", "status": "firing"}
        )
        == 1
    )
    assert reg.get_sample_value("wirewatch_rule_matches_total", {"rule": "r.claim"}) == 1
    assert reg.get_sample_value("wirewatch_open_claims") == 1
    assert reg.get_sample_value("wirewatch_toll_series") == 1


def test_rule_evaluations_and_matches_are_counted_per_evaluated_item(
    ruleset: Any, mkdet: Det, mkitem: Det, t0: datetime
) -> None:
    """Each evaluated item adds one evaluation to every rule, each detection one match to its rule;
    a re-delivery adds nothing, and a second detector on the same metrics (a reload) adds to them."""
    from types import SimpleNamespace

    from prometheus_client import CollectorRegistry

    from wirewatch.metrics import Metrics

    ruleset.rules = [SimpleNamespace(id="r.ev"), SimpleNamespace(id="r.quiet")]
    ruleset.on("urn:1", "1", mkdet(DetectionKind.EVENT, rule="r.ev", actors=("AM",)))
    ruleset.on("urn:3", "1", mkdet(DetectionKind.EVENT, rule="r.ev", dedup_key="k3", actors=("AM",)))
    m = Metrics(CollectorRegistry())
    store = MemoryStore()
    detector = Detector(ruleset, metrics=m)
    detector.evaluate(mkitem("urn:1"), store, t0)
    detector.evaluate(mkitem("urn:2"), store, t0)  # no detection: still evaluated by every rule
    detector.evaluate(mkitem("urn:1"), store, t0)  # a re-delivery: not evaluated again

    def sample(family: str, rule: str) -> float | None:
        return m.registry.get_sample_value(family, {"rule": rule})

    assert sample("wirewatch_rule_evaluations_total", "r.ev") == 2
    assert sample("wirewatch_rule_evaluations_total", "r.quiet") == 2
    assert sample("wirewatch_rule_matches_total", "r.ev") == 1
    assert sample("wirewatch_rule_matches_total", "r.quiet") is None  # never matched: no child
    Detector(ruleset, metrics=m).evaluate(mkitem("urn:3"), store, t0)
    assert sample("wirewatch_rule_evaluations_total", "r.ev") == 3
    assert sample("wirewatch_rule_evaluations_total", "r.quiet") == 3
    assert sample("wirewatch_rule_matches_total", "r.ev") == 2


def test_items_without_detections_leave_no_state(ruleset: Any, mkitem: Det, t0: datetime) -> None:
    """Most wire traffic matches nothing and must cost no state at all."""
    store = MemoryStore()
    assert Detector(ruleset).evaluate(mkitem("urn:quiet"), store, t0) == []
    assert [list(store.scan(ns)) for ns in ("ww.item", "ww.event", "ww.alert")] == [[], [], []]


def test_partition_key_uses_the_rule_sets_detections(ruleset: Any, mkdet: Det, mkitem: Det) -> None:
    """Detector.partition_key routes an item by the party its confirmation concerns."""
    ruleset.on("urn:1", "1", mkdet(DetectionKind.CONFIRMATION, actors=("AZ.mfa", "AM"), party="AZ.mfa"))
    assert Detector(ruleset).partition_key(mkitem()) == "AZ"


def test_unchanged_rederivation_emits_nothing(ruleset: Any, mkdet: Det, mkitem: Det, t0: datetime) -> None:
    """A second item supporting nothing new (a restated figure) leaves every alert digest unchanged."""
    for uri, v in (("urn:1", 10), ("urn:2", 12), ("urn:3", 12)):
        ruleset.on(uri, "1", mkdet(DetectionKind.TOLL_FIGURE, uri=uri, actors=("UA",), party="UA", new=v))
    d, store = Detector(ruleset), MemoryStore()
    d.evaluate(mkitem("urn:1"), store, t0)
    (rev,) = d.evaluate(mkitem("urn:2"), store, t0)
    registry_before = dict(store.scan("ww.alert"))
    assert d.evaluate(mkitem("urn:3"), store, t0) == []
    assert dict(store.scan("ww.alert")) == registry_before
    assert rev.values["new"] == 12


def test_text_alert_support_is_bounded(ruleset: Any, mkdet: Det, mkitem: Det, t0: datetime) -> None:
    """A text alert repeated by many items keeps its first item and the latest ones, MAX_SUPPORT in all."""
    from rules.facts import MAX_SUPPORT

    uris = [f"urn:{i}" for i in range(MAX_SUPPORT + 5)]
    for uri in uris:
        ruleset.on(uri, "1", mkdet(DetectionKind.EVENT, uri=uri, dedup_key="same", actors=("AM",)))
    d, store = Detector(ruleset), MemoryStore()
    last = [d.evaluate(mkitem(uri), store, t0) for uri in uris][-1]
    assert len(last[0].item_ids) == MAX_SUPPORT
    assert last[0].item_ids[0] == "urn:0" and last[0].item_ids[-1] == uris[-1]


def _story(ruleset: Any, mkdet: Det) -> None:
    ruleset.on(
        "urn:c",
        "1",
        claim_detection("urn:c"),
    )
    ruleset.on(
        "urn:f1", "1", mkdet(DetectionKind.TOLL_FIGURE, uri="urn:f1", actors=("AZ",), party="AZ", new=50)
    )
    ruleset.on(
        "urn:f2", "1", mkdet(DetectionKind.TOLL_FIGURE, uri="urn:f2", actors=("AZ",), party="AZ", new=71)
    )
    ruleset.on(
        "urn:ok",
        "1",
        confirmation_detection("urn:ok"),
    )


def test_live_timer_and_replay_give_the_same_alerts(
    ruleset: Any, mkdet: Det, mkitem: Det, t0: datetime
) -> None:
    """Ticking at the deadline (live) and only evaluating items (replay) emit identical alerts."""
    from datetime import timedelta

    _story(ruleset, mkdet)
    h = timedelta(hours=1)
    plan = [("urn:c", 0 * h), ("urn:f1", h / 2), ("urn:f2", 3 * h), ("urn:ok", 5 * h)]
    live, live_store = Detector(ruleset), MemoryStore()
    replay, replay_store = Detector(ruleset), MemoryStore()
    live_out: list[Any] = []
    replay_out: list[Any] = []
    for uri, offset in plan:
        now = t0 + offset
        due = live.next_deadline(live_store)
        if due is not None and due <= now:
            live_out += live.tick(live_store, due)
        live_out += live.evaluate(mkitem(uri), live_store, now)
        replay_out += replay.evaluate(mkitem(uri), replay_store, now)
    strip = [(a.id, a.status, a.trigger, a.starts_at, a.ends_at) for a in live_out]
    assert strip == [(a.id, a.status, a.trigger, a.starts_at, a.ends_at) for a in replay_out]
    assert [a.trigger for a in live_out] == ["deadline", "series", "deadline"]
    assert live_out[-1].status == "resolved"


def test_every_event_record_lives_under_its_event_key(
    ruleset: Any, mkdet: Det, mkitem: Det, t0: datetime
) -> None:
    """Claims, series, text support and the alert registry are all keyed '<event key>|...'."""
    from datetime import timedelta

    _story(ruleset, mkdet)
    ruleset.on("urn:t", "1", mkdet(DetectionKind.EVENT, uri="urn:t", actors=("AM",)))
    d, store = Detector(ruleset), MemoryStore()
    for i, uri in enumerate(("urn:c", "urn:f1", "urn:f2", "urn:t", "urn:ok")):
        d.evaluate(mkitem(uri), store, t0 + timedelta(hours=i))
    events = {k for k, _ in store.scan("ww.event")}
    assert len(events) == 1
    keyed = [k for ns in ("ww.claim", "ww.toll", "ww.text", "ww.alert") for k, _ in store.scan(ns)]
    assert keyed and all(k.split("|", 1)[0] in events for k in keyed)


def test_one_in_item_revision_per_party_and_figure(
    ruleset: Any, mkdet: Det, mkitem: Det, t0: datetime
) -> None:
    """Headline "toll rises to 71" and body "71, up from 50" in one item give one alert, with 50 -> 71."""
    headline = mkdet(
        DetectionKind.EVENT, rule="toll.change", category="toll_revision", dedup_key="h", party="AZ", new=71
    )
    body = mkdet(
        DetectionKind.EVENT,
        rule="toll.versus",
        category="toll_revision",
        dedup_key="b",
        party="AZ",
        new=71,
        old=50,
    )
    other = mkdet(
        DetectionKind.EVENT, rule="toll.change", category="toll_revision", dedup_key="o", party="AM", new=105
    )
    ruleset.on("urn:1", "1", headline, body, other)
    alerts = Detector(ruleset).evaluate(mkitem(), MemoryStore(), t0)
    revisions = sorted((a.rule, a.values.get("party"), a.values.get("old")) for a in alerts)
    assert revisions == [("toll.change", "AM", None), ("toll.versus", "AZ", 50)]


def test_a_model_gap_gives_way_to_the_same_gap_stated_by_a_rule(
    ruleset: Any, mkdet: Det, mkitem: Det, t0: datetime
) -> None:
    """The passage model's gap on a claim a linguistic rule also states gives no second alert."""

    def model_gap(uri: str) -> Any:
        return mkdet(
            DetectionKind.EVENT, rule="gap.model", dedup_key="m", uri=uri, labels={"layer": "model"}, **gap
        )

    gap = {"category": "confirmation_gap", "subject": "ceasefire", "claimant": "AM", "silent_party": "AZ"}
    stated = mkdet(DetectionKind.EVENT, rule="gap.silence", dedup_key="s", **gap)
    ruleset.on("urn:1", "1", stated, model_gap("urn:1"))
    assert [a.rule for a in Detector(ruleset).evaluate(mkitem(), MemoryStore(), t0)] == ["gap.silence"]
    # a gap only the model finds is an alert of its own
    ruleset.on("urn:2", "1", model_gap("urn:2"))
    assert [a.rule for a in Detector(ruleset).evaluate(mkitem("urn:2"), MemoryStore(), t0)] == ["gap.model"]

"""Tests for toll series (rules.tolls): revisions across items, restatements, bounds, sources."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from ingest.models import WireItem
from rules import tolls
from rules.detections import DetectionKind as K
from rules.engine import Detector
from wirewatch.state import MemoryStore

F = Callable[..., Any]
H = timedelta(hours=1)


def _fig(
    mkdet: F,
    uri: str,
    value: int,
    *,
    party: str = "IL",
    source: str = "IL.mfa",
    kind: K = K.TOLL_FIGURE,
    rule: str = "toll.figure",
    **kw: Any,
) -> Any:
    """A toll figure of ``party`` in item ``uri`` (an in-text revision with ``kind=K.EVENT``)."""
    return mkdet(
        kind,
        rule=rule,
        category="toll_revision",
        uri=uri,
        dedup_key=f"{party}:{value}",
        text=f"{value} people were killed.",
        actors=(party,),
        party=party,
        victim_class="all",
        new=value,
        source=source,
        **kw,
    )


def _replay(
    detector: Detector, store: MemoryStore, mkitem: F, t0: datetime, uris: list[str]
) -> list[list[Any]]:
    return [detector.evaluate(mkitem(u), store, t0 + i * H) for i, u in enumerate(uris)]


def test_downward_revision_across_items(ruleset: Any, mkdet: F, mkitem: F, t0: datetime) -> None:
    """1,400 then 1,200 in a later item is a series alert: old, new, delta, direction, both items."""
    ruleset.on("urn:a", "1", _fig(mkdet, "urn:a", 1400))
    ruleset.on("urn:b", "1", _fig(mkdet, "urn:b", 1200, bound="about"))
    first, second = _replay(Detector(ruleset), MemoryStore(), mkitem, t0, ["urn:a", "urn:b"])
    assert first == []
    (a,) = second
    assert a.trigger == "series" and a.category == "toll_revision"
    assert {k: a.values[k] for k in ("old", "new", "delta", "direction")} == {
        "old": 1400,
        "new": 1200,
        "delta": -200,
        "direction": "down",
    }
    assert a.item_ids == ("urn:b",) and a.related_item_ids == ("urn:a",)
    assert "1,400 -> 1,200" in a.summary


def test_upward_chain_alerts_on_each_change(ruleset: Any, mkdet: F, mkitem: F, t0: datetime) -> None:
    """60, 93, 133 gives two upward revisions, each against the figure before it."""
    for uri, v in (("urn:1", 60), ("urn:2", 93), ("urn:3", 133)):
        ruleset.on(uri, "1", _fig(mkdet, uri, v))
    out = _replay(Detector(ruleset), MemoryStore(), mkitem, t0, ["urn:1", "urn:2", "urn:3"])
    assert [[(a.values["old"], a.values["new"], a.values["direction"]) for a in o] for o in out] == [
        [],
        [(60, 93, "up")],
        [(93, 133, "up")],
    ]


def test_levels_of_an_unplaced_role_with_no_source_make_no_series(
    ruleset: Any, mkdet: F, mkitem: F, t0: datetime
) -> None:
    """'Officials put the dead at 17', then another count at 44: whose counts they are is unknown, so
    no series alert; the same levels of a placed party (IL) with a source are a revision."""

    def story(uri: str) -> WireItem:  # one story: the slugline puts both items in one event
        return mkitem(uri, slugline="quake-toll", provider="wire")

    def replay(uris: list[str]) -> list[list[Any]]:
        detector, store = Detector(ruleset), MemoryStore()
        return [detector.evaluate(story(u), store, t0 + i * H) for i, u in enumerate(uris)]

    ruleset.on("urn:g1", "1", _fig(mkdet, "urn:g1", 17, party="gov", source=""))
    ruleset.on("urn:g2", "1", _fig(mkdet, "urn:g2", 44, party="gov", source=""))
    assert replay(["urn:g1", "urn:g2"]) == [[], []]
    ruleset.on("urn:p1", "1", _fig(mkdet, "urn:p1", 17))
    ruleset.on("urn:p2", "1", _fig(mkdet, "urn:p2", 44))
    out = replay(["urn:p1", "urn:p2"])
    assert [[(a.values["old"], a.values["new"]) for a in o] for o in out] == [[], [(17, 44)]]


def test_restatement_stays_quiet(ruleset: Any, mkdet: F, mkitem: F, t0: datetime) -> None:
    """The same figure from a later item (any bound) emits nothing, and the next revision cites both items."""
    ruleset.on("urn:a", "1", _fig(mkdet, "urn:a", 1200))
    ruleset.on("urn:b", "1", _fig(mkdet, "urn:b", 1200, bound="at_least"))
    ruleset.on("urn:c", "1", _fig(mkdet, "urn:c", 1300))
    out = _replay(Detector(ruleset), MemoryStore(), mkitem, t0, ["urn:a", "urn:b", "urn:c"])
    assert out[:2] == [[], []]
    assert out[2][0].related_item_ids == ("urn:a", "urn:b")


def test_lower_bound_below_current_is_not_a_revision(ruleset: Any, mkdet: F, mkitem: F, t0: datetime) -> None:
    """'At least 1,000' after 1,200 is consistent (quiet) and leaves the series at 1,200."""
    ruleset.on("urn:a", "1", _fig(mkdet, "urn:a", 1200))
    ruleset.on("urn:b", "1", _fig(mkdet, "urn:b", 1000, bound="at_least"))
    ruleset.on("urn:c", "1", _fig(mkdet, "urn:c", 1200))
    out = _replay(Detector(ruleset), MemoryStore(), mkitem, t0, ["urn:a", "urn:b", "urn:c"])
    assert out == [[], [], []]


def test_exact_figure_above_lower_bound_is_a_revision(
    ruleset: Any, mkdet: F, mkitem: F, t0: datetime
) -> None:
    """'At least 50' then 71 is an upward revision of a lower bound."""
    ruleset.on("urn:a", "1", _fig(mkdet, "urn:a", 50, bound="at_least"))
    ruleset.on("urn:b", "1", _fig(mkdet, "urn:b", 71))
    out = _replay(Detector(ruleset), MemoryStore(), mkitem, t0, ["urn:a", "urn:b"])
    assert [(a.values["old"], a.values["new"], a.values["bound_old"]) for a in out[1]] == [
        (50, 71, "at_least")
    ]


def test_competing_sources_and_parties_are_separate_series(
    ruleset: Any, mkdet: F, mkitem: F, t0: datetime
) -> None:
    """Different figures from another source, or for another party, are never a revision."""
    ruleset.on("urn:a", "1", _fig(mkdet, "urn:a", 71, party="AZ", source="AZ.mod"))
    ruleset.on("urn:b", "1", _fig(mkdet, "urn:b", 105, party="AM", source="AM"))
    ruleset.on("urn:c", "1", _fig(mkdet, "urn:c", 90, party="AZ", source="AM"))
    out = _replay(Detector(ruleset), MemoryStore(), mkitem, t0, ["urn:a", "urn:b", "urn:c"])
    assert out == [[], [], []]


def test_in_text_revision_is_not_alerted_twice(ruleset: Any, mkdet: F, mkitem: F, t0: datetime) -> None:
    """An item stating '71, up from 50' gives its text alert only; the series then moves on from 71."""
    ruleset.on("urn:a", "1", _fig(mkdet, "urn:a", 50, party="AZ", source="AZ.mod"))
    ruleset.on(
        "urn:b",
        "1",
        mkdet(
            K.EVENT,
            rule="toll.revised",
            category="toll_revision",
            uri="urn:b",
            dedup_key="AZ:71",
            actors=("AZ",),
            party="AZ",
            victim_class="all",
            source="AZ.mod",
            old=50,
            new=71,
        ),
    )
    ruleset.on("urn:c", "1", _fig(mkdet, "urn:c", 71, party="AZ", source="AZ.mod"))
    ruleset.on("urn:d", "1", _fig(mkdet, "urn:d", 50, party="AZ", source="AZ.mod"))
    out = _replay(Detector(ruleset), MemoryStore(), mkitem, t0, ["urn:a", "urn:b", "urn:c", "urn:d"])
    assert [[a.trigger for a in o] for o in out] == [[], ["text"], [], []]


def test_compare_rules() -> None:
    """compare() classifies restated, consistent, stale and revised figures."""

    def e(value: int, bound: str = "exact", superseded: tuple[int, ...] = ()) -> tolls.TollEntry:
        return tolls.TollEntry.model_validate(
            {
                "value": value,
                "bound": bound,
                "superseded": superseded,
                "basis": {
                    "uri": "u",
                    "version": "1",
                    "at": "2026-01-01T00:00:00Z",
                    "rule": "r",
                    "category": "c",
                    "severity": "low",
                    "summary": "s",
                    "dedup_key": "d",
                    "evidence": {"item_id": "u", "text": "t", "start": 0, "end": 1},
                },
            }
        )

    C = tolls.Comparison
    assert tolls.compare(e(1200), e(1200, "about")) is C.RESTATED
    assert tolls.compare(e(1200), e(1000, "at_least")) is C.CONSISTENT
    assert tolls.compare(e(1200), e(1500, "at_most")) is C.CONSISTENT
    assert tolls.compare(e(71, superseded=(50,)), e(50)) is C.STALE
    assert tolls.compare(e(1400, "at_least"), e(1200, "about")) is C.REVISED
    assert tolls.compare(e(1200), e(1300, "at_least")) is C.REVISED


def test_long_series_keeps_bounded_history_without_retracting(
    ruleset: Any, mkdet: F, mkitem: F, t0: datetime
) -> None:
    """Past MAX_HISTORY figures the oldest are forgotten quietly: no retraction, one alert per change."""
    n = tolls.MAX_HISTORY + 6
    uris = [f"urn:{i}" for i in range(n)]
    for i, uri in enumerate(uris):
        ruleset.on(uri, "1", _fig(mkdet, uri, 100 + i))
    out = _replay(Detector(ruleset), store := MemoryStore(), mkitem, t0, uris)
    assert all(len(o) == 1 and o[0].status == "firing" for o in out[1:])
    (raw,) = [v for _, v in store.scan("ww.toll")]
    series = tolls.Series.model_validate_json(raw)
    assert len(series.entries) == tolls.MAX_HISTORY
    assert len(series.alerts) == tolls.MAX_HISTORY - 1


def test_one_side_named_two_ways_is_one_source(ruleset: Any, mkdet: F, mkitem: F, t0: datetime) -> None:
    """Sources meet at their root (PS.moh and ps.hamas); an unplaced 'ministry' stays a separate series."""
    ruleset.on("urn:a", "1", _fig(mkdet, "urn:a", 4651, party="PS", source="PS.moh"))
    ruleset.on("urn:b", "1", _fig(mkdet, "urn:b", 15899, party="PS", source="ps.hamas"))
    ruleset.on("urn:c", "1", _fig(mkdet, "urn:c", 16000, party="PS", source="moh"))
    out = _replay(Detector(ruleset), MemoryStore(), mkitem, t0, ["urn:a", "urn:b", "urn:c"])
    assert [[(a.values["old"], a.values["new"], a.values["source"]) for a in o] for o in out] == [
        [],
        [(4651, 15899, "PS")],
        [],
    ]


def test_toll_of_several_states_is_a_series_of_its_own(shipped: Any, t0: datetime) -> None:
    """'the toll in Turkey and Syria' is SY+TR's series; a later figure for Turkey alone revises nothing."""
    first = "The combined death toll in Turkey and Syria has surpassed 5,000, officials said."
    second = "Turkey's disaster agency said 8,574 people had died in the country so far."
    assert {d.values.get("party") for d in shipped.detect_text(first)} == {"SY+TR"}
    listed = "The death toll from floods in Sudan, Chad and Libya rose to 300, the UN said."
    assert {d.values.get("party") for d in shipped.detect_text(listed)} == {"LY+SD+TD"}
    detector, store = Detector(shipped), MemoryStore()
    detector.evaluate(WireItem(uri="a", body=first), store, t0)
    later = detector.evaluate(WireItem(uri="b", body=second), store, t0 + H)
    assert [a.rule for a in later if a.category == "toll_revision"] == []


def test_a_running_count_gives_the_level_before_its_step(shipped: Any) -> None:
    """ "42 more bodies ..., taking the known death toll to 306": the toll event says 264 -> 306 (the level
    read for the cross-item series, toll.figure, carries no old figure)."""
    found = [
        d.values
        for d in shipped.detect_text(
            "Moldova's Health Ministry said 42 more bodies had been recovered, taking the death toll to 306.",
            year=1992,
        )
        if d.category == "toll_revision"
    ]
    assert any((v.get("new"), v.get("old")) == (306, 264) for v in found)
    assert all(v.get("old") in (None, 264) for v in found)


def _toll_event(mkdet: F, uri: str, new: int, **kw: Any) -> Any:
    """Azerbaijan's in-text toll revision to ``new`` in item ``uri``."""
    return _fig(mkdet, uri, new, party="AZ", source="AZ.mod", kind=K.EVENT, rule="toll.change", **kw)


def test_a_revision_that_names_no_old_figure_takes_its_series_current_one(
    ruleset: Any, mkdet: F, mkitem: F, t0: datetime
) -> None:
    """'brought the number of dead to 15' after an item that put the same series at 8 reads 8 -> 15."""
    ruleset.on("urn:a", "1", _fig(mkdet, "urn:a", 8, party="AZ", source="AZ.mod"))
    ruleset.on("urn:b", "1", _toll_event(mkdet, "urn:b", 15))
    _, (alert,) = _replay(Detector(ruleset), MemoryStore(), mkitem, t0, ["urn:a", "urn:b"])
    assert alert.trigger == "text"
    assert (alert.values["old"], alert.values["new"], alert.values["old_from"]) == (8, 15, "series")


def test_a_revision_that_names_its_old_figure_keeps_it(
    ruleset: Any, mkdet: F, mkitem: F, t0: datetime
) -> None:
    """An old figure the sentence gives wins over the series'; another series' figure gives none."""
    ruleset.on("urn:a", "1", _fig(mkdet, "urn:a", 8, party="AZ", source="AZ.mod"))
    ruleset.on("urn:b", "1", _toll_event(mkdet, "urn:b", 15, old=10))
    ruleset.on("urn:c", "1", _fig(mkdet, "urn:c", 30, party="AM", source="AM.mod"))
    ruleset.on("urn:d", "1", _toll_event(mkdet, "urn:d", 40))
    out = _replay(Detector(ruleset), MemoryStore(), mkitem, t0, ["urn:a", "urn:b"])
    (alert,) = out[1]
    assert (alert.values["old"], "old_from" in alert.values) == (10, False)
    detector, store = Detector(ruleset), MemoryStore()
    _, (other,) = _replay(detector, store, mkitem, t0, ["urn:c", "urn:d"])
    assert other.values.get("old") is None


def test_a_toll_alert_says_the_old_figure_a_later_supporter_gives(
    ruleset: Any, mkdet: F, mkitem: F, t0: datetime
) -> None:
    """One toll alert (party, new figure), at first with no old figure, then "190 from 202", says 202."""
    ruleset.on("urn:a", "1", _toll_event(mkdet, "urn:a", 190))
    ruleset.on("urn:b", "1", _toll_event(mkdet, "urn:b", 190, old=202))
    first, second = _replay(Detector(ruleset), MemoryStore(), mkitem, t0, ["urn:a", "urn:b"])
    assert first[0].values.get("old") is None
    (updated,) = second
    assert updated.id == first[0].id and updated.values["old"] == 202

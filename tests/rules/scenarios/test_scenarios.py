"""Multi-item scenarios replayed on event time through the shipped rule pack and the stateful engine.

Every text here is written for these tests (the seed story's facts, in our own words).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from alerts.models import Alert, AlertStatus

Replay = Callable[[Sequence[tuple[float, Any]]], list[list[Alert]]]
Wire = Callable[..., Any]
WireStep = Callable[..., tuple[float, Any]]
H = 60.0  # minutes
# The RSF's truce announcement: a claim that waits for the Sudanese army (uri, headline, body).
RSF_TRUCE = (
    "rsf-1",
    "RSF announces truce",
    "The Rapid Support Forces announced a 24-hour humanitarian truce on Tuesday.",
)


def _kinds(alerts: list[Alert]) -> list[tuple[str, str, str]]:
    return [(a.category, a.trigger, a.status.value) for a in alerts]


def test_seed_story_as_several_items(replay: Replay, step: WireStep) -> None:
    """Truce, stated gap, toll 50 -> 71 in text, a rival toll, Baku confirms (gap resolves), then 93."""
    steps = [
        step(
            0,
            "seed-1",
            "Armenia says truce with Azerbaijan in force after border clashes",
            "YEREVAN, Sept 15 - A truce between Armenia and Azerbaijan took effect overnight, the "
            "secretary of Armenia's Security Council said in a televised interview on Thursday.",
        ),
        step(
            1 * H,
            "seed-2",
            "Baku silent on truce",
            "Azerbaijan has yet to confirm Armenia's announcement of a truce.",
        ),
        step(
            2 * H,
            "seed-3",
            "Azerbaijan gives soldier toll",
            "Azerbaijan's Defence Ministry said 50 of its soldiers were killed in the fighting "
            "on the border.",
        ),
        step(
            5 * H,
            "seed-4",
            "Azerbaijan raises toll",
            "Azerbaijan's Defence Ministry said on Thursday that 71 of its soldiers had been "
            "killed in the clashes, updating an earlier toll of 50.",
        ),
        step(
            5.5 * H,
            "seed-5",
            "Armenia counts its dead",
            "Armenia said 105 of its soldiers had been killed since the fighting began on Tuesday.",
        ),
        step(
            8 * H,
            "seed-6",
            "Baku confirms truce",
            "Azerbaijan's foreign ministry confirmed the truce with Armenia on Thursday evening.",
        ),
        step(
            26 * H,
            "seed-7",
            "Azerbaijan toll",
            "Azerbaijan's Defence Ministry said 93 of its soldiers had been killed since the fighting began.",
        ),
    ]
    out = replay(steps)
    assert ("ceasefire", "text", "firing") in _kinds(out[0])
    gap = [a for a in out[1] if a.category == "confirmation_gap"]
    assert len(gap) == 1 and gap[0].status is AlertStatus.FIRING
    assert gap[0].values["silent_party"] == "AZ"
    assert [a for a in out[2] if a.category == "toll_revision"] == []
    revs = [a for a in out[3] if a.category == "toll_revision"]
    assert ("text", 50, 71) in {(a.trigger, a.values.get("old"), a.values.get("new")) for a in revs}
    assert all(a.trigger == "text" for a in revs)
    assert [a for a in out[4] if a.category == "toll_revision"] == []
    resolved = [a for a in out[5] if a.status is AlertStatus.RESOLVED]
    assert [a.id for a in resolved] == [gap[0].id]
    # a later item's figure revises the series the in-text revision left at 71
    (series,) = [a for a in out[6] if a.category == "toll_revision"]
    assert series.trigger == "series" and series.item_ids == ("seed-7",)
    assert (series.values["old"], series.values["new"], series.values["direction"]) == (71, 93, "up")
    assert series.related_item_ids == ("seed-4",)
    # the stated gap settled the claim: no deadline alert ever fired
    assert all(a.trigger != "deadline" for fired in out for a in fired)


def test_claim_that_expires(replay: Replay, step: WireStep) -> None:
    """An RSF truce announcement nobody answers raises a deadline alert 6 h later, with no new input."""
    out = replay(
        [
            step(0, *RSF_TRUCE),
            (5.9 * H, None),
            (6.1 * H, None),
        ]
    )
    assert [a for a in out[1] if a.trigger == "deadline"] == []
    (late,) = [a for a in out[2] if a.trigger == "deadline"]
    assert late.category == "confirmation_gap" and late.status is AlertStatus.FIRING
    assert late.item_ids == ("rsf-1",)


def test_claim_confirmed_within_deadline(replay: Replay, step: WireStep) -> None:
    """The army confirming the truce two hours after the announcement leaves no gap alert at all."""
    out = replay(
        [
            step(0, *RSF_TRUCE),
            step(
                2 * H,
                "saf-1",
                "Army confirms truce",
                "The Sudanese army confirmed the 24-hour truce with the Rapid Support Forces.",
            ),
            (12 * H, None),
        ]
    )
    assert all(a.category != "confirmation_gap" for fired in out for a in fired)


def test_denial(replay: Replay, step: WireStep) -> None:
    """The army denying the RSF's claim is a gap alert naming it, and settles the claim: no deadline later."""
    out = replay(
        [
            step(
                0,
                "rsf-2",
                "RSF says it seized town",
                "The Rapid Support Forces said they had seized the town of Babanusa.",
            ),
            step(
                1 * H,
                "saf-2",
                "Army denies losing town",
                "The Sudanese army rejected claims that the Rapid Support Forces had seized Babanusa.",
            ),
            (12 * H, None),
        ]
    )
    assert all(a.category != "confirmation_gap" for a in out[0])
    gaps = [a for a in out[1] if a.category == "confirmation_gap"]
    assert gaps and all(a.trigger == "text" and a.status is AlertStatus.FIRING for a in gaps)
    denial = [a for a in gaps if str(a.values.get("silent_party")).upper().startswith("SD")]
    assert denial and denial[0].values["claimant"] == "sudan.rsf"
    assert out[2] == []


def test_downward_revision_and_quiet_restatement(replay: Replay, step: WireStep) -> None:
    """1,400 then about 1,200 from the same ministry is a downward series alert; repeating 1,200 is quiet."""
    out = replay(
        [
            step(
                0,
                "il-1",
                "Israel gives attack toll",
                "Israel's foreign ministry said the death toll from the October 7 attack stood at 1,400.",
            ),
            step(
                3 * 24 * H,
                "il-2",
                "Israel gives attack toll",
                "Israel's foreign ministry said the death toll from the October 7 attack stood "
                "at about 1,200.",
            ),
            step(
                4 * 24 * H,
                "il-3",
                "Israel attack toll",
                "Israel's foreign ministry said some 1,200 people were killed in total in the "
                "October 7 attack.",
            ),
        ]
    )
    assert [a for a in out[0] if a.category == "toll_revision"] == []
    (rev,) = [a for a in out[1] if a.category == "toll_revision"]
    assert rev.trigger == "series"
    assert (rev.values["old"], rev.values["new"], rev.values["delta"], rev.values["direction"]) == (
        1400,
        1200,
        -200,
        "down",
    )
    assert rev.item_ids == ("il-2",) and rev.related_item_ids == ("il-1",)
    assert [a for a in out[2] if a.category == "toll_revision"] == []


def test_duplicate_delivery(replay: Replay, wire_item: Wire) -> None:
    """The same uri and version delivered twice alerts once."""
    item = wire_item(
        "cf-1",
        "Truce takes effect",
        "A cease-fire between Armenia and Azerbaijan took effect at noon on Thursday.",
    )
    out = replay([(0, item), (5, item)])
    assert ("ceasefire", "text", "firing") in _kinds(out[0])
    assert out[1] == []


def test_killed_item_retracts_its_alert(replay: Replay, wire_item: Wire) -> None:
    """A kill (pubstatus canceled, version 2) twenty minutes later resolves the alert as retracted."""
    item = wire_item(
        "cf-2",
        "Truce takes effect",
        "A cease-fire between Armenia and Azerbaijan took effect at noon on Thursday.",
    )
    kill = wire_item(
        "cf-2", "KILL", "This item has been withdrawn.", minutes=20, version="2", pubstatus="canceled"
    )
    out = replay([(0, item), (20, kill)])
    fired = sorted(a.id for a in out[0] if a.category == "ceasefire")
    assert fired
    assert sorted(a.id for a in out[1]) == fired
    assert {(a.status, a.values["resolved_reason"]) for a in out[1]} == {(AlertStatus.RESOLVED, "retracted")}

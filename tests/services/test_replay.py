"""Tests for the replay driver: event-time ordering and deadlines fired on event time."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from alerts.models import Alert
from ingest.deadletter import DeadLetter, read_dead_letters
from ingest.models import WireItem
from services.replay import ProgressBar, Replayer, expand_paths, load_items, order_by_event_time
from wirewatch.state import StateStore

T0 = datetime(2022, 9, 13, tzinfo=UTC)


def item(uri: str, hours: float | None) -> WireItem:
    when = None if hours is None else T0 + timedelta(hours=hours)
    return WireItem(uri=uri, body="text", versioncreated=when)


def alert(uri: str, now: datetime, trigger: str = "text") -> Alert:
    return Alert(
        id=uri,
        rule="r",
        category="c",
        trigger=trigger,
        summary=uri,
        item_ids=(uri,),
        starts_at=now,
        updated_at=now,
    )


class ScriptedDetector:
    """Opens a 6-hour deadline for each item whose uri starts with 'claim'; records evaluation times."""

    def __init__(self) -> None:
        self.deadlines: dict[str, datetime] = {}
        self.evaluated: list[tuple[str, datetime]] = []
        self.ticked: list[datetime] = []

    def evaluate(self, wire: WireItem, state: StateStore, now: datetime) -> list[Alert]:
        self.evaluated.append((wire.uri, now))
        if wire.uri.startswith("claim"):
            self.deadlines[wire.uri] = now + timedelta(hours=6)
        return [alert(wire.uri, now)]

    def tick(self, state: StateStore, now: datetime) -> list[Alert]:
        self.ticked.append(now)
        due = [uri for uri, d in self.deadlines.items() if d <= now]
        for uri in due:
            del self.deadlines[uri]
        return [alert(f"gap:{uri}", now, "deadline") for uri in due]

    def next_deadline(self, state: StateStore) -> datetime | None:
        return min(self.deadlines.values(), default=None)


def test_order_by_event_time_is_stable_and_fills_gaps() -> None:
    """Items sort by event time (ties keep input order); an untimed item takes the previous item's time."""
    items = [item("b", 2), item("untimed", None), item("a", 1), item("c", 2)]
    ordered = order_by_event_time(items)
    assert [i.uri for _, i in ordered] == ["a", "b", "untimed", "c"]
    assert ordered[2][0] == T0 + timedelta(hours=2)


def test_versioncreated_else_firstcreated() -> None:
    """The event time is versioncreated, falling back to firstcreated."""
    early = WireItem(uri="first-only", body="t", firstcreated=T0)
    late = WireItem(
        uri="both", body="t", firstcreated=T0 - timedelta(days=1), versioncreated=T0 + timedelta(hours=1)
    )
    assert [i.uri for _, i in order_by_event_time([late, early])] == ["first-only", "both"]


def test_deadlines_fire_at_their_own_event_time_between_items() -> None:
    """A deadline due before the next item fires at the deadline instant, before that item is evaluated."""
    detector = ScriptedDetector()
    replayer = Replayer(detector)
    emitted: list[Alert] = []
    stats = replayer.run([item("later", 10), item("claim-1", 1), item("quiet", 3)], emitted.append)
    replayer.close()
    assert [a.id for a in emitted] == ["claim-1", "quiet", "gap:claim-1", "later"]
    gap = emitted[2]
    assert gap.starts_at == T0 + timedelta(hours=7)
    assert detector.evaluated[-1] == ("later", T0 + timedelta(hours=10))
    assert stats.items == 3 and stats.alerts == 4
    assert stats.first == T0 + timedelta(hours=1) and stats.last == T0 + timedelta(hours=10)


def test_deadline_after_last_item_fires_only_with_until() -> None:
    """Without --until the replay stops at the last item's time; with it, later deadlines fire."""
    without: list[Alert] = []
    Replayer(ScriptedDetector()).run([item("claim-x", 0)], without.append)
    assert [a.id for a in without] == ["claim-x"]
    with_until: list[Alert] = []
    Replayer(ScriptedDetector(), until=T0 + timedelta(days=1)).run([item("claim-x", 0)], with_until.append)
    assert [a.id for a in with_until] == ["claim-x", "gap:claim-x"]


def test_load_items_dead_letters_bad_records_and_goes_on(tmp_path: Path) -> None:
    """Undecodable records are written to the dead letter with the file name; the rest load."""
    good = tmp_path / "a.jsonl"
    good.write_text(json.dumps({"id": "g1", "text": "fine"}) + "\n" + '{"id": "bad"}\n')
    folder = tmp_path / "dir"
    folder.mkdir()
    (folder / "b.json").write_text(json.dumps({"id": "g2", "text": "fine"}))
    (folder / "README.md").write_text("not an item")
    dead = DeadLetter(tmp_path / "dl.jsonl")
    items, rejected = load_items([good, folder], dead)
    assert [i.uri for i in items] == ["g1", "g2"]
    assert rejected == 1
    (record,) = read_dead_letters(dead.path)
    assert record["source"] == "replay"
    assert record["origin"] == str(good)
    assert record["field"] == "text"
    assert record["raw"] == '{"id": "bad"}'
    assert expand_paths([folder]) == [folder / "b.json"]


def test_progress_bar_redraws_per_percent_and_ends_the_line() -> None:
    """The progress bar redraws one line only when the percentage changes and ends with a newline."""
    stream = io.StringIO()
    bar = ProgressBar(stream, width=10)
    for done in range(1, 401):
        bar(done, 400)
    text = stream.getvalue()
    assert text.count("\r") == 101  # 0% .. 100%
    assert text.endswith("replay [##########] 100% 400/400 items\n")

"""Route tree walk: first match wins among siblings, ``continue`` goes on, fall back to the parent."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from alerts.config import validate_routing
from alerts.labels import alert_labels
from alerts.table import compile_routing
from alerts.yamlconf import parse

from .conftest import make_alert

TREE = """\
route:
  receiver: desk
  routes:
    - matchers: ['category="ceasefire"']
      receiver: ceasefire-desk
      continue: true
    - matchers: ['severity=~"high|critical"']
      receiver: duty
      routes:
        - matchers: ['actors=~"(.*,)?AZ(,.*)?"']
          receiver: caucasus
    - matchers: ['category="ceasefire"']
      receiver: never
    - matchers: ['category="toll_revision"']
      receiver: tolls
      mute_time_intervals: [night]
receivers:
  - {name: desk}
  - {name: ceasefire-desk}
  - {name: duty}
  - {name: caucasus}
  - {name: never}
  - {name: tolls}
time_intervals:
  - name: night
    time_intervals: [{times: [{start_time: "22:00", end_time: "06:00"}]}]
"""


def table():  # type: ignore[no-untyped-def]
    data, lines = parse(TREE, "tree.yaml")
    return compile_routing(validate_routing(data, lines, "tree.yaml"))


def test_unmatched_goes_to_root() -> None:
    """An alert no child matches goes to the root receiver."""
    assert table().receivers_for({"category": "other", "severity": "low"}) == ["desk"]


def test_continue_and_first_match() -> None:
    """A ``continue`` route lets the next sibling match too; the first non-continue match stops."""
    t = table()
    assert t.receivers_for({"category": "ceasefire", "severity": "high"}) == ["ceasefire-desk", "duty"]
    assert t.receivers_for({"category": "ceasefire", "severity": "low"}) == ["ceasefire-desk", "never"]


def test_nested_route_wins_over_parent() -> None:
    """A matching child replaces its parent; without a matching child the parent is used."""
    t = table()
    assert t.receivers_for({"severity": "high", "actors": "AM,AZ"}) == ["caucasus"]
    assert t.receivers_for({"severity": "high", "actors": "AM"}) == ["duty"]


def test_alert_labels_feed_routing() -> None:
    """Labels derived from an alert (category, severity, actors from values) drive the walk."""
    alert = make_alert(category="confirmation_gap", values={"claimant": "AM", "silent_party": "AZ"})
    labels = alert_labels(alert)
    assert labels["actors"] == "AM,AZ"
    assert labels["alertname"] == alert.rule
    assert table().receivers_for(labels) == ["caucasus"]


def test_mute_window_holds_route() -> None:
    """``muted_at`` names the window at night and is None by day."""
    tolls = table().root.routes[3]
    assert tolls.muted_at(datetime(2026, 11, 29, 23, 0, tzinfo=UTC)) == "mute_time_interval night"
    assert tolls.muted_at(datetime(2026, 11, 29, 12, 0, tzinfo=UTC)) is None


def test_route_ids_are_paths() -> None:
    """Routes without an explicit id are named by their path in the tree."""
    assert sorted(table().routes) == ["root", "root.0", "root.1", "root.1.0", "root.2", "root.3"]


def test_file_helper_unused(tmp_path: Path) -> None:
    """The tree text is also a valid file on disk (same loader)."""
    from alerts.config import load_routing

    path = tmp_path / "r.yaml"
    path.write_text(TREE)
    assert load_routing(path).route.receiver == "desk"

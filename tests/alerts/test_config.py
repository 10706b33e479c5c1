"""Routing file validation: every problem reported with file and line, cross-checks at start-up."""

from __future__ import annotations

from pathlib import Path

import pytest

from alerts.config import load_routing, parse_duration
from alerts.table import compile_routing
from wirewatch.errors import ConfigError

GOOD = """\
route:
  receiver: desk
  group_by: [event_key]
  group_wait: 30s
  routes:
    - matchers: ['category="toll_revision"']
      receiver: risk
      group_interval: 1m
      active_time_intervals: [office]
receivers:
  - name: desk
    console_configs: [{}]
  - name: risk
    webhook_configs:
      - url: {env: RISK_HOOK_URL}
        secret: {file: /run/secrets/hook}
inhibit_rules:
  - source_matchers: ['rule="ceasefire.confirmed"']
    target_matchers: ['category="confirmation_gap"']
    equal: [event_key]
time_intervals:
  - name: office
    time_intervals:
      - times: [{start_time: "08:00", end_time: "18:00"}]
        weekdays: ["monday:friday"]
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "routing.yaml"
    path.write_text(text)
    return path


def refused(tmp_path: Path, text: str) -> tuple[Path, str]:
    """The routing file written from ``text`` and the message of the ConfigError that loading it raises."""
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_routing(path)
    return path, str(info.value)


def test_good_file_compiles_with_inheritance(tmp_path: Path) -> None:
    """A valid file loads; children inherit group_by/group_wait and override what they set."""
    table = compile_routing(load_routing(write(tmp_path, GOOD)))
    child = table.root.routes[0]
    assert child.receiver == "risk"
    assert child.group_by == ("event_key",)
    assert child.group_wait == 30.0
    assert child.group_interval == 60.0
    assert [w.name for w in child.active_windows] == ["office"]
    assert len(table.inhibit_rules) == 1


def test_errors_name_file_and_line(tmp_path: Path) -> None:
    """Unknown receiver, bad regex, bad duration and a bad slack config are all reported with lines."""
    text = """\
route:
  receiver: desk
  group_wait: soon
  routes:
    - matchers: ['category=~"(toll"']
      receiver: nobody
receivers:
  - name: desk
    slack_configs:
      - channel: C1
"""
    path, message = refused(tmp_path, text)
    assert f"{path}:3: route.group_wait: bad duration 'soon'" in message
    assert f"{path}:5: route.routes.0.matchers" in message and "RE2" in message
    assert f"{path}:10: receivers.0.slack_configs.0" in message


def test_cross_check_unknown_receiver_and_window(tmp_path: Path) -> None:
    """Route receivers and time interval names must exist; duplicates are refused."""
    text = """\
route:
  receiver: desk
  routes:
    - receiver: nobody
      mute_time_intervals: [night]
receivers:
  - name: desk
  - name: desk
"""
    path, message = refused(tmp_path, text)
    assert f"{path}:4: route.routes.0.receiver: unknown receiver 'nobody'" in message
    assert f"{path}:5: route.routes.0.mute_time_intervals.0: unknown time interval 'night'" in message
    assert f"{path}:8: receivers.1.name: duplicate receiver 'desk'" in message


def test_yaml_syntax_error_has_line(tmp_path: Path) -> None:
    """Broken YAML is a ConfigError with the line of the problem."""
    path = write(tmp_path, "route:\n  receiver: [desk\nreceivers: []\n")
    with pytest.raises(ConfigError, match=rf"{path}:\d+: invalid YAML"):
        load_routing(path)


def test_root_needs_receiver_and_no_matchers(tmp_path: Path) -> None:
    """The root route must name a receiver and match everything."""
    path = write(tmp_path, "route:\n  matchers: ['a=b']\nreceivers:\n  - name: x\n")
    with pytest.raises(ConfigError) as info:
        load_routing(path)
    assert "the root route needs a receiver" in str(info.value)
    assert "no matchers allowed" in str(info.value)


@pytest.mark.parametrize(
    ("text", "seconds"), [("30s", 30), ("5m", 300), ("1h30m", 5400), ("1d", 86400), (12, 12)]
)
def test_durations(text: object, seconds: float) -> None:
    """Durations use Alertmanager's units."""
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("bad", ["", "5x", "-1", True, "m"])
def test_bad_durations(bad: object) -> None:
    """Malformed durations raise ValueError."""
    with pytest.raises(ValueError):
        parse_duration(bad)

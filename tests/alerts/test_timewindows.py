"""Time windows: times, weekdays, days of month, zones, and quiet hours that wrap midnight."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from alerts.timewindows import TimeInterval, TimeWindow


def test_office_hours_in_a_zone() -> None:
    """09:00-17:00 Monday to Friday in Paris (UTC+1 in November)."""
    iv = TimeInterval.build(times=[("09:00", "17:00")], weekdays=["monday:friday"], location="Europe/Paris")
    assert iv.contains(datetime(2026, 11, 30, 8, 30, tzinfo=UTC))  # Monday 09:30 Paris
    assert not iv.contains(datetime(2026, 11, 30, 7, 30, tzinfo=UTC))  # 08:30 Paris
    assert not iv.contains(datetime(2026, 11, 29, 10, 0, tzinfo=UTC))  # Sunday


def test_range_wrapping_midnight() -> None:
    """A 22:00-07:00 range covers late evening and early morning, not midday."""
    iv = TimeInterval.build(times=[("22:00", "07:00")])
    assert iv.contains(datetime(2026, 11, 29, 23, 0, tzinfo=UTC))
    assert iv.contains(datetime(2026, 11, 29, 6, 59, tzinfo=UTC))
    assert not iv.contains(datetime(2026, 11, 29, 7, 0, tzinfo=UTC))


def test_last_day_of_month_and_months() -> None:
    """``-1`` is the last day of the month; month names work."""
    iv = TimeInterval.build(days_of_month=["-1"], months=["november"])
    assert iv.contains(datetime(2026, 11, 30, tzinfo=UTC))
    assert not iv.contains(datetime(2026, 11, 29, tzinfo=UTC))
    assert not iv.contains(datetime(2026, 10, 31, tzinfo=UTC))


@pytest.mark.parametrize(
    "kwargs",
    [
        {"times": [("25:00", "26:00")]},
        {"times": [("10:00", "10:00")]},
        {"weekdays": ["funday"]},
        {"location": "Mars/Olympus"},
        {"months": ["13"]},
    ],
)
def test_invalid_fields_raise(kwargs: dict[str, object]) -> None:
    """Out-of-range times, unknown names and zones are refused."""
    with pytest.raises(ValueError):
        TimeInterval.build(**kwargs)  # type: ignore[arg-type]


def test_named_window_is_any_interval() -> None:
    """A window matches when any of its intervals does."""
    w = TimeWindow("w", (TimeInterval.build(weekdays=["saturday"]), TimeInterval.build(weekdays=["sunday"])))
    assert w.contains(datetime(2026, 11, 29, tzinfo=UTC))  # Sunday
    assert not w.contains(datetime(2026, 11, 30, tzinfo=UTC))

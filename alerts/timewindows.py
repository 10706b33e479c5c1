"""Time windows for routes (Alertmanager's ``time_intervals``) and subscription quiet hours.

A :class:`TimeInterval` matches an instant when every field it sets matches (an empty field matches
everything): ``times`` (``HH:MM`` ranges, start inclusive, end exclusive; a range whose end is before
its start wraps past midnight, which quiet hours need), ``weekdays`` (``monday:friday``),
``days_of_month`` (``1:7``, ``-1`` = last day), ``months`` (``1:3`` or ``january:march``), ``years``
and ``location`` (an IANA zone; default UTC). A named window matches when any of its intervals does.
Pure: the instant is always passed in.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_WEEKDAYS = {name: i for i, name in enumerate(calendar.day_name[i].lower() for i in range(7))}
_MONTHS = {calendar.month_name[i].lower(): i for i in range(1, 13)}


def _parse_clock(text: str) -> int:
    try:
        hh, mm = text.strip().split(":")
        hours, minutes = int(hh), int(mm)
    except ValueError as exc:
        raise ValueError(f"bad time {text!r}: expected HH:MM") from exc
    if not (0 <= hours <= 24 and 0 <= minutes < 60) or (hours == 24 and minutes != 0):
        raise ValueError(f"bad time {text!r}: out of range")
    return hours * 60 + minutes


def _parse_ranges(items: Sequence[str], names: dict[str, int], lo: int, hi: int, what: str) -> frozenset[int]:
    out: set[int] = set()
    for item in items:
        parts = [p.strip().lower() for p in str(item).split(":")]
        if len(parts) not in (1, 2):
            raise ValueError(f"bad {what} range {item!r}")
        bounds = []
        for part in parts:
            if part in names:
                bounds.append(names[part])
                continue
            try:
                bounds.append(int(part))
            except ValueError as exc:
                raise ValueError(f"bad {what} {part!r}") from exc
        start, end = bounds[0], bounds[-1]
        if what == "day of month":
            if not all(-31 <= b <= 31 and b != 0 for b in bounds):
                raise ValueError(f"bad day of month range {item!r}")
            out.update(range(start, end + 1) if start <= end else ())
            if start > end:
                raise ValueError(f"bad day of month range {item!r}: start after end")
            continue
        if not all(lo <= b <= hi for b in bounds) or start > end:
            raise ValueError(f"bad {what} range {item!r}")
        out.update(range(start, end + 1))
    return frozenset(out)


@dataclass(frozen=True)
class TimeInterval:
    """One interval; see the module docstring. Build with :meth:`build`."""

    times: tuple[tuple[int, int], ...] = ()
    weekdays: frozenset[int] = frozenset()
    days_of_month: frozenset[int] = frozenset()
    months: frozenset[int] = frozenset()
    years: frozenset[int] = frozenset()
    location: str = "UTC"

    @classmethod
    def build(
        cls,
        *,
        times: Sequence[tuple[str, str]] = (),
        weekdays: Sequence[str] = (),
        days_of_month: Sequence[str] = (),
        months: Sequence[str] = (),
        years: Sequence[str] = (),
        location: str = "UTC",
    ) -> TimeInterval:
        """Parse the textual fields; raises ``ValueError`` naming the bad field."""
        try:
            ZoneInfo(location)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {location!r}") from exc
        parsed_times = []
        for start, end in times:
            s, e = _parse_clock(start), _parse_clock(end)
            if s == e:
                raise ValueError(f"empty time range {start}-{end}")
            parsed_times.append((s, e))
        return cls(
            times=tuple(parsed_times),
            weekdays=_parse_ranges(weekdays, _WEEKDAYS, 0, 6, "weekday"),
            days_of_month=_parse_ranges(days_of_month, {}, -31, 31, "day of month"),
            months=_parse_ranges(months, _MONTHS, 1, 12, "month"),
            years=_parse_ranges(years, {}, 1970, 9999, "year"),
            location=location,
        )

    def contains(self, instant: datetime) -> bool:
        """Whether aware ``instant`` falls in this interval (evaluated in ``location``)."""
        local = instant.astimezone(ZoneInfo(self.location))
        if self.times:
            minute = local.hour * 60 + local.minute
            if not any((s <= minute < e) if s < e else (minute >= s or minute < e) for s, e in self.times):
                return False
        if self.weekdays and local.weekday() not in self.weekdays:
            return False
        if self.days_of_month:
            last = calendar.monthrange(local.year, local.month)[1]
            if local.day not in self.days_of_month and (local.day - last - 1) not in self.days_of_month:
                return False
        if self.months and local.month not in self.months:
            return False
        return not (self.years and local.year not in self.years)


@dataclass(frozen=True)
class TimeWindow:
    """A named set of intervals; matches when any interval does."""

    name: str
    intervals: tuple[TimeInterval, ...]

    def contains(self, instant: datetime) -> bool:
        return any(i.contains(instant) for i in self.intervals)

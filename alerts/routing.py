"""Route stage: the compiled route tree and the walk that finds an alert's routes.

Semantics follow Alertmanager. A route matches when all its matchers match the alert's labels. The
walk is depth-first from the root (which matches everything): the children of a matching route are
tried in order, and the first matching child ends the search among its siblings unless it sets
``continue``. When no child matches, the route itself is the result. Children inherit ``receiver``,
``group_by``, the timings and nothing else. ``group_by: ['...']`` groups by every label, i.e. one
group per alert (keyed by fingerprint). Pure: labels and instants are passed in.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from alerts.matchers import Matcher, matches_all
from alerts.timewindows import TimeWindow

ALL_LABELS = "..."
#: Alertmanager's defaults for a routing file that does not set them.
DEFAULT_GROUP_WAIT = 30.0
DEFAULT_GROUP_INTERVAL = 300.0
DEFAULT_REPEAT_INTERVAL = 4 * 3600.0


@dataclass(frozen=True)
class Route:
    """One node of the compiled tree, with inherited settings already filled in."""

    id: str
    receiver: str
    matchers: tuple[Matcher, ...] = ()
    group_by: tuple[str, ...] = ()
    group_wait: float = DEFAULT_GROUP_WAIT
    group_interval: float = DEFAULT_GROUP_INTERVAL
    repeat_interval: float = DEFAULT_REPEAT_INTERVAL
    continue_: bool = False
    active_windows: tuple[TimeWindow, ...] = ()
    mute_windows: tuple[TimeWindow, ...] = ()
    routes: tuple[Route, ...] = ()

    @property
    def groups_by_all(self) -> bool:
        return ALL_LABELS in self.group_by

    def muted_at(self, instant: datetime) -> str | None:
        """Why notifications of this route are held at ``instant`` (a window name), or ``None``."""
        for window in self.mute_windows:
            if window.contains(instant):
                return f"mute_time_interval {window.name}"
        if self.active_windows and not any(w.contains(instant) for w in self.active_windows):
            return "outside active_time_intervals " + ",".join(w.name for w in self.active_windows)
        return None

    def walk(self) -> list[Route]:
        """This route and all descendants, depth-first."""
        out = [self]
        for child in self.routes:
            out.extend(child.walk())
        return out


def match_routes(route: Route, labels: Mapping[str, str]) -> list[Route]:
    """The routes an alert with ``labels`` is handled by (empty if ``route`` itself does not match)."""
    if not matches_all(route.matchers, labels):
        return []
    found: list[Route] = []
    for child in route.routes:
        hits = match_routes(child, labels)
        if hits:
            found.extend(hits)
            if not child.continue_:
                break
    return found or [route]


def receivers_for(route: Route, labels: Mapping[str, str]) -> list[str]:
    """Receiver names an alert reaches, in route order, without duplicates."""
    seen: list[str] = []
    for r in match_routes(route, labels):
        if r.receiver not in seen:
            seen.append(r.receiver)
    return seen


def route_index(root: Route) -> dict[str, Route]:
    """Every route by id."""
    return {r.id: r for r in root.walk()}


def child_id(parent: Route | None, index: int, explicit: str | None = None) -> str:
    """Stable id: ``explicit`` when given (subscriptions), else the path ``root.2.0``."""
    if explicit:
        return explicit
    return "root" if parent is None else f"{parent.id}.{index}"


def build_route(
    *,
    parent: Route | None,
    index: int,
    receiver: str | None,
    matchers: Sequence[Matcher],
    group_by: Sequence[str] | None,
    group_wait: float | None,
    group_interval: float | None,
    repeat_interval: float | None,
    continue_: bool,
    active_windows: Sequence[TimeWindow],
    mute_windows: Sequence[TimeWindow],
    children: Sequence[Route] = (),
    explicit_id: str | None = None,
) -> Route:
    """A route with unset fields inherited from ``parent`` (or Alertmanager's defaults at the root)."""

    def pick(value: float | None, inherited: float | None, default: float) -> float:
        if value is not None:
            return value
        return inherited if inherited is not None else default

    if receiver is None and parent is None:
        raise ValueError("the root route needs a receiver")
    return Route(
        id=child_id(parent, index, explicit_id),
        receiver=receiver if receiver is not None else (parent.receiver if parent else ""),
        matchers=tuple(matchers),
        group_by=tuple(group_by) if group_by is not None else (parent.group_by if parent else ()),
        group_wait=pick(group_wait, parent.group_wait if parent else None, DEFAULT_GROUP_WAIT),
        group_interval=pick(
            group_interval, parent.group_interval if parent else None, DEFAULT_GROUP_INTERVAL
        ),
        repeat_interval=pick(
            repeat_interval, parent.repeat_interval if parent else None, DEFAULT_REPEAT_INTERVAL
        ),
        continue_=continue_,
        active_windows=tuple(active_windows),
        mute_windows=tuple(mute_windows),
        routes=tuple(children),
    )

"""The compiled routing table: what the pipeline and ``routes test`` run on.

:func:`compile_routing` turns a validated :class:`RoutingSpec` (routing file plus compiled
subscriptions) into immutable runtime objects: the :class:`Route` tree with inheritance applied,
inhibition rules and named time windows. Receiver specs are kept for the notifier factory.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from alerts.config import ReceiverSpec, RouteSpec, RoutingSpec
from alerts.inhibit import InhibitRule
from alerts.matchers import parse_matchers
from alerts.routing import Route, build_route, receivers_for, route_index
from alerts.timewindows import TimeWindow


@dataclass(frozen=True)
class RoutingTable:
    root: Route
    receivers: Mapping[str, ReceiverSpec]
    inhibit_rules: tuple[InhibitRule, ...] = ()
    windows: Mapping[str, TimeWindow] = field(default_factory=dict)
    routes: Mapping[str, Route] = field(default_factory=dict)

    def receivers_for(self, labels: Mapping[str, str]) -> list[str]:
        return receivers_for(self.root, labels)


def _compile_route(
    spec: RouteSpec, parent: Route | None, index: int, windows: Mapping[str, TimeWindow]
) -> Route:
    # Build the node first (children need it as their parent), then attach compiled children.
    node = build_route(
        parent=parent,
        index=index,
        receiver=spec.receiver,
        matchers=parse_matchers(spec.matchers),
        group_by=spec.group_by,
        group_wait=spec.group_wait,
        group_interval=spec.group_interval,
        repeat_interval=spec.repeat_interval,
        continue_=spec.continue_,
        active_windows=[windows[n] for n in spec.active_time_intervals],
        mute_windows=[windows[n] for n in spec.mute_time_intervals],
        explicit_id=spec.id,
    )
    children = tuple(_compile_route(child, node, i, windows) for i, child in enumerate(spec.routes))
    return Route(**{**node.__dict__, "routes": children})


def compile_routing(spec: RoutingSpec) -> RoutingTable:
    """Compile a cross-checked spec (see :func:`alerts.config.validate_routing`)."""
    windows = {
        w.name: TimeWindow(w.name, tuple(i.build() for i in w.time_intervals)) for w in spec.time_intervals
    }
    root = _compile_route(spec.route, None, 0, windows)
    rules = tuple(
        InhibitRule(parse_matchers(r.source_matchers), parse_matchers(r.target_matchers), tuple(r.equal))
        for r in spec.inhibit_rules
    )
    return RoutingTable(
        root=root,
        receivers={r.name: r for r in spec.receivers},
        inhibit_rules=rules,
        windows=windows,
        routes=route_index(root),
    )

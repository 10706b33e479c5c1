"""``wirewatch routes check|test|show``: validate the routing file and try labels against it."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from alerts.matchers import Matcher
    from alerts.routing import Route
    from wirewatch.settings import Settings


def _settings(args: argparse.Namespace) -> Settings:
    from wirewatch.settings import Settings

    updates: dict[str, Any] = {}
    if args.file is not None:
        updates["routing_file"] = args.file
    if args.subscriptions is not None:
        updates["subscriptions_dir"] = args.subscriptions
    return Settings().model_copy(update=updates)


def _check(args: argparse.Namespace) -> int:
    from alerts.factory import load_spec
    from alerts.table import compile_routing

    spec, subs = load_spec(_settings(args))
    table = compile_routing(spec)
    print(
        f"ok: {len(table.routes)} routes, {len(table.receivers)} receivers, "
        f"{len(table.inhibit_rules)} inhibit rules, {len(subs)} subscriptions"
    )
    return 0


def _test(args: argparse.Namespace) -> int:
    from alerts.cli_support import now, parse_instant, parse_labels, print_json
    from alerts.factory import load_spec
    from alerts.routing import match_routes
    from alerts.table import compile_routing

    table = compile_routing(load_spec(_settings(args))[0])
    labels = parse_labels(args.label or [])
    at = parse_instant(args.at) if args.at else now()
    routes = match_routes(table.root, labels)
    if args.json:
        print_json([{"receiver": r.receiver, "route": r.id, "muted": r.muted_at(at)} for r in routes])
        return 0
    seen = []
    for route in routes:
        if route.receiver in seen:
            continue
        seen.append(route.receiver)
        muted = route.muted_at(at)
        print(route.receiver + (f"    (held now: {muted})" if muted and args.verbose else ""))
        if args.verbose:
            print(
                f"    route {route.id}  group_by={list(route.group_by)}  group_wait={route.group_wait:g}s  "
                f"group_interval={route.group_interval:g}s  repeat_interval={route.repeat_interval:g}s"
            )
    return 0


def _matchers(matchers: tuple[Matcher, ...]) -> str:
    return "{" + ", ".join(str(m) for m in matchers) + "}"


def _show(args: argparse.Namespace) -> int:
    from alerts.factory import load_spec
    from alerts.table import compile_routing

    table = compile_routing(load_spec(_settings(args))[0])

    def walk(route: Route, depth: int) -> None:
        flags = " continue" if route.continue_ else ""
        print(f"{'  ' * depth}- {route.id}: {_matchers(route.matchers)} -> {route.receiver}{flags}")
        for child in route.routes:
            walk(child, depth + 1)

    walk(table.root, 0)
    return 0


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser("routes", help="check and test alert routing")
    commands = parser.add_subparsers(dest="routes_command", metavar="ACTION")

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--file", type=Path, help="routing file (default: WIREWATCH_ROUTING_FILE)")
        p.add_argument(
            "--subscriptions", type=Path, help="subscriptions dir (default: WIREWATCH_SUBSCRIPTIONS_DIR)"
        )

    check = commands.add_parser("check", help="validate the routing file and subscriptions")
    common(check)
    check.set_defaults(handler=_check)
    test = commands.add_parser("test", help="print the receivers an alert with these labels reaches")
    common(test)
    test.add_argument("--label", "-l", action="append", metavar="K=V", help="alert label (repeatable)")
    test.add_argument("--at", help="evaluate time windows at this ISO instant (default: now)")
    test.add_argument("--verbose", "-v", action="store_true", help="show routes, timings and time windows")
    test.add_argument("--json", action="store_true")
    test.set_defaults(handler=_test)
    show = commands.add_parser("show", help="print the compiled route tree")
    common(show)
    show.set_defaults(handler=_show)

    def _help(_args: argparse.Namespace) -> int:
        parser.print_help()
        return 2

    parser.set_defaults(handler=_help)

"""``wirewatch silences add|list|expire``: manage silences in the state store."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from wirewatch.errors import ConfigError

if TYPE_CHECKING:
    from alerts.silences import Silence


def _row(s: Silence, at: Any) -> str:
    return (
        f"{s.id}  {s.state(at):8}  until {s.ends_at.isoformat()}  by {s.created_by}  "
        f"{' '.join(s.matchers)}" + (f"  # {s.comment}" if s.comment else "")
    )


def _add(args: argparse.Namespace) -> int:
    if not args.matcher:
        raise ConfigError("a silence needs at least one --matcher")
    if (args.duration is None) == (args.until is None):
        raise ConfigError("give exactly one of --duration or --until")
    import getpass

    from alerts.cli_support import close_store, now, open_store, parse_instant, parse_timedelta, print_json
    from alerts.silences import SilenceStore
    from wirewatch.settings import Settings

    store = open_store(Settings())
    try:
        at = now()
        silence = SilenceStore(store).add(
            args.matcher,
            created_by=args.author or getpass.getuser(),
            now=at,
            duration=parse_timedelta(args.duration) if args.duration else None,
            ends_at=parse_instant(args.until) if args.until else None,
            starts_at=parse_instant(args.start) if args.start else None,
            comment=args.comment or "",
        )
    finally:
        close_store(store)
    if args.json:
        print_json(silence.model_dump(mode="json"))
    else:
        print(silence.id)
    return 0


def _list(args: argparse.Namespace) -> int:
    from alerts.cli_support import close_store, now, open_store, print_json
    from alerts.silences import SilenceStore
    from wirewatch.settings import Settings

    store = open_store(Settings())
    try:
        at = now()
        silences = SilenceStore(store).list(at, include_expired=args.all)
    finally:
        close_store(store)
    if args.json:
        print_json([{**s.model_dump(mode="json"), "state": s.state(at)} for s in silences])
        return 0
    for s in silences:
        print(_row(s, at))
    return 0


def _expire(args: argparse.Namespace) -> int:
    from alerts.cli_support import close_store, now, open_store
    from alerts.silences import SilenceStore
    from wirewatch.settings import Settings

    store = open_store(Settings())
    try:
        at = now()
        for sid in args.id:
            print(_row(SilenceStore(store).expire(sid, at), at))
    finally:
        close_store(store)
    return 0


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser("silences", help="add, list and expire alert silences")
    commands = parser.add_subparsers(dest="silences_command", metavar="ACTION")
    add = commands.add_parser("add", help="mute alerts matching all matchers until an end time")
    add.add_argument(
        "--matcher",
        "-m",
        action="append",
        metavar="MATCHER",
        help="label matcher, e.g. 'category=\"toll_revision\"' or 'event_key=~\"sudan.*\"' (repeatable)",
    )
    add.add_argument("--duration", "-d", help="how long, e.g. 2h, 30m, 1d")
    add.add_argument("--until", help="end as ISO 8601 instant")
    add.add_argument("--start", help="start as ISO 8601 instant (default: now)")
    add.add_argument("--author", "-a", help="who creates it (default: login name)")
    add.add_argument("--comment", "-c", help="why")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=_add)
    lst = commands.add_parser("list", help="list active and pending silences")
    lst.add_argument("--all", action="store_true", help="include expired silences")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=_list)
    exp = commands.add_parser("expire", help="end silences now")
    exp.add_argument("id", nargs="+")
    exp.set_defaults(handler=_expire)

    def _help(_args: argparse.Namespace) -> int:
        parser.print_help()
        return 2

    parser.set_defaults(handler=_help)

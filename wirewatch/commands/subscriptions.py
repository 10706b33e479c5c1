"""``wirewatch subscriptions list|check``: show and validate subscription files."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from wirewatch.errors import ConfigError


def _dir(args: argparse.Namespace) -> Path:
    from wirewatch.settings import Settings

    directory = args.dir or Settings().subscriptions_dir
    if directory is None:
        raise ConfigError("no subscriptions directory: pass --dir or set WIREWATCH_SUBSCRIPTIONS_DIR")
    return Path(directory)


def _list(args: argparse.Namespace) -> int:
    from alerts.cli_support import print_json
    from alerts.subscriptions import load_subscriptions, public_view

    subs = [public_view(s) for s in load_subscriptions(_dir(args))]
    if args.json:
        print_json(subs)
        return 0
    for s in subs:
        where = ", ".join(f"{k}={v}" for k, v in s["deliver"].items())
        what = " ".join(s["matchers"]) or "(everything)"
        quiet = s["quiet_hours"]
        print(
            f"{s['name']}: {what} -> {where}"
            + (f"  quiet {quiet['start']}-{quiet['end']} {quiet['timezone']}" if quiet else "")
        )
    return 0


def _check(args: argparse.Namespace) -> int:
    from alerts.subscriptions import load_subscriptions

    subs = load_subscriptions(_dir(args))
    print(f"ok: {len(subs)} subscriptions")
    return 0


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "subscriptions", help="list and check alert subscriptions"
    )
    commands = parser.add_subparsers(dest="subscriptions_command", metavar="ACTION")
    for name, handler, text in (("list", _list, "list subscriptions"), ("check", _check, "validate them")):
        p = commands.add_parser(name, help=text)
        p.add_argument("--dir", type=Path, help="directory (default: WIREWATCH_SUBSCRIPTIONS_DIR)")
        if name == "list":
            p.add_argument("--json", action="store_true")
        p.set_defaults(handler=handler)

    def _help(_args: argparse.Namespace) -> int:
        parser.print_help()
        return 2

    parser.set_defaults(handler=_help)

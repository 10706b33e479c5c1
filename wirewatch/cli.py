"""The ``wirewatch`` command line.

Each module in :mod:`wirewatch.commands` contributes sub-commands through ``register(subparsers)``;
a registered handler takes the parsed ``argparse.Namespace`` and returns the exit code. Adding a
command never touches this file. Building the parser imports no heavy module (see
:mod:`wirewatch.commands`): handlers import what they run on.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence

import wirewatch.commands
from wirewatch import __version__
from wirewatch.errors import WirewatchError


def build_parser() -> argparse.ArgumentParser:
    """Build the parser from every command module."""
    parser = argparse.ArgumentParser(prog="wirewatch", description="Alerting for news-wire desks.")
    parser.add_argument("--version", action="version", version=f"wirewatch {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(wirewatch.commands.__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"wirewatch.commands.{info.name}")
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: parse ``argv`` and run the chosen command; errors print one clear line."""
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    try:
        return int(handler(args))
    except WirewatchError as exc:
        print(f"wirewatch: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

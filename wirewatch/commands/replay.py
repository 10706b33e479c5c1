"""``wirewatch replay PATH...``: run recorded items through the rules on event time.

Writes every alert, including later status changes, as JSON lines (``id``, ``category``, ``rule``,
``status``, ``item_ids``, ``summary``, ``evidence``, ...) to ``--output`` or stdout. Undecodable
records go to the dead-letter file and the replay goes on. A progress bar shows on stderr when it
is a terminal.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from wirewatch.errors import ConfigError, DecodeError

if TYPE_CHECKING:
    from datetime import datetime


def _instant(text: str) -> datetime:
    # Imported on use: only a given --until needs the ingest field parser (and pydantic).
    from ingest.fields import parse_datetime

    try:
        value = parse_datetime(text, "--until")
    except DecodeError as exc:
        raise argparse.ArgumentTypeError(exc.reason) from exc
    if value is None:
        raise argparse.ArgumentTypeError("empty time")
    return value


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "replay",
        help="replay recorded items on event time and write the alerts as JSON lines",
        description=(__doc__ or "").replace("``", ""),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "paths",
        nargs="+",
        type=Path,
        metavar="PATH",
        help="ninjs, RSS/Atom or JSON-lines files (a directory: its files; -: stdin)",
    )
    parser.add_argument(
        "--rules",
        type=Path,
        metavar="DIR",
        action="append",
        help="user rule directory, added to the shipped pack (repeatable)",
    )
    parser.add_argument("--output", "-o", type=Path, metavar="FILE", help="alerts file (default: stdout)")
    parser.add_argument(
        "--dead-letter",
        type=Path,
        metavar="FILE",
        help="dead-letter file (default: WIREWATCH_DEAD_LETTER_PATH)",
    )
    parser.add_argument(
        "--until",
        type=_instant,
        metavar="TIME",
        help="after the last item, let deadlines fire up to this ISO 8601 time",
    )
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    # Imported here so that `wirewatch --help` stays fast and other commands do not load the engine.
    from alerts.models import Alert
    from alerts.notifiers.jsonl import alert_record
    from ingest.deadletter import DeadLetter
    from rules.engine import Detector
    from rules.loader import load_ruleset
    from services.replay import ProgressBar, Replayer, load_items
    from wirewatch.settings import Settings

    settings = Settings()
    missing = [str(p) for p in args.paths if str(p) != "-" and not p.exists()]
    if missing:
        raise ConfigError(f"no such file: {', '.join(missing)}")
    dead_letter = DeadLetter(args.dead_letter or settings.dead_letter_path)
    rules_dirs = list(args.rules or ([settings.rules_dir] if settings.rules_dir else []))
    ruleset = load_ruleset(rules_dirs)
    items, rejected = load_items(args.paths, dead_letter)
    out: TextIO = args.output.open("w", encoding="utf-8") if args.output else sys.stdout

    def emit(alert: Alert) -> None:
        out.write(json.dumps(alert_record(alert), ensure_ascii=False) + "\n")

    progress = ProgressBar(sys.stderr) if sys.stderr.isatty() else None
    replayer = Replayer(Detector(ruleset), until=args.until)
    try:
        stats = replayer.run(items, emit, progress)
    finally:
        replayer.close()
        if args.output:
            out.close()
        else:
            out.flush()
    where = f" to {args.output}" if args.output else ""
    dead = f"; {rejected} undecodable record(s) written to {dead_letter.path}" if rejected else ""
    print(f"replayed {stats.items} item(s): {stats.alerts} alert record(s){where}{dead}", file=sys.stderr)
    return 0

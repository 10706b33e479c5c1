"""``wirewatch run``: the embedded runtime (one process, SQLite state, no broker).

With no arguments it is the demo: the bundled sample items are fed first (so cease-fire,
confirmation-gap and toll-revision alerts appear within seconds) into a fresh state file
``var/demo.sqlite3``, then it keeps serving the inbox ``var/inbox`` and HTTP on ``127.0.0.1:8080``.
Given ``--inbox`` (or ``WIREWATCH_INBOX``) it runs for real: no samples, state kept in
``--state`` (default ``WIREWATCH_STATE_PATH``, ``var/wirewatch.sqlite3``) across restarts.
Flags override settings from ``WIREWATCH_*`` environment variables.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from services.embedded import RuntimeOptions
    from wirewatch.settings import Settings

DEMO_STATE = Path("var/demo.sqlite3")
DEMO_INBOX = Path("var/inbox")


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "run",
        help="run the embedded runtime (inbox, HTTP, stdin; SQLite state)",
        description=(__doc__ or "").replace("``", ""),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--inbox", type=Path, metavar="DIR", help="directory to watch for item files")
    parser.add_argument(
        "--rules",
        type=Path,
        metavar="DIR",
        action="append",
        help="user rule directory, added to the shipped pack (repeatable)",
    )
    parser.add_argument("--state", type=Path, metavar="PATH", help="SQLite state file")
    parser.add_argument("--listen", metavar="HOST:PORT", help="HTTP address (port 0: any free port)")
    parser.add_argument("--no-http", action="store_true", help="do not serve HTTP")
    parser.add_argument("--dead-letter", type=Path, metavar="FILE", help="dead-letter JSON-lines file")
    parser.add_argument(
        "--alerts", type=Path, metavar="FILE", help="also append alerts to this JSON-lines file"
    )
    parser.add_argument(
        "--samples",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="feed the bundled sample items first (default: only when no inbox is set)",
    )
    parser.add_argument(
        "--stdin",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="read items from stdin (default: when stdin is not a terminal)",
    )
    parser.add_argument(
        "--exit-when-idle",
        action="store_true",
        help="stop (gracefully) once the samples, the inbox's first scan and stdin are done",
    )
    parser.set_defaults(handler=handle)


def options_from(args: argparse.Namespace, settings: Settings) -> tuple[Settings, RuntimeOptions, bool]:
    """Merge flags over settings; returns ``(settings, options, demo)``."""
    from services.embedded import RuntimeOptions
    from services.samples import sample_paths

    inbox = args.inbox or settings.inbox
    demo = inbox is None and args.samples is not False
    samples = args.samples if args.samples is not None else demo
    if demo:
        inbox = DEMO_INBOX
    state = args.state or (
        DEMO_STATE if demo and "state_path" not in settings.model_fields_set else settings.state_path
    )
    updates: dict[str, Any] = {"state_path": state, "inbox": inbox}
    if args.rules:
        updates["rules_dir"] = args.rules[0]
    if args.listen:
        updates["listen"] = args.listen
    if args.dead_letter:
        updates["dead_letter_path"] = args.dead_letter
    if args.alerts:
        updates["alerts_path"] = args.alerts
    settings = settings.model_copy(update=updates)
    rules_dirs = tuple(args.rules) if args.rules else ((settings.rules_dir,) if settings.rules_dir else ())
    use_stdin = args.stdin if args.stdin is not None else (sys.stdin is not None and not sys.stdin.isatty())
    options = RuntimeOptions(
        state_path=state,
        dead_letter_path=settings.dead_letter_path,
        rules_dirs=rules_dirs,
        inbox=inbox,
        listen=None if args.no_http else settings.listen,
        samples=sample_paths() if samples else (),
        stdin=sys.stdin.buffer if use_stdin and sys.stdin is not None else None,
        exit_when_idle=args.exit_when_idle,
        var_dir=state.parent,
    )
    return settings, options, demo


def handle(args: argparse.Namespace) -> int:
    import asyncio

    import structlog

    from services.embedded import EmbeddedRuntime
    from wirewatch import eventloop
    from wirewatch.logging import configure_logging
    from wirewatch.settings import Settings

    settings = Settings()
    configure_logging(settings.log_level, settings.log_json)
    settings, options, demo = options_from(args, settings)
    log = structlog.get_logger("wirewatch.run")
    if demo and options.state_path == DEMO_STATE:
        # The demo starts from a clean slate each time, so the sample alerts show on every run.
        for suffix in ("", "-wal", "-shm"):
            Path(f"{DEMO_STATE}{suffix}").unlink(missing_ok=True)
        log.info(
            "run.demo",
            state=str(DEMO_STATE),
            inbox=str(options.inbox),
            hint="pass --inbox DIR (or --no-samples) to run with persistent state",
        )
    eventloop.apply(settings.event_loop)
    asyncio.run(EmbeddedRuntime(settings, options, process_gc=True).run())
    return 0

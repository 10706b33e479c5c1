"""``wirewatch dlq list|replay [--kafka]``: inspect and re-send dead-lettered notifications.

Without ``--kafka`` the embedded runtime's dead-letter file; with it the Kafka runtime's
``wirewatch.notifications.dlq`` topic (see :mod:`services.kafka.redrive`).
"""

from __future__ import annotations

import argparse
from typing import Any


def _list(args: argparse.Namespace) -> int:
    import asyncio

    from alerts.cli_support import print_json
    from alerts.deadletter import FileDeadLetter
    from wirewatch.logging import configure_logging
    from wirewatch.settings import Settings

    settings = Settings()
    if args.kafka:
        from services.kafka.redrive import list_notification_dead_letters

        configure_logging(settings.log_level, settings.log_json)
        records, problems = asyncio.run(list_notification_dead_letters(settings))
    else:
        records, problems = FileDeadLetter(settings.notification_dlq_path).read()
    if args.json:
        print_json([r.to_json() for r in records])
    else:
        for r in records:
            n = r.notification
            print(
                f"{r.dead_lettered_at.isoformat()}  {r.integration}  {len(n.alerts)} alert(s)  "
                f"attempts={r.attempts}  {r.reason}"
            )
    for problem in problems:
        print(problem)
    return 0


def _replay(args: argparse.Namespace) -> int:
    import asyncio

    from alerts.cli_support import close_store, open_store
    from alerts.dlq import replay_dead_letters
    from wirewatch.logging import configure_logging
    from wirewatch.metrics import Metrics
    from wirewatch.settings import Settings

    settings = Settings()
    configure_logging(settings.log_level, settings.log_json)
    if args.kafka:
        from services.kafka.redrive import replay_notifications

        result = asyncio.run(replay_notifications(settings, Metrics(), dry_run=args.dry_run))
    else:
        store = open_store(settings)
        try:
            result = asyncio.run(replay_dead_letters(settings, store, Metrics(), dry_run=args.dry_run))
        finally:
            close_store(store)
    if args.dry_run:
        print(f"{result.kept} notification(s) would be replayed")
    else:
        print(
            f"delivered {result.delivered}, failed again {result.failed}, "
            f"kept (no such receiver) {result.kept}"
        )
    for problem in result.problems:
        print(problem)
    return 0 if result.failed == 0 and not result.problems else 1


_KAFKA_HELP = "the Kafka runtime's WIREWATCH_KAFKA_TOPIC_NOTIFICATIONS_DLQ topic instead of the file"


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "dlq", help="inspect and replay dead-lettered notifications"
    )
    commands = parser.add_subparsers(dest="dlq_command", metavar="ACTION")
    lst = commands.add_parser("list", help="list dead-lettered notifications")
    lst.add_argument("--json", action="store_true")
    lst.add_argument("--kafka", action="store_true", help=_KAFKA_HELP)
    lst.set_defaults(handler=_list)
    replay = commands.add_parser("replay", help="send dead-lettered notifications again")
    replay.add_argument("--dry-run", action="store_true", help="only count what would be sent")
    replay.add_argument("--kafka", action="store_true", help=_KAFKA_HELP)
    replay.set_defaults(handler=_replay)

    def _help(_args: argparse.Namespace) -> int:
        parser.print_help()
        return 2

    parser.set_defaults(handler=_help)

"""``wirewatch items-dlq list|redrive``: inspect ``wire.items.dlq``, send its records to ``wire.items``."""

from __future__ import annotations

import argparse
import json
from typing import Any

from wirewatch.commands._kafka import add_bootstrap_argument, kafka_settings


def _list(args: argparse.Namespace) -> int:
    import asyncio

    from services.kafka.redrive import list_dead_letters

    letters = asyncio.run(list_dead_letters(kafka_settings(args), limit=args.limit))
    for d in letters:
        if args.json:
            print(
                json.dumps(
                    {
                        "partition": d.partition,
                        "offset": d.offset,
                        "timestamp": d.timestamp.isoformat() if d.timestamp else None,
                        "field": d.field,
                        "reason": d.reason,
                        "origin": d.origin,
                        "bytes": len(d.value),
                    }
                )
            )
        else:
            print(f"{d.partition}/{d.offset}  {d.origin}  {d.field}: {d.reason}  | {d.preview}")
    if not args.json:
        print(f"{len(letters)} dead-lettered record(s)")
    return 0


def _redrive(args: argparse.Namespace) -> int:
    import asyncio

    from services.kafka.redrive import redrive

    settings = kafka_settings(args)
    result = asyncio.run(redrive(settings, limit=args.limit, dry_run=args.dry_run))
    verb = "would re-drive" if args.dry_run else "re-drove"
    print(f"{verb} {result.redriven} record(s) into {settings.kafka_topic_items}")
    return 0


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "items-dlq",
        help="list the Kafka items dead-letter topic, or re-drive it into wire.items",
        description=(
            "list: every record of WIREWATCH_KAFKA_TOPIC_ITEMS_DLQ with the field and reason it was "
            "refused for (reads only). redrive: produce the records not re-driven before back to "
            "WIREWATCH_KAFKA_TOPIC_ITEMS (acks=all); progress is kept by the consumer group "
            "<WIREWATCH_KAFKA_CONSUMER_GROUP>-redrive, so each record is re-driven once."
        ),
    )
    commands = parser.add_subparsers(dest="items_dlq_command", metavar="ACTION")
    for name, handler, text in (
        ("list", _list, "show dead-lettered items and why"),
        ("redrive", _redrive, "send dead-lettered items to wire.items again"),
    ):
        cmd = commands.add_parser(name, help=text)
        add_bootstrap_argument(cmd)
        cmd.add_argument("--limit", type=int, help="at most this many records")
        if name == "list":
            cmd.add_argument("--json", action="store_true", help="one JSON object per record")
        else:
            cmd.add_argument("--dry-run", action="store_true", help="only count what would be re-driven")
        cmd.set_defaults(handler=handler)

    def _help(_args: argparse.Namespace) -> int:
        parser.print_help()
        return 2

    parser.set_defaults(handler=_help)

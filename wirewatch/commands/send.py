"""``wirewatch send FILE...``: publish wire items from files (or ``-`` for stdin) to Kafka."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wirewatch.commands._kafka import add_bootstrap_argument, kafka_settings
from wirewatch.errors import ConfigError

if TYPE_CHECKING:
    from wirewatch.settings import Settings


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "send",
        help="publish items from files to the wire.items topic (undecodable records to wire.items.dlq)",
        description=(
            "Decode each file (ninjs JSON, JSON lines, RSS/Atom) and produce every item to "
            "WIREWATCH_KAFKA_TOPIC_ITEMS, keyed by uri, with acks=all. Records that do not decode go to "
            "the items dead-letter topic with the reason. Exit 0 when every file was read and "
            "acknowledged, 1 if any record was rejected, 2 on a missing file."
        ),
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="files to send; - reads stdin")
    add_bootstrap_argument(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    import asyncio

    settings = kafka_settings(args)
    for name in args.files:
        if name != "-" and not Path(name).is_file():
            raise ConfigError(f"no such file: {name}")
    return asyncio.run(_send(settings, args.files))


async def _send(settings: Settings, files: list[str]) -> int:
    import asyncio

    from ingest.decoders import Decoded, Rejected, decode_payload
    from services.kafka.producer import ItemProducer
    from services.kafka.topics import ensure_topics

    await ensure_topics(settings)
    total_sent = total_rejected = 0
    async with ItemProducer(settings, client_id="wirewatch-send") as producer:
        for name in files:
            data = sys.stdin.buffer.read() if name == "-" else await asyncio.to_thread(Path(name).read_bytes)
            outcomes = decode_payload(data, hint=Path(name).suffix if name != "-" else None)
            decoded = [o for o in outcomes if isinstance(o, Decoded)]
            rejected = [o for o in outcomes if isinstance(o, Rejected)]
            await producer.publish(decoded, rejected, source="send", origin=name)
            total_sent += len(decoded)
            total_rejected += len(rejected)
            for r in rejected:
                where = f"record {r.index}" if r.index is not None else "payload"
                print(
                    f"{name}: {where}: {r.error.field}: {r.error.reason} (sent to dead letter)",
                    file=sys.stderr,
                )
    print(
        f"sent {total_sent} item(s) to {settings.kafka_topic_items}; "
        f"{total_rejected} rejected to {settings.kafka_topic_items_dlq}"
    )
    return 1 if total_rejected else 0

"""``wirewatch poll URL...``: publish new RSS/Atom entries to Kafka, each entry once."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wirewatch.settings import Settings


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "poll",
        help="poll RSS/Atom feeds and publish each new entry once to wire.items",
        description=(
            "Fetch each feed every --interval seconds and produce entries not published before "
            "(seen ids kept in WIREWATCH_POLL_STATE_PATH, recorded after the broker's ack)."
        ),
    )
    parser.add_argument("urls", nargs="+", metavar="URL")
    parser.add_argument("--interval", type=float, help="seconds between rounds (WIREWATCH_POLL_INTERVAL)")
    parser.add_argument("--once", action="store_true", help="poll each feed once and exit")
    parser.add_argument("--state", type=Path, help="state file (WIREWATCH_POLL_STATE_PATH)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    import asyncio

    from wirewatch.logging import configure_logging
    from wirewatch.settings import Settings

    settings = Settings()
    configure_logging(settings.log_level, json=settings.log_json)
    return asyncio.run(_poll(settings, args))


async def _poll(settings: Settings, args: argparse.Namespace) -> int:
    import asyncio
    import signal

    from services.kafka.poller import run_poller
    from services.kafka.producer import ItemProducer
    from services.kafka.topics import ensure_topics

    await ensure_topics(settings)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    async with ItemProducer(settings, client_id="wirewatch-poll") as producer:
        reports = await run_poller(
            producer,
            args.state or settings.poll_state_path,
            args.urls,
            interval=args.interval or settings.poll_interval,
            once=args.once,
            stop=stop,
        )
    for r in reports:
        status = "unchanged" if r.unchanged else (f"error: {r.error}" if r.error else "ok")
        print(f"{r.url}: {r.published} published, {r.rejected} rejected ({status})")
    return 1 if any(r.error for r in reports) else 0

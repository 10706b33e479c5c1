"""``wirewatch worker``: run a Kafka-runtime worker (Faust app; settings from ``WIREWATCH_*``)."""

from __future__ import annotations

import argparse
from typing import Any

from wirewatch.commands._kafka import add_bootstrap_argument, kafka_settings


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "worker",
        help="run a Kafka worker: detect and notify (scale out by starting more in one consumer group)",
        description=(
            "Consume wire items from Kafka, detect with the rule set and deliver alerts. Settings come "
            "from the environment: WIREWATCH_KAFKA_BOOTSTRAP_SERVERS, WIREWATCH_KAFKA_CONSUMER_GROUP, "
            "WIREWATCH_KAFKA_TOPIC_*, WIREWATCH_KAFKA_SECURITY_PROTOCOL and WIREWATCH_KAFKA_SASL_*, "
            "WIREWATCH_FAUST_STORE (memory:// or rocksdb://), WIREWATCH_ROUTING_FILE, WIREWATCH_RULES_DIR."
        ),
    )
    add_bootstrap_argument(parser)
    parser.add_argument("--group", help="override WIREWATCH_KAFKA_CONSUMER_GROUP")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from wirewatch import eventloop

    settings = kafka_settings(args, kafka_consumer_group=args.group)
    eventloop.apply(settings.event_loop)  # before run_worker creates the worker's loops
    from services.kafka.worker import run_worker

    run_worker(settings, loglevel=settings.log_level.lower())
    return 0

"""``wirewatch worker``: run a Kafka-runtime worker (Faust app; settings from ``WIREWATCH_*``)."""

from __future__ import annotations

import argparse
from typing import Any

from wirewatch.logging import configure_logging
from wirewatch.settings import Settings


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
    parser.add_argument("--bootstrap-servers", help="override WIREWATCH_KAFKA_BOOTSTRAP_SERVERS")
    parser.add_argument("--group", help="override WIREWATCH_KAFKA_CONSUMER_GROUP")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    overrides: dict[str, Any] = {}
    if args.bootstrap_servers:
        overrides["kafka_bootstrap_servers"] = args.bootstrap_servers
    if args.group:
        overrides["kafka_consumer_group"] = args.group
    settings = Settings(**overrides)
    configure_logging(settings.log_level, json=settings.log_json)
    from services.kafka.worker import run_worker

    run_worker(settings, loglevel=settings.log_level.lower())
    return 0

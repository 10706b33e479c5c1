"""What the Kafka commands share: the ``--bootstrap-servers`` flag and settings with it applied."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wirewatch.settings import Settings


def add_bootstrap_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--bootstrap-servers", help="override WIREWATCH_KAFKA_BOOTSTRAP_SERVERS")


def kafka_settings(args: argparse.Namespace, **overrides: Any) -> Settings:
    """Settings from the environment, with ``--bootstrap-servers`` and the non-empty ``overrides``
    applied (a flag wins over its variable); logging is configured from them."""
    # Imported on call: pydantic-settings and structlog are not needed to build the parser.
    from wirewatch.logging import configure_logging
    from wirewatch.settings import Settings

    fields = {k: v for k, v in overrides.items() if v}
    if getattr(args, "bootstrap_servers", None):
        fields["kafka_bootstrap_servers"] = args.bootstrap_servers
    settings = Settings(**fields)
    configure_logging(settings.log_level, json=settings.log_json)
    return settings

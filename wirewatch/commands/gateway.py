"""``wirewatch gateway``: the HTTP ingest gateway of the Kafka runtime (POST /v1/items -> wire.items)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "gateway",
        help="serve POST /v1/items and produce to Kafka (202 only after the broker acknowledged)",
        description=(
            "HTTP ingest for the Kafka runtime. Bearer token from WIREWATCH_INGEST_TOKEN or "
            "WIREWATCH_INGEST_TOKEN_FILE, else generated into VAR_DIR/ingest-token (mode 0600)."
        ),
    )
    parser.add_argument("--listen", help="HOST:PORT (default WIREWATCH_GATEWAY_LISTEN, 127.0.0.1:8081)")
    parser.add_argument("--var-dir", type=Path, default=Path("var"), help="where a generated token is kept")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    import asyncio

    from wirewatch import eventloop
    from wirewatch.logging import configure_logging
    from wirewatch.settings import Settings

    settings = Settings()
    configure_logging(settings.log_level, json=settings.log_json)
    eventloop.apply(settings.event_loop)
    from services.kafka.gateway import serve_gateway

    asyncio.run(serve_gateway(settings, listen=args.listen, var_dir=args.var_dir))
    return 0

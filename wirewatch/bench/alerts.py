"""Alert pipeline: alerts/s and per-submit latency through dedup, routing, grouping and delivery.

For each state backend in the same run (``MemoryStore`` and the embedded runtime's ``SqliteStore``)
and three workloads, ``--alerts`` alerts (five per event, grouped by ``event_key``, ``group_wait``
0 so every submit flushes) are submitted one per ``submit`` call to a pipeline whose only notifier
does nothing, then the delivery queue is drained:

- *duplicates* (the baseline): the same alerts again, all dropped by dedup, so only the store
  read and digest comparison are timed;
- *fresh*: new alerts (route, group, flush, outbox write, delivery, delivery log);
- *fresh+mutes*: fresh alerts with 50 active silences (none matching) and an inhibition rule,
  the flush-time cost of checking both.

Figures: alerts/s over the whole run (including the drain) and p50/p99 of one ``submit`` call.
Deterministic input; prints a table, and with ``--json`` a last line of JSON.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from prometheus_client import CollectorRegistry

from alerts.config import validate_routing
from alerts.deadletter import FileDeadLetter
from alerts.delivery import DeliveryLimits, Dispatcher, Integration
from alerts.models import Alert, Evidence, Severity, fingerprint
from alerts.notifiers.base import Notification
from alerts.pipeline import AlertPipeline, LoadedConfig
from alerts.table import compile_routing
from alerts.yamlconf import parse
from services.sqlite_store import SqliteStore
from wirewatch.metrics import Metrics
from wirewatch.state import MemoryStore, StateStore

T0 = datetime(2026, 11, 29, 6, 0, tzinfo=UTC)
ROUTING = """\
route:
  receiver: desk
  group_by: [event_key]
  group_wait: 0s
  group_interval: 0s
receivers:
  - name: desk
inhibit_rules:
  - source_matchers: ['rule="ceasefire.confirmed"']
    target_matchers: ['category="confirmation_gap"']
    equal: [event_key]
"""


class NullNotifier:
    name = "desk/null0"

    async def send(self, notification: Notification) -> None:
        return None

    async def aclose(self) -> None:
        return None


def make_alerts(n: int, salt: str) -> list[Alert]:
    out = []
    for i in range(n):
        sentence = f"At least {i + 60} people were killed, updating a previous toll of {i + 40}."
        out.append(
            Alert(
                id=fingerprint("toll.revised", f"{salt}:{i}"),
                rule="toll.revised",
                category="toll_revision",
                severity=Severity.HIGH,
                summary=f"Toll rises to {i + 60}",
                evidence=(Evidence(item_id=f"urn:{i}", text=sentence, start=0, end=len(sentence)),),
                values={"old": i + 40, "new": i + 60, "party": "AZ"},
                item_ids=(f"urn:{i}",),
                event_key=f"{salt}-event-{i // 5}",
                starts_at=T0,
                updated_at=T0,
            )
        )
    return out


def build(store: StateStore, dlq: Path) -> AlertPipeline:
    data, lines = parse(ROUTING, "bench")
    table = compile_routing(validate_routing(data, lines, "bench"))
    metrics = Metrics(CollectorRegistry())
    notifier = NullNotifier()
    dispatcher = Dispatcher(
        store, metrics, FileDeadLetter(dlq), limits=DeliveryLimits(rate=1e9, burst=1_000_000)
    )
    config = LoadedConfig(table, {"desk": [Integration(notifier, "desk")]})
    return AlertPipeline(config, store, metrics, dispatcher)


async def run_workload(pipeline: AlertPipeline, alerts: list[Alert]) -> dict[str, float]:
    latencies = []
    start = time.perf_counter()
    for i, alert in enumerate(alerts):
        t0 = time.perf_counter()
        await pipeline.submit([alert], T0 + timedelta(seconds=i))
        latencies.append(time.perf_counter() - t0)
    await pipeline.drain()
    total = time.perf_counter() - start
    latencies.sort()
    return {
        "alerts_per_s": len(alerts) / total,
        "p50_ms": statistics.median(latencies) * 1000,
        "p99_ms": latencies[int(len(latencies) * 0.99) - 1] * 1000,
    }


async def bench_backend(store: StateStore, n: int, dlq: Path) -> dict[str, dict[str, float]]:
    pipeline = build(store, dlq)
    first = make_alerts(n, "a")
    await run_workload(pipeline, first)  # populate, untimed
    results = {"duplicates": await run_workload(pipeline, first)}
    results["fresh"] = await run_workload(pipeline, make_alerts(n, "b"))
    for i in range(50):
        pipeline.silences.add(
            [f'event_key="nothing-{i}"'], created_by="bench", now=T0, duration=timedelta(days=9)
        )
    results["fresh+mutes"] = await run_workload(pipeline, make_alerts(n, "c"))
    await pipeline.aclose()
    return results


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--alerts", type=int, default=5000, help="alerts per workload (default 5000)")
    parser.add_argument("--json", action="store_true", help="also print the figures as one JSON line")


def run(args: argparse.Namespace) -> int:
    import logging

    import structlog

    structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(logging.WARNING))
    figures: dict[str, Any] = {"alerts": args.alerts}
    with tempfile.TemporaryDirectory() as tmp:
        figures["memory"] = asyncio.run(bench_backend(MemoryStore(), args.alerts, Path(tmp) / "m.jsonl"))
        sqlite = SqliteStore(Path(tmp) / "bench.sqlite3")
        try:
            figures["sqlite"] = asyncio.run(bench_backend(sqlite, args.alerts, Path(tmp) / "s.jsonl"))
        finally:
            sqlite.close()
    print(f"alert pipeline, {args.alerts} alerts per workload, load average {os.getloadavg()[0]:.2f}")
    print(f"{'backend':8} {'workload':12} {'alerts/s':>10} {'p50 ms':>8} {'p99 ms':>8}")
    for backend in ("memory", "sqlite"):
        for workload, f in figures[backend].items():
            print(
                f"{backend:8} {workload:12} {f['alerts_per_s']:10.0f} {f['p50_ms']:8.3f} {f['p99_ms']:8.3f}"
            )
    if args.json:
        print(json.dumps(figures))
    return 0

"""Kafka runtime end to end: produce -> webhook latency at a fixed rate, and one worker's top rate.

What it runs (all on this machine, against a real broker: ``KAFKA_BOOTSTRAP_SERVERS`` or
``--bootstrap``, else a private one started with ``scripts/kafka.sh``):

1. fresh topics (a random prefix) and one ``wirewatch worker`` subprocess (shipped rule pack plus the
   bench rule ``bench.e2e.marker``), delivering to a webhook receiver served by this process;
   then a **warm-up**: ``--warmup`` seconds of the latency phase's traffic, whose p99 is printed on a
   line of its own and kept out of the figures (a worker that just joined, and a broker that just
   started, pay one-off costs: the first run after a broker start gave a p99 of 154 ms where the
   next two gave 80 and 54 ms). A broker this bench starts itself is first given
   ``--broker-warmup`` seconds of produce/consume traffic on a scratch topic, the same kind of
   requests the worker's traffic makes, so that the JVM has compiled them, as a long-running
   broker has; its records and time are printed and not counted;
2. **latency**: ``--rate`` items/s for ``--seconds``, one in ``--alert-every`` alerting; per alerting
   item, the time from the producer's send to the webhook POST carrying its alert. Side by side, in
   the same run and on the same topic, a bare aiokafka consumer loop (its own group) times produce ->
   consume for every item: the floor any Kafka consumer pays;
3. **throughput**: a backlog of ``--backlog`` items (same alerting share) produced as fast as
   possible; the worker's rate is backlog / (first item sent -> every offset of the items topic
   committed by the route stage's group ``<group>-route``, of the events and alerts topics by the
   worker's Faust group, and every alert delivered). The floor is a bare aiokafka loop reading the
   same backlog from the same topic.

Also printed: how many items the route stage forwarded to the detector (the rest matched no rule
and were first versions, so they stop at route), and the worker's CPU per backlog item.

Figures are printed, never asserted; the targets (p99 < 100 ms at 200 items/s; >= 2,000 items/s for
one worker) are printed beside them.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from aiohttp import web
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.structs import TopicPartition

from services.kafka.route import ROUTE_GROUP_SUFFIX
from wirewatch.bench._gcstats import GcPauses, scrape

RULES = Path(__file__).parent / "data"
KAFKA_SH = Path(__file__).resolve().parents[2] / "scripts" / "kafka.sh"
SENTENCES = (
    "Officials in the capital said talks would resume next week.",
    "The ministry gave no further details on the convoy.",
    "Residents reported calm in the northern districts overnight.",
    "A spokesman declined to comment on the figures.",
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--bootstrap", help="Kafka bootstrap servers (default KAFKA_BOOTSTRAP_SERVERS)")
    parser.add_argument("--rate", type=float, default=200.0, help="items/s in the latency phase")
    parser.add_argument("--seconds", type=float, default=10.0, help="length of the latency phase")
    parser.add_argument(
        "--warmup", type=float, default=3.0, help="seconds of such traffic first, not counted (0: none)"
    )
    parser.add_argument(
        "--broker-warmup",
        type=float,
        default=10.0,
        help="seconds of scratch traffic for a broker this bench starts itself, not counted (0: none)",
    )
    parser.add_argument("--backlog", type=int, default=20000, help="items in the throughput phase")
    parser.add_argument("--alert-every", type=int, default=10, help="one item in N alerts (both phases)")
    parser.add_argument("--partitions", type=int, default=2)
    parser.add_argument("--no-shipped-rules", action="store_true", help="only the bench rule")
    parser.add_argument("--corpus", type=Path, help="JSON lines with a 'text' field to use as item bodies")
    parser.add_argument(
        "--worker-env",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="extra WIREWATCH_* setting for the worker (repeatable), e.g. WIREWATCH_KAFKA_TICK_INTERVAL=0.5",
    )


@dataclass
class Receiver:
    """Webhook receiver: first arrival time (wall clock) per item uri."""

    url: str = ""
    arrivals: dict[str, float] = field(default_factory=dict)
    posts: int = 0

    async def handle(self, request: web.Request) -> web.Response:
        body = await request.json()
        now = time.time()
        self.posts += 1
        for alert in body.get("alerts", []):
            for uri in alert.get("item_ids", []):
                self.arrivals.setdefault(uri, now)
        return web.json_response({"ok": True})

    def has_all(self, uris: Iterable[str]) -> bool:
        """Whether an alert for every one of ``uris`` has arrived."""
        return all(uri in self.arrivals for uri in uris)


def _pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _item(uri: str, body: str, alert: bool) -> bytes:
    text = body + (" Witnesses described a benchmark flare over the port." if alert else "")
    return json.dumps({"uri": uri, "headline": "Wire update", "text": text}).encode()


async def _send_paced(
    producer: AIOKafkaProducer,
    topic: str,
    phase: str,
    count: int,
    rate: float,
    alert_every: int,
    bodies: list[str],
) -> tuple[dict[str, float], dict[str, float]]:
    """Send ``count`` items (uris ``urn:bench:<phase>-<i>``, one in ``alert_every`` alerting) at ``rate``
    per second, then flush; return the wall-clock send time of every item and of the alerting ones."""
    every: dict[str, float] = {}
    alerting: dict[str, float] = {}
    start = time.monotonic()
    for i in range(count):
        delay = start + i / rate - time.monotonic()
        if delay > 0:
            await asyncio.sleep(delay)
        uri = f"urn:bench:{phase}-{i}"
        alerts = i % alert_every == 0
        value = _item(uri, bodies[i % len(bodies)], alert=alerts)
        every[uri] = sent_at = time.time()
        if alerts:
            alerting[uri] = sent_at
        await producer.send(topic, value, key=uri.encode())
    await producer.flush()
    return every, alerting


async def _wait(pred: Callable[[], Awaitable[bool]], limit: float, what: str) -> None:
    deadline = time.monotonic() + limit
    while not await pred():
        if time.monotonic() > deadline:
            raise RuntimeError(f"timed out waiting for {what}")
        await asyncio.sleep(0.1)


class Lag:
    """Committed-offset lag on some topics, each read by its own consumer group."""

    def __init__(self, bootstrap: str, groups: dict[str, str], partitions: int) -> None:
        self.bootstrap, self.groups = bootstrap, groups  # topic -> the group that commits it
        self.tps = [TopicPartition(t, p) for t in groups for p in range(partitions)]

    async def __aenter__(self) -> Lag:
        self.admin = AIOKafkaAdminClient(bootstrap_servers=self.bootstrap)
        self.consumer = AIOKafkaConsumer(bootstrap_servers=self.bootstrap, group_id=None)
        await self.admin.start()
        await self.consumer.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.consumer.stop()
        await self.admin.close()

    async def _offsets(self) -> dict[TopicPartition, int]:
        out: dict[TopicPartition, int] = {}
        for group in sorted(set(self.groups.values())):
            offsets = await self.admin.list_consumer_group_offsets(group)
            out.update({tp: m.offset for tp, m in offsets.items() if self.groups.get(tp.topic) == group})
        return out

    async def produced(self, topic: str) -> int:
        """Records in ``topic`` (sum of its partitions' end offsets)."""
        ends = await self.consumer.end_offsets([tp for tp in self.tps if tp.topic == topic])
        return sum(ends.values())

    async def total(self) -> int:
        ends = await self.consumer.end_offsets(self.tps)
        offsets = await self._offsets()
        return sum(ends[tp] - offsets.get(tp, 0) for tp in self.tps)


async def _floor_consumer(
    bootstrap: str, topic: str, group: str, expect: int, arrivals: dict[bytes, float], started: asyncio.Event
) -> float:
    """Bare aiokafka loop: consume ``expect`` records, note arrival times; return the elapsed time."""
    consumer = _consumer(bootstrap, topic, group)
    await consumer.start()
    first: float | None = None
    count = 0
    try:
        while not consumer.assignment():
            await asyncio.sleep(0.01)
            await consumer.getmany(timeout_ms=10)
        started.set()
        while count < expect:
            batch = await consumer.getmany(timeout_ms=200, max_records=5000)
            now = time.time()
            for messages in batch.values():
                for m in messages:
                    json.loads(m.value)  # the floor decodes too, as any useful consumer would
                    if first is None:
                        first = time.monotonic()
                    if m.key is not None:
                        arrivals.setdefault(m.key, now)
                    count += 1
    finally:
        await consumer.stop()
    return time.monotonic() - (first or time.monotonic())


def _producer(bootstrap: str) -> AIOKafkaProducer:
    """The bench's producer: as the ingest gateway produces (acks=all, idempotent, no linger)."""
    return AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", enable_idempotence=True, linger_ms=0)


def _consumer(bootstrap: str, topic: str, group: str) -> AIOKafkaConsumer:
    """A plain consumer of ``topic`` in ``group``, from the earliest offset, committing as it reads."""
    return AIOKafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        group_id=group,
        auto_offset_reset="earliest",
        enable_auto_commit=True,
    )


async def _warm_broker(bootstrap: str, seconds: float, partitions: int) -> tuple[int, float]:
    """Produce (acks=all, idempotent, keyed) and consume with group commits on a scratch topic for
    ``seconds`` (none if 0); return the records that went round and the time taken. For a broker
    that was just started: its request paths run interpreted until the JVM compiles them."""
    if seconds <= 0:
        return 0, 0.0
    topic = f"bench-warmup-{uuid.uuid4().hex[:8]}"
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(topic, partitions, 1)])
    finally:
        await admin.close()
    producer = _producer(bootstrap)
    consumer = _consumer(bootstrap, topic, topic)
    sent = received = 0
    try:
        await producer.start()
        await consumer.start()
        start = time.monotonic()
        value = _item("urn:bench:warmup", SENTENCES[0], alert=False)
        while time.monotonic() - start < seconds:
            # small batches, each awaited: many requests rather than a few large ones
            futures = [await producer.send(topic, value, key=b"%d" % (sent + i)) for i in range(200)]
            await asyncio.gather(*futures)
            sent += len(futures)
            batch = await consumer.getmany(timeout_ms=50)
            received += sum(len(records) for records in batch.values())
        while received < sent and time.monotonic() - start < seconds + 30:
            batch = await consumer.getmany(timeout_ms=200)
            received += sum(len(records) for records in batch.values())
    finally:
        await consumer.stop()
        await producer.stop()
    return received, time.monotonic() - start


async def _bench(args: argparse.Namespace, bootstrap: str, *, fresh_broker: bool = False) -> int:
    prefix = f"bench{uuid.uuid4().hex[:8]}"
    tmp = Path(tempfile.mkdtemp(prefix="wirewatch-e2e-bench-"))
    receiver = Receiver()
    app = web.Application()
    app.router.add_post("/hook", receiver.handle)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    receiver.url = f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}/hook"  # type: ignore[union-attr]
    (tmp / "routing.yaml").write_text(
        "route: {receiver: hook, group_by: ['...'], group_wait: 0s, group_interval: 1s,"
        " repeat_interval: 1d}\n"
        "receivers:\n  - name: hook\n    webhook_configs:\n      - url: {env: WW_BENCH_WEBHOOK_URL}\n",
        encoding="utf-8",
    )
    items_topic = f"{prefix}.wire.items"
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("WIREWATCH_")},
        "WIREWATCH_KAFKA_BOOTSTRAP_SERVERS": bootstrap,
        "WIREWATCH_KAFKA_PARTITIONS": str(args.partitions),
        "WIREWATCH_KAFKA_CONSUMER_GROUP": f"{prefix}-wirewatch",
        "WIREWATCH_KAFKA_TOPIC_ITEMS": items_topic,
        "WIREWATCH_KAFKA_TOPIC_ITEMS_DLQ": f"{prefix}.wire.items.dlq",
        "WIREWATCH_KAFKA_TOPIC_EVENTS": f"{prefix}.events",
        "WIREWATCH_KAFKA_TOPIC_ALERTS": f"{prefix}.alerts",
        "WIREWATCH_KAFKA_TOPIC_NOTIFICATIONS_DLQ": f"{prefix}.notifications.dlq",
        "WIREWATCH_KAFKA_SESSION_TIMEOUT": "10",
        "WIREWATCH_FAUST_DATA_DIR": str(tmp / "faust"),
        "WIREWATCH_RULES_DIR": str(RULES),
        "WIREWATCH_RULES_SHIPPED": "false" if args.no_shipped_rules else "true",
        "WIREWATCH_ROUTING_FILE": str(tmp / "routing.yaml"),
        "WIREWATCH_NOTIFICATION_RATE_PER_SECOND": "100000",
        "WIREWATCH_NOTIFICATION_BURST": "100000",
        "WIREWATCH_NOTIFICATION_DLQ_PATH": str(tmp / "dlq.jsonl"),
        "WIREWATCH_LOG_LEVEL": "INFO",
        "WIREWATCH_LOG_JSON": "true",
        "WW_BENCH_WEBHOOK_URL": receiver.url,
        # /metrics, for the worker's garbage-collection pauses per phase
        "WIREWATCH_FAUST_WEB_PORT": str(_free_port()),
        "WIREWATCH_FAUST_WEB_BIND": "127.0.0.1",
    }
    for setting in args.worker_env:
        name, sep, value = setting.partition("=")
        if not sep or not name.startswith("WIREWATCH_"):
            raise SystemExit(f"--worker-env wants WIREWATCH_NAME=VALUE, got {setting!r}")
        env[name] = value
    bodies = list(SENTENCES)
    if args.corpus:
        with args.corpus.open(encoding="utf-8") as fh:
            bodies = [json.loads(line)["text"] for line in fh if line.strip()] or bodies
    warmed = None
    if fresh_broker and args.broker_warmup > 0:
        warmed = await _warm_broker(bootstrap, args.broker_warmup, args.partitions)
    log_path = tmp / "worker.log"
    with log_path.open("wb") as log_file:
        # Popen returns at once (the worker runs on its own); nothing here blocks the loop.
        worker = subprocess.Popen(  # noqa: ASYNC220
            [sys.executable, "-m", "wirewatch.cli", "worker"],
            env=env,
            cwd=tmp,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    group = env["WIREWATCH_KAFKA_CONSUMER_GROUP"]
    topics = [items_topic, env["WIREWATCH_KAFKA_TOPIC_EVENTS"], env["WIREWATCH_KAFKA_TOPIC_ALERTS"]]
    producer = _producer(bootstrap)
    await producer.start()
    try:

        async def assigned() -> bool:
            if worker.poll() is not None:
                raise RuntimeError(f"the worker exited: {log_path.read_text(errors='replace')[-2000:]}")
            text = log_path.read_text(errors="replace")
            return "worker.assigned" in text and "route.assigned" in text

        await _wait(assigned, 120, "the worker to join")
        n = int(args.rate * args.seconds)
        print(
            f"wirewatch bench e2e: Kafka at {bootstrap}, {args.partitions} partitions, 1 worker, "
            f"rules: {'bench rule only' if args.no_shipped_rules else 'shipped pack + bench rule'}"
        )
        if warmed is not None:
            print(
                f"broker warm-up: {warmed[0]:,} records produced and consumed in {warmed[1]:.1f} s "
                "(not counted)"
            )

        # --- warm-up (not counted) ----------------------------------------------------------------
        w = int(args.rate * args.warmup)
        if w:
            _, warm_sent = await _send_paced(
                producer, items_topic, "warm", w, args.rate, args.alert_every, bodies
            )
            await _wait(lambda: _true(receiver.has_all(warm_sent)), 600, "every warm-up alert")
            warm_lat = [(receiver.arrivals[u] - t) * 1000 for u, t in warm_sent.items()]
            worst = max(warm_lat, default=float("nan"))
            print(
                f"warm-up: {w} items at {args.rate:g}/s, {len(warm_sent)} alerting, worker p99 "
                f"{_pct(warm_lat, 0.99):.1f} ms, max {worst:.1f} ms (not counted below)"
            )

        # --- latency ---------------------------------------------------------------------------
        floor_arrivals: dict[bytes, float] = {}
        floor_ready = asyncio.Event()
        # it reads the topic from its start: the warm-up's items, then the n of this phase
        floor = asyncio.create_task(
            _floor_consumer(bootstrap, items_topic, f"{prefix}-floor-lat", w + n, floor_arrivals, floor_ready)
        )
        await asyncio.wait_for(floor_ready.wait(), 60)
        load_at_start = os.getloadavg()[0]
        metrics_url = f"http://127.0.0.1:{env['WIREWATCH_FAUST_WEB_PORT']}/metrics"
        gc0 = await scrape(metrics_url)
        lat_cpu0 = _cpu_seconds(worker.pid)
        start = time.monotonic()
        floor_sent, sent = await _send_paced(
            producer, items_topic, "lat", n, args.rate, args.alert_every, bodies
        )
        achieved = n / (time.monotonic() - start)
        await asyncio.wait_for(floor, 120)
        # these uris, not a count: the receiver also holds the warm-up's arrivals
        await _wait(lambda: _true(receiver.has_all(sent)), 600, "every latency-phase alert")
        lat_cpu1, lat_wall = _cpu_seconds(worker.pid), time.monotonic() - start
        gc1 = await scrape(metrics_url)
        worker_lat = [(receiver.arrivals[u] - t) * 1000 for u, t in sent.items()]
        floor_lat = [(floor_arrivals[u.encode()] - t) * 1000 for u, t in floor_sent.items()]
        print(
            f"\nlatency at {achieved:.0f} items/s ({n} items, {len(sent)} alerting)"
            "                 p50        p99        max"
        )
        for name, lat in (
            ("bare aiokafka consume loop (produce -> consume)", floor_lat),
            ("wirewatch worker (produce -> webhook POST)", worker_lat),
        ):
            print(f"  {name:<56} {_pct(lat, 0.5):7.1f} ms {_pct(lat, 0.99):7.1f} ms {max(lat):7.1f} ms")
        if lat_cpu0 is not None and lat_cpu1 is not None:
            # A worker using a fraction of a core while its latency grows was starved (other jobs on
            # the machine), not saturated: read the latency figures with this one.
            used = lat_cpu1 - lat_cpu0
            print(
                f"  {'wirewatch worker CPU in this phase':<56} {used * 1000 / n:7.2f} ms/item "
                f"({100 * used / lat_wall:.0f}% of one core over {lat_wall:.1f} s)"
            )
        _print_gc(gc0, gc1)

        # --- throughput --------------------------------------------------------------------------
        m = args.backlog
        # wire.items is committed by the route stage's own group (services.kafka.route).
        groups = {topics[0]: group + ROUTE_GROUP_SUFFIX, topics[1]: group, topics[2]: group}
        async with Lag(bootstrap, groups, args.partitions) as lag:
            before = len(receiver.arrivals)
            t0 = time.monotonic()
            cpu0 = _cpu_seconds(worker.pid)
            futures = []
            for i in range(m):
                uri = f"urn:bench:tp-{i}"
                value = _item(uri, bodies[i % len(bodies)], alert=i % args.alert_every == 0)
                futures.append(await producer.send(items_topic, value, key=uri.encode()))
            await asyncio.gather(*futures)
            produce_rate = m / (time.monotonic() - t0)
            expected_alerts = before + len(range(0, m, args.alert_every))

            async def drained() -> bool:
                return len(receiver.arrivals) >= expected_alerts and await lag.total() == 0

            # From the first send (t0; the worker is idle then and reads the first item within
            # milliseconds): the first *committed* offset, the earlier start, comes up to one
            # route commit interval (1 s) after the worker began, which inflated the rate.
            await _wait(drained, 600, "the worker to drain the backlog")
            worker_rate = m / (time.monotonic() - t0)
            cpu1 = _cpu_seconds(worker.pid)
            gc2 = await scrape(metrics_url)
            forwarded = await lag.produced(topics[1])
        total = w + n + m  # every item on the topic, warm-up included
        floor_elapsed = await _floor_consumer(
            bootstrap, items_topic, f"{prefix}-floor-tp", total, {}, asyncio.Event()
        )
        floor_rate = total / floor_elapsed if floor_elapsed > 0 else float("nan")
        print(
            f"\nthroughput ({m}-item backlog, 1 in {args.alert_every} alerting; "
            f"produced at {produce_rate:,.0f} items/s)"
        )
        print(f"  {'bare aiokafka consume loop (same topic, decode only)':<56} {floor_rate:>10,.0f} items/s")
        print(f"  {'wirewatch worker (decode, route, detect, notify)':<56} {worker_rate:>10,.0f} items/s")
        print(
            f"  {'items the route stage forwarded to detect (all phases)':<56} {forwarded:>10,} "
            f"of {total:,} ({100 * forwarded / total:.1f}%)"
        )
        if cpu0 is not None and cpu1 is not None:
            # CPU per item is steadier than the rate on a shared machine: other jobs slow the rate.
            per_item = (cpu1 - cpu0) * 1000 / m
            print(
                f"  {'wirewatch worker CPU (all threads) per backlog item':<56} {per_item:>10.2f} ms"
                f"  (-> {1000 / per_item if per_item else float('inf'):,.0f} items/s on one free core)"
            )
        _print_gc(gc1, gc2)
        print(
            f"\ntargets: p99 < 100 ms at 200 items/s -> {_pct(worker_lat, 0.99):.1f} ms at {args.rate:g}/s; "
            f">= 2,000 items/s per worker -> {worker_rate:,.0f} items/s"
        )
        print(
            f"(webhook POSTs: {receiver.posts}; worker latency stdev {statistics.pstdev(worker_lat):.1f} ms; "
            f"load average {load_at_start:.1f} at the start, {os.getloadavg()[0]:.1f} at the end, "
            f"on {os.cpu_count()} CPUs)"
        )
        return 0
    finally:
        await producer.stop()
        if worker.poll() is None:
            worker.send_signal(signal.SIGTERM)
            try:
                worker.wait(timeout=60)
            except subprocess.TimeoutExpired:
                worker.kill()
        await runner.cleanup()
        if sys.exc_info()[0] is None:
            shutil.rmtree(tmp, ignore_errors=True)
        else:
            print(f"worker log kept in {log_path}", file=sys.stderr)


def _print_gc(before: GcPauses | None, after: GcPauses | None) -> None:
    """The worker's full collections between two scrapes (each one stalls its event loop)."""
    figures = after.since(before).describe() if before and after else "not exposed by this worker"
    print(f"  {'wirewatch worker full garbage collections in this phase':<56} {figures}")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of process ``pid`` (all its threads), from /proc; ``None`` elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    except OSError:
        return None
    # after the command name: state is field 3, utime and stime are fields 14 and 15
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def _true(value: bool) -> bool:
    return value


def run(args: argparse.Namespace) -> int:
    bootstrap = args.bootstrap or os.environ.get("KAFKA_BOOTSTRAP_SERVERS", "").strip()
    if bootstrap:
        return asyncio.run(_bench(args, bootstrap))
    if not KAFKA_SH.exists():
        print(
            "wirewatch bench e2e: set KAFKA_BOOTSTRAP_SERVERS (scripts/kafka.sh is not here)", file=sys.stderr
        )
        return 2
    run_dir = tempfile.mkdtemp(prefix="wirewatch-bench-kafka-")
    kafka_env = {**os.environ, "KAFKA_RUN_DIR": run_dir}
    # A fixed argv: bash runs the repository's own script.
    start = ["bash", str(KAFKA_SH), "start"]
    started = subprocess.run(start, env=kafka_env, capture_output=True, text=True, check=False)  # noqa: S603
    if started.returncode != 0:
        print(started.stderr, file=sys.stderr)
        return 1
    try:
        bootstrap = started.stdout.strip().splitlines()[-1].split("=", 1)[1]
        return asyncio.run(_bench(args, bootstrap, fresh_broker=True))
    finally:
        stop = ["bash", str(KAFKA_SH), "stop"]
        subprocess.run(stop, env=kafka_env, capture_output=True, check=False)  # noqa: S603

"""Fixtures for the Kafka runtime's tests: isolated topics, worker subprocesses, a webhook receiver.

Every test gets its own topic names and consumer group (a random prefix), so tests share one broker
without seeing each other's records. Workers run as real ``wirewatch worker`` processes, so a test
can SIGKILL one. Alerts are delivered by the real alert pipeline to a real HTTP receiver on
127.0.0.1.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.structs import TopicPartition

from alerts.delivery import DELIVERED
from services.kafka.route import ROUTE_GROUP_SUFFIX
from services.kafka.store import SEP
from wirewatch.settings import Settings

RULES_DIR = Path(__file__).parent / "rules"
REPO = Path(__file__).resolve().parents[3]


async def wait_until(predicate: Callable[[], bool], limit: float, what: str, interval: float = 0.05) -> None:
    """Poll ``predicate`` until true; fail the test naming ``what`` after ``limit`` seconds."""
    deadline = time.monotonic() + limit
    while not predicate():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {limit}s waiting for {what}")
        await asyncio.sleep(interval)


@dataclass
class Receiver:
    """A webhook receiver: every accepted POST body (parsed JSON) with its delivery header, in order.

    ``status``: what it answers (a test may set 400 to refuse deliveries for good, counted in
    ``refused``). *Held* (from the first POST that finds ``hold_after`` alerts accepted, until
    :meth:`release`), it answers 503 (retryable: the worker keeps the notification in its outbox and
    retries) and accepts nothing, counting the POSTs in ``held_posts``.
    """

    url: str = ""
    posts: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    status: int = 200
    refused: int = 0
    hold_after: int | None = None
    held: bool = False
    held_posts: int = 0

    def alerts(self) -> list[tuple[str, dict[str, Any]]]:
        """``(notification_id, alert)`` for every alert of every POST, duplicates included."""
        return [(nid, alert) for nid, body in self.posts for alert in body.get("alerts", [])]

    def alert_ids(self, rule: str | None = None) -> list[str]:
        return [a["id"] for _, a in self.alerts() if rule is None or a["rule"] == rule]

    def notification_ids(self) -> set[str]:
        """The ``X-Wirewatch-Delivery`` (notification id) of every accepted POST."""
        return {nid for nid, _ in self.posts}

    def release(self) -> None:
        """Accept POSTs again (and no longer hold by ``hold_after``)."""
        self.held = False
        self.hold_after = None

    def holding(self) -> bool:
        """Whether a POST arriving now is held (turning the hold on once ``hold_after`` is reached)."""
        if not self.held and self.hold_after is not None and len(self.alerts()) >= self.hold_after:
            self.held = True
        return self.held


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    """A webhook receiver on 127.0.0.1 that answers ``status`` (200 unless a test changes it)."""
    state = Receiver()

    async def hook(request: web.Request) -> web.Response:
        body = await request.json()
        # Decided after the body is read, with no await until the POST is recorded: a test that
        # holds the receiver knows no POST is accepted from then on.
        if state.holding():
            state.held_posts += 1
            return web.json_response({"error": "held by the test"}, status=503)
        if state.status != 200:
            state.refused += 1
            return web.json_response({"error": "refused by the test"}, status=state.status)
        state.posts.append((request.headers.get("X-Wirewatch-Delivery", ""), body))
        return web.json_response({"ok": True})

    app = web.Application()
    app.router.add_post("/hook", hook)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    state.url = f"http://127.0.0.1:{port}/hook"
    yield state
    await runner.cleanup()


@dataclass
class KafkaEnv:
    """Settings (as ``WIREWATCH_*`` variables) of one test's isolated runtime."""

    bootstrap: str
    prefix: str
    tmp: Path
    env: dict[str, str]

    @property
    def items(self) -> str:
        return self.env["WIREWATCH_KAFKA_TOPIC_ITEMS"]

    @property
    def items_dlq(self) -> str:
        return self.env["WIREWATCH_KAFKA_TOPIC_ITEMS_DLQ"]

    @property
    def events(self) -> str:
        return self.env["WIREWATCH_KAFKA_TOPIC_EVENTS"]

    @property
    def group(self) -> str:
        return self.env["WIREWATCH_KAFKA_CONSUMER_GROUP"]

    @property
    def route_group(self) -> str:
        """The route stage's own consumer group (services.kafka.route), which commits ``items``."""
        return self.group + ROUTE_GROUP_SUFFIX

    def settings(self) -> Settings:
        """A ``Settings`` with exactly these variables (the process environment is not read)."""
        fields = {k.removeprefix("WIREWATCH_").lower(): v for k, v in self.env.items()}
        return Settings.model_validate(fields)

    def process_env(self) -> dict[str, str]:
        base = {k: v for k, v in os.environ.items() if not k.startswith("WIREWATCH_")}
        return {**base, **self.env}


def _routing_file(path: Path) -> Path:
    path.write_text(
        "route:\n"
        "  receiver: hook\n"
        "  group_by: ['...']\n"
        "  group_wait: 0s\n"
        "  group_interval: 1s\n"
        "  repeat_interval: 1d\n"
        "receivers:\n"
        "  - name: hook\n"
        "    webhook_configs:\n"
        "      - url: {env: WW_TEST_WEBHOOK_URL}\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def make_env(kafka_bootstrap: str, tmp_path: Path, receiver: Receiver) -> Callable[..., KafkaEnv]:
    """Build a :class:`KafkaEnv` with its own topics and group (``partitions`` per topic)."""

    def make(partitions: int = 2, store: str | None = None) -> KafkaEnv:
        prefix = f"t{uuid.uuid4().hex[:10]}"
        env = {
            "WIREWATCH_KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap,
            "WIREWATCH_KAFKA_PARTITIONS": str(partitions),
            "WIREWATCH_KAFKA_CONSUMER_GROUP": f"{prefix}-wirewatch",
            "WIREWATCH_KAFKA_TOPIC_ITEMS": f"{prefix}.wire.items",
            "WIREWATCH_KAFKA_TOPIC_ITEMS_DLQ": f"{prefix}.wire.items.dlq",
            "WIREWATCH_KAFKA_TOPIC_EVENTS": f"{prefix}.events",
            "WIREWATCH_KAFKA_TOPIC_ALERTS": f"{prefix}.alerts",
            "WIREWATCH_KAFKA_TOPIC_NOTIFICATIONS_DLQ": f"{prefix}.notifications.dlq",
            "WIREWATCH_KAFKA_SESSION_TIMEOUT": "6",
            "WIREWATCH_KAFKA_HEARTBEAT_INTERVAL": "1",
            "WIREWATCH_KAFKA_TICK_INTERVAL": "0.5",
            "WIREWATCH_FAUST_DATA_DIR": str(tmp_path / "faust"),
            "WIREWATCH_RULES_DIR": str(RULES_DIR),
            "WIREWATCH_RULES_SHIPPED": "false",
            "WIREWATCH_ROUTING_FILE": str(_routing_file(tmp_path / "routing.yaml")),
            "WIREWATCH_NOTIFICATION_RATE_PER_SECOND": "10000",
            "WIREWATCH_NOTIFICATION_BURST": "10000",
            "WIREWATCH_NOTIFICATION_RETRY_BASE_SECONDS": "0.2",
            "WIREWATCH_NOTIFICATION_DLQ_PATH": str(tmp_path / "notifications-dlq.jsonl"),
            "WIREWATCH_POLL_STATE_PATH": str(tmp_path / "poll-seen.json"),
            "WIREWATCH_LOG_JSON": "true",
            "WIREWATCH_LOG_LEVEL": "INFO",
            # The detector table's store: ``store``, else memory; WW_TEST_FAUST_STORE=rocksdb:// runs
            # every test over RocksDB (production's store, which keeps changelog offsets on disk).
            "WIREWATCH_FAUST_STORE": store or os.environ.get("WW_TEST_FAUST_STORE", "memory://"),
            "WW_TEST_WEBHOOK_URL": receiver.url,
        }
        return KafkaEnv(kafka_bootstrap, prefix, tmp_path, env)

    return make


class WorkerProc:
    """One ``wirewatch worker`` subprocess, logging to a file."""

    def __init__(self, name: str, env: KafkaEnv, data: str | None = None) -> None:
        self.name = name
        self.log_path = env.tmp / f"worker-{name}-{time.monotonic_ns()}.log"
        self._log = self.log_path.open("wb")
        # A data directory per worker, as each pod has its own (RocksDB locks its files): ``data``
        # names another worker's, for a restart that finds the local state a killed one left.
        data_dir = env.tmp / "faust" / (data or name)
        data_dir.parent.mkdir(exist_ok=True)  # Faust creates the directory, not its parents
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "wirewatch.cli", "worker"],
            env={**env.process_env(), "WIREWATCH_FAUST_DATA_DIR": str(data_dir)},
            cwd=env.tmp,
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def log_text(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def events(self, name: str) -> list[dict[str, Any]]:
        """Structured log records with ``event == name``."""
        out = []
        for line in self.log_text().splitlines():
            if line.startswith("{") and f'"{name}"' in line:
                try:
                    record = json.loads(line)
                except json.JSONDecodeError:
                    continue
                if record.get("event") == name:
                    out.append(record)
        return out

    def assigned_events(self) -> list[int] | None:
        """Events partitions of the latest assignment, or ``None`` before the first one (of both the
        Faust group and the route consumer's group)."""
        records = self.events("worker.assigned")
        if not records or not self.events("route.assigned"):
            return None
        return list(records[-1]["events"])

    async def wait_assigned(self, limit: float = 60.0) -> list[int]:
        """Wait for the worker's first partition assignment; fail at once if the process exits."""
        deadline = time.monotonic() + limit
        while (assigned := self.assigned_events()) is None:
            if not self.alive():
                pytest.fail(f"worker {self.name} exited ({self.proc.returncode}):\n{self.log_text()[-3000:]}")
            if time.monotonic() > deadline:
                pytest.fail(f"worker {self.name} got no assignment within {limit}s")
            await asyncio.sleep(0.1)
        return assigned

    def alive(self) -> bool:
        return self.proc.poll() is None

    def kill(self) -> None:
        """SIGKILL: no shutdown code runs."""
        if self.alive():
            os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=30)

    def stop(self) -> None:
        """SIGTERM and wait for a clean exit (leaves the group, closes pipelines)."""
        if self.alive():
            os.kill(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.kill()

    def close(self) -> None:
        self.kill() if self.alive() else None
        self._log.close()


@pytest.fixture
def workers() -> Iterator[Callable[..., WorkerProc]]:
    """Start worker subprocesses (``name``, ``env``, optional ``data``: see :class:`WorkerProc`); all
    are killed at the end of the test (logs printed on failure)."""
    started: list[WorkerProc] = []

    def start(name: str, env: KafkaEnv, data: str | None = None) -> WorkerProc:
        proc = WorkerProc(name, env, data)
        started.append(proc)
        return proc

    yield start
    for proc in started:
        proc.close()
        tail = proc.log_text().splitlines()[-60:]
        print(f"--- worker {proc.name} log tail ({proc.log_path}) ---\n" + "\n".join(tail))


async def produce(bootstrap: str, topic: str, records: list[tuple[bytes | None, bytes]]) -> None:
    """Produce ``(key, value)`` records with acks=all and wait for every ack."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", enable_idempotence=True)
    await producer.start()
    try:
        futures = [await producer.send(topic, value, key=key) for key, value in records]
        await asyncio.gather(*futures)
    finally:
        await producer.stop()


async def read_topic(bootstrap: str, topic: str, expect: int, limit: float = 30.0) -> list[Any]:
    """Read a topic from the beginning until ``expect`` records (or the time limit) and return them."""
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        auto_offset_reset="earliest",
        group_id=None,
        enable_auto_commit=False,
    )
    await consumer.start()
    out: list[Any] = []
    deadline = time.monotonic() + limit
    try:
        while len(out) < expect and time.monotonic() < deadline:
            batch = await consumer.getmany(timeout_ms=500)
            for messages in batch.values():
                out.extend(messages)
    finally:
        await consumer.stop()
    return out


async def committed_lag(bootstrap: str, group: str, topic: str) -> int:
    """Messages of ``topic`` not yet committed by ``group`` (all partitions)."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None)
    await admin.start()
    await consumer.start()
    try:
        partitions = consumer.partitions_for_topic(topic) or set()
        if not partitions:
            await consumer._client.force_metadata_update()
            partitions = consumer.partitions_for_topic(topic) or set()
        tps = [TopicPartition(topic, p) for p in sorted(partitions)]
        ends = await consumer.end_offsets(tps)
        committed = await admin.list_consumer_group_offsets(group)
        return sum(ends[tp] - (committed[tp].offset if tp in committed else 0) for tp in tps)
    finally:
        await consumer.stop()
        await admin.close()


async def wait_drained(env: KafkaEnv, limit: float = 60.0) -> None:
    """Wait until every record is committed: items by the route group, events and alerts by the worker
    (Faust) group."""
    topics = [
        (env.route_group, env.items),
        (env.group, env.events),
        (env.group, env.env["WIREWATCH_KAFKA_TOPIC_ALERTS"]),
    ]
    deadline = time.monotonic() + limit
    while True:
        lags = [await committed_lag(env.bootstrap, group, t) for group, t in topics]
        if not any(lags):
            return
        if time.monotonic() > deadline:
            pytest.fail(f"the worker groups did not commit everything within {limit}s (lags {lags})")
        await asyncio.sleep(0.2)


def _delivered_id(key: bytes | None, value: bytes | None) -> tuple[str, bool] | None:
    """``(notification id, recorded)`` of a delivery-log record of the notifier table's changelog
    (key ``"<partition>\\x1falerts.delivered\\x1f<notification id>|<integration>"`` as a JSON string,
    see services.kafka.store and alerts.delivery); ``recorded`` is False for a tombstone."""
    if key is None:
        return None
    parts = json.loads(key).split(SEP)
    if len(parts) != 3 or parts[1] != DELIVERED:
        return None
    return parts[2].rsplit("|", 1)[0], value is not None


async def wait_delivery_records(env: KafkaEnv, notification_ids: set[str], limit: float = 60.0) -> None:
    """Wait until the notifier table's changelog topic holds a delivery record for every one of
    ``notification_ids`` (what a restarted worker recovers); fail naming the missing ones."""
    topic = f"{env.group}-notifier-state-changelog"  # Faust's name: <app id>-<table>-changelog
    consumer = AIOKafkaConsumer(
        topic, bootstrap_servers=env.bootstrap, auto_offset_reset="earliest", group_id=None
    )
    await consumer.start()
    recorded: dict[str, bool] = {}  # notification id -> its latest record is not a tombstone
    deadline = time.monotonic() + limit
    try:
        while missing := {n for n in notification_ids if not recorded.get(n)}:
            if time.monotonic() > deadline:
                pytest.fail(f"no delivery record in {topic} within {limit}s for {sorted(missing)}")
            batch = await consumer.getmany(timeout_ms=200)
            for message in (m for messages in batch.values() for m in messages):
                if (entry := _delivered_id(message.key, message.value)) is not None:
                    recorded[entry[0]] = entry[1]
    finally:
        await consumer.stop()


@dataclass(frozen=True)
class KafkaHelpers:
    """Test helpers, as a fixture (tests use importlib mode and cannot import conftest)."""

    wait_until: Callable[..., Awaitable[None]] = wait_until
    produce: Callable[..., Awaitable[None]] = produce
    read_topic: Callable[..., Awaitable[list[Any]]] = read_topic
    committed_lag: Callable[..., Awaitable[int]] = committed_lag
    wait_drained: Callable[..., Awaitable[None]] = wait_drained
    wait_delivery_records: Callable[..., Awaitable[None]] = wait_delivery_records


@pytest.fixture
def kh() -> KafkaHelpers:
    """Helpers: ``wait_until``, ``produce``, ``read_topic``, ``committed_lag``, ``wait_drained``,
    ``wait_delivery_records``."""
    return KafkaHelpers()


def marker_item(uri: str, *, marker: bool = True, version: str = "1") -> bytes:
    """A plain JSON record; with ``marker`` its text fires the ``kafkatest.marker`` test rule."""
    text = "Officials said a zanzibar marker was seen." if marker else "Officials said nothing of note."
    return json.dumps({"uri": uri, "version": version, "headline": f"Item {uri}", "text": text}).encode()


@pytest.fixture
def items() -> Callable[..., bytes]:
    """Factory of test records (see :func:`marker_item`)."""
    return marker_item

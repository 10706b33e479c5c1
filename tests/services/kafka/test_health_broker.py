"""/readyz's broker reachability (services.kafka.health.BrokerWatch): cached checks, and a real outage."""

from __future__ import annotations

import asyncio
import os
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import faust
import httpx
import pytest
from aiokafka.errors import KafkaConnectionError

from services.kafka.health import BrokerWatch, MetadataProbe, app_client_kwargs, first_failure

REPO = Path(__file__).resolve().parents[3]


class _Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class _Probe:
    """A connectivity probe whose answer the test sets: ``None`` answers, an exception is raised."""

    def __init__(self) -> None:
        self.failure: BaseException | None = None
        self.calls = 0
        self.closed = 0
        self.hang: asyncio.Event | None = None
        self.called = asyncio.Event()

    async def __call__(self) -> None:
        self.calls += 1
        self.called.set()
        if self.hang is not None:
            await self.hang.wait()
        if self.failure is not None:
            raise self.failure

    async def close(self) -> None:
        self.closed += 1


async def test_readiness_follows_the_broker_checks_both_ways() -> None:
    """Unknown before the first check, ready after a success, 503 after a failure, ready again after."""
    probe, clock = _Probe(), _Clock()
    watch = BrokerWatch(probe, clock=clock)
    assert watch.readiness() == (False, "broker not checked yet")
    assert watch.outage() == (True, "")  # nothing known yet: no outage to report

    assert await watch.refresh() is True
    assert watch.readiness() == (True, "")

    probe.failure = KafkaConnectionError("Unable to bootstrap from [127.0.0.1:9]")
    assert await watch.refresh() is False
    ready, reason = watch.readiness()
    assert not ready
    assert reason.startswith("broker unreachable: ")
    assert "Unable to bootstrap from [127.0.0.1:9]" in reason
    assert watch.outage() == (ready, reason)

    probe.failure = None
    assert await watch.refresh() is True
    assert watch.readiness() == (True, "")


async def test_broker_up_gauge_follows_each_check() -> None:
    """wirewatch_kafka_broker_up is 1 after a successful check and 0 after a failed one."""
    from wirewatch.metrics import Metrics

    metrics, probe = Metrics(), _Probe()
    watch = BrokerWatch(probe, clock=_Clock(), on_result=metrics.broker_up.set)

    def up() -> float | None:
        return metrics.registry.get_sample_value("wirewatch_kafka_broker_up")

    await watch.refresh()
    assert up() == 1
    probe.failure = KafkaConnectionError("Unable to bootstrap from [127.0.0.1:9]")
    await watch.refresh()
    assert up() == 0
    probe.failure = None
    await watch.refresh()
    assert up() == 1


async def test_readiness_reads_the_cached_answer_without_probing() -> None:
    """Any number of /readyz requests between two checks cause no broker round trip."""
    probe = _Probe()
    watch = BrokerWatch(probe, clock=_Clock())
    await watch.refresh()
    for _ in range(50):
        watch.readiness()
    assert probe.calls == 1


async def test_a_probe_that_does_not_answer_in_time_counts_as_unreachable() -> None:
    """An attempt still pending after ``timeout`` fails with the timeout as its reason."""
    probe = _Probe()
    probe.hang = asyncio.Event()  # never set: the broker accepted the connection but says nothing
    watch = BrokerWatch(probe, timeout=0.05, clock=_Clock())
    assert await watch.refresh() is False
    assert watch.readiness() == (False, "broker unreachable: no answer within 0.05s")


async def test_a_success_too_old_is_not_trusted() -> None:
    """When no check succeeded for ``stale_after`` seconds (the checker stopped), readiness fails."""
    probe, clock = _Probe(), _Clock()
    watch = BrokerWatch(probe, interval=2.0, stale_after=8.0, clock=clock)
    await watch.refresh()
    clock.now += 8.0
    assert watch.readiness() == (True, "")
    clock.now += 1.0
    assert watch.readiness() == (False, "broker unreachable: no answer for 9s")
    await watch.refresh()
    assert watch.readiness() == (True, "")


async def test_run_checks_at_once_and_closes_the_probe_when_cancelled() -> None:
    """The background task checks before its first sleep and closes the probe's client at shutdown."""
    probe = _Probe()
    watch = BrokerWatch(probe, interval=3600.0, clock=_Clock())
    task = asyncio.create_task(watch.run())
    await probe.called.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert watch.readiness() == (True, "")
    assert probe.closed == 1


def test_the_broker_reason_comes_before_the_apps() -> None:
    """With the broker unreachable, /readyz names the broker, not the symptoms it causes downstream."""
    broker = lambda: (False, "broker unreachable: boom")  # noqa: E731
    app = lambda: (False, "rebalancing")  # noqa: E731
    ok = lambda: (True, "")  # noqa: E731
    assert first_failure([broker, app]) == (False, "broker unreachable: boom")
    assert first_failure([ok, app]) == (False, "rebalancing")
    assert first_failure([ok, ok]) == (True, "")


def test_probe_uses_the_apps_brokers_and_credentials() -> None:
    """The probe connects where the Faust app does, with the app's security protocol."""
    app = faust.App("health-kwargs", broker=["kafka://127.0.0.1:19092", "kafka://10.0.0.2"])
    assert app_client_kwargs(app) == {
        "bootstrap_servers": ["127.0.0.1:19092", "10.0.0.2:9092"],
        "security_protocol": "PLAINTEXT",
    }


async def test_metadata_probe_raises_when_nothing_listens(free_port: Callable[[], int]) -> None:
    """The real probe fails against a loopback port nobody listens on, and fails again on retry."""
    probe = MetadataProbe({"bootstrap_servers": [f"127.0.0.1:{free_port()}"]}, request_timeout=1.0)
    for _ in range(2):
        with pytest.raises(KafkaConnectionError):
            await probe()
    await probe.close()


@pytest.mark.integration
async def test_metadata_probe_answers_while_the_broker_runs(kafka_bootstrap: str) -> None:
    """Against a running broker the real probe returns, on its first call (bootstrap) and after."""
    probe = MetadataProbe({"bootstrap_servers": [kafka_bootstrap]})
    try:
        for _ in range(3):
            await probe()
    finally:
        await probe.close()


# --- against a real broker that the test stops and starts again --------------------------------------


def _kafka(command: str, run_dir: Path, port: int) -> str:
    env = {**os.environ, "KAFKA_RUN_DIR": str(run_dir), "KAFKA_PORT": str(port)}
    proc = subprocess.run(
        ["bash", str(REPO / "scripts" / "kafka.sh"), command],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, f"kafka.sh {command} failed:\n{proc.stderr[-3000:]}"
    return proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else ""


@pytest.fixture
def own_broker(
    tmp_path_factory: pytest.TempPathFactory, free_port: Callable[[], int]
) -> Iterator[tuple[str, Path, int]]:
    """A broker of this test alone (it is stopped mid-test), on a fixed port so clients reconnect."""
    run_dir = tmp_path_factory.mktemp("kafka-health")
    port = free_port()
    line = _kafka("start", run_dir, port)
    assert line == f"KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:{port}", line
    try:
        yield f"127.0.0.1:{port}", run_dir, port
    finally:
        _kafka("stop", run_dir, port)


async def _readyz(client: httpx.AsyncClient, url: str) -> httpx.Response | None:
    try:
        return await client.get(url, timeout=2.0)
    except httpx.HTTPError:
        return None


async def _wait_readyz(
    client: httpx.AsyncClient, url: str, status: int, limit: float, worker: Any, reason: str = ""
) -> httpx.Response:
    """Poll /readyz until it answers ``status`` (with a reason starting with ``reason``)."""
    deadline = time.monotonic() + limit
    last: httpx.Response | None = None
    while last is None or last.status_code != status or not last.json().get("reason", "").startswith(reason):
        assert worker.alive(), worker.log_text()[-3000:]
        assert time.monotonic() < deadline, f"/readyz not {status} within {limit}s: {last and last.text}"
        await asyncio.sleep(0.2)
        last = await _readyz(client, url)
    return last


@pytest.mark.integration
async def test_readyz_turns_503_while_the_broker_is_down_and_200_when_it_is_back(
    own_broker, make_env, workers, receiver, free_port
):
    """A worker's /readyz says "broker unreachable" once its broker stops, and is ready after a restart."""
    bootstrap, run_dir, port = own_broker
    env = make_env(partitions=1)
    env.env["WIREWATCH_KAFKA_BOOTSTRAP_SERVERS"] = bootstrap
    web_port = free_port()
    env.env["WIREWATCH_FAUST_WEB_PORT"] = str(web_port)
    env.env["WIREWATCH_FAUST_WEB_BIND"] = "127.0.0.1"
    worker = workers("a", env)
    url = f"http://127.0.0.1:{web_port}/readyz"
    async with httpx.AsyncClient() as client:
        await _wait_readyz(client, url, 200, 90, worker)

        _kafka("stop", run_dir, port)
        await _wait_readyz(client, url, 503, 30, worker, reason="broker unreachable: ")

        _kafka("start", run_dir, port)
        up = await _wait_readyz(client, url, 200, 120, worker)
        assert up.json() == {"status": "ready"}

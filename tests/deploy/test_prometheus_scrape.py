"""A real Prometheus server scrapes a running wirewatch and answers PromQL over its HTTP API."""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
import urllib.parse
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from deploy_support import REPO, RULES, Service, http_get, stop_process, wait_for

JOB = "wirewatch-embedded"


@dataclass(frozen=True)
class PromServer:
    """A Prometheus server on loopback."""

    url: str
    log: Path

    def query(self, promql: str) -> list[dict[str, Any]]:
        """Instant query over /api/v1/query; the result vector ([] on error or while starting)."""
        status, body = http_get(f"{self.url}/api/v1/query?{urllib.parse.urlencode({'query': promql})}")
        if status != 200:
            return []
        data = json.loads(body)
        assert data["status"] == "success", data
        result: list[dict[str, Any]] = data["data"]["result"]
        return result

    def api(self, path: str) -> dict[str, Any]:
        """GET an /api/v1 endpoint; the ``data`` member."""
        status, body = http_get(f"{self.url}/api/v1/{path}")
        assert status == 200, body
        data: dict[str, Any] = json.loads(body)["data"]
        return data


@pytest.fixture(scope="module")
def prometheus(
    tools: dict[str, str], running_service: Service, free_port: Callable[[], int]
) -> Iterator[PromServer]:
    """`prometheus` (Debian package) scraping the running service every second, with our rules loaded."""
    workdir = Path(tempfile.mkdtemp(prefix="wirewatch-prometheus-test-"))
    shutil.copy(RULES, workdir / RULES.name)
    config = {
        "global": {"scrape_interval": "1s", "evaluation_interval": "1s", "scrape_timeout": "1s"},
        "rule_files": [RULES.name],
        "scrape_configs": [
            {
                "job_name": JOB,
                "metrics_path": "/metrics",
                "static_configs": [{"targets": [f"127.0.0.1:{running_service.port}"]}],
            }
        ],
    }
    (workdir / "prometheus.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    port = free_port()
    log = workdir / "prometheus.log"
    cmd = [
        tools["prometheus"],
        f"--config.file={workdir / 'prometheus.yml'}",
        f"--storage.tsdb.path={workdir / 'data'}",
        f"--web.listen-address=127.0.0.1:{port}",
        "--storage.tsdb.retention.time=1h",
        "--log.level=warn",
    ]
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            cmd, cwd=workdir, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT
        )
    server = PromServer(f"http://127.0.0.1:{port}", log)
    try:

        def ready() -> bool:
            if proc.poll() is not None:
                pytest.fail(f"prometheus exited {proc.returncode}:\n{log.read_text()[-3000:]}", pytrace=False)
            return http_get(f"{server.url}/-/ready")[0] == 200

        wait_for(ready, 60, "prometheus to become ready")
        yield server
    finally:
        stop_process(proc, workdir)


def test_prometheus_scrapes_the_service(prometheus: PromServer, running_service: Service) -> None:
    """PromQL over the HTTP API returns the service's items-received series, labelled by source."""
    query = f'sum by (source) (wirewatch_items_received_total{{job="{JOB}"}})'

    def series() -> dict[str, float]:
        got = {r["metric"].get("source", ""): float(r["value"][1]) for r in prometheus.query(query)}
        return got if {"inbox", "http"} <= set(got) else {}

    got = wait_for(series, 60, f"Prometheus to return {query}")
    samples = sorted((REPO / "services" / "samples").glob("*.json"))
    assert got["http"] >= 1
    assert got["inbox"] >= 1 + len(samples)  # bundled samples (moved to done/) + the broken file
    up = prometheus.query(f'up{{job="{JOB}"}}')
    assert [float(r["value"][1]) for r in up] == [1.0]


def test_prometheus_loads_and_evaluates_our_rules(prometheus: PromServer) -> None:
    """The rules file loads into a real Prometheus, every rule is healthy and a recording rule has data."""

    def recorded() -> list[dict[str, Any]]:
        return prometheus.query(f'wirewatch:items_received:rate5m{{job="{JOB}"}}')

    result = wait_for(recorded, 60, "the recording rule wirewatch:items_received:rate5m to produce series")
    assert {r["metric"]["source"] for r in result} >= {"inbox", "http"}
    groups = prometheus.api("rules")["groups"]
    assert {g["name"] for g in groups} == {"wirewatch.recording", "wirewatch.alerts"}
    unhealthy = [(r["name"], r.get("lastError")) for g in groups for r in g["rules"] if r["health"] != "ok"]
    assert not unhealthy, unhealthy
    # A live service with rules loaded and a fresh ingest: none of the health alerts fires.
    firing = [a for a in prometheus.api("alerts")["alerts"] if a["state"] == "firing"]
    assert not firing, firing

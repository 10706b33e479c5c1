"""Helpers shared by the deploy tests: paths, tool lookup, subprocess and HTTP helpers.

pytest runs with ``--import-mode=importlib``, so conftest.py puts this directory on ``sys.path``
and the test modules import ``deploy_support`` by name.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
DEPLOY = REPO / "deploy"
OVERLAYS = ("dev", "prod")
TOOLS = ("kustomize", "kubeconform", "wirewatch-kubeconform", "promtool", "prometheus")
INGEST_TOKEN = "deploy-test-token-5b1f0e"


def missing(reason: str) -> None:
    """Fail in CI, skip elsewhere."""
    hint = f"{reason} (install with: bash scripts/ops-tools.sh)"
    if os.environ.get("CI"):
        pytest.fail(hint, pytrace=False)
    pytest.skip(hint)


def ops_bin_dir() -> Path:
    explicit = os.environ.get("WIREWATCH_OPS_BIN")
    if explicit:
        return Path(explicit)
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return Path(os.environ.get("WIREWATCH_OPS_CACHE") or cache / "wirewatch" / "ops") / "bin"


def run_tool(
    args: list[str], stdin: str | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run a tool from the repo root, capturing text output."""
    return subprocess.run(
        args, input=stdin, capture_output=True, text=True, cwd=REPO, timeout=timeout, check=False
    )


def docs(text: str) -> list[dict[str, Any]]:
    """The YAML documents of a multi-document stream (empty ones dropped)."""
    return [d for d in yaml.safe_load_all(text) if d]


def http_get(url: str, timeout: float = 2.0) -> tuple[int, str]:
    """GET ``url`` (loopback only): ``(status, body)``; ``(0, error)`` when nothing answers."""
    assert url.startswith("http://127.0.0.1:"), url
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:
            return int(resp.status), resp.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return int(exc.code), exc.read().decode("utf-8", "replace")
    except OSError as exc:
        return 0, str(exc)


def wait_for(predicate: Any, timeout: float, what: str, interval: float = 0.25) -> Any:
    """Poll ``predicate()`` until it returns a truthy value (returned) or ``timeout`` passes (fail)."""
    deadline = time.monotonic() + timeout
    last: Any = None
    while time.monotonic() < deadline:
        last = predicate()
        if last:
            return last
        time.sleep(interval)
    pytest.fail(f"timed out after {timeout:.0f}s waiting for {what}", pytrace=False)


@dataclass(frozen=True)
class Service:
    """A running ``wirewatch run`` on loopback."""

    base_url: str
    port: int
    pid: int
    workdir: Path
    stderr_path: Path

    def metrics_text(self) -> str:
        status, body = http_get(f"{self.base_url}/metrics")
        assert status == 200, f"/metrics answered {status}: {body[:200]}"
        return body


def stop_process(proc: subprocess.Popen[Any], workdir: Path) -> None:
    """SIGTERM ``proc`` (SIGKILL after 20 s) if it still runs, then remove ``workdir``."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
    shutil.rmtree(workdir, ignore_errors=True)


def post_item(base_url: str, item: dict[str, Any]) -> int:
    req = urllib.request.Request(
        f"{base_url}/v1/items",
        data=json.dumps(item).encode(),
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {INGEST_TOKEN}"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(req, timeout=5) as resp:
            return int(resp.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)


def sample(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((REPO / "services" / "samples" / name).read_text(encoding="utf-8"))
    return data


_SUFFIXES = {
    "counter": ("_total", "_created"),
    "histogram": ("_bucket", "_sum", "_count", "_created"),
    "summary": ("_sum", "_count", "_created", ""),
    "info": ("_info",),
    "gauge": ("",),
    "stateset": ("",),
    "gaugehistogram": ("_bucket", "_gsum", "_gcount"),
    "unknown": ("",),
}


def family_sample_names(families: Any) -> set[str]:
    """Every sample name the given metric families may expose (``_total``, ``_bucket``, ``_info``...)."""
    names: set[str] = set()
    for family in families:
        names.update(family.name + suffix for suffix in _SUFFIXES[family.type])
    return names


DASHBOARD = DEPLOY / "grafana" / "dashboards" / "wirewatch.json"
METRIC_NAME = re.compile(r"\b(wirewatch_[a-z0-9_]+)\b")


def dashboard_exprs() -> list[str]:
    """Every PromQL expression of the Grafana dashboard: panel targets (rows included) and variables."""
    dash = json.loads(DASHBOARD.read_text(encoding="utf-8"))
    exprs: list[str] = []

    def walk(panels: list[dict[str, Any]]) -> None:
        for panel in panels:
            exprs.extend(t["expr"] for t in panel.get("targets", []) if t.get("expr"))
            walk(panel.get("panels", []))

    walk(dash["panels"])
    for var in dash.get("templating", {}).get("list", []):
        query = var.get("query")
        if isinstance(query, dict):
            query = query.get("query")
        if var.get("type") == "query" and isinstance(query, str):
            exprs.append(query)
    return exprs


def dashboard_metrics() -> set[str]:
    """The wirewatch_* metric (sample) names the dashboard queries."""
    return {m for e in dashboard_exprs() for m in METRIC_NAME.findall(e)}


RULES = DEPLOY / "prometheus" / "wirewatch.rules.yml"


def rule_groups() -> list[dict[str, Any]]:
    """The rule groups of the plain Prometheus rules file."""
    groups: list[dict[str, Any]] = yaml.safe_load(RULES.read_text(encoding="utf-8"))["groups"]
    return groups


def rule_metrics() -> set[str]:
    """The wirewatch_* metric (sample) names the Prometheus rules query."""
    return {m for g in rule_groups() for r in g["rules"] for m in METRIC_NAME.findall(r["expr"])}

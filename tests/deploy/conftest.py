"""Fixtures for the deploy checks: the ops tools, rendered overlays and a running wirewatch.

The tools (kustomize, kubeconform + schemas, promtool, prometheus) come from ``scripts/ops-tools.sh``,
which ``scripts/test.sh`` runs before pytest. When they are missing the tests FAIL in CI (``CI`` is
set) and skip elsewhere with the command to install them, so a developer without root is not
blocked but CI can never go green without the checks.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from deploy_support import (
    DEPLOY,
    INGEST_TOKEN,
    OVERLAYS,
    REPO,
    TOOLS,
    Service,
    http_get,
    missing,
    ops_bin_dir,
    post_item,
    run_tool,
    sample,
    stop_process,
    wait_for,
)


@pytest.fixture(scope="session")
def tools() -> dict[str, str]:
    """Absolute paths of the ops tools (from the ops cache, else PATH)."""
    found: dict[str, str] = {}
    bin_dir = ops_bin_dir()
    for name in TOOLS:
        candidate = bin_dir / name
        path = str(candidate) if candidate.exists() else shutil.which(name)
        if path is None:
            missing(f"{name} not found in {bin_dir} or on PATH")
        else:
            found[name] = path
    return found


@pytest.fixture(scope="session")
def rendered(tools: dict[str, str]) -> dict[str, str]:
    """``kustomize build`` output of every overlay (and of the base), by name."""
    out: dict[str, str] = {}
    for name, path in [("base", DEPLOY / "k8s" / "base")] + [
        (o, DEPLOY / "k8s" / "overlays" / o) for o in OVERLAYS
    ]:
        proc = run_tool([tools["kustomize"], "build", str(path)])
        assert proc.returncode == 0, f"kustomize build {path} failed:\n{proc.stderr}"
        out[name] = proc.stdout
    return out


@pytest.fixture(scope="session")
def running_service(free_port: Callable[[], int]) -> Iterator[Service]:
    """``wirewatch run`` on a free loopback port, fed items from its inbox and over HTTP.

    Inbox: the bundled sample items (they raise alerts) and one undecodable file (dead-lettered);
    HTTP: one more item, so the ``http`` source is labelled too. Yields once the runtime counted
    every inbox item. Stopped with SIGTERM (then SIGKILL) at the end of the session.
    """
    exe = Path(sys.executable).parent / "wirewatch"
    if not exe.exists():
        missing(f"the wirewatch console script is not installed next to {sys.executable}")
    workdir = Path(tempfile.mkdtemp(prefix="wirewatch-deploy-test-"))
    inbox = workdir / "inbox"
    inbox.mkdir()
    samples = sorted((REPO / "services" / "samples").glob("*.json"))
    assert samples, "no bundled sample items in services/samples"
    for path in samples:
        shutil.copy(path, inbox / path.name)
    (inbox / "zz-broken.json").write_text('{"headline": "unterminated', encoding="utf-8")
    port = free_port()
    stderr_path = workdir / "stderr.log"
    env = {
        **os.environ,
        "WIREWATCH_INGEST_TOKEN": INGEST_TOKEN,
        "WIREWATCH_LOG_JSON": "true",
        "WIREWATCH_LOG_LEVEL": "DEBUG",
        "WIREWATCH_ALERTS_PATH": str(workdir / "alerts.jsonl"),
        "WIREWATCH_NOTIFICATION_DLQ_PATH": str(workdir / "notifications-dlq.jsonl"),
    }
    cmd = [
        str(exe), "run",
        "--inbox", str(inbox),
        "--state", str(workdir / "state.sqlite3"),
        "--dead-letter", str(workdir / "dead-letter.jsonl"),
        "--listen", f"127.0.0.1:{port}",
        "--no-samples", "--no-stdin",
    ]  # fmt: skip
    with open(stderr_path, "wb") as err, open(workdir / "stdout.log", "wb") as out:
        proc = subprocess.Popen(cmd, cwd=workdir, env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=err)
    base_url = f"http://127.0.0.1:{port}"
    service = Service(base_url, port, proc.pid, workdir, stderr_path)
    try:

        def ready() -> bool:
            if proc.poll() is not None:
                log = stderr_path.read_text(encoding="utf-8", errors="replace")
                pytest.fail(f"wirewatch run exited with {proc.returncode}:\n{log[-3000:]}", pytrace=False)
            return http_get(f"{base_url}/readyz")[0] == 200

        wait_for(ready, 60, "wirewatch run to become ready")
        extra = sample(samples[0].name)
        extra["uri"] = "urn:wirewatch:deploy-test:http-1"
        assert post_item(base_url, extra) == 202

        expected_inbox = len(samples) + 1  # the broken file counts as received, then dead-lettered

        def counted() -> bool:
            from prometheus_client.parser import text_string_to_metric_families

            got = {"inbox": 0.0, "http": 0.0}
            for family in text_string_to_metric_families(service.metrics_text()):
                for sample in family.samples:
                    if sample.name == "wirewatch_items_received_total":
                        src = sample.labels.get("source", "")
                        got[src] = got.get(src, 0.0) + sample.value
            return got["inbox"] >= expected_inbox and got["http"] >= 1

        wait_for(counted, 60, "the runtime to count every inbox and HTTP item")

        # A rule reload (what a ConfigMap change or `kill -HUP` triggers) labels the reload counter.
        proc.send_signal(signal.SIGHUP)

        def reloaded() -> bool:
            return 'wirewatch_rule_reloads_total{outcome="success"}' in service.metrics_text()

        wait_for(reloaded, 30, "the SIGHUP rule reload to be counted")
        yield service
    finally:
        stop_process(proc, workdir)

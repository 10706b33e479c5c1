"""SIGTERM drains: every item accepted over HTTP is processed before the process exits (subprocess)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx

from services.journal import NS_JOURNAL
from services.sqlite_store import SqliteStore

TOKEN = "signal-test-token"


def wait_for_listening(log_path: Path, proc: subprocess.Popen[bytes], limit: float = 30.0) -> str:
    """The URL from the runtime's http.listening log line (JSON logs on a file)."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"runtime exited early: {log_path.read_text()}")
        for line in log_path.read_text().splitlines():
            if '"http.listening"' in line:
                return str(json.loads(line)["url"])
        time.sleep(0.05)
    raise AssertionError("runtime did not start listening")


def wait_for_event(log_path: Path, event: str, limit: float = 30.0) -> dict[str, object]:
    """The first JSON log record with ``event``, waiting for it to be written."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        for line in log_path.read_text().splitlines():
            if line.startswith("{") and json.loads(line)["event"] == event:
                return dict(json.loads(line))
        time.sleep(0.05)
    raise AssertionError(f"no {event} in the log")


def test_sigterm_drains_every_accepted_item(tmp_path: Path) -> None:
    """SIGHUP reloads rules; items accepted just before SIGTERM are all processed; the exit is clean."""
    env = {
        **os.environ,
        "WIREWATCH_INGEST_TOKEN": TOKEN,
        "WIREWATCH_LOG_JSON": "true",
        "WIREWATCH_NOTIFICATION_DLQ_PATH": str(tmp_path / "ndlq.jsonl"),
        # Ingest drain is under test, not notifier rate limits: let deliveries keep up.
        "WIREWATCH_NOTIFICATION_RATE_PER_SECOND": "100000",
        "WIREWATCH_NOTIFICATION_BURST": "100000",
    }
    state = tmp_path / "state.sqlite3"
    log_path = tmp_path / "run.log"
    cmd = [
        sys.executable,
        "-m",
        "wirewatch.cli",
        "run",
        "--no-samples",
        "--no-stdin",
        "--inbox",
        str(tmp_path / "inbox"),
        "--state",
        str(state),
        "--listen",
        "127.0.0.1:0",
        "--dead-letter",
        str(tmp_path / "dl.jsonl"),
        "--alerts",
        str(tmp_path / "alerts.jsonl"),
    ]
    with log_path.open("wb") as log_file:
        proc = subprocess.Popen(
            cmd, cwd=tmp_path, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=log_file
        )
        try:
            url = wait_for_listening(log_path, proc)
            proc.send_signal(signal.SIGHUP)
            assert wait_for_event(log_path, "rules.reloaded")["rules"]
            items = [
                {"id": f"urn:test:drain:{n}", "text": f"Report {n}: a ceasefire took effect in district {n}."}
                for n in range(200)
            ]
            response = httpx.post(
                f"{url}/v1/items", json=items, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=30
            )
            assert response.status_code == 202
            accepted = set(response.json()["items"])
            proc.send_signal(signal.SIGTERM)
            assert proc.wait(timeout=60) == 0
        finally:
            if proc.poll() is None:
                proc.kill()
    records = [json.loads(line) for line in log_path.read_text().splitlines() if line.startswith("{")]
    processed = {r["item_id"] for r in records if r["event"] == "item.processed"}
    assert accepted == {item["id"] for item in items}
    assert processed == accepted
    assert any(r["event"] == "runtime.stopped" for r in records)
    store = SqliteStore(state)
    assert list(store.scan(NS_JOURNAL)) == []
    store.close()

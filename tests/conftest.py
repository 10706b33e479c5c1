"""Suite-wide fixtures: the real Kafka broker for integration tests.

``kafka_bootstrap`` (session scope) is the broker's ``host:port``. It uses ``KAFKA_BOOTSTRAP_SERVERS``
when set (``scripts/test.sh`` starts one broker for the whole run, or point it at an existing cluster);
otherwise it starts a private broker with ``scripts/kafka.sh`` in a temporary run dir and stops it at
the end of the session, so ``pytest -m integration`` works on its own. Unit tests never request it.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
KAFKA_SCRIPT = REPO / "scripts" / "kafka.sh"


def _start_private_broker(run_dir: Path) -> str:
    env = {**os.environ, "KAFKA_RUN_DIR": str(run_dir)}
    proc = subprocess.run(
        ["bash", str(KAFKA_SCRIPT), "start"],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    lines = proc.stdout.strip().splitlines()
    if proc.returncode != 0 or not lines or not lines[-1].startswith("KAFKA_BOOTSTRAP_SERVERS="):
        pytest.fail(f"scripts/kafka.sh start failed (exit {proc.returncode}):\n{proc.stderr}", pytrace=False)
    return lines[-1].split("=", 1)[1]


@pytest.fixture(scope="session")
def kafka_bootstrap() -> Iterator[str]:
    """The bootstrap servers of a real, running Kafka broker."""
    existing = os.environ.get("KAFKA_BOOTSTRAP_SERVERS", "").strip()
    if existing:
        yield existing
        return
    run_dir = Path(tempfile.mkdtemp(prefix="wirewatch-kafka-test-"))
    bootstrap = _start_private_broker(run_dir)
    try:
        yield bootstrap
    finally:
        subprocess.run(
            ["bash", str(KAFKA_SCRIPT), "stop"],
            env={**os.environ, "KAFKA_RUN_DIR": str(run_dir)},
            capture_output=True,
            timeout=120,
            check=False,
        )

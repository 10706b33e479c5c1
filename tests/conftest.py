"""Suite-wide fixtures: the real Kafka broker for integration tests, and free loopback ports.

``kafka_bootstrap`` (session scope) is the broker's ``host:port``. It uses ``KAFKA_BOOTSTRAP_SERVERS``
when set (``scripts/test.sh`` starts one broker for the whole run, or point it at an existing cluster);
otherwise it starts a private broker with ``scripts/kafka.sh`` in a temporary run dir and stops it at
the end of the session, so ``pytest -m integration`` works on its own. Unit tests never request it.

``free_port`` (session scope) is a function that returns a TCP port free on 127.0.0.1, for every test
or fixture that starts a server there or needs a port nobody listens on. A fixture, so every test
directory gets it without an import (pytest runs with ``--import-mode=importlib`` and ``tests/`` is
not a package on ``sys.path``).
"""

from __future__ import annotations

import os
import socket
import subprocess
import tempfile
from collections.abc import Callable, Iterator
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


def _free_port() -> int:
    """A TCP port free on 127.0.0.1 right now: the kernel picks it, and the socket is closed again, so a
    server a test starts next can bind it and a connection to it is refused until then. Tests only
    ever talk to loopback."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def free_port() -> Callable[[], int]:
    """``free_port()``: a TCP port free on 127.0.0.1 right now (the kernel picks one at each call)."""
    return _free_port

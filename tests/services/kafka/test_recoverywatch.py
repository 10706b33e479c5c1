"""Unit tests of :mod:`services.kafka.recoverywatch`: a recovery that reads nothing is restarted."""

from __future__ import annotations

from collections import Counter
from typing import Any

from aiokafka.structs import TopicPartition

from services.kafka.recoverywatch import RecoveryWatch

TP0 = TopicPartition("w-detector-state-changelog", 0)
TP1 = TopicPartition("w-detector-state-changelog", 1)


class FakeRecovery:
    """Faust's Recovery service: in recovery since ``started``, with what is left per partition."""

    def __init__(
        self, started: float, left: dict[Any, int], received: dict[Any, float] | None = None
    ) -> None:
        self.in_recovery = True
        self._recovery_started_at = started
        self._active_events_received_at = received or {}
        self._left = left

    def active_remaining(self) -> Counter[Any]:
        return Counter(self._left)


class FakeThread:
    """Faust's consumer thread around an aiokafka consumer whose coordinator counts rejoin requests."""

    def __init__(self) -> None:
        self.requests = 0
        owner = self

        class Coordinator:
            def request_rejoin(self) -> None:
                owner.requests += 1

        self.client = type("Client", (), {"_coordinator": Coordinator()})()

    def _ensure_consumer(self) -> Any:
        return self.client

    async def call_thread(self, fn: Any) -> None:
        await fn()


def watch_app(recovery: FakeRecovery, generation: int = 4) -> tuple[Any, FakeThread]:
    thread = FakeThread()
    app = type("App", (), {})()
    app.tables = type("Tables", (), {"recovery": recovery})()
    app.consumer = type("Consumer", (), {"_thread": thread})()
    app.consumer_generation_id = generation
    return app, thread


async def test_a_recovery_that_read_nothing_for_the_stall_time_rejoins_once() -> None:
    """No record from any active partition for 20 s: one rejoin request, not one per check."""
    app, thread = watch_app(FakeRecovery(started=100.0, left={TP0: 7, TP1: 22}))
    watch = RecoveryWatch(app, stall_seconds=20.0, clock=lambda: 125.0)
    assert [tp.partition for tp in watch.stalled()] == [0, 1]
    assert await watch.check() is True
    assert await watch.check() is False  # the same generation is kicked once
    assert thread.requests == 1
    app.consumer_generation_id = 5  # a new generation that stalls again is kicked again
    assert await watch.check() is True
    assert thread.requests == 2


async def test_a_slow_or_young_or_finished_recovery_is_left_alone() -> None:
    """Reading (one record is enough), younger than the stall time, or nothing left: no rejoin."""
    reading, thread = watch_app(FakeRecovery(started=100.0, left={TP0: 7, TP1: 22}, received={TP1: 101.0}))
    assert await RecoveryWatch(reading, stall_seconds=20.0, clock=lambda: 200.0).check() is False
    young, _ = watch_app(FakeRecovery(started=100.0, left={TP0: 7}))
    assert await RecoveryWatch(young, stall_seconds=20.0, clock=lambda: 110.0).check() is False
    done, _ = watch_app(FakeRecovery(started=100.0, left={TP0: 0}))
    assert await RecoveryWatch(done, stall_seconds=20.0, clock=lambda: 200.0).check() is False
    idle = FakeRecovery(started=100.0, left={TP0: 7})
    idle.in_recovery = False
    idle_app, _ = watch_app(idle)
    assert await RecoveryWatch(idle_app, stall_seconds=20.0, clock=lambda: 200.0).check() is False
    assert thread.requests == 0

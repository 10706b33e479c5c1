"""wirewatch.gcpolicy: freezing start-up objects, reclaiming them on reload, timing collections."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest
from prometheus_client import CollectorRegistry
from pydantic import SecretStr

from services.embedded import EmbeddedRuntime, RuntimeOptions
from wirewatch import gcpolicy
from wirewatch.gcpolicy import PauseTimer
from wirewatch.metrics import Metrics
from wirewatch.settings import Settings


class _Node:
    """A weak-referenceable object that can sit in a reference cycle."""

    def __init__(self) -> None:
        self.other: _Node | None = None


@pytest.fixture(autouse=True)
def _unfrozen() -> Iterator[None]:
    """Each test starts and ends with nothing frozen and no PauseTimer hooked in."""
    gc.unfreeze()
    before = list(gc.callbacks)
    yield
    gc.unfreeze()
    gc.callbacks[:] = before


def _cycle() -> _Node:
    """One node of a two-node reference cycle (garbage for the collector once the caller drops it)."""
    a, b = _Node(), _Node()
    a.other, b.other = b, a
    return a


def test_freeze_moves_live_objects_out_of_the_collector() -> None:
    """After freeze(), a cycle alive at that time survives collections once it becomes garbage."""
    ref = weakref.ref(_cycle())
    gc.collect()
    assert ref() is None, "an unfrozen garbage cycle is collected"
    node = _cycle()
    ref = weakref.ref(node)
    assert gcpolicy.freeze() > 0
    del node
    gc.collect()
    assert ref() is not None, "a frozen cycle is skipped by the collector"


def test_refreeze_reclaims_what_was_frozen_and_freezes_again() -> None:
    """refreeze() frees a frozen cycle that became garbage (a replaced rule set) and freezes the rest."""
    node = _cycle()
    ref = weakref.ref(node)
    gcpolicy.freeze()
    del node
    assert gcpolicy.refreeze() > 0
    assert ref() is None
    assert gc.get_freeze_count() > 0


def test_refreeze_is_a_no_op_when_nothing_is_frozen() -> None:
    """Without a prior freeze (tests, library use), refreeze() neither collects nor freezes."""
    assert gcpolicy.refreeze() == 0
    assert gc.get_freeze_count() == 0


def test_pause_timer_observes_each_collection_by_generation() -> None:
    """Installed, every collection is observed under its generation; uninstalled, none is."""
    metrics = Metrics(CollectorRegistry())
    timer = PauseTimer(metrics)

    def count(generation: str) -> float:
        value = metrics.registry.get_sample_value(
            "wirewatch_gc_pause_seconds_count", {"generation": generation}
        )
        return value or 0.0

    timer.install()
    timer.install()  # idempotent: one hook, one observation per collection
    gc.collect(2)
    gc.collect(0)
    assert count("2") == 1 and count("0") >= 1
    timer.uninstall()
    gc.collect(2)
    assert count("2") == 1


async def test_embedded_runtime_applies_the_policy_only_when_it_owns_the_process(tmp_path: Path) -> None:
    """process_gc=True (wirewatch run) freezes and times collections; the default leaves gc alone."""
    settings = Settings(ingest_token=SecretStr("t"), notification_dlq_path=tmp_path / "dlq.jsonl")
    for owned in (False, True):
        options = RuntimeOptions(
            state_path=tmp_path / f"state-{owned}.sqlite3",
            dead_letter_path=tmp_path / "dead-letter.jsonl",
            rules_dirs=(),
            listen=None,
            var_dir=tmp_path,
            console=False,
        )
        metrics = Metrics(CollectorRegistry())
        runtime = EmbeddedRuntime(settings, options, metrics=metrics, process_gc=owned)
        await runtime.start()
        try:
            assert (gc.get_freeze_count() > 0) is owned
            gc.collect(2)
            timed = metrics.registry.get_sample_value("wirewatch_gc_pause_seconds_count", {"generation": "2"})
            assert bool(timed) is owned  # the freeze's own collection counts too
        finally:
            await runtime.shutdown()
            gc.unfreeze()

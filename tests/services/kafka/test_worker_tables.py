"""The worker's Faust tables: which store backs each (no broker needed to build the app)."""

from __future__ import annotations

from pathlib import Path

import pytest
from faust.stores.memory import Store as MemoryStore

from services.kafka.worker import KafkaWorker
from wirewatch.settings import Settings


@pytest.mark.parametrize("store", ["memory://", "rocksdb://"])
def test_notifier_table_is_in_memory_whatever_the_detector_store(store: str, tmp_path: Path) -> None:
    """The notifier table (written outside any stream) is the memory store even under RocksDB, whose
    writes need a current event; the detector table uses WIREWATCH_FAUST_STORE."""
    settings = Settings(faust_store=store, faust_data_dir=tmp_path / "faust", rules_shipped=False)
    worker = KafkaWorker(settings)
    assert type(worker.notifier_table.data) is MemoryStore
    assert (type(worker.detector_table.data) is MemoryStore) == store.startswith("memory")

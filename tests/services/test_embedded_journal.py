"""Tests for the runtime's journal (accepted items) and outbox (alerts not yet handed on)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from alerts.models import Alert
from ingest.models import WireItem
from services.journal import Journal
from services.sqlite_store import SqliteStore

NOW = datetime(2022, 9, 15, tzinfo=UTC)


def test_journal_entries_survive_reopening_in_arrival_order(tmp_path: Path) -> None:
    """Journalled items come back after the store is reopened, oldest first, with source and origin."""
    store = SqliteStore(tmp_path / "s.db")
    journal = Journal(store)
    keys = [
        journal.append(WireItem(uri=f"u{n}", body="b", versioncreated=NOW), "jsonl", "http", "peer")
        for n in range(12)
    ]
    journal.remove(keys[3])
    store.close()
    reopened = Journal(SqliteStore(tmp_path / "s.db"))
    entries = list(reopened.pending())
    assert [e.item.uri for e in entries] == [f"u{n}" for n in range(12) if n != 3]
    assert entries[0].item.versioncreated == NOW
    assert (entries[0].format, entries[0].source, entries[0].origin) == ("jsonl", "http", "peer")
    later = reopened.append(WireItem(uri="late", body="b"), "jsonl", "http", None)
    assert later > entries[-1].key


def test_outbox_keeps_alerts_until_delivered() -> None:
    """Stashed alerts are listed until marked delivered; an empty batch writes nothing."""
    journal = Journal(SqliteStore(":memory:"))
    assert journal.stash([]) is None
    alert = Alert(id="a1", rule="r", category="ceasefire", summary="s", starts_at=NOW, updated_at=NOW)
    key = journal.stash([alert])
    assert key is not None
    assert list(journal.undelivered()) == [(key, [alert])]
    journal.delivered(key)
    assert list(journal.undelivered()) == []

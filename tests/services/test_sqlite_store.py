"""Tests for services.sqlite_store.SqliteStore: the StateStore contract, durability, retention."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from alerts.models import Evidence, Severity
from ingest.models import WireItem
from rules.detections import Detection, DetectionKind
from rules.engine import Detector
from services.sqlite_store import SqliteStore
from wirewatch.clock import ManualClock
from wirewatch.errors import StateError

T0 = datetime(2026, 9, 15, 6, 0, tzinfo=UTC)


def test_get_put_delete_and_namespaces(tmp_path: Path) -> None:
    """Values round-trip, replace, delete silently, and namespaces do not mix."""
    s = SqliteStore(tmp_path / "s.db")
    s.put("a", "k", "1")
    s.put("b", "k", "2")
    s.put("a", "k", "3")
    assert (s.get("a", "k"), s.get("b", "k"), s.get("a", "zz")) == ("3", "2", None)
    s.delete("a", "k")
    s.delete("a", "absent")
    assert s.get("a", "k") is None and s.count() == 1


def test_scan_is_prefix_bounded_and_sorted(tmp_path: Path) -> None:
    """scan yields exactly the keys with the prefix, in key order, including non-ASCII keys."""
    s = SqliteStore(tmp_path / "s.db")
    for k in ["ev|b", "ev|a", "ev}", "ew", "ev|é", "e"]:
        s.put("n", k, k.upper())
    assert [k for k, _ in s.scan("n", "ev|")] == ["ev|a", "ev|b", "ev|é"]
    assert [k for k, _ in s.scan("n")] == sorted(["ev|b", "ev|a", "ev}", "ew", "ev|é", "e"])
    assert list(s.scan("other")) == []


def test_scan_survives_writes_while_iterating(tmp_path: Path) -> None:
    """Deleting keys while scanning them (as the retention sweep does) is safe."""
    s = SqliteStore(tmp_path / "s.db")
    for i in range(5):
        s.put("n", f"k{i}", "v")
    for k, _ in s.scan("n"):
        s.delete("n", k)
    assert s.count("n") == 0


def test_state_survives_restart_in_wal_mode(tmp_path: Path) -> None:
    """A closed and reopened file holds what was written; the journal mode is WAL."""
    path = tmp_path / "state" / "w.sqlite3"
    s = SqliteStore(path)
    s.put("n", "k", '{"x": 1}')
    s.close()
    s.close()  # a second close is harmless
    s2 = SqliteStore(path)
    assert s2.get("n", "k") == '{"x": 1}'
    assert s2._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_transaction_rolls_back_on_error(tmp_path: Path) -> None:
    """Writes inside a failed transaction are undone; a nested transaction joins the outer one."""
    s = SqliteStore(tmp_path / "s.db")
    s.put("n", "keep", "1")
    with pytest.raises(RuntimeError), s.transaction():
        s.put("n", "lost", "1")
        with s.transaction():
            s.put("n", "lost2", "1")
        raise RuntimeError("boom")
    assert s.get("n", "lost") is None and s.get("n", "lost2") is None and s.get("n", "keep") == "1"
    with s.transaction():
        s.put("n", "kept", "1")
    assert s.get("n", "kept") == "1"


def test_expire_removes_rows_not_written_since_cutoff(tmp_path: Path) -> None:
    """Rows are stamped with the injected clock; expire deletes the ones older than the cutoff."""
    clock = ManualClock(T0)
    s = SqliteStore(tmp_path / "s.db", clock=clock.now)
    s.put("n", "old", "1")
    clock.advance_to(T0 + timedelta(days=10))
    s.put("n", "new", "1")
    assert s.expire(T0 + timedelta(days=5)) == 1
    assert [k for k, _ in s.scan("n")] == ["new"]


def test_unopenable_path_is_a_state_error(tmp_path: Path) -> None:
    """A path that cannot hold a database raises StateError, not sqlite3.Error."""
    (tmp_path / "file").write_text("x")
    with pytest.raises(StateError):
        SqliteStore(tmp_path / "file" / "sub" / "db")


def test_detector_state_survives_a_restart(tmp_path: Path) -> None:
    """A claim stored before a restart still fires its deadline from a new process's store."""
    claim = Detection(
        rule="gap.claim",
        category="confirmation_gap",
        kind=DetectionKind.CLAIM,
        severity=Severity.HIGH,
        summary="s",
        evidence=Evidence(item_id="u", text="t", start=0, end=1),
        dedup_key="d",
        values={"claimant": "AM"},
        actors=("AM", "AZ"),
        deadline_seconds=60.0,
    )

    class OneRule:
        def detect(self, item: WireItem) -> list[Detection]:
            return [claim]

        def detect_with_topics(
            self, item: WireItem, story: frozenset[str] = frozenset()
        ) -> tuple[list[Detection], frozenset[str]]:
            return self.detect(item), frozenset()

    path = tmp_path / "w.sqlite3"
    s1 = SqliteStore(path)
    Detector(OneRule()).evaluate(WireItem(uri="u", body="t"), s1, T0)
    s1.close()
    s2 = SqliteStore(path)
    d2 = Detector(OneRule())
    assert d2.next_deadline(s2) == T0 + timedelta(seconds=60)
    assert [a.trigger for a in d2.tick(s2, T0 + timedelta(seconds=60))] == ["deadline"]


def test_use_after_close_is_a_state_error(tmp_path: Path) -> None:
    """Reading a closed store raises StateError, the project's exception, not sqlite3's."""
    s = SqliteStore(tmp_path / "s.db")
    s.close()
    with pytest.raises(StateError):
        s.get("n", "k")

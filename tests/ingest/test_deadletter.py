"""Tests for the dead-letter file."""

from __future__ import annotations

import base64
from datetime import UTC, datetime
from pathlib import Path

from ingest.deadletter import DeadLetter, read_dead_letters
from wirewatch.errors import DecodeError


def test_dead_letter_keeps_raw_source_field_reason_and_time(tmp_path: Path) -> None:
    """Each record holds the raw input, the source, the DecodeError field and reason, and the time."""
    dl = DeadLetter(tmp_path / "sub" / "dl.jsonl")
    when = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    dl.write(
        '{"uri": 1}',
        DecodeError("uri", "expected a string"),
        source="http",
        origin="127.0.0.1",
        index=0,
        format="json",
        now=when,
    )
    dl.write(b"\xff\xfe binary", DecodeError("$", "payload is not UTF-8"), source="inbox", origin="x.bin")
    first, second = read_dead_letters(dl.path)
    assert first == {
        "time": "2026-01-02T03:04:05Z",
        "source": "http",
        "origin": "127.0.0.1",
        "index": 0,
        "format": "json",
        "field": "uri",
        "reason": "expected a string",
        "raw": '{"uri": 1}',
    }
    assert "raw" not in second
    assert base64.b64decode(second["raw_base64"]) == b"\xff\xfe binary"
    assert second["source"] == "inbox"


def test_read_missing_dead_letter_is_empty(tmp_path: Path) -> None:
    """Reading a dead-letter file that was never written gives no records."""
    assert read_dead_letters(tmp_path / "none.jsonl") == []

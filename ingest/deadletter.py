"""The dead-letter file: every input that could not be decoded or processed, with why.

One JSON object per line::

    {"time": "2026-...Z", "source": "http", "origin": "inbox/batch-7.jsonl", "index": 3,
     "format": "jsonl", "field": "versioncreated", "reason": "not an ISO 8601 datetime: 'yesterday'",
     "raw": "<the record exactly as received>"}

``raw`` is the record's text; bytes that are not UTF-8 are kept as ``raw_base64`` instead, so nothing
is lost and a fixed record can be fed back as it was. Each write is flushed and fsynced before
:meth:`DeadLetter.write` returns, so a record acknowledged as dead-lettered survives a crash.
"""

from __future__ import annotations

import base64
import json
import os
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from wirewatch.errors import DecodeError


class DeadLetter:
    """Appends dead letters to a JSON-lines file (created with its parent directory on first write)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()

    def write(
        self,
        raw: str | bytes,
        error: DecodeError,
        *,
        source: str,
        origin: str | None = None,
        index: int | None = None,
        format: str | None = None,
        now: datetime | None = None,
    ) -> dict[str, Any]:
        """Append one record and return it. ``origin`` names the file or peer, ``index`` the record in it."""
        record: dict[str, Any] = {
            "time": (now or datetime.now(UTC)).isoformat().replace("+00:00", "Z"),
            "source": source,
            "origin": origin,
            "index": index,
            "format": format,
            "field": error.field,
            "reason": error.reason,
        }
        if isinstance(raw, bytes):
            try:
                record["raw"] = raw.decode("utf-8")
            except UnicodeDecodeError:
                record["raw_base64"] = base64.b64encode(raw).decode("ascii")
        else:
            record["raw"] = raw
        line = json.dumps(record, ensure_ascii=False) + "\n"
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as fh:
                fh.write(line)
                fh.flush()
                os.fsync(fh.fileno())
        return record


def read_dead_letters(path: Path) -> list[dict[str, Any]]:
    """All records of a dead-letter file (empty when it does not exist)."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]

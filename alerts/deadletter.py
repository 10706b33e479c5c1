"""Dead letter for notifications whose retry budget is spent (JSON lines, one record per line).

Record: ``{"dead_lettered_at", "integration", "receiver", "reason", "attempts", "notification"}``
where ``notification`` is :meth:`Notification.to_json`. ``reason`` is already redacted (no URLs with
secrets, no tokens). ``wirewatch dlq replay`` claims the file by renaming it (so a running service
keeps appending to a fresh one), re-sends every record, and lets failures dead-letter again.
"""

from __future__ import annotations

import asyncio
import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from alerts.notifiers.base import Notification


@dataclass(frozen=True)
class DeadLetterRecord:
    dead_lettered_at: datetime
    integration: str
    receiver: str
    reason: str
    attempts: int
    notification: Notification

    def to_json(self) -> dict[str, Any]:
        return {
            "dead_lettered_at": self.dead_lettered_at.isoformat(),
            "integration": self.integration,
            "receiver": self.receiver,
            "reason": self.reason,
            "attempts": self.attempts,
            "notification": self.notification.to_json(),
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> DeadLetterRecord:
        return cls(
            dead_lettered_at=datetime.fromisoformat(d["dead_lettered_at"]),
            integration=str(d["integration"]),
            receiver=str(d["receiver"]),
            reason=str(d["reason"]),
            attempts=int(d["attempts"]),
            notification=Notification.from_json(d["notification"]),
        )


class DeadLetterSink(Protocol):
    """Where spent notifications go (a file here; the Kafka runtime may supply a topic)."""

    async def put(self, record: DeadLetterRecord) -> None: ...


class FileDeadLetter:
    """Appends records to ``path``; reads and claims them for replay."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _append(self, line: str) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as fh:
            fh.write(line)
            fh.flush()
            os.fsync(fh.fileno())

    async def put(self, record: DeadLetterRecord) -> None:
        line = json.dumps(record.to_json(), ensure_ascii=False, sort_keys=True) + "\n"
        await asyncio.to_thread(self._append, line)

    def read(self, path: Path | None = None) -> tuple[list[DeadLetterRecord], list[str]]:
        """``(records, problems)`` from ``path`` (default: the live file); bad lines are reported."""
        path = path or self.path
        records: list[DeadLetterRecord] = []
        problems: list[str] = []
        if not path.exists():
            return records, problems
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                records.append(DeadLetterRecord.from_json(json.loads(line)))
            except (ValueError, KeyError, TypeError) as exc:
                problems.append(f"{path}:{number}: unreadable record: {exc}")
        return records, problems

    def claim(self, stamp: str) -> list[Path]:
        """Atomically move the live file aside for replay; return it plus claims left by a crash."""
        claimed = sorted(self.path.parent.glob(self.path.name + ".replaying-*"))
        if self.path.exists():
            target = self.path.with_name(f"{self.path.name}.replaying-{stamp}")
            os.replace(self.path, target)
            claimed.append(target)
        return claimed

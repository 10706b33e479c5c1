"""Record formats on the runtime's topics.

- ``wire.items``: one record per message, UTF-8 JSON (ninjs 1.x/2.x or a plain record; any format
  :func:`ingest.decoders.decode_payload` reads is accepted, so upstream systems may publish
  directly). Key: the item uri. Our producers publish the record as the client sent it when it
  was JSON, else (feed entries) a plain record built from the decoded item: :func:`item_record`.
- ``wire.items.dlq``: the undecodable bytes exactly as consumed, with headers naming the reason:
  ``wirewatch-error-field``, ``wirewatch-error-reason``, ``wirewatch-source-topic``,
  ``wirewatch-source-partition``, ``wirewatch-source-offset``.
- ``wirewatch.events``: :class:`EventRecord` JSON (a decoded item, or a deadline tick for one
  partition). Key: the event key.
- ``wirewatch.alerts``: :class:`AlertRecord` JSON (one alert, or a tick). Key: the fingerprint.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from alerts.models import Alert
from ingest.models import WireItem

JSON_FORMATS = frozenset({"ninjs1", "ninjs2", "jsonl", "json"})


def item_record(item: WireItem, fmt: str) -> bytes:
    """The ``wire.items`` value for a decoded item (see the module docstring)."""
    if fmt in JSON_FORMATS and item.raw:
        return json.dumps(item.raw, ensure_ascii=False, default=str).encode("utf-8")
    record: dict[str, Any] = {
        "uri": item.uri,
        "version": item.version,
        "headline": item.headline,
        "text": item.body,  # "text" makes it a plain record, whatever other fields it has
        "pubstatus": item.pubstatus.value,
    }
    for name in ("provider", "language"):
        value = getattr(item, name)
        if value is not None:
            record[name] = value
    if item.versioncreated is not None:
        record["versioncreated"] = item.versioncreated.isoformat()
    if item.firstcreated is not None:
        record["firstcreated"] = item.firstcreated.isoformat()
    return json.dumps(record, ensure_ascii=False).encode("utf-8")


def dlq_headers(field: str, reason: str, topic: str, partition: int, offset: int) -> list[tuple[str, bytes]]:
    """Headers of a ``wire.items.dlq`` record."""
    return [
        ("wirewatch-error-field", field.encode("utf-8")),
        ("wirewatch-error-reason", reason.encode("utf-8")),
        ("wirewatch-source-topic", topic.encode("utf-8")),
        ("wirewatch-source-partition", str(partition).encode("ascii")),
        ("wirewatch-source-offset", str(offset).encode("ascii")),
    ]


class EventRecord(BaseModel):
    """A ``wirewatch.events`` record: an item to evaluate, or a tick asking for due deadlines."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: Literal["item", "tick"]
    item: WireItem | None = None
    format: str | None = None
    produced_ms: int | None = None  # timestamp of the wire.items record, for latency figures

    def encode(self) -> bytes:
        return self.model_dump_json(exclude_none=True).encode("utf-8")

    @classmethod
    def decode(cls, data: bytes) -> EventRecord:
        return cls.model_validate_json(data)


class AlertRecord(BaseModel):
    """A ``wirewatch.alerts`` record: one alert with the time it was emitted, or a tick."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: Literal["alert", "tick"]
    alert: Alert | None = None
    emitted_at: datetime | None = None
    produced_ms: int | None = None

    def encode(self) -> bytes:
        return self.model_dump_json(exclude_none=True).encode("utf-8")

    @classmethod
    def decode(cls, data: bytes) -> AlertRecord:
        return cls.model_validate_json(data)

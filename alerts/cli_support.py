"""Helpers the ``wirewatch routes|silences|subscriptions|dlq`` commands share."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime, timedelta
from typing import Any

from alerts.config import parse_duration
from wirewatch.errors import ConfigError, StateError
from wirewatch.settings import Settings
from wirewatch.state import StateStore


def open_store(settings: Settings) -> Any:
    """The embedded runtime's SQLite store at ``settings.state_path`` (shared with a running service)."""
    try:
        from services.sqlite_store import SqliteStore
    except ImportError as exc:  # pragma: no cover - the store ships with the package
        raise StateError("the SQLite state store is not available") from exc
    return SqliteStore(settings.state_path)


def close_store(store: StateStore) -> None:
    close = getattr(store, "close", None)
    if close is not None:
        close()


def parse_instant(text: str) -> datetime:
    """An ISO-8601 instant (``Z`` accepted); naive means UTC."""
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as exc:
        raise ConfigError(f"bad time {text!r}: use ISO 8601, e.g. 2026-11-29T18:00:00Z") from exc
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def parse_timedelta(text: str) -> timedelta:
    try:
        return timedelta(seconds=parse_duration(text))
    except ValueError as exc:
        raise ConfigError(str(exc)) from exc


def parse_labels(pairs: list[str]) -> dict[str, str]:
    """``["k=v", ...]`` to a dict; ConfigError on a pair without ``=``."""
    out = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise ConfigError(f"bad label {pair!r}: expected key=value")
        out[key.strip()] = value
    return out


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False, default=str)
    sys.stdout.write("\n")


def now() -> datetime:
    return datetime.now(UTC)

"""Plain JSON records (one object per line) to :class:`~ingest.models.WireItem`.

A record needs an identifier (``uri`` or ``id``) and some text (``text`` or ``body``, and/or
``headline``/``title``). Time comes from ``versioncreated``, ``published``, ``time``, ``timestamp``
or ``date``, whichever is first present. Lines that hold ninjs objects are decoded as ninjs.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ingest.fields import (
    build_item,
    identifier,
    opt_str,
    parse_datetime,
    plain_text,
    pubstatus,
    version_string,
)
from ingest.models import WireItem
from ingest.ninjs import decode_ninjs, ninjs_version
from wirewatch.errors import DecodeError

_TIME_KEYS = ("versioncreated", "published", "time", "timestamp", "date")


def decode_record(obj: object) -> tuple[str, WireItem]:
    """Decode one JSON value: a ninjs object or a plain record. Returns ``(format, item)``."""
    if type(obj) is not dict and not isinstance(obj, Mapping):  # a dict skips the ABC check
        raise DecodeError("$", f"expected a JSON object, got {type(obj).__name__}")
    version = ninjs_version(obj)
    if version is not None:
        return f"ninjs{version}", decode_ninjs(obj, version)
    return "jsonl", decode_plain(obj)


def decode_plain(obj: Mapping[str, Any]) -> WireItem:
    """Decode a plain record (see the module docstring for the fields read)."""
    get = obj.get  # one lookup per key: this runs for every record of a stream
    key = "uri" if get("uri") is not None else "id"
    uri = identifier(get(key), key)
    body = opt_str(obj, "text") if "text" in obj else opt_str(obj, "body")
    headline = opt_str(obj, "headline") if "headline" in obj else opt_str(obj, "title")
    body = plain_text(body or "")
    headline = plain_text(headline or "")
    if not body and not headline:
        raise DecodeError("text", "missing: a record needs text (or body, headline, title)")
    event_time = None
    for time_key in _TIME_KEYS:
        value = get(time_key)
        if value is not None:
            event_time = parse_datetime(value, time_key)
            break
    provider = opt_str(obj, "provider") if "provider" in obj else None
    if provider is None and isinstance(get("source"), str):
        provider = str(obj["source"])
    return build_item(
        uri=uri,
        version=version_string(get("version")),
        provider=provider,
        headline=headline,
        body=body,
        language=opt_str(obj, "language"),
        firstcreated=parse_datetime(get("firstcreated"), "firstcreated"),
        versioncreated=event_time,
        pubstatus=pubstatus(get("pubstatus")),
        raw=dict(obj),
    )


def split_lines(text: str) -> Iterator[tuple[int, str]]:
    """Non-blank lines with their 1-based line numbers."""
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield number, line

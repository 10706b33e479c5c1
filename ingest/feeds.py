"""RSS and Atom documents to :class:`~ingest.models.WireItem`, one per entry, via feedparser.

The entry ``id`` (else ``link``) is the uri, ``title`` the headline, the longest of ``content`` and
``summary`` (HTML reduced to text) the body, ``updated`` the version time and ``published`` the
creation time. The feed's ``language`` and ``title`` fill language and provider.
"""

from __future__ import annotations

import calendar
import time
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import feedparser

from ingest.fields import build_item, html_to_text, plain_text
from ingest.models import WireItem
from wirewatch.errors import DecodeError


def _when(entry: Mapping[str, Any], key: str) -> datetime | None:
    # dict.get: FeedParserDict.get would alias updated_parsed to published_parsed (with a warning).
    parsed = dict.get(entry, f"{key}_parsed") if isinstance(entry, dict) else entry.get(f"{key}_parsed")
    if isinstance(parsed, time.struct_time):
        return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
    return None


def _text(value: Mapping[str, Any] | None) -> str:
    if not value:
        return ""
    raw = str(value.get("value", ""))
    kind = str(value.get("type", "text/plain"))
    return html_to_text(raw) if "html" in kind else plain_text(raw)


def _entry_item(entry: Mapping[str, Any], index: int, feed: Mapping[str, Any]) -> WireItem:
    uri = entry.get("id") or entry.get("link")
    if not isinstance(uri, str) or not uri.strip():
        raise DecodeError(f"entries[{index}].id", "entry has neither id/guid nor link")
    headline = _text(entry.get("title_detail")) or plain_text(str(entry.get("title", "")))
    candidates = [_text(c) for c in entry.get("content", [])]
    candidates.append(_text(entry.get("summary_detail")))
    body = max(candidates, key=len)
    if not headline and not body:
        raise DecodeError(f"entries[{index}].title", "entry has neither a title nor a summary/content")
    raw = {
        key: str(entry[key])
        for key in ("id", "link", "title", "summary", "published", "updated", "author")
        if key in entry
    }
    language = feed.get("language")
    tags = tuple(str(t.get("term")) for t in entry.get("tags", []) if t.get("term"))
    return build_item(
        uri=uri.strip(),
        version="1",
        provider=str(feed["title"]) if feed.get("title") else None,
        headline=headline,
        body=body,
        language=str(language) if language else None,
        firstcreated=_when(entry, "published") or _when(entry, "created"),
        versioncreated=_when(entry, "updated") or _when(entry, "published"),
        subjects=tags,
        raw=raw,
    )


def parse_feed(data: bytes | str) -> tuple[str, list[Mapping[str, Any]], Mapping[str, Any]]:
    """Parse with feedparser; returns ``(format, entries, feed)`` or raises for a non-feed document."""
    parsed = feedparser.parse(data)
    version = str(parsed.get("version") or "")
    if not version:
        reason = str(parsed.get("bozo_exception") or "not an RSS or Atom document")
        raise DecodeError("$", f"not a feed: {reason[:200]}")
    kind = "atom" if version.startswith("atom") else "rss"
    return kind, list(parsed.entries), parsed.feed


def decode_feed(data: bytes | str) -> tuple[str, list[tuple[Mapping[str, Any], WireItem | DecodeError]]]:
    """``(format, [(entry, item-or-error), ...])``: one outcome per entry, so one bad entry spoils no other.

    Raises :class:`DecodeError` (field ``$``) when ``data`` is not a feed at all.
    """
    kind, entries, feed = parse_feed(data)
    out: list[tuple[Mapping[str, Any], WireItem | DecodeError]] = []
    for index, entry in enumerate(entries):
        try:
            out.append((entry, _entry_item(entry, index, feed)))
        except DecodeError as exc:
            out.append((entry, exc))
    return kind, out

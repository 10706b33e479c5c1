"""Payloads in, wire items out: format detection and the decoders behind one entry point.

:func:`decode_payload` takes the bytes of one file, HTTP body or stdin line and returns one outcome
per record it holds: :class:`Decoded` (a :class:`~ingest.models.WireItem`) or :class:`Rejected` (the
record's raw text and the :class:`~wirewatch.errors.DecodeError` naming field and reason). One bad
record never spoils the others, and nothing is dropped silently: callers write every ``Rejected``
to the dead letter. :func:`decode_item` decodes one JSON object and raises instead.

Formats, told apart by content (an optional ``hint`` from a file suffix or content type only breaks
ties): a document starting with ``<`` is RSS/Atom; a JSON object or array is one or more records;
anything else is JSON lines. A record is ninjs 2.x (``headlines``/``bodies``), ninjs 1.x
(``uri`` with ``headline``/``body_text``/``body_html``/...) or a plain record (``id``/``uri`` + ``text``).
"""

from __future__ import annotations

import codecs
import json
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from ingest.feeds import decode_feed
from ingest.jsonlines import decode_record, split_lines
from ingest.models import WireItem
from wirewatch.errors import DecodeError

__all__ = [
    "Decoded",
    "Format",
    "Outcome",
    "Rejected",
    "decode_item",
    "decode_payload",
    "detect_format",
]


class Format(StrEnum):
    """Payload containers (what :func:`detect_format` reports)."""

    JSON = "json"  # one JSON object or an array of them
    JSONL = "jsonl"  # one JSON object per line
    FEED = "feed"  # RSS or Atom XML


@dataclass(frozen=True)
class Decoded:
    """A record that decoded. ``format`` is the record's: ninjs1, ninjs2, jsonl, rss or atom."""

    item: WireItem
    format: str
    index: int


@dataclass(frozen=True)
class Rejected:
    """A record (or whole payload, ``index=None``) that did not decode, with what it was."""

    raw: str | bytes
    error: DecodeError
    format: str | None
    index: int | None


Outcome = Decoded | Rejected


def _as_text(data: bytes | str) -> str:
    if isinstance(data, str):
        return data.removeprefix("\ufeff")
    # Without a BOM "utf-8-sig" is "utf-8" (same text, same error offset) through a Python-level
    # codec wrapper; the builtin codec is several times cheaper on the short records of a stream.
    codec = "utf-8-sig" if data.startswith(codecs.BOM_UTF8) else "utf-8"
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise DecodeError("$", f"payload is not UTF-8 (byte {exc.start})") from exc


# First characters that decide the format on their own (most payloads start with one: no decoding
# or stripping of their head). "{" also depends on the hint.
_BY_LEAD = {"<": Format.FEED, "[": Format.JSON, "{": Format.JSON}
_LINES_HINTS = ("jsonl", "ndjson", "json-seq")


def detect_format(data: bytes | str, hint: str | None = None) -> Format:
    """Tell the container format from the first meaningful character (``hint`` breaks ties).

    ``hint`` is a file suffix or content type such as ``.jsonl``, ``.xml`` or ``application/json``.
    """
    lead = data[:1].decode("latin-1") if isinstance(data, bytes) else data[:1]
    if lead not in _BY_LEAD:  # a BOM or whitespace first: look past them
        head = data[:512].decode("utf-8", "replace") if isinstance(data, bytes) else data[:512]
        lead = head.lstrip("\ufeff \t\r\n")[:1]
    if lead == "{":
        # One object per line, or one (pretty-printed) object: a hint decides, else try whole-JSON first.
        if hint and any(lines in hint.lower() for lines in _LINES_HINTS):
            return Format.JSONL
        return Format.JSON
    return _BY_LEAD.get(lead, Format.JSONL)


def decode_item(obj: object) -> WireItem:
    """Decode one JSON value (ninjs 1.x/2.x or a plain record); raise :class:`DecodeError` if it cannot be."""
    return decode_record(obj)[1]


_DECODER = json.JSONDecoder()


def _loads(text: str) -> Any:
    """``json.loads(text)``: the same value, or the same JSONDecodeError.

    A document that starts at the first character and ends at the last (the usual record) is
    parsed by raw_decode alone, without the whitespace scans and checks json.loads adds around it;
    anything else (whitespace around it, trailing data, an error) goes through json.loads itself.
    """
    if text[:1] in ("{", "["):
        try:
            value, end = _DECODER.raw_decode(text)
        except json.JSONDecodeError:
            return json.loads(text)  # raises, as it would have
        if end == len(text):
            return value
    return json.loads(text)


def _raw_json(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=False, default=str)


def _decode_values(values: list[Any]) -> list[Outcome]:
    out: list[Outcome] = []
    for index, value in enumerate(values):
        try:
            fmt, item = decode_record(value)
        except DecodeError as exc:
            out.append(Rejected(_raw_json(value), exc, "json", index))
        else:
            out.append(Decoded(item, fmt, index))
    return out


def _decode_lines(text: str) -> list[Outcome]:
    out: list[Outcome] = []
    for index, (number, line) in enumerate(split_lines(text)):
        try:
            value = _loads(line)
        except json.JSONDecodeError as exc:
            error = DecodeError("$", f"line {number}: invalid JSON: {exc.msg} (column {exc.colno})")
            out.append(Rejected(line, error, "jsonl", index))
            continue
        try:
            fmt, item = decode_record(value)
        except DecodeError as exc:
            out.append(Rejected(line, DecodeError(exc.field, f"line {number}: {exc.reason}"), "jsonl", index))
        else:
            out.append(Decoded(item, fmt, index))
    return out


def _decode_feed(data: bytes | str) -> list[Outcome]:
    out: list[Outcome] = []
    try:
        kind, entries = decode_feed(data)
    except DecodeError as exc:
        return [Rejected(data, exc, "feed", None)]
    for index, (entry, result) in enumerate(entries):
        if isinstance(result, DecodeError):
            out.append(Rejected(_raw_json(dict(entry)), result, kind, index))
        else:
            out.append(Decoded(result, kind, index))
    return out


def decode_payload(data: bytes | str, *, hint: str | None = None) -> list[Outcome]:
    """Decode every record in ``data``. Never raises for bad input: failures come back as ``Rejected``.

    An empty payload yields one ``Rejected`` (field ``$``), so an empty file or body is noticed.
    """
    fmt = detect_format(data, hint)
    if fmt is Format.FEED:
        return _decode_feed(data)
    try:
        text = _as_text(data)
    except DecodeError as exc:
        return [Rejected(data, exc, None, None)]
    if not text or text.isspace():  # what strip() strips, without copying the payload
        return [Rejected(data, DecodeError("$", "empty payload"), None, None)]
    if fmt is Format.JSON:
        try:
            value = _loads(text)
        except json.JSONDecodeError as exc:
            if text.lstrip().startswith("{") and "\n" in text.strip():
                return _decode_lines(text)  # JSON lines without a hint
            reason = f"invalid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
            return [Rejected(data, DecodeError("$", reason), "json", None)]
        if isinstance(value, dict):  # a JSON object: json gives no other Mapping
            return _decode_values([value])
        if isinstance(value, list):
            if not value:
                return [Rejected(data, DecodeError("$", "empty list"), "json", None)]
            return _decode_values(value)
        return [
            Rejected(
                data,
                DecodeError("$", f"expected an object or a list, got {type(value).__name__}"),
                "json",
                None,
            )
        ]
    return _decode_lines(text)

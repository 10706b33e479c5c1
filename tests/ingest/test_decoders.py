"""Tests for format detection and the batch decoder (JSON, JSON lines, plain records)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest

from ingest.decoders import Decoded, Format, Rejected, decode_item, decode_payload, detect_format
from wirewatch.errors import DecodeError


def test_detect_format() -> None:
    """Markup is a feed, an array or object is JSON, anything else is JSON lines; hints break ties."""
    assert detect_format(b"  <?xml version='1.0'?><rss/>") is Format.FEED
    assert detect_format(b"\xef\xbb\xbf[{}]") is Format.JSON
    assert detect_format('{"a": 1}') is Format.JSON
    assert detect_format('{"a": 1}', hint=".jsonl") is Format.JSONL
    assert detect_format(b'{"a": 1}', hint="application/x-ndjson") is Format.JSONL
    assert detect_format(b"hello") is Format.JSONL


def test_plain_json_lines_with_good_and_bad_records() -> None:
    """Each line is decoded alone; bad lines are rejected with line number, field and raw text."""
    lines = [
        json.dumps({"id": "a-1", "text": "A truce took effect.", "published": "2022-09-15"}),
        "",
        "{not json",
        json.dumps({"id": "a-2"}),
        json.dumps({"id": "a-3", "headline": "Only a headline", "time": 1663200000}),
        json.dumps([1, 2]),
    ]
    outcomes = decode_payload("\n".join(lines).encode(), hint=".jsonl")
    assert [type(o).__name__ for o in outcomes] == ["Decoded", "Rejected", "Rejected", "Decoded", "Rejected"]
    first, bad_json, no_text, third, not_object = outcomes
    assert isinstance(first, Decoded) and first.format == "jsonl"
    assert first.item.uri == "a-1"
    assert first.item.body == "A truce took effect."
    assert first.item.versioncreated == datetime(2022, 9, 15, tzinfo=UTC)
    assert isinstance(bad_json, Rejected)
    assert bad_json.error.field == "$"
    assert bad_json.error.reason.startswith("line 3: invalid JSON")
    assert bad_json.raw == "{not json"
    assert isinstance(no_text, Rejected)
    assert no_text.error.field == "text"
    assert "line 4" in no_text.error.reason
    assert isinstance(third, Decoded)
    assert third.item.versioncreated == datetime(2022, 9, 15, 0, 0, tzinfo=UTC)
    assert isinstance(not_object, Rejected)
    assert "expected a JSON object" in not_object.error.reason


def test_json_lines_of_ninjs_objects(ninjs1: dict[str, Any], ninjs2: dict[str, Any]) -> None:
    """JSON lines may carry ninjs objects; each is decoded as ninjs of its version."""
    outcomes = decode_payload(f"{json.dumps(ninjs1)}\n{json.dumps(ninjs2)}\n")
    assert [o.format for o in outcomes if isinstance(o, Decoded)] == ["ninjs1", "ninjs2"]


def test_json_array_and_single_object(ninjs1: dict[str, Any]) -> None:
    """A JSON array yields one outcome per element, indexed; a pretty-printed object yields one."""
    outcomes = decode_payload(json.dumps([ninjs1, {"uri": ["x"], "text": "t"}], indent=2))
    assert isinstance(outcomes[0], Decoded)
    assert isinstance(outcomes[1], Rejected) and outcomes[1].index == 1
    assert outcomes[1].error.field == "uri"
    single = decode_payload(json.dumps(ninjs1, indent=2).encode())
    assert len(single) == 1 and isinstance(single[0], Decoded)


def test_integer_id_is_accepted_as_string() -> None:
    """Plain records may number their ids; the uri becomes the string."""
    assert decode_item({"id": 42, "text": "t"}).uri == "42"


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        (b"", "empty payload"),
        (b"   \n", "empty payload"),
        (b"[]", "empty list"),
        (b"[1, 2", "invalid JSON"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
    ],
)
def test_whole_payload_failures(payload: bytes, reason: str) -> None:
    """A payload that is not decodable at all is one rejection of field $ with the reason."""
    outcomes = decode_payload(payload)
    assert len(outcomes) == 1
    rejected = outcomes[0]
    assert isinstance(rejected, Rejected)
    assert rejected.error.field == "$"
    assert reason in rejected.error.reason
    assert rejected.raw == payload


def test_json_value_that_is_not_an_object_is_rejected() -> None:
    """A JSON line holding a string is rejected as not an object, with its line number."""
    outcomes = decode_payload(b'"just a string"')
    assert isinstance(outcomes[0], Rejected)
    assert outcomes[0].error.reason == "line 1: expected a JSON object, got str"


def test_decode_item_raises_for_non_objects() -> None:
    """decode_item raises DecodeError (never a library exception) for a non-object."""
    with pytest.raises(DecodeError) as info:
        decode_item(["x"])
    assert info.value.field == "$"


def test_plain_record_bad_time_names_its_field() -> None:
    """A plain record's unparseable time names the key it came from."""
    with pytest.raises(DecodeError) as info:
        decode_item({"id": "x", "text": "t", "published": "soon"})
    assert info.value.field == "published"


@pytest.mark.parametrize(
    "doc",
    [
        '{"a": 1}', "[1, 2]", '{"a": 1} ', '{"a": 1}\n', ' {"a": 1}', '{"a": 1}\u00a0', '{"a": 1}x',
        '{"a": 1}{"b": 2}', "{", '{"a": }', "[1, 2", "[]", "{}", '{"a": "\\ud800"}', "1", '"s"', "",
        '[1] [', '{"a": NaN}', '{"a": 1}\r\n\t ',
    ],
)  # fmt: skip
def test_loads_is_json_loads(doc: str) -> None:
    """The shortcut parse returns json.loads' value, or raises its error with the same message."""
    from ingest.decoders import _loads

    try:
        expected = json.loads(doc)
    except json.JSONDecodeError as exc:
        with pytest.raises(json.JSONDecodeError) as info:
            _loads(doc)
        assert (info.value.msg, info.value.pos) == (exc.msg, exc.pos)
    else:
        assert repr(_loads(doc)) == repr(expected)  # repr: NaN != NaN


@pytest.mark.parametrize(
    ("data", "hint", "expected"),
    [
        (b'{"a": 1}', "APPLICATION/X-NDJSON", Format.JSONL),
        (b' \n{"a": 1}', ".jsonl", Format.JSONL),
        ('\ufeff{"a": 1}', None, Format.JSON),
        (b"[1]", ".jsonl", Format.JSON),  # an array is one document whatever the hint
        (b" \t<rss/>", ".json", Format.FEED),
        (b"", None, Format.JSONL),
        (b"\xff{", None, Format.JSONL),
        ("", ".xml", Format.JSONL),
    ],
)
def test_detect_format_edges(data: bytes | str, hint: str | None, expected: Format) -> None:
    """Whitespace and BOMs are looked past, hints only split an object from JSON lines."""
    assert detect_format(data, hint) is expected


def test_plain_record_null_fields_are_defaults() -> None:
    """A plain record's null version/pubstatus/language/firstcreated/time read as absent ones."""
    nulls = {"version": None, "pubstatus": None, "language": None, "firstcreated": None, "published": None}
    item = decode_item({"uri": None, "id": " a-1 ", "text": "t", **nulls, "time": 1663200000})
    bare = decode_item({"id": "a-1", "text": "t", "time": 1663200000})
    assert item.model_dump(exclude={"raw"}) == bare.model_dump(exclude={"raw"})
    assert item.model_fields_set == bare.model_fields_set
    assert (item.uri, item.version, item.pubstatus, item.language, item.firstcreated) == (
        "a-1",
        "1",
        "usable",
        None,
        None,
    )
    assert item.versioncreated == datetime(2022, 9, 15, 0, 0, tzinfo=UTC)
    with pytest.raises(DecodeError) as info:
        decode_item({"uri": None, "text": "t"})
    assert (info.value.field, info.value.reason) == ("id", "missing")

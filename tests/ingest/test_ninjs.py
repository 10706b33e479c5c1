"""Tests for the ninjs 1.x / 2.x decoder."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from ingest.models import PubStatus
from ingest.ninjs import decode_ninjs, ninjs_version
from wirewatch.errors import DecodeError


def test_ninjs1_fields_are_mapped(ninjs1: dict[str, Any]) -> None:
    """A ninjs 1.x item keeps uri, string version, aware UTC times, subjects and associations."""
    item = decode_ninjs(ninjs1)
    assert item.uri == "urn:test:ninjs1:1"
    assert item.version == "2"
    assert item.headline == "Border town shelled overnight"
    assert item.body == "Shells fell on a border town overnight.\nOfficials said 12 people were hurt."
    assert item.versioncreated == datetime(2022, 9, 13, 7, 30, tzinfo=UTC)
    assert item.firstcreated == datetime(2022, 9, 13, 8, 0, tzinfo=UTC)
    assert item.subjects == ("medtop:16000000",)
    assert item.associations == ("urn:test:photo:1",)
    assert item.provider == "Test Wire"
    assert item.located == "Baku"
    assert item.raw["uri"] == "urn:test:ninjs1:1"


def test_ninjs1_body_html_is_reduced_to_text() -> None:
    """body_html becomes paragraphs of visible text, entities decoded, scripts dropped."""
    item = decode_ninjs(
        {
            "uri": "u",
            "headline": "H",
            "body_html": "<div><p>One &amp; two.</p><script>alert(1)</script><p>Three<br>four.</p></div>",
        }
    )
    assert item.body == "One & two.\n\nThree\n\nfour."
    assert item.text == "H\n\nOne & two.\n\nThree\n\nfour."


def test_ninjs2_prefers_main_headline_and_plain_body(ninjs2: dict[str, Any]) -> None:
    """ninjs 2.x takes the main-role headline and the text/plain rendition of the main body."""
    item = decode_ninjs(ninjs2)
    assert ninjs_version(ninjs2) == "2"
    assert item.headline == "Toll in border fighting rises to 71"
    assert item.body == "The toll rose to 71."
    assert item.pubstatus is PubStatus.CANCELED
    assert item.versioncreated == datetime(2022, 9, 15, 12, tzinfo=UTC)
    assert item.provider == "Test Wire"
    assert item.subjects == ("http://cv.iptc.org/newscodes/mediatopic/16000000",)
    assert item.associations == ("urn:test:photo:2",)


def test_ninjs2_html_only_body() -> None:
    """A 2.x item with only an HTML body gets its text."""
    item = decode_ninjs({"uri": "u", "bodies": [{"contenttype": "text/html", "value": "<p>A <i>b</i></p>"}]})
    assert item.body == "A b"
    assert item.headline == ""


@pytest.mark.parametrize(
    ("patch", "field", "reason"),
    [
        ({"uri": None}, "uri", "missing"),
        ({"uri": ""}, "uri", "must not be empty"),
        ({"uri": ["x"]}, "uri", "expected a string"),
        ({"headline": 7}, "headline", "expected a string, got int"),
        ({"versioncreated": "yesterday"}, "versioncreated", "not an ISO 8601 datetime"),
        ({"pubstatus": "draft"}, "pubstatus", "unknown pubstatus"),
        ({"version": 1.5}, "version", "expected a string or integer"),
        ({"subject": "conflict"}, "subject", "expected a list"),
        ({"subject": [{"x": 1}]}, "subject[0]", "needs one of"),
        ({"headline": "", "body_text": ""}, "body_text", "neither a headline nor a body"),
        ({"language": 3}, "language", "expected a string"),
    ],
)
def test_ninjs1_malformed_fields_raise_decode_error(
    ninjs1: dict[str, Any], patch: dict[str, Any], field: str, reason: str
) -> None:
    """Each malformed ninjs 1.x field raises one DecodeError naming that field and why."""
    with pytest.raises(DecodeError) as info:
        decode_ninjs({**ninjs1, **patch}, "1")
    assert info.value.field == field
    assert reason in info.value.reason


@pytest.mark.parametrize(
    ("patch", "field"),
    [
        ({"headlines": {"value": "x"}}, "headlines"),
        ({"headlines": [{"role": "main"}]}, "headlines[0].value"),
        ({"bodies": ["text"]}, "bodies[0]"),
        ({"infosources": [{"uri": "x"}]}, "infosources[0].name"),
    ],
)
def test_ninjs2_malformed_lists_raise_decode_error(
    ninjs2: dict[str, Any], patch: dict[str, Any], field: str
) -> None:
    """Malformed ninjs 2.x lists name the list element at fault."""
    with pytest.raises(DecodeError) as info:
        decode_ninjs({**ninjs2, **patch}, "2")
    assert info.value.field == field


def test_withheld_item_without_text_is_accepted() -> None:
    """A withheld or canceled item may carry no text (it retracts an earlier one)."""
    item = decode_ninjs({"uri": "u", "pubstatus": "stat:withheld", "versioncreated": "2022-09-15"})
    assert item.pubstatus is PubStatus.WITHHELD
    assert item.versioncreated == datetime(2022, 9, 15, tzinfo=UTC)


def test_version_detection() -> None:
    """ninjs version is told by $schema, else by the fields used; plain records are not ninjs."""
    assert (
        ninjs_version({"$schema": "http://www.iptc.org/std/ninjs/ninjs-schema_1.3.json", "uri": "u"}) == "1"
    )
    assert ninjs_version({"uri": "u", "headline": "h"}) == "1"
    assert ninjs_version({"uri": "u", "bodies": []}) == "2"
    assert ninjs_version({"id": "u", "text": "t"}) is None

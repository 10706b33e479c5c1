"""Tests for the RSS/Atom decoder."""

from __future__ import annotations

from datetime import UTC, datetime

from ingest.decoders import Decoded, Rejected, decode_payload
from ingest.feeds import decode_feed


def test_rss_entries_become_items(rss: bytes) -> None:
    """Each RSS entry is one item: guid as uri, HTML description as text, pubDate in UTC."""
    kind, entries = decode_feed(rss)
    assert kind == "rss"
    item = entries[0][1]
    assert not isinstance(item, Exception)
    assert item.uri == "urn:test:rss:1"
    assert item.headline == "Truce takes effect on the border"
    assert item.body == "A truce took effect at noon, officials said."
    assert item.versioncreated == datetime(2022, 9, 15, 3, 0, tzinfo=UTC)
    assert item.language == "en-gb"
    assert item.provider == "Test Wire World"
    assert item.subjects == ("conflict",)


def test_bad_rss_entry_is_rejected_alone(rss: bytes) -> None:
    """An entry without id or link is rejected with its field; the good entry still decodes."""
    outcomes = decode_payload(rss, hint=".xml")
    assert isinstance(outcomes[0], Decoded)
    assert isinstance(outcomes[1], Rejected)
    assert outcomes[1].error.field == "entries[1].id"
    assert "neither id/guid nor link" in outcomes[1].error.reason
    assert "No identifier at all" in str(outcomes[1].raw)


def test_atom_entry(atom: bytes) -> None:
    """Atom: id, content HTML to text, updated as version time and published as first created."""
    outcomes = decode_payload(atom)
    assert len(outcomes) == 1
    decoded = outcomes[0]
    assert isinstance(decoded, Decoded)
    assert decoded.format == "atom"
    assert decoded.item.uri == "urn:test:atom:1"
    assert decoded.item.body == "The ministry said 71 soldiers died, up from 50."
    assert decoded.item.versioncreated == datetime(2022, 9, 15, 10, tzinfo=UTC)
    assert decoded.item.firstcreated == datetime(2022, 9, 15, 9, tzinfo=UTC)


def test_xml_that_is_not_a_feed_is_rejected() -> None:
    """Markup that is not RSS/Atom is one rejection of the whole payload."""
    outcomes = decode_payload(b"<html><body>hello</body></html>")
    assert len(outcomes) == 1
    assert isinstance(outcomes[0], Rejected)
    assert outcomes[0].error.field == "$"
    assert outcomes[0].index is None

"""Tests for the record helpers: rules.stored (replace, parse_record/dump_record) and text_alert_id."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import pytest
from pydantic import BaseModel

from alerts.models import fingerprint
from rules import stored
from rules.claims import Claim, ClaimStatus
from rules.corrections import Basis, ItemRecord, text_alert_id
from rules.detections import DetectionKind
from rules.registry import TextRecord
from rules.stored import dump_record, parse_record, replace

Det = Callable[..., Any]


@pytest.fixture(autouse=True)
def _cold_memo() -> None:
    stored._PARSED.clear()


def _basis(mkdet: Det, mkitem: Det, t0: datetime) -> Basis:
    det = mkdet(DetectionKind.EVENT, actors=("AM",), party="AM", new=5)
    return Basis.of(det, mkitem(), t0, 0)


def _models(mkdet: Det, mkitem: Det, t0: datetime) -> list[tuple[BaseModel, dict[str, Any]]]:
    basis = _basis(mkdet, mkitem, t0)
    claim = Claim(key="e|claim", event_key="e", subject="s", claimant="AM", expected="AZ", updated_at=t0)
    item = ItemRecord(uri="urn:1", seen=("1",), seen_at=t0)
    return [
        (TextRecord(key="k", event_key="e"), {"facts": (basis,)}),
        (claim, {"alerts": {"a": "d"}, "status": ClaimStatus.CLAIMED, "deadline": t0}),
        (item, {"seen": ("1", "2"), "withdrawn": True, "records": ()}),
        (basis, {"summary": "", "values": {}, "actors": ()}),
    ]


def test_replace_gives_the_same_instance_state_as_model_copy(mkdet: Det, mkitem: Det, t0: datetime) -> None:
    """replace() matches model_copy(update=...): fields, fields set, extra, private, and the dump."""
    for model, update in _models(mkdet, mkitem, t0):
        ours, theirs = replace(model, update), model.model_copy(update=update)
        assert type(ours) is type(theirs)
        assert ours.__dict__ == theirs.__dict__
        assert ours.model_fields_set == theirs.model_fields_set
        assert ours.__pydantic_extra__ == theirs.__pydantic_extra__
        assert ours.__pydantic_private__ == theirs.__pydantic_private__
        assert ours.model_dump_json(exclude_defaults=True) == theirs.model_dump_json(exclude_defaults=True)
        assert ours.__dict__ is not model.__dict__
        assert model.__dict__ != ours.__dict__  # the original is untouched


def test_dump_record_is_the_stored_format(mkdet: Det, mkitem: Det, t0: datetime) -> None:
    """dump_record writes model_dump_json(exclude_defaults=True), defaults left out."""
    for model, update in _models(mkdet, mkitem, t0):
        updated = replace(model, update)
        assert dump_record(updated) == updated.model_dump_json(exclude_defaults=True)
    assert dump_record(ItemRecord(uri="u", seen_at=t0)) == '{"uri":"u","seen_at":"2026-09-15T06:00:00Z"}'


def test_parse_record_reads_back_what_was_dumped(mkdet: Det, mkitem: Det, t0: datetime) -> None:
    """Text just dumped parses to an equal model, with or without the memo (a fresh process)."""
    for model, update in _models(mkdet, mkitem, t0):
        updated = replace(model, update)
        raw = dump_record(updated)
        warm = parse_record(type(updated), raw)
        stored._PARSED.clear()
        cold = parse_record(type(updated), raw)
        assert warm == cold == updated
        assert type(cold).model_validate_json(raw) == cold


def test_parse_record_is_keyed_by_text_and_type(t0: datetime) -> None:
    """Different text never returns a remembered model; the same text under another type is parsed."""
    a = ItemRecord(uri="urn:a", seen_at=t0)
    b = ItemRecord(uri="urn:b", seen_at=t0 + timedelta(hours=1))
    raw_a, raw_b = dump_record(a), dump_record(b)
    assert parse_record(ItemRecord, raw_a) is a
    assert parse_record(ItemRecord, raw_b) is b
    edited = raw_a.replace("urn:a", "urn:c")
    assert parse_record(ItemRecord, edited).uri == "urn:c"

    class Other(BaseModel):
        uri: str
        seen_at: datetime

    other = parse_record(Other, raw_a)
    assert type(other) is Other and other.uri == "urn:a"
    with pytest.raises(ValueError, match="validation error"):
        parse_record(ItemRecord, '{"uri":"urn:x"}')


def test_parse_record_memo_is_bounded(monkeypatch: pytest.MonkeyPatch, t0: datetime) -> None:
    """Past PARSED_CACHE_CHARS of remembered text the memo starts again, so it cannot grow without end."""
    monkeypatch.setattr(stored, "PARSED_CACHE_CHARS", 500)
    for i in range(50):
        dump_record(ItemRecord(uri=f"urn:{i}", seen_at=t0))
    assert 0 < len(stored._PARSED) < 50
    assert sum(len(raw) for _, raw in stored._PARSED) <= 500 + 100


def test_text_alert_id_is_the_fingerprint() -> None:
    """text_alert_id(rule, key) is fingerprint(rule, key), also on a repeat call."""
    for rule, key in (("r", "k"), ("ceasefire.in_effect", "AM+AZ"), ("r", "")):
        assert text_alert_id(rule, key) == fingerprint(rule, key)
        assert text_alert_id(rule, key) == fingerprint(rule, key)

"""The rule-file schema and its published JSON Schema."""

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from rules.schema import Condition, Rule, json_schema

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "rules" / "rule-schema.json"


def test_shipped_schema_file_is_current() -> None:
    """rules/rule-schema.json equals what `wirewatch rules schema` prints (regenerate it if not)."""
    assert json.loads(SCHEMA_FILE.read_text(encoding="utf-8")) == json.loads(json.dumps(json_schema()))


def test_schema_describes_rules_and_conditions() -> None:
    """The JSON Schema names the rule fields and forbids unknown keys."""
    schema = json_schema()
    rule = schema["$defs"]["Rule"]
    assert {"id", "anchor", "require", "exclude", "extract", "summary", "examples"} <= set(rule["properties"])
    assert rule["additionalProperties"] is False
    assert "not" in schema["$defs"]["Condition"]["properties"]


def test_condition_needs_exactly_one_key() -> None:
    """A condition with two kinds of test, or none, is refused."""
    with pytest.raises(ValidationError):
        Condition.model_validate({"regex": "a", "modality": ["negated"]})
    with pytest.raises(ValidationError):
        Condition.model_validate({})
    assert Condition.model_validate({"not": {"regex": "a"}}).not_ is not None


def test_claim_rules_default_to_a_six_hour_deadline() -> None:
    """A claim rule without a deadline gets 6 h; '90m' is 5400 s."""
    base = {"id": "c.x", "title": "t", "category": "confirmation_gap", "anchor": ["x"], "summary": "s"}
    assert Rule.model_validate({**base, "kind": "claim"}).deadline_seconds == 6 * 3600
    assert Rule.model_validate({**base, "kind": "claim", "deadline": "90m"}).deadline_seconds == 5400
    assert Rule.model_validate({**base, "kind": "event"}).deadline_seconds is None

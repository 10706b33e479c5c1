"""Shared fixtures for the rule tests: the shipped rule set, loaded once per session."""

import pytest

from rules.loader import load_ruleset
from rules.matcher import RuleSet


@pytest.fixture(scope="session")
def shipped() -> RuleSet:
    return load_ruleset()


# --- STATE engineer's fixtures (tests of rules.engine/claims/tolls/corrections/correlation) --------
# A seam double for ``RuleSet.detect`` (``ruleset``), a detection factory (``mkdet``), a wire-item
# factory (``mkitem``) and a fixed aware start time (``t0``).
from collections.abc import Callable, Sequence  # noqa: E402
from datetime import UTC, datetime  # noqa: E402

from alerts.models import Evidence, Severity, Value  # noqa: E402
from ingest.models import WireItem  # noqa: E402
from rules.detections import Detection, DetectionKind  # noqa: E402

T0 = datetime(2026, 9, 15, 6, 0, tzinfo=UTC)


class ScriptedRuleSet:
    """A rule-set double: ``detect`` returns the detections scripted for the item's uri and version."""

    def __init__(self) -> None:
        self.script: dict[tuple[str, str], list[Detection]] = {}
        self.calls = 0

    def on(self, uri: str, version: str, *detections: Detection) -> None:
        self.script[(uri, version)] = list(detections)

    def detect(self, item: WireItem) -> Sequence[Detection]:
        self.calls += 1
        return self.script.get((item.uri, item.version), [])

    def detect_with_topics(
        self, item: WireItem, story: frozenset[str] = frozenset()
    ) -> tuple[Sequence[Detection], frozenset[str]]:
        return self.detect(item), frozenset()


def _det(
    kind: DetectionKind,
    *,
    rule: str = "test.rule",
    category: str = "ceasefire",
    dedup_key: str = "k",
    uri: str = "urn:1",
    text: str = "sentence",
    actors: tuple[str, ...] = (),
    deadline_seconds: float | None = None,
    labels: dict[str, str] | None = None,
    **values: Value,
) -> Detection:
    """A detection whose evidence is ``text`` at offset 0 of item ``uri``."""
    return Detection(
        rule=rule,
        category=category,
        kind=kind,
        severity=Severity.HIGH,
        summary=f"{rule}: {text}",
        evidence=Evidence(item_id=uri, text=text, start=0, end=len(text)),
        dedup_key=dedup_key,
        values=values,
        actors=actors,
        labels=labels or {},
        deadline_seconds=deadline_seconds,
    )


def _item(uri: str = "urn:1", version: str = "1", text: str = "sentence", **kw: object) -> WireItem:
    """A wire item with ``text`` as its body."""
    return WireItem.model_validate({"uri": uri, "version": version, "body": text, **kw})


def claim_detection(uri: str = "urn:claim", deadline: float | None = 3600.0) -> Detection:
    """Armenia's cease-fire claim in item ``uri``, awaiting Azerbaijan's confirmation for ``deadline`` s."""
    return _det(
        DetectionKind.CLAIM,
        rule="gap.claim",
        category="confirmation_gap",
        uri=uri,
        dedup_key="AM:ceasefire",
        text="Armenia announced a truce.",
        actors=("AM", "AZ"),
        deadline_seconds=deadline,
        claimant="AM",
        subject="ceasefire",
    )


def confirmation_detection(uri: str = "urn:confirm", party: str = "AZ") -> Detection:
    """``party`` confirming the cease-fire in item ``uri``."""
    return _det(
        DetectionKind.CONFIRMATION,
        rule="gap.confirm",
        category="confirmation_gap",
        uri=uri,
        dedup_key=f"{party}:c",
        text="Baku confirmed the truce.",
        actors=(party,),
        party=party,
        subject="ceasefire",
    )


@pytest.fixture
def ruleset() -> ScriptedRuleSet:
    return ScriptedRuleSet()


@pytest.fixture
def mkdet() -> Callable[..., Detection]:
    return _det


@pytest.fixture
def mkitem() -> Callable[..., WireItem]:
    return _item


@pytest.fixture
def t0() -> datetime:
    return T0

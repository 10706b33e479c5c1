"""Wire corrections: which version of an item is live, and what each item contributed to state.

Wire services correct themselves by sending a new ``version`` of the same ``uri``, and withdraw an
item with ``pubstatus: canceled`` (a kill) or ``withheld``. The engine therefore never folds an
item's detections into state irreversibly: every fact it stores (a toll figure, a claim, a
confirmation, the support of a text alert) carries a :class:`Basis` naming the item and version it
came from, and the item's :class:`ItemRecord` lists the state records it touched. A correction
removes the old version's facts from those records and adds the new version's; a kill only removes.
The records are then re-derived, and the difference in derived alerts is what the engine emits:
a retraction is a ``resolved`` status change with ``resolved_reason = "retracted"``.

Rules implemented here:

- **Duplicates.** A delivery is identified by ``(uri, version, pubstatus)``; seeing it again changes
  nothing. (``pubstatus`` is part of it so that a kill re-using the version number still counts.)
- **Order.** Versions compare numerically when both are integers (ninjs practice), else by
  ``versioncreated`` when both have one, else the later arrival wins. An *older* version arriving
  after a newer one is remembered as seen and otherwise ignored: it never overwrites the correction.
- **Items that matched nothing** leave no record at all (most wire traffic), so their re-delivery
  runs the stateless matcher again, which is deterministic and harmless.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from alerts.models import Alert, Evidence, Severity, Value, fingerprint
from ingest.models import PubStatus, WireItem
from rules.detections import Detection
from rules.stored import dump_record, parse_record
from wirewatch.state import StateStore

NS_ITEMS = "ww.item"

RETRACTING = frozenset({PubStatus.CANCELED, PubStatus.WITHHELD})


class Basis(BaseModel):
    """One detection in one item version, as much of it as an alert needs later.

    ``at`` is the event time the fact speaks for (the item's ``versioncreated``, capped at the
    engine's ``now``). ``seq`` orders facts with equal ``at`` by arrival.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    uri: str
    version: str
    at: datetime
    seq: int = 0
    rule: str
    category: str
    severity: Severity
    summary: str
    evidence: Evidence
    dedup_key: str
    values: Mapping[str, Value] = Field(default_factory=dict)
    labels: Mapping[str, str] = Field(default_factory=dict)
    actors: tuple[str, ...] = ()

    @classmethod
    def of(cls, det: Detection, item: WireItem, at: datetime, seq: int) -> Basis:
        return cls(
            uri=item.uri,
            version=item.version,
            at=at,
            seq=seq,
            rule=det.rule,
            category=det.category,
            severity=det.severity,
            summary=det.summary,
            evidence=det.evidence,
            dedup_key=det.dedup_key,
            values=dict(det.values),
            labels=dict(det.labels),
            actors=tuple(det.actors),
        )

    @property
    def order(self) -> tuple[datetime, int]:
        return (self.at, self.seq)

    def alert(
        self,
        *,
        alert_id: str,
        category: str,
        trigger: str,
        summary: str,
        values: Mapping[str, Value],
        item_ids: tuple[str, ...],
        event_key: str | None,
        at: datetime,
        related: tuple[str, ...] = (),
    ) -> Alert:
        """A firing alert that this fact is the evidence of, starting and updated at ``at``.

        Of the fact itself it reads only ``rule``, ``severity``, ``labels`` and ``evidence``; the
        caller names everything that depends on what fired (id, category, trigger, wording, values,
        items, time), so a fact stripped of the rest (see :func:`rules.tolls.slim`) is enough.
        """
        return Alert(
            id=alert_id,
            rule=self.rule,
            category=category,
            severity=self.severity,
            trigger=trigger,
            summary=summary,
            labels=dict(self.labels),
            evidence=(self.evidence,),
            values=dict(values),
            item_ids=item_ids,
            related_item_ids=related,
            event_key=event_key,
            starts_at=at,
            updated_at=at,
        )

    def text_alert(
        self, *, values: Mapping[str, Value], item_ids: tuple[str, ...], event_key: str | None
    ) -> Alert:
        """The text-triggered alert this fact supports: its rule, wording and evidence, starting at ``at``."""
        return self.alert(
            alert_id=text_alert_id(self.rule, self.dedup_key),
            category=self.category,
            trigger="text",
            summary=self.summary,
            values=values,
            item_ids=item_ids,
            event_key=event_key,
            at=self.at,
        )


class ItemRecord(BaseModel):
    """What the engine remembers of one ``uri``.

    ``seen`` holds the delivery tokens already processed; ``version``/``versioncreated`` describe
    the live version; ``records`` are the state-record references (``"<ns>\\x1f<key>"``) whose facts
    came from it; ``withdrawn`` is set once a kill or withhold arrived. ``first_at`` is the event time
    of the first version: corrections keep it, so a corrected figure keeps its place in a series.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    uri: str
    seen: tuple[str, ...] = ()
    version: str | None = None
    versioncreated: datetime | None = None
    withdrawn: bool = False
    event_key: str | None = None
    records: tuple[str, ...] = ()
    first_at: datetime | None = None
    seen_at: datetime


@functools.lru_cache(maxsize=4096)
def text_alert_id(rule: str, dedup_key: str) -> str:
    """The id of the text alert of ``rule`` and ``dedup_key`` (:func:`~alerts.models.fingerprint`),
    memoised: an item's text record and its alert both need it, and a running story repeats it."""
    return fingerprint(rule, dedup_key)


def delivery_token(item: WireItem) -> str:
    """The identity of one delivery: version, plus the pubstatus when it is not ``usable``."""
    if item.pubstatus is PubStatus.USABLE:
        return item.version
    return f"{item.version}:{item.pubstatus.value}"


def is_retraction(item: WireItem) -> bool:
    """A kill or a withhold: the item's contribution must be withdrawn."""
    return item.pubstatus in RETRACTING


def supersedes(item: WireItem, record: ItemRecord) -> bool:
    """Whether ``item`` may replace the live version in ``record`` (see the module's ordering rule)."""
    if record.version is None:
        return True
    new, old = item.version, record.version
    if new.isdigit() and old.isdigit():
        return int(new) >= int(old)
    if item.versioncreated is not None and record.versioncreated is not None:
        return item.versioncreated >= record.versioncreated
    return True


def load_item(state: StateStore, uri: str) -> ItemRecord | None:
    """The record of ``uri``, if any."""
    raw = state.get(NS_ITEMS, uri)
    return None if raw is None else parse_record(ItemRecord, raw)


def save_item(state: StateStore, record: ItemRecord) -> None:
    state.put(NS_ITEMS, record.uri, dump_record(record))


def remove_uri(facts: tuple[Basis, ...], uri: str) -> tuple[Basis, ...]:
    """``facts`` without those that came from ``uri`` (any version)."""
    return tuple(f for f in facts if f.uri != uri)

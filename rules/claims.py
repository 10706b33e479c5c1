"""Claims awaiting confirmation: one state machine per claim and expected party.

A :class:`Claim` is identified by ``(event key, subject, claimant, expected party)``: Armenia's
cease-fire claim that Azerbaijan should confirm is one claim; the same announcement awaiting Russia
would be another. Its facts (each with the :class:`~rules.corrections.Basis` it came from) are:

- ``claim``: the claimant announced it (a ``claim`` detection); opens a deadline of the rule's
  ``deadline_seconds`` (default :data:`DEFAULT_DEADLINE_SECONDS`, 6 h) from the claim's event time;
- ``confirm``: the expected party confirmed it (a ``confirmation`` detection);
- ``deny``: the expected party denied or contradicted it (a ``denial`` detection): a text alert;
- ``gap``: an item states that the party has not confirmed ("has yet to confirm"; an ``event``
  detection carrying ``silent_party``): a text alert.

:func:`derive` folds the facts in event-time order into a status and the alerts they imply::

    none --claim--> claimed --confirm (before the deadline)--> confirmed
                    claimed --deny--> denied          (the denial's text alert fires)
                    claimed --gap--> gap              (the stated gap's text alert fires)
                    claimed --deadline passes--> expired  (a ``deadline`` alert fires at the deadline)
    denied | gap | expired --confirm--> resolved      (every firing alert of the claim resolves)

A settled claim (confirmed or resolved) that the claimant makes again after the first deadline
has passed is a new round: it waits for confirmation again, and its deadline alert (the same id)
may fire again. A repeat within the first deadline only adds support.

A denial or stated gap with no claim on record still fires (the text says enough) and a later
confirmation resolves it. A confirmation that arrives before its claim is kept, so an out-of-order
claim is born confirmed. Because the status is recomputed from the facts, removing a killed
item's facts rolls the claim back exactly.

Party matching (:func:`same_party`): ids match when equal or when one is a dotted sub-unit of the
other (``AZ.mod`` speaks for ``AZ``). The wildcard expected party ``*`` (a claim naming no other
party) is satisfied by anyone but the claimant.

Limits: claims are told apart by subject (``ceasefire``, ``capture``, ...), claimant and expected
party within one event, not by finer content, so two different captures claimed by the same side
in the same event share one claim; a confirmation without a subject confirms every claim it could
concern.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from alerts.models import Alert, AlertStatus, Value, fingerprint
from rules.corrections import Basis, text_alert_id
from rules.stored import replace

NS_CLAIMS = "ww.claim"
DEFAULT_DEADLINE_SECONDS = 6 * 3600.0
ANY_PARTY = "*"
GAP_CATEGORY = "confirmation_gap"


class FactKind(StrEnum):
    CLAIM = "claim"
    CONFIRM = "confirm"
    DENY = "deny"
    GAP = "gap"


class ClaimStatus(StrEnum):
    NONE = "none"
    CLAIMED = "claimed"
    CONFIRMED = "confirmed"
    DENIED = "denied"
    GAP = "gap"
    EXPIRED = "expired"
    RESOLVED = "resolved"


OPEN = frozenset({ClaimStatus.CLAIMED})


class ClaimFact(BaseModel):
    """One fact about a claim, with the deadline its rule declares (claims only)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: FactKind
    basis: Basis
    deadline_seconds: float | None = None


class Claim(BaseModel):
    """A claim and its facts. ``status``/``deadline`` cache the last derivation (for the timer index)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    key: str
    event_key: str
    subject: str
    claimant: str
    expected: str
    facts: tuple[ClaimFact, ...] = ()
    alerts: Mapping[str, str] = Field(default_factory=dict)
    status: ClaimStatus = ClaimStatus.NONE
    deadline: datetime | None = None
    updated_at: datetime


@dataclass(frozen=True)
class Derived:
    """The result of folding a claim's facts at a given time."""

    status: ClaimStatus
    pending_deadline: datetime | None
    alerts: dict[str, Alert]


def claim_key(event_key: str, subject: str, claimant: str, expected: str) -> str:
    return f"{event_key}|claim|{subject}|{claimant}|{expected}"


def same_party(a: str, b: str) -> bool:
    """Equal ids, or one a dotted sub-unit of the other (``AZ.mod`` and ``AZ``), ignoring case."""
    if not a or not b:
        return False
    a, b = a.lower(), b.lower()
    return a == b or a.startswith(b + ".") or b.startswith(a + ".")


def expects(claim: Claim, party: str) -> bool:
    """Whether ``party`` is the one this claim waits for."""
    if claim.expected == ANY_PARTY:
        return bool(party) and not same_party(party, claim.claimant)
    return same_party(party, claim.expected)


def with_fact(claim: Claim, fact: ClaimFact) -> Claim:
    """``claim`` with ``fact`` added, in event-time order."""
    facts = tuple(sorted((*claim.facts, fact), key=lambda f: f.basis.order))
    return replace(claim, {"facts": facts})


def without_uri(claim: Claim, uri: str) -> Claim:
    return replace(claim, {"facts": tuple(f for f in claim.facts if f.basis.uri != uri)})


def derive(claim: Claim, now: datetime) -> Derived:
    """Fold the facts (see the module docstring) as they stand at ``now``."""
    status = ClaimStatus.NONE
    deadline: datetime | None = None
    claim_fact: ClaimFact | None = None
    claim_uris: list[str] = []
    firing: dict[str, Alert] = {}
    resolved: dict[str, Alert] = {}

    def expire_if_due(t: datetime) -> None:
        nonlocal status
        if (
            status is ClaimStatus.CLAIMED
            and deadline is not None
            and claim_fact is not None
            and deadline <= t
        ):
            status = ClaimStatus.EXPIRED
            alert = _deadline_alert(claim, claim_fact, tuple(claim_uris), deadline)
            firing[alert.id] = alert

    for fact in claim.facts:
        expire_if_due(fact.basis.at)
        b = fact.basis
        if fact.kind is FactKind.CLAIM:
            settled = status in (ClaimStatus.CONFIRMED, ClaimStatus.RESOLVED)
            renewed = settled and deadline is not None and b.at > deadline
            if renewed:
                claim_uris.clear()
            if b.uri not in claim_uris:
                claim_uris.append(b.uri)
            if status is ClaimStatus.NONE or renewed:
                status, claim_fact = ClaimStatus.CLAIMED, fact
                seconds = fact.deadline_seconds or DEFAULT_DEADLINE_SECONDS
                deadline = b.at + timedelta(seconds=seconds)
        elif fact.kind in (FactKind.DENY, FactKind.GAP):
            alert = _text_alert(claim, fact, firing.get(_text_id(b)))
            firing[alert.id] = alert
            resolved.pop(alert.id, None)
            status = ClaimStatus.DENIED if fact.kind is FactKind.DENY else ClaimStatus.GAP
        elif fact.kind is FactKind.CONFIRM:
            if status in (ClaimStatus.NONE, ClaimStatus.CLAIMED):
                status = ClaimStatus.CONFIRMED
            elif status in (ClaimStatus.DENIED, ClaimStatus.GAP, ClaimStatus.EXPIRED):
                status = ClaimStatus.RESOLVED
                for alert_id, alert in firing.items():
                    resolved[alert_id] = _resolve(alert, b)
                firing.clear()
    expire_if_due(now)
    pending = deadline if status is ClaimStatus.CLAIMED else None
    return Derived(status=status, pending_deadline=pending, alerts={**resolved, **firing})


def _text_id(b: Basis) -> str:
    return text_alert_id(b.rule, b.dedup_key)


def _claim_values(claim: Claim, extra: Mapping[str, Value] | None = None) -> dict[str, Value]:
    values: dict[str, Value] = dict(extra or {})
    values.setdefault("claimant", None if claim.claimant == ANY_PARTY else claim.claimant)
    values.setdefault("silent_party", None if claim.expected == ANY_PARTY else claim.expected)
    values.setdefault("subject", claim.subject)
    return values


def _text_alert(claim: Claim, fact: ClaimFact, earlier: Alert | None) -> Alert:
    """The text alert of a denial or stated gap; a second item with the same id adds its uri."""
    b = fact.basis
    if earlier is not None:
        if b.uri in earlier.item_ids:
            return earlier
        return replace(earlier, {"item_ids": (*earlier.item_ids, b.uri)})
    return b.text_alert(values=_claim_values(claim, b.values), item_ids=(b.uri,), event_key=claim.event_key)


def _deadline_alert(claim: Claim, fact: ClaimFact, uris: tuple[str, ...], deadline: datetime) -> Alert:
    b = fact.basis
    seconds = fact.deadline_seconds or DEFAULT_DEADLINE_SECONDS
    waited = f"{seconds / 3600:g} h" if seconds >= 3600 else f"{seconds:g} s"
    expected = "any other party" if claim.expected == ANY_PARTY else claim.expected
    values = _claim_values(claim, b.values)
    values["deadline_seconds"] = seconds
    return b.alert(
        alert_id=fingerprint(b.rule, f"{claim.key}|deadline"),
        category=GAP_CATEGORY,
        trigger="deadline",
        summary=f"No confirmation from {expected} of {claim.claimant}'s {claim.subject} claim "
        f"within {waited}",
        values=values,
        item_ids=uris,
        event_key=claim.event_key,
        at=deadline,
    )


def _resolve(alert: Alert, by: Basis) -> Alert:
    resolved = alert.resolved(by.at, "confirmed")
    values = dict(resolved.values)
    values["resolved_by"] = by.uri
    return replace(resolved, {"values": values, "related_item_ids": (*alert.related_item_ids, by.uri)})


def is_resolved(alert: Alert) -> bool:
    return alert.status is AlertStatus.RESOLVED

"""Facts in: one item's detections become facts in the state records of its event.

:func:`apply` (step 3 of :mod:`rules.engine`) files each detection under its event key:

- an ``event`` detection supports a text record (``ww.text``, at most :data:`MAX_SUPPORT` items);
  one carrying ``silent_party`` is a stated gap and goes to the claim instead; one carrying a
  ``new`` figure with ``old`` or ``party`` also feeds the toll series;
- a ``toll_figure`` detection feeds the toll series (:mod:`rules.tolls`): one figure per series per
  item, an in-text revision winning over a plain figure;
- ``claim``/``confirmation``/``denial`` detections become claim facts (:mod:`rules.claims`) on every
  claim they concern, creating one when none does. A ``claim`` read out of a sentence that also
  carries a denial or confirmation is skipped: that claim is reported, not made.

It returns the references (:func:`rules.records.ref`) of the records it touched, for the item's
record and for re-derivation. :func:`collapse` (:func:`collapse_revisions`, :func:`collapse_gaps`)
runs first, on the matcher's detections.
Pure: state and the optional metrics are the only things written.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import datetime

from ingest.models import WireItem
from rules import claims, tolls
from rules.claims import ANY_PARTY, NS_CLAIMS, Claim, ClaimFact, FactKind
from rules.corrections import Basis, remove_uri, text_alert_id
from rules.correlation import GENERIC_ROOTS, root
from rules.detections import Detection, DetectionKind
from rules.records import ref, save
from rules.registry import NS_TEXT, TextRecord
from rules.stored import parse_record, replace
from rules.tolls import NS_SERIES, Bound, Series, TollEntry, value_text
from wirewatch.metrics import Metrics
from wirewatch.state import StateStore

MAX_SUPPORT = 64  # supporting items kept per text alert

# The claim fact each claim-machine detection kind states.
_CLAIM_FACTS = {
    DetectionKind.CLAIM: FactKind.CLAIM,
    DetectionKind.CONFIRMATION: FactKind.CONFIRM,
    DetectionKind.DENIAL: FactKind.DENY,
}

# An item's figure per series key, with the (updated) series it goes to.
_Figures = dict[str, tuple[Series, TollEntry]]


def apply(
    state: StateStore,
    item: WireItem,
    detections: Sequence[Detection],
    event_key: str,
    at: datetime,
    now: datetime,
    metrics: Metrics | None = None,
) -> set[str]:
    """File ``detections`` of ``item`` (event time ``at``) as facts; return the touched references."""
    refs: set[str] = set()
    figures: _Figures = {}
    # A claim read out of a sentence that denies or confirms it is reported, not made.
    settled = {
        (d.evidence.start, d.evidence.end)
        for d in detections
        if d.kind in (DetectionKind.DENIAL, DetectionKind.CONFIRMATION)
    }
    for seq, found in enumerate(detections):
        det = with_series_old(state, event_key, found, item.uri)
        basis = Basis.of(det, item, at, seq)
        v = det.values
        if det.kind is DetectionKind.CLAIM and (det.evidence.start, det.evidence.end) in settled:
            continue
        if _stated_gap(det):
            refs |= _claim_fact(state, event_key, det, basis, FactKind.GAP, now)
            continue
        if det.kind is DetectionKind.EVENT:
            refs.add(_support_text(state, event_key, basis))
            if tolls.figure_of(v) is not None and ("old" in v or "party" in v):
                _collect_figure(state, event_key, det, basis, figures, now, metrics, text_revision=True)
        elif det.kind is DetectionKind.TOLL_FIGURE:
            _collect_figure(state, event_key, det, basis, figures, now, metrics, text_revision=False)
        elif (kind := _CLAIM_FACTS.get(det.kind)) is not None:
            refs |= _claim_fact(state, event_key, det, basis, kind, now)
    for series, entry in figures.values():
        save(state, NS_SERIES, series.key, tolls.with_entry(series, entry))
        refs.add(ref(NS_SERIES, series.key))
    return refs


def with_series_old(state: StateStore, event_key: str, det: Detection, uri: str) -> Detection:
    """An in-text toll revision that names no earlier figure, given its series' current one as ``old``.

    "Overnight fighting brought the number of dead to at least 15" says what the toll rose to, not from;
    an earlier item of the event that put the same series (party, victim class, source) at 8 says
    that, and the alert then reads "8 -> 15" (``old_from: series`` tells it came from there, not
    from the sentence). Only a figure of another item, and only one that differs from the new one;
    a revision whose sentence names its old figure, and every other detection, pass unchanged."""
    values = det.values
    new = tolls.figure_of(values)
    if (
        det.kind is not DetectionKind.EVENT
        or det.category != "toll_revision"
        or new is None
        or values.get("old") is not None
    ):
        return det
    party, victim_class, source = tolls.series_identity(values, det.actors)
    raw = state.get(NS_SERIES, tolls.series_key(event_key, party, victim_class, source))
    if raw is None:
        return det
    current = tolls.current_figure(parse_record(Series, raw))
    if current is None or current.basis.uri == uri or current.value == new:
        return det
    return dataclasses.replace(det, values={**values, "old": current.value, "old_from": "series"})


def collapse_revisions(detections: Sequence[Detection]) -> list[Detection]:
    """One in-item toll revision per party and new figure, keeping the most informative.

    A wire item often states the same revision twice (the headline "toll rises to 71", the body "71,
    up from 50"), and several rules may read one sentence. Each would be its own alert, since an
    alert's id comes from its rule. Keep the first detection that names the old figure; one without
    it survives only when no detection of the same party and figure has it. Order is preserved.
    """

    def key(det: Detection) -> tuple[str, int] | None:
        if det.kind is not DetectionKind.EVENT or det.category != "toll_revision":
            return None
        new = tolls.figure_of(det.values)
        return (value_text(det.values.get("party")), new) if new is not None else None

    with_old = {k for d in detections if (k := key(d)) is not None and d.values.get("old") is not None}
    kept: list[Detection] = []
    taken: set[tuple[str, int]] = set()
    for det in detections:
        k = key(det)
        if k is not None:
            if k in taken or (k in with_old and det.values.get("old") is None):
                continue
            taken.add(k)
        kept.append(det)
    return kept


def collapse_gaps(detections: Sequence[Detection]) -> list[Detection]:
    """Drop a passage model's stated gap when a linguistic rule states the same gap in the item.

    ``gap.model`` (labels ``layer: model``) extracts its gaps as the linguistic gap rules do, so both
    may state one gap (subject, claimant, silent party) from one sentence; each would be its own
    alert, since an alert's id comes from its rule. The linguistic rule's alert says in words why, so
    it is the one kept. Gaps only the model finds, and every other detection, pass unchanged; order is
    preserved.
    """

    def key(det: Detection) -> tuple[str, str, str] | None:
        v = det.values
        if not _stated_gap(det):
            return None
        return (
            value_text(v.get("subject")),
            value_text(v.get("claimant")),
            value_text(v.get("silent_party")),
        )

    stated = {k for d in detections if d.labels.get("layer") != "model" and (k := key(d)) is not None}
    return [d for d in detections if not (d.labels.get("layer") == "model" and key(d) in stated)]


def _stated_gap(det: Detection) -> bool:
    """Whether ``det`` states a gap (an event naming its silent party), which goes to the claim."""
    return det.kind is DetectionKind.EVENT and bool(value_text(det.values.get("silent_party")))


def collapse(detections: Sequence[Detection]) -> list[Detection]:
    """The matcher's detections as the facts take them: :func:`collapse_revisions`, then
    :func:`collapse_gaps`."""
    return collapse_gaps(collapse_revisions(detections))


def _support_text(state: StateStore, event_key: str, basis: Basis) -> str:
    alert_id = text_alert_id(basis.rule, basis.dedup_key)
    key = f"{event_key}|text|{alert_id}"
    raw = state.get(NS_TEXT, key)
    if not raw:
        save(state, NS_TEXT, key, TextRecord(key=key, event_key=event_key, facts=(basis,)))
        return ref(NS_TEXT, key)
    rec = parse_record(TextRecord, raw)
    facts = (*remove_uri(rec.facts, basis.uri), basis)
    if len(facts) > MAX_SUPPORT:
        # The first item (evidence, starts_at) and the latest supporters are what an alert shows.
        facts = (facts[0], *facts[len(facts) - MAX_SUPPORT + 1 :])
    save(state, NS_TEXT, key, replace(rec, {"facts": facts}))
    return ref(NS_TEXT, key)


def _collect_figure(
    state: StateStore,
    event_key: str,
    det: Detection,
    basis: Basis,
    figures: _Figures,
    now: datetime,
    metrics: Metrics | None,
    *,
    text_revision: bool,
) -> None:
    """Note this item's figure for its series; one per series (an in-text revision wins)."""
    value = tolls.figure_of(det.values)
    if value is None:
        return
    party, victim_class, source = tolls.series_identity(det.values, det.actors)
    if not text_revision and not source and root(party).lower() in GENERIC_ROOTS:
        # "officials put the number of dead at 17": a level whose party is only a role ("officials",
        # "the ministry") and whose source is unknown cannot be told from another body's count of the
        # same event, so it starts or moves no series (an in-text revision still does). Measured on
        # the blind batches with story sluglines: series alerts on label-false passages 19 -> 11,
        # on label-true ones 4 -> 3.
        return
    key = tolls.series_key(event_key, party, victim_class, source)
    old = tolls.figure_of({"new": det.values.get("old")})
    entry = TollEntry(
        value=value,
        bound=Bound.parse(det.values.get("bound")),
        superseded=(old,) if old is not None else (),
        text_revision=text_revision,
        basis=tolls.slim(basis),
    )
    if key in figures:
        if figures[key][1].text_revision or not text_revision:
            return
        figures[key] = (figures[key][0], entry)
        return
    raw = state.get(NS_SERIES, key)
    if raw is None:
        series = Series(
            key=key,
            event_key=event_key,
            party=party,
            victim_class=victim_class,
            source=source,
            updated_at=now,
        )
        if metrics is not None:
            metrics.toll_series.inc()
    else:
        series = parse_record(Series, raw)
    figures[key] = (replace(series, {"updated_at": now}), entry)


def _claim_fact(
    state: StateStore, event_key: str, det: Detection, basis: Basis, kind: FactKind, now: datetime
) -> set[str]:
    """Add a claim-machine fact to every claim it concerns (creating one if none does)."""
    v = det.values
    subject = value_text(v.get("subject")) or ANY_PARTY
    claimant = value_text(v.get("claimant"))
    if kind is FactKind.CLAIM:
        claimant = claimant or value_text(v.get("party")) or (det.actors[0] if det.actors else "")
        parties = _awaited(det, claimant) or [ANY_PARTY]
    else:
        party = value_text(v.get("silent_party")) if kind is FactKind.GAP else ""
        party = party or value_text(v.get("party")) or value_text(v.get("silent_party"))
        if not party and det.actors:
            party = next((a for a in det.actors if not claims.same_party(a, claimant)), "")
        if not party:
            return set()
        parties = [party]
    claimant = claimant or ANY_PARTY
    fact = ClaimFact(kind=kind, basis=basis, deadline_seconds=det.deadline_seconds)
    refs: set[str] = set()
    existing = [parse_record(Claim, raw) for _, raw in state.scan(NS_CLAIMS, f"{event_key}|claim|")]
    for party in parties:
        matches = [c for c in existing if _concerns(c, subject, claimant, party, kind)]
        if kind is not FactKind.CONFIRM:
            exact = claims.claim_key(event_key, subject, claimant, party)
            matches = sorted(matches, key=lambda c: (c.key != exact, c.key))[:1]
        if not matches:
            key = claims.claim_key(event_key, subject, claimant, party)
            matches = [
                Claim(
                    key=key,
                    event_key=event_key,
                    subject=subject,
                    claimant=claimant,
                    expected=party,
                    updated_at=now,
                )
            ]
        for claim in matches:
            updated = claims.with_fact(claim, fact)
            save(state, NS_CLAIMS, claim.key, updated)
            existing = [c for c in existing if c.key != updated.key] + [updated]
            refs.add(ref(NS_CLAIMS, claim.key))
    return refs


def _awaited(det: Detection, claimant: str) -> list[str]:
    """The parties a claim waits for: its ``silent_party``, else the placed actors besides the claimant."""
    silent = value_text(det.values.get("silent_party"))
    if silent:
        return [silent]
    expected: list[str] = []
    roots = {claimant}
    for a in det.actors:
        if root(a).lower() in GENERIC_ROOTS or a.startswith("entity:"):
            continue  # an unplaced role or a bare name cannot be waited for
        if not any(claims.same_party(a, r) for r in roots):
            expected.append(a)
            roots.add(a)
    return expected


def _concerns(claim: Claim, subject: str, claimant: str, party: str, kind: FactKind) -> bool:
    """Whether a fact about (subject, claimant, party) belongs to ``claim``."""
    if not (subject == ANY_PARTY or claim.subject == ANY_PARTY or subject == claim.subject):
        return False
    if not (
        claimant == ANY_PARTY or claim.claimant == ANY_PARTY or claims.same_party(claimant, claim.claimant)
    ):
        return False
    if kind is FactKind.CLAIM:
        return claim.expected == party or claims.same_party(claim.expected, party)
    return claims.expects(claim, party)

"""The stateful detection core: detections from the stateless matcher become alerts, using state.

Contract (:class:`Detector`), the same in the embedded and the Kafka runtime:

- ``evaluate(item, state, now) -> list[Alert]``: the new alerts and the status changes (updated,
  resolved or retracted alerts) caused by one wire item at event time ``now``. It first fires the
  claim deadlines due at ``now``, so a replay that never calls :meth:`Detector.tick` still fires
  them on event time as items pass.
- ``tick(state, now) -> list[Alert]``: the deadline alerts due at ``now`` (and, at most once an
  hour of event time, the retention sweep). ``next_deadline(state)`` is the earliest pending
  deadline, for a runtime timer, so deadlines fire on a quiet stream.
- Pure: no I/O, no wall clock; all time comes from ``now``; all memory is in the
  :class:`~wirewatch.state.StateStore` (JSON text, one record per key, every key of an event's
  state prefixed ``"<event key>|"``).

How an item flows (the rules live in the modules named):

1. :mod:`rules.corrections`: a delivery seen before changes nothing; an older version arriving
   after a newer one is ignored; a new version or a kill first withdraws the facts the previous
   version contributed.
2. The rule set's ``detect`` runs; :mod:`rules.correlation` assigns the event key.
3. Each detection becomes facts in state records: ``event`` detections support a text alert
   (those carrying ``silent_party`` are stated gaps and go to the claim instead; those carrying a
   ``new`` figure also feed the toll series); ``claim``/``confirmation``/``denial`` go to
   :mod:`rules.claims`; ``toll_figure`` to :mod:`rules.tolls`. A ``claim`` found in a sentence that
   also carries a denial or confirmation is skipped: that claim is reported, not made.
4. Every touched record is re-derived from its facts, and the derived alerts are compared with the
   alert registry (``ww.alert``): new or changed alerts are emitted (a changed alert keeps its
   ``id`` and ``starts_at``), alerts no longer derived are emitted as ``resolved`` with
   ``resolved_reason = "retracted"``. Restatements and re-deliveries derive nothing new, so they
   stay quiet.

Retention: events inactive for ``retention`` (default 30 days of event time; pass
``WIREWATCH_STATE_RETENTION_HOURS``) are dropped with all their records by the sweep :meth:`tick`
runs once an hour of event time; item records (the duplicate memory) go after the same time, so a
re-delivery older than the retention is processed again. A store-level expiry by last write
(``SqliteStore.expire``) is compatible: an active event rewrites its index rows with every item.
It must be longer than the longest claim deadline, whose timer row is written once.

Timers: pending deadlines are rows ``ww.deadline/<UTC stamp>|<claim key>`` (string order is time
order) and the earliest is cached in ``ww.meta/next_deadline``, so a tick on a busy stream is one
read (:mod:`rules.deadlines`). Step 4's comparison with the alert registry is
:func:`rules.registry.sync`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import Protocol

from pydantic import BaseModel

from alerts.models import Alert, Value, fingerprint
from ingest.models import WireItem
from rules import claims, deadlines, tolls
from rules.claims import ANY_PARTY, NS_CLAIMS, Claim, ClaimFact, ClaimStatus, FactKind
from rules.corrections import (
    NS_ITEMS,
    Basis,
    ItemRecord,
    delivery_token,
    is_retraction,
    load_item,
    remove_uri,
    save_item,
    supersedes,
)
from rules.correlation import DEFAULT_WINDOW, GENERIC_ROOTS, Correlator, partition_key, root
from rules.deadlines import NS_META
from rules.detections import Detection, DetectionKind
from rules.registry import NS_ALERTS, NS_TEXT, TextRecord, derive_text, sync
from rules.tolls import NS_SERIES, Bound, Series, TollEntry
from wirewatch.metrics import Metrics
from wirewatch.state import StateStore

DEFAULT_RETENTION = timedelta(days=30)
SWEEP_EVERY = timedelta(hours=1)
MAX_SUPPORT = 64  # supporting items kept per text alert
_SEP = "\x1f"


class RuleSetLike(Protocol):
    """What the engine needs from a rule set: the stateless matcher."""

    def detect(self, item: WireItem) -> Sequence[Detection]: ...


def _ref(ns: str, key: str) -> str:
    return f"{ns}{_SEP}{key}"


def _str(v: Value) -> str:
    return "" if v is None or isinstance(v, bool) else str(v).strip()


class Detector:
    """Turns wire items into alerts, keeping cross-item memory in a :class:`StateStore`."""

    def __init__(
        self,
        ruleset: RuleSetLike,
        *,
        metrics: Metrics | None = None,
        retention: timedelta = DEFAULT_RETENTION,
        window: timedelta = DEFAULT_WINDOW,
    ) -> None:
        self.ruleset = ruleset
        self.metrics = metrics
        # wirewatch_rule_evaluations_total{rule}: children resolved once, not per item. A rule set
        # without ``rules`` (a test double) counts nothing.
        self._evaluation_counters = (
            [metrics.rule_evaluations.labels(rule=r.id) for r in getattr(ruleset, "rules", ())]
            if metrics is not None
            else []
        )
        self.retention = retention
        self.correlator = Correlator(window)

    # --- the contract -------------------------------------------------------------------------
    def evaluate(self, item: WireItem, state: StateStore, now: datetime) -> list[Alert]:
        """Alerts and status changes caused by ``item`` at event time ``now`` (see module docs)."""
        out = self.tick(state, now)
        record = load_item(state, item.uri)
        token = delivery_token(item)
        if record is not None and token in record.seen:
            return out
        if record is not None and not supersedes(item, record):
            save_item(state, record.model_copy(update={"seen": (*record.seen, token)}))
            return out
        previous = set(record.records) if record is not None else set()
        for ref in previous:
            self._withdraw(state, ref, item.uri)
        if is_retraction(item):
            if record is None:
                # A kill before the item itself: remember it, so the late original is ignored.
                save_item(
                    state,
                    ItemRecord(
                        uri=item.uri,
                        seen=(token,),
                        version=item.version,
                        versioncreated=item.versioncreated,
                        withdrawn=True,
                        seen_at=now,
                    ),
                )
                return out
            out += self._rederive(state, previous, now)
            save_item(
                state,
                record.model_copy(
                    update={"seen": (*record.seen, token), "withdrawn": True, "records": (), "seen_at": now}
                ),
            )
            return out
        detections = collapse_revisions(self.ruleset.detect(item))
        if self.metrics is not None:
            for counter in self._evaluation_counters:  # every rule ran on this item
                counter.inc()
            for det in detections:
                self.metrics.rule_matches.labels(rule=det.rule).inc()
        if not detections and record is None:
            return out
        event_key = self.correlator.assign(state, item, detections, now) if detections else None
        at = record.first_at if record is not None and record.first_at else min(item.event_time or now, now)
        fresh = self._apply(state, item, detections, event_key, at, now) if event_key else set()
        out += self._rederive(state, previous | fresh, now)
        save_item(
            state,
            ItemRecord(
                uri=item.uri,
                seen=(*(record.seen if record else ()), token),
                version=item.version,
                versioncreated=item.versioncreated,
                event_key=event_key or (record.event_key if record else None),
                records=tuple(sorted(fresh)),
                first_at=at,
                seen_at=now,
            ),
        )
        return out

    def tick(self, state: StateStore, now: datetime) -> list[Alert]:
        """Deadline alerts due at ``now``; also runs the retention sweep when one is due."""
        out: list[Alert] = []
        for claim_key in deadlines.due(state, now):
            out += self._rederive(state, {_ref(NS_CLAIMS, claim_key)}, now)
        self._sweep_if_due(state, now)
        return out

    def next_deadline(self, state: StateStore) -> datetime | None:
        """The earliest pending claim deadline, for a runtime timer (``None``: nothing pending)."""
        return deadlines.next_deadline(state)

    def partition_key(self, item: WireItem) -> str:
        """The Kafka routing key of ``item`` (see :func:`rules.correlation.partition_key`)."""
        return partition_key(item, list(self.ruleset.detect(item)))

    def expire(self, state: StateStore, now: datetime) -> int:
        """Drop events inactive for ``retention`` and old item records; return records removed."""
        cutoff = now - self.retention
        removed = 0
        for event in self.correlator.stale(state, cutoff):
            prefix = f"{event.key}|"
            for ns in (NS_CLAIMS, NS_SERIES, NS_TEXT, NS_ALERTS):
                for key, raw in list(state.scan(ns, prefix)):
                    if ns == NS_CLAIMS:
                        claim = Claim.model_validate_json(raw)
                        if claim.deadline is not None:
                            deadlines.cancel(state, claim.deadline, key)
                        self._gauge_claim(claim.status, ClaimStatus.NONE)
                    elif ns == NS_SERIES and self.metrics is not None:
                        self.metrics.toll_series.dec()
                    state.delete(ns, key)
                    removed += 1
            self.correlator.drop(state, event)
            removed += 1
        for uri, raw in list(state.scan(NS_ITEMS)):
            if ItemRecord.model_validate_json(raw).seen_at < cutoff:
                state.delete(NS_ITEMS, uri)
                removed += 1
        if removed:
            deadlines.refresh(state)
        return removed

    # --- facts in ------------------------------------------------------------------------------
    def _apply(
        self,
        state: StateStore,
        item: WireItem,
        detections: Sequence[Detection],
        event_key: str,
        at: datetime,
        now: datetime,
    ) -> set[str]:
        refs: set[str] = set()
        figures: dict[str, tuple[Series, TollEntry]] = {}
        # A claim read out of a sentence that denies or confirms it is reported, not made.
        settled = {
            (d.evidence.start, d.evidence.end)
            for d in detections
            if d.kind in (DetectionKind.DENIAL, DetectionKind.CONFIRMATION)
        }
        for seq, det in enumerate(detections):
            basis = Basis.of(det, item, at, seq)
            v = det.values
            if det.kind is DetectionKind.CLAIM and (det.evidence.start, det.evidence.end) in settled:
                continue
            if det.kind is DetectionKind.EVENT and _str(v.get("silent_party")):
                refs |= self._claim_fact(state, event_key, det, basis, FactKind.GAP, now)
                continue
            if det.kind is DetectionKind.EVENT:
                refs.add(self._support_text(state, event_key, basis))
                if tolls.figure_of(v) is not None and ("old" in v or "party" in v):
                    self._collect_figure(state, event_key, det, basis, figures, now, text_revision=True)
            elif det.kind is DetectionKind.TOLL_FIGURE:
                self._collect_figure(state, event_key, det, basis, figures, now, text_revision=False)
            elif det.kind is DetectionKind.CLAIM:
                refs |= self._claim_fact(state, event_key, det, basis, FactKind.CLAIM, now)
            elif det.kind is DetectionKind.CONFIRMATION:
                refs |= self._claim_fact(state, event_key, det, basis, FactKind.CONFIRM, now)
            elif det.kind is DetectionKind.DENIAL:
                refs |= self._claim_fact(state, event_key, det, basis, FactKind.DENY, now)
        for series, entry in figures.values():
            state.put(
                NS_SERIES, series.key, tolls.with_entry(series, entry).model_dump_json(exclude_defaults=True)
            )
            refs.add(_ref(NS_SERIES, series.key))
        return refs

    def _support_text(self, state: StateStore, event_key: str, basis: Basis) -> str:
        alert_id = fingerprint(basis.rule, basis.dedup_key)
        key = f"{event_key}|text|{alert_id}"
        raw = state.get(NS_TEXT, key)
        rec = TextRecord.model_validate_json(raw) if raw else TextRecord(key=key, event_key=event_key)
        facts = (*remove_uri(rec.facts, basis.uri), basis)
        if len(facts) > MAX_SUPPORT:
            # The first item (evidence, starts_at) and the latest supporters are what an alert shows.
            facts = (facts[0], *facts[len(facts) - MAX_SUPPORT + 1 :])
        state.put(
            NS_TEXT, key, rec.model_copy(update={"facts": facts}).model_dump_json(exclude_defaults=True)
        )
        return _ref(NS_TEXT, key)

    def _collect_figure(
        self,
        state: StateStore,
        event_key: str,
        det: Detection,
        basis: Basis,
        figures: dict[str, tuple[Series, TollEntry]],
        now: datetime,
        *,
        text_revision: bool,
    ) -> None:
        """Note this item's figure for its series; one per series (an in-text revision wins)."""
        value = tolls.figure_of(det.values)
        if value is None:
            return
        party, victim_class, source = tolls.series_identity(det.values, det.actors)
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
            if self.metrics is not None:
                self.metrics.toll_series.inc()
        else:
            series = Series.model_validate_json(raw)
        figures[key] = (series.model_copy(update={"updated_at": now}), entry)

    def _claim_fact(
        self, state: StateStore, event_key: str, det: Detection, basis: Basis, kind: FactKind, now: datetime
    ) -> set[str]:
        """Add a claim-machine fact to every claim it concerns (creating one if none does)."""
        v = det.values
        subject = _str(v.get("subject")) or ANY_PARTY
        claimant = _str(v.get("claimant"))
        if kind is FactKind.CLAIM:
            claimant = claimant or _str(v.get("party")) or (det.actors[0] if det.actors else "")
            expected = [_str(v.get("silent_party"))] if _str(v.get("silent_party")) else []
            if not expected:
                roots = {claimant}
                for a in det.actors:
                    if root(a).lower() in GENERIC_ROOTS or a.startswith("entity:"):
                        continue  # an unplaced role or a bare name cannot be waited for
                    if not any(claims.same_party(a, r) for r in roots):
                        expected.append(a)
                        roots.add(a)
            parties = expected or [ANY_PARTY]
        else:
            party = _str(v.get("silent_party")) if kind is FactKind.GAP else ""
            party = party or _str(v.get("party")) or _str(v.get("silent_party"))
            if not party and det.actors:
                party = next((a for a in det.actors if not claims.same_party(a, claimant)), "")
            if not party:
                return set()
            parties = [party]
        claimant = claimant or ANY_PARTY
        fact = ClaimFact(kind=kind, basis=basis, deadline_seconds=det.deadline_seconds)
        refs: set[str] = set()
        existing = [Claim.model_validate_json(raw) for _, raw in state.scan(NS_CLAIMS, f"{event_key}|claim|")]
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
                state.put(NS_CLAIMS, claim.key, updated.model_dump_json(exclude_defaults=True))
                existing = [c for c in existing if c.key != updated.key] + [updated]
                refs.add(_ref(NS_CLAIMS, claim.key))
        return refs

    # --- facts out -----------------------------------------------------------------------------
    def _withdraw(self, state: StateStore, ref: str, uri: str) -> None:
        ns, key = ref.split(_SEP, 1)
        raw = state.get(ns, key)
        if raw is None:
            return
        updated: BaseModel
        if ns == NS_CLAIMS:
            updated = claims.without_uri(Claim.model_validate_json(raw), uri)
        elif ns == NS_SERIES:
            updated = tolls.without_uri(Series.model_validate_json(raw), uri)
        elif ns == NS_TEXT:
            rec = TextRecord.model_validate_json(raw)
            updated = rec.model_copy(update={"facts": remove_uri(rec.facts, uri)})
        else:
            return
        state.put(ns, key, updated.model_dump_json(exclude_defaults=True))

    # --- derivation and the alert registry -----------------------------------------------------
    def _rederive(self, state: StateStore, refs: Iterable[str], now: datetime) -> list[Alert]:
        out: list[Alert] = []
        for ref in sorted(refs):
            ns, key = ref.split(_SEP, 1)
            raw = state.get(ns, key)
            if raw is None:
                continue
            if ns == NS_CLAIMS:
                out += self._rederive_claim(state, Claim.model_validate_json(raw), now)
            elif ns == NS_SERIES:
                series, forgotten = tolls.trim(Series.model_validate_json(raw))
                before = {k: v for k, v in series.alerts.items() if k not in forgotten}
                derived = tolls.derive(series)
                emitted, digests = sync(state, series.event_key, before, derived, now, self.metrics)
                out += emitted
                if not series.entries:
                    state.delete(ns, key)
                    if self.metrics is not None:
                        self.metrics.toll_series.dec()
                else:
                    state.put(
                        ns,
                        key,
                        series.model_copy(update={"alerts": digests}).model_dump_json(exclude_defaults=True),
                    )
            elif ns == NS_TEXT:
                rec = TextRecord.model_validate_json(raw)
                derived = derive_text(rec)
                emitted, digests = sync(state, rec.event_key, rec.alerts, derived, now, self.metrics)
                out += emitted
                if not rec.facts:
                    state.delete(ns, key)
                else:
                    state.put(
                        ns,
                        key,
                        rec.model_copy(update={"alerts": digests}).model_dump_json(exclude_defaults=True),
                    )
        return out

    def _rederive_claim(self, state: StateStore, claim: Claim, now: datetime) -> list[Alert]:
        d = claims.derive(claim, now)
        out, digests = sync(state, claim.event_key, claim.alerts, d.alerts, now, self.metrics)
        if claim.deadline != d.pending_deadline:
            deadlines.reschedule(state, claim.key, claim.deadline, d.pending_deadline)
        self._gauge_claim(claim.status, d.status if claim.facts else ClaimStatus.NONE)
        if not claim.facts:
            state.delete(NS_CLAIMS, claim.key)
        else:
            updated = claim.model_copy(
                update={"alerts": digests, "status": d.status, "deadline": d.pending_deadline}
            )
            state.put(NS_CLAIMS, claim.key, updated.model_dump_json(exclude_defaults=True))
        return out

    def _gauge_claim(self, before: ClaimStatus, after: ClaimStatus) -> None:
        if self.metrics is None or (before in claims.OPEN) == (after in claims.OPEN):
            return
        if after in claims.OPEN:
            self.metrics.open_claims.inc()
        else:
            self.metrics.open_claims.dec()

    def _sweep_if_due(self, state: StateStore, now: datetime) -> None:
        raw = state.get(NS_META, "last_sweep")
        if raw is not None and now - datetime.fromisoformat(raw) < SWEEP_EVERY:
            return
        if raw is None:
            state.put(NS_META, "last_sweep", now.isoformat())
            return
        self.expire(state, now)
        state.put(NS_META, "last_sweep", now.isoformat())


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
        return (_str(det.values.get("party")), new) if new is not None else None

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

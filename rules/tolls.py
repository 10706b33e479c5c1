"""Casualty-toll series: the history of one running figure, and the revisions it implies.

A series is identified by ``(event key, party, victim class, source)``:

- ``party``: whose dead the figure counts (detection value ``party``);
- ``victim_class``: ``soldiers``, ``civilians``, ``all``, ... (detection value ``victim_class``,
  default ``all``);
- ``source``: the side that states the figure: the root of detection value ``source`` (else
  ``attribution``), so ``PS.moh`` and ``ps.hamas`` (the Hamas-run health ministry, named two ways)
  are one source, ``AZ.mod`` is ``AZ``; empty when the matcher gives none or only an unplaced role
  ("the ministry"). Competing sources (a ministry vs the other side, the UN vs the Red Crescent)
  are separate series, so their disagreement is never reported as a revision.

Each :class:`TollEntry` is one item's figure for the series, with its bound (``exact``, ``about``,
``at_least``, ``at_most``) and the :class:`~rules.corrections.Basis` it came from. An item gives at
most one figure per series: the ``new`` value of an in-text revision if the item states one, else
the first figure in text order. Entries are ordered by event time, then arrival.

Revisions (:func:`compare`): walking the entries in order, each figure is compared with the
current one:

- the same value is a *restatement* (quiet), whatever the bounds ("at least 1,200" restates
  "about 1,200");
- a lower bound below the current figure, or an upper bound above it, is *consistent* (quiet, and
  the current figure stays: "at least 1,000 dead" does not lower a toll of 1,200);
- a figure the current entry's own item called superseded ("updating a previous toll of 50") is a
  *stale* restatement (quiet);
- anything else is a *revision*, up or down, with ``old``, ``new``, ``delta`` and ``direction``.

A revision that the new item itself states in its text (an ``event`` detection with ``old``/``new``)
already produced a text alert, so the series does not alert a second time; it just moves on.

:func:`derive` recomputes every revision of the series from its entries, which is what makes
corrections and kills exact: remove an item's entry, derive again, and compare. A series keeps its
last :data:`MAX_HISTORY` figures (:func:`trim`), which bounds its state and the cost of an update
for tolls that run for months; a correction of a figure older than that no longer changes alerts.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from alerts.models import Alert, Value, fingerprint
from rules.corrections import Basis
from rules.correlation import GENERIC_ROOTS, root
from rules.stored import replace

NS_SERIES = "ww.toll"
MAX_HISTORY = 64


class Bound(StrEnum):
    EXACT = "exact"
    ABOUT = "about"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"

    @classmethod
    def parse(cls, value: Value) -> Bound:
        try:
            return cls(str(value)) if value is not None else cls.EXACT
        except ValueError:
            return cls.EXACT


class Comparison(StrEnum):
    RESTATED = "restated"
    CONSISTENT = "consistent"
    STALE = "stale"
    REVISED = "revised"


class TollEntry(BaseModel):
    """One item's figure for a series. ``superseded`` are figures that item called out of date."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    value: int
    bound: Bound = Bound.EXACT
    superseded: tuple[int, ...] = ()
    text_revision: bool = False
    basis: Basis


class Series(BaseModel):
    """The history of one toll series and the ids of the alerts it last derived."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    key: str
    event_key: str
    party: str
    victim_class: str
    source: str
    entries: tuple[TollEntry, ...] = ()
    alerts: Mapping[str, str] = Field(default_factory=dict)
    updated_at: datetime


def slim(basis: Basis) -> Basis:
    """``basis`` without what a series never reads (summary, values, actors, dedup key).

    A revision alert is built from the rule, category, severity, labels, evidence, uri and time
    alone, so a series keeps only those: about a third less state per figure.
    """
    return replace(basis, {"summary": "", "values": {}, "actors": (), "dedup_key": ""})


def series_key(event_key: str, party: str, victim_class: str, source: str) -> str:
    return f"{event_key}|toll|{party}|{victim_class}|{source}"


def series_identity(vals: Mapping[str, Value], actors: tuple[str, ...]) -> tuple[str, str, str]:
    """``(party, victim_class, source)`` from a detection's values (see the module docstring)."""
    party = value_text(vals.get("party")) or (actors[0] if actors else "")
    victim_class = value_text(vals.get("victim_class")) or "all"
    source = root(value_text(vals.get("source")) or value_text(vals.get("attribution")))
    if source.lower() in GENERIC_ROOTS:
        source = ""
    return party, victim_class, source


def figure_of(values: Mapping[str, Value]) -> int | None:
    """The figure a detection reports (``new``, else ``value``), as an int."""
    for name in ("new", "value"):
        v = values.get(name)
        if isinstance(v, bool):
            continue
        if isinstance(v, int):
            return v
        if isinstance(v, float) and v.is_integer():
            return int(v)
    return None


def value_text(v: Value) -> str:
    """A detection value as trimmed text (``""`` for none or a flag)."""
    return "" if v is None or isinstance(v, bool) else str(v).strip()


def compare(current: TollEntry, new: TollEntry) -> Comparison:
    """How ``new`` relates to the series' ``current`` figure (rules in the module docstring)."""
    if new.value == current.value:
        return Comparison.RESTATED
    if new.value in current.superseded:
        return Comparison.STALE
    if new.bound is Bound.AT_LEAST and new.value < current.value:
        return Comparison.CONSISTENT
    if new.bound is Bound.AT_MOST and new.value > current.value:
        return Comparison.CONSISTENT
    return Comparison.REVISED


def with_entry(series: Series, entry: TollEntry) -> Series:
    """``series`` with ``entry`` in place of any earlier entry from the same uri."""
    kept = tuple(e for e in series.entries if e.basis.uri != entry.basis.uri)
    entries = tuple(sorted((*kept, entry), key=lambda e: e.basis.order))
    return replace(series, {"entries": entries})


def trim(series: Series, keep: int = MAX_HISTORY) -> tuple[Series, frozenset[str]]:
    """Keep the last ``keep`` entries; also return the ids of the revision alerts that are forgotten.

    The oldest kept entry becomes the series' baseline, so its own revision alert (if any) is
    forgotten too: forgotten alerts are neither re-derived nor retracted, they simply leave state.
    """
    if len(series.entries) <= keep:
        return series, frozenset()
    dropped = series.entries[: len(series.entries) - keep + 1]
    ids = frozenset(_alert_id(series, e) for e in dropped)
    return replace(series, {"entries": series.entries[-keep:]}), ids


def without_uri(series: Series, uri: str) -> Series:
    return replace(series, {"entries": tuple(e for e in series.entries if e.basis.uri != uri)})


def derive(series: Series) -> dict[str, Alert]:
    """Every revision alert the series' history implies, by alert id (all firing)."""
    alerts: dict[str, Alert] = {}
    current: TollEntry | None = None
    stated_by: list[str] = []
    for entry in series.entries:
        if current is None:
            current, stated_by = entry, [entry.basis.uri]
            continue
        cmp = compare(current, entry)
        if cmp is not Comparison.REVISED:
            if cmp is Comparison.RESTATED and entry.basis.uri not in stated_by:
                stated_by.append(entry.basis.uri)
            continue
        if not entry.text_revision:
            alert = _revision_alert(series, current, entry, tuple(stated_by))
            alerts[alert.id] = alert
        current, stated_by = entry, [entry.basis.uri]
    return alerts


def current_figure(series: Series) -> TollEntry | None:
    """The figure the series stands at after all its entries."""
    current: TollEntry | None = None
    for entry in series.entries:
        if current is None or compare(current, entry) is Comparison.REVISED:
            current = entry
    return current


def _revision_alert(series: Series, old: TollEntry, new: TollEntry, related: tuple[str, ...]) -> Alert:
    b = new.basis
    delta = new.value - old.value
    direction = "up" if delta > 0 else "down"
    who = " ".join(
        p for p in (series.party, series.victim_class if series.victim_class != "all" else "") if p
    )
    source = f" (source: {series.source})" if series.source else ""
    values: dict[str, Value] = {
        "old": old.value,
        "new": new.value,
        "delta": delta,
        "direction": direction,
        "bound_old": old.bound.value,
        "bound_new": new.bound.value,
        "party": series.party or None,
        "victim_class": series.victim_class,
        "source": series.source or None,
    }
    return b.alert(
        alert_id=_alert_id(series, new),
        category=b.category,
        trigger="series",
        summary=f"Toll revised {direction} for {who or 'an unnamed party'}: {old.value:,} -> {new.value:,} "
        f"({delta:+,}){source}",
        values=values,
        item_ids=(b.uri,),
        related=tuple(u for u in related if u != b.uri),
        event_key=series.event_key,
        at=b.at,
    )


def _alert_id(series: Series, entry: TollEntry) -> str:
    return fingerprint(entry.basis.rule, f"{series.key}|{entry.basis.uri}")

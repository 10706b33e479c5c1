"""Event correlation: which items speak of the same event, and the stable key that names it.

Every piece of cross-item state (claims, toll series, text-alert support, the alert registry) is
keyed ``"<event key>|..."``, so one event's state sits together and expires together.

The rule (:meth:`Correlator.assign`), in order of strength:

1. **Same uri.** A new version of an item stays in the event its first version was assigned to.
2. **Associations.** An item whose ninjs ``associations`` name an item already seen joins that
   item's event.
3. **Slugline.** Same provider and same slug family (the slugline up to the first ``/``,
   normalised) within the time window joins that event.
4. **Actors, place, category.** Each item has a signature: the *roots* of every actor id its
   detections name (``AZ.mod`` -> ``AZ``, ``ps.hamas`` -> ``PS``), its dateline place
   (``located``) and its detection categories. Among events active within the time window
   (default 7 days, measured from the event's last item, so a running story stays one event),
   candidates share at least one root, or share both place and category. Unplaced role nouns
   (:data:`GENERIC_ROOTS`: "the army", "the ministry", "media") are not roots. The best candidate
   scores ``2 x shared roots + shared place + shared category``; ties go to the most recent.
5. Otherwise a new event starts, keyed ``<anchor>@<YYYYMMDD>`` from its first item: the anchor is
   the sorted roots (at most four, joined by ``+``), else the slug, else the place, else a hash of
   the uri; the date is the item's own (``versioncreated``, else ``firstcreated``), or ``now`` when
   it has none or claims a later one. A key never changes once given; later items join it.

Items that produced no detection are not correlated at all (they leave no state).

Limits, stated plainly:

- Actor roots are only as good as the gazetteer's ids; a mediator that appears in several
  conflicts in one window (the UN, the United States) can join them into one event. The damage is
  bounded because claims and toll series are further keyed by party and source inside the event.
- Correlation is greedy and never merges two events after the fact, nor splits one.
- Time proximity is measured on the engine's ``now`` (event time in replay), so a replay of items
  far apart in time keeps their events apart, while a backlog replayed with one timestamp does not.
- The Kafka runtime partitions items by :func:`partition_key`, computed from the item alone. Items
  are linked only when they land on the same partition; the key is chosen so that a claim and its
  confirmation (both keyed by the expected party) and the figures of one toll series (keyed by the
  party counted) route together, but an item whose detections name a different party routes apart.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

import pycountry
from pydantic import BaseModel, ConfigDict

from ingest.models import WireItem
from rules.corrections import load_item
from rules.detections import Detection, DetectionKind
from rules.stored import dump_record, parse_record, replace
from wirewatch.state import StateStore

NS_EVENTS = "ww.event"
NS_INDEX = "ww.evidx"
DEFAULT_WINDOW = timedelta(days=7)
_ACTOR_VALUES = ("party", "claimant", "silent_party", "source", "attribution")
_MAX_ANCHOR_ROOTS = 4
_SLUG_CLEAN = re.compile(r"[^0-9a-z]+")
# Unplaced role nouns ("the army", "the ministry", "media reports"): every conflict has them, so
# they identify no event. The gazetteer gives a role standing alone its bare institution code.
GENERIC_ROOTS = frozenset({"army", "mod", "mfa", "moh", "gov", "police", "agency", "media", "entity"})


class EventRecord(BaseModel):
    """One correlated event: what identifies it and when it was last active."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    key: str
    roots: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    slugs: tuple[str, ...] = ()
    first_seen: datetime
    last_seen: datetime


@dataclass(frozen=True)
class Signature:
    """What correlation looks at in one item."""

    roots: frozenset[str]
    places: frozenset[str]
    categories: frozenset[str]
    slug: str | None
    associations: tuple[str, ...]


def root(actor: str) -> str:
    """The top of an actor id: ``AZ.mod`` -> ``AZ``, ``ps.hamas`` -> ``PS``, ``sudan.rsf`` -> ``SD``.

    Two-letter tops are ISO 3166 codes in the gazetteer (``AZ``; groups as ``ps.hamas``), so they
    are upper-cased to meet; a top that is a country's name becomes its code (``sudan.rsf`` -> ``SD``,
    so the RSF and ``SD.army`` meet); other tops are kept as they are.
    """
    top = actor.strip().split(".", 1)[0]
    if len(top) == 2:
        return _clean(top.upper())
    return _clean(_country_code(top) or top)


@functools.lru_cache(maxsize=4096)
def _country_code(name: str) -> str | None:
    """ISO 3166 alpha-2 of a top named after a country (``sudan`` -> ``SD``), else None."""
    try:
        country = pycountry.countries.get(name=name.replace("_", " "))
    except (KeyError, LookupError):
        return None
    code = getattr(country, "alpha_2", None) if country is not None else None
    return str(code) if code else None


def _clean(text: str) -> str:
    """Key-safe text: ``/`` and ``|`` separate key parts, so they never occur inside one."""
    return text.replace("/", "-").replace("|", "-")


def _actor_ids(det: Detection) -> list[str]:
    """The actor ids a detection names: its actors, then its actor-valued values (not ``*``)."""
    ids = list(det.actors)
    values = det.values
    for name in _ACTOR_VALUES:
        v = values.get(name)
        if isinstance(v, str) and v and v != "*":
            ids.append(v)
    return ids


def story_of(item: WireItem) -> str | None:
    """The item's story: its provider and slug family (the slugline up to the first ``/``,
    normalised), ``"reuters:sudan-fighting"``; ``None`` without a slugline."""
    if not item.slugline:
        return None
    family = _SLUG_CLEAN.sub("-", item.slugline.split("/", 1)[0].lower()).strip("-")
    return f"{(item.provider or '').lower()}:{family}" if family else None


def signature(item: WireItem, detections: Sequence[Detection]) -> Signature:
    roots: set[str] = set()
    categories: set[str] = set()
    for d in detections:
        categories.add(d.category)
        for a in _actor_ids(d):
            r = root(a)
            if r and r.lower() not in GENERIC_ROOTS:
                roots.add(r)
    located = _clean(item.located.strip().lower()) if item.located else ""
    places = frozenset({located} if located else set())
    return Signature(
        roots=frozenset(roots),
        places=places,
        categories=frozenset(categories),
        slug=story_of(item),
        associations=tuple(item.associations),
    )


def partition_key(item: WireItem, detections: Sequence[Detection]) -> str:
    """A routing key from the item alone, for the Kafka runtime (see the module docstring).

    Priority: the party a confirmation, denial or stated gap is about; the party a claim waits for;
    the party a toll counts; else the smallest actor root; else the slug; else the uri.
    """
    ranked: list[tuple[int, str]] = []
    for d in detections:
        v = d.values
        if d.kind in (DetectionKind.CONFIRMATION, DetectionKind.DENIAL):
            for name in ("party", "silent_party"):
                if isinstance(v.get(name), str) and v[name]:
                    ranked.append((0, root(str(v[name]))))
        if isinstance(v.get("silent_party"), str) and v["silent_party"] not in ("", "*"):
            ranked.append((1, root(str(v["silent_party"]))))
        is_figure = d.kind is DetectionKind.TOLL_FIGURE or "new" in v
        if is_figure and isinstance(v.get("party"), str) and v["party"]:
            ranked.append((2, root(str(v["party"]))))
        for a in d.actors:
            ranked.append((3, root(a)))
    ranked = [r for r in ranked if r[1]]
    if ranked:
        return min(ranked)[1]
    return story_of(item) or f"uri:{item.uri}"


class Correlator:
    """Assigns event keys using an index kept in the state store."""

    def __init__(self, window: timedelta = DEFAULT_WINDOW) -> None:
        self.window = window

    def assign(
        self, state: StateStore, item: WireItem, detections: Sequence[Detection], now: datetime
    ) -> str:
        """The event key for ``item`` (creating or extending the event record)."""
        sig = signature(item, detections)
        event = self._find(state, item, sig, now)
        if event is None:
            # A new key is absent from the store (``_new_key`` checked), so the record is written.
            key = self._new_key(state, item, sig, now)
            self._write(
                state,
                EventRecord(
                    key=key,
                    roots=tuple(sorted(sig.roots)),
                    places=tuple(sorted(sig.places)),
                    categories=tuple(sorted(sig.categories)),
                    slugs=(sig.slug,) if sig.slug else (),
                    first_seen=now,
                    last_seen=now,
                ),
            )
            return key
        self._save(state, event, sig, now)
        return event.key

    def load(self, state: StateStore, key: str) -> EventRecord | None:
        raw = state.get(NS_EVENTS, key)
        return None if raw is None else parse_record(EventRecord, raw)

    def stale(self, state: StateStore, cutoff: datetime) -> list[EventRecord]:
        """Events whose last item is older than ``cutoff``."""
        out = []
        for _key, raw in state.scan(NS_EVENTS):
            ev = EventRecord.model_validate_json(raw)
            if ev.last_seen < cutoff:
                out.append(ev)
        return out

    def drop(self, state: StateStore, event: EventRecord) -> None:
        """Forget ``event`` and its index entries."""
        for ikey in _index_keys(event):
            state.delete(NS_INDEX, ikey)
        state.delete(NS_EVENTS, event.key)

    # --- internals ----------------------------------------------------------------------------
    def _active(self, ev: EventRecord, now: datetime) -> bool:
        return ev.first_seen - self.window <= now <= ev.last_seen + self.window

    def _find(self, state: StateStore, item: WireItem, sig: Signature, now: datetime) -> EventRecord | None:
        known = load_item(state, item.uri)
        if known is not None and known.event_key:
            ev = self.load(state, known.event_key)
            if ev is not None:
                return ev
        for uri in sig.associations:
            rec = load_item(state, uri)
            if rec is not None and rec.event_key:
                ev = self.load(state, rec.event_key)
                if ev is not None:
                    return ev
        if sig.slug:
            prefix = f"slug/{sig.slug}/"
            for ikey, _ in state.scan(NS_INDEX, prefix):
                ev = self.load(state, ikey[len(prefix) :])
                if ev is not None and self._active(ev, now):
                    return ev
        best: tuple[int, datetime, str] | None = None
        best_ev: EventRecord | None = None
        seen: set[str] = set()
        prefixes = [f"root/{r}/" for r in sorted(sig.roots)] + [f"place/{p}/" for p in sorted(sig.places)]
        for prefix in prefixes:
            for ikey, _ in state.scan(NS_INDEX, prefix):
                key = ikey[len(prefix) :]
                if key in seen:
                    continue
                seen.add(key)
                ev = self.load(state, key)
                if ev is None or not self._active(ev, now):
                    continue
                shared_roots = len(sig.roots & set(ev.roots))
                shared_place = bool(sig.places & set(ev.places))
                shared_cat = bool(sig.categories & set(ev.categories))
                if not shared_roots and not (shared_place and shared_cat):
                    continue
                rank = (2 * shared_roots + shared_place + shared_cat, ev.last_seen, ev.key)
                if best is None or rank > best:
                    best, best_ev = rank, ev
        return best_ev

    def _new_key(self, state: StateStore, item: WireItem, sig: Signature, now: datetime) -> str:
        if sig.roots:
            anchor = "+".join(sorted(sig.roots)[:_MAX_ANCHOR_ROOTS])
        elif sig.slug:
            anchor = f"slug:{sig.slug}"
        elif sig.places:
            anchor = f"place:{min(sig.places)}"
        else:
            anchor = "item:" + hashlib.sha256(item.uri.encode()).hexdigest()[:12]
        anchor = _clean(anchor)
        # The day the event was reported (the item's own time, never later than ``now``), so a
        # demo or an import of old copy is keyed by when it happened, not when it was read.
        day = min(item.event_time, now) if item.event_time is not None else now
        # "%Y%m%d" without strftime (a third of the cost; the same text for every year glibc prints).
        base = f"{anchor}@{day.year}{day.month:02d}{day.day:02d}"
        key, n = base, 1
        while state.get(NS_EVENTS, key) is not None:
            n += 1
            key = f"{base}#{n}"
        return key

    def _save(self, state: StateStore, ev: EventRecord, sig: Signature, now: datetime) -> None:
        """Merge ``sig`` and ``now`` into the stored event ``ev``; write it unless nothing changed."""
        update = {
            "roots": tuple(sorted(set(ev.roots) | sig.roots)),
            "places": tuple(sorted(set(ev.places) | sig.places)),
            "categories": tuple(sorted(set(ev.categories) | sig.categories)),
            "slugs": tuple(sorted(set(ev.slugs) | ({sig.slug} if sig.slug else set()))),
            "first_seen": min(ev.first_seen, now),
            "last_seen": max(ev.last_seen, now),
        }
        fields = ev.__dict__
        if all(fields[k] == v for k, v in update.items()) and state.get(NS_EVENTS, ev.key) is not None:
            return
        self._write(state, replace(ev, update))

    def _write(self, state: StateStore, merged: EventRecord) -> None:
        state.put(NS_EVENTS, merged.key, dump_record(merged))
        # Every index entry is rewritten, not only new ones, so that a store-level retention by
        # last write (SqliteStore.expire) never drops the index of an event that is still active.
        for ikey in _index_keys(merged):
            state.put(NS_INDEX, ikey, "")


def _index_keys(ev: EventRecord) -> list[str]:
    return (
        [f"root/{r}/{ev.key}" for r in ev.roots]
        + [f"place/{p}/{ev.key}" for p in ev.places]
        + [f"slug/{s}/{ev.key}" for s in ev.slugs]
    )

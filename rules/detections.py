"""What the stateless rule matcher hands to the stateful engine.

A :class:`Detection` is one rule matching one sentence (or span) of one item. The matcher knows
nothing of earlier items; :mod:`rules.engine` turns detections into alerts using state.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from alerts.models import Evidence, Severity, Value


class DetectionKind(StrEnum):
    """How the stateful engine treats a detection.

    - ``event``: stands alone; becomes an alert directly (a truce took effect; a gap stated in the
      text; a toll revised inside one item).
    - ``claim``: a party announced or claimed something others should confirm; opens a claim with a
      deadline.
    - ``confirmation``: a party confirmed a claim; closes it (and resolves a gap alert).
    - ``denial``: a party denied or contradicted a claim.
    - ``toll_figure``: a casualty figure for a series (party, victim class, value, bound); a change
      against the series' last figure is a cross-item revision.
    """

    EVENT = "event"
    CLAIM = "claim"
    CONFIRMATION = "confirmation"
    DENIAL = "denial"
    TOLL_FIGURE = "toll_figure"


@dataclass(frozen=True)
class Detection:
    """One rule match.

    ``values`` holds extracted values under documented names: ``old``/``new`` (ints) and ``bound``
    (``exact``/``at_least``/``at_most``/``about``) for tolls, ``party``, ``victim_class``,
    ``claimant``, ``silent_party``, ``subject`` (what is claimed, e.g. ``ceasefire``). Actor values
    are normalised ids (``AZ``, ``AM``, ``sudan.rsf``). ``actors`` lists every actor id in the
    sentence. ``dedup_key`` is rendered from the rule's dedup template.

    Shipped-pack specifics: ``victim_class`` is ``soldiers``/``civilians``/``all``; ``party`` of a
    toll is whose dead it counts at state level (``AZ``), ``source`` who states it (``AZ.mod``); a
    ceasefire event also carries ``counterpart`` (the other party named, or None); ``subject`` is
    ``ceasefire``/``toll``/``capture``/``claim``. Unit ids (``AZ.mod``, ``SD.army``) speak for their
    state; an unplaced but identifiable party is a bare role (``army``), an organisation the
    gazetteer does not know is ``entity:<slug>``. The engine may add ``old`` (with ``old_from:
    series``) to a toll revision that names no earlier figure (:func:`rules.facts.with_series_old`).
    """

    rule: str
    category: str
    kind: DetectionKind
    severity: Severity
    summary: str
    evidence: Evidence
    dedup_key: str
    values: Mapping[str, Value] = field(default_factory=dict)
    actors: tuple[str, ...] = ()
    labels: Mapping[str, str] = field(default_factory=dict)
    deadline_seconds: float | None = None

    @classmethod
    def build(
        cls,
        rule: str,
        category: str,
        kind: DetectionKind,
        severity: Severity,
        summary: str,
        evidence: Evidence,
        dedup_key: str,
        values: Mapping[str, Value],
        actors: tuple[str, ...],
        labels: Mapping[str, str],
        deadline_seconds: float | None,
    ) -> Detection:
        """The same detection as the constructor gives, every field passed. The frozen dataclass's
        ``__init__`` sets each field through ``object.__setattr__`` (about a quarter of a
        detection's building in the matcher); this fills the instance dict in one step."""
        det = object.__new__(cls)
        det.__dict__.update(
            rule=rule,
            category=category,
            kind=kind,
            severity=severity,
            summary=summary,
            evidence=evidence,
            dedup_key=dedup_key,
            values=values,
            actors=actors,
            labels=labels,
            deadline_seconds=deadline_seconds,
        )
        return det

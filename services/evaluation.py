"""Evaluation of a rule set on a labelled corpus (``wirewatch eval``).

The corpus is JSON lines in the format of ``shared/corpus/README.md``: ``id``, ``text``,
``published`` (``YYYY-MM-DD`` or null) and ``labels`` (category -> bool). Each record is replayed as
one :class:`~ingest.models.WireItem` (``id`` as uri, ``text`` as body, ``published`` as
``versioncreated``, ``story`` as slugline: the corpus cuts one article into passages, and a wire
item's slugline is what ties the pieces of a story together) through the full stateful
:class:`rules.engine.Detector` with a :class:`~wirewatch.state.MemoryStore`, in file order. Event
time advances with the records and never goes backwards: a record's time is its ``published`` date
when that is later than the clock, else the clock plus one minute; due deadlines are ticked before
each record.

**What counts as a prediction.** A record is predicted in category C when a *firing* alert of
category C has the record's id in its ``item_ids`` and was triggered by ``text`` (the wording of one
item). Alerts triggered by a ``deadline`` (a claim nobody confirmed within the rule's deadline) or by
a ``series`` (a toll figure that differs from the figure earlier items gave, with no change wording
in the item itself) are a different signal from the corpus labels, which are judged from each
passage's own text ("60 dead" after "45 dead" is labelled a first report or a level), so they are
reported separately and never counted. Counting series alerts was measured before it was dropped:
over the tuned blind batches they were 2 true and 16 false toll predictions.

Scores per category: TP/FP/FN, precision, recall and F1, with 95% Wilson score intervals for
precision and recall (the corpus is small; the interval says how much a point estimate can move).

**What the alert says.** On the records both labelled and detected as toll revisions, the report also
counts how often a firing toll alert gives the labelled figures (``details.toll_new`` and
``toll_old``, where they are integers): a revision found with the wrong figures ("92 -> 34" for
"92 -> 108") is a detection the desk cannot use as it stands.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from alerts.models import Alert, AlertStatus
from ingest.models import WireItem
from rules.engine import Detector
from rules.matcher import RuleSet
from wirewatch.clock import ManualClock
from wirewatch.errors import WirewatchError
from wirewatch.state import MemoryStore

COUNTED_TRIGGERS = frozenset({"text"})
TOLL = "toll_revision"
STEP = timedelta(minutes=1)


@dataclass(frozen=True)
class Record:
    id: str
    text: str
    published: date | None
    labels: dict[str, bool]
    story: str | None = None
    #: the labelled toll figures (``details.toll_new``/``toll_old``), when the record has them as integers
    toll_new: int | None = None
    toll_old: int | None = None


@dataclass
class Score:
    """Confusion counts of one category, with derived rates and Wilson intervals."""

    category: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    false_positives: list[str] = field(default_factory=list)
    false_negatives: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        """Add ``other``'s counts and misses (another corpus's, of the same category) to these."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.tn += other.tn
        self.false_positives.extend(other.false_positives)
        self.false_negatives.extend(other.false_negatives)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "category": self.category, "tp": self.tp, "fp": self.fp, "fn": self.fn, "tn": self.tn,
            "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
            "precision_ci95": [round(x, 4) for x in wilson(self.tp, self.tp + self.fp)],
            "recall_ci95": [round(x, 4) for x in wilson(self.tp, self.tp + self.fn)],
            "false_positives": self.false_positives, "false_negatives": self.false_negatives,
        }  # fmt: skip


@dataclass
class FigureAgreement:
    """For one labelled figure (new or old): of the ``checked`` records that have it, ``agree`` have a
    firing toll alert giving it; ``disagree`` names the others."""

    checked: int = 0
    agree: int = 0
    disagree: list[str] = field(default_factory=list)

    def check(self, record_id: str, label: int | None, given: set[int]) -> None:
        """Count one record: nothing when it has no labelled figure."""
        if label is None:
            return
        self.checked += 1
        if label in given:
            self.agree += 1
        else:
            self.disagree.append(record_id)

    def add(self, other: FigureAgreement) -> None:
        """Add ``other``'s counts and disagreeing records (another corpus's) to these."""
        self.checked += other.checked
        self.agree += other.agree
        self.disagree.extend(other.disagree)

    def as_dict(self) -> dict[str, Any]:
        return {"checked": self.checked, "agree": self.agree, "disagree": self.disagree}


@dataclass
class ValueAgreement:
    """On the records both labelled and detected as toll revisions, how often a firing toll alert of the
    record gives the labelled ``new`` and ``old`` figures. What an alert says ("50 -> 71"), measured, not
    only that it fired."""

    new: FigureAgreement = field(default_factory=FigureAgreement)
    old: FigureAgreement = field(default_factory=FigureAgreement)

    def add(self, other: ValueAgreement) -> None:
        self.new.add(other.new)
        self.old.add(other.old)

    def as_dict(self) -> dict[str, Any]:
        return {"new": self.new.as_dict(), "old": self.old.as_dict()}


@dataclass
class Report:
    scores: list[Score]
    predictions: dict[str, list[str]]
    deadline_alerts: int
    records: int
    series_alerts: int = 0
    toll_values: ValueAgreement = field(default_factory=ValueAgreement)


def wilson(successes: int, total: int, z: float = 1.959964) -> tuple[float, float]:
    """95% Wilson score interval for a binomial proportion (``(0, 1)`` when ``total`` is 0)."""
    if total == 0:
        return 0.0, 1.0
    p = successes / total
    denom = 1 + z * z / total
    centre = (p + z * z / (2 * total)) / denom
    half = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


def read_corpus(path: Path) -> list[Record]:
    """Parse the corpus; a malformed line raises WirewatchError naming the line."""
    records: list[Record] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise WirewatchError(f"{path}: cannot read corpus: {exc.strerror or exc}") from exc
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            published = raw.get("published")
            details = raw.get("details") or {}
            records.append(
                Record(
                    id=str(raw["id"]),
                    text=str(raw["text"]),
                    published=date.fromisoformat(published) if published else None,
                    labels={str(k): bool(v) for k, v in (raw.get("labels") or {}).items()},
                    story=str(raw["story"]) if raw.get("story") else None,
                    toll_new=_figure(details.get("toll_new")),
                    toll_old=_figure(details.get("toll_old")),
                )
            )
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise WirewatchError(f"{path}:{n}: malformed corpus record: {exc}") from exc
    return records


def _figure(value: object) -> int | None:
    """A labelled toll figure: an integer (not a bool), else None."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _when(d: date) -> datetime:
    return datetime(d.year, d.month, d.day, 12, tzinfo=UTC)


def run(records: Sequence[Record], ruleset: RuleSet, categories: Iterable[str] | None = None) -> Report:
    """Replay ``records`` through a fresh Detector and score the predictions."""
    detector = Detector(ruleset)
    state = MemoryStore()
    first = next((r.published for r in records if r.published is not None), None)
    clock = ManualClock((_when(first) if first else datetime(2000, 1, 1, tzinfo=UTC)) - STEP)
    predicted: dict[str, set[str]] = {r.id: set() for r in records}
    # the figures the firing toll alerts of each record give (new, old)
    figures: dict[str, tuple[set[int], set[int]]] = {r.id: (set(), set()) for r in records}
    deadline_alerts = 0
    series_alerts = 0

    def collect(alerts: Iterable[Alert]) -> None:
        nonlocal deadline_alerts, series_alerts
        for alert in alerts:
            if alert.status is not AlertStatus.FIRING:
                continue
            if alert.trigger not in COUNTED_TRIGGERS:
                if alert.trigger == "series":
                    series_alerts += 1
                else:
                    deadline_alerts += 1
                continue
            for item_id in alert.item_ids:
                if item_id in predicted:
                    predicted[item_id].add(alert.category)
                    if alert.category == TOLL:
                        for slot, key in ((0, "new"), (1, "old")):
                            value = alert.values.get(key)
                            if isinstance(value, int | float) and not isinstance(value, bool):
                                figures[item_id][slot].add(int(value))

    for rec in records:
        target = _when(rec.published) if rec.published else clock.now() + STEP
        now = clock.advance_to(max(target, clock.now() + STEP))
        collect(detector.tick(state, now))
        item = WireItem(
            uri=rec.id,
            body=rec.text,
            versioncreated=_when(rec.published) if rec.published else None,
            slugline=rec.story,
        )
        collect(detector.evaluate(item, state, now))
    cats = list(categories) if categories is not None else sorted({c for r in records for c in r.labels})
    scores = []
    for cat in cats:
        score = Score(cat)
        for rec in records:
            truth, guess = rec.labels.get(cat, False), cat in predicted[rec.id]
            if truth and guess:
                score.tp += 1
            elif guess:
                score.fp += 1
                score.false_positives.append(rec.id)
            elif truth:
                score.fn += 1
                score.false_negatives.append(rec.id)
            else:
                score.tn += 1
        scores.append(score)
    values = ValueAgreement()
    for rec in records:
        if not (rec.labels.get(TOLL, False) and TOLL in predicted[rec.id]):
            continue
        new, old = figures[rec.id]
        values.new.check(rec.id, rec.toll_new, new)
        values.old.check(rec.id, rec.toll_old, old)
    return Report(
        scores,
        {k: sorted(v) for k, v in predicted.items()},
        deadline_alerts,
        len(records),
        series_alerts,
        values,
    )


def pool(reports: Sequence[Report]) -> Report:
    """One report of several corpora, each replayed through its own detector (see :func:`run`):
    the confusion counts, misses and predictions added up. Record ids must differ across corpora
    (a repeated id raises WirewatchError), since predictions are keyed by id."""
    predictions: dict[str, list[str]] = {}
    for report in reports:
        repeated = predictions.keys() & report.predictions.keys()
        if repeated:
            raise WirewatchError(f"record id {sorted(repeated)[0]!r} is in more than one corpus")
        predictions.update(report.predictions)
    scores: dict[str, Score] = {}
    values = ValueAgreement()
    for report in reports:
        values.add(report.toll_values)
        for s in report.scores:
            scores.setdefault(s.category, Score(s.category)).add(s)
    return Report(
        [scores[c] for c in sorted(scores)],
        predictions,
        sum(r.deadline_alerts for r in reports),
        sum(r.records for r in reports),
        sum(r.series_alerts for r in reports),
        values,
    )


def format_table(report: Report) -> str:
    """The human-readable table ``wirewatch eval`` prints."""
    head = (
        f"{'category':<18} {'TP':>3} {'FP':>3} {'FN':>3}  {'precision':>9} {'95% CI':>13}"
        f"  {'recall':>6} {'95% CI':>13}  {'F1':>5}"
    )
    lines = [head, "-" * len(head)]
    for s in report.scores:
        plo, phi = wilson(s.tp, s.tp + s.fp)
        rlo, rhi = wilson(s.tp, s.tp + s.fn)
        lines.append(
            f"{s.category:<18} {s.tp:>3} {s.fp:>3} {s.fn:>3}  {s.precision:>9.3f} [{plo:.2f}, {phi:.2f}]"
            f"  {s.recall:>6.3f} [{rlo:.2f}, {rhi:.2f}]  {s.f1:>5.3f}"
        )
    lines.append("")
    lines.append(
        f"{report.records} records. Counted: firing alerts triggered by text whose item_ids include the "
        f"record; not counted: {report.deadline_alerts} deadline alert(s) (unconfirmed claims) and "
        f"{report.series_alerts} series alert(s) (a figure differing from earlier items')."
    )
    new, old = report.toll_values.new, report.toll_values.old
    if new.checked or old.checked:
        lines.append(
            f"Toll figures on true toll revisions: the new figure agrees on {new.agree}/{new.checked} "
            f"records, the old one on {old.agree}/{old.checked}."
        )
    for s in report.scores:
        if s.false_positives or s.false_negatives:
            fps = ", ".join(s.false_positives) or "-"
            fns = ", ".join(s.false_negatives) or "-"
            lines.append(f"{s.category}: FP {fps}; FN {fns}")
    return "\n".join(lines)

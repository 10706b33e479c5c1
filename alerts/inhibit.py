"""Inhibit stage: a firing source alert mutes target alerts that share the ``equal`` labels.

As in Alertmanager, an inhibition rule applies when some *firing* alert matches ``source_matchers``,
the candidate matches ``target_matchers``, and both have the same value (missing = empty) for every
label in ``equal``. An alert never inhibits itself. Example: a confirmed truce
(``rule="ceasefire.confirmed"``) inhibits the open confirmation-gap alert with the same ``event_key``.
Pure: the caller passes the label sets of the currently firing alerts.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from alerts.matchers import Matcher, matches_all


@dataclass(frozen=True)
class InhibitRule:
    source: tuple[Matcher, ...]
    target: tuple[Matcher, ...]
    equal: tuple[str, ...] = ()

    def inhibits(self, target_labels: Mapping[str, str], source_labels: Mapping[str, str]) -> bool:
        """Whether ``source_labels`` (a firing alert) inhibit ``target_labels`` under this rule."""
        return (
            matches_all(self.target, target_labels)
            and matches_all(self.source, source_labels)
            and all(target_labels.get(k, "") == source_labels.get(k, "") for k in self.equal)
        )


def inhibited_by(
    rules: Sequence[InhibitRule],
    target_id: str,
    target_labels: Mapping[str, str],
    firing: Iterable[tuple[str, Mapping[str, str]]],
) -> str | None:
    """The id of a firing alert that inhibits ``target_id``, or ``None``.

    ``firing`` yields ``(alert_id, labels)`` of firing alerts; the target itself is skipped.
    """
    if not rules:
        return None
    candidates = [r for r in rules if matches_all(r.target, target_labels)]
    if not candidates:
        return None
    for source_id, source_labels in firing:
        if source_id == target_id:
            continue
        if any(rule.inhibits(target_labels, source_labels) for rule in candidates):
            return source_id
    return None

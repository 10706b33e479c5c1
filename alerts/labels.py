"""The label set of an alert: what route, inhibition and silence matchers see.

Labels are derived the same way everywhere (routing, ``routes test``, silences, inhibition):

- ``alertname`` and ``rule`` (the rule id), ``category``, ``severity``, ``trigger``;
- ``event_key`` when the alert has one;
- string/number values the rule extracted under documented names (``party``, ``claimant``,
  ``silent_party``, ``subject``, ``victim_class``);
- ``actors``: the comma-joined, sorted set of actor ids among those values and an ``actors`` label;
- the alert's own ``labels`` (rule-defined, e.g. ``region``), which win over derived ones except for
  the identity labels above.

``status`` is deliberately not a label: a firing alert and its resolution belong to the same group.
"""

from __future__ import annotations

from collections.abc import Mapping

from alerts.models import Alert
from alerts.recent import Recent

ACTOR_VALUE_KEYS = ("party", "claimant", "silent_party")
VALUE_LABEL_KEYS = (*ACTOR_VALUE_KEYS, "subject", "victim_class")
IDENTITY_LABELS = ("alertname", "rule", "category", "severity", "trigger")


def alert_labels(alert: Alert) -> dict[str, str]:
    """The label set of ``alert`` (see module docstring): a new dict on every call, the caller's to
    change; computed once per alert object while it is recent."""
    return dict(_RECENT(alert))


def _labels(alert: Alert) -> dict[str, str]:
    labels: dict[str, str] = {}
    for key in VALUE_LABEL_KEYS:
        value = alert.values.get(key)
        if value is not None and not isinstance(value, bool):
            labels[key] = str(value)
    labels.update({str(k): str(v) for k, v in alert.labels.items()})
    actors = {str(alert.values[k]) for k in ACTOR_VALUE_KEYS if alert.values.get(k)}
    if alert.labels.get("actors"):
        actors.update(a.strip() for a in str(alert.labels["actors"]).split(",") if a.strip())
    if actors:
        labels["actors"] = ",".join(sorted(actors))
    if alert.event_key:
        labels["event_key"] = alert.event_key
    labels.update(
        alertname=alert.rule,
        rule=alert.rule,
        category=alert.category,
        severity=alert.severity.value,
        trigger=alert.trigger,
    )
    return labels


def format_labels(labels: Mapping[str, str]) -> str:
    """``{a="1", b="2"}`` in key order (for logs and CLI output)."""
    return "{" + ", ".join(f'{k}="{v}"' for k, v in sorted(labels.items())) + "}"


# Label sets of recently seen alert objects, by identity (alerts are immutable): the pipeline asks
# for one alert's labels when it admits it, when it flushes its group (silences, inhibition) and
# when a webhook payload carries them. Admit and flush are one submit, a delivery's payload comes
# later: a few hundred entries cover what is in flight (a miss recomputes), and bound what the
# memory keeps alive (each entry holds its alert).
_RECENT: Recent[Alert, dict[str, str]] = Recent(_labels, size=256)

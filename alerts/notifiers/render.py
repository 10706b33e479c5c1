"""Plain facts every notifier shows, taken from an :class:`Alert` in one consistent way."""

from __future__ import annotations

from alerts.models import Alert, Value

#: Values shown as "old -> new"; the rest are listed as key=value.
CHANGE_KEYS = ("old", "new")


def evidence_sentence(alert: Alert) -> str:
    """The first evidence sentence, or ``""`` (deadline alerts may have none)."""
    return alert.evidence[0].text if alert.evidence else ""


def change(alert: Alert) -> tuple[Value, Value] | None:
    """``(old, new)`` when the alert reports a changed value (a toll revision), else ``None``."""
    if "old" in alert.values and "new" in alert.values:
        return alert.values["old"], alert.values["new"]
    return None


def change_text(alert: Alert, arrow: str = "->") -> str:
    """``"50 -> 71"`` or ``""``."""
    pair = change(alert)
    return "" if pair is None else f"{pair[0]} {arrow} {pair[1]}"


def other_values(alert: Alert) -> list[tuple[str, Value]]:
    """Extracted values other than old/new, sorted by key."""
    return sorted((k, v) for k, v in alert.values.items() if k not in CHANGE_KEYS)


def headline(alert: Alert) -> str:
    """``[FIRING] HIGH toll_revision`` style prefix (no wire text in it)."""
    return f"[{alert.status.value.upper()}] {alert.severity.value.upper()} {alert.category}"

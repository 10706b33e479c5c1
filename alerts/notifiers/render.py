"""Plain facts every notifier shows, taken from an :class:`Alert` in one consistent way."""

from __future__ import annotations

from alerts.models import Alert, Value

#: Values shown as "old -> new"; the rest are listed as key=value.
CHANGE_KEYS = ("old", "new")


def evidence_sentence(alert: Alert) -> str:
    """The first evidence sentence, or ``""`` (deadline alerts may have none)."""
    return alert.evidence[0].text if alert.evidence else ""


def change(alert: Alert) -> tuple[Value, Value] | None:
    """``(old, new)`` when the alert reports a change from one known value to another, else ``None``."""
    old, new = alert.values.get("old"), alert.values.get("new")
    if old is not None and new is not None:
        return old, new
    return None


def change_text(alert: Alert, arrow: str = "->") -> str:
    """``"50 -> 71"`` or ``""``."""
    pair = change(alert)
    return "" if pair is None else f"{pair[0]} {arrow} {pair[1]}"


def other_values(alert: Alert) -> list[tuple[str, Value]]:
    """Extracted values worth showing, sorted by key: not ``None``, and old/new only when they are not
    shown as a change (a first figure has ``new`` but no ``old``)."""
    skip = CHANGE_KEYS if change(alert) is not None else ()
    return sorted((k, v) for k, v in alert.values.items() if k not in skip and v is not None)


def headline(alert: Alert) -> str:
    """``[FIRING] HIGH toll_revision`` style prefix (no wire text in it)."""
    return f"[{alert.status.value.upper()}] {alert.severity.value.upper()} {alert.category}"

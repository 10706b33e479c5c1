"""Alerts out: the ``Alert`` model, the notification pipeline and the notifiers."""

from alerts.models import Alert, AlertStatus, Evidence, Severity

__all__ = ["Alert", "AlertStatus", "Evidence", "Severity"]

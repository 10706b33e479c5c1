"""Notifiers: one module per integration, all behind :class:`alerts.notifiers.base.Notifier`."""

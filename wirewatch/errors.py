"""The one exception root of wirewatch.

Library exceptions are translated at the boundary (``raise WirewatchError(...) from exc``) so that
callers only ever catch subclasses of :class:`WirewatchError`.
"""

from __future__ import annotations


class WirewatchError(Exception):
    """Root of every error wirewatch raises on purpose."""


class ConfigError(WirewatchError):
    """Settings, routing or subscription files are invalid."""


class DecodeError(WirewatchError):
    """An incoming wire item cannot be decoded.

    ``field`` names the offending field (or ``"$"`` for the whole payload); ``reason`` says what is wrong.
    """

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


class RuleError(WirewatchError):
    """A rule file is invalid. ``problems`` holds ``(file, line, message)`` triples, all of them."""

    def __init__(self, problems: list[tuple[str, int, str]]) -> None:
        self.problems = problems
        super().__init__("\n".join(f"{f}:{line}: {msg}" for f, line, msg in problems))


class StateError(WirewatchError):
    """The state store failed."""


class DeliveryError(WirewatchError):
    """A notifier could not deliver a notification.

    ``retryable`` tells the retry stage whether trying again may help; ``retry_after`` is the
    server's requested wait in seconds (Slack's 429 ``Retry-After``), when it gave one.
    """

    def __init__(self, message: str, *, retryable: bool = True, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retryable = retryable
        self.retry_after = retry_after

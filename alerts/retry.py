"""Retry stage policy, shared by every notifier: backoff, rate limit and circuit breaker.

All three are plain objects fed with monotonic seconds (``now: float``) by the dispatcher, so tests
drive them without sleeping:

- :class:`RetryPolicy`: exponential backoff with *full jitter* (``uniform(0, min(max_delay,
  base_delay * multiplier ** (attempt - 1)))``, AWS's recommendation against thundering herds), never
  shorter than the server's ``Retry-After``; a budget of ``max_attempts`` and ``budget_seconds``.
- :class:`RateLimiter`: a token bucket per receiver integration (``rate`` per second, ``burst``).
- :class:`CircuitBreaker`: after ``failure_threshold`` consecutive failures the integration is *open*
  for ``reset_timeout`` seconds (callers wait instead of hammering a dead endpoint), then *half-open*:
  one trial call closes it again or re-opens it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 8
    base_delay: float = 1.0
    multiplier: float = 2.0
    max_delay: float = 60.0
    budget_seconds: float = 900.0

    def backoff(self, attempt: int, rng: random.Random) -> float:
        """Full-jitter delay before attempt ``attempt + 1`` (``attempt`` >= 1 failed so far)."""
        ceiling = min(self.max_delay, self.base_delay * self.multiplier ** max(0, attempt - 1))
        return rng.uniform(0.0, ceiling)

    def next_delay(self, attempt: int, retry_after: float | None, rng: random.Random) -> float:
        """Backoff, but at least ``retry_after`` when the server asked for it."""
        delay = self.backoff(attempt, rng)
        if retry_after is not None and retry_after > delay:
            delay = retry_after
        return delay

    def exhausted(self, attempt: int, elapsed: float, next_delay: float) -> bool:
        """Whether the budget forbids another attempt after ``attempt`` failures."""
        return attempt >= self.max_attempts or elapsed + next_delay > self.budget_seconds


class RateLimiter:
    """Token bucket. :meth:`reserve` takes a token and returns how long to wait before using it."""

    def __init__(self, rate: float, burst: int = 1) -> None:
        if rate <= 0 or burst < 1:
            raise ValueError("rate must be > 0 and burst >= 1")
        self.rate = rate
        self.burst = burst
        self._tokens = float(burst)
        self._at: float | None = None

    def reserve(self, now: float) -> float:
        if self._at is None:
            self._at = now
        self._tokens = min(self.burst, self._tokens + (now - self._at) * self.rate)
        self._at = now
        self._tokens -= 1.0
        if self._tokens >= 0:
            return 0.0
        return -self._tokens / self.rate


class CircuitBreaker:
    """Closed -> open after N consecutive failures -> half-open after ``reset_timeout`` -> closed."""

    def __init__(self, failure_threshold: int = 5, reset_timeout: float = 30.0) -> None:
        self.failure_threshold = failure_threshold
        self.reset_timeout = reset_timeout
        self._failures = 0
        self._opened_at: float | None = None

    def state(self, now: float) -> str:
        if self._opened_at is None:
            return "closed"
        return "open" if now < self._opened_at + self.reset_timeout else "half_open"

    def wait(self, now: float) -> float:
        """Seconds until a call may be tried (0 when closed or half-open)."""
        if self._opened_at is None:
            return 0.0
        return max(0.0, self._opened_at + self.reset_timeout - now)

    def record_success(self) -> None:
        self._failures = 0
        self._opened_at = None

    def record_failure(self, now: float) -> None:
        self._failures += 1
        if self._opened_at is not None or self._failures >= self.failure_threshold:
            self._opened_at = now  # (re-)open: a failed half-open trial restarts the timeout

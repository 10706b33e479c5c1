"""The shared retry policy: full-jitter backoff, Retry-After, budget, rate limit, circuit breaker."""

from __future__ import annotations

import random

import pytest

from alerts.retry import CircuitBreaker, RateLimiter, RetryPolicy


def test_backoff_is_full_jitter_within_exponential_ceiling() -> None:
    """Delays lie in [0, min(max, base * 2^(n-1))] and vary (jitter)."""
    policy = RetryPolicy(base_delay=1.0, max_delay=10.0)
    rng = random.Random(7)
    for attempt, ceiling in [(1, 1.0), (2, 2.0), (3, 4.0), (5, 10.0), (9, 10.0)]:
        delays = [policy.backoff(attempt, rng) for _ in range(200)]
        assert all(0.0 <= d <= ceiling for d in delays)
        assert max(delays) > ceiling * 0.8 and min(delays) < ceiling * 0.2


def test_retry_after_is_a_floor() -> None:
    """The server's Retry-After is never undercut."""
    policy = RetryPolicy(base_delay=0.1, max_delay=0.2)
    assert policy.next_delay(1, 5.0, random.Random(1)) == 5.0


def test_budget() -> None:
    """Attempts and elapsed time both bound the retries."""
    policy = RetryPolicy(max_attempts=3, budget_seconds=10)
    assert not policy.exhausted(2, 1.0, 1.0)
    assert policy.exhausted(3, 1.0, 1.0)
    assert policy.exhausted(1, 9.5, 1.0)


def test_rate_limiter_spaces_calls_after_burst() -> None:
    """A 2/s bucket with burst 2 lets two through, then asks to wait 0.5 s per call."""
    limiter = RateLimiter(rate=2.0, burst=2)
    assert limiter.reserve(0.0) == 0.0
    assert limiter.reserve(0.0) == 0.0
    assert limiter.reserve(0.0) == pytest.approx(0.5)
    assert limiter.reserve(0.0) == pytest.approx(1.0)
    assert limiter.reserve(10.0) == 0.0


def test_circuit_breaker_opens_half_opens_and_closes() -> None:
    """Open after N failures, wait the reset timeout, one failure re-opens, a success closes."""
    breaker = CircuitBreaker(failure_threshold=3, reset_timeout=30)
    for t in (0, 1, 2):
        assert breaker.wait(t) == 0
        breaker.record_failure(t)
    assert breaker.state(3) == "open" and breaker.wait(3) == pytest.approx(29)
    assert breaker.state(33) == "half_open" and breaker.wait(33) == 0
    breaker.record_failure(33)
    assert breaker.state(34) == "open"
    breaker.record_success()
    assert breaker.state(34) == "closed"

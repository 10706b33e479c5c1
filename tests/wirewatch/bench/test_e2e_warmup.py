"""wirewatch.bench.e2e: the scratch traffic that warms a broker the bench started itself."""

from __future__ import annotations

import asyncio

import pytest

from wirewatch.bench.e2e import _warm_broker


def test_no_warmup_sends_nothing() -> None:
    """Zero seconds: no topic, no client, nothing sent (a broker given with --bootstrap is not touched)."""
    assert asyncio.run(_warm_broker("127.0.0.1:1", 0, 2)) == (0, 0.0)


@pytest.mark.integration
def test_warmup_records_go_round_the_broker(kafka_bootstrap: str) -> None:
    """Every record produced in the warm-up is consumed back, in batches of 200."""
    received, took = asyncio.run(_warm_broker(kafka_bootstrap, 0.5, 2))
    assert received >= 200
    assert received % 200 == 0
    assert took >= 0.5

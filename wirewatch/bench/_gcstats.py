"""A worker's full garbage collections, read from its ``/metrics`` (``wirewatch_gc_pause_seconds``).

``wirewatch bench e2e`` scrapes the worker before and after each phase and prints how many full
(generation 2) collections ran in it and how long they stalled the event loop: a collection of the
worker's heap is a latency spike (see :mod:`wirewatch.gcpolicy`). The histogram gives counts per
bucket, so the longest pause is known only to its bucket's upper bound.
"""

from __future__ import annotations

from dataclasses import dataclass

import aiohttp
from prometheus_client.parser import text_string_to_metric_families

FAMILY = "wirewatch_gc_pause_seconds"


@dataclass(frozen=True)
class GcPauses:
    """Full-collection figures of one scrape (or the difference of two): count, seconds, buckets."""

    count: float
    seconds: float
    buckets: tuple[tuple[float, float], ...]  # (upper bound in s, cumulative count), ascending

    def since(self, earlier: GcPauses) -> GcPauses:
        """What happened between ``earlier`` and this scrape."""
        before = dict(earlier.buckets)
        return GcPauses(
            self.count - earlier.count,
            self.seconds - earlier.seconds,
            tuple((le, n - before.get(le, 0.0)) for le, n in self.buckets),
        )

    def longest_at_most(self) -> float | None:
        """Upper bound of the longest pause: the first bucket holding every collection (None if none)."""
        if self.count <= 0:
            return None
        return next((le for le, n in self.buckets if n >= self.count), float("inf"))

    def describe(self) -> str:
        if self.count <= 0:
            return "none"
        bound = self.longest_at_most()
        longest = "?" if bound is None or bound == float("inf") else f"{bound * 1000:g}"
        return f"{self.count:.0f}, {self.seconds * 1000:.0f} ms in all, the longest <= {longest} ms"


def parse(text: str) -> GcPauses | None:
    """The generation-2 figures in a Prometheus text exposition; None if the family is absent."""
    for family in text_string_to_metric_families(text):
        if family.name != FAMILY:
            continue
        count = seconds = 0.0
        buckets: list[tuple[float, float]] = []
        for sample in family.samples:
            if sample.labels.get("generation") != "2":
                continue
            if sample.name.endswith("_count"):
                count = sample.value
            elif sample.name.endswith("_sum"):
                seconds = sample.value
            elif sample.name.endswith("_bucket"):
                buckets.append((float(sample.labels["le"]), sample.value))
        return GcPauses(count, seconds, tuple(sorted(buckets)))
    return None


async def scrape(url: str) -> GcPauses | None:
    """GET ``url`` (a /metrics page) and parse it; None if unreachable or without the family."""
    try:
        async with aiohttp.ClientSession() as session, session.get(url) as response:
            if response.status != 200:
                return None
            return parse(await response.text())
    except aiohttp.ClientError:
        return None

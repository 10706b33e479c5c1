"""The route stage's skip path against the real broker: quiet first versions stop at route, updates do not."""

from __future__ import annotations

import asyncio
import json
import re
import time

import httpx
import pytest

pytestmark = pytest.mark.integration


async def _metric(base: str, name: str) -> float | None:
    async with httpx.AsyncClient() as client:
        try:
            page = await client.get(f"{base}/metrics", timeout=2.0)
        except httpx.HTTPError:
            return None
    match = re.search(rf"^{re.escape(name)} (\S+)$", page.text, re.M)
    return float(match.group(1)) if match else None


async def test_quiet_first_version_is_skipped_and_a_quiet_update_still_retracts(
    make_env, workers, receiver, kh, items, free_port
):
    """A first version without detections never reaches wirewatch.events (counted in
    wirewatch_items_skipped_total); a version 2 without detections of an item that alerted does, and
    resolves its alert at the webhook."""
    env = make_env(partitions=2)
    port = free_port()
    env.env["WIREWATCH_FAUST_WEB_PORT"] = str(port)
    base = f"http://127.0.0.1:{port}"
    worker = workers("a", env)
    await worker.wait_assigned()
    await kh.produce(
        env.bootstrap,
        env.items,
        [
            (b"urn:test:quiet", items("urn:test:quiet", marker=False)),
            (b"urn:test:upd", items("urn:test:upd")),
        ],
    )
    await kh.wait_until(lambda: receiver.alert_ids(), 30, "the firing alert of urn:test:upd")
    update = items("urn:test:upd", marker=False, version="2")
    await kh.produce(env.bootstrap, env.items, [(b"urn:test:upd", update)])

    def statuses() -> list[str]:
        return [a["status"] for _, a in receiver.alerts() if a["item_ids"] == ["urn:test:upd"]]

    await kh.wait_until(lambda: "resolved" in statuses(), 30, "the update to resolve the alert")
    assert statuses() == ["firing", "resolved"]
    resolved = next(a for _, a in receiver.alerts() if a["status"] == "resolved")
    assert resolved["rule"] == "kafkatest.marker"

    await kh.wait_drained(env)
    events = await kh.read_topic(env.bootstrap, env.events, expect=3, limit=5)
    forwarded = [(r["item"]["uri"], r["item"]["version"]) for r in (json.loads(m.value) for m in events)]
    assert sorted(forwarded) == [("urn:test:upd", "1"), ("urn:test:upd", "2")]

    deadline = time.monotonic() + 30
    while (skipped := await _metric(base, "wirewatch_items_skipped_total")) != 1.0:
        assert time.monotonic() < deadline, f"wirewatch_items_skipped_total = {skipped}"
        await asyncio.sleep(0.2)
    # the rules did run on the skipped item: it is counted as evaluated, like the two forwarded ones
    marker_evaluations = 'wirewatch_rule_evaluations_total{rule="kafkatest.marker"}'
    while (evaluated := await _metric(base, marker_evaluations)) != 3.0:
        assert time.monotonic() < deadline, f"rule evaluations = {evaluated}"
        await asyncio.sleep(0.2)

"""End-to-end tests of the embedded runtime, in process, with the real rules, store and pipeline."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from prometheus_client import CollectorRegistry
from pydantic import SecretStr

from ingest.deadletter import read_dead_letters
from ingest.decoders import Decoded
from ingest.models import WireItem
from services.embedded import EmbeddedRuntime, RuntimeOptions
from services.journal import NS_JOURNAL
from services.samples import SAMPLES_DIR
from services.sqlite_store import SqliteStore
from wirewatch.metrics import Metrics
from wirewatch.settings import Settings

TOKEN = "embedded-test-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def settings_for(tmp_path: Path) -> Settings:
    return Settings(
        ingest_token=SecretStr(TOKEN),
        alerts_path=tmp_path / "alerts.jsonl",
        notification_dlq_path=tmp_path / "notifications-dlq.jsonl",
        state_path=tmp_path / "state.sqlite3",
    )


def options_for(tmp_path: Path, **extra: Any) -> RuntimeOptions:
    base: dict[str, Any] = {
        "state_path": tmp_path / "state.sqlite3",
        "dead_letter_path": tmp_path / "dead-letter.jsonl",
        "listen": "127.0.0.1:0",
        "var_dir": tmp_path,
    }
    return RuntimeOptions(**{**base, **extra})


Start = Callable[..., Awaitable[EmbeddedRuntime]]


@pytest.fixture
async def start(tmp_path: Path) -> AsyncIterator[Start]:
    """Start runtimes on a free loopback port; shut them down at the end."""
    running: list[EmbeddedRuntime] = []

    async def _start(**extra: Any) -> EmbeddedRuntime:
        runtime = EmbeddedRuntime(
            settings_for(tmp_path), options_for(tmp_path, **extra), metrics=Metrics(CollectorRegistry())
        )
        await runtime.start()
        running.append(runtime)
        return runtime

    yield _start
    for runtime in running:
        await runtime.shutdown()  # idempotent: a no-op for runtimes a test already shut down


def sample(name: str) -> dict[str, Any]:
    return json.loads((SAMPLES_DIR / name).read_text())


def toll_item(uri: str, figure: int, day: int) -> dict[str, Any]:
    return {
        "uri": uri,
        "versioncreated": f"2022-09-{day:02d}T12:00:00Z",
        "headline": f"Azerbaijan says {figure} soldiers killed",
        "body_text": f"Azerbaijan's Defence Ministry said {figure} of its soldiers had been killed in the "
        "fighting on the border with Armenia.",
    }


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


async def alerts_in(
    path: Path, predicate: Callable[[dict[str, Any]], bool], wait: float = 10.0
) -> list[dict[str, Any]]:
    """The JSONL notifier's records matching ``predicate``, waiting up to ``wait`` s for one to appear."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + wait
    while True:
        records = await asyncio.to_thread(read_jsonl, path)
        found = [r for r in records if predicate(r)]
        if found or loop.time() > deadline:
            return found
        await asyncio.sleep(0.05)


def client_for(runtime: EmbeddedRuntime) -> httpx.AsyncClient:
    return httpx.AsyncClient(base_url=f"http://127.0.0.1:{runtime.http_port}", timeout=10)


async def test_posted_item_yields_alert_in_jsonl_notifier(start: Start, tmp_path: Path) -> None:
    """An item POSTed with the token gets 202 and a cease-fire alert lands in the JSON-lines file."""
    runtime = await start()
    truce = sample("03-truce-announced.json")
    async with client_for(runtime) as client:
        response = await client.post("/v1/items", json=truce, headers=AUTH)
    assert response.status_code == 202
    assert response.json()["items"] == [truce["uri"]]
    found = await alerts_in(
        tmp_path / "alerts.jsonl", lambda r: r["category"] == "ceasefire" and truce["uri"] in r["item_ids"]
    )
    assert found, "no cease-fire alert for the posted item"
    assert found[0]["status"] == "firing"


async def test_post_without_token_is_refused(start: Start, tmp_path: Path) -> None:
    """Without the bearer token the runtime answers 401 and processes nothing."""
    runtime = await start()
    async with client_for(runtime) as client:
        response = await client.post("/v1/items", json=sample("03-truce-announced.json"))
    assert response.status_code == 401
    assert (
        runtime.metrics.registry.get_sample_value("wirewatch_items_received_total", {"source": "http"})
        is None
    )


async def test_bad_item_goes_to_dead_letter_with_reason(start: Start, tmp_path: Path) -> None:
    """A malformed item is refused with its field and reason and written, raw, to the dead-letter file."""
    runtime = await start()
    bad = {"uri": "urn:test:bad", "headline": "x", "versioncreated": "last Tuesday"}
    async with client_for(runtime) as client:
        response = await client.post("/v1/items", json=bad, headers=AUTH)
    assert response.status_code == 400
    assert response.json()["rejected"][0]["field"] == "versioncreated"
    (record,) = read_dead_letters(tmp_path / "dead-letter.jsonl")
    assert record["source"] == "http"
    assert record["field"] == "versioncreated"
    assert "not an ISO 8601 datetime" in record["reason"]
    assert json.loads(record["raw"]) == bad
    value = runtime.metrics.registry.get_sample_value(
        "wirewatch_items_dead_lettered_total", {"source": "http", "reason": "versioncreated"}
    )
    assert value == 1.0


async def test_state_survives_restart_toll_revision(start: Start, tmp_path: Path) -> None:
    """A toll of 50 before a restart and 71 after it gives a toll-revision alert (state in SQLite)."""
    first = await start()
    async with client_for(first) as client:
        assert (
            await client.post("/v1/items", json=toll_item("urn:test:toll:1", 50, 13), headers=AUTH)
        ).status_code == 202
    await first.shutdown()
    second = await start()
    async with client_for(second) as client:
        assert (
            await client.post("/v1/items", json=toll_item("urn:test:toll:2", 71, 15), headers=AUTH)
        ).status_code == 202
    found = await alerts_in(tmp_path / "alerts.jsonl", lambda r: r["category"] == "toll_revision")
    assert found, "no toll-revision alert after the restart"
    assert "urn:test:toll:2" in found[0]["item_ids"]
    assert found[0]["values"].get("new") == 71
    assert found[0]["values"].get("old") == 50


async def test_journalled_item_is_processed_after_a_crash(tmp_path: Path, start: Start) -> None:
    """An item accepted (journalled) but not processed before a crash is processed at the next start."""
    truce = WireItem.model_validate(
        {
            "uri": "urn:test:journalled",
            "headline": "Truce in force",
            "body": "A ceasefire between Armenia and Azerbaijan took effect at midnight, Armenia said.",
        }
    )
    store = SqliteStore(tmp_path / "state.sqlite3")
    record = {"item": truce.model_dump(mode="json"), "format": "ninjs1", "source": "http", "origin": "peer"}
    store.put(NS_JOURNAL, "00000000000000000001-000000001", json.dumps(record))
    store.close()
    runtime = await start()
    found = await alerts_in(tmp_path / "alerts.jsonl", lambda r: "urn:test:journalled" in r["item_ids"])
    assert found and found[0]["category"] == "ceasefire"
    assert runtime.store is not None
    for _ in range(600):
        if not list(runtime.store.scan(NS_JOURNAL)):
            break
        await asyncio.sleep(0.05)
    assert list(runtime.store.scan(NS_JOURNAL)) == []


async def test_inbox_file_processed_and_moved(start: Start, tmp_path: Path) -> None:
    """A file dropped in the inbox is processed (alert written) and moved to done/."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "truce.json").write_text((SAMPLES_DIR / "03-truce-announced.json").read_text())
    runtime = await start(inbox=inbox, inbox_interval=0.02)
    found = await alerts_in(tmp_path / "alerts.jsonl", lambda r: r["category"] == "ceasefire")
    assert found
    for _ in range(1500):
        if (inbox / "done" / "truce.json").exists():
            break
        await asyncio.sleep(0.02)
    assert (inbox / "done" / "truce.json").exists()
    assert (
        runtime.metrics.registry.get_sample_value("wirewatch_items_received_total", {"source": "inbox"})
        == 1.0
    )


async def test_samples_show_all_three_alert_kinds(start: Start, tmp_path: Path) -> None:
    """The bundled samples raise cease-fire, confirmation-gap and toll-revision alerts."""
    await start(samples=sorted(SAMPLES_DIR.glob("*.json")), listen=None)
    categories: set[str] = set()
    for category in ("ceasefire", "confirmation_gap", "toll_revision"):
        if await alerts_in(tmp_path / "alerts.jsonl", lambda r, c=category: r["category"] == c):
            categories.add(category)
    assert categories == {"ceasefire", "confirmation_gap", "toll_revision"}


async def test_health_ready_metrics_and_shutdown(start: Start, tmp_path: Path) -> None:
    """healthz/readyz are 200 while running, /metrics shows ingest counters, readiness ends at shutdown."""
    runtime = await start()
    async with client_for(runtime) as client:
        assert (await client.get("/healthz")).status_code == 200
        assert (await client.get("/readyz")).status_code == 200
        await client.post("/v1/items", json=sample("01-border-clash.json"), headers=AUTH)
        text = (await client.get("/metrics")).text
    assert 'wirewatch_items_received_total{source="http"} 1.0' in text
    assert 'wirewatch_items_decoded_total{format="ninjs1",source="http"} 1.0' in text
    assert "wirewatch_rules_loaded" in text
    await runtime.shutdown()
    assert not runtime.ready


async def test_rule_reload_keeps_last_good_set(start: Start, tmp_path: Path) -> None:
    """A reload with a broken rule file is refused (failure counted) and the live detector stays."""
    rules = tmp_path / "rules"
    rules.mkdir()
    runtime = await start(rules_dirs=(rules,))
    before = runtime.detector
    assert await runtime.reload_rules()
    assert runtime.detector is not before
    live = runtime.detector
    (rules / "broken.yaml").write_text("rules: [\n  - id: : :\n")
    assert not await runtime.reload_rules()
    assert runtime.detector is live
    registry = runtime.metrics.registry
    assert registry.get_sample_value("wirewatch_rule_reloads_total", {"outcome": "failure"}) == 1.0
    assert registry.get_sample_value("wirewatch_rule_reloads_total", {"outcome": "success"}) == 1.0


async def test_processing_failure_goes_to_dead_letter_and_runtime_goes_on(
    start: Start, tmp_path: Path
) -> None:
    """If evaluating an item raises, the item is dead-lettered with the error and later items still work."""
    runtime = await start()
    assert runtime.detector is not None
    real_evaluate = runtime.detector.evaluate

    def explode(item: WireItem, state: Any, now: Any) -> Any:
        if item.uri == "urn:test:explodes":
            raise ZeroDivisionError("boom")
        return real_evaluate(item, state, now)

    runtime.detector.evaluate = explode  # type: ignore[method-assign]
    async with client_for(runtime) as client:
        first = await client.post("/v1/items", json={"id": "urn:test:explodes", "text": "t"}, headers=AUTH)
        assert first.status_code == 202
        assert (
            await client.post("/v1/items", json=sample("03-truce-announced.json"), headers=AUTH)
        ).status_code == 202
    assert await alerts_in(tmp_path / "alerts.jsonl", lambda r: r["category"] == "ceasefire")
    (record,) = read_dead_letters(tmp_path / "dead-letter.jsonl")
    assert record["reason"] == "processing failed: ZeroDivisionError: boom"
    assert json.loads(record["raw"])["id"] == "urn:test:explodes"
    assert runtime.store is not None
    assert list(runtime.store.scan(NS_JOURNAL)) == []


async def test_claim_deadline_fires_on_a_quiet_stream(start: Start, tmp_path: Path) -> None:
    """A claim whose confirmation deadline passes with no further input raises a deadline gap alert."""
    runtime = await start()
    # The pack's claim deadline is 6 h from the claim's event time: date the claim so it falls due in ~1 s.
    claimed_at = datetime.now(UTC) - timedelta(hours=6) + timedelta(seconds=1)
    claim = {
        "id": "urn:test:claim",
        "text": "Armenia announced a truce with Azerbaijan late on Thursday.",
        "published": claimed_at.isoformat(),
    }
    async with client_for(runtime) as client:
        assert (await client.post("/v1/items", json=claim, headers=AUTH)).status_code == 202
    found = await alerts_in(
        tmp_path / "alerts.jsonl",
        lambda r: r["category"] == "confirmation_gap" and r["trigger"] == "deadline",
        wait=20.0,
    )
    assert found, "no deadline alert without further input"
    assert "urn:test:claim" in found[0]["item_ids"] + found[0]["related_item_ids"]


async def test_inbox_file_with_a_bad_record_goes_to_failed(start: Start, tmp_path: Path) -> None:
    """A file with a bad record goes to failed/, that record to the dead letter; the good one is processed."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    good = {
        "id": "urn:test:inbox:good",
        "text": "A ceasefire between Armenia and Azerbaijan took effect at noon.",
    }
    (inbox / "batch.jsonl").write_text(
        json.dumps(good) + "\n" + json.dumps({"id": "urn:test:inbox:bad"}) + "\n"
    )
    await start(inbox=inbox, inbox_interval=0.02, listen=None)
    assert await alerts_in(tmp_path / "alerts.jsonl", lambda r: "urn:test:inbox:good" in r["item_ids"])
    for _ in range(1500):
        if (inbox / "failed" / "batch.jsonl").exists():
            break
        await asyncio.sleep(0.02)
    assert (inbox / "failed" / "batch.jsonl").exists()
    (record,) = await asyncio.to_thread(read_dead_letters, tmp_path / "dead-letter.jsonl")
    assert (record["source"], record["origin"], record["index"], record["field"]) == (
        "inbox",
        "batch.jsonl",
        1,
        "text",
    )


async def test_a_timer_that_stays_due_does_not_spin_the_worker(start: Start) -> None:
    """If a deadline is still reported after its tick, the worker backs off instead of looping hot."""
    runtime = await start(listen=None)
    assert runtime.detector is not None
    stuck = datetime.now(UTC) - timedelta(minutes=1)
    ticks: list[datetime] = []
    runtime.detector.next_deadline = lambda state: stuck  # type: ignore[method-assign]
    runtime.detector.tick = lambda state, now: ticks.append(now) or []  # type: ignore[method-assign]
    # One item wakes the worker, which then re-reads the (stuck) timer.
    item = WireItem(uri="urn:test:wake", body="Nothing to see.")
    await runtime.submit([Decoded(item, "jsonl", 0)], "test", None)
    await asyncio.sleep(1.5)
    assert 1 <= len(ticks) <= 4  # a hot loop would tick thousands of times

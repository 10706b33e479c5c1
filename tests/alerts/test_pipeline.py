"""The pipeline end to end with in-process notifiers: dedup, timing, silences, inhibition, reload, outbox."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from alerts.config import validate_routing
from alerts.deadletter import FileDeadLetter
from alerts.delivery import Dispatcher, Integration
from alerts.factory import build_pipeline
from alerts.models import AlertStatus
from alerts.notifiers.base import Notification, Notifier
from alerts.pipeline import AlertPipeline, LoadedConfig
from alerts.table import compile_routing
from alerts.yamlconf import parse
from wirewatch.errors import DeliveryError
from wirewatch.metrics import Metrics
from wirewatch.settings import Settings
from wirewatch.state import MemoryStore

from .conftest import T0, make_alert, make_notification


@dataclass
class Recorder:
    """A notifier that records notifications; ``errors`` are raised first, one per call."""

    name: str
    sent: list[Notification] = field(default_factory=list)
    errors: list[DeliveryError] = field(default_factory=list)
    closed: bool = False

    async def send(self, notification: Notification) -> None:
        if self.errors:
            raise self.errors.pop(0)
        self.sent.append(notification)

    async def aclose(self) -> None:
        self.closed = True


@dataclass
class Hanging:
    """A notifier whose send never completes, as if the process died mid-delivery."""

    name: str
    entered: asyncio.Event = field(default_factory=asyncio.Event)

    async def send(self, notification: Notification) -> None:
        self.entered.set()
        await asyncio.Event().wait()

    async def aclose(self) -> None:
        return None


ROUTING = """\
route:
  receiver: desk
  group_by: [event_key]
  group_wait: 30s
  group_interval: 5m
  repeat_interval: 4h
receivers:
  - name: desk
inhibit_rules:
  - source_matchers: ['rule="ceasefire.confirmed"']
    target_matchers: ['category="confirmation_gap"']
    equal: [event_key]
"""


def pipeline_with(
    recorder: Notifier, store: MemoryStore, metrics: Metrics, dispatcher: Dispatcher, routing: str = ROUTING
) -> AlertPipeline:
    data, lines = parse(routing, "r.yaml")
    table = compile_routing(validate_routing(data, lines, "r.yaml"))
    config = LoadedConfig(table=table, integrations={"desk": [Integration(recorder, "desk")]})
    return AlertPipeline(config, store, metrics, dispatcher)


async def test_default_pipeline_writes_jsonl_at_once(
    tmp_path: Path, store: MemoryStore, metrics: Metrics
) -> None:
    """Without a routing file, alerts reach the JSON-lines log immediately; duplicates do not."""
    out = tmp_path / "alerts.jsonl"
    settings = Settings(alerts_path=out, notification_dlq_path=tmp_path / "dlq.jsonl")
    pipeline = build_pipeline(settings, store, metrics, console=False)
    alert = make_alert()
    await pipeline.submit([alert], T0)
    await pipeline.submit([alert], T0 + timedelta(seconds=1))
    await pipeline.drain()
    revised = make_alert(values={"old": 71, "new": 93}, summary="Toll rises to 93")
    await pipeline.submit([revised], T0 + timedelta(minutes=1))
    await pipeline.submit(
        [revised.resolved(T0 + timedelta(minutes=2), "superseded")], T0 + timedelta(minutes=2)
    )
    await pipeline.drain()
    await pipeline.aclose()
    lines = [json.loads(x) for x in out.read_text().splitlines()]
    assert [(x["status"], x["values"].get("new")) for x in lines] == [
        ("firing", 71),
        ("firing", 93),
        ("resolved", 93),
    ]
    first = lines[0]
    assert (
        first["id"] == alert.id and first["rule"] == "toll.revised" and first["category"] == "toll_revision"
    )
    assert first["item_ids"] == ["urn:wire:1"] and first["evidence"].startswith("At least 71")
    assert first["values"] == {"old": 50, "new": 71}


async def test_group_wait_and_next_wakeup(
    store: MemoryStore, metrics: Metrics, make_dispatcher: Callable[..., Dispatcher]
) -> None:
    """Nothing is sent before group_wait; next_wakeup says when; tick sends the group as one."""
    rec = Recorder("desk/rec0")
    pipeline = pipeline_with(rec, store, metrics, make_dispatcher())
    a = make_alert("a", event_key="e1")
    b = make_alert("b", event_key="e1", summary="other")
    await pipeline.submit([a], T0)
    await pipeline.submit([b], T0 + timedelta(seconds=10))
    await pipeline.drain()
    assert rec.sent == []
    assert pipeline.next_wakeup() == T0 + timedelta(seconds=30)
    await pipeline.tick(T0 + timedelta(seconds=30))
    await pipeline.drain()
    assert len(rec.sent) == 1 and {x.id for x in rec.sent[0].alerts} == {a.id, b.id}
    assert pipeline.next_wakeup() == T0 + timedelta(seconds=30, hours=4)  # repeat
    await pipeline.tick(T0 + timedelta(hours=4, seconds=30))
    await pipeline.drain()
    assert len(rec.sent) == 2 and rec.sent[0].id != rec.sent[1].id


async def test_silence_mutes_until_expired(
    store: MemoryStore, metrics: Metrics, make_dispatcher: Callable[..., Dispatcher]
) -> None:
    """A silence mutes matching alerts; once expired they go out at the next re-check."""
    rec = Recorder("desk/rec0")
    pipeline = pipeline_with(rec, store, metrics, make_dispatcher())
    silence = pipeline.silences.add(['event_key="e1"'], created_by="ana", now=T0, duration=timedelta(hours=1))
    await pipeline.submit([make_alert(event_key="e1")], T0)
    await pipeline.tick(T0 + timedelta(seconds=30))
    await pipeline.drain()
    assert rec.sent == []
    assert metrics.alerts_silenced._value.get() == 1
    pipeline.silences.expire(silence.id, T0 + timedelta(minutes=2))
    wake = pipeline.next_wakeup()
    assert wake is not None and wake <= T0 + timedelta(minutes=6)
    await pipeline.tick(wake)
    await pipeline.drain()
    assert len(rec.sent) == 1


async def test_confirmed_truce_inhibits_gap(
    store: MemoryStore, metrics: Metrics, make_dispatcher: Callable[..., Dispatcher]
) -> None:
    """While the confirmed-truce alert fires, the gap alert of the same event is not sent."""
    rec = Recorder("desk/rec0")
    pipeline = pipeline_with(rec, store, metrics, make_dispatcher())
    truce = make_alert("t", rule="ceasefire.confirmed", category="ceasefire", event_key="nk")
    gap = make_alert("g", rule="gap.stated", category="confirmation_gap", event_key="nk")
    await pipeline.submit([truce, gap], T0)
    await pipeline.tick(T0 + timedelta(seconds=30))
    await pipeline.drain()
    sent = [a.id for n in rec.sent for a in n.alerts]
    assert sent == [truce.id]
    assert metrics.alerts_inhibited._value.get() == 1


async def fire_then_resolve(pipeline: AlertPipeline) -> None:
    """An alert fires at T0, is flushed, resolves a minute later, and that is flushed too."""
    a = make_alert()
    await pipeline.submit([a], T0)
    await pipeline.tick(T0 + timedelta(seconds=30))
    await pipeline.submit([a.resolved(T0 + timedelta(minutes=1))], T0 + timedelta(minutes=1))
    await pipeline.tick(T0 + timedelta(minutes=6))
    await pipeline.drain()


async def test_resolved_is_sent_and_state_cleared(
    store: MemoryStore, metrics: Metrics, make_dispatcher: Callable[..., Dispatcher]
) -> None:
    """A resolution follows the firing; afterwards the group is gone and nothing wakes."""
    rec = Recorder("desk/rec0")
    pipeline = pipeline_with(rec, store, metrics, make_dispatcher())
    await fire_then_resolve(pipeline)
    assert [n.status for n in rec.sent] == [AlertStatus.FIRING, AlertStatus.RESOLVED]
    assert pipeline.next_wakeup() is None
    assert list(store.scan("alerts.groups")) == []


async def test_retries_then_exactly_once(
    store: MemoryStore, metrics: Metrics, make_dispatcher: Callable[..., Dispatcher], fake_sleep
) -> None:  # type: ignore[no-untyped-def]
    """Retryable errors are retried (Retry-After honoured) and the notification lands once."""
    rec = Recorder("desk/rec0", errors=[DeliveryError("boom"), DeliveryError("slow down", retry_after=7.0)])
    pipeline = pipeline_with(rec, store, metrics, make_dispatcher())
    await pipeline.submit([make_alert()], T0)
    await pipeline.tick(T0 + timedelta(seconds=30))
    await pipeline.drain()
    assert len(rec.sent) == 1
    assert 7.0 in fake_sleep.delays
    assert metrics.notification_retries.labels("desk/rec0")._value.get() == 2
    assert metrics.notifications.labels("desk/rec0", "success")._value.get() == 1


async def test_outbox_survives_a_crash(
    store: MemoryStore, metrics: Metrics, make_dispatcher: Callable[..., Dispatcher]
) -> None:
    """Queued but undelivered notifications are re-sent by the next process (same store), once."""
    stuck = Hanging("desk/rec0")
    first = pipeline_with(stuck, store, metrics, make_dispatcher())
    await first.submit([make_alert()], T0)
    await first.tick(T0 + timedelta(seconds=30))
    await asyncio.wait_for(stuck.entered.wait(), 5)
    # "crash": the worker is stopped while the send is in flight. A hanging send rather than a
    # run of failures, so the outcome never depends on how far retries got before the stop.
    await first.dispatcher.aclose(grace=0.01)
    assert len(list(store.scan("alerts.outbox"))) == 1
    rec = Recorder("desk/rec0")
    second = pipeline_with(rec, store, metrics, make_dispatcher())
    await second.tick(T0 + timedelta(seconds=31))
    await second.drain()
    await second.tick(T0 + timedelta(seconds=32))
    await second.drain()
    assert len(rec.sent) == 1
    assert list(store.scan("alerts.outbox")) == []


async def test_aclose_closes_notifiers(
    store: MemoryStore, metrics: Metrics, make_dispatcher: Callable[..., Dispatcher]
) -> None:
    """aclose drains and closes every notifier."""
    rec = Recorder("desk/rec0")
    pipeline = pipeline_with(rec, store, metrics, make_dispatcher())
    await pipeline.aclose()
    assert rec.closed


async def test_prune_forgets_old_state(
    store: MemoryStore, metrics: Metrics, make_dispatcher: Callable[..., Dispatcher]
) -> None:
    """Past the retention, seen alerts and stale groups are dropped; recent ones stay."""
    rec = Recorder("desk/rec0")
    pipeline = pipeline_with(rec, store, metrics, make_dispatcher())
    await pipeline.submit([make_alert("old", event_key="e-old")], T0)
    await pipeline.tick(T0 + timedelta(seconds=30))
    later = T0 + timedelta(days=31)
    await pipeline.submit([make_alert("new", event_key="e-new", at=later)], later)
    counts = pipeline.prune(later)
    assert counts["seen"] == 1 and counts["groups"] == 1
    assert [k for k, _ in store.scan("alerts.seen")] == [make_alert("new").id]


@dataclass
class FakeClock:
    """Monotonic time that only moves when the dispatcher sleeps."""

    t: float = 0.0
    delays: list[float] = field(default_factory=list)

    def monotonic(self) -> float:
        return self.t

    async def sleep(self, delay: float) -> None:
        self.delays.append(delay)
        self.t += delay


async def test_breaker_and_rate_limit_in_dispatcher(
    store: MemoryStore, metrics: Metrics, tmp_path: Path
) -> None:
    """After N failures the breaker makes the dispatcher wait out its reset; the rate limit spaces sends."""
    from alerts.deadletter import FileDeadLetter
    from alerts.delivery import DeliveryLimits
    from alerts.retry import RetryPolicy

    clock = FakeClock()
    dispatcher = Dispatcher(
        store,
        metrics,
        FileDeadLetter(tmp_path / "dlq.jsonl"),
        policy=RetryPolicy(max_attempts=10, base_delay=0.1, max_delay=0.1, budget_seconds=1000),
        limits=DeliveryLimits(rate=1.0, burst=1, breaker_threshold=3, breaker_reset=30.0),
        sleep=clock.sleep,
        monotonic=clock.monotonic,
    )
    rec = Recorder("desk/rec0", errors=[DeliveryError("down")] * 4)
    integration = Integration(rec, "desk")
    dispatcher.set_integrations({integration.name: integration})
    n = make_notification(make_alert())
    assert await dispatcher.deliver(n, integration)
    assert len(rec.sent) == 1
    assert any(d >= 29.0 for d in clock.delays)  # waited for the open breaker
    assert dispatcher.breaker("desk/rec0").state(clock.t) == "closed"
    fast = Integration(Recorder("desk/rec1"), "desk")
    clock.delays.clear()
    for nid in ("m1", "m2", "m3"):
        m = make_notification(make_alert(nid), nid=nid)
        assert await dispatcher.deliver(m, fast)
    assert clock.delays == [1.0, 1.0]  # 1/s with burst 1: the 2nd and 3rd each wait a second


QUIET = """\
route:
  receiver: desk
  group_wait: 0s
  group_interval: 5m
  mute_time_intervals: [night]
receivers:
  - name: desk
time_intervals:
  - name: night
    time_intervals: [{times: [{start_time: "22:00", end_time: "06:00"}]}]
"""


async def test_mute_window_holds_until_morning(
    store: MemoryStore, metrics: Metrics, make_dispatcher: Callable[..., Dispatcher]
) -> None:
    """An alert at 23:00 under a night mute window is held and delivered once the window ends."""
    rec = Recorder("desk/rec0")
    pipeline = pipeline_with(rec, store, metrics, make_dispatcher(), routing=QUIET)
    night = T0.replace(hour=23)
    await pipeline.submit([make_alert()], night)
    ticks = 0
    while not rec.sent and ticks < 500:
        wake = pipeline.next_wakeup()
        assert wake is not None
        await pipeline.tick(wake)
        await pipeline.drain()
        ticks += 1
    assert len(rec.sent) == 1
    assert rec.sent[0].created_at >= (night + timedelta(days=1)).replace(hour=6)
    assert rec.sent[0].created_at < (night + timedelta(days=1)).replace(hour=6, minute=6)


async def test_send_resolved_false_skips_resolutions(
    store: MemoryStore, metrics: Metrics, make_dispatcher: Callable[..., Dispatcher]
) -> None:
    """An integration with send_resolved false gets the firing but not the resolution."""
    quiet, loud = Recorder("desk/quiet0"), Recorder("desk/loud0")
    data, lines = parse(ROUTING, "r.yaml")
    table = compile_routing(validate_routing(data, lines, "r.yaml"))
    integrations = {"desk": [Integration(quiet, "desk", send_resolved=False), Integration(loud, "desk")]}
    pipeline = AlertPipeline(LoadedConfig(table, integrations), store, metrics, make_dispatcher())
    await fire_then_resolve(pipeline)
    assert [n.status for n in quiet.sent] == [AlertStatus.FIRING]
    assert [n.status for n in loud.sent] == [AlertStatus.FIRING, AlertStatus.RESOLVED]


class TransactionLog(MemoryStore):
    """A MemoryStore whose ``transaction()`` records the writes made inside it, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.writes: list[tuple[str, str]] = []
        self.transactions = 0

    def put(self, namespace: str, key: str, value: str) -> None:
        self.writes.append((namespace, key))
        super().put(namespace, key, value)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        self.transactions += 1
        yield


async def test_group_admitted_and_flushed_in_one_submit_is_written_once_after_its_outbox(
    metrics: Metrics, tmp_path: Path
) -> None:
    """With group_wait 0 a submit writes the group once, flushed, after the outbox entry it queued."""
    store = TransactionLog()
    rec = Recorder("desk/rec0")
    routing = ROUTING.replace("group_wait: 30s", "group_wait: 0s")
    dispatcher = Dispatcher(store, metrics, FileDeadLetter(tmp_path / "dlq.jsonl"))
    pipeline = pipeline_with(rec, store, metrics, dispatcher, routing)
    await pipeline.submit([make_alert()], T0)
    namespaces = [ns for ns, _ in store.writes]
    assert namespaces == ["alerts.seen", "alerts.outbox", "alerts.groups"]
    assert store.transactions == 1
    [(key, raw)] = list(store.scan("alerts.groups"))
    assert raw == pipeline._groups[key].to_json()
    assert json.loads(raw)["sequence"] == 1  # the flushed group, not the admitted one
    await pipeline.drain()
    assert len(rec.sent) == 1


async def test_groups_admitted_without_a_flush_are_still_written(
    store: MemoryStore, metrics: Metrics, make_dispatcher: Callable[..., Dispatcher]
) -> None:
    """A group waiting out group_wait is in the store after submit, and a new pipeline reloads it."""
    rec = Recorder("desk/rec0")
    pipeline = pipeline_with(rec, store, metrics, make_dispatcher())
    await pipeline.submit([make_alert("a", event_key="e1"), make_alert("b", event_key="e2")], T0)
    assert len(list(store.scan("alerts.groups"))) == 2
    again = pipeline_with(rec, store, metrics, make_dispatcher())
    assert again.next_wakeup() == T0 + timedelta(seconds=30)

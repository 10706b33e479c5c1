"""Detector.evaluate alone: CPU per alerting item, and a byte-exact replay dump to compare two trees.

The rule matching is memoised before anything is timed or replayed (in the Kafka worker the route
stage runs it and the detector gets a memo), so what is measured is the stateful core: corrections,
correlation, facts, re-derivation, the alert registry and the JSON state written to the store.

    python bench/evaluate.py time [--items 1000] [--repeat 3]
        CPU ms per item of ``wirewatch bench e2e``-like alerting items (each a new event) through
        a MemoryStore, and CPU ms per step of the replay below.
    python bench/evaluate.py replay OUT
        Replays a few hundred varied items (the dev corpus if present, with re-deliveries,
        corrections, kills, stale versions, associations and sluglines; the bench mix; e2e-like
        items; clock jumps past claim deadlines and the retention) and writes to OUT every alert
        emitted, every store write in order and the final store contents. Run it under two trees
        (``PYTHONPATH=<tree>``) and ``cmp`` the files: behaviour and stored format are unchanged
        only if they are byte-identical. The write order follows set iteration in places, so the
        replay re-executes itself under ``PYTHONHASHSEED=0``.

Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from prometheus_client import generate_latest

from ingest.models import PubStatus, WireItem
from rules.detections import Detection
from rules.engine import Detector
from rules.loader import RuleSet, load_ruleset
from wirewatch.bench.e2e import RULES, SENTENCES
from wirewatch.bench.engine import generate_items
from wirewatch.metrics import Metrics
from wirewatch.state import MemoryStore

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev.jsonl"
T0 = datetime(2026, 9, 15, 5, 0, tzinfo=UTC)


class Memo:
    """The rule set's ``detect``, memoised per (uri, version, text) so evaluate is timed alone."""

    def __init__(self, ruleset: RuleSet) -> None:
        self.ruleset = ruleset
        self.rules = ruleset.rules
        self.cache: dict[tuple[str, str, str], Sequence[Detection]] = {}

    def detect(self, item: WireItem) -> Sequence[Detection]:
        k = (item.uri, item.version, item.text)
        d = self.cache.get(k)
        if d is None:
            d = self.cache[k] = self.ruleset.detect(item)
        return d


class RecordingStore(MemoryStore):
    """A MemoryStore that logs every write, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.log: list[str] = []

    def put(self, namespace: str, key: str, value: str) -> None:
        self.log.append(f"put\t{namespace}\t{key}\t{value}")
        super().put(namespace, key, value)

    def delete(self, namespace: str, key: str) -> None:
        self.log.append(f"del\t{namespace}\t{key}")
        super().delete(namespace, key)

    def dump(self) -> Iterator[str]:
        for ns in sorted(self._data):
            for key, value in self.scan(ns):
                yield f"{ns}\t{key}\t{value}"


def _e2e_items(count: int, start: int = 0) -> list[WireItem]:
    body = " ".join(SENTENCES) + " Witnesses described a benchmark flare over the port."
    return [
        WireItem(uri=f"urn:b:{i}", headline="Wire update", body=body) for i in range(start, start + count)
    ]


def _wire(uri: str, body: str, at: datetime, **kw: Any) -> WireItem:
    return WireItem.model_validate({"uri": uri, "body": body, "firstcreated": at, "versioncreated": at, **kw})


def replay_steps() -> list[tuple[datetime, WireItem | None]]:
    """The replay: (event time, item) pairs in order; ``None`` is a clock advance with no item."""
    steps: list[tuple[datetime, WireItem | None]] = []
    t = T0
    records = [json.loads(line) for line in CORPUS.read_text().splitlines()] if CORPUS.exists() else []
    dev: list[WireItem] = []
    for i, rec in enumerate(records):
        t += timedelta(minutes=20)
        kw: dict[str, Any] = {"slugline": rec["story"], "provider": "dev"} if i % 3 else {}
        if i % 4 == 1 and dev:
            kw["associations"] = [dev[-1].uri]
        item = _wire(rec["id"], rec["text"], t, **kw)
        dev.append(item)
        steps.append((t, item))
        if i % 5 == 2:  # a re-delivery of the same version
            steps.append((t + timedelta(minutes=1), item))
        if i % 7 == 3:  # a correction: version 2 with the first sentence dropped or a figure added
            t += timedelta(minutes=5)
            body = rec["text"].split(". ", 1)[-1] if ". " in rec["text"] else rec["text"] + " 12 were killed."
            v2 = _wire(rec["id"], body, t, version="2", **kw)
            steps.append((t, v2))
            if i % 14 == 3:  # then the stale version 1 arrives again
                steps.append((t + timedelta(minutes=1), item.model_copy(update={"version": "1"})))
        if i % 11 == 5:  # a kill
            t += timedelta(minutes=3)
            steps.append((t, _wire(rec["id"], rec["text"], t, version="3", pubstatus=PubStatus.CANCELED)))
        if i == 40:  # a quiet stream: claim deadlines fire on the clock
            t += timedelta(hours=7)
            steps.append((t, None))
    # A kill before its item, then the late original.
    t += timedelta(minutes=10)
    if dev:
        steps.append((t, _wire("late-1", dev[0].body, t, version="2", pubstatus=PubStatus.CANCELED)))
        steps.append((t + timedelta(minutes=1), _wire("late-1", dev[0].body, t)))
    for k, item in enumerate(generate_items(300, 7)):
        if k % 10 == 0:
            t += timedelta(minutes=3)
        steps.append((t, item.model_copy(update={"versioncreated": t})))
    for item in _e2e_items(40):
        steps.append((t, item))
    # Redelivered dev items with new versions far later, then past the retention: the sweep runs.
    t += timedelta(days=8)
    for item in dev[:30:3]:
        t += timedelta(minutes=7)
        steps.append((t, item.model_copy(update={"version": "9", "versioncreated": t})))
    t += timedelta(days=31)
    steps.append((t, None))
    for item in _e2e_items(10, start=1000):
        steps.append((t, item))
    return steps


def replay(out: Path) -> None:
    memo = Memo(load_ruleset([RULES]))
    metrics = Metrics()
    detector = Detector(memo, metrics=metrics)
    store = RecordingStore()
    lines: list[str] = []
    for n, (now, item) in enumerate(replay_steps()):
        fired = []
        while (due := detector.next_deadline(store)) is not None and due <= now:
            fired += detector.tick(store, due)
        if item is not None:
            fired += detector.evaluate(item, store, now)
        lines.append(f"step {n} {item.uri if item else '-'} {len(fired)}")
        lines += (a.model_dump_json() for a in fired)
    lines.append("== writes")
    lines += store.log
    lines.append("== final")
    lines += store.dump()
    lines.append("== metrics")
    lines += (
        x
        for x in generate_latest(metrics.registry).decode().splitlines()
        if x.startswith("wirewatch_") and "_created" not in x
    )
    text = "\n".join(lines) + "\n"
    out.write_text(text)
    alerts = sum(1 for x in lines if x.startswith("{"))
    digest = hashlib.sha256(text.encode()).hexdigest()[:16]
    print(f"steps {n + 1} alerts {alerts} writes {len(store.log)} sha256 {digest} -> {out}")
    print(f"(rules.engine from {sys.modules[Detector.__module__].__file__})")


def timing(count: int, repeat: int) -> None:
    memo = Memo(load_ruleset([RULES]))
    items = _e2e_items(count * repeat)
    steps = replay_steps()
    for item in items:
        memo.detect(item)
    for _, step_item in steps:
        if step_item is not None:
            memo.detect(step_item)
    detector, store = Detector(memo, metrics=Metrics()), MemoryStore()
    now = T0
    e2e: list[float] = []
    for r in range(repeat):
        t0 = time.process_time()
        for item in items[r * count : (r + 1) * count]:
            detector.evaluate(item, store, now)
        e2e.append((time.process_time() - t0) * 1000 / count)
    rep: list[float] = []
    for _ in range(repeat):
        detector, store = Detector(memo, metrics=Metrics()), MemoryStore()
        t0 = time.process_time()
        for now, step_item in steps:
            if step_item is not None:
                detector.evaluate(step_item, store, now)
        rep.append((time.process_time() - t0) * 1000 / len(steps))
    print("e2e-like alerting item, CPU ms/item:", " ".join(f"{x:.4f}" for x in e2e))
    print(f"replay ({len(steps)} steps), CPU ms/step:", " ".join(f"{x:.4f}" for x in rep))
    print(f"(rules.engine from {sys.modules[Detector.__module__].__file__})")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("time")
    t.add_argument("--items", type=int, default=1000)
    t.add_argument("--repeat", type=int, default=3)
    r = sub.add_parser("replay")
    r.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    if args.cmd == "replay" and os.environ.get("PYTHONHASHSEED") != "0":
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})
    if args.cmd == "time":
        timing(args.items, args.repeat)
    else:
        replay(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())

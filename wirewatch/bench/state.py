"""State store: bytes per tracked toll series and updates/s at 1,000,000 series, SQLite vs in-memory.

What is measured, for each backend in the same run (``MemoryStore``, a plain dict of JSON text, is
the baseline; ``SqliteStore`` is the embedded runtime's store, a WAL-mode file):

1. *populate*: ``--series`` toll series are written, each one realistic :class:`rules.tolls.Series`
   record (one figure with its evidence sentence, as the engine stores it), keyed as the engine keys
   them (``<event key>|toll|<party>|<class>|<source>``, ten series per event);
2. *bytes per series*: SQLite file size after a checkpoint (main file + WAL) divided by the series
   count; for the dict, the growth of the process's resident memory during population;
3. *raw updates/s*: ``--updates`` random series read and written back unchanged (the store alone);
4. *series updates/s*: ``--updates`` random series updated through the engine's own code path:
   parse the record, add a figure (:func:`rules.tolls.with_entry`; one in ten changes the figure so
   a revision alert is derived), derive the revisions (:func:`rules.tolls.derive`) and their
   digests (:func:`rules.registry.alert_digest`, what the engine compares), serialise and write
   (emitting alerts to the registry is not included). SQLite groups ``--batch`` updates per
   transaction (the embedded runtime commits once per item, and an item touches a few records).

The machine's load average is printed with the figures: on a shared machine it explains noise.

The run is deterministic (seeded); it prints a table, and with ``--json`` a last line
``{"series": N, "memory": {...}, "sqlite": {...}}``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, nullcontext
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from alerts.models import Evidence, Severity
from rules import tolls
from rules.corrections import Basis
from rules.registry import alert_digest
from rules.tolls import NS_SERIES, Series, TollEntry
from services.sqlite_store import SqliteStore
from wirewatch.state import MemoryStore, StateStore

T0 = datetime(2026, 9, 15, 6, 0, tzinfo=UTC)
_SENTENCE = (
    "The defence ministry said on Thursday that {n} of its soldiers had been killed in the clashes "
    "on the border this week, its first figure since the fighting began."
)
_PARTIES = ("AZ", "AM", "PS", "IL", "SD", "LY", "UA", "RU", "sudan.rsf", "PS.moh")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--series", type=int, default=1_000_000, help="series tracked (default 1,000,000)")
    parser.add_argument("--updates", type=int, default=100_000, help="updates timed per backend")
    parser.add_argument("--batch", type=int, default=8, help="SQLite updates per transaction")
    parser.add_argument(
        "--path", type=Path, default=None, help="directory for the SQLite file (default: tmp)"
    )
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", action="store_true", help="print a JSON summary as the last line")


def _key(i: int) -> str:
    event = f"E{i // 10:07d}@20260915"
    party = _PARTIES[i % len(_PARTIES)]
    return tolls.series_key(event, party, "soldiers", f"{party}.mod")


def _entry(i: int, value: int, at: datetime, version: int = 1) -> TollEntry:
    uri = f"urn:newsml:wire.example:20260915:{i:09d}v{version}"
    text = _SENTENCE.format(n=value)
    party = _PARTIES[i % len(_PARTIES)]
    basis = Basis(
        uri=uri,
        version=str(version),
        at=at,
        rule="toll.figure",
        category="toll_revision",
        severity=Severity.HIGH,
        summary=f"Toll figure: {value} soldiers ({party})",
        evidence=Evidence(item_id=uri, text=text, start=42, end=42 + len(text)),
        dedup_key=f"{party}|soldiers|{value}",
        values={
            "party": party,
            "victim_class": "soldiers",
            "new": value,
            "bound": "exact",
            "source": f"{party}.mod",
        },
        actors=(party,),
    )
    return TollEntry(value=value, basis=tolls.slim(basis))


def _series(i: int) -> Series:
    key = _key(i)
    party = _PARTIES[i % len(_PARTIES)]
    return Series(
        key=key,
        event_key=key.split("|", 1)[0],
        party=party,
        victim_class="soldiers",
        source=f"{party}.mod",
        entries=(_entry(i, 50 + i % 400, T0),),
        updated_at=T0,
    )


def _rss_bytes() -> int:
    try:
        with open("/proc/self/statm", encoding="ascii") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return 0


def _populate(store: StateStore, n: int, batch: Callable[[], AbstractContextManager[Any]]) -> float:
    """Write ``n`` series; the template record is serialised once and re-keyed per series."""
    template = _series(0).model_dump_json(exclude_defaults=True)
    k0, v0 = _key(0), _SENTENCE.format(n=50)
    started = time.perf_counter()
    chunk = 10_000
    for lo in range(0, n, chunk):
        with batch():
            for i in range(lo, min(n, lo + chunk)):
                key = _key(i)
                value = template.replace(k0, key).replace(v0, _SENTENCE.format(n=50 + i % 400))
                store.put(NS_SERIES, key, value)
    return time.perf_counter() - started


def _picks(n: int, count: int, seed: int) -> Iterator[int]:
    rng = random.Random(seed)  # noqa: S311 - a seeded, reproducible workload, not security
    for _ in range(count):
        yield rng.randrange(n)


def _raw_updates(
    store: StateStore, n: int, count: int, seed: int, batch: Callable[[], Any], size: int
) -> float:
    started = time.perf_counter()
    picks = list(_picks(n, count, seed))
    for lo in range(0, count, size):
        with batch():
            for i in picks[lo : lo + size]:
                key = _key(i)
                raw = store.get(NS_SERIES, key)
                assert raw is not None
                store.put(NS_SERIES, key, raw)
    return count / (time.perf_counter() - started)


def _series_updates(
    store: StateStore, n: int, count: int, seed: int, batch: Callable[[], Any], size: int
) -> tuple[float, int]:
    picks = list(_picks(n, count, seed + 1))
    revisions = 0
    started = time.perf_counter()
    for lo in range(0, count, size):
        with batch():
            for j, i in enumerate(picks[lo : lo + size], start=lo):
                key = _key(i)
                raw = store.get(NS_SERIES, key)
                assert raw is not None
                series = Series.model_validate_json(raw)
                last = series.entries[-1].value
                value = last + 7 if j % 10 == 0 else last
                at = T0 + timedelta(seconds=j + 1)
                series = tolls.with_entry(series, _entry(i, value, at, version=j + 2))
                derived = tolls.derive(series)
                revisions += len(derived) > len(series.alerts)
                digests = {k: alert_digest(a) for k, a in derived.items()}
                series = series.model_copy(update={"alerts": digests, "updated_at": at})
                store.put(NS_SERIES, key, series.model_dump_json(exclude_defaults=True))
    return count / (time.perf_counter() - started), revisions


def _bench_memory(args: argparse.Namespace) -> dict[str, float]:
    store = MemoryStore()
    rss0 = _rss_bytes()
    secs = _populate(store, args.series, nullcontext)
    grown = _rss_bytes() - rss0
    raw = _raw_updates(store, args.series, args.updates, args.seed, nullcontext, args.batch)
    upd, revs = _series_updates(store, args.series, args.updates, args.seed, nullcontext, args.batch)
    return {
        "bytes_per_series": grown / args.series,
        "populate_per_s": args.series / secs,
        "raw_updates_per_s": raw,
        "series_updates_per_s": upd,
        "revisions": revs,
    }


def _bench_sqlite(args: argparse.Namespace, directory: Path) -> dict[str, float]:
    path = directory / "bench-state.sqlite3"
    store = SqliteStore(path, clock=lambda: T0)
    secs = _populate(store, args.series, store.transaction)
    store.checkpoint()
    size = sum(p.stat().st_size for p in directory.glob("bench-state.sqlite3*"))
    raw = _raw_updates(store, args.series, args.updates, args.seed, store.transaction, args.batch)
    upd, revs = _series_updates(store, args.series, args.updates, args.seed, store.transaction, args.batch)
    store.close()
    return {
        "bytes_per_series": size / args.series,
        "populate_per_s": args.series / secs,
        "raw_updates_per_s": raw,
        "series_updates_per_s": upd,
        "revisions": revs,
    }


def run(args: argparse.Namespace) -> int:
    record = _series(0).model_dump_json(exclude_defaults=True)
    load = os.getloadavg()[0]
    print(
        f"state bench: {args.series:,} series, {args.updates:,} timed updates per backend, "
        f"SQLite batch {args.batch}; one series record = {len(record.encode())} bytes of JSON; "
        f"load average {load:.2f} on {os.cpu_count()} CPUs"
    )
    results: dict[str, dict[str, float]] = {}
    results["memory"] = _bench_memory(args)
    if args.path is not None:
        args.path.mkdir(parents=True, exist_ok=True)
        results["sqlite"] = _bench_sqlite(args, args.path)
    else:
        with tempfile.TemporaryDirectory(prefix="wirewatch-bench-") as tmp:
            results["sqlite"] = _bench_sqlite(args, Path(tmp))
    names = {"memory": "MemoryStore (dict, baseline)", "sqlite": "SqliteStore (WAL file)"}
    print(f"{'backend':32} {'bytes/series':>13} {'populate/s':>12} {'raw upd/s':>11} {'series upd/s':>13}")
    for name, r in results.items():
        print(
            f"{names[name]:32} {r['bytes_per_series']:13,.0f} {r['populate_per_s']:12,.0f} "
            f"{r['raw_updates_per_s']:11,.0f} {r['series_updates_per_s']:13,.0f}"
        )
    ratio = results["sqlite"]["series_updates_per_s"] / results["memory"]["series_updates_per_s"]
    print(
        f"SQLite series updates run at {ratio:.0%} of the in-memory baseline "
        f"({int(results['sqlite']['revisions'])} revisions derived)"
    )
    print(f"load average at the end: {os.getloadavg()[0]:.2f}")
    if args.json:
        print(json.dumps({"series": args.series, **results}))
    return 0

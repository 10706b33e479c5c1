"""Ingest: decoder records/s per format, and HTTP ingest items/s of the embedded runtime.

What is measured, each beside a baseline from the same run:

1. *decode*: ``--records`` generated records per format (ninjs 1.x with HTML body, ninjs 2.x, plain
   JSON lines, RSS) through :func:`ingest.decoders.decode_payload`; the baseline is the bare parse
   (``json.loads`` per line, or ``feedparser.parse`` for RSS), so the difference is what field
   checking, HTML stripping and model validation cost.
2. *http*: the embedded runtime (real rules, SQLite state in a temporary directory, the JSON-lines
   notifier, no console) on a loopback port; ``--http-items`` plain records are POSTed in batches of
   ``--batch`` with the bearer token. Figures: accepted items/s (the ``202`` is sent once the batch is
   committed to the journal) and processed items/s (until the last item is evaluated and its alerts
   handed to the pipeline). The baseline is the same number of ``GET /healthz`` round trips, the
   cost of the HTTP stack alone.

The records are generated (seeded) from a few sentence templates; a quarter mention a cease-fire so
alerts flow. Prints a table, and with ``--json`` a last line with every figure.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import tempfile
import time
from pathlib import Path

_SENTENCES = (
    "A ceasefire between the two sides took effect at noon on {day}, officials in {city} said.",
    "Shelling hit the outskirts of {city} overnight, the regional governor said.",
    "The ministry said {n} soldiers had been killed in the fighting near {city}.",
    "Talks on a truce are due to resume in {city} on {day}, diplomats said.",
)
_CITIES = ("Yerevan", "Baku", "Goris", "Jermuk", "Tavush", "Kalbajar")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--records", type=int, default=20_000, help="records per format for decoding")
    parser.add_argument("--http-items", type=int, default=2_000, help="items POSTed to the runtime")
    parser.add_argument("--batch", type=int, default=50, help="items per POST")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", action="store_true", help="also print the figures as one JSON line")


def _text(rng: random.Random) -> str:
    template = rng.choice(_SENTENCES)
    return template.format(city=rng.choice(_CITIES), day=rng.choice(_DAYS), n=rng.randint(2, 300))


def _records(n: int, rng: random.Random) -> dict[str, bytes]:
    ninjs1, ninjs2, plain, rss_items = [], [], [], []
    for i in range(n):
        text = _text(rng)
        when = f"2022-09-{13 + i % 3:02d}T{i % 24:02d}:{i % 60:02d}:00Z"
        ninjs1.append(
            json.dumps(
                {
                    "uri": f"urn:b:1:{i}",
                    "versioncreated": when,
                    "headline": text[:40],
                    "body_html": f"<p>{text}</p><p>More to follow.</p>",
                }
            )
        )
        ninjs2.append(
            json.dumps(
                {
                    "uri": f"urn:b:2:{i}",
                    "versioncreated": when,
                    "headlines": [{"role": "main", "value": text[:40]}],
                    "bodies": [{"role": "main", "contenttype": "text/plain", "value": text}],
                }
            )
        )
        plain.append(json.dumps({"id": f"urn:b:p:{i}", "published": when, "text": text}))
        rss_items.append(
            f"<item><title>{text[:40]}</title><guid>urn:b:r:{i}</guid>"
            f"<description>&lt;p&gt;{text}&lt;/p&gt;</description>"
            f"<pubDate>Thu, 15 Sep 2022 06:00:00 +0000</pubDate></item>"
        )
    rss = (
        "<?xml version='1.0'?><rss version='2.0'><channel><title>bench</title>"
        + "".join(rss_items)
        + "</channel></rss>"
    )
    return {
        "ninjs1": "\n".join(ninjs1).encode(),
        "ninjs2": "\n".join(ninjs2).encode(),
        "jsonl": "\n".join(plain).encode(),
        "rss": rss.encode(),
    }


def bench_decode(n: int, seed: int) -> dict[str, dict[str, float]]:
    import feedparser

    from ingest.decoders import Decoded, decode_payload

    out: dict[str, dict[str, float]] = {}
    rng = random.Random(seed)  # noqa: S311 -- reproducible test data, not security
    for fmt, payload in _records(n, rng).items():
        started = time.perf_counter()
        if fmt == "rss":
            feedparser.parse(payload)
        else:
            [json.loads(line) for line in payload.splitlines()]
        baseline = time.perf_counter() - started
        started = time.perf_counter()
        outcomes = decode_payload(payload, hint=f".{fmt}")
        elapsed = time.perf_counter() - started
        decoded = sum(isinstance(o, Decoded) for o in outcomes)
        if decoded != n:
            raise SystemExit(f"bench ingest: {fmt}: decoded {decoded} of {n} records")
        out[fmt] = {"baseline_per_s": n / baseline, "decode_per_s": n / elapsed}
    return out


async def _bench_http(items: int, batch: int, seed: int) -> dict[str, float]:
    import aiohttp
    from prometheus_client import CollectorRegistry
    from pydantic import SecretStr

    from services.embedded import EmbeddedRuntime, RuntimeOptions
    from wirewatch.metrics import Metrics
    from wirewatch.settings import Settings

    rng = random.Random(seed)  # noqa: S311 -- reproducible test data, not security
    token = "bench-token"  # noqa: S105 -- a throwaway token for a loopback benchmark
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        settings = Settings(
            ingest_token=SecretStr(token),
            alerts_path=root / "alerts.jsonl",
            notification_dlq_path=root / "ndlq.jsonl",
        )
        options = RuntimeOptions(
            state_path=root / "state.sqlite3",
            dead_letter_path=root / "dl.jsonl",
            listen="127.0.0.1:0",
            var_dir=root,
            console=False,
        )
        metrics = Metrics(CollectorRegistry())
        runtime = EmbeddedRuntime(settings, options, metrics=metrics)
        await runtime.start()
        try:
            url = f"http://127.0.0.1:{runtime.http_port}"
            headers = {"Authorization": f"Bearer {token}"}
            bodies = [
                [
                    {"id": f"urn:bench:{i}", "text": _text(rng)}
                    for i in range(start, min(start + batch, items))
                ]
                for start in range(0, items, batch)
            ]
            async with aiohttp.ClientSession(base_url=url) as client:
                started = time.perf_counter()
                for _ in bodies:
                    async with client.get("/healthz") as health:
                        health.raise_for_status()
                baseline = time.perf_counter() - started
                started = time.perf_counter()
                for body in bodies:
                    async with client.post("/v1/items", json=body, headers=headers) as response:
                        if response.status != 202:
                            raise SystemExit(f"bench ingest: POST answered {response.status}")
                accepted = time.perf_counter() - started
                await runtime._queue.join()
                processed = time.perf_counter() - started
        finally:
            await runtime.shutdown()
    return {
        "healthz_round_trips_per_s": len(bodies) / baseline,
        "post_round_trips_per_s": len(bodies) / accepted,
        "accepted_items_per_s": items / accepted,
        "processed_items_per_s": items / processed,
    }


def run(args: argparse.Namespace) -> int:
    from wirewatch.logging import configure_logging

    configure_logging("WARNING")
    decode = bench_decode(args.records, args.seed)
    print(f"decode: {args.records} records per format")
    print(f"  {'format':<8} {'baseline parse/s':>18} {'decode_payload/s':>18} {'ratio':>7}")
    for fmt, fig in decode.items():
        ratio = fig["decode_per_s"] / fig["baseline_per_s"]
        print(f"  {fmt:<8} {fig['baseline_per_s']:>18,.0f} {fig['decode_per_s']:>18,.0f} {ratio:>7.2f}")
    http = asyncio.run(_bench_http(args.http_items, args.batch, args.seed))
    print(f"http: {args.http_items} items in POSTs of {args.batch} to the embedded runtime (loopback)")
    print(f"  baseline GET /healthz round trips/s : {http['healthz_round_trips_per_s']:>10,.0f}")
    print(f"  POST /v1/items round trips/s        : {http['post_round_trips_per_s']:>10,.0f}")
    print(f"  items accepted (202, journalled)/s  : {http['accepted_items_per_s']:>10,.0f}")
    print(f"  items processed (evaluated)/s       : {http['processed_items_per_s']:>10,.0f}")
    if args.json:
        print(json.dumps({"decode": decode, "http": http}))
    return 0

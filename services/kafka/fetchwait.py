"""Bound how long the broker may hold a fetch of the Faust app's consumer (100 ms, not Faust's 1.5 s).

Why: Faust builds its aiokafka consumer with ``fetch_max_wait_ms=1500`` (hard-coded in its driver,
no setting), and aiokafka sends at most one fetch at a time to a broker. A partition whose fetched
records have not been handed to Faust within aiokafka's prefetch backoff (0.1 s: the worker's event
loop was busy or descheduled that long) is left out of the next fetch request. When every
``wirewatch.events`` and ``wirewatch.alerts`` partition is left out, that request names only idle
partitions (Faust's leader topic), so the broker holds it for the whole 1.5 s: new items and
alerts wait behind it, as they cannot be fetched before it returns. The catch-up that follows takes
long enough to leave them out again, so one stall becomes a cycle of 1.5 s holds. Seen with
``wirewatch bench e2e`` and a stall injected into the worker's loop in a development copy: from the
stall on, fetches naming only the leader partition were held the whole 1.5 s, again and again, to
the end of the phase; with the bound, the hops after the same stall were back to their usual tens of
milliseconds. On a loaded machine a descheduled loop was enough to start the cycle.

The price: an idle worker's consumer sends up to 10 empty fetches a second instead of one every
1.5 s (each a small request to the broker it is connected to anyway).
"""

from __future__ import annotations

from typing import Any

import structlog

log = structlog.get_logger("wirewatch.kafka.worker")

FETCH_MAX_WAIT_MS = 100  # aiokafka's own default is 500; Faust's 1500


def bound_fetch_wait(app: Any, max_wait_ms: int = FETCH_MAX_WAIT_MS) -> bool:
    """Set the fetch wait of the Faust ``app``'s aiokafka consumer to ``max_wait_ms``.

    Applies to every fetch request built from then on (aiokafka reads the value per request), and
    to a fetcher the consumer creates later (it is set on the consumer too). Call it once the
    consumer has started (after a recovery, say); idempotent. Returns whether the running fetcher
    got the bound. Never raises (the worker is only slower without it): a consumer not started yet,
    or a Faust/aiokafka without these attributes, is logged and reported as ``False``.
    """
    try:
        client: Any = app.consumer._thread._ensure_consumer()  # the aiokafka consumer Faust owns
        # Plain attribute writes (atomic under the GIL): safe from this thread while the consumer's
        # own thread builds requests, which read the value afresh each time.
        client._fetch_max_wait_ms = max_wait_ms
        fetcher = client._fetcher
        if fetcher is None:
            return False
        fetcher._fetch_max_wait_ms = max_wait_ms
    except Exception as exc:
        log.warning("worker.fetch_wait_failed", error=repr(exc))
        return False
    return True

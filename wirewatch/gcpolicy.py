"""The garbage-collector policy of a long-running wirewatch process: freeze what lives for good, time pauses.

Why: CPython's full (generation 2) collection walks every tracked object, and it runs inside the event
loop, so every item and alert in flight waits for it. A Kafka worker holds about 86,000 long-lived
objects built at start-up (the compiled rule set and gazetteer, Faust's and aiokafka's machinery).
Each full collection over them stalled the worker for about 150 ms, and one falling in the latency
phase of ``wirewatch bench e2e`` set its p99 (``--worker-env WIREWATCH_GC_FREEZE=false`` shows it:
the bench prints the worker's full collections per phase).

:func:`freeze` (``gc.collect()`` then ``gc.freeze()``) moves every object alive at that point into
the permanent generation, which collections skip. Reference counting still frees those objects; the
cyclic collector goes on working for everything created afterwards, so the worker's full
collections cover only what it built since (its tables, caches and work in flight). The price: a reference
cycle among frozen objects that later becomes garbage is not reclaimed until :func:`refreeze`. A
rule reload is the one time a large frozen structure (the old rule set) is dropped, so reloads call
:func:`refreeze`: one full collection, paid on reload only.

Only process entry points apply the policy (``wirewatch run``, ``wirewatch worker``), when
``WIREWATCH_GC_FREEZE`` is on (the default): a library user or a test that builds runtimes in its
own process keeps the interpreter's collector untouched.

:class:`PauseTimer` observes every collection's duration in ``wirewatch_gc_pause_seconds{generation}``,
so a latency spike can be told apart from a collection on a dashboard.
"""

from __future__ import annotations

import gc
import time
from typing import Any

from wirewatch.metrics import Metrics


def apply(metrics: Metrics, *, freeze_objects: bool) -> int:
    """The policy of a process entry point, once its long-lived state is built: time every collection
    from now on, and freeze (when ``freeze_objects``, i.e. ``WIREWATCH_GC_FREEZE``). Returns how many
    objects were frozen (0 when not)."""
    PauseTimer(metrics).install()
    return freeze() if freeze_objects else 0


def freeze() -> int:
    """Collect, then move every surviving object to the permanent generation; returns how many."""
    gc.collect()
    gc.freeze()
    return gc.get_freeze_count()


def refreeze() -> int:
    """After long-lived objects were replaced (a rule reload): reclaim and freeze again.

    A no-op returning 0 when nothing is frozen (the policy is off, or this process never froze), so
    the runtimes may call it unconditionally.
    """
    if gc.get_freeze_count() == 0:
        return 0
    gc.unfreeze()
    return freeze()


class PauseTimer:
    """A ``gc.callbacks`` hook that observes each collection's duration, by generation.

    ``install()`` adds the hook (once), ``uninstall()`` removes it. The hook runs inside every
    collection, young ones included (hundreds per second under load), so it only reads the clock
    and observes a pre-resolved histogram child.
    """

    def __init__(self, metrics: Metrics) -> None:
        self._children = tuple(metrics.gc_pause_seconds.labels(str(g)) for g in range(3))
        self._started = 0.0

    def __call__(self, phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self._children[info["generation"]].observe(time.perf_counter() - self._started)

    def install(self) -> None:
        if self not in gc.callbacks:
            gc.callbacks.append(self)

    def uninstall(self) -> None:
        if self in gc.callbacks:
            gc.callbacks.remove(self)

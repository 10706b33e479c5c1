"""The event loop of a long-running wirewatch process: uvloop by default, asyncio's own on request.

Why: a Kafka worker spends much of its CPU in the event loop itself (scheduling callbacks, futures,
socket writes for every Kafka request and webhook POST). uvloop implements the same loop API on
libuv, in C; Faust, aiokafka and aiohttp support it. ``wirewatch bench e2e`` shows what it is worth
(``--worker-env WIREWATCH_EVENT_LOOP=asyncio`` for the comparison).

:func:`install` sets the process's event-loop policy, so every loop created afterwards is of that
kind: ``asyncio.run`` in ``wirewatch run`` and ``wirewatch gateway``, the worker's main loop and the
thread loop Faust gives its consumer. Only those process entry points call it (``WIREWATCH_EVENT_LOOP``);
a test or a library user that builds runtimes in its own process keeps the loop it has.
"""

from __future__ import annotations

import asyncio
from typing import Literal

import structlog

EventLoopName = Literal["uvloop", "asyncio"]


def install(name: EventLoopName) -> str:
    """Make every event loop this process creates from now on a ``name`` loop.

    Returns ``name``, for the start-up log. Call before the first loop is created; a loop that
    already exists is unchanged.
    """
    if name == "uvloop":
        import uvloop

        asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())
    else:
        asyncio.set_event_loop_policy(None)  # the interpreter's default policy
    return name


def apply(name: EventLoopName) -> str:
    """:func:`install` at a process entry point, and log which loop is in effect (``event_loop``)."""
    kind = install(name)
    structlog.get_logger("wirewatch.eventloop").info("event_loop", loop=kind)
    return kind

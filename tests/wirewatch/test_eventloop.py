"""The event-loop choice of the process entry points (wirewatch.eventloop)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
import uvloop
from pydantic import ValidationError
from structlog.testing import capture_logs

from wirewatch import eventloop
from wirewatch.settings import Settings


@pytest.fixture
def restore_policy() -> Iterator[None]:
    before = asyncio.get_event_loop_policy()
    try:
        yield
    finally:
        asyncio.set_event_loop_policy(before)


def test_uvloop_makes_every_new_loop_a_uvloop(restore_policy: None) -> None:
    """install("uvloop") makes asyncio.new_event_loop() and asyncio.run use uvloop."""
    assert eventloop.install("uvloop") == "uvloop"
    loop = asyncio.new_event_loop()
    try:
        assert isinstance(loop, uvloop.Loop)
    finally:
        loop.close()

    async def running() -> asyncio.AbstractEventLoop:
        return asyncio.get_running_loop()

    assert isinstance(asyncio.run(running()), uvloop.Loop)


def test_asyncio_restores_the_interpreters_loop(restore_policy: None) -> None:
    """install("asyncio") after uvloop gives asyncio's own loop again."""
    eventloop.install("uvloop")
    assert eventloop.install("asyncio") == "asyncio"
    loop = asyncio.new_event_loop()
    try:
        assert not isinstance(loop, uvloop.Loop)
        assert isinstance(loop, asyncio.BaseEventLoop)
    finally:
        loop.close()


def test_apply_logs_the_loop_in_effect(restore_policy: None) -> None:
    """apply() installs the loop and logs an event_loop line naming it."""
    with capture_logs() as logs:
        assert eventloop.apply("asyncio") == "asyncio"
    assert {"event": "event_loop", "loop": "asyncio", "log_level": "info"} in logs


def test_setting_defaults_to_uvloop_and_refuses_others(monkeypatch: pytest.MonkeyPatch) -> None:
    """WIREWATCH_EVENT_LOOP defaults to uvloop, accepts asyncio, and refuses any other name."""
    monkeypatch.delenv("WIREWATCH_EVENT_LOOP", raising=False)
    assert Settings().event_loop == "uvloop"
    monkeypatch.setenv("WIREWATCH_EVENT_LOOP", "asyncio")
    assert Settings().event_loop == "asyncio"
    monkeypatch.setenv("WIREWATCH_EVENT_LOOP", "trio")
    with pytest.raises(ValidationError, match="event_loop"):
        Settings()

"""Where wire items come from in the embedded runtime: an inbox directory, stdin, or given files.

A :class:`Source` decodes what it reads (:func:`ingest.decoders.decode_payload`) and hands each
payload's outcomes to a :data:`Submit` callback, whose awaitable completes once the runtime has
finished with them (evaluated, or dead-lettered). Sources never evaluate anything themselves.

Every source sets :attr:`Source.settled` once the work present at start-up has been submitted and
finished (the inbox's first scan, the end of stdin, the last file), which is what
``wirewatch run --exit-when-idle`` waits for, and stops at a safe point after :meth:`Source.stop`.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import sys
import threading
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO, Protocol

import structlog

from ingest.decoders import Outcome, Rejected, decode_payload


@dataclass(frozen=True)
class SubmitResult:
    """What became of one submitted payload."""

    decoded: int
    rejected: int


Submit = Callable[[Sequence[Outcome], str, str | None], Awaitable[SubmitResult]]
"""``submit(outcomes, source, origin)``: process outcomes; completes when they are all handled."""


class Source(Protocol):
    """An async producer of decoded payloads."""

    name: str
    settled: asyncio.Event

    async def run(self, submit: Submit) -> None:
        """Read, decode and submit until exhausted or stopped."""
        ...

    def stop(self) -> None:
        """Ask the source to stop at the next safe point (never in the middle of a payload)."""
        ...


log = structlog.get_logger("wirewatch.ingest")

_PARTIAL_SUFFIXES = (".tmp", ".part", ".partial", ".swp", ".crdownload")


def _unique_target(directory: Path, name: str) -> Path:
    target = directory / name
    if not target.exists():
        return target
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    return directory / f"{stamp}-{name}"


class InboxSource:
    """Watches a directory; each file dropped in is processed once, then moved away.

    A file moves to ``done/`` when every record decoded, or to ``failed/`` when any did not (those
    records are in the dead letter, with the file name and record index; the good ones were
    processed). Files whose names start with ``.`` or end with ``.tmp``/``.part`` are ignored, and a
    file is read only once its size and mtime are unchanged across two polls, so a writer should
    drop files by rename or tolerate a poll-interval delay. A file still in the inbox at start-up
    (e.g. after a crash mid-file) is processed again; the detector ignores an ``(uri, version)`` it
    has already seen, so this is safe.
    """

    def __init__(self, directory: Path, *, interval: float = 0.5, name: str = "inbox") -> None:
        self.name = name
        self.directory = directory
        self.interval = interval
        self.settled = asyncio.Event()
        self.done_dir = directory / "done"
        self.failed_dir = directory / "failed"
        self._stopping = asyncio.Event()
        self._seen: dict[Path, tuple[int, int]] = {}
        self._unreadable: set[Path] = set()

    def stop(self) -> None:
        self._stopping.set()

    def _candidates(self) -> list[Path]:
        ready: list[Path] = []
        current: dict[Path, tuple[int, int]] = {}
        try:
            entries = list(os.scandir(self.directory))
        except FileNotFoundError:
            return []
        for entry in entries:
            if entry.name.startswith(".") or entry.name.endswith(_PARTIAL_SUFFIXES):
                continue
            if Path(entry.path) in self._unreadable:
                continue
            if not entry.is_file(follow_symlinks=False):
                continue
            stat = entry.stat(follow_symlinks=False)
            path = Path(entry.path)
            current[path] = (stat.st_size, stat.st_mtime_ns)
            if self._seen.get(path) == current[path]:
                ready.append(path)
        self._seen = current
        return sorted(ready, key=lambda p: (current[p][1], p.name))

    async def process_file(self, path: Path, submit: Submit) -> Path:
        """Decode and submit one file, wait until it is handled, move it; return where it went."""
        data = await asyncio.to_thread(path.read_bytes)
        outcomes = decode_payload(data, hint=path.suffix)
        result = await submit(outcomes, self.name, path.name)
        failed = result.rejected > 0 or any(isinstance(o, Rejected) for o in outcomes)
        target_dir = self.failed_dir if failed else self.done_dir
        target_dir.mkdir(parents=True, exist_ok=True)
        target = _unique_target(target_dir, path.name)
        await asyncio.to_thread(shutil.move, path, target)
        log.info(
            "inbox.file_processed",
            file=path.name,
            moved_to=str(target),
            decoded=result.decoded,
            rejected=result.rejected,
        )
        return target

    async def run(self, submit: Submit) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        log.info("inbox.watching", directory=str(self.directory))
        first_scan = True
        while not self._stopping.is_set():
            for path in self._candidates():
                if self._stopping.is_set():
                    break
                try:
                    await self.process_file(path, submit)
                except OSError as exc:
                    # Left in place (it may become readable) but not retried every poll.
                    self._unreadable.add(path)
                    log.error("inbox.file_unreadable", file=path.name, error=str(exc))
                self._seen.pop(path, None)
            if not first_scan:
                self.settled.set()
            first_scan = False  # the first poll only records sizes; the second one reads
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), self.interval)
        self.settled.set()


class FileSource:
    """Submits the given files once, in order (the bundled samples, ``--file`` inputs)."""

    def __init__(self, paths: Sequence[Path], *, name: str = "file") -> None:
        self.name = name
        self.paths = list(paths)
        self.settled = asyncio.Event()
        self._stopping = False

    def stop(self) -> None:
        self._stopping = True

    async def run(self, submit: Submit) -> None:
        try:
            for path in self.paths:
                if self._stopping:
                    break
                data = await asyncio.to_thread(path.read_bytes)
                await submit(decode_payload(data, hint=path.suffix), self.name, path.name)
        finally:
            self.settled.set()


class StdinSource:
    """Reads stdin: JSON lines (one ninjs or plain record per line), or, when the stream starts with
    ``<`` or ``[``, one whole RSS/Atom/JSON document read to the end.

    A daemon thread does the blocking reads (stdin may be a pipe or a regular file, which asyncio's
    pipe transports cannot both handle) and hands lines to the loop. :meth:`stop` lets the lines
    already read be submitted, then ends the source; a read still blocked in the thread is abandoned.
    """

    def __init__(self, stream: BinaryIO | None = None, *, name: str = "stdin") -> None:
        self.name = name
        self.stream = stream if stream is not None else sys.stdin.buffer
        self.settled = asyncio.Event()
        self._queue: asyncio.Queue[bytes | None] = asyncio.Queue()

    def stop(self) -> None:
        self._queue.put_nowait(None)

    def _reader(self, loop: asyncio.AbstractEventLoop) -> None:
        def put(chunk: bytes | None) -> None:
            loop.call_soon_threadsafe(self._queue.put_nowait, chunk)

        try:
            first = self.stream.readline()
            if first.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"<", b"["):
                put(first + self.stream.read())
            else:
                line = first
                while line:
                    if line.strip():
                        put(line)
                    line = self.stream.readline()
        except (OSError, ValueError) as exc:
            log.error("stdin.read_error", error=str(exc))
        finally:
            with contextlib.suppress(RuntimeError):  # the loop is already closed at exit
                put(None)

    async def run(self, submit: Submit) -> None:
        loop = asyncio.get_running_loop()
        thread = threading.Thread(target=self._reader, args=(loop,), name="wirewatch-stdin", daemon=True)
        thread.start()
        line_number = 0
        try:
            while (chunk := await self._queue.get()) is not None:
                line_number += 1
                await submit(decode_payload(chunk, hint=".jsonl"), self.name, f"line {line_number}")
        finally:
            self.settled.set()

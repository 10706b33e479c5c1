"""The embedded runtime: one asyncio process, SQLite state, no broker (``wirewatch run``).

Items arrive from sources (:mod:`ingest.sources`: inbox directory, stdin, bundled samples) and from
``POST /v1/items`` (:mod:`services.http`). One worker task (:mod:`services.embedded_worker`) takes
them in arrival order and, for each item, runs ``Detector.evaluate(item, store, now)`` and hands the
alerts to the alert pipeline (:func:`alerts.factory.build_pipeline`). The same worker wakes at the
earliest of the detector's ``next_deadline`` and the pipeline's ``next_wakeup`` and calls
``Detector.tick`` / ``pipeline.tick``, so claim deadlines fire on a quiet stream. Processing is
strictly sequential: the core is pure and fast, and one writer keeps the SQLite state simple and
consistent. The HTTP app also carries the alert routes of :mod:`services.http_alerts` (silences,
subscriptions), behind the same token.

Durability (what "accepted" means):

- HTTP: a ``202`` is sent after the decoded items are committed to the journal (namespace
  ``runtime.journal`` of the state store, one SQLite transaction) and rejected records are fsynced to
  the dead letter. Journal entries are removed in the same transaction as the item's state changes,
  and replayed at start-up, so an accepted item is processed exactly once even across a crash.
- Alerts produced by an item are written to an outbox (``runtime.outbox``) in that same transaction
  and removed once the pipeline has taken them; a crash in between resubmits them at start-up (the
  pipeline dedups by fingerprint).
- Inbox files are moved to ``done/`` or ``failed/`` only after every record in them is handled; a
  file left behind by a crash is read again, and the detector ignores an ``(uri, version)`` it has
  seen.

Shutdown (SIGTERM/SIGINT, or ``exit_when_idle``): readiness turns 503 and new POSTs get 503; the
HTTP server finishes in-flight requests and closes; sources stop at a payload boundary; the worker
drains every queued item; the pipeline is closed (flushing what it holds); the store is closed.
SIGHUP, or a change of a file in a user rule directory (polled every ``WIREWATCH_RULES_WATCH_SECONDS``),
reloads the rules; a rule set that fails to load is refused and the previous one stays live.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

import structlog
from aiohttp import web

from alerts.factory import build_pipeline
from alerts.pipeline import AlertPipeline
from ingest.deadletter import DeadLetter
from ingest.decoders import Decoded, Outcome, Rejected
from ingest.sources import FileSource, InboxSource, Source, StdinSource, SubmitResult
from rules.engine import Detector
from rules.loader import load_ruleset
from rules.matcher import RuleSet
from services.embedded_worker import ItemWorker, Work
from services.http import AcceptResult, create_app, parse_listen, resolve_ingest_token, start_server
from services.journal import Journal
from services.rulewatch import RuleDirWatcher, reload_ruleset
from services.sqlite_store import SqliteStore
from wirewatch import __version__, gcpolicy
from wirewatch.clock import Clock, SystemClock
from wirewatch.metrics import Metrics
from wirewatch.settings import Settings

log = structlog.get_logger("wirewatch.runtime")

T = TypeVar("T")


@dataclass(frozen=True)
class RuntimeOptions:
    """What to run. ``listen=None`` runs without HTTP; ``samples`` feeds the bundled items first."""

    state_path: Path
    dead_letter_path: Path
    rules_dirs: tuple[Path, ...] = ()
    inbox: Path | None = None
    listen: str | None = "127.0.0.1:8080"
    samples: Sequence[Path] = ()
    stdin: BinaryIO | None = None
    exit_when_idle: bool = False
    var_dir: Path = Path("var")
    inbox_interval: float = 0.5
    console: bool = True  # print alerts on stdout (default routing only)


class EmbeddedRuntime:
    """The ``wirewatch run`` process. Use :meth:`run` (start, serve until stopped, shut down)."""

    def __init__(
        self,
        settings: Settings,
        options: RuntimeOptions,
        *,
        metrics: Metrics | None = None,
        clock: Clock | None = None,
        process_gc: bool = False,
    ) -> None:
        self.settings = settings
        self.options = options
        #: this runtime owns its process (``wirewatch run``): it applies :mod:`wirewatch.gcpolicy`
        self.process_gc = process_gc
        self.metrics = metrics or Metrics()
        self.clock: Clock = clock or SystemClock()
        self.dead_letter = DeadLetter(options.dead_letter_path)
        self.http_port: int | None = None
        self.token_file: Path | None = None
        self._queue: asyncio.Queue[Work | None] = asyncio.Queue()
        self._journal: Journal | None = None
        self._accepting = False
        self._started = False
        self._shut_down = False
        self._stop = asyncio.Event()
        self._sources: list[Source] = []
        self._tasks: list[asyncio.Task[Any]] = []
        self._runner: web.AppRunner | None = None
        self.store: SqliteStore | None = None
        self.detector: Detector | None = None
        self.pipeline: AlertPipeline | None = None

    # --- IngestTarget (services.http) ---------------------------------------------------
    @property
    def accepting(self) -> bool:
        return self._accepting

    @property
    def ready(self) -> bool:
        return self._started and self._accepting

    async def accept(self, outcomes: Sequence[Outcome], source: str, origin: str | None) -> AcceptResult:
        """Journal the decoded items (committed before returning), dead-letter the rejected ones."""
        store, journal = _started(self.store), _started(self._journal)
        rejected = self._reject(outcomes, source, origin)
        work: list[Work] = []
        with store.transaction():
            for o in outcomes:
                if isinstance(o, Decoded):
                    key = journal.append(o.item, o.format, source, origin)
                    work.append(Work(o.item, o.format, source, origin, journal_key=key))
        for w in work:
            self._received(w.source, w.format)
            self._queue.put_nowait(w)
        return AcceptResult(
            accepted=[w.item.uri for w in work],
            rejected=[{"index": r.index, "field": r.error.field, "reason": r.error.reason} for r in rejected],
        )

    # --- Submit (ingest.sources) --------------------------------------------------------
    async def submit(self, outcomes: Sequence[Outcome], source: str, origin: str | None) -> SubmitResult:
        """Process a source's payload; returns once every record is evaluated or dead-lettered."""
        rejected = self._reject(outcomes, source, origin)
        loop = asyncio.get_running_loop()
        futures: list[asyncio.Future[None]] = []
        for outcome in outcomes:
            if isinstance(outcome, Decoded):
                done: asyncio.Future[None] = loop.create_future()
                futures.append(done)
                self._received(source, outcome.format)
                self._queue.put_nowait(Work(outcome.item, outcome.format, source, origin, done=done))
        if futures:
            await asyncio.gather(*futures)
        return SubmitResult(decoded=len(futures), rejected=len(rejected))

    # --- lifecycle ----------------------------------------------------------------------
    async def run(self) -> None:
        """Start, serve until :meth:`request_stop` (or idle, with ``exit_when_idle``), then drain."""
        try:
            await self.start()
            await self._stop.wait()
        finally:
            await self.shutdown()

    def request_stop(self) -> None:
        """Begin a graceful shutdown (signal-handler safe)."""
        if not self._stop.is_set():
            log.info("runtime.stopping")
        self._accepting = False
        self._stop.set()

    @property
    def _retention(self) -> timedelta:
        """How long state is kept (``WIREWATCH_STATE_RETENTION_HOURS``), by the detector and the store."""
        return timedelta(hours=self.settings.state_retention_hours)

    def _make_detector(self, ruleset: RuleSet) -> Detector:
        """A detector whose own retention matches the store's."""
        return Detector(ruleset, metrics=self.metrics, retention=self._retention)

    async def start(self) -> None:
        """Open state, load rules, recover the journal and outbox, start HTTP, sources and the worker."""
        opts = self.options
        self.metrics.build_info.info({"version": __version__, "runtime": "embedded"})
        # Signature taken before loading, so an edit made while the rules load is not missed.
        watcher = RuleDirWatcher(opts.rules_dirs)
        ruleset = await asyncio.to_thread(load_ruleset, list(opts.rules_dirs))
        self.metrics.rules_loaded.set(len(ruleset.rules))
        self.store = SqliteStore(opts.state_path, clock=self.clock.now)
        self._journal = Journal(self.store)
        self.detector = self._make_detector(ruleset)
        self.pipeline = build_pipeline(self.settings, self.store, self.metrics, console=opts.console)
        log.info(
            "runtime.starting",
            state=str(opts.state_path),
            rules=len(ruleset.rules),
            rule_dirs=[str(d) for d in opts.rules_dirs],
            dead_letter=str(opts.dead_letter_path),
        )
        worker = ItemWorker(
            self._queue,
            store=self.store,
            journal=self._journal,
            pipeline=self.pipeline,
            detector=lambda: _started(self.detector),
            dead_letter=self.dead_letter,
            metrics=self.metrics,
            clock=self.clock,
            retention=self._retention,
        )
        await worker.recover()
        self._accepting = True
        self._tasks.append(asyncio.create_task(worker.run(), name="wirewatch-worker"))
        if opts.listen:
            await self._start_http(opts.listen)
        self._sources = self._make_sources()
        for source in self._sources:
            self._tasks.append(asyncio.create_task(self._run_source(source), name=f"source-{source.name}"))
        self._install_signals()
        if opts.rules_dirs and self.settings.rules_watch_seconds > 0:
            self._tasks.append(asyncio.create_task(self._watch_rules(watcher), name="wirewatch-rules-watch"))
        self._started = True
        if self.process_gc:
            # Rules, store and pipeline live as long as the process: out of the collector's way.
            gcpolicy.apply(self.metrics, freeze_objects=self.settings.gc_freeze)
        if opts.exit_when_idle:
            self._tasks.append(asyncio.create_task(self._exit_when_idle(), name="wirewatch-idle"))
        log.info(
            "runtime.started",
            listen=opts.listen and f"{parse_listen(opts.listen)[0]}:{self.http_port}",
            inbox=str(opts.inbox) if opts.inbox else None,
            samples=len(opts.samples),
        )

    async def shutdown(self) -> None:
        """Stop accepting, drain every accepted item, flush the pipeline, close the store (idempotent)."""
        self._accepting = False
        if self._shut_down:
            return
        self._shut_down = True
        if self._runner is not None:
            await self._runner.cleanup()  # waits for in-flight requests
            self._runner = None
        for source in self._sources:
            source.stop()
        source_tasks = [t for t in self._tasks if t.get_name().startswith("source-")]
        if source_tasks:
            await asyncio.wait(source_tasks)
        self._queue.put_nowait(None)
        worker = [t for t in self._tasks if t.get_name() == "wirewatch-worker"]
        if worker:
            await asyncio.wait(worker)
        for task in self._tasks:
            if not task.done():
                task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self.pipeline is not None:
            await self.pipeline.aclose()
        if self.store is not None:
            self.store.close()
            self.store = None
        self._remove_signals()
        log.info("runtime.stopped")

    async def reload_rules(self) -> bool:
        """Load the rules again; keep the live set if the new one fails. Returns whether it changed."""
        ruleset = await asyncio.to_thread(reload_ruleset, self.options.rules_dirs, self.metrics)
        if ruleset is None:
            return False
        self.detector = self._make_detector(ruleset)
        gcpolicy.refreeze()  # the old rule set was frozen with the rest: reclaim it (no-op if unfrozen)
        return True

    # --- internals ----------------------------------------------------------------------
    def _received(self, source: str, fmt: str) -> None:
        self.metrics.items_received.labels(source=source).inc()
        self.metrics.items_decoded.labels(source=source, format=fmt).inc()
        self.metrics.last_item_timestamp.set_to_current_time()

    def _reject(self, outcomes: Sequence[Outcome], source: str, origin: str | None) -> list[Rejected]:
        rejected = [o for o in outcomes if isinstance(o, Rejected)]
        for r in rejected:
            self.dead_letter.write(
                r.raw, r.error, source=source, origin=origin, index=r.index, format=r.format
            )
            self.metrics.items_received.labels(source=source).inc()
            self.metrics.items_dead_lettered.labels(source=source, reason=r.error.field).inc()
            self.metrics.last_item_timestamp.set_to_current_time()
            log.warning(
                "item.dead_lettered",
                source=source,
                origin=origin,
                index=r.index,
                field=r.error.field,
                reason=r.error.reason,
            )
        return rejected

    def _make_sources(self) -> list[Source]:
        opts = self.options
        sources: list[Source] = []
        if opts.samples:
            sources.append(FileSource(list(opts.samples), name="samples"))
        if opts.inbox is not None:
            sources.append(InboxSource(opts.inbox, interval=opts.inbox_interval))
        if opts.stdin is not None:
            sources.append(StdinSource(opts.stdin))
        return sources

    async def _run_source(self, source: Source) -> None:
        try:
            await source.run(self.submit)
        except Exception:
            log.exception("source.failed", source=source.name)
            source.settled.set()

    async def _start_http(self, listen: str) -> None:
        token, token_file = resolve_ingest_token(self.settings, self.options.var_dir)
        self.token_file = token_file
        app = create_app(self, self.metrics.registry, token)
        if self.pipeline is not None:  # silences, subscriptions, route test (same bearer token)
            from services.http_alerts import add_alert_routes

            add_alert_routes(app, self.pipeline, token=token)
        self._runner, host, self.http_port = await start_server(app, listen)
        log.info(
            "http.listening",
            url=f"http://{host}:{self.http_port}",
            # A key that does not look secret, or the log redactor would hide the path (never the token).
            bearer_file=str(token_file) if token_file else "(from WIREWATCH_INGEST_TOKEN)",
        )

    async def _exit_when_idle(self) -> None:
        await asyncio.gather(*(s.settled.wait() for s in self._sources))
        await self._queue.join()
        log.info("runtime.idle")
        self.request_stop()

    def _install_signals(self) -> None:
        loop = asyncio.get_running_loop()
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            loop.add_signal_handler(signal.SIGTERM, self.request_stop)
            loop.add_signal_handler(signal.SIGINT, self.request_stop)
            loop.add_signal_handler(signal.SIGHUP, self._on_sighup)

    def _remove_signals(self) -> None:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.remove_signal_handler(sig)

    async def _watch_rules(self, watcher: RuleDirWatcher) -> None:
        """Reload the rules when a file in a user rule directory changes (e.g. a ConfigMap update)."""
        while not self._stop.is_set():
            await asyncio.sleep(self.settings.rules_watch_seconds)
            if await asyncio.to_thread(watcher.changed):
                log.info("rules.changed_on_disk", rule_dirs=[str(d) for d in watcher.dirs])
                await self.reload_rules()

    def _on_sighup(self) -> None:
        log.info("rules.reload_requested")
        if self.pipeline is not None:
            self.pipeline.reload()  # routing and subscriptions; the pipeline keeps its config on failure
        task = asyncio.create_task(self.reload_rules(), name="wirewatch-reload")
        self._tasks.append(task)


def _started(value: T | None) -> T:
    """``value``, which :meth:`EmbeddedRuntime.start` sets; before that there is nothing to use."""
    if value is None:
        raise RuntimeError("runtime not started")
    return value

"""The notify side of the worker: one alert pipeline per owned ``wirewatch.alerts`` partition.

Pipelines are created lazily per owned alerts partition (after its table partition is recovered),
and closed when the partition is revoked, so a pipeline never writes state it no longer owns. Each
pipeline's state is that partition of the ``notifier-state`` table, written outside any stream
(delivery tasks) through :class:`services.kafka.changelog.DirectChangelogWriter`. Notifications
that fail for good go to the ``wirewatch.notifications.dlq`` topic (:class:`KafkaDeadLetter`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any

import httpx
import structlog

from alerts.deadletter import DeadLetterRecord
from alerts.factory import build_pipeline
from alerts.pipeline import AlertPipeline
from services.kafka.changelog import DirectChangelogWriter
from services.kafka.httptransport import AiohttpClient
from services.kafka.store import KeyIndex, TablePartitionStore
from wirewatch.metrics import Metrics
from wirewatch.settings import Settings

log = structlog.get_logger("wirewatch.kafka.worker")


class KafkaDeadLetter:
    """Notification dead letter on the ``wirewatch.notifications.dlq`` topic (waits for the ack)."""

    def __init__(self, topic: Any) -> None:
        self.topic = topic

    async def put(self, record: DeadLetterRecord) -> None:
        value = json.dumps(record.to_json(), ensure_ascii=False).encode("utf-8")
        fut = await self.topic.send(key=record.notification.id.encode("utf-8"), value=value)
        await fut


class NotifierPartitions:
    """The :class:`~alerts.pipeline.AlertPipeline` of each alerts partition this worker owns.

    ``table`` is the ``notifier-state`` table (in-memory store), ``index`` its key index, and
    ``dead_letter_topic`` the notifications DLQ topic. All pipelines share one HTTP client, created
    with the first pipeline and closed by :meth:`aclose`.
    """

    def __init__(
        self,
        settings: Settings,
        metrics: Metrics,
        app: Any,
        table: Any,
        index: KeyIndex,
        dead_letter_topic: Any,
    ) -> None:
        self.settings = settings
        self.metrics = metrics
        self.table = table
        self.index = index
        self.writer = DirectChangelogWriter(app, table)
        self.dead_letter_topic = dead_letter_topic
        self.pipelines: dict[int, AlertPipeline] = {}
        self.http: httpx.AsyncClient | None = None

    def get(self, partition: int) -> AlertPipeline:
        """The pipeline of ``partition``, opened on first use."""
        pipeline = self.pipelines.get(partition)
        if pipeline is None:
            if self.http is None:
                # aiohttp underneath, and plain POSTs skip httpx's client layer (.httptransport).
                self.http = AiohttpClient(headers={"User-Agent": "wirewatch"})
            store = TablePartitionStore(
                self.table, partition, in_stream=False, index=self.index, writer=self.writer
            )
            pipeline = build_pipeline(
                self.settings,
                store,
                self.metrics,
                console=False,
                dead_letter=KafkaDeadLetter(self.dead_letter_topic),
                client=self.http,
            )
            self.pipelines[partition] = pipeline
            log.info("notifier.partition_opened", partition=partition)
        return pipeline

    async def close(self, partitions: Iterable[int]) -> None:
        """Close the pipelines of ``partitions`` (finishing their queued deliveries, bounded)."""
        for partition in sorted(partitions):
            pipeline = self.pipelines.pop(partition, None)
            if pipeline is not None:
                await pipeline.aclose()
                log.info("notifier.partition_closed", partition=partition)

    async def tick_due(self, owned: Iterable[int], now: datetime) -> None:
        """Tick the open pipelines of ``owned`` partitions whose next wakeup has passed at ``now``."""
        for partition in sorted(owned):
            pipeline = self.pipelines.get(partition)
            wakeup = pipeline.next_wakeup() if pipeline is not None else None
            if pipeline is not None and wakeup is not None and wakeup <= now:
                await pipeline.tick(now)

    async def aclose(self) -> None:
        """Close every pipeline, then the shared HTTP client."""
        await self.close(set(self.pipelines))
        if self.http is not None:
            await self.http.aclose()
            self.http = None

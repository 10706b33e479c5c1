"""The idempotent aiokafka producer behind ``gateway``, ``send`` and ``poll``.

Every record is produced with ``acks=all`` and idempotence, and :meth:`ItemProducer.publish` returns
only once the broker acknowledged *every* record it was given, so a caller that reports success
(a ``202``, an exit code 0, a feed entry marked seen) never reports an item that is not durably in
``wire.items``. Rejected records go to ``wire.items.dlq`` with the reason in headers, under the same
guarantee.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass
from types import TracebackType

from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaError

from ingest.decoders import Decoded, Rejected
from services.kafka.codec import item_record
from services.kafka.config import client_kwargs
from wirewatch.errors import WirewatchError
from wirewatch.settings import Settings


@dataclass(frozen=True)
class PublishResult:
    """What was acknowledged: item uris published, and rejected records dead-lettered."""

    published: list[str]
    dead_lettered: list[Rejected]


class ItemProducer:
    """Publishes decoded items to ``wire.items`` (key = uri) and rejects to ``wire.items.dlq``."""

    def __init__(self, settings: Settings, *, client_id: str = "wirewatch-producer") -> None:
        self.settings = settings
        self._producer = AIOKafkaProducer(
            **client_kwargs(settings),
            client_id=client_id,
            acks="all",
            enable_idempotence=True,
            linger_ms=1,
            request_timeout_ms=30000,
        )
        self._started = False

    async def start(self) -> None:
        try:
            await self._producer.start()
        except KafkaError as exc:
            await self._producer.stop()
            raise WirewatchError(
                f"cannot connect to Kafka at {self.settings.kafka_bootstrap_servers}: {exc!r}"
            ) from exc
        self._started = True

    async def stop(self) -> None:
        if self._started:
            self._started = False
            await self._producer.stop()

    async def __aenter__(self) -> ItemProducer:
        await self.start()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.stop()

    async def publish(
        self,
        decoded: Sequence[Decoded],
        rejected: Sequence[Rejected] = (),
        *,
        source: str = "producer",
        origin: str | None = None,
    ) -> PublishResult:
        """Produce every record and wait for the broker's acknowledgement of all of them."""
        futures = []
        try:
            for d in decoded:
                futures.append(
                    await self._producer.send(
                        self.settings.kafka_topic_items,
                        item_record(d.item, d.format),
                        key=d.item.uri.encode("utf-8"),
                    )
                )
            for r in rejected:
                raw = r.raw if isinstance(r.raw, bytes) else r.raw.encode("utf-8")
                headers = [
                    ("wirewatch-error-field", r.error.field.encode("utf-8")),
                    ("wirewatch-error-reason", r.error.reason.encode("utf-8")),
                    ("wirewatch-source", source.encode("utf-8")),
                ]
                if origin:
                    headers.append(("wirewatch-origin", origin.encode("utf-8")))
                futures.append(
                    await self._producer.send(self.settings.kafka_topic_items_dlq, raw, headers=headers)
                )
            await asyncio.gather(*futures)
        except KafkaError as exc:
            raise WirewatchError(f"Kafka did not acknowledge the records: {exc!r}") from exc
        return PublishResult([d.item.uri for d in decoded], list(rejected))

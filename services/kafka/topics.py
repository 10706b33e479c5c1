"""The runtime's topics: names, partitions, replication and configs, and their creation.

``ensure_topics`` creates what is missing (when ``kafka_create_topics`` allows it) and checks that
existing topics have the partition count the settings ask for: a mismatch would silently break
co-partitioning of the events topic and the detector's table, so it is refused with a clear error.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import structlog
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaError, TopicAlreadyExistsError

from services.kafka.config import client_kwargs
from wirewatch.errors import ConfigError, WirewatchError
from wirewatch.settings import Settings

log = structlog.get_logger("wirewatch.kafka.topics")

_WEEK_MS = str(7 * 24 * 3600 * 1000)


@dataclass(frozen=True)
class TopicSpec:
    """One topic wirewatch needs."""

    name: str
    partitions: int
    replication: int
    configs: dict[str, str] = field(default_factory=dict)
    purpose: str = ""


def topic_specs(settings: Settings) -> list[TopicSpec]:
    """Every topic of the runtime, from the settings."""
    n, rf = settings.kafka_partitions, settings.kafka_replication_factor
    if n < 1 or rf < 1:
        raise ConfigError("kafka_partitions and kafka_replication_factor must be at least 1")
    keep = {"retention.ms": _WEEK_MS}
    return [
        TopicSpec(settings.kafka_topic_items, n, rf, dict(keep), "input, keyed by item uri"),
        TopicSpec(
            settings.kafka_topic_items_dlq,
            n,
            rf,
            {"retention.ms": str(30 * 24 * 3600 * 1000)},
            "undecodable input, reason in headers",
        ),
        TopicSpec(settings.kafka_topic_events, n, rf, dict(keep), "decoded items, keyed by event key"),
        TopicSpec(settings.kafka_topic_alerts, n, rf, dict(keep), "alerts, keyed by fingerprint"),
        TopicSpec(
            settings.kafka_topic_notifications_dlq,
            1,
            rf,
            {"retention.ms": str(30 * 24 * 3600 * 1000)},
            "notifications whose retries are spent",
        ),
    ]


async def ensure_topics(settings: Settings, specs: Sequence[TopicSpec] | None = None) -> list[str]:
    """Create missing topics (if allowed) and verify partition counts; return the names created.

    Raises :class:`ConfigError` when a topic is missing and creation is disabled, or when an
    existing topic has a different partition count; :class:`WirewatchError` when the cluster
    cannot be reached.
    """
    wanted = list(specs if specs is not None else topic_specs(settings))
    admin = AIOKafkaAdminClient(**client_kwargs(settings), client_id="wirewatch-admin")
    try:
        await admin.start()
        existing = await _partition_counts(admin, [s.name for s in wanted])
        missing = [s for s in wanted if s.name not in existing]
        for spec in wanted:
            have = existing.get(spec.name)
            if have is not None and have != spec.partitions:
                raise ConfigError(
                    f"topic {spec.name} has {have} partitions, settings ask for {spec.partitions}; "
                    "change WIREWATCH_KAFKA_PARTITIONS or the topic"
                )
        if missing and not settings.kafka_create_topics:
            raise ConfigError(
                "missing topics and WIREWATCH_KAFKA_CREATE_TOPICS is false: "
                + ", ".join(s.name for s in missing)
            )
        created: list[str] = []
        for spec in missing:  # one request per topic, so one failure names its topic
            try:
                response = await admin.create_topics(
                    [NewTopic(spec.name, spec.partitions, spec.replication, topic_configs=spec.configs)]
                )
            except TopicAlreadyExistsError:
                continue  # another worker won the race
            codes = {int(e[1]): (e[2] if len(e) > 2 else None) for e in getattr(response, "topic_errors", ())}
            if TopicAlreadyExistsError.errno in codes:
                continue  # created meanwhile (another worker, or metadata not yet propagated)
            failed = {code: msg for code, msg in codes.items() if code}
            if failed:
                raise WirewatchError(f"cannot create topic {spec.name}: {failed}")
            created.append(spec.name)
            log.info(
                "kafka.topic_created",
                topic=spec.name,
                partitions=spec.partitions,
                replication=spec.replication,
            )
        return created
    except KafkaError as exc:
        raise WirewatchError(f"Kafka admin request failed: {exc!r}") from exc
    finally:
        await admin.close()


async def _partition_counts(admin: AIOKafkaAdminClient, names: list[str]) -> dict[str, int]:
    present = set(await admin.list_topics())
    names = [n for n in names if n in present]
    if not names:
        return {}
    counts: dict[str, int] = {}
    for entry in await admin.describe_topics(names):
        if entry.get("error_code", 0) == 0:
            counts[entry["topic"]] = len(entry.get("partitions", []))
    return counts

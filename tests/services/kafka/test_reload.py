"""The Kafka worker reloads its rules when a user rule file changes, keeping the last good set."""

from __future__ import annotations

from pathlib import Path

from prometheus_client import CollectorRegistry

from services.kafka.worker import KafkaWorker
from wirewatch.metrics import Metrics
from wirewatch.settings import Settings

RULE = """\
rules:
  - id: user.floods
    title: Flood mentioned
    category: toll_revision
    kind: event
    severity: low
    anchor: [flood]
    summary: "{{ sentence }}"
    dedup_key: "{{ item_id }}"
"""


async def test_worker_swaps_in_changed_rules_and_refuses_broken_ones(tmp_path: Path) -> None:
    """A new rule file goes live once two watch ticks saw it; a broken edit is refused and counted."""
    metrics = Metrics(CollectorRegistry())
    worker = KafkaWorker(Settings(rules_dir=tmp_path), metrics=metrics)
    shipped = len(worker.ruleset.rules)
    assert metrics.registry.get_sample_value("wirewatch_rules_loaded") == shipped

    (tmp_path / "user.yaml").write_text(RULE)
    await worker._watch_rules()  # first sight: the file may still be being written
    assert len(worker.ruleset.rules) == shipped
    await worker._watch_rules()
    assert len(worker.ruleset.rules) == shipped + 1
    assert metrics.registry.get_sample_value("wirewatch_rules_loaded") == shipped + 1
    live = worker.detector

    (tmp_path / "user.yaml").write_text(RULE + "  - id: : :\n")
    await worker._watch_rules()
    await worker._watch_rules()
    assert worker.detector is live
    failures = metrics.registry.get_sample_value("wirewatch_rule_reloads_total", {"outcome": "failure"})
    assert failures == 1.0

    await worker._watch_rules()  # nothing changed since: no reload attempted
    assert metrics.registry.get_sample_value("wirewatch_rule_reloads_total", {"outcome": "failure"}) == 1.0

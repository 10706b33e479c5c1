"""wirewatch.metrics: one declaration per family, Prometheus naming, injected registries."""

from __future__ import annotations

import re

import pytest
from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.parser import text_string_to_metric_families

from wirewatch.metrics import (
    OUTCOME_DEAD_LETTERED,
    OUTCOME_FAILURE,
    OUTCOME_RETRY,
    OUTCOME_SUCCESS,
    Children,
    Metrics,
)

# The public names: dashboard, alert rules and other components query these. Renaming one breaks them.
EXPECTED = {
    "wirewatch_build": "info",
    "wirewatch_items_received": "counter",
    "wirewatch_items_decoded": "counter",
    "wirewatch_items_dead_lettered": "counter",
    "wirewatch_items_skipped": "counter",
    "wirewatch_last_item_received_timestamp_seconds": "gauge",
    "wirewatch_rule_evaluations": "counter",
    "wirewatch_rule_matches": "counter",
    "wirewatch_item_evaluation_seconds": "histogram",
    "wirewatch_alerts": "counter",
    "wirewatch_open_claims": "gauge",
    "wirewatch_toll_series": "gauge",
    "wirewatch_rule_reloads": "counter",
    "wirewatch_rules_loaded": "gauge",
    "wirewatch_notifications": "counter",
    "wirewatch_notification_retries": "counter",
    "wirewatch_notifications_dead_lettered": "counter",
    "wirewatch_alerts_silenced": "counter",
    "wirewatch_alerts_inhibited": "counter",
    "wirewatch_notification_delivery_seconds": "histogram",
    "wirewatch_end_to_end_latency_seconds": "histogram",
    "wirewatch_gc_pause_seconds": "histogram",
    "wirewatch_kafka_consumer_lag": "gauge",
    "wirewatch_kafka_broker_up": "gauge",
}


def families(m: Metrics) -> dict[str, str]:
    return {f.name: f.type for f in m.registry.collect()}


def test_every_public_family_is_declared_with_its_type() -> None:
    """The families others rely on exist with the expected type (and no undeclared wirewatch_ family)."""
    assert families(Metrics()) == EXPECTED


def test_names_follow_prometheus_conventions() -> None:
    """snake_case wirewatch_ prefix; counters end _total; time in _seconds; every family has help."""
    text = generate_latest(Metrics().registry).decode()
    for family in text_string_to_metric_families(text):
        assert re.fullmatch(r"wirewatch_[a-z][a-z0-9_]*", family.name), family.name
        assert family.documentation.strip(), family.name
        if family.type == "histogram":
            assert family.name.endswith("_seconds"), family.name
    for line in text.splitlines():
        if line.startswith("# TYPE") and line.endswith(" counter"):
            assert line.split()[2].endswith("_total"), line


def test_injected_registries_are_independent() -> None:
    """Two Metrics on fresh registries never share counts (tests and processes stay isolated)."""
    a, b = Metrics(CollectorRegistry()), Metrics(CollectorRegistry())
    a.items_received.labels(source="http").inc(3)
    assert a.registry.get_sample_value("wirewatch_items_received_total", {"source": "http"}) == 3
    assert b.registry.get_sample_value("wirewatch_items_received_total", {"source": "http"}) is None


def test_declaring_twice_on_one_registry_fails() -> None:
    """Metrics are declared once per registry: a second Metrics on the same registry is refused."""
    registry = CollectorRegistry()
    Metrics(registry)
    with pytest.raises(ValueError, match="Duplicated timeseries"):
        Metrics(registry)


def test_labels_are_the_documented_ones() -> None:
    """Label names are part of the contract the rules and dashboard use."""
    m = Metrics()
    m.items_dead_lettered.labels(source="inbox", reason="headline").inc()
    m.alerts.labels(category="ceasefire", rule="ceasefire.announced", status="firing").inc()
    m.notifications.labels(receiver="desk", outcome=OUTCOME_SUCCESS).inc()
    m.notifications.labels(receiver="desk", outcome=OUTCOME_RETRY).inc()
    m.notifications.labels(receiver="desk", outcome=OUTCOME_DEAD_LETTERED).inc()
    m.rule_reloads.labels(outcome=OUTCOME_FAILURE).inc()
    m.consumer_lag.labels(topic="wire.items", partition="3").set(42)
    m.delivery_seconds.labels(receiver="desk").observe(0.2)
    get = m.registry.get_sample_value
    assert get("wirewatch_items_dead_lettered_total", {"source": "inbox", "reason": "headline"}) == 1
    labels = {"category": "ceasefire", "rule": "ceasefire.announced", "status": "firing"}
    assert get("wirewatch_alerts_total", labels) == 1
    assert get("wirewatch_notifications_total", {"receiver": "desk", "outcome": "retry"}) == 1
    assert get("wirewatch_rule_reloads_total", {"outcome": "failure"}) == 1
    assert get("wirewatch_kafka_consumer_lag", {"topic": "wire.items", "partition": "3"}) == 42
    assert get("wirewatch_notification_delivery_seconds_count", {"receiver": "desk"}) == 1
    with pytest.raises(ValueError):
        m.notifications.labels(receiver="desk").inc()  # outcome is required


def test_latency_buckets_span_ms_to_minutes() -> None:
    """End-to-end latency buckets resolve 5 ms and still separate a 5-minute wire delay."""
    m = Metrics()
    m.end_to_end_seconds.observe(0.004)
    m.end_to_end_seconds.observe(240)
    get = m.registry.get_sample_value
    assert get("wirewatch_end_to_end_latency_seconds_bucket", {"le": "0.005"}) == 1
    assert get("wirewatch_end_to_end_latency_seconds_bucket", {"le": "120.0"}) == 1
    assert get("wirewatch_end_to_end_latency_seconds_bucket", {"le": "300.0"}) == 2


def test_process_collectors_are_opt_in() -> None:
    """process=True adds process_/python_ metrics for a served process; the default stays wirewatch-only."""
    plain = generate_latest(Metrics().registry).decode()
    served = generate_latest(Metrics(process=True).registry).decode()
    assert "process_" not in plain and "python_info" not in plain
    assert "python_info" in served and "python_gc_objects_collected_total" in served
    assert "process_resident_memory_bytes" in served  # Linux: read from /proc


def test_build_info_exposes_version() -> None:
    """wirewatch_build_info carries the labels the dashboard's Build table shows."""
    m = Metrics()
    m.build_info.info({"version": "1.2.3", "runtime": "embedded"})
    assert (
        m.registry.get_sample_value("wirewatch_build_info", {"version": "1.2.3", "runtime": "embedded"}) == 1
    )


def test_children_memoise_a_familys_child_per_label_values() -> None:
    """Children(family)(*values) is family.labels(*values), the same child object on every call."""
    metrics = Metrics(CollectorRegistry())
    children = Children(metrics.notifications)
    children("hook", "success").inc()
    children("hook", "success").inc(2)
    children("hook", "retry").inc()
    assert children("hook", "success") is metrics.notifications.labels("hook", "success")
    sample = metrics.registry.get_sample_value
    assert sample("wirewatch_notifications_total", {"receiver": "hook", "outcome": "success"}) == 3
    assert sample("wirewatch_notifications_total", {"receiver": "hook", "outcome": "retry"}) == 1

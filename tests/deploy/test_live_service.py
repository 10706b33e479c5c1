"""A running `wirewatch run` exposes every metric the dashboard and rules query, and logs to schema."""

from __future__ import annotations

import json

from deploy_support import (
    INGEST_TOKEN,
    Service,
    dashboard_metrics,
    family_sample_names,
    http_get,
    rule_metrics,
    wait_for,
)
from prometheus_client.parser import text_string_to_metric_families

from wirewatch.logging import SCHEMA_KEYS

# Families a single embedded process declares but cannot have samples for in this test: consumer lag
# exists only in the Kafka runtime's workers; retries and dead letters need a failing receiver.
DECLARED_ONLY = {
    "wirewatch_kafka_consumer_lag",
    "wirewatch_notification_retries_total",
    "wirewatch_notifications_dead_lettered_total",
}


def _exposition(service: Service) -> tuple[set[str], set[str]]:
    """(sample names with at least one sample, every sample name the exposed families declare)."""
    families = list(text_string_to_metric_families(service.metrics_text()))
    with_samples = {s.name for f in families for s in f.samples}
    return with_samples, family_sample_names(families)


def test_health_endpoints(running_service: Service) -> None:
    """/healthz and /readyz answer 200 on the running service (what the k8s probes call)."""
    assert http_get(f"{running_service.base_url}/healthz")[0] == 200
    assert http_get(f"{running_service.base_url}/readyz")[0] == 200


def test_every_dashboard_metric_is_exposed(running_service: Service) -> None:
    """Each dashboard metric has samples in /metrics (Kafka- or failure-only ones: is declared)."""
    with_samples, declared = _exposition(running_service)
    used = dashboard_metrics()
    assert used
    not_declared = sorted(used - declared)
    assert not not_declared, f"dashboard metrics not exposed at all: {not_declared}"
    no_samples = sorted(m for m in used - with_samples if m not in DECLARED_ONLY)
    assert not no_samples, f"dashboard metrics without a single sample after feeding items: {no_samples}"


def test_every_rule_metric_is_exposed(running_service: Service) -> None:
    """Each metric the Prometheus rules query is declared by the running service."""
    _, declared = _exposition(running_service)
    used = rule_metrics()
    assert used and not used - declared, sorted(used - declared)


def test_labelled_series_after_feeding_items(running_service: Service) -> None:
    """Feeding items produced source/format/reason/category-labelled series, not just declarations."""
    families = {f.name: f for f in text_string_to_metric_families(running_service.metrics_text())}
    received = {
        s.labels["source"] for s in families["wirewatch_items_received"].samples if s.name.endswith("_total")
    }
    assert {"inbox", "http"} <= received
    dead = [s for s in families["wirewatch_items_dead_lettered"].samples if s.name.endswith("_total")]
    assert dead and all(s.labels["reason"] for s in dead)
    alerts = [s for s in families["wirewatch_alerts"].samples if s.name.endswith("_total")]
    assert alerts, "the sample items raised no alert"
    assert {"category", "rule", "status"} <= set(alerts[0].labels)


def test_service_logs_follow_the_schema_and_hide_the_token(running_service: Service) -> None:
    """Every stderr line of the service is JSON with the stable keys, and the ingest token never appears."""
    text = running_service.stderr_path.read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip()]
    assert lines, "the service logged nothing"
    assert INGEST_TOKEN not in text
    for line in lines:
        record = json.loads(line)
        assert list(record)[: len(SCHEMA_KEYS)] == list(SCHEMA_KEYS), line
        assert record["level"] in {"debug", "info", "warning", "error", "critical"}, line
    assert any(json.loads(ln)["item_id"] for ln in lines), "no log line bound an item_id"


def test_alerts_are_counted_once(running_service: Service) -> None:
    """wirewatch_alerts_total grows by one per alert the runtime emits (logged as event "alert")."""

    def counts() -> tuple[float, int]:
        families = {f.name: f for f in text_string_to_metric_families(running_service.metrics_text())}
        alerts = families["wirewatch_alerts"].samples
        counted = sum(s.value for s in alerts if s.name == "wirewatch_alerts_total")
        lines = running_service.stderr_path.read_text(encoding="utf-8").splitlines()
        emitted = sum(1 for ln in lines if ln.strip() and json.loads(ln)["event"] == "alert")
        return counted, emitted

    # Items may still be in flight right after start-up: wait (bounded) for the two to settle.
    def settled() -> bool:
        counted, emitted = counts()
        return emitted > 0 and counted == emitted

    wait_for(settled, 15, "wirewatch_alerts_total to equal the alerts emitted (counted once each)")

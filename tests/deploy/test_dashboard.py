"""deploy/grafana: the dashboard is well-formed, provisioned, and queries only declared metrics."""

from __future__ import annotations

import json
from typing import Any

import yaml
from deploy_support import DASHBOARD, DEPLOY, dashboard_exprs, dashboard_metrics, family_sample_names

from wirewatch.metrics import Metrics


def _panels() -> list[dict[str, Any]]:
    dash = json.loads(DASHBOARD.read_text(encoding="utf-8"))
    out: list[dict[str, Any]] = []

    def walk(panels: list[dict[str, Any]]) -> None:
        for p in panels:
            out.append(p)
            walk(p.get("panels", []))

    walk(dash["panels"])
    return out


def test_dashboard_queries_only_declared_metrics() -> None:
    """Every wirewatch_* name in the dashboard's PromQL is declared in wirewatch/metrics.py."""
    declared = family_sample_names(Metrics().registry.collect())
    used = dashboard_metrics()
    assert not used - declared, f"dashboard queries undeclared metrics: {sorted(used - declared)}"


def test_dashboard_shows_what_operators_need() -> None:
    """Throughput, latency percentiles, alerts by category, notifier failures, lag and DLQ are charted."""
    joined = "\n".join(dashboard_exprs())
    for needle in (
        "rate(wirewatch_items_received_total",
        "histogram_quantile(0.99, sum by (le) (rate(wirewatch_end_to_end_latency_seconds_bucket",
        "histogram_quantile(0.5, sum by (le) (rate(wirewatch_end_to_end_latency_seconds_bucket",
        "sum by (category) (rate(wirewatch_alerts_total",
        'wirewatch_notifications_total{job=~"$job", outcome=~"retry|dead_lettered"}',
        "wirewatch_kafka_consumer_lag",
        "wirewatch_items_dead_lettered_total",
        "wirewatch_notifications_dead_lettered_total",
    ):
        assert needle in joined, needle


def test_dashboard_panels_are_well_formed() -> None:
    """Unique panel ids, a grid position each, targets on the ${datasource} variable with refIds."""
    dash = json.loads(DASHBOARD.read_text(encoding="utf-8"))
    assert dash["uid"] == "wirewatch-overview" and dash["schemaVersion"] >= 36
    panels = _panels()
    ids = [p["id"] for p in panels]
    assert len(ids) == len(set(ids))
    variables = {v["name"] for v in dash["templating"]["list"]}
    assert {"datasource", "job"} <= variables
    for panel in panels:
        assert {"h", "w", "x", "y"} <= set(panel["gridPos"])
        assert panel["gridPos"]["x"] + panel["gridPos"]["w"] <= 24
        if panel["type"] == "row":
            continue
        assert panel["datasource"]["uid"] == "${datasource}"
        refs = [t["refId"] for t in panel["targets"]]
        assert refs and len(refs) == len(set(refs))
        for t in panel["targets"]:
            # every query is scoped to the selected jobs
            assert "wirewatch_" not in t["expr"] or 'job=~"$job"' in t["expr"], t["expr"]


def test_provisioning_points_at_the_dashboard() -> None:
    """Grafana provisioning files load the dashboard folder and a Prometheus data source."""
    provider = yaml.safe_load(
        (DEPLOY / "grafana" / "provisioning" / "dashboards" / "wirewatch.yaml").read_text(encoding="utf-8")
    )
    assert provider["apiVersion"] == 1
    assert provider["providers"][0]["type"] == "file"
    assert provider["providers"][0]["options"]["path"].endswith("/wirewatch")
    ds = yaml.safe_load(
        (DEPLOY / "grafana" / "provisioning" / "datasources" / "prometheus.yaml").read_text(encoding="utf-8")
    )
    assert ds["datasources"][0]["type"] == "prometheus"

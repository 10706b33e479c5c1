"""deploy/prometheus: the health rules pass promtool, are unit-tested, and match the PrometheusRule."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from deploy_support import DEPLOY, RULES, family_sample_names, rule_groups, rule_metrics, run_tool

from wirewatch.metrics import Metrics

RULE_TESTS = DEPLOY / "prometheus" / "wirewatch.rules.test.yml"
PROMETHEUS_RULE = DEPLOY / "k8s" / "base" / "prometheusrule.yaml"


def declared_sample_names() -> set[str]:
    """Every sample name the Metrics families can expose."""
    return family_sample_names(Metrics().registry.collect())


def test_promtool_check_rules(tools: dict[str, str]) -> None:
    """`promtool check rules` accepts the rules file."""
    proc = run_tool([tools["promtool"], "check", "rules", str(RULES)])
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "SUCCESS" in proc.stdout


def test_promtool_unit_tests_pass(tools: dict[str, str]) -> None:
    """`promtool test rules` passes: each alert fires on its scenario and stays silent otherwise."""
    proc = run_tool([tools["promtool"], "test", "rules", str(RULE_TESTS)])
    assert proc.returncode == 0, proc.stdout + proc.stderr


def _alerts() -> list[str]:
    return [r["alert"] for g in rule_groups() for r in g["rules"] if "alert" in r]


@pytest.mark.parametrize("alert", _alerts())
def test_each_alert_is_covered_by_a_unit_test(tools: dict[str, str], tmp_path: Path, alert: str) -> None:
    """Neutralising one alert's expression makes `promtool test rules` fail (its test can fail)."""
    data = yaml.safe_load(RULES.read_text(encoding="utf-8"))
    for group in data["groups"]:
        for rule in group["rules"]:
            if rule.get("alert") == alert:
                rule["expr"] = "vector(1) == 0"
    (tmp_path / RULES.name).write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    shutil.copy(RULE_TESTS, tmp_path / RULE_TESTS.name)
    proc = run_tool([tools["promtool"], "test", "rules", str(tmp_path / RULE_TESTS.name)])
    assert proc.returncode != 0, f"no promtool test notices {alert} never firing"
    assert alert in proc.stdout + proc.stderr


def test_promtool_check_example_config(tools: dict[str, str]) -> None:
    """The example scrape configuration for the embedded runtime is valid."""
    proc = run_tool([tools["promtool"], "check", "config", str(DEPLOY / "prometheus" / "prometheus.yml")])
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_prometheusrule_matches_the_plain_rules_file() -> None:
    """The k8s PrometheusRule carries exactly the groups of the plain rules file."""
    resource = yaml.safe_load(PROMETHEUS_RULE.read_text(encoding="utf-8"))
    assert resource["kind"] == "PrometheusRule"
    assert resource["spec"]["groups"] == rule_groups()


def test_rules_use_only_declared_metrics() -> None:
    """Every wirewatch_* name in a rule expression is declared in wirewatch/metrics.py."""
    declared = declared_sample_names()
    used = rule_metrics()
    assert used, "the rules query no wirewatch metric?"
    assert not used - declared, f"unknown metrics in rules: {sorted(used - declared)}"


def test_rules_cover_the_required_health_signals() -> None:
    """Notifier failures, DLQ growth, lag, stale ingest and reload failures each have an alert."""
    exprs = {r["alert"]: r["expr"] for g in rule_groups() for r in g["rules"] if "alert" in r}
    joined = "\n".join(exprs.values())
    for signal in (
        "notifications:failure_ratio10m",
        "wirewatch_notifications_dead_lettered_total",
        "wirewatch_items_dead_lettered_total",
        "kafka_consumer_lag",
        "wirewatch_last_item_received_timestamp_seconds",
        'wirewatch_rule_reloads_total{outcome="failure"}',
    ):
        assert signal in joined, signal
    for rule in (r for g in rule_groups() for r in g["rules"] if "alert" in r):
        assert rule["labels"]["severity"] in {"warning", "critical"}
        assert rule["annotations"]["summary"] and rule["annotations"]["description"]

"""Every Prometheus metric wirewatch exposes, declared in one place.

Create one :class:`Metrics` per process with the registry to expose (tests pass a fresh
``CollectorRegistry`` so they never share counters). Components receive the ``Metrics`` instance;
none of them declares metrics of its own.

The names are a public interface: the Grafana dashboard (deploy/grafana/dashboards/wirewatch.json)
and the Prometheus rules (deploy/prometheus/wirewatch.rules.yml, deploy/k8s/base/prometheusrule.yaml)
query them, and tests/deploy/ checks that every name they use is declared here and exposed by a
running instance. Rename nothing; add new families instead.

Label values are a contract too (the alert rules match on them):

- ``wirewatch_notifications_total{receiver, outcome}``, one increment per delivery attempt or skip:
  :data:`OUTCOME_SUCCESS` (delivered), :data:`OUTCOME_RETRY` (the attempt failed and will be
  retried; also counted in ``wirewatch_notification_retries_total``), :data:`OUTCOME_DEAD_LETTERED`
  (gave up; also counted in ``wirewatch_notifications_dead_lettered_total``) and
  :data:`OUTCOME_DUPLICATE` (already delivered, skipped).
  The alert rules compute the failed share of attempts from these values.
- ``wirewatch_rule_reloads_total{outcome}``: :data:`OUTCOME_SUCCESS` or :data:`OUTCOME_FAILURE`.
- ``wirewatch_alerts_total{status}``: the alert's status (``firing`` or ``resolved``).
- ``wirewatch_kafka_consumer_lag{topic, partition}``: only the Kafka runtime's workers set it
  (high watermark minus committed offset, per assigned partition).
- ``wirewatch_kafka_broker_up``: only the Kafka runtime's workers set it: 1 after the background broker
  check (the one behind ``/readyz``) succeeded, 0 after it failed.
"""

from __future__ import annotations

from typing import Generic, TypeVar

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    GCCollector,
    Histogram,
    Info,
    PlatformCollector,
    ProcessCollector,
)
from prometheus_client.metrics import MetricWrapperBase

OUTCOME_SUCCESS = "success"
OUTCOME_FAILURE = "failure"
OUTCOME_RETRY = "retry"
OUTCOME_DEAD_LETTERED = "dead_lettered"
OUTCOME_DUPLICATE = "duplicate"

# Latency buckets from 5 ms to 10 min: ingest-to-delivery spans wire delays of minutes.
_LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600)
_GC_BUCKETS = (0.0001, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1)
_EVAL_BUCKETS = (0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1)


_Family = TypeVar("_Family", bound=MetricWrapperBase)


class Children(Generic[_Family]):
    """The children of one labelled family, memoised per tuple of label values.

    ``children("hook", "success")`` is ``family.labels("hook", "success")``, looked up in a dict after
    the first call: ``labels()`` converts and checks its arguments and takes the family's lock on
    every call, which costs more than the ``inc`` that follows. Positional label values only, in the
    family's label order. Only for families whose children are never removed (``remove``/``clear``
    would leave a cached child that is no longer exported): none of :class:`Metrics`' counters and
    histograms is.
    """

    __slots__ = ("_children", "_family")

    def __init__(self, family: _Family) -> None:
        self._family = family
        self._children: dict[tuple[str, ...], _Family] = {}

    def __call__(self, *values: str) -> _Family:
        child = self._children.get(values)
        if child is None:
            child = self._children[values] = self._family.labels(*values)
        return child


class Metrics:
    """The metric families of one wirewatch process, registered on ``registry``."""

    def __init__(self, registry: CollectorRegistry | None = None, *, process: bool = False) -> None:
        """Register every family on ``registry`` (a new one when ``None``).

        ``process=True`` also registers the standard ``process_*`` (CPU, memory, open fds),
        ``python_gc_*`` and ``python_info`` collectors, which a served process should expose;
        tests leave it off.
        """
        self.registry = registry if registry is not None else CollectorRegistry()
        r = self.registry
        if process:
            ProcessCollector(registry=r)
            PlatformCollector(registry=r)
            GCCollector(registry=r)
        self.build_info = Info("wirewatch_build", "Build information.", registry=r)
        # ingest
        self.items_received = Counter(
            "wirewatch_items_received_total", "Wire items received, by source.", ["source"], registry=r
        )
        self.items_decoded = Counter(
            "wirewatch_items_decoded_total",
            "Wire items decoded, by source and format.",
            ["source", "format"],
            registry=r,
        )
        self.items_dead_lettered = Counter(
            "wirewatch_items_dead_lettered_total",
            "Undecodable items sent to the dead letter, by reason.",
            ["source", "reason"],
            registry=r,
        )
        self.items_skipped = Counter(
            "wirewatch_items_skipped_total",
            "Items the Kafka route stage did not forward to the detector: no detection, first"
            " version, not a retraction (they cannot change state or alerts).",
            registry=r,
        )
        self.last_item_timestamp = Gauge(
            "wirewatch_last_item_received_timestamp_seconds",
            "Unix time of the last item received.",
            registry=r,
        )
        # detection
        self.rule_evaluations = Counter(
            "wirewatch_rule_evaluations_total", "Rule evaluations, by rule.", ["rule"], registry=r
        )
        self.rule_matches = Counter(
            "wirewatch_rule_matches_total", "Rule matches, by rule.", ["rule"], registry=r
        )
        self.evaluation_seconds = Histogram(
            "wirewatch_item_evaluation_seconds",
            "Time to evaluate one item through the rule set.",
            buckets=_EVAL_BUCKETS,
            registry=r,
        )
        self.alerts = Counter(
            "wirewatch_alerts_total",
            "Alerts emitted, by category, rule and status.",
            ["category", "rule", "status"],
            registry=r,
        )
        #: ``alert_children(category, rule, status)``: the alerts counter's child, resolved once
        self.alert_children = Children(self.alerts)
        self.open_claims = Gauge("wirewatch_open_claims", "Claims awaiting confirmation.", registry=r)
        self.toll_series = Gauge("wirewatch_toll_series", "Casualty-toll series tracked.", registry=r)
        self.rule_reloads = Counter(
            "wirewatch_rule_reloads_total",
            "Rule-set reloads, by outcome (success|failure).",
            ["outcome"],
            registry=r,
        )
        self.rules_loaded = Gauge("wirewatch_rules_loaded", "Rules in the live rule set.", registry=r)
        # notification
        self.notifications = Counter(
            "wirewatch_notifications_total",
            "Notifications, by receiver and outcome.",
            ["receiver", "outcome"],
            registry=r,
        )
        self.notification_retries = Counter(
            "wirewatch_notification_retries_total",
            "Notification retries, by receiver.",
            ["receiver"],
            registry=r,
        )
        self.notifications_dead_lettered = Counter(
            "wirewatch_notifications_dead_lettered_total",
            "Notifications sent to the dead letter.",
            ["receiver"],
            registry=r,
        )
        self.alerts_silenced = Counter(
            "wirewatch_alerts_silenced_total", "Alerts muted by a silence.", registry=r
        )
        self.alerts_inhibited = Counter(
            "wirewatch_alerts_inhibited_total", "Alerts muted by an inhibition rule.", registry=r
        )
        self.delivery_seconds = Histogram(
            "wirewatch_notification_delivery_seconds",
            "Time to deliver one notification, by receiver.",
            ["receiver"],
            buckets=_LATENCY_BUCKETS,
            registry=r,
        )
        self.end_to_end_seconds = Histogram(
            "wirewatch_end_to_end_latency_seconds",
            "From the item's versioncreated to the notification delivered.",
            buckets=_LATENCY_BUCKETS,
            registry=r,
        )
        # Per generation ("0", "1", "2"); observed by wirewatch.gcpolicy.PauseTimer in the processes
        # that run it (wirewatch run, wirewatch worker). A full collection stalls the event loop.
        self.gc_pause_seconds = Histogram(
            "wirewatch_gc_pause_seconds",
            "Duration of each garbage collection (the event loop waits), by generation.",
            ["generation"],
            buckets=_GC_BUCKETS,
            registry=r,
        )
        # kafka runtime
        self.consumer_lag = Gauge(
            "wirewatch_kafka_consumer_lag",
            "Consumer lag in messages, by topic and partition.",
            ["topic", "partition"],
            registry=r,
        )
        self.broker_up = Gauge(
            "wirewatch_kafka_broker_up",
            "1 when the worker's last broker check succeeded, 0 when it failed.",
            registry=r,
        )

"""Assembly: settings + store + metrics -> a ready :class:`AlertPipeline`.

- No ``routing_file``: every alert goes to receiver ``default`` = the console notifier (when
  ``console=True``) plus the JSON-lines notifier when ``settings.alerts_path`` is set, one group per
  alert, ``group_wait``/``group_interval`` from settings (0 s by default so a demo shows alerts at
  once). Subscriptions, when configured, are added on top.
- With ``routing_file``: the file decides (``console`` is ignored; add ``console_configs`` to a
  receiver to print).

Every notifier shares one ``httpx.AsyncClient`` (closed by ``pipeline.aclose()``). Secrets are
resolved here, at start-up, so a missing variable fails fast with a ConfigError naming it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx

from alerts.config import ConsoleConfig, JsonlConfig, ReceiverSpec, RouteSpec, RoutingSpec, load_routing
from alerts.deadletter import DeadLetterSink, FileDeadLetter
from alerts.delivery import DeliveryLimits, Dispatcher, Integration
from alerts.notifiers.base import Notifier
from alerts.notifiers.console import ConsoleNotifier
from alerts.notifiers.jsonl import JsonLinesNotifier
from alerts.pipeline import AlertPipeline, LoadedConfig, Reloader
from alerts.retry import RetryPolicy
from alerts.subscriptions import Subscription, load_subscriptions, merge_subscriptions, signature
from alerts.table import compile_routing
from wirewatch.metrics import Metrics
from wirewatch.settings import Settings
from wirewatch.state import StateStore


def default_spec(settings: Settings, *, console: bool = True) -> RoutingSpec:
    """The routing used without a routing file (see module docstring)."""
    receiver = ReceiverSpec(
        name="default",
        console_configs=[ConsoleConfig()] if console else [],
        jsonl_configs=[JsonlConfig(path=settings.alerts_path)] if settings.alerts_path else [],
    )
    route = RouteSpec.model_validate(
        {
            "receiver": "default",
            "group_by": ["..."],
            "group_wait": settings.alerts_group_wait_seconds,
            "group_interval": settings.alerts_group_interval_seconds,
            "repeat_interval": settings.alerts_repeat_interval_seconds,
        }
    )
    return RoutingSpec(route=route, receivers=[receiver])


def load_spec(settings: Settings, *, console: bool = True) -> tuple[RoutingSpec, list[Subscription]]:
    """Routing file (or default) merged with subscriptions; ConfigError on any problem."""
    spec = (
        load_routing(settings.routing_file)
        if settings.routing_file
        else default_spec(settings, console=console)
    )
    subs = load_subscriptions(settings.subscriptions_dir) if settings.subscriptions_dir else []
    return merge_subscriptions(spec, subs, settings), subs


def build_integrations(
    receivers: dict[str, ReceiverSpec] | Any,
    settings: Settings,
    store: StateStore,
    client: httpx.AsyncClient,
) -> dict[str, list[Integration]]:
    """One :class:`Integration` per configured notifier, named ``<receiver>/<kind><index>``."""
    from alerts.notifiers.alertmanager import AlertmanagerNotifier
    from alerts.notifiers.email import EmailNotifier
    from alerts.notifiers.slack import SlackNotifier
    from alerts.notifiers.webhook import WebhookNotifier

    link = settings.item_link_template
    out: dict[str, list[Integration]] = {}
    for name, spec in receivers.items():
        items: list[Integration] = []

        def add(
            notifier: Notifier,
            send_resolved: bool,
            rate: float | None = None,
            limited: bool = True,
            _items: list[Integration] = items,
            _name: str = name,
        ) -> None:
            _items.append(
                Integration(
                    notifier=notifier,
                    receiver=_name,
                    send_resolved=send_resolved,
                    rate_per_second=rate,
                    rate_limited=limited,
                )
            )

        for i, c in enumerate(spec.console_configs):
            add(ConsoleNotifier(f"{name}/console{i}", colour=c.colour), c.send_resolved, limited=False)
        for i, j in enumerate(spec.jsonl_configs):
            add(JsonLinesNotifier(f"{name}/jsonl{i}", path=j.path), j.send_resolved, limited=False)
        for i, s in enumerate(spec.slack_configs):
            # Slack allows about one chat.postMessage per second per channel.
            slack = SlackNotifier(f"{name}/slack{i}", s, client, store, link_template=link)
            add(slack, s.send_resolved, s.rate_per_second or 1.0)
        for i, e in enumerate(spec.email_configs):
            add(EmailNotifier(f"{name}/email{i}", e, link_template=link), e.send_resolved, e.rate_per_second)
        for i, w in enumerate(spec.webhook_configs):
            add(
                WebhookNotifier(f"{name}/webhook{i}", w, client, link_template=link),
                w.send_resolved,
                w.rate_per_second,
            )
        for i, a in enumerate(spec.alertmanager_configs):
            add(
                AlertmanagerNotifier(f"{name}/alertmanager{i}", a, client, link_template=link),
                a.send_resolved,
                a.rate_per_second,
            )
        out[name] = items
    return out


def load_config(
    settings: Settings, store: StateStore, client: httpx.AsyncClient, *, console: bool = True
) -> LoadedConfig:
    """Load, validate and compile routing + subscriptions and build their notifiers."""
    spec, subs = load_spec(settings, console=console)
    table = compile_routing(spec)
    return LoadedConfig(
        table=table,
        integrations=build_integrations(dict(table.receivers), settings, store, client),
        subscriptions=subs,
    )


def retry_policy(settings: Settings) -> RetryPolicy:
    return RetryPolicy(
        max_attempts=settings.notification_max_attempts,
        base_delay=settings.notification_retry_base_seconds,
        max_delay=settings.notification_retry_max_seconds,
        budget_seconds=settings.notification_retry_budget_seconds,
    )


def delivery_limits(settings: Settings) -> DeliveryLimits:
    return DeliveryLimits(
        rate=settings.notification_rate_per_second,
        burst=settings.notification_burst,
        breaker_threshold=settings.notification_breaker_failures,
        breaker_reset=settings.notification_breaker_reset_seconds,
    )


def _signature(settings: Settings) -> Callable[[], object]:
    def sig() -> object:
        routing: Any = None
        path: Path | None = settings.routing_file
        if path is not None and path.exists():
            st = path.stat()
            routing = (st.st_mtime_ns, st.st_size)
        return routing, signature(settings.subscriptions_dir)

    return sig


def build_pipeline(
    settings: Settings,
    store: StateStore,
    metrics: Metrics,
    *,
    console: bool = True,
    dead_letter: DeadLetterSink | None = None,
    dispatcher: Dispatcher | None = None,
    client: httpx.AsyncClient | None = None,
) -> AlertPipeline:
    """The pipeline for ``settings`` (ConfigError when routing or subscriptions are invalid).

    ``dead_letter`` defaults to the JSON-lines file ``settings.notification_dlq_path`` (the Kafka
    runtime passes a topic sink); ``dispatcher`` lets tests inject fast sleeps; ``client`` lets
    callers share their own HTTP client (then they close it).
    """
    own_client = client is None
    http = client or httpx.AsyncClient(follow_redirects=False, headers={"User-Agent": "wirewatch"})
    # An unused AsyncClient holds no connections, so a ConfigError here leaks nothing.
    config = load_config(settings, store, http, console=console)
    disp = dispatcher or Dispatcher(
        store,
        metrics,
        dead_letter or FileDeadLetter(settings.notification_dlq_path),
        policy=retry_policy(settings),
        limits=delivery_limits(settings),
    )
    reloader = None
    if settings.subscriptions_dir is not None or settings.routing_file is not None:
        reloader = Reloader(
            _signature(settings),
            lambda: load_config(settings, store, http, console=console),
            interval=settings.subscriptions_reload_seconds,
        )
    return AlertPipeline(
        config,
        store,
        metrics,
        disp,
        reloader=reloader,
        retention=timedelta(hours=settings.state_retention_hours),
        on_close=http.aclose if own_client else None,
    )

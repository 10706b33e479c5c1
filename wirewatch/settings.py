"""Settings from environment variables (prefix ``WIREWATCH_``), via pydantic-settings.

YAML is for rules and routing only; everything an operator sets per deployment is here. Secrets are
``SecretStr`` so that they never print in logs, reprs or error messages.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from wirewatch.eventloop import EventLoopName


class Settings(BaseSettings):
    """Process settings. Field ``foo_bar`` is read from ``WIREWATCH_FOO_BAR``."""

    model_config = SettingsConfigDict(env_prefix="WIREWATCH_", extra="ignore")

    # --- embedded runtime -------------------------------------------------------------------
    state_path: Path = Path("var/wirewatch.sqlite3")
    inbox: Path | None = None
    listen: str = "127.0.0.1:8080"
    rules_dir: Path | None = Field(default=None, description="user rule directory, added to the shipped pack")
    dead_letter_path: Path = Path("var/dead-letter.jsonl")
    alerts_path: Path | None = Field(default=None, description="JSON-lines alert log (jsonl notifier)")
    state_retention_hours: float = 24 * 30
    rules_watch_seconds: float = Field(
        default=2.0, description="poll the rule directories this often and reload on change; 0 disables"
    )
    ingest_token: SecretStr | None = Field(default=None, description="bearer token for POST /v1/items")
    ingest_token_file: Path | None = None

    # --- alert routing and notifiers --------------------------------------------------------
    routing_file: Path | None = None
    subscriptions_dir: Path | None = None
    notification_dlq_path: Path = Path("var/notifications-dlq.jsonl")
    # defaults for the routing used when routing_file is unset (alerts shown at once)
    alerts_group_wait_seconds: float = Field(default=0.0, ge=0)
    alerts_group_interval_seconds: float = Field(default=0.0, ge=0)
    alerts_repeat_interval_seconds: float = Field(default=4 * 3600.0, gt=0)
    # delivery: shared retry policy, per-integration rate limit and circuit breaker
    notification_max_attempts: int = Field(default=8, ge=1)
    notification_retry_base_seconds: float = Field(default=1.0, ge=0)
    notification_retry_max_seconds: float = Field(default=60.0, ge=0)
    notification_retry_budget_seconds: float = Field(default=900.0, ge=0)
    notification_rate_per_second: float = Field(default=5.0, gt=0)
    notification_burst: int = Field(default=10, ge=1)
    notification_breaker_failures: int = Field(default=5, ge=1)
    notification_breaker_reset_seconds: float = Field(default=30.0, ge=0)
    subscriptions_reload_seconds: float = Field(default=5.0, gt=0)
    # notifier defaults used by subscriptions (routing files name their own)
    slack_bot_token: SecretStr | None = None
    slack_bot_token_file: Path | None = None
    slack_api_url: str = "https://slack.com/api"
    smtp_host: str | None = None
    smtp_port: int = 587
    smtp_tls: str = Field(default="starttls", pattern="^(starttls|implicit|none)$")
    smtp_username: str | None = None
    smtp_password: SecretStr | None = None
    smtp_password_file: Path | None = None
    smtp_from: str = "wirewatch@localhost"
    webhook_secret: SecretStr | None = None
    webhook_secret_file: Path | None = None
    item_link_template: str | None = Field(
        default=None, description="link for an item in notifications, e.g. https://desk.example/items/{uri}"
    )

    # --- Kafka runtime ----------------------------------------------------------------------
    kafka_bootstrap_servers: str = "127.0.0.1:9092"
    kafka_security_protocol: str = "PLAINTEXT"
    kafka_sasl_mechanism: str | None = None
    kafka_sasl_username: str | None = None
    kafka_sasl_password: SecretStr | None = None
    kafka_ssl_cafile: Path | None = None
    kafka_consumer_group: str = "wirewatch"
    kafka_topic_items: str = "wire.items"
    kafka_topic_items_dlq: str = "wire.items.dlq"
    kafka_topic_alerts: str = "wirewatch.alerts"
    kafka_topic_notifications_dlq: str = "wirewatch.notifications.dlq"
    kafka_partitions: int = 8
    kafka_replication_factor: int = 1
    kafka_create_topics: bool = True
    faust_store: str = "memory://"
    faust_data_dir: Path = Path("var/faust")
    rules_shipped: bool = Field(default=True, description="Kafka worker: load the shipped rule pack too")
    kafka_topic_events: str = Field(
        default="wirewatch.events", description="repartition topic: decoded items keyed by event key"
    )
    kafka_session_timeout: float = Field(default=30.0, description="consumer-group session timeout (s)")
    kafka_heartbeat_interval: float = 3.0
    kafka_tick_interval: float = Field(default=1.0, description="how often workers check deadlines (s)")
    kafka_producer_linger_ms: int = Field(
        default=0, ge=0, description="worker producer batching delay (0: batch what queues up meanwhile)"
    )
    kafka_route_commit_interval: float = Field(
        default=1.0,
        gt=0,
        description="worker route stage: seconds between commits of wire.items offsets (a crash resends"
        " up to this much of acknowledged items)",
    )
    faust_web_port: int | None = Field(default=None, description="Faust web server port; None disables it")
    faust_web_bind: str = Field(
        default="127.0.0.1", description="worker web server address (/healthz, /readyz, /metrics)"
    )
    kafka_lag_interval: float = Field(default=5.0, gt=0, description="consumer-lag gauge refresh (s)")
    kafka_recovery_stall_seconds: float = Field(
        default=20.0,
        gt=0,
        description="a table recovery that has read no changelog record for this long is restarted "
        "by a group rejoin (services/kafka/recoverywatch.py)",
    )
    faust_standby_replicas: int = 1
    kafka_profile_path: Path | None = Field(
        default=None, description="worker: write cProfile stats here at exit (development only)"
    )
    gateway_listen: str = "127.0.0.1:8081"
    poll_interval: float = Field(default=60.0, description="seconds between feed polls")
    poll_state_path: Path = Field(default=Path("var/poll-seen.json"), description="feed entries published")

    # --- observability ----------------------------------------------------------------------
    log_level: str = "INFO"
    gc_freeze: bool = Field(
        default=True,
        description="run/worker: freeze start-up objects out of the garbage collector (wirewatch.gcpolicy)",
    )
    log_json: bool | None = Field(default=None, description="JSON logs; default: JSON unless stderr is a TTY")
    event_loop: EventLoopName = Field(
        default="uvloop",
        description="run/worker/gateway: the event loop, uvloop or asyncio's own (wirewatch.eventloop)",
    )

    def resolved_ingest_token(self) -> SecretStr | None:
        """The ingest token from ``ingest_token`` or, failing that, the file ``ingest_token_file``."""
        if self.ingest_token is not None:
            return self.ingest_token
        if self.ingest_token_file is not None:
            return SecretStr(self.ingest_token_file.read_text(encoding="utf-8").strip())
        return None

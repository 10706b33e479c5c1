"""Settings from environment variables (prefix ``WIREWATCH_``), via pydantic-settings.

YAML is for rules and routing only; everything an operator sets per deployment is here. Secrets are
``SecretStr`` so that they never print in logs, reprs or error messages.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


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
    ingest_token: SecretStr | None = Field(default=None, description="bearer token for POST /v1/items")
    ingest_token_file: Path | None = None

    # --- alert routing and notifiers --------------------------------------------------------
    routing_file: Path | None = None
    subscriptions_dir: Path | None = None
    notification_dlq_path: Path = Path("var/notifications-dlq.jsonl")

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

    # --- observability ----------------------------------------------------------------------
    log_level: str = "INFO"
    log_json: bool | None = Field(default=None, description="JSON logs; default: JSON unless stderr is a TTY")

    def resolved_ingest_token(self) -> SecretStr | None:
        """The ingest token from ``ingest_token`` or, failing that, the file ``ingest_token_file``."""
        if self.ingest_token is not None:
            return self.ingest_token
        if self.ingest_token_file is not None:
            return SecretStr(self.ingest_token_file.read_text(encoding="utf-8").strip())
        return None

"""Client settings for aiokafka and Faust, from :class:`~wirewatch.settings.Settings`.

Security: ``kafka_security_protocol`` is ``PLAINTEXT``, ``SSL``, ``SASL_PLAINTEXT`` or ``SASL_SSL``;
SASL needs ``kafka_sasl_mechanism`` (``PLAIN``, ``SCRAM-SHA-256``, ``SCRAM-SHA-512``) with username
and password; TLS verifies the broker against ``kafka_ssl_cafile`` (else the system store). The
password is read from its ``SecretStr`` only here, never logged.
"""

from __future__ import annotations

import ssl
from typing import Any

from wirewatch.errors import ConfigError
from wirewatch.settings import Settings

_PROTOCOLS = {"PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"}
_MECHANISMS = {"PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"}


def bootstrap_list(settings: Settings) -> list[str]:
    """``host:port`` entries of ``kafka_bootstrap_servers`` (comma separated)."""
    servers = [s.strip() for s in settings.kafka_bootstrap_servers.split(",") if s.strip()]
    if not servers:
        raise ConfigError("WIREWATCH_KAFKA_BOOTSTRAP_SERVERS is empty")
    return servers


def ssl_context(settings: Settings) -> ssl.SSLContext | None:
    """A verifying TLS context when the protocol uses TLS, else ``None``."""
    protocol = settings.kafka_security_protocol.upper()
    if protocol not in {"SSL", "SASL_SSL"}:
        return None
    cafile = str(settings.kafka_ssl_cafile) if settings.kafka_ssl_cafile else None
    try:
        return ssl.create_default_context(cafile=cafile)
    except (OSError, ssl.SSLError) as exc:
        raise ConfigError(f"cannot load Kafka CA file {cafile}: {exc}") from exc


def client_kwargs(settings: Settings) -> dict[str, Any]:
    """Keyword arguments shared by aiokafka producers, consumers and admin clients."""
    protocol = settings.kafka_security_protocol.upper()
    if protocol not in _PROTOCOLS:
        raise ConfigError(f"WIREWATCH_KAFKA_SECURITY_PROTOCOL must be one of {sorted(_PROTOCOLS)}")
    kwargs: dict[str, Any] = {
        "bootstrap_servers": bootstrap_list(settings),
        "security_protocol": protocol,
    }
    context = ssl_context(settings)
    if context is not None:
        kwargs["ssl_context"] = context
    if protocol.startswith("SASL"):
        mechanism = (settings.kafka_sasl_mechanism or "").upper()
        if mechanism not in _MECHANISMS:
            raise ConfigError(f"WIREWATCH_KAFKA_SASL_MECHANISM must be one of {sorted(_MECHANISMS)}")
        if not settings.kafka_sasl_username or settings.kafka_sasl_password is None:
            raise ConfigError("SASL needs WIREWATCH_KAFKA_SASL_USERNAME and WIREWATCH_KAFKA_SASL_PASSWORD")
        kwargs["sasl_mechanism"] = mechanism
        kwargs["sasl_plain_username"] = settings.kafka_sasl_username
        kwargs["sasl_plain_password"] = settings.kafka_sasl_password.get_secret_value()
    return kwargs


def faust_broker_credentials(settings: Settings) -> Any:
    """Faust ``broker_credentials`` (``None`` for PLAINTEXT)."""
    import faust

    kwargs = client_kwargs(settings)
    protocol = kwargs["security_protocol"]
    if protocol == "PLAINTEXT":
        return None
    if protocol == "SSL":
        return faust.SSLCredentials(kwargs["ssl_context"])
    return faust.SASLCredentials(
        username=kwargs["sasl_plain_username"],
        password=kwargs["sasl_plain_password"],
        mechanism=kwargs["sasl_mechanism"],
        ssl_context=kwargs.get("ssl_context"),
    )

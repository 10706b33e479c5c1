"""Secrets in routing and subscription files: referenced, never written inline if avoidable.

A secret field in YAML is either ``{env: NAME}`` (read from the environment), ``{file: /path}`` (read
from a file, e.g. a Kubernetes secret mount; trailing whitespace stripped) or, discouraged but
accepted for local tests, a plain string. Resolved values are :class:`pydantic.SecretStr`, which
prints as ``**********`` in reprs and logs. :func:`redact` scrubs known secret values and URL
credentials/paths from any text that may reach an error message or a log line.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path

from pydantic import BaseModel, ConfigDict, SecretStr, model_validator

from wirewatch.errors import ConfigError

REDACTED = "***"
_URL = re.compile(r"(?P<scheme>[a-z][a-z0-9+.\-]*://)(?P<rest>[^\s\"'<>]+)", re.IGNORECASE)


class SecretRef(BaseModel):
    """Where a secret comes from: exactly one of ``env``, ``file`` or ``value``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    env: str | None = None
    file: Path | None = None
    value: SecretStr | None = None

    @model_validator(mode="before")
    @classmethod
    def _from_plain(cls, data: object) -> object:
        if isinstance(data, str):
            return {"value": data}
        return data

    @model_validator(mode="after")
    def _exactly_one(self) -> SecretRef:
        if sum(x is not None for x in (self.env, self.file, self.value)) != 1:
            raise ValueError("a secret needs exactly one of env, file or value")
        return self

    def resolve(self) -> SecretStr:
        """The secret; ConfigError (naming the variable or file, never the value) if missing."""
        if self.value is not None:
            return self.value
        if self.env is not None:
            found = os.environ.get(self.env)
            if not found:
                raise ConfigError(f"secret environment variable {self.env} is not set")
            return SecretStr(found)
        assert self.file is not None
        try:
            return SecretStr(self.file.read_text(encoding="utf-8").strip())
        except OSError as exc:
            raise ConfigError(f"cannot read secret file {self.file}: {exc.strerror}") from exc


def redact_url(url: str) -> str:
    """Scheme and host only: ``https://hooks.slack.com/***`` (paths and userinfo hold secrets)."""
    m = _URL.match(url)
    if not m:
        return REDACTED
    host = m.group("rest").split("/", 1)[0].rsplit("@", 1)[-1]
    return f"{m.group('scheme')}{host}/{REDACTED}"


def redact(text: str, secrets: Iterable[SecretStr | str | None] = ()) -> str:
    """``text`` with every given secret value replaced and every URL reduced to scheme and host."""
    for secret in secrets:
        raw = secret.get_secret_value() if isinstance(secret, SecretStr) else secret
        if raw and len(raw) >= 4:
            text = text.replace(raw, REDACTED)
    return _URL.sub(lambda m: redact_url(m.group(0)), text)

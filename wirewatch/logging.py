"""structlog configuration with a stable JSON schema and secret redaction.

Schema (JSON mode): every line is one JSON object with at least these keys, always present so that a
log pipeline (Loki, Elasticsearch, BigQuery) can map them once::

    timestamp   ISO 8601, UTC                       "2026-11-29T01:02:03.456789Z"
    level       debug | info | warning | error | critical
    event       what happened, a dotted name        "rules.reloaded"
    item_id     wire item uri, or null              bound by ingest and detection
    rule        rule id, or null                    bound by detection
    alert       alert fingerprint, or null          bound by the alert pipeline
    receiver    receiver name, or null              bound by notifiers

Other keys may follow (``logger`` for records from the standard library ``logging`` module, e.g.
aiokafka, faust or aiohttp, which are rendered through the same processors; ``exception`` with a
formatted traceback). Components bind the schema keys with ``structlog.get_logger().bind(...)`` or
``structlog.contextvars.bound_contextvars(...)``.

Secrets never reach a sink: the value of any key that looks like a secret (``password``, ``token``,
``authorization``, ``api_key``, ``webhook_url``, ``dsn``, ...) is replaced by ``***`` whatever its value,
and every string value (including ``event`` and formatted tracebacks, nested in lists and dicts) is
scrubbed of bearer/basic credentials, credentials in URLs (``https://user:pass@host``), secret query
parameters (``?token=...``) and Slack webhook paths. Redaction runs after exceptions are formatted,
so a secret inside an exception message is scrubbed too.
"""

from __future__ import annotations

import functools
import logging
import re
import sys
from collections.abc import Mapping, MutableMapping
from typing import Any, TextIO

import structlog

_SECRET_KEY = re.compile(
    r"(pass(word|wd)?|secret|token|authorization|api[_-]?key|webhook_url|dsn|credential|private[_-]?key)",
    re.I,
)
REDACTED = "***"
SCHEMA_KEYS = ("timestamp", "level", "event", "item_id", "rule", "alert", "receiver")
"""Keys present on every JSON log line (``None`` when not bound)."""

# (pattern, replacement) applied to every string value.
_VALUE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # Authorization header values: "Bearer abc...", "Basic dXNlcjpwYXNz" (a base64 credential has a
    # digit, an upper-case letter or +/ in it, so "Basic commodities" in wire text is left alone)
    (re.compile(r"\b(Bearer)\s+[A-Za-z0-9._~+/=\-]{6,}", re.I), rf"\1 {REDACTED}"),
    (re.compile(r"\b(Basic)\s+(?=[A-Za-z0-9+/]*[0-9A-Z+/])[A-Za-z0-9+/]{8,}={0,2}"), rf"\1 {REDACTED}"),
    # credentials in URLs: scheme://user:pass@host -> scheme://***@host
    (
        re.compile(r"(?P<scheme>[a-z][a-z0-9+.\-]*://)[^/\s:@\"']+:[^/\s@\"']*@", re.I),
        rf"\g<scheme>{REDACTED}@",
    ),
    # Slack incoming-webhook paths carry the secret: hooks.slack.com/services/T../B../xxx
    (re.compile(r"(hooks\.slack\.com/(?:services|workflows|triggers)/)[^\s\"'<>]+", re.I), rf"\1{REDACTED}"),
    # secret-looking query parameters
    (
        re.compile(
            r"([?&](?:access_token|token|api_key|apikey|key|secret|sig|signature|password)=)[^&\s\"'<>]+",
            re.I,
        ),
        rf"\1{REDACTED}",
    ),
    # Slack tokens that leak outside a keyed field (xoxb-, xoxp-, xapp- ...)
    (re.compile(r"\bxox[abposr]-[A-Za-z0-9-]+|\bxapp-[A-Za-z0-9-]+"), REDACTED),
)


# Every pattern above needs one of these literals (case-insensitively): a string without any of
# them cannot match, so it skips the six substitutions. Most log values (ids, names, numbers as
# text) are such strings, and the substitutions were most of the cost of a log line (~0.15 ms).
# Keep this in step with _VALUE_PATTERNS: a pattern whose literal is missing here would go unapplied.
_MAY_HOLD_SECRET = re.compile(
    r"bearer|basic|://|hooks\.slack\.com/"
    r"|[?&](?:access_token|token|api_key|apikey|key|secret|sig|signature|password)="
    r"|xox[abposr]-|xapp-",
    re.I,
)


# Every pattern above also needs one of these characters: whitespace (after Bearer/Basic), ":" or
# "/" (URLs, Slack paths), "?" or "&" (query parameters), "-" (Slack tokens). Punctuation has no case
# variants, so this plain character class (several times cheaper than the case-insensitive literals
# above) lets most log values (ids, rule names, statuses, numbers) skip both searches.
_MAY_HOLD_SECRET_CHAR = re.compile(r"[\s:/?&\-]")


def redact_text(text: str) -> str:
    """``text`` with credentials, secret URL parts and tokens replaced by ``***``."""
    if _MAY_HOLD_SECRET_CHAR.search(text) is None or _MAY_HOLD_SECRET.search(text) is None:
        return text
    for pattern, replacement in _VALUE_PATTERNS:
        text = pattern.sub(replacement, text)
    return text


@functools.lru_cache(maxsize=4096)  # log keys are names from code: a few hundred at most
def _is_secret_key(key: str) -> bool:
    # Memoised: the same few keys come back on every line.
    return _SECRET_KEY.search(key) is not None


def _redact_value(value: Any, depth: int = 0) -> Any:
    if isinstance(value, str):
        return redact_text(value)
    if depth > 5:  # log values are shallow; bound the work on pathological structures
        return value
    if isinstance(value, Mapping):
        return {
            k: (REDACTED if isinstance(k, str) and _is_secret_key(k) else _redact_value(v, depth + 1))
            for k, v in value.items()
        }
    if isinstance(value, list | tuple):
        return type(value)(_redact_value(v, depth + 1) for v in value)
    return value


def redact_secrets(_: Any, __: str, event_dict: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    """structlog processor: ``***`` for secret-looking keys, and scrub secrets out of string values."""
    for key, value in list(event_dict.items()):
        if _is_secret_key(key):
            event_dict[key] = REDACTED
        elif type(value) is str:  # most values: redact_text without the _redact_value dispatch
            if _MAY_HOLD_SECRET_CHAR.search(value) is not None:
                event_dict[key] = redact_text(value)
        elif value is not None and not isinstance(value, int | float):  # numbers hold no secret
            event_dict[key] = _redact_value(value)
    return event_dict


def ensure_schema(_: Any, __: str, event_dict: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    """structlog processor: every :data:`SCHEMA_KEYS` key present (``None`` when unbound), in order."""
    ordered: dict[str, Any] = {key: event_dict.pop(key, None) for key in SCHEMA_KEYS}
    ordered.update(event_dict)
    event_dict.clear()
    event_dict.update(ordered)
    return event_dict


def _normalise_level(_: Any, __: str, event_dict: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    # stdlib records say "warning"/"WARNING", "exception" is logged at error level.
    level = str(event_dict.get("level", "info")).lower()
    event_dict["level"] = {"exception": "error", "warn": "warning", "fatal": "critical"}.get(level, level)
    return event_dict


def _processors(use_json: bool) -> list[Any]:
    # The level and the timestamp are set after redaction: both always come from these processors
    # (whatever a caller passed under those keys is overwritten), so they never need scrubbing.
    chain: list[Any] = [
        structlog.contextvars.merge_contextvars,
        structlog.processors.format_exc_info,
        redact_secrets,
        structlog.processors.add_log_level,
        _normalise_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True, key="timestamp"),
    ]
    if use_json:
        chain.append(ensure_schema)
    return chain


_HANDLER_NAME = "wirewatch"


def _same_logger(logger: structlog.PrintLogger, *_args: Any) -> structlog.PrintLogger:
    return logger


def configure_logging(level: str = "INFO", json: bool | None = None, stream: TextIO | None = None) -> None:
    """Configure structlog (and stdlib logging) once per process; calling again reconfigures.

    ``json=None`` chooses JSON when ``stream`` (default: stderr) is not a TTY and a readable console
    format when it is. Records from the standard ``logging`` module (libraries) go through the same
    processors, so they carry the same schema and are redacted the same way.
    """
    out = stream if stream is not None else sys.stderr
    use_json = (not out.isatty()) if json is None else json
    renderer: Any = (
        structlog.processors.JSONRenderer()
        if use_json
        else structlog.dev.ConsoleRenderer(colors=out.isatty())
    )
    numeric = logging.getLevelName(level.upper())
    if not isinstance(numeric, int):
        raise ValueError(f"unknown log level {level!r}")

    structlog.configure(
        processors=[*_processors(use_json), renderer],
        wrapper_class=structlog.make_filtering_bound_logger(numeric),
        # One PrintLogger for every logger: the default factory built a new one on each log call
        # (loggers are not cached, so that reconfiguring reaches module-level loggers too).
        logger_factory=functools.partial(_same_logger, structlog.PrintLogger(out)),
        cache_logger_on_first_use=False,
    )

    # Standard-library records: one handler on the root logger, rendered by the same chain.
    formatter = structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=[
            structlog.contextvars.merge_contextvars,
            structlog.stdlib.add_logger_name,
            structlog.stdlib.ExtraAdder(),
        ],
        processors=[
            structlog.stdlib.ProcessorFormatter.remove_processors_meta,
            *_processors(use_json)[1:],  # contextvars: merged by the pre-chain above
            renderer,
        ],
    )
    handler = logging.StreamHandler(out)
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(formatter)
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == _HANDLER_NAME]:
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(numeric)

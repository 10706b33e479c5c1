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
import json
import logging
import re
import sys
import time
from collections.abc import Mapping, MutableMapping
from datetime import UTC, datetime
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


def _may_hold_secret(text: str) -> bool:
    """False only when no pattern of :data:`_VALUE_PATTERNS` can match ``text`` (it skips the six).

    Each test is a necessary condition of one pattern, as plain substring tests: the
    case-insensitive regex of the patterns' literals that this replaces cost 1-6 us per value (most
    log values are ids, names and short phrases that hold none of them). Keep this in step with
    _VALUE_PATTERNS: a pattern whose condition is missing here would go unapplied.
    """
    if "://" in text or "xox" in text or "xapp-" in text:  # URL credentials; Slack tokens (cased)
        return True
    if "=" in text and ("?" in text or "&" in text):  # secret query parameters
        return True
    # Bearer, Basic, Slack webhook paths. casefold(), not lower(): the patterns are compiled with
    # re.I, under which "\u017f" (long s) matches "s" and "\u212a" (Kelvin sign) matches "k".
    folded = text.casefold()
    return "bearer" in folded or "basic" in folded or "hooks.slack.com/" in folded


# Every pattern above needs one of these characters: whitespace (after Bearer/Basic), "/" (URLs,
# Slack paths), "?" or "&" (query parameters), "-" (Slack tokens). This character class is the
# cheapest test of all, and lets most log values (ids, rule names, statuses, numbers) skip even
# _may_hold_secret.
_MAY_HOLD_SECRET_CHAR = re.compile(r"[\s/?&\-]")


def redact_text(text: str) -> str:
    """``text`` with credentials, secret URL parts and tokens replaced by ``***``."""
    if _MAY_HOLD_SECRET_CHAR.search(text) is None or not _may_hold_secret(text):
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


def _redacted(key: str, value: Any) -> Any:
    """``value`` as it may be logged under ``key``."""
    if _is_secret_key(key):
        return REDACTED
    if type(value) is str:  # most values: redact_text without the _redact_value dispatch
        return redact_text(value)
    if value is None or isinstance(value, int | float):  # numbers hold no secret
        return value
    return _redact_value(value)


def redact_secrets(_: Any, __: str, event_dict: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    """structlog processor: ``***`` for secret-looking keys, and scrub secrets out of string values."""
    for key, value in list(event_dict.items()):
        event_dict[key] = _redacted(key, value)
    return event_dict


def ensure_schema(_: Any, __: str, event_dict: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    """structlog processor: every :data:`SCHEMA_KEYS` key present (``None`` when unbound), in order.

    configure_logging's JSON chain does this inside :func:`render_json_line`; this step on its own
    is for chains composed elsewhere, and the reference that processor is tested against.
    """
    ordered: dict[str, Any] = {key: event_dict.pop(key, None) for key in SCHEMA_KEYS}
    ordered.update(event_dict)
    event_dict.clear()
    event_dict.update(ordered)
    return event_dict


_LEVEL_ALIASES = {"exception": "error", "warn": "warning", "fatal": "critical"}


def _normalise_level(_: Any, __: str, event_dict: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    # stdlib records say "warning"/"WARNING", "exception" is logged at error level.
    level = str(event_dict.get("level", "info")).lower()
    event_dict["level"] = _LEVEL_ALIASES.get(level, level)
    return event_dict


@functools.lru_cache(maxsize=64)  # keys are logger method names (info, warning, ...): a handful
def _level_of(method_name: str) -> str:
    """The ``level`` that add_log_level followed by :func:`_normalise_level` gives ``method_name``."""
    level = structlog.processors.add_log_level(None, method_name, {})["level"]
    return str(_normalise_level(None, method_name, {"level": level})["level"])


_now_ns = time.time_ns  # the clock datetime.now reads (a test stops it)
_second: tuple[int, str] = (-1, "")  # (Unix second, its ISO text without the fraction): the last one


def _utc_iso(ns: int) -> str:
    """``ns`` (Unix time in nanoseconds) as TimeStamper(fmt="iso", utc=True) writes the time it reads.

    That is ``datetime.now(tz=UTC).isoformat()`` with ``Z`` for ``+00:00``: microseconds rounded
    down, the fraction left out when they are 0. Formatting a datetime cost 2 us a line; the text
    of the second is kept from one call to the next (lines come many per second), so a line only
    adds its microseconds.
    """
    global _second
    seconds, micros = divmod(ns // 1000, 1_000_000)
    cached = _second  # one read: another thread may replace it, never half of it
    if cached[0] != seconds:
        cached = (seconds, datetime.fromtimestamp(seconds, tz=UTC).isoformat().removesuffix("+00:00"))
        _second = cached
    return f"{cached[1]}.{micros:06d}Z" if micros else f"{cached[1]}Z"


def _json_fallback(value: Any) -> Any:
    # structlog's JSONRenderer fallback for values json cannot encode: __structlog__(), else repr().
    try:
        return value.__structlog__()
    except AttributeError:
        return repr(value)


#: JSONRenderer's ``json.dumps(line, default=...)``, with the encoder built once rather than per line
#: (json.dumps builds a JSONEncoder on every call that passes an argument); ``encode`` keeps no state
#: between calls, so one instance serves every thread. A test compares the text with JSONRenderer's.
_ENCODER = json.JSONEncoder(default=_json_fallback)


def _encode_line(line: dict[str, Any]) -> str:
    """``json.dumps(line, default=_json_fallback)``, the text JSONRenderer writes."""
    return _ENCODER.encode(line)


def render_json_line(_: Any, method_name: str, event_dict: MutableMapping[str, Any]) -> str:
    """structlog processor, the last of the JSON chain: the line as JSON text, redacted, in schema order.

    The same text as the processors format_exc_info, :func:`redact_secrets`, add_log_level, level
    normalisation, TimeStamper (ISO, UTC, ``Z``), :func:`ensure_schema` and JSONRenderer one after
    the other (a test renders both ways and compares), in one call: the separate chain spent more
    on its steps' calls and intermediate dicts than on the work. Like those, ``level`` and
    ``timestamp`` are always this processor's (a caller's value under those keys is dropped), and
    an exception is formatted before redaction, so a secret in its text is scrubbed too.
    """
    # SCHEMA_KEYS first, in order. Assigning a key that is already there keeps its place, so the
    # other keys follow in the event's order.
    line: dict[str, Any] = dict.fromkeys(SCHEMA_KEYS)
    if "exc_info" in event_dict:  # format_exc_info, which changes nothing without it
        event_dict = structlog.processors.format_exc_info(_, method_name, event_dict)
    for key, value in event_dict.items():
        line[key] = _redacted(key, value)
    line["timestamp"] = _utc_iso(_now_ns())
    line["level"] = _level_of(method_name)
    return _encode_line(line)


def _processors(use_json: bool, colors: bool) -> list[Any]:
    """The whole chain, renderer included; the first processor is merge_contextvars."""
    # The level and the timestamp are set after redaction: both always come from these processors
    # (whatever a caller passed under those keys is overwritten), so they never need scrubbing.
    if use_json:
        return [structlog.contextvars.merge_contextvars, render_json_line]
    return [
        structlog.contextvars.merge_contextvars,
        structlog.processors.format_exc_info,
        redact_secrets,
        structlog.processors.add_log_level,
        _normalise_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True, key="timestamp"),
        structlog.dev.ConsoleRenderer(colors=colors),
    ]


_HANDLER_NAME = "wirewatch"


def _same_logger(logger: structlog.WriteLogger, *_args: Any) -> structlog.WriteLogger:
    return logger


def configure_logging(level: str = "INFO", json: bool | None = None, stream: TextIO | None = None) -> None:
    """Configure structlog (and stdlib logging) once per process; calling again reconfigures.

    ``json=None`` chooses JSON when ``stream`` (default: stderr) is not a TTY and a readable console
    format when it is. Records from the standard ``logging`` module (libraries) go through the same
    processors, so they carry the same schema and are redacted the same way.
    """
    out = stream if stream is not None else sys.stderr
    use_json = (not out.isatty()) if json is None else json
    chain = _processors(use_json, colors=out.isatty())
    numeric = logging.getLevelName(level.upper())
    if not isinstance(numeric, int):
        raise ValueError(f"unknown log level {level!r}")

    structlog.configure(
        processors=chain,
        wrapper_class=structlog.make_filtering_bound_logger(numeric),
        # One logger for every logger: the default factory built a new one on each log call
        # (loggers are not cached, so that reconfiguring reaches module-level loggers too).
        # WriteLogger writes the same text as PrintLogger (line + newline, flushed) in one write
        # instead of print()'s two.
        logger_factory=functools.partial(_same_logger, structlog.WriteLogger(out)),
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
            *chain[1:],  # contextvars: merged by the pre-chain above
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

"""wirewatch.logging: stable JSON schema, stdlib records in the same schema, secrets redacted."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from typing import Any

import pytest
import structlog
from pydantic import SecretStr

from wirewatch.logging import REDACTED, SCHEMA_KEYS, configure_logging, redact_secrets, redact_text


@pytest.fixture
def stream() -> Iterator[io.StringIO]:
    """JSON logging into a buffer; logging is restored to structlog defaults afterwards."""
    buf = io.StringIO()
    configure_logging("DEBUG", json=True, stream=buf)
    yield buf
    root = logging.getLogger()
    for handler in [h for h in root.handlers if h.get_name() == "wirewatch"]:
        root.removeHandler(handler)
    structlog.reset_defaults()
    structlog.contextvars.clear_contextvars()


def lines(buf: io.StringIO) -> list[dict[str, Any]]:
    return [json.loads(ln) for ln in buf.getvalue().splitlines() if ln.strip()]


def test_every_line_has_the_schema_keys_in_order(stream: io.StringIO) -> None:
    """Each JSON line starts with the seven schema keys, in order; unbound ones are null."""
    structlog.get_logger().info("item.received", item_id="urn:x:1", size=10)
    structlog.get_logger().bind(rule="ceasefire.announced", alert="abc").warning("alert.emitted")
    first, second = lines(stream)
    assert list(first)[: len(SCHEMA_KEYS)] == list(SCHEMA_KEYS)
    assert first["event"] == "item.received" and first["level"] == "info" and first["item_id"] == "urn:x:1"
    assert first["rule"] is None and first["alert"] is None and first["receiver"] is None
    assert first["size"] == 10
    assert first["timestamp"].endswith("Z") and "T" in first["timestamp"]
    assert (
        second["level"] == "warning" and second["rule"] == "ceasefire.announced" and second["alert"] == "abc"
    )


def test_contextvars_bind_schema_keys(stream: io.StringIO) -> None:
    """Keys bound with bound_contextvars reach structlog and stdlib log lines alike."""
    with structlog.contextvars.bound_contextvars(item_id="urn:x:2", receiver="desk"):
        structlog.get_logger().info("notify.sent")
        logging.getLogger("aiokafka.producer").error("broker %s unreachable", "b1")
    ours, library = lines(stream)
    assert ours["item_id"] == library["item_id"] == "urn:x:2"
    assert ours["receiver"] == library["receiver"] == "desk"
    assert library["event"] == "broker b1 unreachable" and library["level"] == "error"
    assert library["logger"] == "aiokafka.producer"
    assert list(library)[: len(SCHEMA_KEYS)] == list(SCHEMA_KEYS)


def test_level_filter_applies_to_both_paths() -> None:
    """Below the configured level nothing is written, from structlog or from stdlib loggers."""
    buf = io.StringIO()
    configure_logging("WARNING", json=True, stream=buf)
    try:
        structlog.get_logger().info("quiet")
        logging.getLogger("faust").info("quiet too")
        structlog.get_logger().warning("loud")
        assert [r["event"] for r in lines(buf)] == ["loud"]
    finally:
        structlog.reset_defaults()


def test_unknown_level_is_refused() -> None:
    """A typo in WIREWATCH_LOG_LEVEL is a clear error, not silent default logging."""
    with pytest.raises(ValueError, match="unknown log level"):
        configure_logging("LOUD", json=True, stream=io.StringIO())


@pytest.mark.parametrize(
    "key",
    ["password", "ingest_token", "Authorization", "api_key", "webhook_url", "kafka_sasl_password", "dsn"],
)
def test_secret_keys_are_redacted_whatever_the_value(stream: io.StringIO, key: str) -> None:
    """The value of a secret-looking key is replaced by *** (even a non-string)."""
    structlog.get_logger().info("config", **{key: "s3cr3t-value"})
    structlog.get_logger().info("config", **{key: 12345})
    text = stream.getvalue()
    assert "s3cr3t-value" not in text and "12345" not in text
    assert all(r[key] == REDACTED for r in lines(stream))


@pytest.mark.parametrize(
    ("raw", "leak"),
    [
        ("Authorization: Bearer abc.def-ghi", "abc.def-ghi"),
        ("Basic dXNlcjpwYXNz rejected", "dXNlcjpwYXNz"),
        ("connect https://wire:hunter2@feeds.example.org/rss failed", "hunter2"),
        ("POST https://hooks.slack.com/services/T000/B000/XXXXSECRET -> 404", "XXXXSECRET"),
        ("GET https://api.example.org/v1?api_key=k-123&lang=en", "k-123"),
        ("slack token xoxb-1111-2222-abcd invalid", "xoxb-1111-2222-abcd"),
    ],
)
def test_secrets_inside_values_are_scrubbed(stream: io.StringIO, raw: str, leak: str) -> None:
    """Credentials embedded in free text (event, values, nested lists/dicts) never reach the sink."""
    log = structlog.get_logger()
    log.warning(raw)
    log.info("request", url=raw, attempts=[{"detail": raw}], pair=(raw, 1))
    logging.getLogger("aiohttp.client").warning(raw)
    assert leak not in stream.getvalue()
    assert stream.getvalue().count(REDACTED) >= 5


def test_redaction_keeps_ordinary_text() -> None:
    """Wire text and non-secret URLs pass unchanged (no over-redaction of evidence)."""
    text = (
        "A truce took effect at noon, https://example.org/news?id=7 reported; toll 71 (was 50). "
        "Basic commodities ran short; the bearer of the letter said so."
    )
    assert redact_text(text) == text
    event: dict[str, Any] = {"event": "x", "tokens_per_item": 3, "rule": "r"}
    out = redact_secrets(None, "info", dict(event))
    assert out["rule"] == "r" and out["event"] == "x"


def test_exception_text_is_redacted(stream: io.StringIO) -> None:
    """A secret inside an exception message is scrubbed from the formatted traceback."""
    try:
        raise ConnectionError("refused https://svc:pa55word@smtp.example.org:465")
    except ConnectionError:
        structlog.get_logger().exception("smtp.failed", receiver="risk")
    (record,) = lines(stream)
    assert "pa55word" not in record["exception"]
    assert "ConnectionError" in record["exception"]
    assert record["level"] == "error" and record["receiver"] == "risk"


def test_secretstr_never_renders_its_value(stream: io.StringIO) -> None:
    """A pydantic SecretStr logged under an innocent key prints masked."""
    structlog.get_logger().info("settings", value=SecretStr("topsecret"))
    assert "topsecret" not in stream.getvalue()


def test_reconfiguring_does_not_duplicate_stdlib_output() -> None:
    """Calling configure_logging twice leaves one handler: a library line is written once."""
    buf = io.StringIO()
    configure_logging("INFO", json=True, stream=io.StringIO())
    configure_logging("INFO", json=True, stream=buf)
    try:
        logging.getLogger("faust").warning("once")
        assert [r["event"] for r in lines(buf)] == ["once"]
    finally:
        root = logging.getLogger()
        for handler in [h for h in root.handlers if h.get_name() == "wirewatch"]:
            root.removeHandler(handler)
        structlog.reset_defaults()


def test_console_mode_is_readable_and_redacted() -> None:
    """On a TTY-like console format the line is not JSON but still carries no secret."""
    buf = io.StringIO()
    configure_logging("INFO", json=False, stream=buf)
    try:
        structlog.get_logger().info("ingest.auth_failed", token="abc123secret", peer="127.0.0.1")
        out = buf.getvalue()
        assert "ingest.auth_failed" in out and "abc123secret" not in out
        with pytest.raises(json.JSONDecodeError):
            json.loads(out.splitlines()[0])
    finally:
        structlog.reset_defaults()


def _full_redaction(text: str) -> str:
    """Every value pattern applied, without the literal pre-check (the reference behaviour)."""
    from wirewatch.logging import _VALUE_PATTERNS

    for pattern, replacement in _VALUE_PATTERNS:
        text = pattern.sub(replacement, text)
    return text


def test_redaction_shortcut_never_skips_a_secret() -> None:
    """The cheap literal pre-check in redact_text agrees with the full substitutions on secret-like text."""
    import random

    pieces = [
        "Bearer ", "bearer\t", "BASIC ", "Basic ", "dXNlcjpwYXNz", "abcdefghij", "https://", "HTTP://",
        "user:pass@", "host", "/", "hooks.slack.com/services/", "HOOKS.SLACK.COM/workflows/", "T0/B0/xyz",
        "?token=", "&SIG=", "&key=", "?Access_Token=", "&password=", "abc123", "xoxb-", "xoxp-", "xapp-",
        " ", "\n", "é", "=", "@", ":", "commodities", "Basic commodities", "ftp://a:b@c", "?", "&",
        "hoo\u212as.\u017flack.com/services/", "Bearer\u00a0", "BEARER ", "Ba\u017fic ", "ba\u0131ic ", "-",
    ]  # fmt: skip
    rng = random.Random(7)
    redacted = 0
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        expected = _full_redaction(text)
        assert redact_text(text) == expected, text
        redacted += expected != text
    assert redacted > 5_000  # the sample really exercises every kind of secret, not only plain text


_NS = 1_764_378_123_456_789_123  # a fixed clock for the line comparisons (2025-11-29T01:02:03.456789Z)


def _reference_line(method_name: str, event: dict[str, Any]) -> str:
    """The JSON line of the processor-per-step chain render_json_line replaced, at the fixed clock."""
    from datetime import UTC, datetime, timedelta

    from wirewatch.logging import _normalise_level, ensure_schema

    def stamp(_: Any, __: str, event_dict: Any) -> Any:
        # TimeStamper(fmt="iso", utc=True): datetime.now(tz=UTC).isoformat() with Z for +00:00
        now = datetime(1970, 1, 1, tzinfo=UTC) + timedelta(microseconds=_NS // 1000)
        event_dict["timestamp"] = now.isoformat().replace("+00:00", "Z")
        return event_dict

    chain = [
        structlog.processors.format_exc_info,
        redact_secrets,
        structlog.processors.add_log_level,
        _normalise_level,
        stamp,
        ensure_schema,
        structlog.processors.JSONRenderer(),
    ]
    out: Any = dict(event)
    for processor in chain:
        out = processor(None, method_name, out)
    return str(out)


class _Custom:
    def __structlog__(self) -> str:
        return "custom-rendering"


def test_json_line_is_the_text_of_the_chain_it_replaces(monkeypatch: pytest.MonkeyPatch) -> None:
    """render_json_line writes byte for byte what redact/level/timestamp/schema/JSONRenderer wrote."""
    import random
    from datetime import UTC, datetime

    from wirewatch import logging as wlog

    monkeypatch.setattr(wlog, "_now_ns", lambda: _NS)
    keys = [
        *SCHEMA_KEYS, "size", "password", "api_key", "url", "nested", "pair", "exception", "logger",
        "status", "when", "é", "count", "ratio", "exc_info", "exc_info",
    ]  # fmt: skip
    values: list[Any] = [
        "urn:x:item-1", "gap.silence", "notification delivered", "Bearer abc.def-ghi", "é ünïcode \u2028",
        "GET https://api.example.org/v1?api_key=k-123&lang=en", "https://wire:hunter2@feeds.example.org",
        "xoxb-1111-2222-abcd", "", 0, 71, -3, 2.5, float("nan"), True, None, [1, "Bearer abcdefgh"],
        ("t", {"token": "s3cr3t", "n": 1}), {"deep": {"url": "https://u:p@h/x"}}, SecretStr("topsecret"),
        datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC), _Custom(), {"set"},
        ConnectionError("refused https://svc:pa55word@smtp.example.org:465"),
    ]  # fmt: skip
    methods = ["debug", "info", "warning", "warn", "error", "exception", "critical", "fatal", "msg"]
    rng = random.Random(11)
    for _ in range(3_000):
        event = {key: rng.choice(values) for key in rng.sample(keys, rng.randint(0, 9))}
        method = rng.choice(methods)
        expected = _reference_line(method, event)
        assert wlog.render_json_line(None, method, dict(event)) == expected, (method, event)


def test_utc_iso_is_datetime_isoformat() -> None:
    """The cached-second timestamp text equals datetime's ISO text (Z, fraction only when non-zero)."""
    import random
    from datetime import UTC, datetime, timedelta

    from wirewatch.logging import _utc_iso

    epoch = datetime(1970, 1, 1, tzinfo=UTC)
    rng = random.Random(3)
    edges = [0, 999, 1_000, 1_000_000_000, _NS, _NS - _NS % 10**9, _NS + 10**9 - 1, 253_402_300_799 * 10**9]
    near = [_NS + rng.randrange(-3 * 10**9, 3 * 10**9) for _ in range(20_000)]  # same and next seconds
    anywhere = [rng.randrange(0, 4 * 10**18) for _ in range(20_000)]
    for ns in [*edges, *near, *anywhere]:
        expected = (epoch + timedelta(microseconds=ns // 1000)).isoformat().replace("+00:00", "Z")
        assert _utc_iso(ns) == expected, ns


def test_logged_timestamp_is_now(stream: io.StringIO) -> None:
    """A line's timestamp is the wall clock at the call, to the microsecond, in UTC."""
    from datetime import UTC, datetime

    before = datetime.now(tz=UTC)
    structlog.get_logger().info("tick")
    after = datetime.now(tz=UTC)
    (record,) = lines(stream)
    assert before <= datetime.fromisoformat(record["timestamp"]) <= after


@pytest.mark.parametrize(
    "text",
    [
        "posted to hoo\u212as.\u017flack.com/services/T000/B000/XXXXSECRET today",  # Kelvin K, long s
        "HOOKS.\u017fLACK.COM/workflows/XXXXSECRET",
    ],
)
def test_shortcut_lets_unicode_case_variants_through(text: str) -> None:
    """Under re.I long s matches "s" and the Kelvin sign "k": such text still reaches the patterns."""
    assert "XXXXSECRET" not in _full_redaction(text)
    assert redact_text(text) == _full_redaction(text)

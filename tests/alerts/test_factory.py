"""Assembly: notifiers from a routing file, secrets from env/files, console and JSON-lines output."""

from __future__ import annotations

import io
import json
import logging
from pathlib import Path

import pytest

from alerts.factory import build_pipeline
from alerts.notifiers.base import Notifier
from alerts.notifiers.console import ConsoleNotifier
from alerts.notifiers.jsonl import JsonLinesNotifier
from wirewatch.errors import ConfigError
from wirewatch.metrics import Metrics
from wirewatch.settings import Settings
from wirewatch.state import MemoryStore

from .conftest import make_alert, make_notification

ALL_KINDS = """\
route:
  receiver: all
receivers:
  - name: all
    console_configs: [{}]
    jsonl_configs: [{path: "{tmp}/alerts.jsonl"}]
    slack_configs:
      - {token: {env: T_SLACK_TOKEN}, channel: C1}
      - {webhook_url: {file: "{tmp}/hook-url"}}
    email_configs:
      - to: [a@example.org]
        smarthost: "127.0.0.1:2525"
        auth_username: u
        auth_password: {env: T_SMTP_PASS}
    webhook_configs:
      - {url: {env: T_HOOK_URL}, secret: {env: T_HOOK_SECRET}, rate_per_second: 2.5}
    alertmanager_configs:
      - {url: "http://127.0.0.1:9093"}
"""

SECRETS = {
    "T_SLACK_TOKEN": "xoxb-secret-token",
    "T_SMTP_PASS": "smtp-secret-pass",
    "T_HOOK_URL": "https://hooks.example/secret-path",
    "T_HOOK_SECRET": "hmac-secret-key",
}


def routing(tmp_path: Path) -> Path:
    (tmp_path / "hook-url").write_text("https://hooks.slack.example/services/T/B/secretfile\n")
    path = tmp_path / "routing.yaml"
    path.write_text(ALL_KINDS.replace("{tmp}", str(tmp_path)))
    return path


async def test_every_kind_builds_and_hides_secrets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """All notifier kinds build from one file with their rate_per_second (Slack 1/s by default); no secret
    appears in their reprs."""
    for k, v in SECRETS.items():
        monkeypatch.setenv(k, v)
    settings = Settings(routing_file=routing(tmp_path), notification_dlq_path=tmp_path / "dlq.jsonl")
    pipeline = build_pipeline(settings, MemoryStore(), Metrics())
    integrations = pipeline.config.integrations["all"]
    names = [i.name for i in integrations]
    assert names == [
        "all/console0",
        "all/jsonl0",
        "all/slack0",
        "all/slack1",
        "all/email0",
        "all/webhook0",
        "all/alertmanager0",
    ]
    assert all(isinstance(i.notifier, Notifier) for i in integrations)
    rates = {i.name: i.rate_per_second for i in integrations}
    assert (rates["all/slack0"], rates["all/webhook0"], rates["all/email0"]) == (1.0, 2.5, None)
    text = " ".join(repr(i) for i in integrations) + repr(settings)
    for secret in [*SECRETS.values(), "secretfile"]:
        assert secret not in text
    await pipeline.aclose()


def test_missing_secret_env_names_the_variable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A missing secret variable fails start-up naming the variable."""
    for k, v in SECRETS.items():
        monkeypatch.setenv(k, v)
    monkeypatch.delenv("T_HOOK_SECRET")
    settings = Settings(routing_file=routing(tmp_path), notification_dlq_path=tmp_path / "dlq.jsonl")
    with pytest.raises(ConfigError, match="T_HOOK_SECRET is not set"):
        build_pipeline(settings, MemoryStore(), Metrics())


async def test_console_is_readable_and_plain_off_tty() -> None:
    """The console shows rule, category, severity, summary, evidence and old -> new; no ANSI off a TTY."""
    out = io.StringIO()
    await ConsoleNotifier(stream=out).send(
        make_notification(make_alert(values={"old": 50, "new": 71, "party": "sudan.rsf"}))
    )
    text = out.getvalue()
    assert text.splitlines()[0].startswith("[FIRING] HIGH toll_revision  rule=toll.revised")
    assert "Death toll rises to 71" in text and "values: 50 -> 71   party=sudan.rsf" in text
    assert 'evidence: "At least 71 people were killed' in text and "\x1b[" not in text


async def test_console_colours_and_strips_hostile_controls() -> None:
    """With colour on, ANSI comes only from us: escape sequences in wire text are removed."""
    out = io.StringIO()
    await ConsoleNotifier(stream=out, colour=True).send(
        make_notification(make_alert(summary="x\x1b[2Jy\u202ez\r\nBcc"))
    )
    text = out.getvalue()
    assert "\x1b[31m" in text and "\x1b[2J" not in text and "\u202e" not in text and "x[2Jyz Bcc" in text


async def test_jsonl_one_object_per_alert(tmp_path: Path) -> None:
    """Each alert is one JSON line with the documented fields."""
    path = tmp_path / "sub" / "alerts.jsonl"
    await JsonLinesNotifier(path=path).send(make_notification(make_alert("a"), make_alert("b")))
    rows = [json.loads(line) for line in path.read_text().splitlines()]
    assert len(rows) == 2
    for key in ("id", "category", "rule", "status", "item_ids", "summary", "evidence", "values", "severity"):
        assert key in rows[0]


def test_secrets_never_logged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Building the pipeline logs nothing that contains a secret."""
    for k, v in SECRETS.items():
        monkeypatch.setenv(k, v)
    caplog.set_level(logging.DEBUG)
    settings = Settings(routing_file=routing(tmp_path), notification_dlq_path=tmp_path / "dlq.jsonl")
    build_pipeline(settings, MemoryStore(), Metrics())
    for secret in SECRETS.values():
        assert secret not in caplog.text


def test_first_figure_shows_new_without_arrow() -> None:
    """A toll with no earlier figure shows new=71, not 'None -> 71'; None values are hidden."""
    text = ConsoleNotifier(colour=False).render(make_alert(values={"old": None, "new": 71, "source": None}))
    assert "None" not in text and "values: new=71" in text

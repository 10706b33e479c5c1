"""The routes/silences/subscriptions/dlq commands, run through ``wirewatch.cli.main``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wirewatch.cli import main

ROUTING = """\
route:
  receiver: desk
  routes:
    - matchers: ['category="toll_revision"', 'severity=~"high|critical"']
      receiver: risk
      continue: true
    - matchers: ['category="toll_revision"']
      receiver: tolls
receivers:
  - name: desk
  - name: risk
  - name: tolls
"""


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    routing = tmp_path / "routing.yaml"
    routing.write_text(ROUTING)
    monkeypatch.setenv("WIREWATCH_ROUTING_FILE", str(routing))
    monkeypatch.setenv("WIREWATCH_STATE_PATH", str(tmp_path / "state.sqlite3"))
    monkeypatch.setenv("WIREWATCH_NOTIFICATION_DLQ_PATH", str(tmp_path / "dlq.jsonl"))
    monkeypatch.delenv("WIREWATCH_SUBSCRIPTIONS_DIR", raising=False)
    return tmp_path


def test_routes_test_prints_receivers(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``routes test --label`` prints each receiver the labels reach, in order."""
    assert main(["routes", "test", "--label", "category=toll_revision", "--label", "severity=high"]) == 0
    assert capsys.readouterr().out.split() == ["risk", "tolls"]
    assert main(["routes", "test", "-l", "category=ceasefire"]) == 0
    assert capsys.readouterr().out.split() == ["desk"]


def test_routes_check_reports_errors(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``routes check`` exits 1 with file:line when the file is bad, 0 when good."""
    assert main(["routes", "check"]) == 0
    (env / "routing.yaml").write_text(ROUTING.replace("receiver: tolls", "receiver: nobody"))
    assert main(["routes", "check"]) == 1
    assert (
        f"{env / 'routing.yaml'}:8: route.routes.1.receiver: unknown receiver 'nobody'"
        in capsys.readouterr().err
    )


def test_silences_add_list_expire(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Silences added by the CLI persist in the SQLite store, list, and expire."""
    assert (
        main(
            [
                "silences",
                "add",
                "-m",
                'event_key="sudan:el-fasher"',
                "-d",
                "2h",
                "-a",
                "ana",
                "-c",
                "dup story",
            ]
        )
        == 0
    )
    sid = capsys.readouterr().out.strip()
    assert main(["silences", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(s["id"], s["created_by"], s["comment"], s["state"]) for s in listed] == [
        (sid, "ana", "dup story", "active")
    ]
    assert main(["silences", "expire", sid]) == 0
    assert "expired" in capsys.readouterr().out
    assert main(["silences", "list"]) == 0
    assert capsys.readouterr().out == ""
    assert main(["silences", "add", "-m", "a=~(", "-d", "1h"]) == 1
    assert "invalid RE2 regex" in capsys.readouterr().err


def test_subscriptions_list(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``subscriptions list`` shows each subscription's matchers and destinations."""
    subs = env / "subs"
    subs.mkdir()
    (subs / "africa.yaml").write_text(
        "deliver: {emails: [africa@example.org]}\nmatch: {categories: [toll_revision]}\n"
    )
    assert main(["subscriptions", "list", "--dir", str(subs)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("africa: category=~") and "emails=['africa@example.org']" in out


def test_dlq_list_and_replay_without_records(
    env: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An empty dead letter lists nothing and replays nothing, successfully."""
    # The command configures process-wide logging; keep it out of the other tests.
    monkeypatch.setattr("wirewatch.logging.configure_logging", lambda *_a, **_k: None)
    assert main(["dlq", "list"]) == 0
    assert main(["dlq", "replay"]) == 0
    assert "delivered 0" in capsys.readouterr().out

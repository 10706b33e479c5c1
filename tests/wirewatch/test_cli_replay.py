"""``wirewatch replay``: alerts as JSON lines on event time; bad input to the dead letter."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from services.samples import SAMPLES_DIR
from wirewatch.cli import main


def test_replay_samples_writes_alert_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Replaying the samples (given in reverse order) writes alerts with the required fields to --output."""
    out = tmp_path / "alerts.jsonl"
    paths = [str(p) for p in sorted(SAMPLES_DIR.glob("*.json"), reverse=True)]
    code = main(["replay", *paths, "--output", str(out), "--dead-letter", str(tmp_path / "dl.jsonl")])
    assert code == 0
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert records
    for record in records:
        assert {"id", "category", "rule", "status", "item_ids", "summary", "evidence"} <= set(record)
    assert {"ceasefire", "confirmation_gap", "toll_revision"} <= {r["category"] for r in records}
    revision = next(r for r in records if r["category"] == "toll_revision")
    assert revision["item_ids"] == ["urn:wirewatch:sample:2022-09-15:toll-update"]
    assert "replayed 4 item(s)" in capsys.readouterr().err


def test_replay_goes_on_after_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A broken file goes to the dead letter; the other files are still replayed to stdout."""
    shutil.copy(SAMPLES_DIR / "03-truce-announced.json", tmp_path / "good.json")
    (tmp_path / "bad.json").write_text('{"uri": "urn:bad", "headline": 5}')
    dead = tmp_path / "dl.jsonl"
    code = main(
        ["replay", str(tmp_path / "bad.json"), str(tmp_path / "good.json"), "--dead-letter", str(dead)]
    )
    assert code == 0
    captured = capsys.readouterr()
    lines = [json.loads(line) for line in captured.out.splitlines()]
    assert any(r["category"] == "ceasefire" for r in lines)
    (record,) = [json.loads(line) for line in dead.read_text().splitlines()]
    assert record["field"] == "headline"
    assert record["origin"] == str(tmp_path / "bad.json")
    assert "1 undecodable record(s)" in captured.err


def test_replay_missing_file_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A path that does not exist is one clear error and exit code 1."""
    assert main(["replay", str(tmp_path / "nope.json")]) == 1
    assert "no such file" in capsys.readouterr().err

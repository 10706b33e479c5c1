"""The `wirewatch rules lint|test|schema` commands."""

import json
from pathlib import Path

import pytest

from wirewatch.cli import main


def test_lint_shipped_pack_is_clean(capsys: pytest.CaptureFixture[str]) -> None:
    """Linting the shipped pack exits 0 and says how many rules are OK."""
    assert main(["rules", "lint"]) == 0
    assert "rules OK" in capsys.readouterr().out


def test_lint_reports_file_line_problem(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A bad user file prints file:line: problem and exits non-zero."""
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "rules:\n  - id: x.y\n    title: t\n    category: c\n    kind: nonsense\n", encoding="utf-8"
    )
    assert main(["rules", "lint", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert f"{bad}:5:" in out and "kind" in out


def test_rules_test_runs_examples(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`rules test DIR` runs that directory's examples and fails on a wrong expectation."""
    (tmp_path / "r.yaml").write_text(
        "rules:\n"
        "  - id: user.blackout\n"
        "    title: Blackout\n"
        "    category: infrastructure\n"
        "    kind: event\n"
        "    anchor: [blackout, power cut]\n"
        "    summary: 'Blackout: {{ sentence }}'\n"
        "    examples:\n"
        "      match:\n"
        "        - text: 'A blackout hit the capital.'\n"
        "      no_match:\n"
        "        - 'A power cut left the port dark.'\n",
        encoding="utf-8",
    )
    assert main(["rules", "test", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "expected no match" in out and "2 examples, 1 failed" in out
    assert main(["rules", "test"]) == 0


def test_schema_prints_json_schema(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`rules schema` prints the JSON Schema; --output writes it."""
    assert main(["rules", "schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "wirewatch rule file"
    target = tmp_path / "s.json"
    assert main(["rules", "schema", "--output", str(target)]) == 0
    assert json.loads(target.read_text()) == schema

"""One-pass YAML reading (wirewatch.yamlio): the same data as PyYAML's safe loader, with line marks."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from rules.loader import parse_file
from wirewatch import yamlio

DOC = """\
lists:
  truce: &truce [truce, cease-fire, "ceasefire"]
rules:
  - id: a.b
    enabled: no
    severity: 3
    terms: *truce
    when: 2024-05-01
    text: 'quoted: yes'
"""


def test_data_equal_pythons_safe_loader() -> None:
    """compose_and_load builds the same data yaml.safe_load (pure SafeLoader) does, aliases included."""
    node, data = yamlio.compose_and_load(DOC)
    assert data == yaml.load(DOC, Loader=yaml.SafeLoader)
    assert yamlio.safe_load(DOC) == data
    assert isinstance(node, yaml.MappingNode)
    rules_key = next(k for k, _ in node.value if k.value == "rules")
    assert rules_key.start_mark.line + 1 == 3


def test_uses_libyaml_when_pyyaml_has_it() -> None:
    """The C parser is the one used when PyYAML was built with libyaml (as its wheels are)."""
    if not yaml.__with_libyaml__:
        pytest.skip("PyYAML without libyaml")
    assert yamlio.SafeLoader is yaml.CSafeLoader


def test_empty_document_and_syntax_error() -> None:
    """An empty text gives (None, None); a syntax error raises MarkedYAMLError with its line."""
    assert yamlio.compose_and_load("") == (None, None)
    with pytest.raises(yaml.MarkedYAMLError) as info:
        yamlio.compose_and_load("a: 1\nb: [unclosed\n")
    assert info.value.problem_mark is not None
    assert info.value.problem_mark.line + 1 >= 2


def test_unconstructible_rule_file_is_a_problem_with_its_line(tmp_path: Path) -> None:
    """A rule file that parses but cannot be built (an unhashable key) is refused as file:line, not raised."""
    path = tmp_path / "r.yaml"
    path.write_text("rules:\n  - id: x\n    ? [a, b]\n    : c\n", encoding="utf-8")
    parsed, _, problems = parse_file(path)
    assert parsed is None
    [(file, line, msg)] = problems
    assert file == str(path) and line == 3 and msg.startswith("invalid YAML:")

"""YAML loading that remembers line numbers, so validation errors can say ``file:line: what``.

:func:`load` returns the plain data and a map from each value's path (``("route", "routes", 0,
"receiver")``) to its 1-based line. :func:`config_error` turns pydantic ``ValidationError``s and
cross-check problems into one :class:`ConfigError` listing every problem with its line.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from wirewatch.errors import ConfigError
from wirewatch.yamlio import compose_and_load

Loc = tuple[str | int, ...]


def _walk(node: yaml.Node, path: Loc, lines: dict[Loc, int]) -> None:
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node.start_mark)
            lines[(*path, key)] = key_node.start_mark.line + 1
            _walk(value_node, (*path, key), lines)
            lines[(*path, key)] = key_node.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, (*path, index), lines)


def parse(text: str, source: str) -> tuple[Any, dict[Loc, int]]:
    """Parse YAML ``text``; raise ConfigError ``source:line: ...`` on a syntax error."""
    try:
        node, data = compose_and_load(text)
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else 0
        raise ConfigError(f"{source}:{line}: invalid YAML: {exc.problem}") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"{source}: invalid YAML: {exc}") from exc
    lines: dict[Loc, int] = {}
    if node is not None:
        _walk(node, (), lines)
    return data, lines


def load(path: Path) -> tuple[Any, dict[Loc, int]]:
    """Read and parse ``path``; ConfigError when it cannot be read or parsed."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from exc
    return parse(text, str(path))


def line_of(lines: dict[Loc, int], loc: Sequence[str | int]) -> int:
    """Line of the longest prefix of ``loc`` that has one (1 = top of file)."""
    loc = tuple(loc)
    while loc:
        if loc in lines:
            return lines[loc]
        loc = loc[:-1]
    return lines.get((), 1)


def problems_from_validation(
    exc: ValidationError, lines: dict[Loc, int], aliases: dict[str, str] | None = None
) -> list[tuple[int, str]]:
    """``(line, message)`` for every pydantic error; ``aliases`` maps field names back to YAML keys."""
    aliases = aliases or {}
    out = []
    for err in exc.errors():
        loc = tuple(aliases.get(p, p) if isinstance(p, str) else p for p in err["loc"])
        loc = tuple(p for p in loc if not (isinstance(p, str) and p.startswith("function-")))
        where = ".".join(str(p) for p in loc) or "(top level)"
        msg = err["msg"].removeprefix("Value error, ")
        out.append((line_of(lines, loc), f"{where}: {msg}"))
    return out


def config_error(source: str, problems: Iterable[tuple[int, str]]) -> ConfigError:
    """One ConfigError listing ``source:line: message`` per problem, sorted by line."""
    text = "\n".join(f"{source}:{line}: {msg}" for line, msg in sorted(set(problems)))
    err = ConfigError(text)
    return err

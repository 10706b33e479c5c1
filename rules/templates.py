"""Alert text from rule templates, rendered in Jinja2's immutable sandbox.

Templates see plain values only (strings, numbers, lists of strings): the extracted values, plus
``rule``, ``category``, ``item_id``, ``headline``, ``sentence`` and ``anchor``. The sandbox refuses
attribute access to internals and any mutation; a template that does not compile is refused at
load time with the rule's file and line, and one that fails at render time yields its raw source
rather than dropping the alert.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment

_ENV = ImmutableSandboxedEnvironment(
    undefined=jinja2.ChainableUndefined, autoescape=False, trim_blocks=True, lstrip_blocks=True
)


def _num(value: Any) -> str:
    """Thousands separators for integers ("1,200"); anything else as text."""
    if isinstance(value, bool) or value is None:
        return "" if value is None else str(value)
    if isinstance(value, int | float) and float(value).is_integer():
        return f"{int(value):,}"
    return str(value)


_ENV.filters["num"] = _num


_VARIABLE = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")
_CONSTANTS = frozenset({"true", "false", "none", "True", "False", "None"})


def _plain_parts(source: str) -> tuple[str, ...] | None:
    """Literal text and variable names alternating, when ``source`` is only text and ``{{ name }}``
    (most dedup keys): then rendering is string joining, with Jinja's output for such a template
    (a value as ``str(value)``, an undefined name as ""). ``None`` for anything else."""
    parts = tuple(_VARIABLE.split(source))
    literals, names = parts[0::2], parts[1::2]
    if any("{{" in t or "{%" in t or "{#" in t for t in literals):
        return None
    if any(n in _CONSTANTS or n in _ENV.globals for n in names):
        return None
    return parts


class TemplateError(ValueError):
    """A template does not compile."""


class Template:
    """A compiled sandboxed template."""

    def __init__(self, source: str) -> None:
        self.source = source
        try:
            self._template = _ENV.from_string(source)
        except jinja2.TemplateSyntaxError as exc:
            raise TemplateError(
                f"template does not compile: {exc.message} (template line {exc.lineno})"
            ) from exc
        self._parts = _plain_parts(source)

    def render(self, context: Mapping[str, Any]) -> str:
        parts = self._parts
        if parts is not None:
            out = [
                part if n % 2 == 0 else (str(context[part]) if part in context else "")
                for n, part in enumerate(parts)
            ]
            return " ".join("".join(out).split())
        try:
            return " ".join(self._template.render(**context).split())
        except jinja2.TemplateError:
            return self.source

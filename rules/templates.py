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


_NAME = r"([A-Za-z_][A-Za-z0-9_]*)\b"
_LIT = r"(?:'([^'\\]*)'|\"([^\"\\]*)\")"
_PIECE = re.compile(
    rf"\{{\{{\s*{_NAME}\s*(?:(\|\s*num)|or\s+{_LIT})?\s*\}}\}}"  # {{ a }} {{ a|num }} {{ a or 'x' }}
    rf"|\{{\{{\s*{_LIT}\s+if\s+{_NAME}\s+else\s+{_LIT}\s*\}}\}}"  # {{ 'x' if a else 'y' }}
    rf"|\{{%\s*if\s+{_NAME}\s*(?:(is\s+not\s+none)|!=\s*{_LIT})?\s*%\}}"  # {% if a [is not none|!= 'x'] %}
    r"|\{%\s*(else|endif)\s*%\}"
    # {{ [a or 'x', b or 'y']|sort|join('+') }} (an order-free pair in a dedup key)
    rf"|\{{\{{\s*\[((?:\s*{_NAME}\s+or\s+{_LIT}\s*,)*\s*{_NAME}\s+or\s+{_LIT})\s*\]"
    rf"\s*\|\s*sort\s*\|\s*join\(\s*{_LIT}\s*\)\s*\}}\}}"
)
_OR_ITEM = re.compile(rf"{_NAME}\s+or\s+{_LIT}")
#: one step of a simple template: (op, name, literal, literal, items); ops: text, var, num, or,
#: pick, if (truthy), ifset (is not none), ifne (!= literal), else, end, sortjoin (items: the
#: (name, fallback literal) pairs; literal: the separator)
_Op = tuple[str, str, str, str, tuple[tuple[str, str], ...]]


def _simple_ops(source: str) -> tuple[_Op, ...] | None:
    """``source`` as a flat op list when it holds only text and the forms the shipped summaries use
    (``{{ a }}``, ``{{ a|num }}``, ``{{ a or 'x' }}``, ``{{ 'x' if a else 'y' }}``, ``{% if a %}``,
    ``{% if a is not none %}``, ``{% if a != 'x' %}``, ``{% else %}``, ``{% endif %}``) on one line:
    rendering is then string joining with Jinja's result (a value as ``str(value)``; an undefined
    name renders "", is false, is "not none" and differs from any literal). ``None`` for anything
    else; multi-line text is left to Jinja, whose ``trim_blocks`` drops a newline after a tag."""
    src = source[:-1] if source.endswith("\n") else source  # Jinja drops one trailing newline
    if "\n" in src:
        return None
    ops: list[_Op] = []
    depth: list[bool] = []  # per open if: whether its else was seen
    pos = 0
    for m in _PIECE.finditer(src):
        ops.append(("text", src[pos : m.start()], "", "", ()))
        pos = m.end()
        g = m.groups()
        pairs = [
            (o.group(1), o.group(2) if o.group(2) is not None else o.group(3))
            for o in _OR_ITEM.finditer(g[14] or "")
        ]
        names = [n for n in (g[0], g[6], g[9]) if n is not None] + [n for n, _lit in pairs]
        if any(n in _CONSTANTS or n in _ENV.globals for n in names):
            return None
        if g[0] is not None:
            if g[1] is not None:
                ops.append(("num", g[0], "", "", ()))
            elif g[2] is not None or g[3] is not None:
                ops.append(("or", g[0], g[2] if g[2] is not None else g[3], "", ()))
            else:
                ops.append(("var", g[0], "", "", ()))
        elif g[6] is not None:
            yes = g[4] if g[4] is not None else g[5]
            no = g[7] if g[7] is not None else g[8]
            ops.append(("pick", g[6], yes or "", no or "", ()))
        elif g[9] is not None:
            depth.append(False)
            if g[10] is not None:
                ops.append(("ifset", g[9], "", "", ()))
            elif g[11] is not None or g[12] is not None:
                ops.append(("ifne", g[9], g[11] if g[11] is not None else g[12], "", ()))
            else:
                ops.append(("if", g[9], "", "", ()))
        elif g[14] is not None:
            ops.append(("sortjoin", "", g[-2] if g[-2] is not None else g[-1], "", tuple(pairs)))
        elif g[13] == "else":
            if not depth or depth[-1]:
                return None
            depth[-1] = True
            ops.append(("else", "", "", "", ()))
        else:
            if not depth:
                return None
            depth.pop()
            ops.append(("end", "", "", "", ()))
    ops.append(("text", src[pos:], "", "", ()))
    if depth or any("{{" in o[1] or "{%" in o[1] or "{#" in o[1] for o in ops if o[0] == "text"):
        return None
    return tuple(ops)


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
        self._ops = None if self._parts is not None else _simple_ops(source)

    def render(self, context: Mapping[str, Any]) -> str:
        parts = self._parts
        if parts is not None:
            out = [
                part if n % 2 == 0 else (str(context[part]) if part in context else "")
                for n, part in enumerate(parts)
            ]
            return " ".join("".join(out).split())
        ops = self._ops
        if ops is not None:
            try:
                return " ".join(_render_ops(ops, context).split())
            except _NotPlain:
                pass  # a value the plain rendering does not cover: Jinja decides
        try:
            return " ".join(self._template.render(**context).split())
        except jinja2.TemplateError:
            return self.source


class _NotPlain(Exception):
    """A value outside what :func:`_render_ops` reproduces (a sort over non-strings)."""


def _render_ops(ops: tuple[_Op, ...], context: Mapping[str, Any]) -> str:
    out: list[str] = []
    active = True
    stack: list[tuple[bool, bool]] = []  # per open if: (enclosing active, condition)
    for op, name, lit, alt, items in ops:
        if op == "end":
            active = stack.pop()[0]
        elif op == "else":
            outer, cond = stack[-1]
            active = outer and not cond
        elif op in ("if", "ifset", "ifne"):
            if op == "if":
                cond = bool(context.get(name))
            elif op == "ifset":
                cond = name not in context or context[name] is not None
            else:
                cond = name not in context or context[name] != lit
            stack.append((active, cond))
            active = active and cond
        elif not active:
            continue
        elif op == "text":
            out.append(name)
        elif op == "pick":
            out.append(lit if context.get(name) else alt)
        elif op == "sortjoin":
            # Jinja: each ``a or 'x'``, then ``sort`` (case-insensitive, stable), then ``join``
            values = [context.get(n) or fallback for n, fallback in items]
            if not all(isinstance(v, str) for v in values):
                raise _NotPlain
            out.append(lit.join(sorted(values, key=str.lower)))
        elif name in context:
            value = context[name]
            if op == "or" and not value:
                out.append(lit)
            else:
                out.append(_num(value) if op == "num" else str(value))
        elif op == "or":
            out.append(lit)
    return "".join(out)

"""Alert text from rule templates, rendered in Jinja2's immutable sandbox.

Templates see plain values only (strings, numbers, lists of strings): the extracted values, plus
``rule``, ``category``, ``item_id``, ``headline``, ``sentence`` and ``anchor``. The sandbox refuses
attribute access to internals and any mutation; a template that does not compile is refused at
load time with the rule's file and line, and one that fails at render time yields its raw source
rather than dropping the alert.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
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
        self._pieces = None if self._ops is None else _compile_ops(self._ops)

    def render(self, context: Mapping[str, Any]) -> str:
        parts = self._parts
        if parts is not None:
            out = [
                part if n % 2 == 0 else (str(context[part]) if part in context else "")
                for n, part in enumerate(parts)
            ]
            return squash("".join(out))
        pieces = self._pieces
        if pieces is not None:
            try:
                return squash(_render_pieces(pieces, context))
            except _NotPlain:
                pass  # a value the plain rendering does not cover: Jinja decides
        try:
            return " ".join(self._template.render(**context).split())
        except jinja2.TemplateError:
            return self.source


def squash(text: str) -> str:
    """``" ".join(text.split())``: whitespace runs made one space, none at either end. Most
    renderings (a one-line template around a sentence) already are so, which two scans in C tell
    without splitting the sentence into words: ``isprintable`` is false for every whitespace
    character but the ASCII space (each is a Unicode control or separator)."""
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


#: a compiled simple template: literal text, or a function of the context giving a piece of text
_Piece = str | Callable[[Mapping[str, Any]], str]


def _render_pieces(pieces: tuple[_Piece, ...], context: Mapping[str, Any]) -> str:
    return "".join([p if p.__class__ is str else p(context) for p in pieces])  # type: ignore[operator]


def _compile_ops(ops: tuple[_Op, ...]) -> tuple[_Piece, ...]:
    """``ops`` as pieces whose joined renderings give Jinja's output for the template (see
    :func:`_simple_ops` for the values covered): each ``if`` block becomes one function choosing
    between its compiled branches, so rendering tests no op names (``ops`` are balanced:
    :func:`_simple_ops` refuses anything else)."""
    pieces, end = _compile_block(ops, 0)
    assert end == len(ops)
    return pieces


def _compile_block(ops: tuple[_Op, ...], i: int) -> tuple[tuple[_Piece, ...], int]:
    """Pieces of ``ops[i:]`` up to the first unmatched ``else``/``end`` (returned with its index)."""
    out: list[_Piece] = []
    while i < len(ops):
        op, name, lit, alt, items = ops[i]
        if op in ("else", "end"):
            break
        if op in ("if", "ifset", "ifne"):
            yes, i = _compile_block(ops, i + 1)
            no: tuple[_Piece, ...] = ()
            if ops[i][0] == "else":
                no, i = _compile_block(ops, i + 1)
            out.append(_branch(_condition(op, name, lit), yes, no))
        elif op == "text":
            if name:
                out.append(name)
        else:
            out.append(_value(op, name, lit, alt, items))
        i += 1
    return tuple(out), i


def _condition(op: str, name: str, lit: str) -> Callable[[Mapping[str, Any]], bool]:
    if op == "if":
        return lambda c: bool(c.get(name))
    if op == "ifset":
        return lambda c: name not in c or c[name] is not None
    return lambda c: name not in c or c[name] != lit


def _branch(
    cond: Callable[[Mapping[str, Any]], bool], yes: tuple[_Piece, ...], no: tuple[_Piece, ...]
) -> Callable[[Mapping[str, Any]], str]:
    return lambda c: _render_pieces(yes if cond(c) else no, c)


def _value(
    op: str, name: str, lit: str, alt: str, items: tuple[tuple[str, str], ...]
) -> Callable[[Mapping[str, Any]], str]:
    """One output op as a function of the context (an undefined name renders "", is false)."""
    if op == "var":
        return lambda c: str(c[name]) if name in c else ""
    if op == "num":
        return lambda c: _num(c[name]) if name in c else ""
    if op == "or":
        return lambda c: str(c[name]) if c.get(name) else lit
    if op == "pick":
        return lambda c: lit if c.get(name) else alt

    def sortjoin(c: Mapping[str, Any]) -> str:
        # Jinja: each ``a or 'x'``, then ``sort`` (case-insensitive, stable), then ``join``
        values = [c.get(n) or fallback for n, fallback in items]
        if not all(isinstance(v, str) for v in values):
            raise _NotPlain
        return lit.join(sorted(values, key=str.lower))

    return sortjoin


class _NotPlain(Exception):
    """A value outside what the compiled pieces reproduce (a sort over non-strings)."""

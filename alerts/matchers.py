"""Label matchers as in Alertmanager: ``name=value``, ``!=``, ``=~`` and ``!~``.

Regular expressions are RE2 (linear time, no backtracking) and, as in Alertmanager, anchored: the
whole label value must match. A missing label matches as the empty string, so ``team!=""`` means
"has a team label". Matchers are parsed from strings (``'category=~"toll.*"'``, quotes optional) and
are immutable and hashable.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import re2

from wirewatch.errors import ConfigError

_OPTIONS = re2.Options()
_OPTIONS.log_errors = False

_MATCHER = re.compile(r"^\s*([A-Za-z_][A-Za-z0-9_]*)\s*(=~|!~|!=|=)\s*(.*?)\s*$", re.DOTALL)
_LABEL_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class MatchOp(StrEnum):
    EQ = "="
    NE = "!="
    RE = "=~"
    NRE = "!~"


@dataclass(frozen=True)
class Matcher:
    """One label matcher. Build with :meth:`parse` or the constructor (which validates)."""

    name: str
    op: MatchOp
    value: str
    _regex: Any = field(default=None, compare=False, hash=False, repr=False)

    def __post_init__(self) -> None:
        if not _LABEL_NAME.match(self.name):
            raise ConfigError(f"invalid label name {self.name!r}")
        if self.op in (MatchOp.RE, MatchOp.NRE):
            try:
                compiled = re2.compile(self.value, options=_OPTIONS)
            except re2.error as exc:
                detail = exc.args[0].decode() if exc.args and isinstance(exc.args[0], bytes) else str(exc)
                raise ConfigError(f"invalid RE2 regex {self.value!r} for {self.name}: {detail}") from exc
            object.__setattr__(self, "_regex", compiled)

    @classmethod
    def parse(cls, text: str) -> Matcher:
        """Parse ``name<op>value``; the value may be double-quoted (``\\"`` and ``\\\\`` unescaped)."""
        m = _MATCHER.match(text)
        if not m:
            raise ConfigError(f"bad matcher {text!r}: expected name=value, name!=value, name=~re or name!~re")
        name, op, value = m.groups()
        if len(value) >= 2 and value[0] == value[-1] == '"':
            value = value[1:-1].replace('\\"', '"').replace("\\\\", "\\")
        return cls(name, MatchOp(op), value)

    def matches(self, labels: Mapping[str, str]) -> bool:
        """Whether ``labels`` satisfy this matcher (missing label = empty string)."""
        actual = labels.get(self.name, "")
        if self.op is MatchOp.EQ:
            return actual == self.value
        if self.op is MatchOp.NE:
            return actual != self.value
        hit = self._regex.fullmatch(actual) is not None
        return hit if self.op is MatchOp.RE else not hit

    def __str__(self) -> str:
        escaped = self.value.replace("\\", "\\\\").replace('"', '\\"')
        return f'{self.name}{self.op.value}"{escaped}"'


def parse_matchers(texts: Iterable[str]) -> tuple[Matcher, ...]:
    """Parse each string with :meth:`Matcher.parse`."""
    return tuple(Matcher.parse(t) for t in texts)


def matches_all(matchers: Iterable[Matcher], labels: Mapping[str, str]) -> bool:
    """Whether every matcher matches (true for no matchers)."""
    return all(m.matches(labels) for m in matchers)


def any_of_regex(values: Iterable[str]) -> str:
    """An RE2 pattern matching exactly one of ``values`` (each escaped)."""
    return "|".join(re2.escape(v) for v in values)


def list_member_regex(values: Iterable[str]) -> str:
    """An RE2 pattern matching a comma-separated list label (``actors``) containing any of ``values``."""
    alternatives = "|".join(re2.escape(v) for v in values)
    return f"(.*,)?({alternatives})(,.*)?"

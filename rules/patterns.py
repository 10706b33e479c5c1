"""Linear-time patterns: RE2 regular expressions and the Aho-Corasick prefilter.

User regexes are compiled with google-re2, which has no backtracking: a pattern that needs it
(backreferences, look-around) does not compile and is refused at load. Matching is
case-insensitive.

The :class:`Prefilter` is one Aho-Corasick automaton over every anchor term's literal key (see
:meth:`rules.text.lexicon.TermSet.prefilter_keys`). One pass over the lower-cased item text tells
which rules can possibly fire and in which character positions; an item with no key costs only that
pass. Chosen by measurement (``wirewatch bench engine``) over an RE2 set of the same keys.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import ahocorasick
import re2

_OPTIONS = re2.Options()
_OPTIONS.log_errors = False
#: the prefilter reads hyphens as spaces and folds typographic apostrophes (length-preserving)
NORMALISE = str.maketrans({"-": " ", "’": "'", "‘": "'", "‑": " ", "–": " "})


class PatternError(ValueError):
    """A pattern RE2 cannot compile (or that would need backtracking)."""


def compile_regex(pattern: str) -> Any:
    """Compile ``pattern`` with RE2, case-insensitively; raise :class:`PatternError` if it cannot."""
    try:
        return re2.compile(f"(?i){pattern}", _OPTIONS)
    except Exception as exc:  # re2.error carries the RE2 parser message as bytes
        reason = exc.args[0] if exc.args else exc
        if isinstance(reason, bytes):
            reason = reason.decode("utf-8", "replace")
        raise PatternError(f"pattern {pattern!r} is not linear-time RE2: {reason}") from exc


def normalise(text: str) -> str:
    """The text the prefilter scans: lower-cased, hyphens as spaces (same length when possible)."""
    return text.lower().translate(NORMALISE)


class Prefilter:
    """Which rules may match an item, from one Aho-Corasick pass."""

    def __init__(self, keys_by_rule: Mapping[int, Iterable[str]]) -> None:
        owners: dict[str, list[int]] = {}
        for rule, keys in keys_by_rule.items():
            for key in keys:
                owners.setdefault(key, []).append(rule)
        self.size = len(owners)
        self._automaton: Any = ahocorasick.Automaton()
        for key, rules in owners.items():
            self._automaton.add_word(key, (len(key), tuple(rules)))
        if owners:
            self._automaton.make_automaton()

    def scan(self, lowered: str) -> dict[int, list[int]]:
        """Rule index -> start offsets of its key hits in ``lowered`` (empty when nothing can fire)."""
        if not self.size:
            return {}
        hits: dict[int, list[int]] = {}
        for end, (length, rules) in self._automaton.iter(lowered):
            start = end - length + 1
            for rule in rules:
                hits.setdefault(rule, []).append(start)
        return hits

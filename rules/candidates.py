"""Which rules can fire on an item, from the prefilter keys present in it: integer arithmetic, memoised.

A rule is a candidate when one of its anchor keys is present and every one of its gates (the key
sets its ``require`` conditions need, see :meth:`rules.conditions.Compiler.gates`) has a key
present. Keys and rules are bit positions, so the test is a few ``|`` and ``&`` on Python ints.

Most items carry a couple of dozen everyday keys ("said", "deal", "end") in ever new combinations,
so the key set itself repeats rarely; but the rules those keys can anchor, and the gate keys those
rules look at, repeat all the time. :class:`Planner` therefore memoises in two levels: anchored
rule mask -> (the keys those rules' gates name, {which of them are present -> candidates}). A hit
is two dict look-ups and a set intersection instead of a walk over the anchored rules. Both levels
are bounded (cleared when full): an adversarial stream costs at most :data:`MAX_ENTRIES` entries
each.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import reduce
from operator import or_

#: entries per memo level before it is cleared
MAX_ENTRIES = 4096


class Planner:
    """Candidate rules for a set of present prefilter key indices (immutable inputs, memoised)."""

    def __init__(self, rules_of_key: Sequence[int], gate_masks: Sequence[tuple[int, ...]]) -> None:
        """``rules_of_key[k]``: mask of the rules key ``k`` anchors; ``gate_masks[r]``: rule ``r``'s
        gates, each a mask of key indices of which one must be present."""
        self._rules_of_key = tuple(rules_of_key)
        self._bits = tuple(1 << k for k in range(len(rules_of_key)))
        self._gate_masks = tuple(gate_masks)
        self._gate_union = tuple(reduce(or_, gates, 0) for gates in gate_masks)
        #: the keys that anchor some rule (about half of a plain bench item's present keys anchor none)
        self._anchoring = frozenset(k for k, rules in enumerate(rules_of_key) if rules)
        #: anchored rule mask -> (the key indices their gates name, {those present -> candidates})
        self._memo: dict[int, tuple[frozenset[int], dict[frozenset[int], tuple[int, ...]]]] = {}

    def candidates(self, indices: Sequence[int]) -> tuple[int, ...]:
        """Indices of the rules that can fire, ascending."""
        # one C-level intersection, then a plain loop: cheaper than ``reduce(or_, map(...))``
        # over every present key, which calls two builtins per key
        rule_mask = 0
        rules_of_key = self._rules_of_key
        for k in self._anchoring.intersection(indices):
            rule_mask |= rules_of_key[k]
        if not rule_mask:
            return ()
        entry = self._memo.get(rule_mask)
        if entry is None:
            if len(self._memo) >= MAX_ENTRIES:
                self._memo.clear()
            union = 0
            for i in _bits_of(rule_mask):
                union |= self._gate_union[i]
            entry = self._memo[rule_mask] = (frozenset(_bits_of(union)), {})
        gate_keys, by_present = entry
        present = gate_keys.intersection(indices)
        found = by_present.get(present)
        if found is None:
            if len(by_present) >= MAX_ENTRIES:
                by_present.clear()
            found = by_present[present] = self.walk(rule_mask, self.present_mask(present))
        return found

    def walk(self, rule_mask: int, present: int) -> tuple[int, ...]:
        """The rules of ``rule_mask`` whose every gate meets ``present`` (no memo)."""
        gate_masks = self._gate_masks
        return tuple(i for i in _bits_of(rule_mask) if all(gate & present for gate in gate_masks[i]))

    def present_mask(self, indices: Iterable[int]) -> int:
        """``indices`` as a key bit mask."""
        mask: int = reduce(or_, map(self._bits.__getitem__, indices), 0)
        return mask

    def anchored(self, indices: Sequence[int]) -> int:
        """Mask of the rules one of whose anchor keys is among ``indices``."""
        mask: int = reduce(or_, map(self._rules_of_key.__getitem__, indices), 0)
        return mask


def _bits_of(mask: int) -> list[int]:
    """Positions of the set bits of ``mask``, ascending."""
    out: list[int] = []
    while mask:
        low = mask & -mask
        out.append(low.bit_length() - 1)
        mask ^= low
    return out

"""Which prefilter keys occur in an item: one RE2 set, split in two once the stream is known.

Most items of a wire stream are about other things, and the first question the matcher asks of
one is whether any rule can fire at all. An RE2 set answers it in one pass over the text, but its
speed depends on the keys it holds: a few everyday words among them ("said", "from", "talks") are
found at almost every position of almost every item, and make the set's automaton markedly slower
than one without them (on the ``wirewatch bench engine`` items, the shipped pack's set runs about
half as fast again without its 31 most frequent keys).

So :class:`Presence` first counts, over the first :data:`CALIBRATION_ITEMS` items it is asked
about, in how many each key occurs. Then it may split the keys: those found in at least
:data:`FREQUENT_SHARE` of the items are *frequent*, the others *rare*, each tier with a set of its
own. From then on an item is matched against the rare keys only, and the frequent keys are looked
for only when the caller's ``wanted`` test holds for the rare keys found plus every frequent key
(a superset of what the item holds). The second pass costs about what the first one saves, so the
split is made only when, replayed over the counted items, at least :data:`MIN_SKIPPED` of them
would have skipped it (a pack whose rules may fire on most items, such as the bench's generated
1,000 rules, keeps the whole set). For a test that is monotone (more keys present can only add
candidate rules, as :meth:`rules.candidates.Planner.candidates` does), an item the test turns down
this way has no candidate with its exact keys either, so the answer is the same as the whole set's;
only its cost changes. The split depends on the stream, never the result.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import re2

#: items counted before the keys are split (the first of a stream, or of a benchmark's warm-up)
CALIBRATION_ITEMS = 1000
#: a key found in at least this share of the counted items is frequent
FREQUENT_SHARE = 0.05
#: the share of the counted items that must skip the frequent keys' pass for the split to be made
MIN_SKIPPED = 0.75


def build_set(patterns: Sequence[str]) -> Any:
    """An RE2 search set of ``patterns`` (case-insensitive), compiled; an empty list gives ``None``."""
    if not patterns:
        return None
    options = re2.Options()
    options.log_errors = False
    options.case_sensitive = False
    options.max_mem = 256 << 20
    built = re2.Set.SearchSet(options)
    for pattern in patterns:
        built.Add(pattern)
    built.Compile()
    return built


class _Tier:
    """The keys of one tier: their set and their indices in the whole list."""

    def __init__(self, patterns: Sequence[str], indices: list[int]) -> None:
        self.indices = indices
        self._set: Any = build_set([patterns[i] for i in indices])

    def match(self, text: str) -> list[int]:
        found: list[int] | None = self._set.Match(text) if self._set is not None else None
        if not found:
            return []
        indices = self.indices
        return [indices[i] for i in found]


class Presence:
    """Indices of the ``patterns`` (RE2, one per key) found in a text; see the module docstring."""

    def __init__(self, patterns: Sequence[str]) -> None:
        self._patterns = tuple(patterns)
        self._whole: Any = build_set(self._patterns)
        #: per key, the number of counted items it occurred in; ``None`` once the count is over
        self._counts: list[int] | None = [0] * len(self._patterns)
        #: the keys found in each counted item, replayed once to decide on the split
        self._seen: list[list[int]] = []
        self._rare: _Tier | None = None
        self._frequent: _Tier | None = None

    @property
    def frequent(self) -> tuple[int, ...]:
        """The indices of the frequent keys (empty before the split, or when none is frequent)."""
        return tuple(self._frequent.indices) if self._frequent is not None else ()

    def all(self, text: str) -> list[int]:
        """Every key found in ``text``, by the whole set (in no particular order)."""
        if self._whole is None:
            return []
        found: list[int] | None = self._whole.Match(text)
        return found if found is not None else []  # the RE2 set gives None when no key occurs

    def wanted(self, text: str, wanted: Callable[[list[int]], bool]) -> list[int]:
        """The keys found in ``text`` when ``wanted`` (a monotone test of key indices) may hold for
        them, else the rare keys found, for which it does not (then the frequent keys were not
        looked for). Before the split, every key found, counted towards it. In no particular order."""
        rare, frequent = self._rare, self._frequent
        if rare is None or frequent is None:
            found = self.all(text)
            if self._counts is not None:
                self._count(found, wanted)
            return found
        found = rare.match(text)
        if not wanted(found + frequent.indices):
            return found
        found += frequent.match(text)
        return found

    def _count(self, found: list[int], wanted: Callable[[list[int]], bool]) -> None:
        counts = self._counts
        assert counts is not None
        for i in found:
            counts[i] += 1
        seen = self._seen
        seen.append(found)
        if len(seen) < CALIBRATION_ITEMS:
            return
        self._counts, self._seen = None, []  # counted enough: split once, or never
        bar = FREQUENT_SHARE * len(seen)
        frequent = [i for i, n in enumerate(counts) if n >= bar]
        if not frequent or len(frequent) == len(counts):
            return
        taken = set(frequent)
        skipped = sum(1 for keys in seen if not wanted([i for i in keys if i not in taken] + frequent))
        if skipped >= MIN_SKIPPED * len(seen):
            self._rare = _Tier(self._patterns, [i for i in range(len(counts)) if i not in taken])
            self._frequent = _Tier(self._patterns, frequent)

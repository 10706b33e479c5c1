"""Where a candidate rule can match in one item: the sentences holding its anchor keys (and its
sentence-local gate keys), found from the prefilter's offsets.

A rule's anchor sites are the sentences with an anchor-key hit that also hold a hit of every
sentence-local gate (a ``near``/``within: sentence`` term the rule requires). Both kinds of hit
come as character offsets (:meth:`rules.patterns.Prefilter.scan`); an offset becomes a sentence
through :meth:`rules.text.document.Document.locate`, which reads only the text around it, and a
set of offsets falls in a sentence when a bisection finds one inside its bounds.

Everyday anchor words ("rose", "end", "statement") hit all over a 2 KB item while gate terms
("death toll", "truce") hit once or twice, so sentences are looked up from whichever side has
fewer hits. When even that means many look-ups, :meth:`Sites.plan` has the whole text split once
instead (then a look-up is a bisection). Every way gives the same sites.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from rules.text.document import Document, SentView

#: above this many look-ups (distinct offsets) in an item, one whole-text split serves them better
#: than reading the text around each hit (a local look-up reads about three sentences, a split all
#: twenty of a 2 KB item; instructions per trigger item of the bench were the same at 6 and 10, and
#: more at 3)
LOCAL_LIMIT = 6

Site = tuple[SentView, list[int]]


class Sites:
    """Anchor sites of one item's candidate rules (one instance per item; memoises per key set)."""

    def __init__(self, doc: Document, found: dict[str, list[int]]) -> None:
        self.doc = doc
        self.found = found
        self._offsets: dict[frozenset[str], list[int]] = {}
        self._anchors: dict[frozenset[str], dict[int, Site]] = {}

    def offsets(self, keys: frozenset[str]) -> list[int]:
        """Sorted offsets of every hit of ``keys``."""
        out = self._offsets.get(keys)
        if out is None:
            found = self.found
            out = []
            # a loop over the smaller side (an anchor may have a hundred keys, an item finds a
            # dozen): cheaper than building their intersection or a generator over it
            if len(keys) <= len(found):
                for key in keys:
                    hits = found.get(key)
                    if hits is not None:
                        out.extend(hits)
            else:
                for key, hits in found.items():
                    if key in keys:
                        out.extend(hits)
            out.sort()
            self._offsets[keys] = out
        return out

    def plan(self, rules: Sequence[tuple[frozenset[str], Sequence[frozenset[str]]]]) -> None:
        """Have the whole text split now if the rules ((anchor keys, local gate key sets) each)
        need more than :data:`LOCAL_LIMIT` look-ups (see :meth:`of`).

        A look-up is per distinct offset: :meth:`of` locates the offsets of each rule's smaller
        side, and rules sharing anchor or gate words share offsets, whose second look-up finds the
        segment already read (an item's candidates need about nine offsets summed over rules,
        but four distinct ones in two or three sentences)."""
        looked_up: set[int] = set()
        for anchor, gates in set(rules):
            side = self.offsets(anchor)  # the side :meth:`of` looks up: the anchors unless a gate has fewer
            for gate in gates:
                other = self.offsets(gate)
                if len(other) < len(side):
                    side = other
            looked_up.update(side)
        if len(looked_up) > LOCAL_LIMIT:
            self.doc.split()

    def of(self, anchor: frozenset[str], gates: Sequence[frozenset[str]]) -> dict[int, Site]:
        """Sentence start -> (view, anchor offsets in it) for the sentences that hold an anchor
        hit and a hit of every gate key set. The sentences are looked up from whichever side has
        fewer hits: everyday anchor words ("rose", "end") hit all over an item while the gate
        terms ("death toll") hit once or twice; either way gives the same sites."""
        anchors = self.offsets(anchor)
        gate_offsets = [self.offsets(g) for g in gates]
        if not anchors or not all(gate_offsets):
            return {}
        pivot = min(gate_offsets, key=len) if gate_offsets else anchors
        if len(pivot) < len(anchors):
            sites: dict[int, Site] = {}
            for offset in pivot:
                view = self.doc.locate(offset)
                if view is None or view.start in sites:
                    continue
                lo = bisect_left(anchors, view.start)
                hi = bisect_left(anchors, view.end, lo)
                if lo < hi and all(_any_in(g, view.start, view.end) for g in gate_offsets):
                    sites[view.start] = (view, anchors[lo:hi])
            return dict(sorted(sites.items()))
        by_anchor = self._anchors.get(anchor)
        if by_anchor is None:
            by_anchor = self._anchors[anchor] = {}
            for offset in anchors:
                view = self.doc.locate(offset)
                if view is None:
                    continue
                site = by_anchor.get(view.start)
                if site is None:
                    by_anchor[view.start] = (view, [offset])
                else:
                    site[1].append(offset)
        if not gates:
            return by_anchor
        return {
            s: site for s, site in by_anchor.items() if all(_any_in(g, s, site[0].end) for g in gate_offsets)
        }


def _any_in(offsets: list[int], lo: int, hi: int) -> bool:
    """Whether sorted ``offsets`` has one in ``[lo, hi)``."""
    i = bisect_left(offsets, lo)
    return i < len(offsets) and offsets[i] < hi

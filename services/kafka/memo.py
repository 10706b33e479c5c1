"""The rule set as the worker holds it: matches remembered from the route stage for the detector.

The route stage (:mod:`services.kafka.routing`) matches every item to decide whether it needs the
detector and, if so, to compute its partition key; when the same worker then evaluates it
(``detect`` agent), the matcher would run a second time on the same text. Matching is pure, so
:class:`DetectionMemo` keeps the route stage's result and hands it to the detector once.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from ingest.models import WireItem
from rules.correlation import story_of


class DetectionMemo:
    """The rule set, remembering each item's detections from ``route`` until ``detect`` asks again.

    A result is reused once (keyed by uri, version and text) and dropped; at most ``size`` are kept
    (oldest dropped first), so an item routed by this worker but evaluated by another one costs a
    bounded entry. Every other attribute is the wrapped rule set's.
    """

    def __init__(self, ruleset: Any, size: int = 4096) -> None:
        self._ruleset = ruleset
        self._size = size
        self._memo: OrderedDict[tuple[str, str, str], list[Any]] = OrderedDict()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._ruleset, name)

    def match(self, item: WireItem) -> list[Any]:
        """Match ``item`` without keeping the result (for an item that will not reach ``detect``)."""
        return list(self._ruleset.detect(item))

    def keep(self, item: WireItem, detections: list[Any]) -> None:
        """Keep ``detections`` (from :meth:`match`) for the next :meth:`detect` of ``item``."""
        self._memo[(item.uri, item.version, item.text)] = detections
        while len(self._memo) > self._size:
            self._memo.popitem(last=False)

    def detect(self, item: WireItem) -> list[Any]:
        """The kept detections of ``item`` (dropping them), else a fresh match."""
        cached = self._memo.pop((item.uri, item.version, item.text), None)
        return list(cached) if cached is not None else list(self._ruleset.detect(item))

    def detect_with_topics(
        self, item: WireItem, story: frozenset[str] = frozenset()
    ) -> tuple[list[Any], frozenset[str]]:
        """:meth:`detect` and the item's story topics (what the engine asks for an item of a story):
        the kept match when there is no story context, else one fresh pass for both
        (``RuleSet.detect_with_topics``): the route stage matched the item without its story."""
        cached = self._memo.pop((item.uri, item.version, item.text), None)
        if cached is not None and not story:
            return list(cached), self._ruleset.topics(item)
        found, topics = self._ruleset.detect_with_topics(item, story)
        return list(found), topics

    def for_story(self, item: WireItem) -> bool:
        """Whether the detector must see ``item`` for its story although it matched nothing alone:
        it belongs to a story (a slugline) and either names a story topic, which its story's later
        items will read, or would match given the story's earlier items (its match with every story
        topic present is not empty; the detector decides with what the story really held)."""
        topics = getattr(self._ruleset, "story_topics", None)
        if not topics or story_of(item) is None:
            return False
        if self._ruleset.topics(item):
            return True
        return bool(self._ruleset.detect(item, frozenset(topics)))

"""Story memory: which story topics a story's earlier items held, for ``region: story`` conditions.

A wire story arrives in pieces: a first item says "a cease-fire between A and B takes effect at
noon", a later one (a new take, an update, the next paragraphs of a split article) says only "the
arrangement came into force". A rule reading "the arrangement" as a truce needs what the story
said before. The rule set names the term sets such conditions look for (its *story topics*,
:attr:`rules.matcher.RuleSet.story_topics`); after each item the detector remembers which of them
occurred in it, under the item's story (:func:`rules.correlation.story_of`: provider and slug
family), and passes what the story's earlier items held to the next item's match.

Contract:

- One record per story, ``ww.story/<story>``: the topic ids seen and the event time of the last
  item that added to it. A story idle for longer than the window (the correlation window, 7 days
  by default) is forgotten: :func:`recall` ignores it and :func:`expire` deletes it.
- Only items with a slugline have a story; the others match with an empty memory, exactly as
  before this module existed.
- An item's own topics are not part of what it recalls (the item's own text answers for itself);
  a new version of an item recalls its story as it stands, which may include what the earlier
  version added: a story only ever gains topics, so a correction never removes context.
- In the Kafka runtime the memory lives in the partition's table, like all detector state; items
  of one story share it when they are routed to one partition (see :mod:`rules.correlation`).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from pydantic import BaseModel, ConfigDict

from wirewatch.state import StateStore

NS_STORIES = "ww.story"


class StoryRecord(BaseModel):
    """What one story's items held: topic ids, and when the story last added one or was seen."""

    model_config = ConfigDict(frozen=True)

    topics: tuple[str, ...] = ()
    last_at: datetime


def recall(state: StateStore, story: str | None, now: datetime, window: timedelta) -> frozenset[str]:
    """The topics the story's earlier items held; empty without a story or when it has been idle
    for longer than ``window`` at ``now``."""
    if story is None:
        return frozenset()
    raw = state.get(NS_STORIES, story)
    if raw is None:
        return frozenset()
    record = StoryRecord.model_validate_json(raw)
    if now - record.last_at > window:
        return frozenset()
    return frozenset(record.topics)


def remember(
    state: StateStore, story: str | None, recalled: frozenset[str], topics: frozenset[str], now: datetime
) -> None:
    """Add ``topics`` (those of the item just matched) to the story's memory. ``recalled`` is what
    :func:`recall` gave for the item: a story past its window starts again from the item's own
    topics. Nothing is written for an item without a story or without topics, so a stream of
    items that never name a topic costs no write."""
    if story is None or not topics:
        return
    merged = tuple(sorted(recalled | topics))
    state.put(NS_STORIES, story, StoryRecord(topics=merged, last_at=now).model_dump_json())


def expire(state: StateStore, cutoff: datetime) -> int:
    """Delete the stories last added to before ``cutoff``; return how many."""
    removed = 0
    for key, raw in list(state.scan(NS_STORIES)):
        if StoryRecord.model_validate_json(raw).last_at < cutoff:
            state.delete(NS_STORIES, key)
            removed += 1
    return removed

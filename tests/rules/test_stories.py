"""Story memory (rules.stories) and the ``region: story`` condition through the shipped pack."""

import json
from datetime import timedelta
from pathlib import Path

import pytest

from ingest.models import WireItem
from rules import stories
from rules.engine import Detector
from rules.loader import load_ruleset
from rules.matcher import RuleSet
from rules.patterns import Prefilter
from rules.text.document import Document
from wirewatch.state import MemoryStore

from .conftest import T0

TRUCE = "A truce between the two militias was announced in Juba on Monday."
ANAPHOR = "The RSF said on Tuesday that it had accepted the arrangement."


def _item(uri: str, text: str, slugline: str | None = "sudan-truce") -> WireItem:
    return WireItem(uri=uri, body=text, slugline=slugline, provider="wire")


def _rules(detector: Detector, item: WireItem, state: MemoryStore, minutes: int) -> set[str]:
    return {a.rule for a in detector.evaluate(item, state, T0 + timedelta(minutes=minutes))}


def test_recall_gives_what_the_story_remembered_within_the_window() -> None:
    """A story's topics come back within the window, and are forgotten after it."""
    state = MemoryStore()
    window = timedelta(days=7)
    stories.remember(state, "wire:s", frozenset(), frozenset({"t1"}), T0)
    stories.remember(state, "wire:s", frozenset({"t1"}), frozenset({"t2"}), T0 + timedelta(hours=1))
    assert stories.recall(state, "wire:s", T0 + timedelta(days=2), window) == {"t1", "t2"}
    assert stories.recall(state, "wire:s", T0 + timedelta(days=9), window) == frozenset()
    assert stories.recall(state, "wire:other", T0, window) == frozenset()
    assert stories.recall(state, None, T0, window) == frozenset()


def test_remember_writes_nothing_without_a_story_or_topics() -> None:
    """Items without a slugline or without a topic leave no story record."""
    state = MemoryStore()
    stories.remember(state, None, frozenset(), frozenset({"t1"}), T0)
    stories.remember(state, "wire:s", frozenset(), frozenset(), T0)
    assert list(state.scan(stories.NS_STORIES)) == []


def test_expire_drops_stories_idle_before_the_cutoff() -> None:
    """expire deletes only the stories last added to before the cutoff."""
    state = MemoryStore()
    stories.remember(state, "wire:old", frozenset(), frozenset({"t1"}), T0)
    stories.remember(state, "wire:new", frozenset(), frozenset({"t1"}), T0 + timedelta(days=3))
    assert stories.expire(state, T0 + timedelta(days=1)) == 1
    assert [k for k, _v in state.scan(stories.NS_STORIES)] == ["wire:new"]


def test_the_pack_has_story_topics_for_truces_captures_and_deaths(shipped: RuleSet) -> None:
    """The shipped pack's story rules make truce terms, capture words and death words three topics."""
    assert len(shipped.story_topics) == 3
    truce = shipped.topics(_item("u", TRUCE))
    capture = shipped.topics(_item("u", "The rebels said they had captured the airport."))
    deaths = shipped.topics(_item("u", "The earthquake killed 2,946 people, officials said."))
    assert len(truce) == len(capture) == len(deaths) == 1
    assert truce | capture | deaths == frozenset(shipped.story_topics)
    assert shipped.topics(_item("u", ANAPHOR)) == frozenset()


def test_a_figure_moved_is_a_toll_revision_where_the_story_named_deaths(shipped: RuleSet) -> None:
    """'The figure was up from 2,901' fires toll.story_figure after an item of the story that named deaths."""
    state = MemoryStore()
    detector = Detector(shipped)
    _rules(detector, _item("a", "The earthquake killed 2,946 people, officials said.", "quake"), state, 0)
    later = _item("b", "The figure was up from 2,901 a day earlier.", "quake")
    assert "toll.story_figure" in _rules(detector, later, state, 5)
    alone = _item("c", "The figure was up from 2,901 a day earlier.", "other-story")
    assert "toll.story_figure" not in _rules(Detector(shipped), alone, MemoryStore(), 5)


def test_a_deal_is_a_truce_where_an_earlier_item_of_the_story_named_one(shipped: RuleSet) -> None:
    """'Accepted the arrangement' fires ceasefire.story_accord after a truce item of the same story."""
    state = MemoryStore()
    detector = Detector(shipped)
    _rules(detector, _item("a", TRUCE), state, 0)
    assert "ceasefire.story_accord" in _rules(detector, _item("b", ANAPHOR), state, 5)


def test_a_deal_alone_is_no_truce(shipped: RuleSet) -> None:
    """Without the story's truce (another slugline, no slugline, or a stale story) the deal is left alone."""
    for slug in ("another-story", None):
        state = MemoryStore()
        detector = Detector(shipped)
        _rules(detector, _item("a", TRUCE), state, 0)
        assert _rules(detector, _item("b", ANAPHOR, slugline=slug), state, 5) == set()
    state = MemoryStore()
    detector = Detector(shipped)
    _rules(detector, _item("a", TRUCE), state, 0)
    assert _rules(detector, _item("b", ANAPHOR), state, 60 * 24 * 8) == set()


def test_a_story_item_without_detections_still_teaches_its_story(shipped: RuleSet) -> None:
    """A truce named in an item that fires nothing (a call for one) still gives the story its topic."""
    state = MemoryStore()
    detector = Detector(shipped)
    assert _rules(detector, _item("a", "The envoy urged both sides to respect the truce."), state, 0) == set()
    assert "ceasefire.story_accord" in _rules(detector, _item("b", ANAPHOR), state, 5)


def test_story_context_does_not_change_matches_without_story_rules(shipped: RuleSet) -> None:
    """A story context leaves the detections of items the story rule ignores as they were."""
    topics = frozenset(shipped.story_topics)
    for text in (TRUCE, "The death toll from the floods climbed to 96, officials said."):
        item = _item("u", text)
        assert [d.rule for d in shipped.detect(item, topics)] == [d.rule for d in shipped.detect(item)]


@pytest.mark.parametrize(
    ("first", "later", "rule"),
    [
        # a truce named by its verb is remembered too
        (
            "The two chiefs of staff agreed to cease hostilities along the river from noon.",
            "A spokesman for the northern army confirmed the agreement on Wednesday.",
            "ceasefire.story_accord",
        ),
        # a place said to be quiet, or no exchanges of fire reported, where the story named a truce
        (
            "A truce between the clans took effect on Monday.",
            "By nightfall the area was largely quiet, police said.",
            "ceasefire.story_quiet",
        ),
        (
            "Elders brokered a truce in the valley on Sunday.",
            "Monitors said the district had been quiet since Monday, with no new exchanges of fire reported.",
            "ceasefire.story_quiet",
        ),
        # a capture claimed earlier makes "remained in its hands" a gap
        (
            "The militia said on Monday that it had captured the border town of Kidal.",
            "Mali's army said on Tuesday that the town remained in its hands.",
            "gap.still_held",
        ),
    ],
)
def test_a_later_item_reads_what_the_story_named(shipped: RuleSet, first: str, later: str, rule: str) -> None:
    """The later item fires its story rule after the first item of the story, and not without it."""
    state = MemoryStore()
    detector = Detector(shipped)
    _rules(detector, _item("a", first), state, 0)
    item = _item("b", later)
    assert rule in _rules(detector, item, state, 5)
    assert rule not in _rules(Detector(shipped), item, MemoryStore(), 5)


@pytest.mark.parametrize(
    "text",
    [
        TRUCE,
        ANAPHOR,
        "The militia said on Monday that it had captured the border town of Kidal.",
        "The death toll from the floods climbed to 96, officials said.",
        "",
    ],
)
def test_detect_with_topics_is_detect_and_topics(shipped: RuleSet, text: str) -> None:
    """The one-pass detect_with_topics gives what detect and topics give, with and without a story."""
    item = _item("u", text)
    for story in (frozenset(), frozenset(shipped.story_topics)):
        found, topics = shipped.detect_with_topics(item, story)
        assert [(d.rule, d.values) for d in found] == [
            (d.rule, d.values) for d in shipped.detect(item, story)
        ]
        assert topics == shipped.topics(item)


def _topics_by_tokens(ruleset: RuleSet, text: str) -> frozenset[str]:
    """The reference: every story topic whose terms occur in some sentence, all of them tokenised."""
    doc = Document(text, ruleset.gazetteer)
    return frozenset(tid for tid, ts in ruleset.story_topics.items() if doc.has_terms_elsewhere(ts, None))


@pytest.mark.parametrize(
    "text",
    [
        TRUCE,
        ANAPHOR,
        "Shares ended the week higher and held their gains; the spending bill was signed.",
        "The week's end brought rain. Talks held in Geneva ended without a truce; rebels seized a dam.",
        "The \u201ccease-fire\u201d took effect at noon.  Rebels had taken control of the port.",
        "Two people died. ΣΑΣ officials said the cease-fire held.",
        "İstanbul police said the ceasefire was holding and 12 people were killed.",
        "",
    ],
)
def test_topics_found_through_their_keys_are_those_every_sentence_holds(shipped: RuleSet, text: str) -> None:
    """RuleSet.topics tokenises only sentences where a topic key starts a word, and finds the same topics."""
    assert shipped.topics(_item("u", text)) == _topics_by_tokens(shipped, text)


def test_an_item_without_a_topic_key_is_not_tokenised_for_topics(shipped: RuleSet) -> None:
    """Everyday words that begin topic terms ("end", "held") do not make an item a topic candidate."""
    assert shipped._maybe_topics("The market ended the day higher and held its gains into the weekend.") == []


def test_a_topic_term_starting_with_not_is_found_in_its_contraction(tmp_path: Path) -> None:
    """A user topic whose term starts with "not" still finds "didn't ..." (which spells no "not" key)."""
    (tmp_path / "story.yaml").write_text(
        """rules:
  - id: user.story_not
    title: x
    description: x
    category: ceasefire
    kind: event
    severity: low
    anchor: [accord]
    require:
      - within: {terms: [not fire], region: story}
    summary: "{{ sentence }}"
    dedup_key: "{{ item_id }}"
""",
        encoding="utf-8",
    )
    ruleset = load_ruleset([tmp_path], shipped=False)
    text = "The rebels said they didn't fire a shot."
    assert ruleset.topics(_item("u", text)) == _topics_by_tokens(ruleset, text) != frozenset()


def test_topics_match_the_token_reference_on_every_team_written_text(shipped: RuleSet) -> None:
    """On every eval/ passage, key-found topics are the tokenised ones, bar terms the prefilter cannot see."""
    root = Path(__file__).resolve().parents[2] / "eval"
    texts = [
        json.loads(line)["text"]
        for path in sorted([*root.glob("*.jsonl"), *root.glob("blind/*.jsonl")])
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    assert len(texts) > 10_000
    for text in texts:
        found, reference = shipped.topics(_item("u", text)), _topics_by_tokens(shipped, text)
        assert found <= reference, text
        for tid in reference - found:
            # a term split by punctuation ('"in full control" of'): no key of the topic starts a word there,
            # so the prefilter would not match it as an anchor either
            assert not Prefilter(shipped.story_topics[tid].prefilter_keys()).present(text), text

"""The prefilter's first pass, split into rare and frequent keys once the stream is known (rules.presence)."""

import pytest

from rules import presence
from rules.loader import load_ruleset
from rules.patterns import key_pattern
from rules.presence import Presence
from wirewatch.bench.engine import generate_items

KEYS = ["said", "truce", "toll", "from"]


def make(monkeypatch: pytest.MonkeyPatch, calibration: int = 4) -> Presence:
    """A presence over KEYS that calibrates on its first ``calibration`` items."""
    monkeypatch.setattr(presence, "CALIBRATION_ITEMS", calibration)
    return Presence([key_pattern(k) for k in KEYS])


def anchored_on_truce_or_toll(found: list[int]) -> bool:
    """A monotone test like the matcher's: a rule anchored on "truce" or "toll" may fire."""
    return bool({1, 2} & set(found))


EVERYDAY = ["Shares rose, the bank said, from a low base.", "Officials said rain fell from noon."]


def test_keys_found_in_most_counted_items_are_split_off(monkeypatch: pytest.MonkeyPatch) -> None:
    """After calibration the keys found in most items are frequent, the others rare."""
    p = make(monkeypatch)
    for text in EVERYDAY * 2:
        assert sorted(p.wanted(text, anchored_on_truce_or_toll)) == [0, 3]
    assert sorted(p.frequent) == [0, 3]


def test_an_item_no_rule_may_fire_on_skips_the_frequent_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    """The frequent keys are looked for only when the rare ones found leave the test true."""
    p = make(monkeypatch)
    for text in EVERYDAY * 2:
        p.wanted(text, anchored_on_truce_or_toll)
    assert p.wanted("Markets said little from Tokyo.", anchored_on_truce_or_toll) == []
    assert sorted(p.wanted("The truce held, officials said.", anchored_on_truce_or_toll)) == [0, 1]
    assert sorted(p.all("Markets said little from Tokyo.")) == [0, 3]


def test_no_split_when_most_items_would_need_both_passes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A stream where the test holds for most items keeps the one set."""
    p = make(monkeypatch)
    for text in ["The truce held, they said.", "A toll was given, he said, from the capital."] * 2:
        p.wanted(text, anchored_on_truce_or_toll)
    assert p.frequent == ()


def test_no_split_when_no_key_is_frequent(monkeypatch: pytest.MonkeyPatch) -> None:
    """Items with none of the keys leave the set whole."""
    p = make(monkeypatch)
    for text in ["Rain in the north.", "Snow in the south."] * 2:
        assert p.wanted(text, anchored_on_truce_or_toll) == []
    assert p.frequent == ()


def test_the_split_never_changes_a_detection() -> None:
    """After the shipped pack's prefilter has split, every bench item is detected as by one set."""
    split, whole = load_ruleset(), load_ruleset()
    whole.prefilter._presence._counts = None  # counts nothing: never splits
    items = generate_items(2500, 11)
    for item in items[: presence.CALIBRATION_ITEMS]:
        split.detect(item)
    assert split.prefilter.frequent, "the bench's everyday words should have been split off"
    for item in items[presence.CALIBRATION_ITEMS :]:
        assert [d.rule for d in split.detect(item)] == [d.rule for d in whole.detect(item)]

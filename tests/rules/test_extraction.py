"""The values a rule extracts per passing anchor (rules.extraction)."""

from typing import Any

from rules.extraction import Extraction, extract
from rules.schema import Extract
from rules.text.lexicon import TermSet
from tests.rules.anchors import OWNERS, hit_of


def value(text: str, word: str, taken: list[str] | None = None, **spec: Any) -> Any:
    """The value ``spec`` (an ``extract`` entry's fields) fills for the first ``word`` of ``text``."""
    parsed = Extract(**spec)
    topics = [(name, TermSet(terms)) for name, terms in (parsed.topic or {}).items()]
    return extract(Extraction("x", parsed, topics, OWNERS), hit_of(text, word), taken or [])


def test_actor_values_by_role_and_level() -> None:
    """The first role that finds an actor fills the value; ``level: state`` reports a unit's state."""
    text = "Azerbaijan's defence ministry has yet to confirm it."
    assert value(text, "confirm", actor=["subject"]) == "AZ.mod"
    assert value(text, "confirm", actor=["subject"], level="state") == "AZ"
    assert value("A truce took effect at noon.", "truce", actor=["after"], default="none") == "none"


def test_other_is_the_claimant_beside_the_silent_party() -> None:
    """``other`` skips the parties already extracted and looks in the sentence before."""
    text = "Armenia said its forces took the hill. Azerbaijan has yet to confirm it."
    assert value(text, "confirm", actor=["subject"]) == "AZ"
    assert value(text, "confirm", taken=["AZ"], actor=["other"]) == "AM"


def test_figures_of_a_revision() -> None:
    """New, old and delta come from the revision read around the anchor."""
    text = "The death toll rose to 71, updating a previous toll of 50."
    assert value(text, "toll", figure="new") == 71
    assert value(text, "toll", figure="old") == 50
    assert value(text, "toll", figure="delta") == 21


def test_whose_dead_a_figure_counts() -> None:
    """The victim phrase names the party, else the subject's state; two states make a joint series."""
    assert (
        value("The death toll rose to 70 Armenian soldiers, the ministry said.", "toll", figure="party")
        == "AM"
    )
    assert value("Azerbaijan said its toll rose to 50.", "toll", figure="party") == "AZ"
    assert value("The death toll in Turkey and Syria rose to 41,000.", "toll", figure="party") == "SY+TR"


def test_anchor_and_topic_values() -> None:
    """``anchor`` is the matched text; ``topic`` the first key whose terms the sentence holds."""
    assert value("A truce took effect at noon.", "truce", anchor=True) == "truce"
    topics = {"truce": ["truce"], "talks": ["talks"]}
    assert value("Talks began on Monday.", "began", topic=topics) == "talks"
    assert value("Fighting began on Monday.", "began", topic=topics, default="none") == "none"

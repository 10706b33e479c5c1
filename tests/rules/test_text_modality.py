"""Modality and polarity flags of an anchor mention."""

from collections.abc import Callable

import pytest

from rules.text.actors import shipped_gazetteer
from rules.text.document import Document
from rules.text.lexicon import TermSet
from rules.text.modality import ModalityModel, shipped_modality

TRUCE = TermSet(["truce", "truces", "ceasefire", "cease-fire"])


def flags(text: str, year: int | None = 2024) -> set[str]:
    view = Document(text, shipped_gazetteer(), year).view(0)
    [hit] = TRUCE.find(view.ws)[:1]
    model = shipped_modality()
    return {f for f in model.flags if model.has(view, hit.first, hit.last, f)}


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("There is no truce in the south.", "negated"),
        ("The envoy urged both sides to agree a truce.", "requested"),
        ("Delegates discussed a possible truce in Cairo.", "talks"),
        ("The proposed truce was due to start on Monday.", "talks"),
        ("If the truce fails, aid will stop.", "hypothetical"),
        ("Both sides accused each other of breaching the truce.", "violated"),
        ("The border has been calm since the 1994 truce.", "historical"),
        ("Earlier truces never lasted.", "historical"),
        ("Mediators arrived three days after the two sides agreed a truce elsewhere.", "background"),
        ("The army dismissed rumours of a truce.", "denied"),
        ("The cabinet turned down the truce.", "rejected"),
        ("The truce appears to be holding.", "hedged"),
    ],
)
def test_flag_is_set(text: str, flag: str) -> None:
    """Each cue sets its flag on the truce mention."""
    assert flag in flags(text)


def test_fresh_statement_has_no_excluding_flag() -> None:
    """A plain report of a truce taking effect carries none of the excluding flags."""
    found = flags("A truce between the two armies took effect at noon, officials said.")
    assert not found & {"negated", "requested", "talks", "hypothetical", "violated", "historical", "denied"}


def test_year_counts_as_history_only_before_the_item_year() -> None:
    """A year equal to the item's year is not historical; an earlier one is."""
    assert "historical" not in flags("The 2024 truce took effect at noon.", year=2024)
    assert "historical" in flags("The 2020 truce took effect at noon.", year=2024)


def test_clause_scope_limits_cues() -> None:
    """A cue in another clause does not reach the anchor."""
    assert "talks" not in flags("The truce took effect, the outcome of a month of talks.")


def test_a_dated_parenthetical_makes_the_truce_historical() -> None:
    """A year in the truce's own "signed in ..." parenthetical marks it historical; other years do not."""
    model = shipped_modality()

    def historical(text: str) -> bool:
        view = Document(text, shipped_gazetteer(), 2024).view(0)
        hit = TermSet(["truce"]).find(view.ws)[0]
        return model.has(view, hit.first, hit.last, "historical")

    assert historical("They have not fought since a truce, signed in Lome in 1999, ended the war.")
    assert not historical("They agreed a truce on Monday, ten years after the 2014 war.")


def test_a_cue_before_the_thing_it_describes_is_void() -> None:
    """A violation cue used as an adjective of a thing ("collapsed bunkers") does not flag the truce;
    the same cue as a verb does."""
    assert "violated" not in flags("The truce held, with soldiers digging out their collapsed bunkers.")
    assert "violated" in flags("The truce collapsed, and soldiers dug out their bunkers.")


def _hedged_by(group: dict[str, object]) -> Callable[[str], bool]:
    """A test of whether the truce of a text is ``hedged`` under a model with only the shipped cues and
    ``group`` (a user's cue group of that flag)."""
    model = ModalityModel([{"hedged": [group]}])

    def hedged(text: str) -> bool:
        view = Document(text, shipped_gazetteer(), 2024).view(0)
        hit = TRUCE.find(view.ws)[0]
        return model.has(view, hit.first, hit.last, "hedged")

    return hedged


def test_unless_next_is_read_from_a_user_section() -> None:
    """A user's cue group with ``unless_next`` voids its cue before the listed word only."""
    hedged = _hedged_by({"where": "sentence", "terms": ["fragile"], "unless_next": ["bridge"]})
    assert hedged("The fragile truce held.")
    assert not hedged("The truce held near the fragile bridge.")


def test_unless_next_name_voids_a_cue_before_a_capitalised_word_not_listed() -> None:
    """A cue group with ``unless_next_name`` voids its cue before a capitalised word ("before Canudos", a
    place) but not before one it lists ("before Christmas") nor before a lower-case word."""
    hedged = _hedged_by({"where": "sentence", "terms": ["before"], "unless_next_name": ["christmas"]})
    assert not hedged("The truce held before Canudos.")
    assert hedged("The truce held before Christmas.")
    assert hedged("The truce held before the vote.")


def test_before_a_place_is_not_a_time_in_the_shipped_model() -> None:
    """The shipped ``historical`` cue "before" reads a place after it as where the truce is, a month or feast
    as when."""
    assert "historical" not in flags("The truce before Canudos was kept by both sides.")
    assert "historical" in flags("The truce before Christmas was kept by both sides.")


def test_a_request_reaches_an_infinitive_after_a_comma() -> None:
    """A request verb governs each infinitive of its list, commas between ("urged both sides to avoid any
    escalation, to keep to the ceasefire"); a comma before another verb still ends its clause."""
    assert "requested" in flags(
        "The envoy urged both sides to avoid any escalation, to keep to the truce and to talk."
    )
    assert "requested" not in flags("The envoy urged both sides to talk, and the truce took effect at noon.")


def test_a_trail_of_place_phrases_closing_the_sentence_carries_its_year() -> None:
    """A year at the end of a trail of short place phrases ("at Cacheu, in Guinea-Bissau, in 1991.") dates the
    truce's clause; a day there does not."""
    assert "historical" in flags(
        "The founder had signed the first truce at Cacheu, in Guinea-Bissau, in 1991."
    )
    assert "historical" not in flags("The two sides signed a truce at Cacheu, in Guinea-Bissau, on Monday.")


def test_a_superlative_since_a_year_does_not_date_the_truce() -> None:
    """ "The worst flare-up since 2014" measures the news against a year; "the 2014 truce" is dated by it."""
    assert "historical" not in flags("Gaza ceasefire takes hold after worst flare-up since 2014", year=2019)
    assert "historical" not in flags("The first truce since 2016 took effect at noon.", year=2024)
    assert "historical" in flags("The truce agreed in 2014 took hold again.", year=2019)
    assert "historical" in flags("The border has been quiet since the 2014 truce.", year=2019)


def test_a_modal_does_not_reach_a_past_verb_joined_by_and() -> None:
    """ "would commit ... and rejected": the modal takes a bare verb, so the past-tense verb is the speaker's
    own; with "be" after the modal, the -ed form is its participle and the modal stands."""
    denial = TermSet(["rejected", "reject"])
    model = shipped_modality()

    def hypothetical(text: str) -> bool:
        view = Document(text, shipped_gazetteer(), 2024).view(0)
        [hit] = denial.find(view.ws)[:1]
        return model.has(view, hit.first, hit.last, "hypothetical")

    assert not hypothetical(
        "The president said no army would commit such a crime and rejected the accusations."
    )
    assert hypothetical("The president said the claims would be examined and rejected if false.")
    assert hypothetical("The president said the army would reject the accusations.")


def test_a_when_clause_is_dated_by_the_year_before_it() -> None:
    """ "in August 1988, when a truce ... ended the war": the year closing the clause before dates the
    "when" clause; a clause with no "when" keeps its own date."""
    assert "historical" in flags("Iraq last fought Iran until 1988, when a truce ended the war.", year=1991)
    assert "historical" not in flags(
        "The rebels pulled back in 1988, and a truce took effect on Monday.", year=1991
    )


def test_any_after_a_preposition_is_a_place_not_a_negation() -> None:
    """ "no clashes in any region since the truce began" holds the truce; "without any truce" negates it."""
    assert "negated" not in flags("There were no clashes in any region since the truce began.")
    assert "negated" in flags("The towns were left without any truce.")

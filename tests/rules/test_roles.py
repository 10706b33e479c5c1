"""Actor roles read around an anchor hit (rules.roles)."""

import pytest

from rules.roles import actors_in_role
from tests.rules.anchors import OWNERS, hit_of


@pytest.mark.parametrize(
    ("role", "text", "anchor", "expected"),
    [
        (
            "subject",
            "Azerbaijan has yet to confirm the truce, Armenia's Defence Ministry said.",
            "confirm",
            ["AZ"],
        ),
        ("subject", "Kyiv has yet to confirm the report.", "confirm", ["UA"]),
        (
            "agent",
            "The truce was neither confirmed nor denied by the Eritrean army.",
            "confirmed",
            ["ER.army"],
        ),
        ("agent", "There was no comment from Hamas.", "comment", ["ps.hamas"]),
        ("nearest", "The RSF said it had seized the base, the army said.", "seized", ["sudan.rsf"]),
        ("speaker", "The base fell on Monday, the Azerbaijani defence ministry said.", "fell", ["AZ.mod"]),
        ("speaker", "The base fell on Monday, according to Armenia's Defence Ministry.", "fell", ["AM.mod"]),
        ("after", "Kyiv denied the claim by Moscow on Monday.", "denied", ["RU"]),
        ("first", "Israel and Hamas agreed a truce.", "truce", ["IL"]),
        ("any", "Israel and Hamas agreed a truce.", "truce", ["IL", "ps.hamas"]),
    ],
)
def test_each_role_reads_its_actor(role: str, text: str, anchor: str, expected: list[str]) -> None:
    """Each role picks the actor its definition names, by stable id."""
    assert [a.id for a in actors_in_role(hit_of(text, anchor), role, owners=OWNERS)] == expected


def test_the_owner_of_a_claim_is_not_its_subject() -> None:
    """ "The rebels' claims were lies": the rebels own the claim, nobody in the sentence denies it."""
    h = hit_of("The envoy said the rebels' claims were lies.", "lies")
    assert actors_in_role(h, "subject", owners=OWNERS) == []
    assert [a.id for a in actors_in_role(h, "any", owners=OWNERS)] == ["rebels"]


def test_a_claim_word_speaks_for_its_owner() -> None:
    """ "The army's statement made no reference": the statement's owner is the subject."""
    h = hit_of("The army's statement made no reference to the accusations.", "reference")
    assert [a.id for a in actors_in_role(h, "subject", owners=OWNERS)] == ["army"]


def test_a_fronted_participle_takes_the_subject_after_its_clause() -> None:
    """ "Calling the army's report untrue, Armenia's Defence Ministry said": the ministry, not the army."""
    h = hit_of("Calling the army's report untrue, Armenia's Defence Ministry said the town held.", "untrue")
    assert [a.id for a in actors_in_role(h, "subject", owners=OWNERS)] == ["AM.mod"]


def test_anaphors_point_back_to_the_previous_sentence() -> None:
    """A pronoun subject and "from the group" name the party of the sentence before."""
    pronoun = hit_of("The rebels said they seized the town. He did not comment.", "comment")
    assert [a.id for a in actors_in_role(pronoun, "subject", owners=OWNERS)] == ["rebels"]
    noun = hit_of(
        "The Houthis said they hit the ship. There was no immediate response from the group.", "response"
    )
    assert [a.id for a in actors_in_role(noun, "agent", owners=OWNERS)] == ["ye.houthis"]


def test_an_active_anchor_does_not_take_a_participles_agent() -> None:
    """ "has yet to confirm the truce announced by Moscow": Moscow announced, it is not the agent."""
    h = hit_of("Kyiv has yet to confirm the truce announced by Moscow.", "confirm")
    assert actors_in_role(h, "agent", owners=OWNERS) == []


def test_the_agent_may_be_a_possessive_phrases_head_noun() -> None:
    """ "no immediate comment from the merchant ship's operator": the operator is the agent past the
    possessive's modifiers; a noun phrase that an "of" breaks gives none."""
    h = hit_of("There was no immediate comment from the merchant ship's operator.", "comment")
    assert [a.id for a in actors_in_role(h, "agent", owners=OWNERS)] == ["company"]
    broken = hit_of("There was no immediate comment from the head of the port's operator.", "comment")
    assert actors_in_role(broken, "agent", owners=OWNERS) == []


def test_an_anaphor_opening_the_sentence_is_the_subject_of_a_later_clause() -> None:
    """ "It said ..., and did not address": the opening pronoun names the previous sentence's party."""
    text = (
        "One sailor died, Russia's defence ministry said. "
        "It said 396 crew members had been rescued, and again did not address Ukraine's claim."
    )
    h = hit_of(text, "address")
    assert [a.id for a in actors_in_role(h, "subject", owners=OWNERS)] == ["RU.mod"]
    far = hit_of(
        "The toll rose. In the old town, families dug with their bare hands, saying no teams had come.",
        "come",
    )
    assert actors_in_role(far, "subject", owners=OWNERS) == []


def test_the_group_with_no_antecedent_is_the_unplaced_armed_side() -> None:
    """ "The group denied ..." names an armed side even when no group was named before; an earlier
    group is still the one it points back to."""
    alone = hit_of("In a statement, the group denied that any of its fighters had taken part.", "denied")
    assert [a.id for a in actors_in_role(alone, "subject", owners=OWNERS)] == ["militia"]
    back = hit_of("Fatah blamed the killing on Hamas. The group denied any involvement.", "denied")
    assert [a.id for a in actors_in_role(back, "subject", owners=OWNERS)] == ["ps.hamas"]

"""The stateless matcher on the seed story and on purity/evidence contracts."""

import gc
import re

import pytest

from ingest.models import WireItem
from rules.detections import DetectionKind
from rules.matcher import RuleSet

# The seed story, told in our own words.
HEADLINE = "Yerevan declares truce on border with Azerbaijan"
BODY = (
    "Armenia said on Thursday that a truce with Azerbaijan had taken effect overnight after two days of "
    "clashes, but Azerbaijan has yet to confirm the cease-fire. Azerbaijan's defence ministry said 71 of "
    "its servicemen had been killed in the fighting, updating its previous toll of 50."
)


def seed_item() -> WireItem:
    return WireItem(uri="seed-1", headline=HEADLINE, body=BODY)


def test_seed_story_yields_all_three_categories(shipped: RuleSet) -> None:
    """Truce, confirmation gap and in-text toll revision are detected with their values."""
    dets = shipped.detect(seed_item())
    events = {d.category for d in dets if d.kind in {DetectionKind.EVENT, DetectionKind.DENIAL}}
    assert events == {"ceasefire", "confirmation_gap", "toll_revision"}
    gap = next(d for d in dets if d.rule == "gap.silence")
    assert gap.values["silent_party"] == "AZ" and gap.values["claimant"] == "AM"
    assert gap.values["subject"] == "ceasefire"
    toll = next(d for d in dets if d.rule == "toll.change")
    assert (toll.values["new"], toll.values["old"], toll.values["party"]) == (71, 50, "AZ")
    assert toll.values["victim_class"] == "soldiers"


def test_claims_carry_deadlines(shipped: RuleSet) -> None:
    """A unilateral announcement opens a claim with the rule's deadline."""
    item = WireItem(uri="c-1", body="Armenia announced a truce with Azerbaijan late on Thursday.")
    [claim] = [d for d in shipped.detect(item) if d.kind is DetectionKind.CLAIM]
    assert claim.values["claimant"] == "AM" and claim.values["silent_party"] == "AZ"
    assert claim.deadline_seconds == 6 * 3600


def test_evidence_offsets_index_the_item_text(shipped: RuleSet) -> None:
    """Each detection's evidence is the sentence at its offsets in WireItem.text."""
    item = seed_item()
    for det in shipped.detect(item):
        assert item.text[det.evidence.start : det.evidence.end] == det.evidence.text
        assert det.evidence.item_id == "seed-1"


def test_detect_is_pure(shipped: RuleSet) -> None:
    """The same item gives the same detections every time."""
    assert shipped.detect(seed_item()) == shipped.detect(seed_item())


def test_items_without_trigger_words_give_nothing(shipped: RuleSet) -> None:
    """An unrelated item yields no detection."""
    item = WireItem(uri="m-1", headline="Markets", body="Shares rose 3 percent after the statement on rates.")
    assert shipped.detect(item) == []


def test_headline_scope_and_dateline(shipped: RuleSet) -> None:
    """A dateline place is not an actor of the sentence after it."""
    item = WireItem(
        uri="d-1", body="BAKU, April 5 (Reuters) - The truce between the two armies took effect at noon."
    )
    [det] = [d for d in shipped.detect(item) if d.rule == "ceasefire.status"]
    assert "AZ" not in det.actors


def test_local_sentence_reading_and_whole_split_agree(
    shipped: RuleSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Detections are the same whether sentences are read around hits or the text is split whole."""
    from rules import sites

    item = WireItem(
        uri="many",
        headline=HEADLINE,
        body=f"BAKU, Sept 15 (Reuters) - {BODY}\n\nPrices rose. The index fell. Shares climbed to a record. "
        + BODY,
    )
    runs = []
    for limit in (-1, 1000):
        monkeypatch.setattr(sites, "LOCAL_LIMIT", limit)
        runs.append(shipped.detect(item))
    assert runs[0] == runs[1] and runs[0]


def test_detect_leaves_no_cyclic_garbage(shipped: RuleSet) -> None:
    """An item's document and sentence views (which refer to each other) are freed as soon as
    detect returns: it releases the document, so nothing is left to the cyclic collector."""
    item = WireItem(uri="gc", headline=HEADLINE, body=BODY)
    assert shipped.detect(item)
    gc.collect()
    gc.disable()
    try:
        assert shipped.detect(item)
        assert gc.collect() == 0
    finally:
        gc.enable()


def test_split_plan_counts_each_offset_once() -> None:
    """Sites.plan counts distinct offsets to look up: rules sharing hits do not split the text."""
    from rules import sites
    from rules.text.actors import shipped_gazetteer
    from rules.text.document import Document

    text = "The truce held. Talks went on. The truce held again. Rebels said the truce held."
    hits = [m.start() for m in re.finditer("truce", text)]
    found = {"truce": hits, "held": [m.start() for m in re.finditer("held", text)]}
    rules = [(frozenset({"truce"}), ()), (frozenset({"truce"}), (frozenset({"held"}),))]
    shared = sites.Sites(Document(text, shipped_gazetteer()), found)
    shared.plan(rules)  # 3 distinct offsets (6 summed over the rules)
    assert sites.LOCAL_LIMIT >= 3 and shared.doc._spans is None
    many = sites.Sites(Document(text, shipped_gazetteer()), {"truce": list(range(sites.LOCAL_LIMIT + 1))})
    many.plan(rules[:1])
    assert many.doc._spans is not None


ELN = "The ELN did not claim the attack. Its leadership did not respond to a request for comment."
THAI = "Thai army spokesman Pongsak Rattanawong spoke in Bangkok. He dismissed as false Cambodia's claim."
GROUP = "Fatah blamed the killing on Hamas. The group denied any involvement."


@pytest.mark.parametrize(
    ("text", "silent"),
    # a pronoun: the previous sentence's first party; "the group": its last armed group
    [(ELN, "co.eln"), (THAI, "TH.army"), (GROUP, "ps.hamas")],
)
def test_anaphoric_subject_is_the_previous_party(shipped: RuleSet, text: str, silent: str) -> None:
    """'He', 'its' and 'the group' as the subject name the party the sentence before named."""
    gaps = [d for d in shipped.detect_text(text) if d.category == "confirmation_gap"]
    assert silent in {d.values.get("silent_party") for d in gaps}


def test_an_anaphor_without_a_party_before_it_names_no_one(shipped: RuleSet) -> None:
    """A pronoun subject with no party in the sentence before is still no identifiable party."""
    assert shipped.detect_text("Heavy rain fell overnight. He did not comment on the claim.") == []


def test_a_fronted_participles_subject_follows_it(shipped: RuleSet) -> None:
    """'Calling the report untrue, Armenia's Defence Ministry said ...': the ministry is the one denying."""
    text = "Calling the report untrue, Armenia's Defence Ministry said its units had not fired."
    gaps = [d for d in shipped.detect_text(text) if d.category == "confirmation_gap"]
    assert "AM.mod" in {d.values.get("silent_party") for d in gaps}


def test_the_group_with_an_adjective_is_anaphoric(shipped: RuleSet) -> None:
    """'the paramilitary group' points back to the armed group the sentence before named."""
    text = "Chad accused the RSF of arming raiders. The paramilitary group rejected the allegation."
    gaps = [d for d in shipped.detect_text(text) if d.category == "confirmation_gap"]
    assert "sudan.rsf" in {d.values.get("silent_party") for d in gaps}


def test_candidate_rules_are_what_the_prefilter_leaves(shipped: RuleSet) -> None:
    """An item with a truce word leaves the truce rules; a weather item leaves none."""
    assert "ceasefire.status" in shipped.candidate_rules("A truce took effect at noon, officials said.")
    assert shipped.candidate_rules("Rain is forecast for the weekend in the north.") == ()

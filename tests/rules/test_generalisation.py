# ruff: noqa: E501
"""Generalisation of the shipped pack: wordings and near misses beyond the tuning corpus.

Sentences here are invented (other actors, places, tenses and word orders than any labelled set) to
check the linguistic devices behind them: modality cues voided by their context, the scope of a
request verb, truces in time phrases, unplaced conflict parties, contradiction and comparison
patterns. A rule pack that only memorised its tuning corpus fails these.
"""

import pytest

from rules.detections import DetectionKind
from rules.matcher import RuleSet
from rules.text.actors import shipped_gazetteer
from rules.text.document import Document
from rules.text.figures import read_revision
from rules.text.lexicon import TermSet
from rules.text.modality import ModalityModel, shipped_modality

COUNTED = (DetectionKind.EVENT, DetectionKind.DENIAL)


def categories(shipped: RuleSet, text: str) -> set[str]:
    """Categories an item alerts on by its own text (claims only wait for a deadline)."""
    return {d.category for d in shipped.detect_text(text, year=2024) if d.kind in COUNTED}


def flags(text: str, anchor: str = "truce") -> set[str]:
    view = Document(text, shipped_gazetteer(), 2024).view(0)
    hit = TermSet([anchor]).find(view.ws)[0]
    model = shipped_modality()
    return {f for f in model.flags if model.has(view, hit.first, hit.last, f)}


@pytest.mark.parametrize(
    "text",
    [
        "The rivals agreed to a truce after three days of talks in Geneva.",
        "Following negotiations in Oman, the two sides signed a truce.",
        "They accepted the truce at the end of talks hosted by Kenya.",
    ],
)
def test_talks_that_are_over_do_not_make_a_plan(text: str) -> None:
    """ "after/following talks" voids the talks cue: the agreement is done."""
    assert "talks" not in flags(text)


@pytest.mark.parametrize(
    "text",
    ["Talks on a truce resume on Monday.", "The sides are in negotiations over a truce."],
)
def test_talks_still_under_way_keep_the_flag(text: str) -> None:
    """Talks that are still going on keep the talks flag."""
    assert "talks" in flags(text)


def test_negated_violation_is_a_truce_holding() -> None:
    """ "no violations were reported" does not mark the truce violated; "violations" does."""
    assert "violated" not in flags("No violations were reported after the truce began.")
    assert "violated" in flags("Violations were reported after the truce began.")


def test_negation_of_a_violation_is_not_the_truce_s() -> None:
    """ "neither side violated the truce" is not a negated truce; "neither side accepted" is."""
    assert "negated" not in flags("Neither side has violated the truce since Monday.")
    assert "negated" not in flags("The truce has not been breached since it began.")
    assert "negated" in flags("Neither side has accepted the truce.")
    assert "negated" in flags("The truce has not taken effect.")


def test_continued_fighting_marks_a_violation() -> None:
    """Fighting that continued is a truce not kept."""
    assert "violated" in flags("Qatar said it had secured a truce, but officials said fighting continued.")


@pytest.mark.parametrize(
    "text",
    [
        "The envoy urged the militias to leave the port and accept a truce.",
        "Berlin pressed both governments to de-escalate and sign a truce.",
        "The bishops called on the factions to free the hostages and agree to a truce.",
    ],
)
def test_request_verb_governs_coordinated_infinitives(text: str) -> None:
    """A request verb scopes over its whole infinitive complement, coordinated verbs included."""
    assert "requested" in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Drones struck the depot hours after the truce began.",
        "A mortar hit the market the night after the truce took effect.",
        "Snipers opened fire within hours of the truce starting.",
    ],
)
def test_truce_in_a_time_phrase_is_background(text: str) -> None:
    """A truce named in a short time phrase ("hours after the truce began") is background."""
    assert "background" in flags(text)


def test_user_cue_groups_can_be_voided() -> None:
    """A user modality section may carry its own `unless` context words."""
    model = ModalityModel(
        [{"hedged": [{"where": "before", "window": 3, "terms": ["maybe"], "unless": ["not"]}]}]
    )
    view = Document("It was not maybe a truce.", shipped_gazetteer(), 2024).view(0)
    hit = TermSet(["truce"]).find(view.ws)[0]
    assert not model.has(view, hit.first, hit.last, "hedged")
    view = Document("It was maybe a truce.", shipped_gazetteer(), 2024).view(0)
    hit = TermSet(["truce"]).find(view.ws)[0]
    assert model.has(view, hit.first, hit.last, "hedged")


def test_the_month_may_is_no_possibility() -> None:
    """The month May (capitalised inside a sentence, or before a number) is no hypothetical cue."""
    assert "hypothetical" not in flags("A truce signed in May 2019 has largely held.")
    assert "hypothetical" not in flags("The truce agreed on may 5 was holding.")
    assert "hypothetical" in flags("Officials said the truce may be extended.")


def test_a_dates_year_after_its_comma_dates_the_clause() -> None:
    """A year after a date's comma ("on Aug. 26, 1995") belongs to the date's clause: an old truce."""
    assert "historical" in flags(
        "Under that deal a truce had taken effect on Aug. 26, 1995, and the council met."
    )
    assert "historical" not in flags("A truce took effect on Aug. 26, and talks began in 1995.")


def test_determiner_starts_a_new_actor() -> None:
    """ "rebels dismissed the government": two actors, not the rebels' government."""
    view = Document("Rebel leaders dismissed the government's plan.", shipped_gazetteer(), 2024).view(0)
    assert [a.id for a in view.actors] == ["rebels", "gov"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The militia said it had taken the bridge.", "militia"),
        ("Insurgents said they had shot down a drone.", "rebels"),
        ("Kurdish officials said shelling went on.", "kurds"),
        ("The opposition alliance has yet to respond.", "opposition"),
        ("The air force said it hit the depot.", "army"),
        ("The junta said it controlled the town.", "gov"),
    ],
)
def test_unplaced_conflict_parties_are_actors(text: str, actor: str) -> None:
    """Rebels, militias, the opposition and service branches are identifiable parties."""
    view = Document(text, shipped_gazetteer(), 2024).view(0)
    assert actor in [a.id for a in view.actors]


def test_phrase_at_sentence_end_with_a_large_bound() -> None:
    """A multi-word term cut off by the sentence end is no hit, even with a bound past the end."""
    view = Document("Villagers heard the shelling", shipped_gazetteer(), 2024).view(0)
    assert TermSet(["shelling continued"]).any_in(view.ws, 0, 10_000) is None
    assert TermSet(["the shelling"]).any_in(view.ws, 0, 10_000) is not None


def test_fighting_that_went_on_later_in_the_item_vetoes_the_truce(shipped: RuleSet) -> None:
    """A truce followed in the item by continued shelling is no fresh truce, but is a gap."""
    text = "Egypt announced a truce on Sunday. But the rebels said shelling continued overnight."
    assert categories(shipped, text) == {"confirmation_gap"}
    assert "ceasefire" in categories(shipped, "Egypt announced a truce on Sunday. The rebels said it held.")


def test_than_marks_the_superseded_figure() -> None:
    """ "57, higher than the 44 they gave": 57 is new, 44 old."""
    view = Document("The toll stood at 57, higher than the 44 they gave.", shipped_gazetteer(), 2024).view(0)
    hit = TermSet(["higher than"]).find(view.ws)[0]
    rev = read_revision(view, hit.first, hit.last)
    assert rev.new is not None and rev.new.value == 57
    assert rev.old is not None and rev.old.value == 44


def test_near_counts_a_phrase_starting_in_the_window(shipped: RuleSet) -> None:
    """A status phrase whose first word is within the window counts ("... took effect")."""
    text = "The truce, mediated by Qatar and the United States, took effect at dawn."
    assert "ceasefire" in categories(shipped, text)


def test_the_owner_of_a_claim_is_not_its_speaker(shipped: RuleSet) -> None:
    """In "X said the rebels' claims were lies" the rebels own the claim; X is the one disputing it."""
    found = shipped.detect_text("Chad's army said the rebels' claims were lies.", year=2024)
    parties = {dict(d.values).get("silent_party") for d in found if d.category == "confirmation_gap"}
    assert parties == {"TD.army"} or parties == {"TD"}, parties


def test_a_statement_that_says_nothing_speaks_for_its_owner(shipped: RuleSet) -> None:
    """In "the army's statement made no reference to X" the statement is the army's silence."""
    text = "Villagers accused troops of burning homes; Chad's army's statement made no reference to the accusations."
    found = shipped.detect_text(text, year=2024)
    parties = {dict(d.values).get("silent_party") for d in found if d.category == "confirmation_gap"}
    assert parties & {"TD.army", "TD"}, parties
    # the owner of a claim that is itself confirmed by no one is not silent
    assert not [
        d for d in shipped.detect_text("The rebels' claim has not been confirmed.") if d.kind in COUNTED
    ]


def test_a_negation_word_inside_a_name_is_no_cue() -> None:
    """'Doctors Without Borders' names a charity: its 'Without' negates nothing, unlike a lower-case one."""
    assert "negated" not in flags("At the Doctors Without Borders clinic the truce took effect at noon.")
    assert "negated" in flags("The towns were left without a truce.")
    # a title-case headline capitalises every word, so its "No" is still a negation
    assert "negated" in flags("Army Says No Truce Agreed In North")


@pytest.mark.parametrize(
    ("full", "contracted"),
    [
        ("Beijing has not responded to Manila's claim.", "Beijing hasn't responded to Manila's claim."),
        ("The militia said the accusation was not true.", "The militia said the accusation wasn’t true."),
        (
            "The junta said its soldiers had not fired on the marchers.",
            "The junta said its soldiers hadn't fired on the marchers.",
        ),
        (
            "Rebels said they had downed a drone. The air force would not confirm it.",
            "Rebels said they had downed a drone. The air force wouldn't confirm it.",
        ),
        (
            "The police did not comment on the union's figure.",
            "The police didn't comment on the union's figure.",
        ),
    ],
)
def test_a_contraction_reads_as_its_full_form(shipped: RuleSet, full: str, contracted: str) -> None:
    """A quote's "hasn't", "wasn't", "hadn't", "wouldn't" detect what "has not" ... detect (prefilter and regexes alike)."""
    assert categories(shipped, full) == {"confirmation_gap"}
    assert categories(shipped, contracted) == categories(shipped, full)


POSITIVES = [
    ("ceasefire", "The army confirmed that the agreed breaks in fighting would begin on Sunday."),
    (
        "ceasefire",
        "The Kremlin said Putin had agreed to stop hitting the country's power plants for 30 days.",
    ),
    ("ceasefire", "The militia and the army agreed to a truce at talks hosted by Kenya, state media said."),
    # from dh-dm, read after its blind measurement: agreements denied without a denial verb, partial
    # confirmations
    (
        "confirmation_gap",
        "A Kenyan official said Nairobi had accepted no such terms and had promised only to keep talking.",
    ),
    (
        "confirmation_gap",
        "Al-Hijri rejected it within hours, saying there had been no agreement with the militias.",
    ),
    ("confirmation_gap", "A Turkish official said such a truce was out of the question for Ankara."),
    (
        "confirmation_gap",
        "The Kremlin stopped short of saying Russian air defences had hit the plane.",
    ),
    (
        "confirmation_gap",
        "The disaster agency said it had verified only 12 of the deaths reported by the police.",
    ),
    ("confirmation_gap", "Israel did not address the count, saying only that it was acting against threats."),
    # read after the last blind measurement: the negation of a compound is the violation's
    (
        "ceasefire",
        "The ministry said no ceasefire violations had been recorded along the border over the past day.",
    ),
    ("ceasefire", "No truce violation was reported from any sector overnight, officials said."),
    # round nine (db-dg): blame shifted, officials of an unknown place, what did not fail
    (
        "confirmation_gap",
        "Kyiv said Russian shelling had cut the power line. Moscow's defence ministry said it was Ukrainian forces that had fired on the station.",
    ),
    (
        "confirmation_gap",
        "Somaliland said the militia was backed by Puntland. Puntland officials denied sending any forces.",
    ),
    ("confirmation_gap", "Residents blamed a burst dam, but the state government said no dam had failed."),
    ("ceasefire", "The two foreign ministers put their names to the truce at a ceremony in Algiers."),
    (
        "ceasefire",
        "The commander said in a video that his forces were committing to a three-month humanitarian truce.",
    ),
    ("ceasefire", "The junta said it was once again lengthening its truce, this time until June 30."),
    ("ceasefire", "By Monday the guns around the town had been silent for three days, aid workers said."),
    ("ceasefire", "The talks ended on Sunday and the two armies agreed on a truce starting at noon."),
    # round eight (cv-da): established truces, times that are not years, losses that climbed, more dead
    (
        "ceasefire",
        "The ministry said a truce had been established along the border through Kazakh mediation.",
    ),
    (
        "ceasefire",
        "The defence ministry said a truce agreed at Moscow's initiative had taken effect at 1830 Moscow time.",
    ),
    (
        "toll_revision",
        "Moscow said Kyiv's losses in the border region had climbed to more than 3,000 servicemen.",
    ),
    (
        "toll_revision",
        "Divers pulled two more bodies from the lake on Monday, taking the confirmed dead to 44.",
    ),
    (
        "toll_revision",
        "Twelve soldiers who were badly burned later died, taking the number killed in the blast to 19, the army said.",
    ),
    (
        "confirmation_gap",
        "The civil defence denied messages circulating online that dozens of bodies had been found.",
    ),
    (
        "confirmation_gap",
        "The interior minister rejected the criticism, saying the boats could not have reached the wreck.",
    ),
    (
        "confirmation_gap",
        "Guests said no alarm sounded; the hotel's management did not respond to requests for comment.",
    ),
    (
        "confirmation_gap",
        "The rebels said a deal had been reached. An Israeli official said later there was no agreement yet.",
    ),
    (
        "ceasefire",
        "Chad and Sudan have both accepted an African Union plan to halt the fighting, the envoy said.",
    ),
    # round six (co cp cq): a halt to an operation, a truce's run, talks at which it was agreed
    ("ceasefire", "Kremlin orders end to military operation in the north"),
    ("ceasefire", "The truce runs from midnight on Sunday until March 3, the mediator's spokesman said."),
    (
        "ceasefire",
        "Kenya and Somalia agreed at talks in Djibouti to a truce along the border starting at dawn on Friday.",
    ),
    ("ceasefire", "The president said the government was extending its own truce beyond the holiday."),
    (
        "confirmation_gap",
        "The army said the Allied Democratic Forces had killed two civilians in the market. There was no immediate response from the group.",
    ),
    (
        "confirmation_gap",
        "The mayor said dozens had died in the slums; the prefecture has declined to endorse any such estimate.",
    ),
    (
        "confirmation_gap",
        "The ministry said it had no reports of such heavy losses and put the number of soldiers killed at three.",
    ),
    (
        "confirmation_gap",
        "The rebels said the pilot had been shot down; the air force said such reports were premature.",
    ),
    # round five: tolls by a modified count, "lifting", losses as the total, bodies found, "replaced"
    (
        "toll_revision",
        "Two deaths earlier put down to the storm were reclassified, and the ministry's count for the week was cut from 58 to 56.",
    ),
    (
        "toll_revision",
        "Four more bodies were recovered from the river, lifting the district's flood toll to forty-one.",
    ),
    (
        "toll_revision",
        "A third soldier died of his wounds overnight, bringing the army's losses in the ambush to three.",
    ),
    (
        "toll_revision",
        "Divers found the bodies of two fishermen on Monday, taking the number of confirmed dead to 19.",
    ),
    ("toll_revision", "The governor said the figure of 310 dead replaced earlier counts of more than 500."),
    (
        "toll_revision",
        "A spokesman said the earlier figure of six had been revised after a missing guard was found dead.",
    ),
    # round four: a capture contradicted after its claim; a figure rejected by its own noun
    (
        "confirmation_gap",
        "The rebels said they had seized the airport at Bunia. The army said fighting for the airport was still going on.",
    ),
    (
        "confirmation_gap",
        "The provincial governor rejected the agency's number, saying his teams had counted 40 bodies.",
    ),
    # ... but calm after a truce says it holds, and a truce now in its fourth day is current
    ("ceasefire", "Residents said calm returned to the port after the truce came into force."),
    ("ceasefire", "Traders credited the truce, now in its fourth day, with a revival of river traffic."),
    # round two: truces signed at talks, effective at once, fire stopped; a warned-of breach is none
    (
        "ceasefire",
        "The two militias stopped firing at dawn. The mediator said the deal was effective immediately.",
    ),
    ("ceasefire", "Kinshasa announced that it was unilaterally stopping fire along the lake shore."),
    ("ceasefire", "Yerevan said it had signed the truce and that its forces would answer any breach."),
    (
        "confirmation_gap",
        "The governor said a militia had blown up the bridge, but two army officers said they had seen no sign of that.",
    ),
    (
        "confirmation_gap",
        "The minister blamed striking dockers for the fire; the union called the remark absurd.",
    ),
    (
        "confirmation_gap",
        "Ukrainian officials said drones kept circling over the port regardless of Moscow's announcement.",
    ),
    ("confirmation_gap", "The state's chief secretary rejected claims that the toll was being hidden."),
    # thirteenth session: talks in which the truce was agreed; finalised, enforced, introduced truces
    (
        "ceasefire",
        "Ethiopia and Eritrea agreed to an immediate truce during talks in Nairobi, the mediator said.",
    ),
    ("ceasefire", "The interior minister said the truce agreement with the clans had been finalised."),
    ("ceasefire", "By nightfall the army said it had resumed enforcing the truce along the river."),
    (
        "ceasefire",
        "The president told the chief of staff to introduce a truce along the whole front from noon.",
    ),
    # silence on a claim as the object of another verb; role nouns after a modifier; speakers who call a
    # claim untrue; contradiction and undercutting
    (
        "confirmation_gap",
        "The navy said its patrol boats had escorted the ferry but made no reference to the shooting the fishermen reported.",
    ),
    (
        "confirmation_gap",
        "Pressed on the rebels' account, the spokesman would not be drawn on the alleged ambush.",
    ),
    (
        "confirmation_gap",
        "The coalition said its jets had struck a depot but did not address the reported civilian deaths.",
    ),
    (
        "confirmation_gap",
        "Villagers blamed the dam operator; the district water board has not responded to the accusation.",
    ),
    ("confirmation_gap", "The accusation was baseless, a Nigerien army spokesman said on Friday."),
    (
        "confirmation_gap",
        "The ministry said the convoy had not been hit at all, contrary to the militia's assertion.",
    ),
    (
        "confirmation_gap",
        "The governor said the camp had received its supplies, undercutting the opposition's assertion of a blockade.",
    ),
    ("confirmation_gap", "Nairobi said it had no knowledge of the raid the rebels described."),
    ("confirmation_gap", "The army chief called the rebels' claim of forty soldiers captured incorrect."),
    ("confirmation_gap", "Rwanda's foreign ministry said Kigali had nothing to do with the bombing in Goma."),
    (
        "confirmation_gap",
        "The villagers' assertion that soldiers had burned houses on two farms north of the town was being looked into, the army said.",
    ),
    (
        "ceasefire",
        "Mediators in Doha said Sudan's army and the RSF had agreed to a ten-day truce after marathon talks.",
    ),
    (
        "ceasefire",
        "After three rounds of negotiations, the two governments signed a cease-fire on Tuesday, Egypt's foreign ministry said.",
    ),
    (
        "ceasefire",
        "Algeria announced that Mali's government and the Tuareg rebels agreed to a truce following talks in Algiers.",
    ),
    ("ceasefire", "The rival militias agreed to a ceasefire at the end of talks hosted by Qatar."),
    (
        "ceasefire",
        "A cease-fire between the Saudi-led coalition and the Houthi movement came into effect at midnight.",
    ),
    (
        "ceasefire",
        "The truce between the government and the allied militias took effect at 6 p.m. local time, state television said.",
    ),
    (
        "ceasefire",
        "A week-long humanitarian pause between the armed forces and the jihadist groups entered into force on Sunday.",
    ),
    ("ceasefire", "The armistice between the two armies and their proxy militias went into effect at noon."),
    ("ceasefire", "A 48-hour truce between M23 rebels and Congolese troops took effect on Monday morning."),
    ("ceasefire", "Rival factions signed a pact in Juba to silence the guns across the region."),
    ("ceasefire", "The two sides struck a deal to stop the fighting in the oil region, the mediator said."),
    (
        "ceasefire",
        "Somalia's government and clan militias reached an agreement to end hostilities on Friday.",
    ),
    ("ceasefire", "The guns fell silent along the front line at midnight as the truce took hold."),
    (
        "ceasefire",
        "Ethiopia and the TPLF agreed to a permanent cessation of hostilities after ten days of negotiations in Pretoria.",
    ),
    ("ceasefire", "No violations have been reported since the truce took effect on Sunday, monitors said."),
    (
        "confirmation_gap",
        "The rebels said they had downed a fighter jet, a claim the air force did not address.",
    ),
    (
        "confirmation_gap",
        "The army said it had killed 50 militants, a figure the insurgents have yet to acknowledge.",
    ),
    (
        "confirmation_gap",
        "The militia claimed it had captured the bridge; the defence ministry has not addressed the report.",
    ),
    ("confirmation_gap", "The opposition dismissed the ruling party's truce as a ploy to buy time."),
    ("confirmation_gap", "Houthi leaders dismissed the Saudi ceasefire as meaningless."),
    (
        "confirmation_gap",
        "Russia said it had taken the village, but Ukrainian officials said their troops still held it.",
    ),
    (
        "confirmation_gap",
        "The army said the road was open, but the rebels said their fighters continued to block it.",
    ),
    (
        "confirmation_gap",
        "Qatar said it had secured a pause in the fighting, but Hamas said Israeli strikes continued overnight.",
    ),
    (
        "confirmation_gap",
        "The militia said the army had shelled a market; the army did not respond to the accusation.",
    ),
    ("confirmation_gap", "Rebels accused the army of bombing a clinic, and the military denied it."),
    (
        "confirmation_gap",
        "The opposition accused police of killing protesters, but the interior ministry denied the accusation.",
    ),
    (
        "confirmation_gap",
        "Kyiv said its forces had sunk a Russian ship; Moscow did not comment on the claim.",
    ),
    ("toll_revision", "The death toll from the quake passed 2,000 on Monday, up from 1,600 a day earlier."),
    ("toll_revision", "The number of dead surpassed 500 overnight, officials said."),
    ("toll_revision", "The toll exceeded 90 on Friday as more bodies were recovered."),
    (
        "toll_revision",
        "The health ministry said 63 people had been killed, an increase from the 48 it reported on Monday.",
    ),
    (
        "toll_revision",
        "The governor said 120 people were confirmed dead, a rise from the 85 announced earlier.",
    ),
    (
        "toll_revision",
        "Officials said the death toll now stood at 212, higher than the 180 they gave on Sunday.",
    ),
    (
        "toll_revision",
        "The ministry put the number of dead at 75, lower than the 90 it had announced a day earlier.",
    ),
    ("toll_revision", "Police said 14 people died, down from the 17 they initially reported."),
    ("toll_revision", "The death toll has topped 3,000, the ministry said."),
    (
        "ceasefire",
        "Yemen's government and the Houthis agreed to a two-month truce after UN-mediated talks, the envoy announced.",
    ),
    (
        "ceasefire",
        "Following negotiations brokered by Turkey, Russia and Ukraine agreed to a local ceasefire around the plant.",
    ),
    (
        "ceasefire",
        "The truce between Israeli forces and Palestinian militants in Gaza went into effect at 10 p.m.",
    ),
    (
        "ceasefire",
        "A ceasefire between the Libyan National Army and rival militias in Tripoli took hold on Saturday.",
    ),
    (
        "ceasefire",
        "Pakistan and India announced a cessation of hostilities along the Line of Control after talks between their military chiefs.",
    ),
    (
        "ceasefire",
        "Colombia's government and the ELN rebels signed a six-month bilateral ceasefire in Havana.",
    ),
    ("ceasefire", "The army declared a unilateral truce in the north for the Eid holiday."),
    (
        "ceasefire",
        "Myanmar's junta and three ethnic armed groups agreed to halt fighting after China-hosted talks.",
    ),
    ("ceasefire", "The guns fell silent in Gaza on Sunday morning as the truce began."),
    ("ceasefire", "Both sides said the truce was largely holding on its second day."),
    (
        "ceasefire",
        "The truce that took effect on Friday appeared to be holding, with no violations reported.",
    ),
    ("confirmation_gap", "Sudan's army denied it had agreed to any truce with the RSF."),
    (
        "confirmation_gap",
        "The RSF said it controlled the presidential palace, a claim the army has not addressed.",
    ),
    (
        "confirmation_gap",
        "Hezbollah said its fighters had destroyed three tanks, a claim that the Israeli military did not address.",
    ),
    (
        "confirmation_gap",
        "The army said it had retaken the refinery, but the RSF said its fighters still controlled the site.",
    ),
    (
        "confirmation_gap",
        "Israel said the strike killed a senior commander, but Hamas said he was not in the building.",
    ),
    (
        "confirmation_gap",
        "The Houthis claimed responsibility for the attack; the Pentagon did not respond to the claim.",
    ),
    ("confirmation_gap", "Ukraine accused Russia of striking a hospital, and the Kremlin denied it."),
    (
        "confirmation_gap",
        "The militia accused coalition forces of killing 12 civilians, but the coalition denied it.",
    ),
    ("confirmation_gap", "The junta dismissed the rebels' claims of victory as propaganda."),
    ("ceasefire", "The army said the rebels had agreed to a truce; the rebels have yet to acknowledge it."),
    (
        "confirmation_gap",
        "The army said the rebels had agreed to a truce; the rebels have yet to acknowledge it.",
    ),
    ("toll_revision", "The toll from the earthquake surpassed 10,000 on Wednesday."),
    ("toll_revision", "The number of those killed crossed 700, the health ministry said."),
    ("toll_revision", "At least 310 people have now died, up from 270 on Monday, officials said."),
    (
        "toll_revision",
        "The civil defence said 57 people were killed, a jump from the 39 it reported on Saturday.",
    ),
    ("toll_revision", "The interior ministry said the toll had been revised down to 1,100 from 1,400."),
    (
        "toll_revision",
        "The death toll rose to 96, the governor said, higher than the 80 announced on Tuesday.",
    ),
    (
        "ceasefire",
        "After weeks of shuttle diplomacy, Egypt announced that Israel and Islamic Jihad had agreed to a ceasefire.",
    ),
    ("ceasefire", "Mediators said the warring sides had signed a deal to end the fighting in the capital."),
    (
        "ceasefire",
        "Armenia and Azerbaijan agreed to stop fighting in the disputed region, Russia's foreign ministry said.",
    ),
    ("ceasefire", "Kyiv and Moscow reached an agreement on an Easter truce, Turkish officials said."),
    ("ceasefire", "The ceasefire, brokered by Qatar and the United States, took effect at 7 a.m."),
    ("ceasefire", "A humanitarian pause between the two armies came into force in Khartoum at dawn."),
    ("confirmation_gap", "The army said it had shot down six drones, a claim the rebels did not address."),
    (
        "confirmation_gap",
        "The ministry said 40 fighters were killed, but the militia said only five of its men had died.",
    ),
    (
        "confirmation_gap",
        "Egypt said both sides had agreed to a pause, but Israeli officials said no decision had been made.",
    ),
    (
        "confirmation_gap",
        "The rebels accused the air force of bombing a school; the military has not responded.",
    ),
    ("confirmation_gap", "The group said the army killed 30 villagers, an accusation the government denied."),
    ("toll_revision", "The toll rose above 1,500 on Sunday, the ministry said."),
    ("toll_revision", "Authorities now say 84 people died, higher than the 62 they reported on Friday."),
    ("toll_revision", "Rescuers said the number of dead had exceeded 400, up from 350 a day earlier."),
    (
        "ceasefire",
        "A truce was agreed late on Sunday between the army and the rebel alliance, the mediator said.",
    ),
    (
        "ceasefire",
        "A three-day ceasefire has entered into force across the province, according to the UN mission.",
    ),
    (
        "ceasefire",
        "The ceasefire will take effect at midnight on Thursday, the Egyptian mediators announced.",
    ),
    (
        "ceasefire",
        "Israel and Hezbollah have agreed to end hostilities, the White House said after weeks of talks.",
    ),
    (
        "ceasefire",
        "The Sudanese army and the paramilitary RSF agreed to a seven-day truce following talks in Jeddah, Saudi Arabia said.",
    ),
    ("ceasefire", "An Ethiopian-brokered truce between South Sudan's rival factions has held since Monday."),
    (
        "ceasefire",
        "Fighting has largely stopped across the front since the truce came into force on Friday, residents said.",
    ),
    (
        "confirmation_gap",
        "The RSF said it had shot down a military plane, a claim that Sudan's army did not address.",
    ),
    (
        "confirmation_gap",
        "The Houthis said they had hit a tanker, but the U.S. military said the ship was not damaged.",
    ),
    (
        "confirmation_gap",
        "The army claimed it had killed the rebel leader; the rebels did not respond to the claim.",
    ),
    ("confirmation_gap", "Armenia accused Azerbaijan of shelling border villages, and Baku denied it."),
    ("confirmation_gap", "Moscow dismissed Ukraine's account of the battle as a fabrication."),
    ("toll_revision", "The death toll in the province passed 150 on Saturday, the governor's office said."),
    (
        "toll_revision",
        "Health officials said 88 people had died, an increase from the 70 reported on Thursday.",
    ),
    ("toll_revision", "The official toll now stands at 3,200, higher than the 2,900 announced on Monday."),
    ("ceasefire", "Truce takes hold in Tripoli after UN-brokered talks"),
    (
        "ceasefire",
        "KHARTOUM (Reuters) - A U.S.-Saudi brokered ceasefire between Sudan's warring generals went into effect on Monday evening.",
    ),
    (
        "ceasefire",
        "The two sides agreed on a humanitarian ceasefire after marathon negotiations mediated by the African Union.",
    ),
    ("ceasefire", "Hamas and Israel's truce was extended by two days, Qatar said."),
    (
        "ceasefire",
        "Both the army and the militias were respecting the cease-fire on Wednesday, a UN monitor said.",
    ),
    ("confirmation_gap", "The militants said they had captured the town; the army has yet to comment."),
    ("confirmation_gap", "The ministry reported 120 dead, a figure the WHO has not verified."),
    (
        "confirmation_gap",
        "Hamas said the hostages were killed by an Israeli strike, but the Israeli military said it had no information on the claim.",
    ),
    (
        "confirmation_gap",
        "Azerbaijan said it had halted operations, but Armenian officials said shelling continued into the night.",
    ),
    ("confirmation_gap", "The ruling council dismissed the rebels' ceasefire as a trick."),
    ("ceasefire", "The army said it had halted operations."),
    ("toll_revision", "Gaza death toll climbs past 30,000, health ministry says"),
    ("toll_revision", "The death toll from Monday's quake has surpassed 5,000, officials said."),
    (
        "toll_revision",
        "The Libyan Red Crescent said 2,300 people had died, an increase from the 1,500 it had reported a day earlier.",
    ),
    ("ceasefire", "Pressed by Egypt and Qatar, Hamas and Israel agreed to a four-day pause in fighting."),
    ("ceasefire", "Under pressure from Moscow, Armenia and Azerbaijan signed a truce on Saturday."),
    ("ceasefire", "The truce agreed after talks in Moscow took effect at noon."),
    (
        "ceasefire",
        "The ceasefire agreed on Tuesday after talks in Cairo was holding on Wednesday, witnesses said.",
    ),
    ("ceasefire", "Egypt, which mediated the talks, said the ceasefire took effect at 2 a.m."),
    ("toll_revision", "The death toll rose to 45, officials said, up from 30 on Sunday."),
    ("confirmation_gap", "The rebels said they had seized the dam, a claim not addressed by the army."),
    (
        "confirmation_gap",
        "The army said it had repelled the assault, a claim the militia did not immediately address.",
    ),
    ("confirmation_gap", "Israel said it had killed 20 militants, but Hamas said only civilians had died."),
    (
        "confirmation_gap",
        "Egypt said a deal had been reached, but Israeli officials said there was no agreement yet.",
    ),
    ("ceasefire", "Neither side has violated the truce since it took effect on Monday, the monitors said."),
    ("ceasefire", "The truce has not been breached since it began at noon, officials said."),
    ("ceasefire", "The two sides agreed to a truce after talks."),
    (
        "confirmation_gap",
        "The RSF said it had seized the airport in Nyala. But Sudan's army said its soldiers still controlled the base.",
    ),
    (
        "confirmation_gap",
        "Israel said the truce had begun. However, Hamas officials said Israeli strikes continued in Rafah.",
    ),
    (
        "confirmation_gap",
        "Qatar announced a truce on Friday. But Hamas said Israeli shelling continued overnight.",
    ),
    ("ceasefire", "Under the deal announced by Qatar, fighting will pause for four days starting Friday."),
    # ninth-session round: talks that collapse are no truce violation; a truce not breached holds;
    # an extension of a truce named earlier; a fronted "Calling ... a lie"; an organisation by cue
    ("ceasefire", "Kenya Announces Two-Day Extension of Jonglei Truce After Talks Collapse"),
    ("ceasefire", "A militia commander said the truce had not been violated despite shots heard overnight."),
    (
        "ceasefire",
        "The truce was due to expire on Friday. Kenya said both militias had agreed to extend it by a week.",
    ),
    (
        "confirmation_gap",
        'Calling the ministry\'s account "pure fiction", an FDLR spokesman said its fighters had not crossed the river.',
    ),
    (
        "confirmation_gap",
        "Sonatrach, which runs the terminal, did not respond to a request for comment on the drone claim.",
    ),
    ("confirmation_gap", "The Frente del Sur denied that any of its members had been in the village."),
    # tuning round on blind batches aj/al/an: a parenthetical before the truce, "stop shooting", an
    # initialled truce, self-defence is no condition, "the state health department", "never agreed to"
    (
        "ceasefire",
        "The militia said it had agreed, through priests in the valley, to a three-day halt to fighting.",
    ),
    ("ceasefire", "Church leaders said the two gangs had agreed to stop shooting and hand over their guns."),
    ("ceasefire", "The mediator said both delegations had initialled the truce text in Arusha."),
    (
        "ceasefire",
        "Troops halted their advance at dawn in line with the truce and would fire only if attacked, the army said.",
    ),
    (
        "confirmation_gap",
        "The provincial health department neither confirmed nor denied the hospital's figure.",
    ),
    ("confirmation_gap", "Militia leaders say they never agreed to AU truce in Cabo Delgado"),
    (
        "toll_revision",
        "Forty people have now died, the governor said - six more than the figure given on Monday.",
    ),
    ("toll_revision", "Police, who had first counted nine dead, now put the number at 14."),
    # a round on blind batches ak/am/ao: embassies, portfolio ministries, a denied deal, "no deal had
    # been struck", "the owners"
    ("confirmation_gap", "Kenya's embassy in Kampala dismissed the smuggling allegation on Friday."),
    ("confirmation_gap", "The justice ministry rejected the monitors' figure as inflated."),
    ("confirmation_gap", "Nigerian army chief denies ransom deal with kidnappers"),
    (
        "confirmation_gap",
        "General Omar Ali, who heads Chad's army, said no deal had been struck with the rebels.",
    ),
    (
        "confirmation_gap",
        "The union accused the mill's owners of hiding deaths; the owners have not responded.",
    ),
    # a round on blind batches ap/ar/at (real states): orders to hold fire, "no reports of violations",
    # relative clauses, object relatives, "contradicting <party>", "asked about ...", standing by an account
    (
        "ceasefire",
        "Kenya said it had instructed its troops on the border to hold their fire while mediators met.",
    ),
    ("ceasefire", "Monitors received no reports of violations in the first 48 hours of the Tigray truce."),
    (
        "ceasefire",
        "Aid convoys moved under the truce, which both sides said on Sunday was broadly being observed.",
    ),
    (
        "confirmation_gap",
        'Kyiv said its drones had hit the depot, an account the Russian defence ministry dismissed as "fiction".',
    ),
    ("confirmation_gap", "Hamas said it still held the crossing, contradicting the Israeli military."),
    (
        "confirmation_gap",
        "Asked about reports that its jets had struck the market, the Saudi-led coalition said it was looking into them.",
    ),
    (
        "confirmation_gap",
        "Asked about Moscow's assertion, a Ukrainian army spokesman said Kyiv stood by its account of the strike.",
    ),
    (
        "toll_revision",
        "Fatalities linked to the cholera outbreak in Yemen had reached sixty by Friday, the WHO said.",
    ),
    ("toll_revision", "In an updated report, Sudan's health ministry said 85 people had died in the floods."),
    # a round on blind batches aq/as/au: commitments, "never happened", object relatives of an event,
    # trade modifiers of a company, validation, trimmed tolls
    ("ceasefire", "The militia said in a statement that it would abide by the truce from midnight."),
    (
        "confirmation_gap",
        "What Moscow presented as a strike on a NATO depot never happened, Poland's defence ministry said.",
    ),
    ("confirmation_gap", "Rebels ambushed a convoy near Goma, an attack the M23 denied."),
    (
        "confirmation_gap",
        "The shipping company that owns the tanker did not respond to requests for comment on the Iranian claim.",
    ),
    (
        "confirmation_gap",
        "The governor counted 40 dead, a figure the health ministry said it had yet to validate.",
    ),
    ("toll_revision", "Nepal trims landslide death toll after duplicate entries found"),
    # a round on blind batches av/ax/az: suspended armed actions, a night without a breach, a figure
    # revised without numbers, new deaths one by one, a level after new bodies
    ("ceasefire", "The ELN said on Sunday it was suspending all armed actions in Arauca for ten days."),
    ("ceasefire", "The first night of the truce passed without a single breach, Kenya's army said."),
    ("ceasefire", "The army said it would observe a humanitarian pause around the camp until Sunday."),
    (
        "toll_revision",
        "Kenya's figure of nine dead has since been revised, a police spokesman said, without giving a new number.",
    ),
    (
        "toll_revision",
        "Two soldiers who had been flown to hospital in Gao with burns died overnight, bringing to seven the number of troops killed.",
    ),
    (
        "toll_revision",
        "After four more bodies were found in the rubble, the figure for the dead stands at 19, officials said.",
    ),
    # a round on blind batches aw/ay/ba: endorsed truces, headlines with "reach", a body washed ashore,
    # a possessive before the toll, a railway authority
    (
        "ceasefire",
        "The presidents of Armenia and Azerbaijan endorsed the ceasefire their defence chiefs had reached.",
    ),
    ("toll_revision", "Deaths from Kenya floods reach 61"),
    (
        "toll_revision",
        "A boy's body that washed ashore near Mombasa took the number of dead to 22, police said.",
    ),
    ("toll_revision", "Nine more deaths were reported overnight, taking the province's flood toll to 70."),
    (
        "confirmation_gap",
        "The railway authority denied passengers' accounts that the train had been speeding.",
    ),
    # a round on blind batches bb/bd/bf: suspending operations, a truce in place, intact, reached in
    # apposition, unanswered calls, a dismissed count, fewer than an announced figure, deaths that bring a total
    (
        "ceasefire",
        "The ADF said on Monday it was suspending offensive operations for as long as the talks continue.",
    ),
    (
        "ceasefire",
        "Shops reopened in Bunia, where a ceasefire between the army and CODECO has been in place since Friday.",
    ),
    ("ceasefire", "The truce around Kidal looked largely intact on Sunday, residents said."),
    (
        "ceasefire",
        "Under the truce, reached after a week of talks in Nairobi, both armies are to stay in their positions.",
    ),
    (
        "confirmation_gap",
        "Repeated calls to Chad's defence ministry seeking comment on the claim went unanswered.",
    ),
    ("confirmation_gap", "The count was dismissed by the government spokesman as fanciful."),
    (
        "toll_revision",
        "The ministry said 44 people were now known to have died, fewer than the 47 it had announced on Saturday.",
    ),
    (
        "toll_revision",
        "The new deaths bring to more than 300 the number of people killed by the rains since March.",
    ),
    # a round on blind batches bh/bj/bl: halted shooting, modal starts in a relative clause, an
    # arrangement reached, "no extension had been agreed", a correctional service, a figure brought down
    ("ceasefire", "Kyrgyzstan, Tajikistan halt border shooting after night of clashes"),
    (
        "ceasefire",
        "Under the arrangement, which Qatar said would come into force at midnight, neither army may fly drones.",
    ),
    (
        "ceasefire",
        "The army said its units had stopped firing at noon, in keeping with the arrangement reached with the rebels.",
    ),
    (
        "confirmation_gap",
        "Moscow said Kyiv had agreed to extend the moratorium, but Ukraine's foreign ministry said no extension had been agreed.",
    ),
    ("confirmation_gap", "A correctional service spokesperson rejected the police figure as exaggerated."),
    (
        "toll_revision",
        "The agency brought its figure down to 289 from 321, saying the number of dead had included duplicates.",
    ),
    (
        "confirmation_gap",
        "Mali's army spokesman spoke in Bamako. The militia's claim to have downed the jet, he said, was \"completely false\".",
    ),
    # round eleven (kinds read in dn-ds after their blind measurement)
    (
        "ceasefire",
        "The two navies agreed to renounce the use of force along the disputed strait, the mediators said.",
    ),
    (
        "ceasefire",
        "Army headquarters said the operational pause in the valley would continue through Friday.",
    ),
    (
        "toll_revision",
        "The toll climbed by 41 overnight to 612, the ministry said, while the number of injured reached 1,900.",
    ),
    (
        "confirmation_gap",
        "The navy said in a statement from its press office, signed by Rear Admiral Ola Berg, that it had not fired on the trawler.",
    ),
    ("confirmation_gap", "Georgia's border police said they knew of no clashes near the crossing."),
    ("confirmation_gap", "Kabul said the militia had no connection to the blast at the depot."),
    (
        "confirmation_gap",
        "The interior minister said early evidence did not point to the rebels as the authors of the bombing.",
    ),
    ("confirmation_gap", "Rebels say they shot down army helicopter; army denies loss"),
    ("confirmation_gap", "Separatists fire on border post, Ankara says; PKK denies role"),
    (
        "confirmation_gap",
        "The militia said it had retaken the bridge. The army said fighting for the crossing goes on.",
    ),
    (
        "confirmation_gap",
        "The rebels said the soldiers were still in the valley, contradicting the ministry's assurances that they had left.",
    ),
    ("confirmation_gap", "Sudan's army negotiator said no such pledge appeared anywhere in the signed text."),
    (
        "confirmation_gap",
        "Parents accused the city of hiding the death toll; the mayor's office said no figures had been withheld.",
    ),
    (
        "confirmation_gap",
        "The county gave a toll of 19, a number the state emergency agency said it was still validating.",
    ),
    ("confirmation_gap", "Karen regional officials did not comment on the account."),
    ("confirmation_gap", "The paramilitary denied looting the market, calling the footage staged."),
    (
        "confirmation_gap",
        "Relatives said a dozen prisoners had died of hunger; the ministry's statement made no reference to the deaths.",
    ),
    (
        "confirmation_gap",
        "The rebels said they had taken the pass. The defence ministry insisted its troops still held the ridge.",
    ),
    (
        "confirmation_gap",
        "The port authority insisted the cargo had been stored safely. Dock workers said they had warned about it for years.",
    ),
    # round twelve (kinds read in dt-dy after their blind measurement)
    ("ceasefire", "Ethiopia's army halts Tigray offensive for the harvest"),
    (
        "ceasefire",
        "The air force suspended its ground and air assault on the rebel-held port for six hours from dawn, a spokesman said.",
    ),
    (
        "ceasefire",
        "The commander said his troops would hold off on offensive operations in the valley under the deal.",
    ),
    ("ceasefire", "The envoy said military action in the old city had stopped at noon."),
    (
        "ceasefire",
        "The president ordered the army to confine themselves to defensive operations for 72 hours over the holiday.",
    ),
    ("ceasefire", "The separatists said they had decided to silence their guns along the northern front."),
    (
        "ceasefire",
        "Kyiv halted strikes on the port for four hours on Monday, the first pause in its three-week offensive.",
    ),
    (
        "confirmation_gap",
        "Moscow said the convoy was hit by a drone; Kyiv said the raid did not violate the ceasefire.",
    ),
    (
        "confirmation_gap",
        "The militia said it had shot down two army drones; the air force would not give a figure.",
    ),
    ("confirmation_gap", "The interior ministry questioned the figures compiled by the monitoring group."),
    (
        "confirmation_gap",
        "The rebels said they had lost 30 fighters and killed 200 soldiers, figures sharply at odds with the army, which says 12 of its soldiers died.",
    ),
    ("confirmation_gap", "Baku's account that Armenian troops fired first has been dismissed by Yerevan."),
    (
        "confirmation_gap",
        "Washington says thousands of foreign fighters are in the province, a charge Tehran continues to deny.",
    ),
    (
        "confirmation_gap",
        "Separatist leaders accused government troops of shelling the school, while the army blamed a rebel mortar crew.",
    ),
    ("confirmation_gap", "The navy said neither its ships nor the coast guard's had fired on the trawler."),
    (
        "confirmation_gap",
        "The army approved the agreement, but the rebel alliance said it had not yet decided whether to sign it.",
    ),
    (
        "confirmation_gap",
        "The power company disputed the state's claim that its lines had started the blaze.",
    ),
    ("toll_revision", "The ambush took to 64 the number of police killed in the district since January."),
    ("toll_revision", "Officials said 31 people had now died, as three of the injured succumbed overnight."),
    (
        "toll_revision",
        "The monitoring group, which had put the toll at 812 in March, has since revised it to 790.",
    ),
    (
        "toll_revision",
        "The governor, who had said 30 people died in the raid, corrected himself later, saying only two were confirmed dead.",
    ),
    (
        "toll_revision",
        "The army said the number of militant bodies found in the forest had risen to 86 from 60.",
    ),
    # round thirteen (kinds read in ea-ed after their blind measurement)
    (
        "ceasefire",
        "The rebel command and the army signed a protocol under which both sides end hostilities at dawn.",
    ),
    (
        "ceasefire",
        "The holiday truce in the highlands was largely quiet, the army said, with no major clashes in its first day.",
    ),
    (
        "ceasefire",
        "The first day under the new ceasefire passed without any reported clashes, the interior ministry said.",
    ),
    (
        "ceasefire",
        "The guerrillas said their fighters would hold their fire from Dec. 31 to Jan. 2, the army said.",
    ),
    (
        "confirmation_gap",
        "The rebels said they had declared a truce at noon, but the army said it had been told of no truce.",
    ),
    (
        "confirmation_gap",
        "The rebels said they had retaken the town. Federal commanders said the town remained under their control.",
    ),
    (
        "confirmation_gap",
        "The rebels' negotiators would neither confirm nor deny reports that their leader had been wounded.",
    ),
    (
        "confirmation_gap",
        "The ministry said all its jets were accounted for, which runs counter to the rebels' claim to have shot one down.",
    ),
    (
        "confirmation_gap",
        "The separatists said 300 people had died, a figure Kyiv said it had no way of checking.",
    ),
    ("confirmation_gap", "A ministry spokesman said the rebels' unilateral truce existed only on paper."),
    ("confirmation_gap", "Governor Ruiz says 5,000 flood death estimate is too high"),
    (
        "confirmation_gap",
        "The agency said it did not know where the Red Cross figure had come from and was standing by its own tally.",
    ),
    (
        "confirmation_gap",
        "Syrian officials said the real number was far lower and accused the monitors of inflating it.",
    ),
    ("toll_revision", "Officials put the quake dead at 1,300, far above their own earlier count."),
    (
        "toll_revision",
        "The commission named 4,100 victims, replacing a 2019 report that put the number of dead at about 900.",
    ),
    (
        "toll_revision",
        "Nine wounded soldiers died of their wounds overnight, bringing the number killed in the ambush to 21.",
    ),
    (
        "toll_revision",
        "The new figure, up from 812 on Monday, includes bodies found in the river, a spokesman said.",
    ),
    (
        "toll_revision",
        "The fire service had issued earlier tallies of 12 and then 19 dead before giving 27 on Friday.",
    ),
    (
        "toll_revision",
        "A fourth miner died in hospital on Sunday of burns suffered in the blast the day before, raising the toll from three.",
    ),
    # round fourteen (kinds read in ee-ej after their blind measurement)
    (
        "ceasefire",
        "The junta has decided on an immediate ceasefire and a halt to all military operations, its spokesman said.",
    ),
    (
        "ceasefire",
        "The president declared that the war was over, saying the army had wound up its offensive in the east.",
    ),
    (
        "ceasefire",
        "The envoy said he had received assurances from both armies that the truce would be fully respected.",
    ),
    (
        "ceasefire",
        "A three-day truce was announced in the valley. Army officers said they were still observing the lull on Friday.",
    ),
    (
        "ceasefire",
        "A holiday truce was declared in the north. By Monday morning the front near the dam was quiet, officers said.",
    ),
    (
        "confirmation_gap",
        "The rebels accused the army of breaking the truce. A rebel spokesman rejected that and said it was the army that had fired first.",
    ),
    ("confirmation_gap", "The militia leader denies coup plot, says the president is purging rivals"),
    (
        "confirmation_gap",
        "The army spokesman denied government troops had gone on the offensive near the river.",
    ),
    (
        "confirmation_gap",
        "The rebels said they had shot down a helicopter; the army said its troops had only returned fire after being attacked.",
    ),
    (
        "confirmation_gap",
        "The electoral board said 88 percent had backed the charter; the opposition rejected the result.",
    ),
    (
        "confirmation_gap",
        "The monitors said drones had struck the market, findings the defence ministry rejected.",
    ),
    (
        "confirmation_gap",
        "The prosecutor said new remains disproved the former government's claim about the bodies.",
    ),
    ("confirmation_gap", "Kenyan officials said they had seen no evidence of any pullback by the rebels."),
    (
        "confirmation_gap",
        "The rebels said they had taken the airport. There was no immediate word from Ruto's camp.",
    ),
    ("confirmation_gap", "The army said it had retaken the port; the rebels say the town still theirs"),
    (
        "confirmation_gap",
        "The monitoring mission said the guerrillas had ended their truce. Medina's office made no immediate comment on the announcement.",
    ),
    (
        "confirmation_gap",
        "The rebels said no ceasefire was being observed on the ground despite the government's announcement.",
    ),
    ("toll_revision", "Quake toll nearly doubles to 4,100 in new official count"),
    (
        "toll_revision",
        "The death toll from the fighting, in which militias and the army have traded artillery fire for a week, has risen to more than 400.",
    ),
    (
        "toll_revision",
        "At least 9,000 people have died in the camps, the agency said, sharply higher than the 6,000 estimated in June.",
    ),
    # a counter-account that "gave a different account" (the evidence exclusion above must not take it)
    (
        "confirmation_gap",
        "Rwanda gave a different account of the attack, saying its troops had only answered provocations.",
    ),
    # round fifteen (kinds read in ek-ep after their blind measurement)
    (
        "ceasefire",
        "The prime minister announced that troops would stop operations against the guerrillas from Friday.",
    ),
    (
        "ceasefire",
        "Negotiators signed a code of conduct for their truce, which both sides said had so far survived without a serious breach.",
    ),
    ("ceasefire", "The rebel command said its units had been told to hold their fire from midnight."),
    ("ceasefire", "A rebel commander said his fighters remained bound by their ceasefire with the army."),
    (
        "ceasefire",
        "The government and the rebels agreed to revive their lapsed cessation of hostilities until March.",
    ),
    (
        "ceasefire",
        "The two sides signed a 60-day ceasefire in Accra, a year after the collapse of the earlier accord.",
    ),
    ("ceasefire", "Militants announce two-week ceasefire to restart talks"),
    ("ceasefire", "Two days into the truce, a U.N. spokesman said the front line looked relatively calm."),
    ("ceasefire", "The foreign ministry declared on Monday that hostilities with the rebels were at an end."),
    (
        "ceasefire",
        "The mediator said most rebel commanders he had been able to reach had signed up to the truce.",
    ),
    (
        "confirmation_gap",
        "A rebel statement boasted that its fighters had seized 40 rifles; the army called that a fabrication.",
    ),
    (
        "confirmation_gap",
        "The army raised its count of rebels killed to 90. The Maoists have not commented on the figure.",
    ),
    (
        "confirmation_gap",
        "The rebels said the raid killed scores of militiamen, something army officials rejected.",
    ),
    (
        "confirmation_gap",
        "The ministry said it had found no evidence that the gunman had been trained abroad.",
    ),
    (
        "confirmation_gap",
        "The navy admitted to losing only two helicopters, far fewer than the rebels claimed.",
    ),
    (
        "confirmation_gap",
        "The ministry said the bridge was safe, an account the engineers' union contradicted.",
    ),
    ("confirmation_gap", "The operator hit back, saying no faults had been detected during its inspections."),
    (
        "confirmation_gap",
        "The rebels said they had captured the bridge. The army said its troops had repelled the assault.",
    ),
    (
        "toll_revision",
        "Soldiers found more bodies in the hills, lifting the death toll from the clashes to 61.",
    ),
    (
        "toll_revision",
        "Divers recovered more bodies from the wreck, taking the death toll to 144, officials said.",
    ),
    ("toll_revision", "Officials raise ferry death estimate to 1,200"),
    ("toll_revision", "Officers cut their estimate of enemy dead at the ridge to about 40 from 200."),
    (
        "toll_revision",
        "Troops recovered more bodies on Tuesday, lifting to 52 the number of civilians killed in the raid.",
    ),
    # round sixteen (kinds read in eq-ev after their blind measurement)
    (
        "ceasefire",
        "The commanders signed a protocol that provides for an immediate cessation of hostilities along the river.",
    ),
    ("ceasefire", "The two armies inked the ceasefire agreement in the capital on Thursday morning."),
    ("ceasefire", "The rebels said they had stopped their advance on the port and would join talks."),
    (
        "ceasefire",
        "The army and the guerrillas have agreed to refrain from violence through the holiday, the mediator said.",
    ),
    ("ceasefire", "Government and separatists sign truce at Nairobi talks"),
    (
        "confirmation_gap",
        "A rebel spokesman said none of its fighters had been involved in the raid on the church.",
    ),
    ("confirmation_gap", "The group's spokesman said it had no hand in the bombing."),
    ("confirmation_gap", "The ministry said its own readings did not back the monitors' finding."),
    (
        "confirmation_gap",
        "A group claimed the bombing online, but Danish police said they had found nothing linking the attack to any militant network.",
    ),
    ("confirmation_gap", "The operator denied ever planning to evacuate the whole plant."),
    (
        "confirmation_gap",
        "The statement claimed a second blast in the north, where French police said no attack had occurred.",
    ),
    ("confirmation_gap", "Oslo prosecutors said they were convinced no such network existed."),
    (
        "confirmation_gap",
        "Army officers brushed the announcement aside, saying infiltration attempts had not stopped.",
    ),
    (
        "toll_revision",
        "The official death toll had leapt to more than 9,000, from about 6,500 a day earlier.",
    ),
    (
        "toll_revision",
        "Divers recovered another body from the lake, taking the number of dead to 41, police said.",
    ),
    (
        "toll_revision",
        "The number of dead climbed through the night from around 12 to at least 40, officials said.",
    ),
    (
        "toll_revision",
        "The ministry said 62 people had died. That was up from the 48 dead it announced in the morning.",
    ),
    # round seventeen positives
    (
        "ceasefire",
        "A six-hour truce took effect in the town at dawn, and families hurried back to their shattered homes.",
    ),
    (
        "ceasefire",
        "The interior minister announced that the government had concluded a ceasefire agreement with the rebels.",
    ),
    ("ceasefire", "The army declared a three-hour humanitarian window in the old city from noon on Tuesday."),
    (
        "ceasefire",
        "The command said guns would fall silent for four hours on Saturday so that residents could leave.",
    ),
    (
        "ceasefire",
        "The militia's truce, declared by its founder in June 2018, is still holding along the river, the group said.",
    ),
    (
        "ceasefire",
        "The two leaders met on Monday, a week after agreeing a truce that both sides said had been respected so far.",
    ),
    ("ceasefire", "Troops halted the advance into the old quarter for a day to let trapped civilians leave."),
    (
        "confirmation_gap",
        "The governor said Monday his administration had made no ceasefire deal with the bandits.",
    ),
    (
        "confirmation_gap",
        "A rebel spokesman called the army's numbers lies and said the group had lost two fighters.",
    ),
    (
        "confirmation_gap",
        "Monitors said the strike killed 40 people, a figure the air force has so far declined to revise.",
    ),
    (
        "confirmation_gap",
        "The coalition said troops had taken the bridge, stopping short of endorsing the general's claim that the city had fallen.",
    ),
    ("confirmation_gap", "The ministry said it had found no sign that the clinic had been shelled."),
    (
        "confirmation_gap",
        "The rebels blamed an air raid for the fire, but the army said it was caused by a gas leak.",
    ),
    (
        "confirmation_gap",
        "The navy said the fishermen had fired first, adding that it was still looking into the episode.",
    ),
    (
        "confirmation_gap",
        "Villagers accused the guards of burning the market. The UN mission said it had opened an inquiry.",
    ),
    ("confirmation_gap", "The air force said it had conducted no strikes in the district that week."),
    ("toll_revision", "Night raids pushed the region's death toll past 400, the health ministry said."),
    ("toll_revision", "Bodies recovered from the collapsed tower rise to 48"),
    ("toll_revision", "The agency said its figures had been updated after three of the wounded died."),
    # round eighteen positives
    (
        "ceasefire",
        "Army and rebel negotiators agreed on Friday to an indefinite moratorium on hostilities in the north.",
    ),
    (
        "ceasefire",
        "The two commanders signed a military accord on Monday providing for a permanent cease-fire along the valley.",
    ),
    (
        "ceasefire",
        "The separatist group said it had decided on the definitive cessation of its armed activity.",
    ),
    ("ceasefire", "Rebel group announces end to armed campaign"),
    (
        "ceasefire",
        "The envoy said the truce in the east had largely held for three weeks despite violations by both sides.",
    ),
    (
        "ceasefire",
        "The monitors said the ceasefire had been observed across the province, with only a handful of violations logged.",
    ),
    ("ceasefire", "The government and the rebels sign peace accord in Nairobi"),
    (
        "confirmation_gap",
        "The army said it had shelled the rebel base. There was no immediate response from the Zapatistas.",
    ),
    (
        "confirmation_gap",
        "The rebels said they had shot down a helicopter; UNITA has not confirmed the loss.",
    ),
    (
        "confirmation_gap",
        "Georgian officials in the besieged town said they had been told nothing of any truce.",
    ),
    (
        "confirmation_gap",
        "The rebels accused the army of shelling the market; a military spokesman said troops were only defending their lines.",
    ),
    ("confirmation_gap", "The militia commander denied his fighters had any part in the ambush."),
    (
        "confirmation_gap",
        "The government said it still considered the group the main suspect despite its denial.",
    ),
    (
        "confirmation_gap",
        "The rebels said they had handed back the trucks, but the UN mission said it had yet to receive any of them.",
    ),
    (
        "confirmation_gap",
        "The mayor said snipers were still in the towers, a claim peacekeepers said they were looking into.",
    ),
    (
        "confirmation_gap",
        "The rebel leader told reporters at his farm that his men were not holding any hostages.",
    ),
    (
        "toll_revision",
        "Officials said 90 people had been killed, far more than the 40 dead reported earlier in the day.",
    ),
    # round nineteen positives
    (
        "ceasefire",
        "The president said troops would stop firing within a 20-kilometre radius of the dam so engineers could work.",
    ),
    (
        "ceasefire",
        "Observers arrived to oversee a ceasefire between the army and the rebels that has largely held since May 2019.",
    ),
    ("ceasefire", "Negotiators said the 2015 truce with the rebels remained in force despite the clashes."),
    ("confirmation_gap", "Soviet officials said they knew of no accident at the plant."),
    ("confirmation_gap", "The navy said none of its ships had been anywhere near the tanker."),
    (
        "confirmation_gap",
        "The prosecutor said investigators had found nothing to back the army's theory of a mine.",
    ),
    (
        "confirmation_gap",
        "A separatist leader said the recordings released by the security service had been faked.",
    ),
    ("confirmation_gap", "The Tigers neither confirmed nor denied that they had attacked the convoy."),
    ("confirmation_gap", "The rebels declared a truce on Monday. There was no word from the armed forces."),
    (
        "confirmation_gap",
        "The widow accused the mayor of ordering the killings. The Dela Cruz family did not respond.",
    ),
    ("confirmation_gap", "The minister said later that the government had not consented to any truce."),
    ("confirmation_gap", "Marchetti told magistrates that he had not abandoned the ferry."),
    (
        "confirmation_gap",
        "The Greek and Turkish governments said they were looking into the new footage of the wreck.",
    ),
    ("confirmation_gap", "Chechen commanders said that no pause had been observed where they were."),
    ("toll_revision", "The airline said 151 people were killed, revising its first figure of 148."),
    (
        "toll_revision",
        "Divers recovered two more bodies, bringing the confirmed death toll from the sinking to 21.",
    ),
    # round twenty positives
    (
        "ceasefire",
        "The rebels said on Tuesday they would hold their fire so the Red Crescent could evacuate the wounded.",
    ),
    (
        "ceasefire",
        "The president ordered the armed forces to suspend air raids and artillery fire in the north.",
    ),
    (
        "ceasefire",
        "The prime minister said in a televised address on Friday that troops would stop firing along the border from dawn.",
    ),
    ("confirmation_gap", "An army spokesman said he knew of no order to shell the camp."),
    (
        "confirmation_gap",
        "In a statement, the Falange party said none of its members had set foot in the village.",
    ),
    ("confirmation_gap", "Damascus said its soldiers had taken no part in any attack on the town."),
    (
        "confirmation_gap",
        "The head of the Greek builders' association rejected the blanket blame, saying inspectors had approved every plan.",
    ),
    (
        "confirmation_gap",
        "The medical council estimated 9,000 deaths, a figure the government says has no basis.",
    ),
    ("confirmation_gap", "UNICEF took issue with the charity's description of the outbreak."),
    (
        "confirmation_gap",
        "The government rejected a warning from the aid group that the epidemic was out of control.",
    ),
    ("confirmation_gap", "The world body has never confirmed or denied that its troops brought the disease."),
    (
        "confirmation_gap",
        "The police said they had found nothing to show that any of the claims was genuine.",
    ),
    ("confirmation_gap", "The sect has denied that it made the gas."),
    (
        "toll_revision",
        "Workers recovered two more bodies, taking the toll from the blast to 41, officials said.",
    ),
    (
        "toll_revision",
        "About 900 people died in the heatwave, the minister said, raising the government's estimate from the 600 it gave.",
    ),
    (
        "toll_revision",
        "Rescuers raised the confirmed death toll to 30 on Friday, and the governor said he expected the number to keep rising.",
    ),
    # round twenty-one positives
    ("ceasefire", "The two leaders declare halt to violence at border summit"),
    ("ceasefire", "The president and the rebel chief said they had agreed to end all acts of violence."),
    (
        "ceasefire",
        "The armed factions agreed on Monday to keep up a period of calm with the government until March.",
    ),
    (
        "confirmation_gap",
        "The newspaper said its reporter had been shot by soldiers. The army said it was looking into the circumstances of his death.",
    ),
    ("confirmation_gap", "The government accused the private press of inflating the tolls."),
    (
        "confirmation_gap",
        "The army said the men were building bombs; the group denied they were planning any attack.",
    ),
    (
        "confirmation_gap",
        "Families say 3,000 people have died since the leak, a figure the state government has never accepted.",
    ),
    (
        "confirmation_gap",
        "The authorities kept refusing to confirm the doctors' assessment that a nerve agent had been used.",
    ),
    ("confirmation_gap", "The rebel leader's camp says the leadership had no advance knowledge of the raid."),
    ("confirmation_gap", "Police said soldiers crossed the border, and Interfet denied it."),
    ("toll_revision", "The daily said its count of the Kibeho dead had been revised up to 300."),
    ("toll_revision", "UN says number of its local staff killed rises to seven"),
    ("toll_revision", "The army's losses in the battle for the town climb to 31"),
    # round twenty-two positives
    (
        "ceasefire",
        "A peace deal between the army and the militia took hold in the city on Friday as the fighters filed out.",
    ),
    (
        "ceasefire",
        "The army held its fire in parts of the valley for four hours on Monday to let aid convoys in.",
    ),
    ("ceasefire", "The government and the rebels sign deal to end 30-year war"),
    (
        "ceasefire",
        "Elders of the two clans agreed on Sunday to a cessation of attacks on each other's villages.",
    ),
    ("confirmation_gap", "Georgian officials called the figures a gross exaggeration."),
    (
        "confirmation_gap",
        "A spokesman for the enclave's Abkhaz leadership said it had signed up to no truce.",
    ),
    (
        "confirmation_gap",
        "The army said it had taken the town; opposition fighters said they had not been dislodged.",
    ),
    ("confirmation_gap", "Insurgent leaders gave no word on whether they would observe the halt."),
    (
        "confirmation_gap",
        "The rebels said they had downed a helicopter. The army said it was looking into the cause.",
    ),
    (
        "confirmation_gap",
        "Police called the killing a robbery, but the opposition said the police version was a cover-up.",
    ),
    ("confirmation_gap", "The families' association rejected the prosecutors' decision to close the case."),
    (
        "confirmation_gap",
        "The rebels said they had taken two towns; the army acknowledged only that it had left one of them.",
    ),
    (
        "toll_revision",
        "The number of U.S. soldiers killed in the province this month climbed past 50 on Sunday.",
    ),
    (
        "toll_revision",
        "Rescuers pulled 40 more bodies from the rubble, pushing the death toll to over 900, officials said.",
    ),
    ("toll_revision", "The airline said 131 people had died on board, not the 130 it announced on Monday."),
    (
        "toll_revision",
        "An inquiry put the number who died aboard the ferry at 1,200, almost double the 650 dead announced at first.",
    ),
    # round twenty-three positives
    (
        "ceasefire",
        "The troops have stopped raids and patrols in the south and will open fire only in self-defence.",
    ),
    ("ceasefire", "The factions reaffirmed their cessation of hostilities at a summit on Friday."),
    (
        "ceasefire",
        "The army agreed to hold off air raids on the capital for several hours so foreigners could leave.",
    ),
    ("ceasefire", "Both leaders agreed to an immediate moratorium on air strikes, the envoy said."),
    (
        "ceasefire",
        "A month after it was brokered, the ban on air raids between the two countries is holding, diplomats said.",
    ),
    (
        "confirmation_gap",
        "The envoy said the militia had planned the attacks, a charge its spokesmen brushed aside.",
    ),
    (
        "confirmation_gap",
        "The president blamed the rebel faction for the attack. The faction denied any part in it.",
    ),
    (
        "confirmation_gap",
        "An officer put the number of dead at 12, a figure the U.S. Marines did not accept.",
    ),
    (
        "confirmation_gap",
        "The government said the envoy had invented a massacre to give the alliance a pretext.",
    ),
    (
        "confirmation_gap",
        "Serbian officials said the move did not mean they accepted the envoy's version, which they went on calling a fabrication.",
    ),
    ("confirmation_gap", "Serbian officials called the pathologists' findings politically motivated."),
    (
        "confirmation_gap",
        "The army said 900 guerrillas had been killed. The rebels' office dismissed that as propaganda.",
    ),
    ("confirmation_gap", "A government spokeswoman called the figure a fantasy."),
    ("toll_revision", "Indian army dead in the northern offensive rise to 150"),
    # round twenty-four positives
    (
        "ceasefire",
        "The envoy said the cease-fire had broadly held since October despite several serious incidents.",
    ),
    (
        "ceasefire",
        "Two weeks on, the cease-fire is broadly holding, though monitors logged scattered violations in the north.",
    ),
    ("confirmation_gap", "The guerrillas said they had seized the village. Amal made no immediate comment."),
    (
        "confirmation_gap",
        "The militia said it had hit the town with rockets; the army would not say where the rockets landed.",
    ),
    (
        "confirmation_gap",
        "The militia, which took no part in the talks, said it had not committed itself to anything.",
    ),
    (
        "confirmation_gap",
        "A military spokesman denied reports that commanders had offered the rebels a truce before the assault.",
    ),
    (
        "confirmation_gap",
        "Scholars accused the army of burning the library. The army said the fire was started by the militants.",
    ),
    (
        "confirmation_gap",
        "The state home department would neither confirm nor deny reports that ministers sat in the control room.",
    ),
    ("confirmation_gap", "The rebels blamed an air strike. The army said it was looking into the blasts."),
    (
        "confirmation_gap",
        "A military spokesman said an enemy missile could have caused the blast and the matter was under investigation.",
    ),
    (
        "confirmation_gap",
        "Italian investigators said no such footage had been found, and the officer in charge called the reports completely wrong.",
    ),
    (
        "toll_revision",
        "The army's figure of 95 dead is far higher than the 60 soldiers' deaths it announced last month.",
    ),
    (
        "toll_revision",
        "The airline said 150 people had been on board, bringing the number of victims to 150.",
    ),
    ("toll_revision", "Officials said the casualty list had been updated overnight."),
    # round twenty-five positives
    (
        "ceasefire",
        "The truce is due to run until March 3, and both sides are to hand over lists of prisoners.",
    ),
    (
        "confirmation_gap",
        "Market raid toll climbs to 40; the air force says its jets hit only military sites",
    ),
    (
        "confirmation_gap",
        "The militia leader dismissed as a fabrication the satellite photographs the envoy showed the council.",
    ),
    (
        "confirmation_gap",
        "Moscow called the report one-sided and said it did not prove that government forces were to blame.",
    ),
    ("confirmation_gap", "The ministry quoted an official as saying the reports were a fabrication."),
    ("confirmation_gap", "Prime minister denies government is hiding storm dead"),
    # round twenty-six (gy-hd): a truce prolonged, still standing, kept to; a halt with its self-defence
    # exception; a unilateral truce begun on a stated day; an attack disowned; neither admitted nor denied;
    # a seat of government by its palace; an estimate multiplied
    (
        "ceasefire",
        "The next morning the junta said it, too, would prolong the truce, until the end of the month.",
    ),
    ("ceasefire", "Rebels suspend their pullback but say the truce still stands"),
    ("ceasefire", "The militia said its men would keep to the cease-fire for now, despite the arrests."),
    (
        "ceasefire",
        "The movement ordered its units to halt offensive operations unless they came under attack.",
    ),
    ("ceasefire", "The insurgents said they would begin an indefinite unilateral truce on March 3."),
    (
        "confirmation_gap",
        "The group's spokesman disowned the bombing of the market, which a splinter faction had claimed.",
    ),
    (
        "confirmation_gap",
        "The militia commander neither admitted nor denied a role in the ambush on the convoy.",
    ),
    (
        "confirmation_gap",
        "The Elysee has yet to respond to the announcement the rebels made on Friday.",
    ),
    (
        "toll_revision",
        "The outbreak has now killed about 900 people, the ministry said, nearly twice its estimate of last week.",
    ),
    # round twenty-seven (he-hj): a truce taking hold; a leader's circle by his name; a denial of presence;
    # "insisted ... not involved"; a pronoun denial after the claim; contested, disagreed with, an
    # explanation rejected; a side's dead climbing; a list of the dead revised; a figure raised "before"
    ("ceasefire", "Artillery falls quiet along the river as truce takes hold"),
    (
        "confirmation_gap",
        "The rebels claimed the airport on Monday. There was no immediate response from Karimov's envoys.",
    ),
    (
        "confirmation_gap",
        "Villagers said armoured columns had entered the town, but the defence ministry said there were no Russian troops in the area.",
    ),
    ("confirmation_gap", "Moscow insisted federal units were not involved in the market blast."),
    (
        "confirmation_gap",
        "The militia said the army had shelled the bridge in breach of the accord. The army denied it.",
    ),
    ("confirmation_gap", "The company contested the minister's account of how the fire started."),
    ("confirmation_gap", "The ministry said it disagreed with the commission's conclusions on the raid."),
    (
        "confirmation_gap",
        "A rebel spokesman called the crash an accident. The defence minister rejected that explanation.",
    ),
    ("toll_revision", "Rebel dead climb to 240, army says"),
    (
        "toll_revision",
        "The regional list of civilian dead had been revised upward overnight, the governor said.",
    ),
    ("toll_revision", "Officials first said 12 miners died, before raising the figure to 19 on Friday."),
    ("toll_revision", "Rail operator denies blame as crash death toll climbs to 61"),
    # round twenty-eight (hk-hp): a halt in answer to a call for a truce; a mission by its acronym; a
    # named person keeping silent; "not responsible"; "nothing to do with"; "double the" earlier estimate;
    # an estimate up from its own figure of last year
    (
        "ceasefire",
        "The rebel leader said his fighters had halted operations in response to the pope's call for a global truce.",
    ),
    (
        "confirmation_gap",
        "The council said the report was flawed. Okafor did not immediately respond to requests for comment.",
    ),
    (
        "confirmation_gap",
        "Villagers said the militia had burned the market. The militia's commander said his men were not responsible.",
    ),
    ("confirmation_gap", "The governor said his family had nothing to do with the massacre."),
    (
        "toll_revision",
        "Aid workers said about 4,000 people had died in the siege, double the 2,000 they had estimated in May.",
    ),
    (
        "toll_revision",
        "The monitoring group now says the fighting has killed more than 2,400 people, up from its figure of 1,600 in June last year.",
    ),
    # round twenty-nine (hs-hv): "no Americans were killed" after a claim of killings; pushed back against
    # a suggestion; a company not addressing a complaint; no intelligence to support; a victory claim
    # rejected; only military sites hit; a count corrected the sentence after the toll
    (
        "confirmation_gap",
        "State television said 40 enemy soldiers had been killed in the raid. The defence ministry said no soldiers were killed.",
    ),
    (
        "confirmation_gap",
        "The Kenyan airline pushed back against the government's suggestions of pilot error.",
    ),
    (
        "confirmation_gap",
        "Unions said the firm had hidden the defect for months. Embraer did not directly address the complaint.",
    ),
    (
        "confirmation_gap",
        "The prime minister said her government had seen no intelligence to support the minister's assertion.",
    ),
    (
        "confirmation_gap",
        "The rebel commander rejected the general's declaration of victory and said his men were still fighting.",
    ),
    (
        "confirmation_gap",
        "Local officials said the missiles struck a school. The army said only military sites had been hit.",
    ),
    (
        "toll_revision",
        "The floods killed 212 people. The ministry said the figure was revised after rescuers reached two villages.",
    ),
    # round thirty (hq-hr): a truce kept, "have not fired a shot since"; nothing of the truce seen; a ruse
    (
        "ceasefire",
        "Army units are sticking to the truce and have not fired a shot since it was declared, the minister said.",
    ),
    (
        "confirmation_gap",
        "Rebels in the port said they had seen nothing of the truce announced in the capital.",
    ),
    (
        "confirmation_gap",
        "A rebel spokesman called the announcement a ruse, saying snipers were still on the rooftops.",
    ),
    # a counter-account after "but", two parties in one sentence (gap.but_said)
    (
        "confirmation_gap",
        "The rebels said their missiles had downed two helicopters, but army officials said every aircraft had returned safely to base.",
    ),
    (
        "confirmation_gap",
        "The army said its troops had pushed into the town, but a rebel commander said the soldiers had been driven back to the river.",
    ),
    # round thirty-one: a headline's present tense; a surrender that halts the fighting; truce terms kept;
    # a moratorium on attacks that holds; a breach no party reported
    ("ceasefire", "Guns Fall Silent Along the River as Both Armies Stand Down"),
    (
        "ceasefire",
        "The two generals signed the accord at dawn, bringing the fighting in the valley to a halt.",
    ),
    (
        "ceasefire",
        "Both governments pledged to observe the truce terms and to withdraw their forces within a month.",
    ),
    (
        "ceasefire",
        "For a second night no shells fell on the capital, as the moratorium on attacking cities held.",
    ),
    # a counter-account in the next sentence, with its own words (gap.counter_account)
    (
        "confirmation_gap",
        "The rebels said they had shot down three army helicopters. The air force said it had lost none.",
    ),
    (
        "confirmation_gap",
        "The militia said it had captured the border post on Sunday. The army said its troops had repulsed the attack.",
    ),
    (
        "confirmation_gap",
        "The navy accused the coast guard of ramming a patrol boat; the coast guard replied that the boat had fired first.",
    ),
    ("confirmation_gap", "Rebels Say Dozens of Soldiers Killed; Army Calls Claim Fanciful"),
    # an old figure named by its number and in use until now (toll.figure_in_use); the displaced who died
    (
        "toll_revision",
        "Some 40,000 people have died of cholera, the agency said, well above the 25,000 figure it had been citing in May.",
    ),
    (
        "toll_revision",
        "About 9,000 displaced people have died in the camps since January, up from 6,500 in the previous count.",
    ),
    # round thirty-two: a halt in bombing; a truce agreed as a verb phrase; parties of old wars (Biafra,
    # Lagos as Nigeria's seat until 1991); a counter-account of fire; an estimate raised by its owner
    ("ceasefire", "Residents slept through a second quiet night as the halt in the bombing held."),
    ("ceasefire", "Rival commanders agree at summit to halt violence, mediator says"),
    (
        "confirmation_gap",
        "Federal troops have taken the rail junction, the army said. Biafra had no comment on the report.",
    ),
    ("confirmation_gap", "Lagos denied on Monday that its garrison had been driven out of the town."),
    (
        "confirmation_gap",
        "Separatist leaders said police had attacked their posts overnight. The interior minister said his officers had been fired on first.",
    ),
    (
        "confirmation_gap",
        "The defence minister called the tapes a crude fabrication and repeated that no troops had crossed the border.",
    ),
    (
        "confirmation_gap",
        "The army put the number of fighters killed at 900. The rebels say the army inflates the figures.",
    ),
    (
        "toll_revision",
        "The mayor raised his estimate of those killed in the district to some 300, from 120 on Monday.",
    ),
    # round thirty-three (the misses of every read set, pooled): a truce holding, said by the deal,
    # halt or order that made it, or by a place quiet under an accord
    (
        "ceasefire",
        "Not a single clash had been reported along the river since the accord was signed a week earlier, the monitors said.",
    ),
    (
        "ceasefire",
        "A rebel spokesman said his fighters had not fired a shot since the halt began on Monday.",
    ),
    ("ceasefire", "The mountain front has stayed largely quiet since the March accord, villagers say."),
    # parties by their kind (an agency, a board, prosecutors); a partial confirmation
    (
        "confirmation_gap",
        "Residents accused the housing agency of ignoring the cracks; the agency denied the charge.",
    ),
    ("confirmation_gap", "The port board rejected suggestions that the cranes had been poorly maintained."),
    (
        "confirmation_gap",
        "The navy confirmed the loss of a patrol boat but insisted it had struck a mine, not a missile.",
    ),
    (
        "confirmation_gap",
        "The militia blamed the ambush on army commandos, but a defence ministry official said the militia had opened fire first.",
    ),
    # round thirty-four (the toll misses of every read set, pooled): a figure named only as "the figure"
    # or "the count", whose deaths the sentence before or an earlier item of the story names; an old
    # figure its owner gave earlier
    (
        "toll_revision",
        "The landslide killed 61 people, officials said. The provincial count had gone up to 61 from 48 the previous day.",
    ),
    (
        "toll_revision",
        "The storm killed 140 people across the islands. The agency said the figure was revised after its teams reached the outer atolls.",
    ),
    (
        "toll_revision",
        "At least 1,200 people died in the flooding, the relief agency said, well above the 800 deaths the agency reported last week.",
    ),
    # round thirty-five (read ii-in): a toll that crept up; an estimate doubled in a headline; a figure
    # an agency is still trying to verify; prosecutors and police named with a modifier; captors as a
    # side; the Suspension of Operations
    ("toll_revision", "The search will end on Friday, the agency said, as the toll crept past 500 to 512."),
    ("toll_revision", "Commission doubles estimate of civil war dead to 40,000"),
    (
        "confirmation_gap",
        "Village heads said as many as 900 residents could be missing, a figure the agency was still trying to verify.",
    ),
    (
        "confirmation_gap",
        "A deputy said the first blasts were caused by rounds fired from outside. Federal prosecutors rejected his findings.",
    ),
    (
        "confirmation_gap",
        "An official said a pause had been agreed with the captors; the hostage-takers themselves made no statement.",
    ),
    (
        "ceasefire",
        "The Suspension of Operations agreement with the hill groups remains in force, officials said.",
    ),
    # round thirty-six (the gap misses of every read set, pooled): a part admitted by number or against
    # another's count
    (
        "confirmation_gap",
        "The rebels said they had shot down three army helicopters. The army acknowledged the loss of a single helicopter.",
    ),
    (
        "confirmation_gap",
        "The navy said two sailors had been killed, far short of the dozens the militants had claimed.",
    ),
    # round thirty-seven (read iu-ja): a renewed truce whatever its year; an extension that ends a practice;
    # an earlier truce's collapse dating a new one; an end to armed activity; a halt with a mopping-up
    # exception
    (
        "ceasefire",
        "The rebels announced on Sunday the restoration of their 2019 cease-fire, to take effect at midnight.",
    ),
    (
        "ceasefire",
        "The army and the militia have decided to extend their old truce indefinitely, ending the practice of "
        "renewing it every six months, officials said.",
    ),
    (
        "ceasefire",
        "A new truce between the two armies, agreed after the previous one collapsed, took effect at dawn, "
        "both sides said.",
    ),
    ("ceasefire", "Separatist group announces permanent end to its armed activity"),
    (
        "ceasefire",
        "The defence minister said offensive operations had been halted apart from clearing a few villages.",
    ),
    # ... a silence in other words; a dispute of a clause; a passive inquiry; a dismissal by an old name
    (
        "confirmation_gap",
        "The rebels said the truce had begun at noon. The government had made no announcement of its own by "
        "nightfall.",
    ),
    (
        "confirmation_gap",
        "The rebels said 40 soldiers had died in the ambush, a figure the defence ministry declined to discuss.",
    ),
    (
        "confirmation_gap",
        "The coal company blamed a lightning strike. State inspectors said they had reached no conclusion on the "
        "company's theory.",
    ),
    ("confirmation_gap", "Colombia's government disputed that the raid had taken place on its soil."),
    (
        "confirmation_gap",
        "The rebels charged that army jets had bombed a market. An army spokesman said the complaint was being "
        "looked into.",
    ),
    ("confirmation_gap", "Officials in Peking would neither confirm nor deny the report of the clash."),
    ("confirmation_gap", "The government rejected the rebels' contention that the truce was still in force."),
    # ... a toll raised by one, told as an ordinal; a toll whose dead climb past a mark; one more victim
    ("toll_revision", "Stadium crush claims 97th life as injured fan dies in hospital"),
    (
        "toll_revision",
        "A 12th name was added on Friday to the list of those killed in the mine blast when a miner died of "
        "his burns.",
    ),
    ("toll_revision", "Officials say enemy dead in the offensive climb past 8,000"),
    (
        "toll_revision",
        "Divers recovered the body of a fisherman, adding one more victim and taking the number killed in "
        "the storm to nine.",
    ),
    (
        "toll_revision",
        "The army said the two pilots missing since the crash were presumed dead, bringing the number of "
        "airmen killed in the exercise to seven.",
    ),
    # round thirty-eight (the gap misses of every read set, pooled): a headline of two parties' accounts; a
    # question left open ("had not established whether"); a claim met with silence
    (
        "confirmation_gap",
        "Militants say they downed army helicopter; Nigeria insists it crashed in bad weather",
    ),
    ("confirmation_gap", "Russia says village taken, Ukraine denies"),
    (
        "confirmation_gap",
        "The rebels said they had captured 40 soldiers. The army said it had yet to establish how many of its "
        "men were missing.",
    ),
    (
        "confirmation_gap",
        "A NATO spokesman said the alliance had not yet established whether its jets had hit the convoy.",
    ),
    ("confirmation_gap", "Army's claim of killing rebel commander met with silence from the group"),
    # a possessor's owners are a party ("the club's owners have not commented"); owners of no one in
    # particular are not
    (
        "confirmation_gap",
        "The hotel's owners have not commented on the fire brigade's finding that the exits were locked.",
    ),
    # round thirty-nine: a level of government, officials in a named place, a name that neither confirms nor
    # denies, no information that would confirm, a claim rejected by (no auxiliary), doubted, no vessel involved;
    # a fire held while, offensives on hold, a truce that has held for, an appeal accepted
    (
        "confirmation_gap",
        "Farmers said the dam had been opened without warning. Federal officials declined to comment on the account.",
    ),
    (
        "confirmation_gap",
        "Reports said the gunman came from Tetovo. Authorities in Tetovo made no comment on the reports.",
    ),
    (
        "confirmation_gap",
        "Police blamed the gang for the fire. Mbeki would neither confirm nor deny that his men were involved.",
    ),
    (
        "confirmation_gap",
        "The rebels said they had seized 40 soldiers. The defence ministry said it had no information that would confirm the number.",
    ),
    (
        "confirmation_gap",
        "The militia said soldiers had opened fire first, an account rejected by the army chief.",
    ),
    (
        "confirmation_gap",
        "An unknown group claimed the bombing, but the interior ministry said it doubted the claim was genuine.",
    ),
    (
        "confirmation_gap",
        "The admiral blamed a foreign submarine. The Pentagon said no U.S. vessel had been involved in any collision.",
    ),
    (
        "ceasefire",
        "The rebel commander told reporters his men would hold their fire while the aid convoy passed.",
    ),
    ("ceasefire", "The army has put its offensives on hold for the monsoon."),
    ("ceasefire", "The truce that ended their border war in 1987 has held for more than a year."),
    ("ceasefire", "Radio said the rebels had accepted the bishops' appeal and would observe the truce."),
    # round forty: isolated breaches, guns quiet, a military standoff ended, a pledge not to attack each other;
    # no clear information, bore no responsibility, had flown no, none had reported any, assessing the possibility
    # (asked about reports), did not accept that / refused to accept any blame, despite another's insistence,
    # found no evidence (another's claim in view); a negation word inside a name (Doctors Without Borders)
    (
        "ceasefire",
        "The army said the truce was being observed across the north, with only isolated breaches.",
    ),
    ("ceasefire", "The guns around the port had been quiet since Monday, a commander said."),
    ("ceasefire", "The two armies agreed on Tuesday to end a tense military standoff on the border."),
    ("ceasefire", "The two militias agreed not to attack each other during the harvest."),
    (
        "confirmation_gap",
        "Moscow said it had no clear information about the reported strike on the hospital.",
    ),
    (
        "confirmation_gap",
        "North Korea's envoy said again that his country bore no responsibility for the sinking.",
    ),
    ("confirmation_gap", "A spokesman said Russian aircraft had flown no missions over the city that day."),
    ("confirmation_gap", "The charity said none of its staff had reported any fighting inside the hospital."),
    (
        "confirmation_gap",
        "Asked about reports that children had died, the spokesman said the military was assessing the possibility of civilian casualties.",
    ),
    ("confirmation_gap", "The army did not accept that its shells had hit the school."),
    ("confirmation_gap", "The rebels refused on Friday to accept any blame for the ambush."),
    (
        "confirmation_gap",
        "The army chief said all the dead were militants, despite villagers' insistence that they were farmers.",
    ),
    (
        "confirmation_gap",
        "Survivors have said people were shot by soldiers. The army said its inquiry found no conclusive evidence that anyone was killed by gunfire.",
    ),
    ("toll_revision", "The death toll in the bombing of the Doctors Without Borders clinic rose to 19."),
    ("confirmation_gap", "North Korea said again that the findings were a smear."),
    (
        "ceasefire",
        "Monitors along the border reported no serious breaches of the truce during its first night.",
    ),
    ("ceasefire", "The U.N. mission reported no major breaches of the cease-fire on its first day."),
    (
        "confirmation_gap",
        "Kenya's health ministry said it would look into the WHO data before deciding on a lockdown.",
    ),
    (
        "toll_revision",
        "Officials said 1,204 deaths had now been recorded, a rise of 212 from the 992 reported on Monday.",
    ),
    ("toll_revision", "Divers recovered a ninth body from the sunken ferry, taking the toll to nine."),
    (
        "toll_revision",
        "An elderly man has been added to the victims of the storm, bringing its toll to six, officials said.",
    ),
    ("ceasefire", "Rebel commanders matched the army's cease-fire on Thursday, a spokesman said."),
    (
        "ceasefire",
        "Government troops stood down from operations against the insurgents at dawn, the ministry said.",
    ),
    (
        "ceasefire",
        "The president ordered all units to hold their ground and fire only in self-defence while the wounded were evacuated.",
    ),
    (
        "confirmation_gap",
        "Monitors said the militia had blocked the aid convoy. Kenyan police offered no immediate explanation.",
    ),
    (
        "confirmation_gap",
        "The rebels said they had seized the port of Kismayo. The government said its forces were in full control.",
    ),
    ("confirmation_gap", "A federal spokesman dismissed rebel claims that the airport had been shelled."),
    (
        "toll_revision",
        "The ministry now says more than 2,000 soldiers died in the offensive, revising upward the 1,200 it gave last week.",
    ),
    (
        "toll_revision",
        "Relief workers pulled more bodies from the mud, pushing the official death toll from the landslide to 214.",
    ),
    (
        "toll_revision",
        "The airline later put the number of passengers confirmed dead at 48, two more than its first count.",
    ),
    (
        "toll_revision",
        "The governor later cut that figure to about 300, saying some deaths had been counted twice.",
    ),
    (
        "toll_revision",
        "The ministry said its count of villagers killed in the raid had been revised after survivors were interviewed.",
    ),
    ("ceasefire", "India and China agree border truce at Beijing talks"),
    (
        "confirmation_gap",
        "Rebel leaders put the army's losses at 500 dead, a number the defence ministry in Kampala disputed.",
    ),
    (
        "confirmation_gap",
        "The rebels said their gunners had shot down 12 helicopters, far more than the 3 aircraft the air force has acknowledged.",
    ),
    (
        "confirmation_gap",
        "Villagers said 14 people were killed in the raid. The Nigerian army said it had struck a militant camp and was reviewing the consequences of the operation.",
    ),
    (
        "toll_revision",
        "Armenia has revised its military losses in the fighting up to 44 dead, from the 18 it gave on Monday.",
    ),
    (
        "toll_revision",
        "A colonel was among five soldiers killed overnight, the ministry said, bringing the number of troops it has lost this week to nine from four.",
    ),
    (
        "toll_revision",
        "Air strikes on the camp killed 12 people, pushing the number of civilians killed since the offensive began above 400, the U.N. said.",
    ),
    (
        "ceasefire",
        "Moscow said Russian and Turkish officers had agreed to bring Idlib under the regime of silence from midnight.",
    ),
    (
        "ceasefire",
        "The army command said the regime of calm in Homs would be extended for another 48 hours from 6 a.m. on Sunday.",
    ),
    (
        "ceasefire",
        "France and Germany have agreed on a plan to restore the truce along the front from dawn on Friday, the minister said.",
    ),
    (
        "ceasefire",
        "Government troops have halted their push into the old quarter because of the mounting civilian toll, an officer said.",
    ),
    (
        "ceasefire",
        "The two presidents agreed in a telephone conversation on Tuesday on an immediate ceasefire along the border, the Kremlin said.",
    ),
    (
        "confirmation_gap",
        "The Pentagon said it had called off the raid as soon as Turkish officials warned that the targets might be Kurdish positions, and that it was reviewing whether any civilians had been hit.",
    ),
    (
        "confirmation_gap",
        "The health ministry did not adopt the university's estimate, saying it would wait for the census.",
    ),
    ("confirmation_gap", "Kyiv blamed Russian saboteurs for the derailment, a theory the Kremlin disputed."),
    (
        "confirmation_gap",
        "Rebels said they had seized the airport. Army commanders said the airport remained contested.",
    ),
    (
        "toll_revision",
        "The death toll from shelling that destroyed the main market, a mosque and two schools in the old city rose to 41 on Friday, the health ministry said.",
    ),
    (
        "confirmation_gap",
        "Villagers said the dam had burst after shelling. HYDROCO made no comment on the claim.",
    ),
    (
        "confirmation_gap",
        "Tenants said the fire doors had never been fitted. The tower's landlord has yet to respond to the claims.",
    ),
    (
        "confirmation_gap",
        "Houthi media said the airport's runway had been destroyed by the strikes. Saudi officials told reporters the damage was limited.",
    ),
    (
        "confirmation_gap",
        "Rebel radio said the refinery had been destroyed, while Sudan's oil ministry said the raid had caused only slight damage.",
    ),
    (
        "confirmation_gap",
        "Kyiv condemned what it called a flagrant breach of the truce by Russian forces. Moscow countered that it was Ukrainian units that had breached the ceasefire first.",
    ),
    (
        "ceasefire",
        "A stone-throwing clash near the mosque did not derail the truce in the north, which held through the night.",
    ),
    ("ceasefire", "Guns fall largely silent in Sirte on the first day of the holiday"),
    (
        "ceasefire",
        "The president said the army's truce, which had been due to end on Friday, would be prolonged by a week.",
    ),
    (
        "ceasefire",
        "The humanitarian pause, requested by church leaders so families could bury their dead, runs from 8 am to 4 pm, an army spokesman said.",
    ),
    (
        "confirmation_gap",
        "Rebels said they had shot down a helicopter. The Sabra gunmen did not respond to questions.",
    ),
    (
        "confirmation_gap",
        "The army said it had retaken the port. Mendez himself, whose whereabouts are unclear, has not confirmed the loss.",
    ),
    (
        "confirmation_gap",
        "The mediators said the truce had begun at dawn, but a spokesman for the rebels said no ceasefire had taken effect on the ground.",
    ),
    (
        "confirmation_gap",
        "The transport agency pushed back, saying its inspectors had cleared the bridge a month before it fell.",
    ),
    (
        "confirmation_gap",
        "The rebels said they had seized the airport. The defence ministry said the assault had been pushed back and the airport remained under army control.",
    ),
    (
        "toll_revision",
        "Sunday's raids pushed the monitoring group's count of protesters killed since the March coup to 318.",
    ),
    (
        "ceasefire",
        "Government forces will hold their fire in the old town from 9 a.m. to 5 p.m. on Sunday so the wounded can be evacuated, the army said.",
    ),
    (
        "ceasefire",
        "The army said it had received no reports of new fighting with the rebels along the border since the truce took effect.",
    ),
    (
        "confirmation_gap",
        "The navy said the ferry had been towed to port. It said all 300 passengers were safe, and did not address the rebels' claim to have fired on the vessel.",
    ),
    (
        "confirmation_gap",
        "Village head Amina Bello told reporters that only three hostages had come home, contrary to what the army announced on Monday.",
    ),
    ("confirmation_gap", "Kyiv said the bridge had been hit on Friday, not on Sunday as Moscow maintains."),
    (
        "confirmation_gap",
        "The rebels said they had killed 30 American soldiers in the raid. U.S. officials said no American lives were lost.",
    ),
    (
        "confirmation_gap",
        "Rights investigators said the satellite images showed mass graves. Defense headquarters had no immediate response to the findings.",
    ),
    (
        "confirmation_gap",
        "Western officials said a missile had downed the airliner. Iran's defence minister told reporters he was certain no missile had hit the plane.",
    ),
    (
        "confirmation_gap",
        "The ministry said its jets had struck a weapons depot in the town at dawn, and a rebel commander in the area said there was no weapons depot in the town.",
    ),
    (
        "confirmation_gap",
        "The rebels said 500 people had been killed in the raids. The army called the figure alarmist.",
    ),
    (
        "confirmation_gap",
        "Airline chief rules out engine failure in crash, calls it 'technically impossible'",
    ),
    (
        "toll_revision",
        "The sinking brought the number of fishermen killed in the storms since March to at least nine.",
    ),
    ("ceasefire", "Army halts border blitz under Qatari-brokered understanding"),
    (
        "ceasefire",
        "The interior minister said the government had decided to suspend the operation in the port city to protect lives.",
    ),
    (
        "ceasefire",
        "The president backed the cabinet's decision to call off the operation against the militia.",
    ),
    (
        "ceasefire",
        "Army and rebel commanders agreed at talks in the border town on Monday to a ceasefire along the river, the U.N. envoy said.",
    ),
    ("ceasefire", "Rebels make truce with government indefinite"),
    (
        "confirmation_gap",
        "Police said guards had shot 12 protesters. Sentinel had no immediate comment on the figure.",
    ),
    (
        "confirmation_gap",
        "Villagers said Marines had shot the men. A Marine spokesman declined to discuss their accounts.",
    ),
    ("confirmation_gap", "Defence minister denies Russian troops in Kherson as columns cross the bridge"),
    (
        "toll_revision",
        "Photographers said the tank fired without warning, bringing to two the number of reporters killed in the hotel.",
    ),
    (
        "ceasefire",
        "The insurgents said on Sunday they had ended all offensive military operations with immediate effect.",
    ),
    (
        "ceasefire",
        "Rebel leaders said there would be no more attacks on army posts in the flooded districts. Their commander said the halt was effective immediately.",
    ),
    (
        "ceasefire",
        "The premier agreed with the rebel commander to an immediate halt to military operations in the valley.",
    ),
    (
        "ceasefire",
        "Border posts were quiet, and the truce between the two armies was holding, with soldiers digging out their collapsed bunkers.",
    ),
    ("ceasefire", "The general said the truce the two militaries agreed in 2011 remained fully intact."),
    ("ceasefire", "The hills were largely quiet on Wednesday, the second day of the army's 72-hour pause."),
    ("ceasefire", "A rebel spokesman said the movement had decided to silence its guns."),
    ("ceasefire", "The colonel said the truce applied on all fronts."),
    (
        "confirmation_gap",
        "The ministry has acknowledged two policemen killed and says the rebels' figures are invented.",
    ),
    (
        "confirmation_gap",
        "Tarkhanov, quoted by Interfax, said the commander was alive, contradicting the army's announcement.",
    ),
    (
        "confirmation_gap",
        "Mirzoyev also said no foreigners had been among the gunmen, contradicting officials who had put their number at six.",
    ),
    (
        "toll_revision",
        "The recovery of the last two missing sailors took the number of crew killed in the collision to 11, the navy said.",
    ),
    (
        "ceasefire",
        "The movement announced that it would observe a 12-hour humanitarian ceasefire from 6 a.m., hours after the army resumed its offensive.",
    ),
    (
        "ceasefire",
        "The army declared a six-hour humanitarian lull in the eastern districts starting at noon.",
    ),
    (
        "ceasefire",
        "The rebel leader said he had accepted the amended plan, meaning both sides now back the truce.",
    ),
    (
        "ceasefire",
        "President Kiir has signed the four-point peace plan to end the conflict, his office said, a day after rebel leader Machar put his signature to it.",
    ),
    (
        "confirmation_gap",
        "The general suggested the depot may have exploded because of fuel stored inside, a theory Iraqi civil defence crews at the scene rejected.",
    ),
    (
        "confirmation_gap",
        "The army confirmed that three soldiers were killed in the ambush, a third of the figure of nine announced by the rebels.",
    ),
    (
        "confirmation_gap",
        "The aid agency said army shells had hit the clinic. The military said militants had fired from the compound, adding that the incident was still being reviewed.",
    ),
    (
        "confirmation_gap",
        "The military said on Sunday it was looking into an air strike on the home of a family in the town, which local health officials said killed nine people, adding that its target had been a militant commander.",
    ),
    (
        "confirmation_gap",
        "The junta had insisted during the siege that not a single post had been abandoned.",
    ),
    (
        "confirmation_gap",
        "The interior ministry gave a different account, saying the patrol had tried to cross the frontier in a truck near the river and had been turned back.",
    ),
    (
        "ceasefire",
        "The rebels said their squads would stop all armed actions for as long as the government's truce lasted.",
    ),
    (
        "ceasefire",
        "The militia's armed wing said its fighters would stop firing at the agreed hour in keeping with the accord.",
    ),
    (
        "ceasefire",
        "Federal commanders said their troops would hold fire for as long as the elders kept talking to the gunmen.",
    ),
    (
        "ceasefire",
        "The rebel leader said the movement would maintain its ceasefire and fight only with words.",
    ),
    ("ceasefire", "The guerrillas said they would maintain the truce through the holidays."),
    (
        "ceasefire",
        "Rival militias in the port town agreed on Sunday to halt the clashes that had closed the highway.",
    ),
    (
        "ceasefire",
        "The interior ministry announced an agreement with tribal leaders for an immediate halt to all military operations in the province.",
    ),
    (
        "ceasefire",
        "The cleric's freeze on militia activity is largely being observed, a U.S. military spokesman said.",
    ),
    ("confirmation_gap", "Houthis say they shot down U.S. drone; Pentagon says aircraft crashed"),
    ("confirmation_gap", "Militia says it captured the airport, Kyiv says its troops are still there"),
    (
        "confirmation_gap",
        "The army said its aircraft had destroyed several militia bases and killed dozens of fighters. The militia said none of its men had been hurt.",
    ),
    (
        "ceasefire",
        "The government and four armed groups signed a declaration on Thursday committing them to a cessation of hostilities.",
    ),
    (
        "ceasefire",
        "The two factions signed an agreement on Monday to stop all armed confrontation within 30 days, the envoy said.",
    ),
    ("ceasefire", "Under the accord, the halt to hostilities is to run for an initial 60 days."),
    ("confirmation_gap", "A coalition spokesman said the alliance was looking into the rebels' claim."),
    (
        "confirmation_gap",
        "Militia leaders said they had reopened the bridge on Monday. The governor said no crossing had been opened.",
    ),
    # round 54 (read lv-ma)
    ("confirmation_gap", "Kenya denies sending troops into the border district as militants claim incursion"),
    (
        "confirmation_gap",
        "The militants said they had overrun the garrison. There was no immediate comment from the warlord alliance.",
    ),
    (
        "confirmation_gap",
        "The rebels said a truce had begun at dawn. The government, however, stopped short of confirming it.",
    ),
    ("confirmation_gap", "Toll from border drone strike rises to five; Ankara stays silent"),
    (
        "confirmation_gap",
        "The army said it was aware of reports that civilians were among the dead and that the matter was under review.",
    ),
    (
        "confirmation_gap",
        "The ministry's count of 212 dead has never been accepted by the rebel command, which says the town was a military target.",
    ),
    (
        "confirmation_gap",
        "Navy commanders insisted on Friday that the port was under their control, but militia leaders said their fighters held the docks.",
    ),
    (
        "toll_revision",
        "The provincial health office said its list of the dead had been brought up to date as more families came forward.",
    ),
    (
        "toll_revision",
        "The chief said the Kismayo figure had been updated after more bodies were found near the river.",
    ),
    (
        "toll_revision",
        "Three days of shelling pushed the number of people killed in the battle for the port since March above 210.",
    ),
    (
        "ceasefire",
        "Under the accord, the guns are to fall silent at one minute past midnight on Sunday, May 8.",
    ),
    # round 55 (read mb-mg)
    ("ceasefire", "Rebel commander proclaims unilateral truce in the south"),
    ("ceasefire", "Government and separatists ink ceasefire after 30 years of war"),
    (
        "ceasefire",
        "The truce between the two armies held for a third day on Friday, with no new shelling reported after a sharp rebuke from the mediators for early breaches.",
    ),
    (
        "ceasefire",
        "The army and the rebels on Sunday signed a nationwide ceasefire covering the whole country, including the northern hills, where earlier truces had failed to stop the raids.",
    ),
    (
        "ceasefire",
        "Both foreign ministries said the two sides had settled on a complete ceasefire along the border.",
    ),
    (
        "ceasefire",
        "The chief mediator told reporters that the truce provisions would apply at once across the province.",
    ),
    (
        "confirmation_gap",
        "The rebels' envoy in Nairobi said no ceasefire was in force in the capital, whatever the army had announced.",
    ),
    (
        "confirmation_gap",
        "Kenyan officials called the raid an accident, but the Somali defence minister told reporters that the strike had been deliberate.",
    ),
    (
        "confirmation_gap",
        "The ruling generals gave no immediate reaction to the envoy's estimate of the dead.",
    ),
    (
        "confirmation_gap",
        "Prosecutors accused the commander of ordering the shelling; his lawyer, Ana Ruiz, said he was innocent.",
    ),
    (
        "toll_revision",
        "The official death toll from the floods shot up to 1,240 on Wednesday, state radio said.",
    ),
    (
        "toll_revision",
        "The ministry said 610 people had been killed in the raids, well above the 380 dead it had reported on Monday.",
    ),
    (
        "toll_revision",
        "Radio put the number of confirmed dead at 1,204, more than five times the 230 announced only a day earlier.",
    ),
    # round 56 (the cease-fire misses left on every read batch)
    (
        "ceasefire",
        "After a call with the envoy, the president said the army would also stop striking the rebels' fuel depots for 30 days.",
    ),
    (
        "ceasefire",
        "The prime minister announced at a news conference that the air force would stop bombing the port.",
    ),
    (
        "ceasefire",
        "The two commanders agreed by hotline that all shooting and shelling on the ridge, in the valley and along the river would stop from 6 p.m.",
    ),
    (
        "ceasefire",
        "Over the hotline, the two generals agreed that neither side would fire a single shot across the line.",
    ),
    (
        "ceasefire",
        "Under the accord, signed on Friday by the two defence ministers, both armies must halt all offensive operations.",
    ),
    (
        "ceasefire",
        "Under a peace deal brokered by church leaders, the two clans are to lay down arms from 6 a.m. on Monday.",
    ),
    (
        "ceasefire",
        "Calm had returned to the valley, the monitors said, with no fresh exchanges of fire reported since the two sides disengaged.",
    ),
    (
        "ceasefire",
        "A ceasefire in the southern port city of Kismayo and its outlying villages largely held on Sunday, residents said.",
    ),
    ("ceasefire", "Border toll tops 300 as calm holds and bodies are recovered"),
    # round 57 (the gap misses left on every read batch)
    (
        "confirmation_gap",
        "In a statement, the group denied that any of its fighters had taken part in the ambush.",
    ),
    (
        "confirmation_gap",
        "Kenya on Tuesday rejected U.N. human rights chief Volker Turk's charge that police had fired on unarmed protesters.",
    ),
    (
        "confirmation_gap",
        'The president said in an interview that the reported massacre was a "100 percent fabrication".',
    ),
    (
        "confirmation_gap",
        "A NATO general told reporters in Brussels that the alliance had no way of confirming the casualty figures put out by Belgrade.",
    ),
    (
        "confirmation_gap",
        "Guides at the camp said as many as 30 climbers had died, but the ministry said it could confirm only 12 deaths.",
    ),
    (
        "confirmation_gap",
        "The ministry stood by its count after the rebels asserted in a statement that far more soldiers had been killed.",
    ),
    (
        "confirmation_gap",
        "The spokesman blamed the militia brigades for the shelling of the airport. The brigades did not respond to the accusation.",
    ),
    (
        "confirmation_gap",
        "Residents said dozens had been shot and the bodies hidden; prosecutors dismissed the reports as rumours.",
    ),
    # round 58 (the false truces and false gaps left on every read batch; the positive guards the casualty-silence exclusion)
    (
        "confirmation_gap",
        "Rebels said a drone strike on the market had killed 14 civilians. The army said it had hit only militant positions and made no mention of civilian casualties.",
    ),
    # round 59 (read mh-mm)
    (
        "confirmation_gap",
        "The rebels said they had reopened the dam themselves as a goodwill gesture, a version the army contested.",
    ),
    (
        "ceasefire",
        "The mediator said the two presidents had agreed that their armies would cease all hostilities and pull back from the border.",
    ),
    # round 60 (mn-ms read)
    (
        "ceasefire",
        "The cleric ordered his gunmen to stand down on Friday, and the market district was calm by evening.",
    ),
    ("ceasefire", "Militia chief orders his fighters off the streets"),
    ("ceasefire", "With the stand-down holding in most districts, aid trucks entered the old town."),
    (
        "confirmation_gap",
        "The interior ministry said the dead were insurgents and accused the rebels of fabricating a massacre to win sympathy.",
    ),
    (
        "confirmation_gap",
        "Georgia's interior ministry countered that its patrol had been inside Georgian territory when it came under fire.",
    ),
    (
        "confirmation_gap",
        "Russia's foreign ministry said the unit had been warned minutes before the raid, challenging Baku's statement that Moscow had been told days in advance.",
    ),
    ("confirmation_gap", "Kabul pins market bombing on Haqqani network as militants keep silent"),
    (
        "confirmation_gap",
        "The mediator said the army had accepted the pause but that he had yet to hear back from the rebel command on whether it would comply.",
    ),
    (
        "confirmation_gap",
        "The navy expressed regret over the deaths but laid the blame on the rebels, insisting that its ships had fired only warning shots.",
    ),
    (
        "confirmation_gap",
        "Syria's defence minister said the inquiry would take months and rejected accusations that army units had shelled the school.",
    ),
    ("ceasefire", "Truce takes hold after deadliest fighting since 2016"),
    ("ceasefire", "Not a single violation of the ceasefire was reported overnight, the monitors said."),
    (
        "toll_revision",
        "The health office said it had revised its count of casualties from the flooding after reports from three hospitals.",
    ),
    (
        "toll_revision",
        "Sixty people have now been confirmed dead, nine more than the 51 reported on Tuesday, the coast guard said.",
    ),
    (
        "toll_revision",
        "The council condemned the killing of 64 villagers, including 20 children, after monitors raised their count from 51.",
    ),
    # round 61 (mt-my read)
    ("ceasefire", "Ministers from both countries pledged to respect the ceasefire."),
    (
        "ceasefire",
        "The two foreign ministers signed a declaration committing both nations to an immediate cease-fire under the eye of four guarantor states.",
    ),
    (
        "ceasefire",
        "The rebel council said on Friday that its armed wing, the Northern Brigades, would suspend offensive military operations in flooded districts for ten days.",
    ),
    (
        "ceasefire",
        "The mediator said both presidents had given their word that their troops would hold their fire and stay in their positions.",
    ),
    ("ceasefire", "The envoy said the government would keep its ceasefire in force for another month."),
    (
        "confirmation_gap",
        "The rebels accused the army of shelling the camp; the army's spokesman retorted that rebel mortars had been firing from inside it.",
    ),
    (
        "confirmation_gap",
        "Kyrgyzstan said Tajik troops had crossed the line, while Dushanbe maintained the border guards were holding their posts.",
    ),
    (
        "confirmation_gap",
        "Peru's government swiftly rejected both announcements. A spokesman in Lima said Peruvian soldiers were still holding the post.",
    ),
    (
        "confirmation_gap",
        "Officials at the embassy in Nairobi said they knew nothing of the letter the militia had published.",
    ),
    (
        "confirmation_gap",
        "The rebels said they had accepted the truce. In the capital a government spokesman said no official notice of the rebel decision had reached the cabinet.",
    ),
    ("toll_revision", "Rebel command ups its count of government dead at the pass to 312"),
    (
        "toll_revision",
        "The U.N. estimate of civilian dead had been cut to about 4,000 from an initial 6,500 after a review of hospital records.",
    ),
    (
        "toll_revision",
        "The ministry announced that 912 soldiers had been killed in the offensive, nearly twice the 480 it released on March 3.",
    ),
    ("toll_revision", "Province scales down count of its flood dead"),
    (
        "toll_revision",
        "Police said 2,310 deaths had now been confirmed, an increase of about 140 on Monday's figure.",
    ),
    # round 62 (mz-ne read)
    ("ceasefire", "Guns go quiet on the northern front as the ceasefire kicks in"),
    (
        "ceasefire",
        "In Kiryat Shmona, where the guns have now fallen silent, shopkeepers reopened for the first time in a week.",
    ),
    (
        "ceasefire",
        "The rebel command announced late on Sunday that its fighters would cease fire across the south from one minute past midnight.",
    ),
    ("ceasefire", "Army to hold fire along the frontier from Christmas, minister says"),
    ("ceasefire", "The opposition leader hailed the truce accord as a victory for the whole country."),
    (
        "ceasefire",
        "The interior minister said the rebels' ceasefire was still being kept, as no attack had been reported since May.",
    ),
    (
        "confirmation_gap",
        "The embassy's spokesman said the report contained errors, declining to stand behind its numbers.",
    ),
    (
        "confirmation_gap",
        "The rebels said they had taken the district and nine villages; the ministry admitted losing two villages but said the district centre was still in government hands.",
    ),
    (
        "confirmation_gap",
        "A university survey said the dead numbered 60,000. Government officials stood by their count of more than 150,000.",
    ),
    ("toll_revision", "Bodies pulled from mass graves near the town rise to 64"),
    ("toll_revision", "The health minister said 131 hostages had now died, one more than on Tuesday."),
    (
        "toll_revision",
        "Ninety people have now died in the fire, a city official said, well above the 67 deaths the police announced that morning.",
    ),
    (
        "toll_revision",
        "The relief commission said it had updated the count again on Friday but did not release the new total.",
    ),
    # round 62 (names ending in -as, speakers who scoff)
    (
        "confirmation_gap",
        "Vargas dismissed as baseless reports in the local press that the army had fired on the crowd.",
    ),
    (
        "confirmation_gap",
        "The army put the number of rebels killed at 300. Mukhtarov scoffed at the figure, saying his men had lost fewer than ten.",
    ),
    # round 63 (nf-nk read)
    (
        "ceasefire",
        "In a letter to the council, the foreign minister wrote that his country had complied with resolution 1973 and had ceased all military operations since Friday.",
    ),
    (
        "ceasefire",
        "The general command said all units were to respect the ceasefire from nine o'clock that evening.",
    ),
    ("ceasefire", "The group's political leader said on Sunday that the movement backed the truce."),
    (
        "ceasefire",
        "Not a shot was reported anywhere on the northern front overnight, as the ceasefire came through its first 12 hours intact.",
    ),
    (
        "ceasefire",
        "The prime minister told parliament that the enemy garrison had surrendered, and that the army would cease fire on the western front at 8 p.m.",
    ),
    (
        "toll_revision",
        "The government said 1,240 people were confirmed dead, 210 more than it had reported on Saturday.",
    ),
    ("toll_revision", "Army revises 1982 war dead upward to 812"),
    (
        "toll_revision",
        "The army said it had updated its casualty lists once reports arrived from the southern fronts, though it did not publish the new totals.",
    ),
    (
        "toll_revision",
        "An official said the recount had led the ministry to correct its national figure too, though he declined to say what the new total was.",
    ),
    # round 64 (nl-nq read)
    (
        "ceasefire",
        "The army command proclaimed a unilateral ceasefire from midnight on Sunday, state radio said.",
    ),
    (
        "ceasefire",
        "The defence secretary said the suspension was holding and patrols would continue over the province.",
    ),
    (
        "ceasefire",
        "In the port, where the guns have been largely silent since the truce came into force, traders reopened their stalls.",
    ),
    (
        "ceasefire",
        "Medics in the city, where both armies have held their fire since Monday, reached the last of the wounded.",
    ),
    (
        "confirmation_gap",
        "The peacekeepers' spokesman insisted the capital was still in their hands and called the rebel leader's boast a fabrication.",
    ),
    ("confirmation_gap", "NATO brushes off Belgrade's running tally of downed jets as propaganda."),
    (
        "confirmation_gap",
        "The army said its jets had hit a weapons depot but offered no response to local reports that the dead were farm workers.",
    ),
    (
        "toll_revision",
        "The count of corpses recovered from the river has climbed past 12,000, officials said.",
    ),
    ("toll_revision", "Aid agencies lift death estimate to 80,000"),
    (
        "toll_revision",
        "At least 900 people died in the assault, the minister said, against the 600 the government reported last week.",
    ),
    # round 65 (nr-nw read)
    ("ceasefire", "UN envoys secure Darfur ceasefire deal after overnight talks"),
    (
        "ceasefire",
        "The army said mortar fire on the compound had been suspended for the evacuation of the wounded.",
    ),
    ("ceasefire", "Sri Lanka and Tamil Tigers revive lapsed truce at Oslo meeting"),
    (
        "ceasefire",
        "The envoy said the two militias had consented, after more than nine hours of talks, to halt hostilities from dawn on Friday.",
    ),
    (
        "confirmation_gap",
        "The rebels said they had shot down a transport plane. A defence ministry spokesman said he had seen nothing to bear that out.",
    ),
    (
        "confirmation_gap",
        "The militia said its fighters had captured the bridge. A police spokesman would say only that the area had been sealed off.",
    ),
    (
        "confirmation_gap",
        "Garang told journalists that 600 fighters had reached the camps, but the verification team led by Col. Peter Okello of the African Union said it had found far fewer.",
    ),
    (
        "toll_revision",
        "The new deaths pushed the number of civilians killed since Aug. 4 to 112, the health ministry said.",
    ),
    # round 66 (nx-oc read)
    (
        "ceasefire",
        "Rwanda on Friday accepted the African Union's terms for a permanent cease-fire in the east, its foreign minister wrote.",
    ),
    (
        "ceasefire",
        "The rebel commanders agreed on Monday to every government condition for a lasting truce, the mediator said.",
    ),
    (
        "ceasefire",
        "A 48-hour truce worked out by Pérez Ortega, the O.A.S. envoy, took hold at dawn so that the wounded could be moved.",
    ),
    ("ceasefire", "The rebel council ratifies truce with government"),
    (
        "ceasefire",
        "Villagers tended their fields as the truce went through its third full day, monitors said.",
    ),
    (
        "ceasefire",
        "A spokesman for the monitoring mission said the night had passed without a single breach.",
    ),
    (
        "ceasefire",
        "The movement's leader said no further armed actions would be carried out by its fighters.",
    ),
    (
        "confirmation_gap",
        "A spokesman for the rebels accused U.S. troops of shelling the village, while American officers insisted the rebels had fired first.",
    ),
    (
        "confirmation_gap",
        "Police said officers had fired only in self-defence; Coronel Muñoz's men maintained that the police had opened fire first.",
    ),
    (
        "confirmation_gap",
        "Rwandan officers acknowledged that rebel units had entered the town but rejected Kampala's depiction of a great victory.",
    ),
    ("confirmation_gap", "Kenya and Uganda play down militant claim it downed army helicopter"),
    (
        "confirmation_gap",
        "The police said the gang had ambushed a convoy, an account that a rebel spokesman said he was still checking with his commanders.",
    ),
    (
        "toll_revision",
        "The number of people slain when gunmen stormed the village has risen to 87, hospital sources said.",
    ),
    (
        "toll_revision",
        "The ministry said 14 of the gunmen had died, a downward revision from the 17 it reported on Friday.",
    ),
    # round 67 (od-of read)
    ("ceasefire", "Warring clans in the north sign pact to halt two years of bloodshed"),
    ("ceasefire", "The guns around the airport had fallen largely silent by nightfall, residents said."),
    (
        "ceasefire",
        "Shops reopened near the barracks, where troops and mutineers have been holding their fire since Sunday morning.",
    ),
    ("ceasefire", "Clashes in the valley have largely died down since the accord, the police said."),
    ("ceasefire", "The truce runs for 30 days, from June 1 to June 30, the mediators said."),
    ("confirmation_gap", "Kachin elders had not responded to the army's announcement by Sunday evening."),
    (
        "confirmation_gap",
        "Col. Arturo Reyes, the officer who led the raid, said no such instruction ever reached him.",
    ),
    ("toll_revision", "Karachi riot toll up to 41, police say"),
    ("toll_revision", "Haiti: dead in Cite Soleil gang battle rise to at least 25"),
    (
        "toll_revision",
        "Rescuers pushed the number of people killed in two days of fighting between rival militias in the northern port city to 35 on Friday.",
    ),
    # round 68 (oj-oo)
    (
        "confirmation_gap",
        "The Western Front said its fighters had brought down an army helicopter. The defence minister said only that a helicopter had been hit by ground fire.",
    ),
    (
        "confirmation_gap",
        "The army said it had retaken the hill. The rebels painted a very different picture, saying their men had beaten back the assault.",
    ),
    (
        "confirmation_gap",
        "Prosecutors accused Vasquez of steering the barge onto the rocks. Vasquez, detained in Callao, has not responded to the charges.",
    ),
    (
        "confirmation_gap",
        "The coast guard said the tanker had ignored its warnings. There was no immediate comment from the merchant tanker's owner.",
    ),
    (
        "confirmation_gap",
        "Investigators suspected the Popular Front of planting the bomb at the rail depot; the Popular Front has not claimed it.",
    ),
    (
        "ceasefire",
        "The interior ministry said it would not resume its operations in the valley, since the militia had handed in its weapons.",
    ),
    (
        "toll_revision",
        "Police put the number of dead at 19 on Monday, four more than announced the previous night.",
    ),
    # a count of the dead as a far subject
    (
        "toll_revision",
        "The number of people slain when a gang armed with knives, axes and hunting rifles overran the hamlet of Tazouta before dawn on Friday has risen to 61, hospital sources said.",
    ),
    (
        "toll_revision",
        "The health ministry said deaths in the northern provinces, among them Kunduz, Baghlan and Takhar, had risen to 96.",
    ),
    (
        "toll_revision",
        "Rebel dead in three days of fighting around the northern garrison had risen to 230, the army said.",
    ),
    (
        "toll_revision",
        "The navy said the number of sailors killed in the clash had risen to 12, among them the crew of a patrol helicopter shot down by the rebels.",
    ),
    # round 69 (op-ou)
    (
        "ceasefire",
        "The junta proclaimed a truce in the eastern provinces with effect from midnight on Sunday, state radio said.",
    ),
    (
        "ceasefire",
        "The Delta Liberation Front said on Monday it was calling a three-week truce in its attacks on pipelines.",
    ),
    (
        "ceasefire",
        "The army has told its units along the river to cease fire from 6 a.m. on Thursday, a spokesman said.",
    ),
    (
        "ceasefire",
        "The rebels said their commanders had accepted the mediators' plan and that the truce had come into force at dawn.",
    ),
    (
        "ceasefire",
        "The truce took effect on Monday and could be extended if the talks in Lome went well, a rebel spokesman said.",
    ),
    (
        "ceasefire",
        "Shooting has largely died away in the northern districts since Saturday night, residents said.",
    ),
    (
        "confirmation_gap",
        "The interior ministry said it had heard nothing of a rebel truce and that its posts were still being shelled.",
    ),
    (
        "confirmation_gap",
        "The rebels said they had shot down two army helicopters on Sunday. The air force said all its aircraft came home.",
    ),
    (
        "confirmation_gap",
        "Havel said he had never left the town, contradicting Dorsky, who said the mayor had fled.",
    ),
    (
        "confirmation_gap",
        "The rebels announced that their fighters had taken the port. Freetown insisted the port was still in army hands.",
    ),
    ("confirmation_gap", "The health ministry said nobody at the hospital had given any such figure."),
    (
        "toll_revision",
        "Gunmen attacked a police post near the border, killing nine officers, the ministry said, revising an initial figure of five.",
    ),
    (
        "toll_revision",
        "The opposition alliance raised to 58 the number of its supporters it says were executed by the militia.",
    ),
    ("toll_revision", "Rebel losses in valley fighting rise to 23"),
    # round 70 (ov-pa)
    (
        "ceasefire",
        "A truce negotiated by police officers and tribal elders in the two quarters had held since dawn, the official said.",
    ),
    (
        "ceasefire",
        "The truce between the federal government, the state administration and the Karbi militia came into force at midnight, police said.",
    ),
    (
        "confirmation_gap",
        "The rebels said the army had lost heavily in the north, an account that officials in the capital brushed off as propaganda.",
    ),
    (
        "confirmation_gap",
        "The militia accused soldiers of shooting two of its men at a checkpoint; an army spokesman said the incident was being looked into.",
    ),
    (
        "confirmation_gap",
        "The governor blamed the police for arriving late; a police spokesman contradicted him, saying officers were there within the hour.",
    ),
    (
        "confirmation_gap",
        "The toll from the raids on the tea estates climbed to 30, police said, blaming the Karbi faction, which has neither claimed nor denied the attacks.",
    ),
    (
        "confirmation_gap",
        "Quispe, who is in custody in Cusco, has not answered the charges brought by prosecutors.",
    ),
    (
        "confirmation_gap",
        "The rebels said they had brought down an army helicopter near the border. The army said the aircraft had made a forced landing after an engine fault.",
    ),
    (
        "toll_revision",
        "The rights group said it had now documented 57 killings by the militia since March, revising upward the figure of about 40 it gave in May.",
    ),
    # general truce nouns, 'any' as a place's
    (
        "ceasefire",
        "The defence ministry said there had been no armed clashes in any district since the truce began.",
    ),
    (
        "ceasefire",
        "The suspension took effect as soon as the statement was issued and covers all the fighters in the hills, the rebel command said.",
    ),
    (
        "ceasefire",
        "Under the deal, the lull in attacks runs for 30 days, from March 1 to March 30, the rebels said.",
    ),
    ("ceasefire", "Clan elders said they had talked the two militias into halting their fight for the port."),
    (
        "ceasefire",
        "A week on, the daily pauses in the northern districts have largely held as announced, the army said.",
    ),
    # a quiet span under the truce; a truce held though violations were reported
    (
        "ceasefire",
        "The first night under the militia's cease-fire passed without a single rocket attack, police said.",
    ),
    (
        "ceasefire",
        "The truce has largely held for two months, the envoy told the council, although reported violations near the port were a concern.",
    ),
    # round 71 (pb-pg)
    ("ceasefire", "Troops hold fire at the stadium to let the crowd leave, army says"),
    (
        "ceasefire",
        "The interior ministry said its forces had suspended the use of live fire around the square.",
    ),
    ("ceasefire", "President orders troops to halt crackdown and return to barracks"),
    (
        "ceasefire",
        "The army and the protest leaders called a truce late on Sunday after hours of clashes, officials said.",
    ),
    ("ceasefire", "Highland chief grants new government 60-day truce"),
    ("ceasefire", "Valley elders strike truce in Kotido"),
    (
        "ceasefire",
        "Negotiators for the two parties have agreed to an immediate cessation of the violence, the mediator announced.",
    ),
    ("toll_revision", "Government scales back quake death estimate"),
    ("toll_revision", "Chihuahua mass grave count soars to 72"),
    # round 72 (ph-pm)
    (
        "confirmation_gap",
        "Rebel commander Ivan Petrov told reporters his men now held the post office across from the town hall, but the mayor's press office insisted the building was still in police hands.",
    ),
    ("ceasefire", "Government troops hold fire in besieged town as civilians leave"),
    (
        "ceasefire",
        "The army held its fire for a time early Friday to allow wounded civilians to be carried out of the old quarter, the Red Cross said.",
    ),
    (
        "confirmation_gap",
        "Clashes erupted overnight in the border province, the army saying rebels had attacked its garrison, while the rebel movement insisted soldiers had opened fire first.",
    ),
    (
        "confirmation_gap",
        "Troops killed 35 militants in the mountains this week, the defence ministry said, a figure that a rebel spokesman quoted by the pro-rebel Voice of the Hills radio dismissed as inflated.",
    ),
    ("ceasefire", "Army and rebel faction sign truce before referendum"),
    (
        "ceasefire",
        "The government and the rebel faction signed a ceasefire before the vote, the mediators said.",
    ),
    (
        "toll_revision",
        "At least 90 people were killed in the attack on the market, police said on Tuesday, more than doubling the 40 dead first reported.",
    ),
    (
        "ceasefire",
        "A truce proclaimed by the opposition leaders at midnight was being observed on Thursday, with only scattered shots heard near the barracks.",
    ),
    (
        "confirmation_gap",
        "Asked about villagers' accounts that soldiers had set fire to the houses, an army spokesman would say only that an inquiry was under way.",
    ),
    (
        "confirmation_gap",
        "The UN mission found that the governor's claim of 2,000 dead could not be substantiated, saying its staff had counted 410 bodies.",
    ),
    (
        "confirmation_gap",
        "Every miner has been brought to the surface alive, the mine's operator said on Monday, contradicting hours of rolling coverage by a private broadcaster about a boy trapped underground.",
    ),
    # round 73 (pn-ps)
    ("toll_revision", "Border ambush: number of slain policemen goes up to 41"),
    ("toll_revision", "Flood dead reach 1,310 as rescuers search remote valleys"),
    ("ceasefire", "The truce, now in its third month, has drawn no public comment from the junta."),
    ("ceasefire", "Rival militias reach truce deal for the port city after talks in the capital"),
    (
        "ceasefire",
        "The truce in the north held for a third day on Tuesday despite scattered gunfire, villagers said, though a militia leader accused the army of shelling a hamlet near the river.",
    ),
    (
        "confirmation_gap",
        "Separatist fighters said on Monday they had brought down a border guard helicopter over the hills, but the border force said the aircraft, hit by ground fire, landed safely and that the officers aboard suffered only cuts.",
    ),
    (
        "confirmation_gap",
        "Police said a body found in the river was that of the missing activist, but her brother told reporters the family had not been shown the body and could not say whether it was hers.",
    ),
    # two accounts, the second negating the first (gap.but_said_not)
    (
        "confirmation_gap",
        "Police said the two men held after the blast belonged to the separatist FLEC, but Henrique Tiago told a radio station that neither had any link to the movement.",
    ),
    (
        "confirmation_gap",
        "Fishermen said they had seen dozens of bodies washed up near the harbour, but the provincial government said a search of the shore had found no bodies.",
    ),
    (
        "confirmation_gap",
        "Parents said dozens of pupils had been sent home sick after the meal, while the Health Ministry told reporters that only two children had felt unwell.",
    ),
    # round 74 (pt-py)
    ("confirmation_gap", "NAVCAN, the national air traffic agency, made no comment on the reports."),
    (
        "toll_revision",
        "A police spokesman said the force's casualty return for the riots had been revised and now stood at 31 dead.",
    ),
    (
        "toll_revision",
        "The Health Ministry said it had updated its list of casualties overnight but would release no new figure until Friday.",
    ),
    (
        "toll_revision",
        "The provincial administration said it had updated its register of the dead on Tuesday, but it did not publish a new total.",
    ),
    (
        "confirmation_gap",
        "Government officials in the capital brushed aside the rebel communique as 'pure invention', insisting that every garrison remained in government hands.",
    ),
    (
        "confirmation_gap",
        "The state government denied soldiers had any part in the killings, blaming a feud between two clans.",
    ),
    (
        "confirmation_gap",
        "Militia spokesmen in Kidal insisted the clashes started when army patrols fired on herders, a version that officials of the regional government in Gao city flatly rejected.",
    ),
    (
        "ceasefire",
        "Under a truce hammered out late on Monday with the governor and due to start at 6 a.m. on Wednesday, the protesters will begin clearing the barricades, both sides said.",
    ),
    (
        "ceasefire",
        "Troops pulled out of the town before dawn under a local ceasefire arrangement agreed with militia commanders, the army said.",
    ),
    # round 75 (pz-qe)
    (
        "ceasefire",
        "With soldiers dug in outside the town but keeping out of its streets under a truce struck with a council of elders, volunteers collected the guns seized from the police station.",
    ),
    (
        "confirmation_gap",
        "Rebel radio claimed that troops had killed more than 500 villagers in the valley; an army spokesman in the capital dismissed the broadcast as enemy propaganda.",
    ),
    (
        "toll_revision",
        "The interior minister told parliament on Tuesday that 212 people died in the 1991 riots, an upward revision of the 150 deaths announced by the police at the time.",
    ),
    (
        "confirmation_gap",
        "A community leader accused police of standing by while mobs burned shops in the market. A police spokesman said he had no information that would bear out the accusation.",
    ),
    (
        "confirmation_gap",
        "Pressed about the opposition's accusations, a spokesman for the mining company would say only that its engineers had followed every safety rule.",
    ),
    (
        "toll_revision",
        "The provincial government said its casualty lists had been corrected overnight but held back a new total until relatives abroad could be reached.",
    ),
    ("toll_revision", "Mine disaster death roll cut to 212 as missing miners turn up alive"),
    # round 76 (qf-qk)
    (
        "confirmation_gap",
        "Volunteers said they had taken far more bodies from the ruins than officials had recorded. The secretariat did not respond to their account.",
    ),
    (
        "ceasefire",
        "Government troops and the rebels in the northern port have been under a truce since noon on Tuesday, arranged by the bishop with local commanders.",
    ),
    (
        "ceasefire",
        "A truce worked out by army officers between the two militias took hold across the city on Wednesday.",
    ),
    (
        "ceasefire",
        "President Ortega told the guard ringing the embassy to hold its fire while Archbishop Ramos negotiated with the gunmen.",
    ),
    # round 77: ql-qq read (refugee, evacuee and animal counts, a phrasal 'up from', implore, yet to take hold, a year-named old deal, border war, a war declared over in a headline, scarcely a shot, a silence kept so far, nothing heard from, remained firmly in)
    (
        "ceasefire",
        "The truce's first night passed with hardly a shot fired along the river, the monitors said.",
    ),
    ("ceasefire", "Chad and Libya sign Lome accord to halt border war"),
    ("ceasefire", "Uganda declares Karamoja war over, says the last rebel units have surrendered"),
    (
        "confirmation_gap",
        "The army said its gunners had shot down two enemy jets over the delta. Damascus has so far kept silent.",
    ),
    (
        "confirmation_gap",
        "Insurgents said on Monday they had seized the radio station. Nothing was heard from the interior ministry.",
    ),
    (
        "confirmation_gap",
        "Rebels said they had stormed the garrison hill overnight. The defence ministry said the hill remained firmly in government hands.",
    ),
    # round 78: qr-qw read (keeping faith with, stretch a truce, a headline's 'calls unilateral ceasefire', 'wins truce from', fire held for a further span, 'at her urging', 'would say only that', 'contradicted him' after the claim, 'that year', a rejected assertion, a newspaper's own check, another party's announced figure, other counts wounded)
    (
        "ceasefire",
        "The guerrillas in the hills are keeping faith with the truce even after the army spurned it, their commander said on Sunday.",
    ),
    ("ceasefire", "Rebels stretch Christmas truce into the new year"),
    ("ceasefire", "Moro front calls unilateral ceasefire for Ramadan"),
    ("ceasefire", "Junta wins truce from northern clans"),
    (
        "ceasefire",
        "The defence minister ordered the coastal batteries to go on holding their fire for a further ten days, state radio announced.",
    ),
    (
        "ceasefire",
        "The two militias had agreed, at her urging, to keep the truce in place until the elections, the envoy said.",
    ),
    (
        "confirmation_gap",
        "Rebels claimed that a whole battalion had crossed over to their side. Asked about the report, an army spokesman would say only that the matter was being checked.",
    ),
    (
        "confirmation_gap",
        "The ferry company's chairman said the vessel had passed every inspection. The maritime authority contradicted him on Friday, saying two lifeboats were unusable.",
    ),
    (
        "toll_revision",
        "Officials said 40 people had now died, up from the 25 announced by the ministry on Monday.",
    ),
    # round 79: qx-rc read (declined to / yet to say anything, made no finding on, under examination, once more respecting, armed agitation, the noun 'demand', the adjective 'disputed', only for as long as, radio reports denied, a truce formula, a court's order)
    (
        "confirmation_gap",
        "Kenya lodged a protest with Addis Ababa over the air raid; the Ethiopian embassy in Nairobi declined to say anything about it.",
    ),
    (
        "confirmation_gap",
        "Dakar radio said Senegal had accepted the truce, but the Gambian government, whose own radio played only music, had yet to say anything about it.",
    ),
    (
        "confirmation_gap",
        "The Marine Accident Investigation Branch said in its first report that the bow doors had been left open, letting water flood the car deck, but it made no finding on the ferry line's contention that a crewman had been told to close them.",
    ),
    (
        "confirmation_gap",
        "Asked whether the government shared the governor's view that foreign agents lay behind the riots, a Home Ministry spokesman would say only that the matter was under examination.",
    ),
    (
        "ceasefire",
        "Observers reported calm along the river on Monday, and both governments said their troops were once more respecting the cease-fire.",
    ),
    (
        "ceasefire",
        "The front's leader announced on Monday that it was suspending its armed agitation for a separate state with immediate effect.",
    ),
    (
        "ceasefire",
        "The two governments and the front signed an accord under which the front drops its demand for a separate state and all hostilities in the hills are to end from midnight on Sunday.",
    ),
    # round 80: rd-ri read (wins ceasefire in, operations suspended for rescue work, a proposal both sides accepted, gendarmerie, rejected that version, neither ... nor ... would comment, its dead raised, double its first count; not a figure's direction withheld, the press's own check, a caller's want of proof, a similar truce)
    ("ceasefire", "UN envoy wins ceasefire in Chad-Libya border clash"),
    (
        "ceasefire",
        "Troops in the flooded provinces have been ordered to suspend offensive operations against the rebels and devote themselves to rescue work, the army said.",
    ),
    (
        "ceasefire",
        "Ethiopia and Eritrea have both accepted a truce proposed by the OAU envoy, and it took effect at dawn, a spokesman said.",
    ),
    (
        "confirmation_gap",
        "The colonel maintained that his men had taken the town without a shot. Officers of the gendarmerie rejected that version, saying the rebels had fired on their posts.",
    ),
    (
        "confirmation_gap",
        "The rebels said they had shot down a helicopter. Neither the army nor the interior ministry would comment on the claim.",
    ),
    ("toll_revision", "Army raises its dead in border clash to 14"),
    ("toll_revision", "Kabul puts ambush dead at 31, nearly double its first count"),
    # round 81: rj-ro read (Vientiane as Laos, offered no reply, dismissed as a hoax, a truce put forward that both accepted; not reports dismissed as without foundation, a truce disputed, fighting that broke out again)
    (
        "confirmation_gap",
        "Thai troops have retaken Hill 1370, the Thai army said on Monday. There was no immediate reaction from Vientiane.",
    ),
    (
        "confirmation_gap",
        "Kurdish leaders accused the gendarmes of firing on a funeral procession. By nightfall the interior ministry had offered no reply to the accusation.",
    ),
    (
        "confirmation_gap",
        "Police dismissed as a hoax a telephone call to the Bologna daily in which a man said a left-wing group had planted the bomb, investigators said.",
    ),
    (
        "ceasefire",
        "The two party leaders have both accepted a truce put forward by the Commonwealth envoys, the high commission announced on Friday.",
    ),
    # round 82: rp-ru read (a department as government, silence until a party speaks publicly, no response in a capital, accords ending a war, hostilities declared over far after the speech verb, a level against an earlier one, a rise from, a toll that touches; not a leader's own fighters, a negated future, a text that says nothing, own dead unmentioned, ground seized after a truce, an appeal once more, a fight against a side, a count against another party's)
    (
        "confirmation_gap",
        "Farmers say the sluice gates stuck shut during the storm, an account the provincial water department has denied.",
    ),
    (
        "confirmation_gap",
        "Clan elders said they had agreed a truce with herders from Ethiopia, though officials in Addis Ababa had yet to speak publicly about the deal.",
    ),
    (
        "confirmation_gap",
        "Baghdad radio said Iraqi gunners had sunk two Iranian frigates. There was no immediate response in Tehran to the Iraqi claim.",
    ),
    ("ceasefire", "Government and separatists sign accord ending 14-year rebellion"),
    (
        "ceasefire",
        "The governor announced at a rally in the provincial capital that the guerrillas had handed in their rifles and that hostilities in the region were over.",
    ),
    (
        "toll_revision",
        "Three days of shelling have now cost about 260 lives, against the 90 the mayor gave on Monday, a Red Crescent official said.",
    ),
    (
        "toll_revision",
        "More than 200 people have died in the region this year, the commission said, a sharp rise from the 95 deaths it had recorded by March.",
    ),
    ("toll_revision", "Hostel fire: 6 more students die, toll touches 41"),
    # round 83: rv-sa read (undertook to hold fire, a declaration committing armies to a cessation, a truce now in force as a frame, guns kept quiet, a leadership as government, waved away, a minimum said after a charge, a count set against an earlier one right after it, refugees who perished, a count that went to, dead revised down; not a denied agreement to a truce, a past truce as a frame, a minimum about own losses, double another party's figure, burns victims in care, a man who went to a funeral)
    (
        "ceasefire",
        "The two factions undertook to hold their fire along the coast while the evacuation went ahead, the embassy said.",
    ),
    (
        "ceasefire",
        "The two presidents signed a declaration on Monday committing their armies to a cessation of hostilities from Friday.",
    ),
    (
        "ceasefire",
        "The prisoners were exchanged at a meeting held under the truce now in force along the frontier.",
    ),
    (
        "ceasefire",
        "Farmers have returned to the valley, where the truce has now kept the guns quiet for three weeks, officials said.",
    ),
    (
        "confirmation_gap",
        "Gulf newspapers reported that the ousted premier had survived and was hiding in the capital. The new leadership would neither confirm nor deny the reports.",
    ),
    ("confirmation_gap", "The ministry waved away the rebels' claim that the bridge had fallen."),
    (
        "confirmation_gap",
        "The union accused the shipping company of hiding the crew manifest; a company spokeswoman would say only that the documents were with the coastguard.",
    ),
    (
        "toll_revision",
        "By nightfall the civil defence had counted 41 dead, up from 23 at dawn, with 150 people still unaccounted for, a spokesman said.",
    ),
    (
        "toll_revision",
        "The number of Kurdish refugees who have perished in the snow along the border has climbed to at least 41, from about 18 on Sunday.",
    ),
    (
        "toll_revision",
        "The official count for the flood went to 1,310 on Tuesday after 84 more bodies were found downstream.",
    ),
    ("toll_revision", "Quarry blast dead revised down to 212; double counting blamed"),
    # round 84: sb-sg read (offensive operations broken off, the terms of a truce, a truce gone unbroken, a truce that silences guns, a truce that came hours after, stand-fast orders, fighting that had ended, both sides holding their fire throughout, guns to fall silent under a signed accord, a claim passed over in silence, casualties climbed to a count of killed, deaths taken to a level, a death list corrected, losses corrected in the passive; not talks broken off, a war that ended long ago, work halted at a plant, shooting kept up long after a truce, a world body's deadline, a rejected deal's guns, a claimant's own fallen, a referee's complaints from each side)
    (
        "ceasefire",
        "Army headquarters ordered the northern command to break off offensive operations in the border district, officials disclosed.",
    ),
    (
        "ceasefire",
        "Under the terms of the truce, refugees may return to the border villages from Friday.",
    ),
    (
        "ceasefire",
        "Prisoners were exchanged on a front where the truce has now gone unbroken for nine days, the command said.",
    ),
    ("ceasefire", "Truce silences guns on the eastern front"),
    (
        "ceasefire",
        "The cease-fire came hours after rebel armour broke through the last government positions, officers said.",
    ),
    (
        "ceasefire",
        "Stand-fast orders issued by both commands came into force at midnight, and both reported their lines quiet.",
    ),
    (
        "ceasefire",
        "The president said in a broadcast that fighting in the province had ended and that the rebel forces had given up.",
    ),
    (
        "ceasefire",
        "By midday observers reported that both armies were holding their fire throughout the city.",
    ),
    ("ceasefire", "Rebels and government sign peace accord; guns to fall silent at noon Monday"),
    (
        "confirmation_gap",
        "Radio Moscow said its pilots had shot down 30 enemy aircraft, a claim the Japanese command has so far passed over in silence.",
    ),
    (
        "toll_revision",
        "Casualties among the insurgents and their allies have climbed to 417 killed, the defence ministry said in its evening bulletin, against about 150 given on Monday.",
    ),
    (
        "toll_revision",
        "Three more of the rescued passengers died overnight, taking the deaths among those brought ashore alive to fourteen.",
    ),
    ("toll_revision", "Ferry fire death list corrected to 212 as missing passengers turn up in port"),
    (
        "toll_revision",
        "Rebel losses in the fighting have been corrected to 45 killed and 80 wounded, the command said.",
    ),
    # round 85: sn-ss read (a county council as government, a tale dismissed, a denial answered, stories denied in the passive, a claim that bore no resemblance, insisted however, a truce that lets something happen, air action suspended, a truce that now covers, word sent of a halt, a figure corrected after an earlier count; not proposals unanswered, own wounded asked after, a cable asking for mediation, no sign of an order to halt, a truce proclaimed and broken, a reply about oneself)
    (
        "confirmation_gap",
        "A geologist said cracks had been reported in the retaining wall for a year. The county council, which manages the reservoir, has made no comment on her remarks.",
    ),
    (
        "confirmation_gap",
        "The army called the tale nonsense.",
    ),
    ("confirmation_gap", "Ambassador Lodge answered that no American aircraft had been involved."),
    ("confirmation_gap", "Stories that a busload of tourists had been swept away were denied by the police."),
    (
        "confirmation_gap",
        "The militia's spokesman said it controlled every bridge in the delta. Federal officials said the assertion bore no resemblance to reality.",
    ),
    (
        "confirmation_gap",
        "The interior ministry maintained, however, that none of the prisoners had escaped.",
    ),
    ("ceasefire", "Truce at the harbour lets foreigners sail out"),
    (
        "ceasefire",
        "Air action against rebel villages has been suspended, an Air Ministry spokesman announced.",
    ),
    ("ceasefire", "Calm has returned, where the cease-fire proclaimed by the emir now covers every tribe."),
    ("ceasefire", "Rebel leaders had sent word that they too would hold their fire."),
    (
        "toll_revision",
        "The ministry, which on Monday had put the number of guards killed at nine, corrected the figure to seven this evening.",
    ),
    # round 86: sh-sm read (two sides holding fire in a headline, guns quiet, hostilities confirmed over, not a shot since a truce began, a cessation of fire bound to, all hostilities to cease by an announced plan, a truce strictly kept, a figure branded an invention, a boast rejected by 'which'; not a truce that dates other news, reports of an armistice denied in the passive, a plan that would have set one, a truce's broker as background, a truce dismissed long ago, fire held only until)
    ("ceasefire", "Quiet on the border as Indians and Pakistanis hold fire"),
    (
        "ceasefire",
        "The president told a crowd that the guns were quiet at the port because his government had heeded the UN.",
    ),
    ("ceasefire", "Paris has confirmed that the hostilities in the colony are over."),
    (
        "ceasefire",
        "Not a shot has been heard in the valley since the truce began on Sunday, village elders said.",
    ),
    (
        "ceasefire",
        "The two presidents said their armies had bound themselves to a cessation of fire along the whole border.",
    ),
    (
        "ceasefire",
        "The chairman announced that both governments had accepted the plan and that all hostilities in the territory would cease forthwith.",
    ),
    ("ceasefire", "Neutral officers reported that the truce was being strictly kept."),
    (
        "confirmation_gap",
        "The army said more than 200 attackers had been killed, a figure the rebels branded an invention.",
    ),
    (
        "confirmation_gap",
        "In a broadcast from the hills the separatists boasted that a whole battalion had been destroyed, which the garrison in the north flatly rejected.",
    ),
    # round 87: sz-te read (a truce that appeared firm, one that ends days of war, an armistice won, a complaint that would be looked into, an archdiocese as a party, a level given and lowered by pronoun; not a conference proposed to arrange a truce, reports of one called premature, a request's second infinitive, a truce that dates other news past a modifier, a request left unanswered, a truce that would not hold firm)
    (
        "ceasefire",
        "By Tuesday the truce in the northern hills appeared firm, aid workers said.",
    ),
    ("ceasefire", "Army capitulates; cease-fire ends three days of civil war"),
    (
        "ceasefire",
        "The prime minister told parliament that an armistice had been won, not yet a peace.",
    ),
    (
        "confirmation_gap",
        "The army charged that an enemy aircraft had crossed the line in breach of the truce; the senior UN member said the complaint would be looked into.",
    ),
    (
        "confirmation_gap",
        "The diocese declined to comment on claims that the chapel's wiring had failed an inspection.",
    ),
    (
        "toll_revision",
        "The coroner had given 57 dead on Sunday, but lowered that to 55 after two names were found to be listed twice.",
    ),
    # round 88 (tf-tk: archive-era copy)
    (
        "toll_revision",
        "Together with the 12 sailors lost at sea, that brings Chile's official death toll for the storm to 41, a ministry spokesman said.",
    ),
    ("toll_revision", "Pier collapse dead mount to 64"),
    (
        "toll_revision",
        "The company's roll of employees lost on the ferry now numbers 78, the firm said, nine more than on Monday.",
    ),
    (
        "toll_revision",
        "Officials said the dead at the stadium had been put at 3,800 after the stands were cleared, against a first estimate of 3,200.",
    ),
    (
        "toll_revision",
        "Bodies recovered in the port now total 2,100, some 700 more than were counted on Friday, the governor said.",
    ),
    (
        "toll_revision",
        "The admiral's full return puts his own killed at 88, four more than in his first report.",
    ),
    (
        "toll_revision",
        "The fever has now killed 900 soldiers in the camps, nearly 200 more than a week ago, the sanitary service said.",
    ),
    (
        "confirmation_gap",
        "The Bolivian command said its troops had taken the fort at Boqueron. The communique of the Paraguayan command, issued the same evening, said nothing whatever of the fall of the fort.",
    ),
    (
        "confirmation_gap",
        "Chilean headquarters announced that its cavalry had entered Tacna. The Peruvian war ministry, reached tonight in Lima, would not discuss the Chilean bulletin.",
    ),
    (
        "confirmation_gap",
        "The rebels said they had shot down two government aircraft over the delta. The Air Ministry has given out nothing on the matter.",
    ),
    (
        "confirmation_gap",
        "The rebels claimed the capture of the port on Monday. The government's dispatch, published tonight, is silent on the fate of the port.",
    ),
    (
        "confirmation_gap",
        "Bolivian headquarters announced that two Paraguayan regiments had been routed near Nanawa; the Asuncion bulletin reported nothing of any rout.",
    ),
    (
        "confirmation_gap",
        "The government charged that rebel fighters had burned the mission at Kolo. The rebel command repudiated the charge outright.",
    ),
    (
        "confirmation_gap",
        "The Latvian government charges that Colonel Berg's brigade burned the village of Ergli. The Estonian government disclaims any responsibility, calling the colonel a mutineer.",
    ),
    (
        "ceasefire",
        "Each side had accused the other of breaking last month's truce. Along the river front on Sunday, a Bolivian captain said by field telephone that not a shot had been heard since dawn.",
    ),
    (
        "ceasefire",
        "Each side had accused the other of breaking last month's truce. Not a rifle shot has been heard along the Chaco lines since Tuesday noon.",
    ),
    (
        "ceasefire",
        "An armistice between the republic of Chile on the one side and the allied armies of Peru and Bolivia on the other was signed at noon today at the outposts.",
    ),
    # round 89 (tl-tq: archive-era copy)
    (
        "confirmation_gap",
        "The junta said its gunners had sunk two patrol boats on the lake. The navy ignored the claim.",
    ),
    (
        "confirmation_gap",
        "Villagers accused the militia of burning their granaries; the militia's spokesman passed over the charge in silence.",
    ),
    (
        "confirmation_gap",
        "The rebel radio said its gunners had destroyed three army helicopters at Kidal. An army spokesman in Bamako said he had nothing that would confirm it.",
    ),
    (
        "toll_revision",
        "The shipping line has raised the number lost in the sinking to 1,090 from the 990 it gave out on Friday.",
    ),
    (
        "toll_revision",
        "Two of the rescued died overnight in hospital, bringing the Lady of the Lake's death roll to 412, company officials said.",
    ),
    ("toll_revision", "Death list of mill fire lengthens to 88"),
    (
        "toll_revision",
        "According to U.N. officers, nine of their soldiers have now been killed since March 3, three more than the six reported at the weekend.",
    ),
    ("ceasefire", "The Lausanne armistice became operative at midnight, officials said."),
    (
        "ceasefire",
        "In Kolwezi, where the cease-fire has now lasted three days, officials said 40 people had died in the fighting.",
    ),
    # round 90 (tx-uc: archive-era copy)
    (
        "confirmation_gap",
        "The rebel command claimed its gunners had sunk a gunboat off Cabinda; the navy in Luanda would make no comment.",
    ),
    (
        "confirmation_gap",
        "The rebel general ordered his men to stop firing on Sunday. Defence officials said they had so far received no formal notice of the rebel general's order.",
    ),
    (
        "ceasefire",
        "The nuncio told reporters the guns had stayed largely silent across the city since the accord was signed.",
    ),
    ("toll_revision", "Flood dead now top 400"),
    (
        "toll_revision",
        "The governor told reporters that the known dead had now reached 900 and that 20,000 people were homeless.",
    ),
    # round 91 (ud-ui: archive-era copy)
    (
        "confirmation_gap",
        "The miners say they warned the company that the shaft was unsafe; officers of the company in Denver would say nothing about the charge.",
    ),
    (
        "toll_revision",
        "Marine dead in the landing now number ten, two of the wounded having died, the general said.",
    ),
    ("toll_revision", "Ferry dead now 1,035 as divers search hull"),
    (
        "toll_revision",
        "Rebel losses at the pass, first put at about 200 killed, have since been raised by the ministry to nearly 400.",
    ),
    ("toll_revision", "Allied loss in storming of the fort cut to 640 from first estimate of 900"),
    (
        "toll_revision",
        "The senate report puts the lives lost at 1,417, a downward correction of the 1,535 the company announced.",
    ),
    (
        "ceasefire",
        "The suspension of arms was extended to the northern front yesterday, the two commanders having agreed to keep to their present lines.",
    ),
    (
        "ceasefire",
        "The truce has been kept without a single incident along the river since Thursday, correspondents report.",
    ),
    # round 92 (the archive-era waves read by rounds 88-91)
    (
        "confirmation_gap",
        "Reports in the Lima press that the two sides had already agreed to a truce were denied on Monday by the Chilean legation.",
    ),
    ("confirmation_gap", "Talk in the town that 40 had died in the market was denied by the municipality."),
    (
        "confirmation_gap",
        "A rebel communique claiming that 300 soldiers had been killed was dismissed by the War Ministry.",
    ),
    (
        "ceasefire",
        "Judge Ortiz, for the government, and the rebel chief set their names last night to a five-day armistice reaching to every state.",
    ),
    (
        "ceasefire",
        "The two envoys put their names this afternoon to a protocol of armistice under which the armies are to mark out a zone.",
    ),
    # round 93 (the archive-era waves tr-tw and uj-uo, read this session)
    ("ceasefire", "Along the Danube the cessation of arms began at dawn on Tuesday, the staff announced."),
    (
        "toll_revision",
        "The corrected list now gives 412 killed in the assault, against 260 in the brigade's first return.",
    ),
    (
        "toll_revision",
        "The county office now counts 95 dead in the valley, against 40 given out on the first day.",
    ),
    (
        "toll_revision",
        "The ministry's return now shows 1,310 persons killed, a steep increase on Tuesday's 870.",
    ),
    (
        "toll_revision",
        "Divers brought up four more bodies on Friday, carrying the total recovered from the harbour to 57.",
    ),
    (
        "toll_revision",
        "French losses in the river fighting have mounted to 412 killed, the minister told the Chamber.",
    ),
    (
        "confirmation_gap",
        "A Sofia bulletin announces the fall of the fort. Belgrade has remained silent, its officials saying only that the telegraph is down.",
    ),
    (
        "confirmation_gap",
        "Rebel despatches assert that a gunboat was sunk off the bar. The navy has so far put out no account of the action.",
    ),
    (
        "confirmation_gap",
        "The capture of the bridge by the rebels, announced in Lisbon on Friday, had still gone unacknowledged at Oporto by the evening.",
    ),
    (
        "confirmation_gap",
        "Asked whether the garrison had surrendered, as a Cairo telegram asserts, the Colonial Office would say neither yes nor no.",
    ),
    ("confirmation_gap", "Insurgents claim Dravo; war ministry keeps silent"),
    (
        "ceasefire",
        "The delegates signed a protocol last night that brings hostilities on the frontier to an end.",
    ),
    # round 94 (tr-tw and uj-uo once more)
    (
        "ceasefire",
        "A royal decree commands the governors of the two provinces to cease fire and to withdraw their troops.",
    ),
    (
        "ceasefire",
        "Under the protocol both parties bind themselves to stop all hostile acts on the frontier at once.",
    ),
    (
        "confirmation_gap",
        "The rebels assert that they beat back the attack, but the army states flatly that the town fell on Sunday.",
    ),
    (
        "toll_revision",
        "Four sailors whose names the navy gave out this morning have been added to the roll of the drowned, bringing it to 64 from 60.",
    ),
    # round 95 (up-uu, read after it was measured at the start and at rounds 93 and 94)
    ("toll_revision", "The count of the lost rose to 212 as the last lifeboats came in at Falmouth."),
    (
        "toll_revision",
        "Two more of the injured died on Sunday, bringing to 57 the lives lost in the theatre fire.",
    ),
    ("toll_revision", "A third death among the crew takes the number of lives lost in the wreck to 61."),
    (
        "toll_revision",
        "The latest return brings the total of deaths among the garrison since the siege began to 1,204.",
    ),
    ("toll_revision", "The police listed 64 dead tonight, as against 58 in their Thursday report."),
    (
        "toll_revision",
        "The loss of life in the earthquake has mounted to 2,300, according to dispatches from the governor.",
    ),
    (
        "confirmation_gap",
        "The Colonial Office said last night that it had received nothing to bear out a report, current in Cairo, that the emir had been taken prisoner near Kassala.",
    ),
    (
        "confirmation_gap",
        "The Spanish legation here flatly denied tonight that Marshal Campos had sought a truce from the tribes, as reported in Tangier earlier in the day.",
    ),
    (
        "confirmation_gap",
        "County Attorney Hale, who is laying the matter before the grand jury, charged that the hall had been overcrowded; the theatre's owners denied it, saying the hall met every city requirement.",
    ),
    ("ceasefire", "The envoys signed the terms tonight, bringing hostilities to a close after two years."),
    ("ceasefire", "Truce Ends 40-Day Siege of Tarnow"),
    # round 96 (tr-tw, uj-uo and up-uu once more)
    (
        "confirmation_gap",
        "The rebels said they had taken the bridge at dawn. The army's communique told a very different story.",
    ),
    (
        "confirmation_gap",
        "A bulletin issued at Athens by the general staff gives a wholly different version, asserting that the Turkish columns fired first.",
    ),
    ("ceasefire", "Hostilities on the frontier are at an end, the foreign minister told parliament."),
    ("ceasefire", "The envoy said the armistice covered the whole of the northern front."),
    ("ceasefire", "Every division reported the armistice faithfully kept through the night."),
    # round 97: archive-era forms from uv-va (adverb 'since', suspension of fire, verbless headlines, 'not N as first reported')
    ("ceasefire", "Fighting in the hill districts has since ceased, the district officer reported."),
    (
        "ceasefire",
        "The garrison commander agreed last night to a suspension of fire with the townsmen holding the citadel.",
    ),
    ("ceasefire", "Papal envoy brings about truce between the rival clans in the valley"),
    ("ceasefire", "The armistice becomes binding on both armies at dawn on Friday, the council announced."),
    (
        "ceasefire",
        "The truce between the miners and the militia became effective at six o'clock this evening.",
    ),
    ("ceasefire", "The Sultan has ordered that all hostile measures against the river tribes be suspended."),
    ("ceasefire", "Guns silent along the Drina as both commands accept the line"),
    (
        "ceasefire",
        "The French consul informed the legation this morning that fighting in the old town was over.",
    ),
    ("confirmation_gap", "Madrid silent after Portugal says gunboat shelled the coastal fort"),
    (
        "confirmation_gap",
        "The Dutch said their marines had captured the pass. Djakarta has so far made no comment on the claim.",
    ),
    (
        "confirmation_gap",
        "There is no truth in Bolivian assertions that the fort was abandoned, the Paraguayan War Ministry stated today.",
    ),
    (
        "toll_revision",
        "A stoker of the Marengo, scalded when the boiler burst in the engine room, has since died, bringing the French dead to 14.",
    ),
    (
        "toll_revision",
        "The ministry today brought its figure for the Italian dead in the avalanche down to 41 from 44.",
    ),
    ("toll_revision", "Cutter loss cut to 19 as trawler lands six survivors"),
    (
        "toll_revision",
        "Eleven of the patrol were killed in the ambush, not eight as first reported, the regiment said.",
    ),
    # round 98: 'had still to say whether' (uv-va)
    (
        "confirmation_gap",
        "Israel said its jets had downed two MiGs over the canal. Cairo has still to confirm the loss.",
    ),
    (
        "confirmation_gap",
        "The rebels said they had taken the ford; the War Office, a spokesman added, had still to say whether its outposts had fallen back.",
    ),
    # round 99: vb-vg ('arranges truce', 'endorsing', 'ended at noon', 'dead ... raised to', 'number feared lost', 'has made no comment')
    ("ceasefire", "Papal legate arranges truce between the hill clans and the garrison"),
    (
        "ceasefire",
        "The colonel, wounded in the shoulder, added a note in pencil endorsing the cease-fire for the men under his command.",
    ),
    (
        "ceasefire",
        "A dispatch from the governor reporting that hostilities in the valley ended at midnight was read to the assembly.",
    ),
    ("toll_revision", "Rebel dead at Dogali raised to 74 in new War Office return"),
    (
        "toll_revision",
        "The Navy Department cut the number of men feared lost to 41 from 44 after three stokers were picked up.",
    ),
    (
        "confirmation_gap",
        "The Conservancy has made no comment on accounts, given by the watermen, that the steamer ported her helm.",
    ),
    # round 100: vb-vg ('being inquired into'; not a place people reached, a count of the wounded raised, the dead who fell in action)
    (
        "confirmation_gap",
        "Villagers say the four herdsmen were shot by soldiers; the army says only that the allegations are being inquired into.",
    ),
    # round 101: vb-vg ('not a shot ... since the convention', 'nothing has been received ... to bear this out', 'losses climb to', 'count of its men lost in')
    (
        "ceasefire",
        "Not a shot has been fired along the river since the convention came into force on Sunday, the governor telegraphed.",
    ),
    (
        "confirmation_gap",
        "The exiles say the rebel general has agreed to give up the port; nothing has been received from General Ruiz himself to bear this out.",
    ),
    ("toll_revision", "Plevna losses climb to 2,400 on Russian side"),
    ("toll_revision", "Harland revises count of its men lost in the dock fire to 14"),
    # round 102: up-uu ('Allied headquarters has not confirmed it': an institution after a capitalised opening word)
    (
        "confirmation_gap",
        "The rebel radio said its gunners had sunk two gunboats on the river. Allied headquarters has not confirmed it.",
    ),
    # round 103: vh-vm (a truce 'in full force', 'now prevails', 'now binds', kept 'scrupulously', a headline's 'Truce at X;', 'Hostilities over in X as', 'Fighting with X ends as', peace made or signed, 'all but' opens no clause, 'before' a place, a suspension granted, 'was settled', 'fixed for', 'will run ... from', 'declared at an end'; tolls: 'more than the N named in ... first telegram', 'than the figure given out', 'against N in the return of last month', a reckoning brought to N, a list of murdered settlers, 'not N as stated in the first telegram')
    (
        "ceasefire",
        "The truce with the hill tribes remains in full force, the district officer has informed the council.",
    ),
    (
        "ceasefire",
        "Some 200 refugees were led out of Sedan, where a suspension of hostilities now prevails, a correspondent reports.",
    ),
    (
        "ceasefire",
        "The commandant at Tarlac, where an armistice now binds both sides while the rebels hand in their rifles, reports 200 guns turned in.",
    ),
    ("ceasefire", "The sentries on both banks are keeping scrupulously to the truce, the consul adds."),
    ("ceasefire", "Truce at Adowa; Italian prisoners handed over to the Negus"),
    ("ceasefire", "Hostilities over in Matabeleland as indunas come in"),
    ("ceasefire", "Fighting with the Mahdists ends as emirs surrender at Omdurman"),
    ("ceasefire", "The Governor has concluded peace with the Matabele indunas at the Matopo hills."),
    ("ceasefire", "Reports from Manila show that hostilities in Batangas have all but come to an end."),
    ("ceasefire", "Firing suspended before Plevna; Turkish wounded carried out"),
    ("ceasefire", "The guns before Sebastopol fell silent at noon after the envoys crossed the lines."),
    (
        "ceasefire",
        "The commandant has granted the garrison a suspension of hostilities until Monday so that its officers may confer.",
    ),
    (
        "ceasefire",
        "According to the consul, the armistice was settled at a conference of the chiefs on Tuesday.",
    ),
    ("ceasefire", "Suspension of arms at Kars fixed for Friday to let the wounded be brought in"),
    (
        "ceasefire",
        "A truce will run at Vailele from six in the morning until noon on Sunday, the consuls announced.",
    ),
    ("ceasefire", "The Kaiser announced today that the state of war in Samoa is declared at an end."),
    (
        "toll_revision",
        "In a fuller return, the Admiralty now gives the Turkish dead as 74, eight more than the 66 named in the captain's first telegram.",
    ),
    (
        "toll_revision",
        "A revised roll issued by the shipping line names 212 passengers and crew lost with the steamer, 14 more than the figure given out on Monday.",
    ),
    (
        "toll_revision",
        "The War Office has published a revised return which gives the killed in the Sudan as 140 officers and men, against 121 in the return of last month.",
    ),
    (
        "toll_revision",
        "Telegrams from relatives added 12 names to the roll of those lost on the Elbe, bringing the company's reckoning to 334.",
    ),
    ("toll_revision", "Matabele rising: list of murdered settlers grows to 140"),
    ("toll_revision", "Nine men were killed, not six as stated in the first telegram."),
    # round 104: vh-vm gaps ('met with silence' past 'without trial', correspondents told, 'asked whether the text is genuine', 'lent no support to the claim', 'received nothing ... confirming', 'found no support at', 'inquiring into', 'is officially denied at the Colonial Office', 'contradicted at headquarters', a 'That ...' clause denied at the Admiralty, 'contradicted assertions by ... that', a story denied by a manager, 'declines to say anything'; not a claimant's grounds, a party silent on its own losses)
    (
        "confirmation_gap",
        "Word that the prisoners taken at Fort Issy were shot without trial has so far met with silence from the French government, whose bulletin speaks only of prisoners.",
    ),
    (
        "confirmation_gap",
        "Survivors say the Mahdi has been dead a week; the Sirdar told correspondents he had no means of verifying it.",
    ),
    (
        "confirmation_gap",
        "A proclamation the Khalifa is said to have issued at Omdurman orders every prisoner killed; asked whether the text is authentic, the Foreign Office in Cairo would say nothing.",
    ),
    (
        "confirmation_gap",
        "The rebel junta at Manila declares that its men killed more than 80 Spaniards at Cavite, but the Madrid war ministry said its dispatches lent no support whatever to the claim.",
    ),
    (
        "confirmation_gap",
        "The State Department had received nothing from the consul confirming the Berlin dispatches, which state that the Kaiser has abdicated.",
    ),
    (
        "confirmation_gap",
        "Accounts reaching Lisbon that the Gaza chief had ordered every Portuguese trader killed found no support at the Colonial Ministry, officials said.",
    ),
    (
        "confirmation_gap",
        "The War Office is inquiring into a statement in a Cape paper that the column lost 60 men at Colenso.",
    ),
    (
        "confirmation_gap",
        "A report circulating in Manchester that an armistice has been concluded with the Boers is officially denied at the Colonial Office.",
    ),
    (
        "confirmation_gap",
        "Word sent out by the Boer committee at Brussels that Lord Roberts had conceded a truce was flatly contradicted at headquarters, where it was stated that no truce had been granted.",
    ),
    (
        "confirmation_gap",
        "That the Iltis was struck by the forts is flatly denied at the Admiralty, where it was stated that she drew off of her own accord.",
    ),
    (
        "confirmation_gap",
        "The mine manager contradicted assertions by several of the survivors that a shot had been fired in the seam that morning.",
    ),
    (
        "confirmation_gap",
        "A story passed among the crowd at the pithead that tapping had been heard was flatly denied by the mine manager.",
    ),
    (
        "confirmation_gap",
        "The War Ministry declines to say anything about the rebels' claim to have taken the fort.",
    ),
    # round 105: vn-vs truces (batteries to 'stay silent for 24 hours', 'kept by both camps', an order to the batteries to cease fire, 'brings truce to', 'fighting ... ended on Wednesday', a headline's '; guns silent after', a signed accord that 'ends' the war, a headline's 'Firing Stops'; a request verb's long objects)
    (
        "ceasefire",
        "The War Commissariat announced that its batteries at Kronstadt would stay silent for 12 hours to give the garrison time to reply.",
    ),
    ("ceasefire", "All through Sunday the truce was kept by both camps, officers on each side said."),
    (
        "ceasefire",
        "The Viceroy then ordered the batteries at Taku and the forts of Peitang to cease fire at noon.",
    ),
    ("ceasefire", "Danish mediation brings truce to Slesvig; Prussian troops to halt at the Eider"),
    (
        "ceasefire",
        "The Porte announced that the Greek army in Thessaly had capitulated, adding that fighting in the province ended on Tuesday.",
    ),
    ("ceasefire", "Garrison of Plevna capitulates; guns silent after five months of siege"),
    ("ceasefire", "Convention signed at the British Legation ends Paraguay's civil war"),
    (
        "ceasefire",
        "Delegates of both juntas put their names to an agreement, drafted at the nunciature, that ends hostilities in the capital.",
    ),
    ("ceasefire", "Sultan Made Prisoner by His Guards; Firing Stops in Capital"),
    # round 106: vn-vs tolls and gaps ('enlarged its count of the dead', a ship's dead brought to N, a count of named kinds killed, 'the total of lives lost', 'the number thought to have perished', the loss of life cut; 'has so far been silent', 'kept its silence', 'denied flatly on Thursday that', a long claim 'absolutely false' or 'without foundation', a tale called 'a slander', 'contradicting talk'; not a tally of wounded raised, nor a party's own dead kept to itself, nor a record loss of life)
    (
        "toll_revision",
        "'Not fewer than 400' people died in the Rif fighting, the War Ministry said tonight, the third time this week it has enlarged its count of the dead.",
    ),
    (
        "toll_revision",
        "A revised list given out by the Fall River Line brings the steamer's dead to 88, five fewer than the company's figure of yesterday.",
    ),
    (
        "toll_revision",
        "Police said the count of strikers and soldiers killed in the street fighting had climbed to about 90 as bodies were found.",
    ),
    (
        "toll_revision",
        "The list compiled by the Native Department brings the total of lives lost in the flood to 64.",
    ),
    (
        "toll_revision",
        "One more survivor was pulled from the surf, and the number thought to have perished was lowered to 71 from 72.",
    ),
    (
        "toll_revision",
        "The loss of life in the wreck of the Drummond Castle was cut today to 240, from the 250 first reported.",
    ),
    (
        "confirmation_gap",
        "The Soviet command, for its part, has so far been silent on the figure the rebels gave.",
    ),
    (
        "confirmation_gap",
        "All day the Government kept its silence on the fate of the Manila squadron, the Prime Minister saying only that nothing had reached him.",
    ),
    (
        "confirmation_gap",
        "A message from the Soviet wireless denied flatly on Thursday that any truce had been made with the mutineers.",
    ),
    (
        "confirmation_gap",
        "Stories circulating abroad that prisoners taken in Oviedo were shot without trial are 'absolutely false', the Interior Ministry stated tonight.",
    ),
    (
        "confirmation_gap",
        "Reports from Fernie that a second fall of rock had come down overnight and buried what was left of the mining camp were without foundation, the police said.",
    ),
    (
        "confirmation_gap",
        "Moscow's tale of a White general at the head of the rising is a slander, the committee's own newspaper declared.",
    ),
    (
        "confirmation_gap",
        "Foreign Minister Carranza said this evening that no armistice had been concluded, contradicting talk in the foreign colony that both sides had pledged to stop the shelling.",
    ),
    # round 107: tolls set against the first report with no figure ('heavier than first reported', 'more than twice his first estimate', 'put higher at'), 'dead now put at' (toll.worse_than_first)
    ("toll_revision", "Hicks Pasha's losses at El Obeid heavier than first reported"),
    (
        "toll_revision",
        "Roberts Puts His Losses at Paardeberg at About 1,200, More Than Twice His First Estimate",
    ),
    ("toll_revision", "Losses in the Omdurman charge put higher at 430 killed and wounded"),
    ("toll_revision", "Paraguay war dead now put at 1,500, Red Cross says"),
    # round 108
    (
        "toll_revision",
        "The list of miners killed in the Harwood pit was swollen to 61 by two deaths in hospital.",
    ),
    ("toll_revision", "The count of bodies taken from the flooded workings has climbed to 74."),
    ("toll_revision", "FERRY DISASTER: LIST OF LOST RISES TO 88"),
    ("toll_revision", "Quarry blast dead now twelve"),
    ("toll_revision", "Two more miners died overnight in the Merthyr infirmary, increasing the dead to 31."),
    (
        "toll_revision",
        "The Admiralty raised its figure of seamen lost to 312 after the last boat was accounted for.",
    ),
    (
        "toll_revision",
        "Italian losses at Dogali were corrected yesterday to 430 killed, in place of the 400 given out earlier.",
    ),
    ("toll_revision", "The crew's dead, given as four on Monday, have since reached nine, the owners say."),
    (
        "toll_revision",
        "Serbian losses in the first day, given at the time as ninety killed, have risen to 140, the ministry says.",
    ),
    (
        "ceasefire",
        "The Montenegrin brigade, under its Serbian chief, has been told likewise to hold its fire.",
    ),
    (
        "ceasefire",
        "The general has ordered his columns to halt where they stood and cease fire on the whole front.",
    ),
    (
        "ceasefire",
        "The emir sent word to his chiefs to stop fighting at once, his envoy told the British officers.",
    ),
    (
        "ceasefire",
        "The high command declared that its troops had reached their objectives and that hostilities were at an end.",
    ),
    ("ceasefire", "Truce terms agreed at Kars; fire to cease on Monday"),
    (
        "confirmation_gap",
        "The Serbian General Staff announces that its cavalry occupied Kustendil on Tuesday. The Bulgarian War Ministry has issued no account of the town's loss.",
    ),
    (
        "ceasefire",
        "The mountain battalions grounded their arms at noon on the orders of the provisional council.",
    ),
    (
        "toll_revision",
        "The bureau now puts the dead of the rising at 700, far above the 300 it gave out on Monday.",
    ),
    (
        "ceasefire",
        "The army confirms a Tirana report that the two sides had agreed to stop fighting on the border.",
    ),
    ("ceasefire", "Firing stopped on the Isonzo at noon, the War Ministry announced today."),
    (
        "ceasefire",
        "The fighting on the Marne was halted at noon by order of the two commands, the ministry said.",
    ),
    ("toll_revision", "The death toll was lowered to 40 as the lower town was searched house by house."),
    (
        "confirmation_gap",
        "The rebel envoys replied that none of their men had been killed at the ford, as the Government had claimed.",
    ),
    (
        "confirmation_gap",
        "The army has published nothing about rebel claims that forty of its men died at the ford.",
    ),
    ("confirmation_gap", "The governor said the rebel story of a rout at the ford was untrue."),
    (
        "toll_revision",
        "Turkish dead in the fighting at Lule Burgas and Chorlu now number 900, according to an amended list.",
    ),
    # round 109
    (
        "ceasefire",
        "At the envoy's request a truce of two hours was agreed so that the wounded could be brought in.",
    ),
    ("ceasefire", "Fire is to cease at dawn on Friday along the whole Drina line."),
    ("ceasefire", "All Serbian batteries on the Save are to cease fire by six tomorrow evening."),
    ("ceasefire", "Bukhara garrison grounds arms at noon"),
    ("ceasefire", "French squadron off the forts holds its fire"),
    ("ceasefire", "Arabi telegraphed from Cairo ordering the garrison at Aboukir to cease fire."),
    ("ceasefire", "The Bapedi chiefs met the commissioner at Lydenburg and agreed to fight no more."),
    ("ceasefire", "Peace signed with the Hottentot captains at Gibeon"),
    ("ceasefire", "The captains accepted the terms, and peace has been formally proclaimed in the south."),
    ("ceasefire", "The Emperor has ordered the army to cease hostilities, Vienna announces."),
    ("ceasefire", "An armistice has been concluded with the chief, the Governor announces."),
    (
        "confirmation_gap",
        "The bureau cut its toll to 410 from 425 today. The prefectural police, whose own count is higher, have not accepted the correction.",
    ),
    (
        "confirmation_gap",
        "The Plymouth office raised its reckoning of the men lost to 260, though the Admiralty has yet to adopt that figure.",
    ),
    (
        "confirmation_gap",
        "The Governor cut the figure of the drowned to 340; the Greek consul has so far withheld his assent to the new total.",
    ),
    (
        "confirmation_gap",
        "Counsel told the board that complaints from passengers that no boat drill was held were still being looked into by the owners.",
    ),
    (
        "confirmation_gap",
        "The rebel bulletin claims 300 British dead; the colonel's staff call both figures pure invention.",
    ),
    (
        "confirmation_gap",
        "The railways have not accepted the figure of 900 dead printed in the Sapporo press.",
    ),
    ("toll_revision", "A late return raised the cyclone's dead throughout Bengal to 3,104 from 2,870."),
    (
        "toll_revision",
        "A wounded sapper died in the night, swelling the British killed in Tuesday's action from six to seven.",
    ),
    ("toll_revision", "The count of the drowned was raised to 212 when the passenger list was checked."),
    ("toll_revision", "Fresh lists raise the number of murdered traders from twelve to 19."),
    ("toll_revision", "The killed in Monday's action now number eleven, two of the wounded having died."),
    ("toll_revision", "Sixty more landed at Oban; drowned now put at 412"),
    (
        "toll_revision",
        "The railways put the dead at 1,210, an upward revision of 38 from its previous estimate.",
    ),
    ("toll_revision", "The brigade's own loss has risen to three, a corporal having died in hospital."),
    (
        "toll_revision",
        "The Army raised to 52 from 44 the number of its soldiers believed lost in the sinking.",
    ),
    ("toll_revision", "The garrison's dead, reckoned at 20 when the siege lifted, have risen to 26."),
    (
        "toll_revision",
        "Telegrams from the consul put the subjects drowned at 534, an increase on the 520 reported yesterday.",
    ),
    (
        "toll_revision",
        "Evening papers said the number of dead had risen above 750, and the consul told Reuters the figure was his own.",
    ),
    (
        "toll_revision",
        "The directorate raised its estimate of villagers drowned to about 900 from the 400 given earlier.",
    ),
    # round 110
    ("ceasefire", "The two garrisons came to terms on Sunday for a suspension of fighting at the ford."),
    ("ceasefire", "The envoys of both camps had come to terms on a stoppage of fire at Kashgar."),
    ("ceasefire", "At dusk the colonel granted the tribesmen a suspension of firing until morning."),
    (
        "ceasefire",
        "The Bhutia headmen and the British officers have agreed to lay aside hostilities from sunrise on Monday.",
    ),
    (
        "ceasefire",
        "Khyber elders announce that the Adam Khel will come under the armistice from noon on Saturday.",
    ),
    (
        "ceasefire",
        "PARIS, Nov. 28 (Havas) - The general has signed an armistice with the king, the Colonial Office announces.",
    ),
    ("ceasefire", "A truce has been signed with the tribes, the War Office announces."),
    (
        "toll_revision",
        "A later message raises the Italian loss at Dogali to 430 dead, several of the wounded having succumbed.",
    ),
    (
        "toll_revision",
        "The Serbian command has revised its losses in the March fighting round Uskub to 900 killed and wounded.",
    ),
    (
        "toll_revision",
        "The schooner's loss of life now stands at 14 instead of the 11 reckoned when she foundered.",
    ),
    (
        "toll_revision",
        "Swollen by the last returns, the casualty roll for the retreat now stands at sixty killed.",
    ),
    (
        "toll_revision",
        "The battalion's dead in that action, first telegraphed as eight, have been corrected to seven.",
    ),
    (
        "toll_revision",
        "Fresh returns raise the Eastern Force's killed in the desert campaign to 310 from the 290 previously announced.",
    ),
    (
        "toll_revision",
        "The mission's dead have gone up to twelve, two of the wounded having died in the night.",
    ),
    (
        "confirmation_gap",
        "The Mohmand lashkar boasts that Fort Shabkadr has fallen. Signalling from Peshawar, Colonel Elles contradicts this: the post still holds.",
    ),
    (
        "confirmation_gap",
        "A ministry team believes the blast was set off by a runaway car; the company disputes this.",
    ),
    # round 111 (wl-wq read, wr-ww kept unread)
    (
        "ceasefire",
        "In the Vosges the armistice remains unbroken, French and German sentries exchanging newspapers across the wire.",
    ),
    ("ceasefire", "The envoys at Berne had settled upon a suspension of arms by land and sea."),
    ("ceasefire", "General Ruiz bade his batteries cease fire as the white flag went up over the fort."),
    (
        "ceasefire",
        "The chiefs' young men gave up their rifles, and hostilities in the valley were suspended at noon.",
    ),
    ("ceasefire", "The insurgents' fire ceased along the canal at dusk, and the relief column marched in."),
    ("ceasefire", "The Orakzai clans ground their arms at the Commissioner's camp"),
    ("ceasefire", "The Kolapore garrison grounded its rifles at the bugle call."),
    ("ceasefire", "Our batteries will hold their fire from six o'clock tomorrow evening."),
    ("ceasefire", "SUSPENSION OF ARMS ALONG THE DANUBE"),
    ("ceasefire", "Travellers from the coast describe the armistice as loyally kept."),
    (
        "ceasefire",
        "Travellers say the day passed without incident and that the armistice is being respected by both sides.",
    ),
    (
        "confirmation_gap",
        "A Bucharest statement that 400 villagers had been shot was repudiated at the Foreign Office this afternoon.",
    ),
    (
        "confirmation_gap",
        "The Albanians charge the gendarmes with burning a village; the Ministry pronounces the charge devoid of foundation.",
    ),
    (
        "confirmation_gap",
        "A rumour ran through the bazaar that the Khan had been poisoned, but the Resident contradicts it.",
    ),
    (
        "confirmation_gap",
        "Reports from Lemberg that the garrison had mutinied are discounted by the War Ministry.",
    ),
    (
        "toll_revision",
        "The Bavarian loss at Worth, first telegraphed as some 300 killed and wounded, is now returned at 540.",
    ),
    ("toll_revision", "Fresh returns swell the Bavarian casualties at Worth to 900 killed and wounded."),
    (
        "toll_revision",
        "The Guards' losses at Inkerman are now officially put at 610, against about 400 in the first accounts.",
    ),
    ("toll_revision", "Colliery Disaster Toll Now 41"),
    # round 112 (wr-ww read, wx-xc kept unread)
    (
        "ceasefire",
        "Orders went to the Danube flotilla to commit no hostile act while the envoys sat at Galatz.",
    ),
    (
        "ceasefire",
        "The guns on the Maritza went silent at a quarter past eleven as the armistice came into force.",
    ),
    ("ceasefire", "In a general order the Marshal directs that fire cease along the whole front at six."),
    ("ceasefire", "The two commanders have agreed that the fire of both sides shall stop at dawn tomorrow."),
    ("ceasefire", "Arms grounded at Kumasi as the chiefs accept the Governor's terms"),
    ("ceasefire", "The Colonel sent word along the line that not another shot was to be fired."),
    ("ceasefire", "The Governor at once ordered that no man was to fire on the retreating tribesmen."),
    (
        "confirmation_gap",
        "The Chilean squadron claims the action off Callao as a victory; the Ministry of Marine at Madrid has published no account of it.",
    ),
    ("confirmation_gap", "The Foreign Office offered no view on the Russian claim to have taken Panjdeh."),
    ("toll_revision", "The Bavarian dead at Sedan, given at first as 300, now exceed 500."),
    (
        "toll_revision",
        "The Danish losses at Fredericia, given out on Monday by the War Ministry as 200 killed, now stand at 260.",
    ),
    (
        "toll_revision",
        "The Carlist killed at Estella have been revised upward by the Ministry to 312 from 280.",
    ),
    ("toll_revision", "The column's killed since it left Kassala have mounted to 41."),
    (
        "toll_revision",
        "The Turkish killed at Domokos, announced at first as forty, have since been returned as ninety.",
    ),
    (
        "confirmation_gap",
        "The Bulgarians announced that Slivnitza is held. The Porte has so far published nothing.",
    ),
    # round 113 (wx-xc read, xd-xi kept unread)
    # (two near misses of round 86 turned positive: a quiet told with no truce word is a truce holding on all 82
    # labelled passages worded so, "since morning" among them)
    (
        "ceasefire",
        "Along the river front, a Bolivian captain said by field telephone that not a shot had been heard since dawn.",
    ),
    ("ceasefire", "Not a rifle shot has been heard along the Chaco lines since Tuesday noon."),
    ("ceasefire", "Not a shot has been exchanged on the Danube since the Khedive's envoys came in."),
    (
        "ceasefire",
        "The Emir has forbidden his horsemen to fire on the caravans while the envoys are at Kabul.",
    ),
    ("ceasefire", "The Kurdish chiefs have resolved to fight no more and have sent their rifles to Van."),
    ("ceasefire", "The officer at Suakin reports that the armistice was unbroken when the steamer left."),
    (
        "ceasefire",
        "The Khedive's envoy announced in Cairo that arms are grounded on both sides until Friday.",
    ),
    (
        "toll_revision",
        "The Austrian killed at Custozza have since been returned at 1,170, against 960 first telegraphed.",
    ),
    (
        "toll_revision",
        "The Prussian staff now gives the dead of the sortie as 212, thirty more than its figure of Tuesday.",
    ),
    ("toll_revision", "Officers now put the Sikh dead at 900 instead of the 600 first reported."),
    ("toll_revision", "The Governor's despatch raises the rebels' loss at Ambigol to about 200 killed."),
    ("toll_revision", "The regiment's losses in the Tirah campaign now stand at 48 killed."),
    ("toll_revision", "His own killed having risen to nine, the Colonel withdrew to the zeriba."),
    # round 114 (xd-xi read, xj-xo kept unread)
    (
        "ceasefire",
        "The Governor has proclaimed a cessation of hostilities throughout the Zambezi districts.",
    ),
    ("ceasefire", "Suspension of arms proclaimed at Kumasi"),
    ("ceasefire", "The Resident reports that both sides have agreed to lay down their arms at Kassala."),
    ("ceasefire", "Hostilities on the Zambezi were brought to a stop by agreement on Tuesday."),
    ("ceasefire", "Four days have now passed without a shot on the Pruth."),
    ("ceasefire", "No firing has been heard along the Drina since the envoys met at Zvornik on Sunday."),
    ("ceasefire", "Though the armistice is being well kept, the Porte has sent no reply to the note."),
    (
        "toll_revision",
        "A later telegram revises the Ashanti dead at Dompoassi to about 400 from the 250 first given.",
    ),
    ("toll_revision", "Later telegrams carry the number of Dervishes slain at Ferkeh to about 900."),
    (
        "toll_revision",
        "The staff now reckons the rebels' dead at Omdurman at about 11,000, far above the first estimate.",
    ),
    ("toll_revision", "The corrected return gives 52 killed, against 37 in the first announcement."),
    (
        "toll_revision",
        "The company gave up hope for the entombed men and raised its count of the dead from four to twelve.",
    ),
    # round 115 (xj-xo read)
    (
        "ceasefire",
        "The Resident announces that the two parties have agreed to lay aside their arms for three days from sunrise.",
    ),
    (
        "ceasefire",
        "Runners from the hills report that the headmen and the station have agreed to put down their arms for a month.",
    ),
    (
        "ceasefire",
        "At Kuldja the Russian commander has proclaimed an end to hostilities and promised pardon to all who come in.",
    ),
    (
        "ceasefire",
        "The Governor has sent word to his column commanders that, from noon tomorrow, no shot is to be fired at the rebel posts.",
    ),
    (
        "ceasefire",
        "The chief has forbidden his horsemen to raid the river villages while the envoys are at the fort.",
    ),
    (
        "ceasefire",
        "Orders went from Rangoon to the frontier posts to make no movement against the Kachins and to open fire only if attacked.",
    ),
    (
        "ceasefire",
        "The general gave orders that his escort should abstain from all hostile action against the Chinese garrison.",
    ),
    (
        "ceasefire",
        "The Viceroy states that the troops in the province remain under strict orders to abstain from hostilities.",
    ),
    (
        "ceasefire",
        "The two commanders agreed that the batteries on both sides should fall silent from sunrise on Monday.",
    ),
    (
        "ceasefire",
        "The suspension agreed at the ford has been respected along the whole line for a week, not a shot passing between the outposts.",
    ),
    (
        "ceasefire",
        "The rebels report that the cessation has been prolonged to the end of the month, the troops remaining in their lines.",
    ),
    ("ceasefire", "The standstill between the two garrisons continues to be scrupulously observed."),
    ("confirmation_gap", "The Foreign Office declines to confirm the figure the Turkish minister gave."),
    (
        "confirmation_gap",
        "The colliery officials would neither confirm nor deny the statement of the rescued men.",
    ),
    (
        "confirmation_gap",
        "The underviewer would neither admit nor deny that the complaints had reached him.",
    ),
    (
        "confirmation_gap",
        "The Admiralty has so far withheld confirmation of the report that the gunboat was lost.",
    ),
    (
        "confirmation_gap",
        "Reports of a rising in the district are not borne out by the resident magistrate, who wires that all is quiet.",
    ),
    (
        "confirmation_gap",
        "The chiefs' story that they were fired on first is contradicted by the commandant at the fort.",
    ),
    (
        "confirmation_gap",
        "The rebels report the arrangement concluded, but their chief has given no sign of accepting the arrangement.",
    ),
    ("confirmation_gap", "The Lanarkshire miners' agent disputed the company's figure."),
    (
        "toll_revision",
        "A list issued by the owners corrects the total to 130 from 134, four men having been entered twice.",
    ),
    (
        "toll_revision",
        "Two of the injured died during the night, carrying the fatal list of the explosion to forty-one.",
    ),
    (
        "toll_revision",
        "The finding of more bodies on the shore has carried the agents' roll of the lost to 312.",
    ),
    (
        "toll_revision",
        "The search of the burnt building yielded more bodies, bringing the total to 57 by noon.",
    ),
    (
        "toll_revision",
        "The death of a pony driver in the infirmary brings to sixty-seven the number of men killed at the pit.",
    ),
    ("toll_revision", "His own dead in the siege, given a week earlier as 300, he now sets at 450."),
    # round 116 (xj-xo read)
    (
        "confirmation_gap",
        "The rebels report that a band has refused the terms and is still under arms; asked about it, the General's headquarters declines to say either way.",
    ),
    (
        "ceasefire",
        "The suspension was observed from the appointed hour, the Viceroy writes. In the two days of bombardment that preceded it some 300 of the defenders were killed.",
    ),
    # round 116 (xp-xu read)
    ("ceasefire", "Kassala gives up the fight: fire ceases and Italian troops hold the town"),
    (
        "ceasefire",
        "At the instance of the French commodore both sides have agreed to suspend fire for six hours from dawn.",
    ),
    (
        "ceasefire",
        "The chief has written to the Resident declaring that he has buried his spears and will make war no more.",
    ),
    (
        "ceasefire",
        "A letter of later date describes the truce at Kumasi as well kept, traders passing the gates unhindered.",
    ),
    (
        "ceasefire",
        "At noon the War Minister sent orders to the forts of Monte, Barra, Sao Pedro and Guia to cease fire.",
    ),
    (
        "ceasefire",
        "The Resident adds that the chief has sent word to his captains to stop firing on the river posts.",
    ),
    (
        "ceasefire",
        "The Sultan has ordered a halt to all sorties from the city while his messengers treat with the general.",
    ),
    (
        "ceasefire",
        "Under the terms now reported, the general ordered his batteries to fall silent from daybreak on the 13th.",
    ),
    (
        "ceasefire",
        "The government batteries are silent until noon on Tuesday so that foreigners may leave the islands.",
    ),
    (
        "ceasefire",
        "The general has told his column commanders to halt every forward movement and to fire on nobody.",
    ),
    (
        "ceasefire",
        "The Ministry has decided that no further offensive movement shall be made against the chief.",
    ),
    (
        "ceasefire",
        "The troops are under orders to keep to their quarters and undertake no operations while the law is read.",
    ),
    (
        "ceasefire",
        "The two chiefs have agreed with the commission that neither side shall attack the other while the letters pass.",
    ),
    (
        "ceasefire",
        "Not a gun has been fired in the harbour since the surrender, and the ferries were running again by dusk.",
    ),
    ("ceasefire", "The traders declare that not a shot has passed over the walls since the 13th."),
    (
        "ceasefire",
        "The district remains quiet, not a shot having been exchanged with the tribesmen since the columns were withdrawn.",
    ),
    (
        "confirmation_gap",
        "The mines inspector declines to express any opinion on the company's account before the inquest.",
    ),
    (
        "confirmation_gap",
        "The acting Governor has neither accepted nor disowned the terms which the envoy announced in his name.",
    ),
    (
        "toll_revision",
        "Three of the injured died in the infirmary during the night, carrying the total to 47.",
    ),
    ("toll_revision", "Second explosion at the pit: rescuers killed, death roll up to 61"),
    ("toll_revision", "Pit disaster: death roll now 74 after three more deaths in hospital"),
    (
        "toll_revision",
        "The garrison's losses, given out at first as two hundred killed, have since been returned at three hundred.",
    ),
    # round 116 (xj-xo read)
    (
        "ceasefire",
        "The Resident has proclaimed a cessation of operations throughout the district for seven days; rebels who come in may return to their kraals.",
    ),
    # round 117 (xp-xu read)
    (
        "ceasefire",
        "The War Minister announced that the forces before the city had been ordered to halt where they stood, the other side having signified its readiness to withdraw.",
    ),
    (
        "confirmation_gap",
        "The explorers' tally of the dead has risen to 61, though the colliery company has issued no list to bear the figure out.",
    ),
    (
        "confirmation_gap",
        "A Glasgow paper puts the dead at 80, though Messrs. Baird have not confirmed the figure.",
    ),
    (
        "confirmation_gap",
        "The company raised its count of the killed to forty, but the coroner will not accept the figure until every name is proved.",
    ),
    (
        "confirmation_gap",
        "The owners give the dead as fifty-one. The miners' agent declines to accept the list until it has been checked.",
    ),
    (
        "confirmation_gap",
        "The company blames a broken rail, an explanation the state railroad commissioner has not accepted.",
    ),
    ("confirmation_gap", "Coroner's jury blames the railway; company silent"),
    (
        "toll_revision",
        "The muster taken during the truce raised the dead of the volunteer battalion from six, as first given, to eleven.",
    ),
    # round 118 (blind gaps read)
    (
        "confirmation_gap",
        "Reports from Cairo that the Khedive has left for Alexandria are current here, and the Khedive's agent in London declines to speak of the matter.",
    ),
    ("confirmation_gap", "The Emir's agents at Aden will neither affirm nor deny it."),
    (
        "confirmation_gap",
        "The Mahdi's agents at Suakin will neither confirm nor deny that the wells are lost.",
    ),
    # round 119: xv-ya read (contradicted after an assertion, offices of a place, refusals, halts ordered)
    (
        "confirmation_gap",
        "The rebels assert that the steamer came through untouched, but the port captain contradicts this, saying she was hit twice.",
    ),
    (
        "confirmation_gap",
        "Mr. Lane maintains that the signal was shown in good time; the fireman of the goods train flatly contradicts him, saying he saw no light.",
    ),
    (
        "confirmation_gap",
        "A later despatch says a fifth passenger has died, making eleven in all; the railroad officials have not yet confirmed the death.",
    ),
    (
        "confirmation_gap",
        "The Khan of Zhob has sent word denying that any of his people took part in the raid.",
    ),
    (
        "confirmation_gap",
        "The Governor says the chiefs have submitted. Tofa, at Jega, has neither confirmed nor denied it.",
    ),
    (
        "confirmation_gap",
        "The agent puts the dead at 70, but the jirga contests the figure and will own to no more than thirty.",
    ),
    (
        "confirmation_gap",
        "The Residency announces the surrender of the stockade, but nothing has yet been heard on the subject from the Governor.",
    ),
    (
        "confirmation_gap",
        "A suspension of arms for two days, proclaimed by the rebel general, began at dawn. It remains unacknowledged by the Governor.",
    ),
    (
        "confirmation_gap",
        "The company says deaths among the injured have raised the total to 54, a figure the coroner has so far declined to accept.",
    ),
    (
        "confirmation_gap",
        "The War Office announces that the rebels were routed at the ford. The rebel committee refuses to admit the defeat and says its men withdrew in good order.",
    ),
    (
        "ceasefire",
        "The full jirga made its submission at Kohat, upon which the Commissioner directed that no further operations be undertaken against the tribe.",
    ),
    (
        "ceasefire",
        "The forts fell silent before midnight, and the Sultan has commanded that not another shot be fired at the ships.",
    ),
    (
        "ceasefire",
        "The two headmen have accepted the Government's terms, among them the surrender of their guns, and hostilities in the valley are over.",
    ),
    (
        "ceasefire",
        "The envoys announced that both sides had agreed that firing should stop on the whole line while the terms are debated.",
    ),
    (
        "ceasefire",
        "The rebel general yesterday signed with the commander of the Government forces a treaty at the estate near the river, under which fighting between them ends at once.",
    ),
    (
        "toll_revision",
        "The corrected return issued at Vienna lowers the Austrian dead of the campaign from forty to thirty-nine, two men entered as killed having come in.",
    ),
    # round 120: xv-ya and read sets (posts as parties, 'now return the dead', refusals past a clause)
    (
        "toll_revision",
        "Two more of the injured having died in the night, the police now return the dead as twenty-four.",
    ),
    (
        "toll_revision",
        "The killed at the ford, first put at sixty, are now given as eighty in a telegram from headquarters.",
    ),
    (
        "toll_revision",
        "The War Office, which at first gave the loss in the fighting at the ford as 30 killed, now puts it at 45.",
    ),
    ("toll_revision", "Two more deaths in hospital bring the brigade's killed to fourteen."),
    (
        "toll_revision",
        "A later telegram says a fourth sepoy has died of his wounds, which brings those killed in the ambush to nine.",
    ),
    (
        "toll_revision",
        "Fever is rife in the camp, and the deaths, twelve on Tuesday, had mounted to twenty by last night.",
    ),
    (
        "confirmation_gap",
        "The Governor says the rebels have pledged to stay in their lines until the truce expires; no confirmation of that pledge has come from the rebel commander.",
    ),
    (
        "confirmation_gap",
        "The rebels put the garrison's dead at 300. At the Ministry of War nobody will say whether the figure is correct.",
    ),
    (
        "confirmation_gap",
        "A rumour that the school had fallen in is flatly contradicted by the headmistress, who says every child got out.",
    ),
    (
        "confirmation_gap",
        "A report that the steamer had gone down is contradicted by the telegraph officer at the cape, who wires that she is afloat.",
    ),
    (
        "confirmation_gap",
        "A statement that the explosion was caused by a shot fired in the east district is contradicted by the management, who say no shots were fired there.",
    ),
    (
        "ceasefire",
        "The suspension of arms proclaimed by the Governor this morning has been acknowledged by every chief save one.",
    ),
    (
        "confirmation_gap",
        "A rumour among the women that knocking had been heard behind the fall was denied by the mine superintendent, who said no sign of life had been found.",
    ),
    (
        "confirmation_gap",
        "Traders at the coast say the old chief bound himself to disband his followers, but his secretary denies that any such undertaking was given.",
    ),
]

NEGATIVES = [
    ("ceasefire", "The two sides agreed to hold talks on a truce next week."),
    ("confirmation_gap", "Talks on reopening the roads into the city have so far produced no agreement."),
    (
        "confirmation_gap",
        "Washington had received no reports of violations in the first day of the truce, an official said.",
    ),
    ("confirmation_gap", "The defence ministry said it was Ukrainian forces that had fired on the station."),
    ("confirmation_gap", "The militia had given no formal answer to the proposal by Thursday."),
    (
        "ceasefire",
        "The RSF, which declared a unilateral truce last week, said its fighters had seized the base.",
    ),
    ("ceasefire", "The elders said their fighters would respect the truce provided the troops pulled back."),
    ("ceasefire", "The general has repeatedly ruled out a truce while the rebels hold the cities."),
    ("ceasefire", "The secretary-general called for all military activity around the dam to cease at once."),
    ("ceasefire", "Truce on hold as the militia says the army has not freed the prisoners"),
    (
        "ceasefire",
        "The envoys began talks with the rebel leaders in the capital on Sunday on a permanent truce.",
    ),
    ("ceasefire", "The mediators said the two sides had tentatively agreed on a three-month truce."),
    ("ceasefire", "Villagers said troops had opened fire on the market after the truce took effect."),
    (
        "toll_revision",
        "The ministry said Baku's losses exceeded 2,000 troops, without saying how it had counted.",
    ),
    ("toll_revision", "Forty pilgrims died this year, compared with 75 during last year's pilgrimage."),
    (
        "toll_revision",
        "The air chief declined to give a figure for the dead, saying the jets had hit their targets.",
    ),
    (
        "confirmation_gap",
        "Asked how many of its soldiers had died, the ministry spokesman said he had no information to release.",
    ),
    (
        "ceasefire",
        "The rebels have accepted an African Union plan to halt the fighting, but the army has not.",
    ),
    (
        "toll_revision",
        "Firefighters warned that the number of dead was 'certain to rise' as the search went on.",
    ),
    ("toll_revision", "The toll stands at 41, making it the deadliest storm to hit the island in a decade."),
    (
        "confirmation_gap",
        "An army spokesman showed debris from the drones but declined to say whether any soldiers had been killed.",
    ),
    ("ceasefire", "Negotiators resumed talks in Oslo on Monday on extending the truce."),
    (
        "ceasefire",
        "The rebels accused the army of using the ambush to justify its refusal to observe a truce.",
    ),
    ("confirmation_gap", "The militia said it was not bound by a deal reached without it."),
    ("toll_revision", "Rescuers expect the official toll to rise sharply as crews reach them."),
    (
        "toll_revision",
        "The count of suspected cholera cases has climbed to 2,300, though no new figure for deaths was given.",
    ),
    ("confirmation_gap", "The army said fighting for the airport was still going on."),
    ("confirmation_gap", "The union rejected the number of jobs the company offered to keep."),
    # round three: truces that date other news, a request past a parenthetical, a dated parenthetical
    ("ceasefire", "Mortar rounds landed in the old town after the truce was due to begin, witnesses said."),
    (
        "ceasefire",
        "A truce agreed in May had been renewed, but fighting between the militia and the army went on in two districts.",
    ),
    (
        "ceasefire",
        "The envoy urged both governments, Rwanda included, to respect the arrangement along the lake.",
    ),
    (
        "ceasefire",
        "The rebels denied accusations that their men had burned a clinic after the truce took effect.",
    ),
    ("ceasefire", "The two armies have not clashed since a truce, signed in Lome in 1999, ended the war."),
    # round two
    ("ceasefire", "The envoy said the truce would begin only once both parliaments had ratified the accord."),
    ("ceasefire", "Announcing the end of rescue operations, the governor gave the final toll as 61."),
    ("confirmation_gap", "Police said they were investigating the cause of the blaze."),
    # thirteenth session: a truce unravelling, proposed and accepted by one side, offered, denied
    ("ceasefire", "Rocket fire returns to the border as the truce unravels"),
    ("ceasefire", "The militia said it accepted a three-day truce proposed by the regional bloc."),
    (
        "ceasefire",
        "The general said his forces were ready to halt fighting for a day so aid could reach the town.",
    ),
    (
        "ceasefire",
        "Local radio said the two commanders had agreed to stop firing, but the army denied that any such understanding existed.",
    ),
    ("ceasefire", "Shells struck the market soon after the truce began, residents said."),
    ("ceasefire", "The rebels resumed their offensive once the holiday truce ran out."),
    ("confirmation_gap", "The president did not address the nation on Friday."),
    ("confirmation_gap", "The report made no reference to the weather."),
    ("ceasefire", "Washington pressed Israel to scale back its offensive and agree to a humanitarian pause."),
    ("ceasefire", "The pope appealed to the warring sides to put down their weapons and respect the truce."),
    (
        "ceasefire",
        "The African Union called on the army and the RSF to return to the table and sign a cease-fire.",
    ),
    ("ceasefire", "France asked both parties to show restraint and observe the truce."),
    ("ceasefire", "Residents said shelling resumed only hours after the cease-fire took effect."),
    ("ceasefire", "Witnesses said a drone hit a school the day after the truce began."),
    (
        "ceasefire",
        "The army accused the rebels of attacking a convoy minutes after the ceasefire came into force.",
    ),
    (
        "ceasefire",
        "Two civilians were killed in an air strike the night after the truce started, medics said.",
    ),
    ("ceasefire", "Talks on a ceasefire are due to resume in Cairo next week."),
    ("ceasefire", "The mediators said talks on a truce had stalled."),
    ("ceasefire", "The government said it would consider a truce if the rebels withdrew."),
    ("ceasefire", "Hamas said it was studying a proposed truce."),
    ("ceasefire", "The rebels claimed they had seized the town."),
    ("confirmation_gap", "The rebels claimed they had seized the town."),
    ("confirmation_gap", "The report could not be independently verified by Reuters."),
    ("confirmation_gap", "Reuters was unable to verify the claim."),
    ("confirmation_gap", "The army said it had captured the hill, but gave no further details."),
    (
        "confirmation_gap",
        "Officials said the army had recaptured the town, and residents said the streets were calm.",
    ),
    ("confirmation_gap", "The president did not address the nation on Friday."),
    ("toll_revision", "The death toll stands at 212, officials said."),
    ("toll_revision", "The ministry put the toll at 75 and said 300 were wounded."),
    ("toll_revision", "The number of missing rose to 1,200, the Red Crescent said."),
    ("toll_revision", "The number of displaced people climbed to 40,000."),
    ("toll_revision", "Officials fear the number of dead could rise above 1,000."),
    ("toll_revision", "The death toll may exceed 500, rescuers warned."),
    ("toll_revision", "Inflation was higher than the 5% forecast by economists."),
    ("toll_revision", "The storm killed 12 people, higher than the national average for such events."),
    (
        "ceasefire",
        "The Security Council urged Israel and Hezbollah to stop the shelling and agree to a lasting truce.",
    ),
    ("ceasefire", "Envoys pushed the two generals to meet in Jeddah and sign a humanitarian truce."),
    (
        "ceasefire",
        "Diplomats encouraged both camps to end the standoff and commit to a cease-fire by Friday.",
    ),
    ("ceasefire", "Fighting resumed in the south a day after the truce expired."),
    ("ceasefire", "Shelling killed five people in Donetsk hours after a ceasefire was supposed to begin."),
    (
        "ceasefire",
        "Mortar fire hit the town less than an hour after the cease-fire came into force, police said.",
    ),
    ("ceasefire", "The truce collapsed within hours as both sides traded fire."),
    ("ceasefire", "Talks toward a cease-fire will continue on Monday, mediators said."),
    ("ceasefire", "Hamas said it would respond to the truce proposal after consulting other factions."),
    ("ceasefire", "Israel rejected the ceasefire proposal that Hamas had accepted."),
    ("ceasefire", "The 1994 truce ended six years of war."),
    ("ceasefire", "Sudan's army denied it had agreed to any truce with the RSF."),
    ("confirmation_gap", "The army said it had retaken the refinery."),
    (
        "confirmation_gap",
        "The RSF said it controlled the palace, a claim that could not be independently verified.",
    ),
    ("confirmation_gap", "Reporters could not verify the report independently."),
    ("confirmation_gap", "The minister said exports had risen, but analysts said growth was still weak."),
    ("confirmation_gap", "The spokesman did not address reporters after the meeting."),
    ("toll_revision", "The ministry said 30 people had been killed in the strike."),
    ("toll_revision", "The flooding has killed more than 200 people so far."),
    ("toll_revision", "The toll is expected to rise as more bodies are recovered."),
    ("toll_revision", "The number of people displaced rose to 2 million."),
    ("toll_revision", "The number of wounded climbed to 450, medics said."),
    ("toll_revision", "The toll could surpass 1,000, officials warned."),
    (
        "toll_revision",
        "The army said 14 of its soldiers were killed, higher than the losses of the previous month.",
    ),
    ("ceasefire", "Washington is pressing both sides to stop the fighting and accept a ceasefire."),
    ("ceasefire", "The UN chief asked the parties to respect the truce agreed last week and allow aid in."),
    ("ceasefire", "Residents reported clashes in the east the evening after the ceasefire took effect."),
    ("ceasefire", "Rebels shelled the airport within hours of the truce coming into force, the army said."),
    ("ceasefire", "Hamas and Israel blamed each other for violating the truce."),
    ("ceasefire", "There is no truce, the army spokesman said."),
    ("ceasefire", "Any ceasefire must include the withdrawal of foreign fighters, the minister said."),
    (
        "confirmation_gap",
        "The army said it had killed 30 militants in the raid, and residents said the town was calm.",
    ),
    ("confirmation_gap", "The claim could not be independently confirmed."),
    ("confirmation_gap", "The government did not say when the aid would arrive."),
    ("toll_revision", "Officials said the death toll was lower than in previous floods."),
    ("toll_revision", "The quake killed 80 people, far higher than the 12 killed in the 2015 tremor."),
    ("toll_revision", "The ministry's figure of 200 dead is higher than the 150 given by the UN."),
    ("ceasefire", "The truce, which collapsed last month, was meant to allow aid into the city."),
    ("ceasefire", "Shelling resumed on Tuesday morning, less than a day after the truce took effect."),
    ("ceasefire", "Rebels accused government troops of breaking the truce hours after it began."),
    (
        "ceasefire",
        "The Arab League appealed to the warring factions to halt the fighting and observe a truce during Ramadan.",
    ),
    ("ceasefire", "Negotiators are discussing a truce that would take effect next week if both sides sign."),
    ("ceasefire", "The president ordered the army to prepare for an offensive and ignore the truce."),
    ("confirmation_gap", "The ministry dismissed the defence minister as the offensive faltered."),
    ("confirmation_gap", "The army said it controlled the city, but did not give details."),
    ("confirmation_gap", "Officials said they were still counting the dead."),
    ("toll_revision", "The death toll stood at 3,200 on Monday."),
    ("toll_revision", "The official toll, which stands at 3,200, is likely to rise."),
    ("toll_revision", "The number of missing climbed to 1,000, higher than the 800 reported on Monday."),
    (
        "ceasefire",
        "Israel's defence minister said the army would press on with its offensive despite calls for a truce.",
    ),
    ("ceasefire", "A truce agreed in March has repeatedly been violated by both sides."),
    ("ceasefire", "U.N. chief urges immediate ceasefire in Gaza"),
    ("ceasefire", "Egypt is pushing Hamas to free more hostages and extend the truce."),
    ("ceasefire", "Clashes erupted in the capital on the first morning after the truce came into effect."),
    ("ceasefire", "Rockets were fired at the border town overnight, a day after the ceasefire began."),
    ("confirmation_gap", "Hamas said the hostages were killed by an Israeli strike."),
    ("confirmation_gap", "Those claims could not be checked independently, Reuters said."),
    ("confirmation_gap", "The army said it had halted operations."),
    ("toll_revision", "The quake killed at least 5,000 people, officials said."),
    ("toll_revision", "The toll of 5,000 could double as rescuers reach remote villages."),
    ("toll_revision", "The number of people left homeless rose to 30,000."),
    ("ceasefire", "Egypt said talks on a ceasefire would continue after the holiday."),
    ("ceasefire", "The two sides discussed a truce after talks in Moscow but reached no agreement."),
    ("ceasefire", "Neither side has agreed to the truce proposed after the Doha talks."),
    (
        "ceasefire",
        "Rebels said the army shelled their positions on Monday morning, hours after the two sides signed a truce.",
    ),
    (
        "confirmation_gap",
        "Sudan's army said it had repelled an attack on El Fasher, but gave no casualty figures.",
    ),
    ("confirmation_gap", "The army and the police said the situation was calm, but still tense."),
    ("toll_revision", "The toll of 45 was the highest since the 2014 war."),
    (
        "confirmation_gap",
        "Israel said it had struck Hezbollah targets, but Lebanese officials said there were no casualties.",
    ),
    ("confirmation_gap", "The ministry said the strike hit a depot, but the ministry said no one was hurt."),
    ("confirmation_gap", "The company said profits had risen, but analysts said sales were still weak."),
    (
        "confirmation_gap",
        "The minister said the budget was balanced, while the opposition said it still had a deficit.",
    ),
    ("confirmation_gap", "The coach dismissed the striker as the team slumped to a third defeat."),
    ("confirmation_gap", "The club denied it had approached the player, the newspaper said."),
    ("confirmation_gap", "The senator did not address the allegations during the hearing."),
    (
        "toll_revision",
        "The company said 41 people were hired, an increase from the 30 it had announced in May.",
    ),
    ("toll_revision", "Sales were higher than the 500 units forecast."),
    ("toll_revision", "The storm killed three people, higher than the two killed last year."),
    ("ceasefire", "The union and the employers agreed to a truce in the pay dispute after talks."),
    ("ceasefire", "The prime minister urged voters to stay calm and back the peace plan."),
    ("ceasefire", "Officials said the ceasefire talks would continue after a pause for the holiday."),
    (
        "toll_revision",
        "Officials said 12 people died in the fire, higher than the nine killed in a blaze last year.",
    ),
    ("ceasefire", "Delegates gathered at the venue for ceasefire talks that began on Monday."),
    ("ceasefire", "Ceasefire talks began in Doha after weeks of delay."),
    ("confirmation_gap", "The quake struck at dawn. But rescuers said they still hoped to find survivors."),
    ("confirmation_gap", "Heavy rain fell overnight. But officials said the dam was not at risk."),
    ("ceasefire", "Qatar announced a truce on Friday. But Hamas said Israeli shelling continued overnight."),
    ("ceasefire", "Mediators hope fighting will pause for the holiday."),
    ("ceasefire", "The UN called for fighting to pause so that aid can enter."),
    ("ceasefire", "Fighting did not pause on Sunday."),
    ("ceasefire", "Officials said a humanitarian pause in fighting was under discussion."),
    # ninth-session round
    (
        "ceasefire",
        "For decades the clans observed harvest truces, a practice that ended when talks collapsed.",
    ),
    ("ceasefire", "Envoys discussed a truce on Monday. The IMF agreed to a loan extension on Friday."),
    ("ceasefire", "The rebels said they would observe the truce only if the army withdrew."),
    ("confirmation_gap", "The rebels said they never agreed to the truce proposal put forward by Kenya."),
    ("toll_revision", "Officials now put the damage at $1 billion."),
    (
        "confirmation_gap",
        "Mediators were still working on a proposal to extend the truce, though no deal had been reached, Egypt said.",
    ),
    ("confirmation_gap", "Kenya's trade minister rejected the deal as too costly."),
    (
        "ceasefire",
        "Syria's state media said a truce had been reached, but a rebel commander denied there was any truce.",
    ),
    ("ceasefire", "The Houthis have yet to confirm that they signed up to the pause."),
    ("confirmation_gap", "The ministry stood by its account of the budget, officials said."),
    ("ceasefire", "The rebels said they would abide by a truce if the army withdrew from the valley."),
    (
        "ceasefire",
        "Rights groups say the junta has launched at least 20 air strikes since declaring its ceasefire.",
    ),
    ("ceasefire", "The premier urged France to press Israel to abide by the ceasefire."),
    ("confirmation_gap", "The meeting never took place, Kenya's foreign ministry said."),
    ("ceasefire", "Sudan's last nationwide truce, brokered by Saudi Arabia in May 2023, lapsed within days."),
    (
        "ceasefire",
        "Three soldiers died in the first deadly clash since the group announced it was suspending its armed actions.",
    ),
    (
        "ceasefire",
        "The minister urged all sides to return to the lines agreed under the earlier deal and to respect a ceasefire.",
    ),
    (
        "toll_revision",
        "The health ministry put the number of dead at 30, higher than the civil defence figure of 24.",
    ),
    (
        "toll_revision",
        "A lawmaker said more than 50 people had died, while the disaster authority's count stood at 38.",
    ),
    ("toll_revision", "Witnesses said two people were killed after the aircraft passed over the village."),
    ("ceasefire", "Residents said gunfire carried on through the night despite the declared truce."),
    (
        "toll_revision",
        "Officials said the number of dead was likely to increase as rescuers reached isolated towns.",
    ),
    (
        "toll_revision",
        "Rescue teams were still trying to reach several hamlets cut off by floods, officials said.",
    ),
    (
        "confirmation_gap",
        "Moscow said Ukraine had lost up to 1,200 soldiers in a day, figures Kyiv does not comment on.",
    ),
    (
        "ceasefire",
        "Turkey denied reports that it had agreed to suspend strikes while the Raqqa arrangement was in place.",
    ),
    (
        "toll_revision",
        "The number of injured was revised up to 1,104, the ministry said, giving no new figure for the dead.",
    ),
    ("confirmation_gap", "Calls for a truce went unanswered as fighting spread."),
    ("ceasefire", "The truce was due to lapse at dawn. Envoys urged both sides to extend it by a week."),
    # round eleven near misses
    ("ceasefire", "The court ordered police to stop the use of force against protesters."),
    ("ceasefire", "The militia brushed off the army's declared halt to operations as a ploy."),
    (
        "ceasefire",
        "Moscow said it had brokered a truce, but shelling along the frontier resumed within hours.",
    ),
    ("ceasefire", "It was the first drone attack of its kind since a U.N.-backed truce took effect in May."),
    (
        "ceasefire",
        "The army launched air strikes after Kabul said rebels had ambushed a convoy; the rebels denied it and said they were sticking to the truce.",
    ),
    (
        "toll_revision",
        "Officials lowered the number of people listed as missing to 12 from 30, while the death toll stood at 44.",
    ),
    ("toll_revision", "Doctors expected the toll to climb as more of the wounded were brought in."),
    (
        "confirmation_gap",
        "The minister said the truce was welcome, but insisted the rebels must hand over their heavy weapons.",
    ),
    (
        "confirmation_gap",
        "The rebels said they had accepted the proposal, but the army turned it down, insisting the fighters first leave the villages.",
    ),
    ("confirmation_gap", "The army insisted its troops still held the ridge."),
    ("confirmation_gap", "The rebels' claim has not been confirmed."),
    # round twelve near misses
    (
        "ceasefire",
        "The Security Council demanded an immediate, lasting and fully respected ceasefire in the enclave.",
    ),
    ("ceasefire", "The African Union gave the two armies 72 hours to halt all hostilities."),
    ("ceasefire", "Rebels declare three-day truce over, blame army"),
    ("ceasefire", "A holiday truce announced in March lasted only days before the offensive resumed."),
    (
        "ceasefire",
        "The militia said it was resuming military operations, accusing the army of failing to honour the truce.",
    ),
    ("ceasefire", "The port has been shelled for weeks in defiance of the truce agreed in Geneva."),
    (
        "ceasefire",
        "The president said he would order a halt to firing at 0600 GMT on Monday, but only if the rebels signed the deal.",
    ),
    (
        "ceasefire",
        "The rebels said the army had stopped its offensive. The ministry said there was no ceasefire and the push would go on.",
    ),
    (
        "ceasefire",
        "The U.N. Security Council endorsed the Doha deal. Envoys urged all sides to respect the truce.",
    ),
    ("ceasefire", "A bomb killed six people waiting at a bus stop in the capital, police said."),
    (
        "confirmation_gap",
        "The senator said the fire had been set deliberately, but he offered nothing to support the claim.",
    ),
    ("toll_revision", "Officials had earlier put the number of dead at 85."),
    ("toll_revision", "A man wounded in the shelling succumbed to his injuries in hospital on Tuesday."),
    ("toll_revision", "The wounded were brought to hospitals in the capital, where the toll stood at 40."),
    # round thirteen near misses
    (
        "ceasefire",
        "It was the first nationwide truce since a two-month cessation of hostilities brokered by the U.N. ran out in March.",
    ),
    (
        "ceasefire",
        "The two delegations said they would try to draw up a joint, verifiable ceasefire text within a month.",
    ),
    ("ceasefire", "The rebels said they were suspending the ceasefire they had observed since June."),
    ("ceasefire", "Fighting resumes in the north as three-day truce ends"),
    ("confirmation_gap", "Residents said the guns had stayed silent for a second night under the truce."),
    (
        "confirmation_gap",
        "The foreign ministry accused the other side's troops of crossing the line, but gave no figures for any casualties of its own.",
    ),
    (
        "toll_revision",
        "Mourners watched as another 120 identified victims were buried, bringing the number laid to rest there to 6,300.",
    ),
    # round fourteen near misses
    (
        "ceasefire",
        "The government said it had had no request from the rebels to halt its air campaign, hours before the pause was meant to begin.",
    ),
    (
        "ceasefire",
        "A truce declared in March was broken almost at once, and the army formally ended it in April.",
    ),
    (
        "ceasefire",
        "The minister rejected the accusations, saying troops had honoured the cessation of hostilities.",
    ),
    (
        "ceasefire",
        "Rebels accused the army of shelling their positions a day after the truce began, saying the deal was already at risk.",
    ),
    ("ceasefire", "Rebels step up attacks after end of ceasefire"),
    (
        "ceasefire",
        "Rights groups urged both sides to formalise the pause and respect it, saying a verbal understanding offered little protection.",
    ),
    (
        "ceasefire",
        "A truce was agreed in 2021, and the frontier had been largely quiet until gunmen killed 12 people in May.",
    ),
    (
        "confirmation_gap",
        "The militia said it had accepted the plan, but the president's office rejected it, saying it fell short.",
    ),
    (
        "confirmation_gap",
        "Residents said gunfire had carried on through the night despite the declared truce.",
    ),
    ("confirmation_gap", "Envoy says border truce broadly holding despite accusations from both sides"),
    # round fifteen near misses
    (
        "ceasefire",
        "The group said it would not extend its truce, which lapsed last week, and accused troops of killing its members while the truce was in force.",
    ),
    (
        "ceasefire",
        "The army will not withdraw unless the rebels first give written guarantees that they will stop fighting.",
    ),
    ("ceasefire", "The monitors suspended their patrols, leaving little of the ceasefire agreed in April."),
    ("ceasefire", "Fire crews halted search operations among the ruins on Sunday."),
    ("ceasefire", "The president said the troops would stay until the war was over."),
    ("ceasefire", "Two days into the truce, fighting resumed around the airport."),
    ("ceasefire", "Rebels agreed to the plan, meeting the condition the army had set for ending the war."),
    ("confirmation_gap", "The interior minister said the government would not answer the rebels' gesture."),
    (
        "confirmation_gap",
        "The minister confirmed the gunman was a citizen, after weeks in which officials had refused to confirm it.",
    ),
    (
        "confirmation_gap",
        "A spokesman declined to say how many soldiers had been wounded, saying the army did not publish such details.",
    ),
    ("toll_revision", "Activists said troops shot dead two men after the deadline passed."),
    # round sixteen near misses
    (
        "confirmation_gap",
        "The ministry, which had denied that troops were in the town, acknowledged on Monday that a unit had been there.",
    ),
    ("confirmation_gap", "The army updated its list of the fallen overnight without comment."),
    (
        "confirmation_gap",
        "The capital was quiet a day after the truce was signed, and peacekeepers said no breaches had been reported.",
    ),
    (
        "toll_revision",
        "The storm cut across the island overnight, officials said, and 12 people were killed.",
    ),
    # round seventeen near misses
    ("ceasefire", "The incursion had torn up the commitment to cease hostilities, the rebel leaders said."),
    ("ceasefire", "The raids have made a mockery of the ceasefire the president announced."),
    ("ceasefire", "About an hour before the truce began, a shell killed three people in the market."),
    ("ceasefire", "The rebels stopped the army's advance on the town, and residents fled."),
    ("ceasefire", "Officials were unsure whether the truce was still holding."),
    (
        "ceasefire",
        "The delegates turned the offer down, saying a signed truce would only let the rebels regroup.",
    ),
    (
        "confirmation_gap",
        "The premier's office said the country had not agreed to a French call for a 30-day truce.",
    ),
    (
        "toll_revision",
        "Rescuers said they expected the number of dead to keep rising as crews reached the upper floors.",
    ),
    # round eighteen near misses
    (
        "ceasefire",
        "The nationwide cease-fire failed to start on Monday, a condition for it not having been met.",
    ),
    (
        "ceasefire",
        "The group claimed responsibility for the bombing, saying its cease-fire was still in place.",
    ),
    ("ceasefire", "The two sides are due to sign a peace accord next week, the mediators said."),
    (
        "confirmation_gap",
        "The army, which had at first said it knew nothing about the raid, later acknowledged that its jets had fired.",
    ),
    (
        "confirmation_gap",
        "The rebels, who are holding separate talks with the government, said the deal did not bind them.",
    ),
    (
        "toll_revision",
        "Mourners buried 300 newly identified victims, bringing to 5,000 the number laid to rest at the memorial.",
    ),
    (
        "toll_revision",
        "The police agency updates its tally of the dead several times a day as bodies are identified.",
    ),
    (
        "toll_revision",
        "The UN said 2,000 people had been killed, far more than the 600 the government gave earlier.",
    ),
    # round nineteen near misses
    ("ceasefire", "The council voted to demand an immediate end to all military activity around the plant."),
    (
        "ceasefire",
        "Fighting near the site stopped investigators from reaching the wreckage for a second day.",
    ),
    (
        "ceasefire",
        "The toll from the bus bombing climbed on the day the government's exit from the ceasefire took effect.",
    ),
    ("ceasefire", "He said agreeing to the truce resolution was harder than anything he had done."),
    (
        "toll_revision",
        "The board said more remains had been found and the number of victims identified had risen to 140.",
    ),
    ("toll_revision", "The province's first count, issued on Monday, had put the toll at 12."),
    # round twenty near misses
    (
        "ceasefire",
        "The rebels pulled out of the last districts they held, ending a two-week offensive on the capital.",
    ),
    ("ceasefire", "Attacks on two villages cast doubt on the ceasefire the government announced on Friday."),
    (
        "confirmation_gap",
        "The truce took effect on Friday, and one of its verifiers said he had received no complaints.",
    ),
    (
        "confirmation_gap",
        "Police said 20 people were killed; the army did not say whether any of its soldiers were among them.",
    ),
    (
        "confirmation_gap",
        "The government turned down a U.S. offer to send a delegation, saying the time was not right.",
    ),
    # round twenty-one near misses
    ("ceasefire", "The governor said troops would hold their positions until the guns actually fell silent."),
    (
        "ceasefire",
        "Killings went on for weeks, with the militias ignoring their promise to lay down arms and stop fighting.",
    ),
    (
        "ceasefire",
        "A bomber killed two people on Monday, the first such attack since the militants declared their truce.",
    ),
    ("confirmation_gap", "The president conceded that the story of the last stand was untrue."),
    ("confirmation_gap", "The armed group rejected the truce in a statement and vowed to fight on."),
    (
        "confirmation_gap",
        "The rebels said they would not discuss any arrangement for the border while the war goes on.",
    ),
    (
        "toll_revision",
        "Officials warned that the number of dead could be in the thousands once aid workers reach the interior.",
    ),
    (
        "toll_revision",
        "Officials revised the number of cattle and other livestock killed upward to about 40,000.",
    ),
    # round twenty-two near misses
    (
        "ceasefire",
        "Negotiators were trying to turn the pause into a lasting truce, but no deal had yet been struck.",
    ),
    (
        "ceasefire",
        "The group declared on Friday that its six-month truce with the army was over and would not be renewed.",
    ),
    (
        "ceasefire",
        "Officials said they would consider halting the offensive only once there was a mechanism to stop the rocket fire.",
    ),
    (
        "confirmation_gap",
        "The rebels gave no evidence for their figure, and said only that the weapons had been seized.",
    ),
    # round twenty-three near misses
    (
        "ceasefire",
        "An earlier accord broke down in April; under that deal a truce had taken effect on Aug. 26, 1995.",
    ),
    (
        "ceasefire",
        "The two countries fought border wars in 1972 and 1979, each ended by an Arab-brokered cease-fire.",
    ),
    (
        "ceasefire",
        "Talks on a truce went on in Geneva. Troops have stayed in their barracks under the July 29 accord signed by the two leaders.",
    ),
    (
        "confirmation_gap",
        "The envoy confirmed the pilot had been freed, ending 11 days in which officials could not verify the claim.",
    ),
    ("toll_revision", "Doctors disputed the army's lower count, saying at least 50 people had died."),
    # round twenty-four near misses
    (
        "ceasefire",
        "The government accepted a protocol providing for a cease-fire, but the rebels refused to sign.",
    ),
    (
        "ceasefire",
        "The two armies recommitted in 2021 to a 2003 truce, an understanding that broadly held until this spring.",
    ),
    # round twenty-five near misses
    (
        "ceasefire",
        "The truce agreed at the border ran out without being renewed, and the guns opened up again.",
    ),
    (
        "ceasefire",
        "The province is supposed to be covered by the nationwide truce, but it has been broken repeatedly there.",
    ),
    (
        "toll_revision",
        "Across the state, officials put the number of storm deaths at 77, most of them people who drowned in the surge.",
    ),
    # round twenty-six near misses
    (
        "ceasefire",
        "The militia turned down the call to extend the truce and ordered its men back to the front.",
    ),
    (
        "ceasefire",
        "The insurgents have not said how many fighters died in air raids since the truce was announced.",
    ),
    (
        "ceasefire",
        "The president ordered the bombing resumed, ending the halt to air strikes he had granted in May.",
    ),
    (
        "ceasefire",
        "The insurgents said they would begin a truce on March 3 only if the army left the valley.",
    ),
    (
        "confirmation_gap",
        "The new army said it had not fired a shot since Monday and was observing the ceasefire.",
    ),
    (
        "confirmation_gap",
        "Commanders said they had received no reports of rebel attacks in the first hours of the truce.",
    ),
    (
        "confirmation_gap",
        "The party admitted the ambush, saying its fighters had not yet been told of the truce.",
    ),
    ("confirmation_gap", "Police said nobody denied the attack had taken place."),
    (
        "toll_revision",
        "The quake killed 300 people, officials said, three times the estimate given by the Red Cross.",
    ),
    (
        "toll_revision",
        "Before cranes reached the collapsed building, officials had given 75 as the number of dead.",
    ),
    # round twenty-seven near misses
    ("ceasefire", "The junta offered on Monday to halt the fighting and open talks, but the rebels said no."),
    (
        "ceasefire",
        "The guerrillas signed a power-sharing accord after a week of talks aimed at ending the war.",
    ),
    ("ceasefire", "The army said rebel guns were still firing and that there was no sign of a halt."),
    (
        "ceasefire",
        "Mediators said the militia had agreed to sign a truce, but the president declined to endorse the deal.",
    ),
    ("confirmation_gap", "Navy spokesman Igor Petrov said there were no nuclear weapons on board."),
    (
        "confirmation_gap",
        "The rebels' claim, which officials first dismissed, was borne out by the army's own figures.",
    ),
    ("confirmation_gap", "The rebels took the town as the old truce lies in ruins"),
    (
        "toll_revision",
        "The toll stands at 9,200, with another 4,100 people listed as missing, the ministry said.",
    ),
    ("toll_revision", "The general said the army's strikes hit only rebel bases and arms depots."),
    # round twenty-eight near misses
    (
        "ceasefire",
        "Talks opened on Monday, with envoys hoping to persuade the two militias to sign a cessation of hostilities.",
    ),
    (
        "ceasefire",
        "He is the first commander to die since the movement declared the cease-fire void in March.",
    ),
    (
        "confirmation_gap",
        "The agency chief said he was not in a position to say who was responsible for the shelling.",
    ),
    (
        "confirmation_gap",
        "The minister did not give a figure for the dead and offered no evidence of casualties.",
    ),
    ("toll_revision", "The city paused to remember the 43 people killed when the bridge fell a year ago."),
    ("toll_revision", "The toll was up from 187 last year, when the stampede was smaller."),
    # round twenty-nine near misses
    (
        "confirmation_gap",
        "A gunman killed two civilians near the station. Police said no officers were hurt.",
    ),
    ("confirmation_gap", "The government blocked social media sites to stop false reports from spreading."),
    (
        "toll_revision",
        "The ministry's own tally, which it updates only irregularly, puts the number of rebels killed at 6,000.",
    ),
    # round thirty near misses
    (
        "toll_revision",
        "The ship left with 900 more migrants, raising to 4,000 the number the agency has evacuated by sea.",
    ),
    (
        "confirmation_gap",
        "The envoy said the truce declared by the rebels was a good step, but insisted the militants must disarm.",
    ),
    (
        "confirmation_gap",
        "The finance minister said growth had slowed, but the central bank said inflation was easing.",
    ),
    ("ceasefire", "Hours before the guns were due to fall silent, both sides stepped up their shelling."),
    ("ceasefire", "Traffic on the coastal road ground to a halt after the landslide."),
    ("ceasefire", "There were no clashes in the hills until the truce collapsed on Friday."),
    ("confirmation_gap", "The army said its troops had repulsed a rebel attack on the border post."),
    (
        "confirmation_gap",
        "The army said it had captured the ridge on Sunday. It said its troops had repulsed two counterattacks.",
    ),
    (
        "confirmation_gap",
        "An air strike killed the commander's brother, the rebels' spokesman said, adding that the commander had escaped unharmed.",
    ),
    ("toll_revision", "The rights group's tally of 9,000 dead is far above the 3,000 figure the army gives."),
    (
        "toll_revision",
        "The floods have left 70,000 displaced people in the province, up from 50,000 a week earlier.",
    ),
    ("ceasefire", "The mediator conceded that a truce agreed last spring had fallen apart within weeks."),
    (
        "ceasefire",
        "The cabinet endorsed the truce timetable, while the rebels said they were still studying it.",
    ),
    ("ceasefire", "In a letter to his fighters, the leader said the time had come for guns to fall silent."),
    ("confirmation_gap", "The minister called the tapes an important piece of the record."),
    ("ceasefire", "No trade deal has been reported since the agreement on tariffs was signed in May."),
    ("ceasefire", "The valley was quiet until the accord collapsed in the spring."),
    (
        "confirmation_gap",
        "The rebels confirmed the understanding with the envoy but said it did not cover the capital.",
    ),
    ("confirmation_gap", "The agency said the new clinic would open in March."),
    ("toll_revision", "The figure was up from 2,901 a day earlier."),
    (
        "toll_revision",
        "Exports rose sharply last year. The total was up from 4,000 a year earlier.",
    ),
    (
        "toll_revision",
        "The rights group said 2,900 people had been killed, far more than the 700 the Congolese government gave earlier.",
    ),
    (
        "ceasefire",
        "The leader offered a 30-day truce provided the government halted its offensive in the hills.",
    ),
    (
        "ceasefire",
        "The state agreed a ceasefire with the rebels in 2004 and held talks, but the truce fell apart within months.",
    ),
    ("toll_revision", "Shoppers said the price of bread crept up to 2,000 shillings."),
    ("confirmation_gap", "Aid groups said the convoys still fell far short of what the camps needed."),
    ("confirmation_gap", "Police said they were investigating whether the fire had been set deliberately."),
    # round thirty-seven: a halt in a time phrase; a plan to halt; a truce that ends; a pause called off; a
    # holding claim rejected; a proposal not yet answered
    (
        "ceasefire",
        "By the time the shelling in the valley stopped, the rebels had taken both bridges, a commander said.",
    ),
    (
        "ceasefire",
        "The envoy said a plan he had put to both sides to halt the fighting was still being studied.",
    ),
    ("ceasefire", "The rebels said their cessation of military operations would end at midnight."),
    ("ceasefire", "Government calls off four-week pause in air operations against the rebels"),
    (
        "ceasefire",
        "The government rejected the rebels' contention that the truce remained in force after the bombing.",
    ),
    (
        "ceasefire",
        "The president said the army would not resume talks until the rebels restored the truce they broke.",
    ),
    (
        "confirmation_gap",
        "The president said his country accepted the proposal for a 60-day truce. The rebels have yet to give "
        "their answer.",
    ),
    (
        "confirmation_gap",
        "The Red Cross said the real toll was certain to be far higher because bodies lay uncollected.",
    ),
    (
        "confirmation_gap",
        "Police said they had no doubt the statement was genuine, since it carried the group's code word.",
    ),
    (
        "confirmation_gap",
        "Police said 40 people had needed treatment, far fewer than the more than 100 injured first reported.",
    ),
    (
        "confirmation_gap",
        "The interior minister said the government would not discuss freeing jailed rebels.",
    ),
    ("confirmation_gap", "The rebels dismissed the move as one-sided and said they would keep fighting."),
    (
        "confirmation_gap",
        "The two countries signed a treaty closing a border dispute that flared into war in 1995.",
    ),
    ("toll_revision", "The number of fire victims still in hospital fell to 60 from more than 100."),
    ("toll_revision", "The inmate became the 14th person to die in police custody this year."),
    # round thirty-eight: one party twice in a headline; a finding not yet made; no claim to meet
    ("confirmation_gap", "Army says town retaken, says losses were light"),
    ("confirmation_gap", "Police have not yet established a motive for the attack."),
    ("confirmation_gap", "Police have not established who carried out the attack."),
    ("confirmation_gap", "The minister's speech was met with silence in parliament."),
    (
        "confirmation_gap",
        "Hotel owners have not commented on the fire brigade's finding that the exits were locked.",
    ),
    # round thirty-nine: officials of no level or place, a place lower-case, a place after a preposition,
    # would confirm, backed by, never doubted, none hurt; a fire held if, talks on hold, had held, an appeal
    (
        "confirmation_gap",
        "Farmers said the dam had been opened without warning. Officials declined to comment on the account.",
    ),
    (
        "confirmation_gap",
        "Reports said the gunman came from Tetovo. Authorities in the region made no comment on the reports.",
    ),
    (
        "confirmation_gap",
        "Police blamed the gang for the fire. Reporters in Tetovo would neither confirm nor deny the account.",
    ),
    (
        "confirmation_gap",
        "The rebels said they had seized 40 soldiers. The defence ministry said new information would confirm the number.",
    ),
    (
        "confirmation_gap",
        "The militia said soldiers had opened fire first, an account backed by the army chief.",
    ),
    (
        "confirmation_gap",
        "An unknown group claimed the bombing, and the interior ministry said it never doubted the claim was genuine.",
    ),
    ("confirmation_gap", "The Pentagon said no U.S. troops had been hurt in the collision."),
    (
        "ceasefire",
        "The rebel commander told reporters his men would hold their fire if the army pulled back.",
    ),
    ("ceasefire", "The government has put the peace talks on hold."),
    ("ceasefire", "The truce had held for only a week before it collapsed."),
    ("ceasefire", "The bishops appealed to the rebels to observe the truce."),
    (
        "confirmation_gap",
        "Elders said the truce had been observed since Wednesday, and an aid worker said no new killings had been reported there.",
    ),
    # round forty: a breach alone, after the guns went quiet, a standoff that could end, held responsible,
    # a request to pledge, a title-case headline's No; a party's own losses unasked, a responsibility borne,
    # many missions, fighting reported, further strikes assessed, terms or a resignation not accepted, despite the rain,
    # no evidence with no claim, a claimant's own lack of evidence
    ("ceasefire", "The army said the truce had been breached across the north."),
    ("ceasefire", "Rebels attacked the post after the guns had gone quiet."),
    ("ceasefire", "Analysts said it could take weeks to end the military standoff."),
    ("ceasefire", "Ceasefire monitors held the army responsible for the killings."),
    ("ceasefire", "The envoy urged the two militias to agree not to attack each other."),
    ("ceasefire", "Army Says No Truce Agreed In North"),
    ("confirmation_gap", "The army has said nothing about whether any of its own soldiers were wounded."),
    ("confirmation_gap", "The envoy said his country bore a heavy responsibility for the sinking."),
    ("confirmation_gap", "A spokesman said Russian aircraft had flown many missions over the city that day."),
    ("confirmation_gap", "The charity said its staff had reported fighting inside the hospital."),
    ("confirmation_gap", "The military said it was assessing the possibility of further strikes."),
    ("confirmation_gap", "The rebels refused to accept the terms of the truce."),
    ("confirmation_gap", "Parliament did not accept the minister's resignation."),
    ("confirmation_gap", "Despite the rain, the army chief said the search would go on."),
    ("confirmation_gap", "The fire brigade said it found no evidence that the blaze was started on purpose."),
    ("confirmation_gap", "The ministry offered no evidence to support its claim."),
    ("confirmation_gap", "The minister said he would sue the newspaper for slander."),
    ("confirmation_gap", "The administration said it would look into the seismic data."),
    (
        "confirmation_gap",
        "Rebel commanders said their own losses had been slight but would not give figures.",
    ),
    (
        "confirmation_gap",
        "Georgian officials did not back up a further assertion that foreign mercenaries were fighting with the rebels.",
    ),
    (
        "toll_revision",
        "Exports rose to 3,373 tonnes, a jump of nearly 1,000 from the 2,414 shipped a year earlier.",
    ),
    (
        "toll_revision",
        "A new name has been added to the victims' memorial, bringing the number of plaques to four.",
    ),
    ("toll_revision", "Rescuers pulled out an eighth survivor, taking the number rescued to eight."),
    (
        "ceasefire",
        "Government troops, who observed a three-day truce over the holiday, have pushed deeper into the valley.",
    ),
    (
        "ceasefire",
        "The rebels would accept a truce only if the army stopped its air strikes and released prisoners.",
    ),
    ("ceasefire", "The army says its soldiers fire only in self-defence."),
    ("ceasefire", "Manila will not match the rebels' gesture with a suspension of operations of its own."),
    ("confirmation_gap", "The government gave no explanation for revising its figures so sharply."),
    ("confirmation_gap", "The militia said it had captured the town and was in full control."),
    (
        "confirmation_gap",
        "The senator repeated his charge that the agency was hiding deaths but did not say where his own figures came from.",
    ),
    (
        "confirmation_gap",
        "Interfax quoted a federal spokesman as saying no air strikes had been flown since the halt took effect on Thursday.",
    ),
    ("toll_revision", "Rescue teams reached more flattened buildings in the old town, where 40 people died."),
    (
        "ceasefire",
        "The rebels signed the accord that includes a ceasefire on Friday, but the government has yet to sign it.",
    ),
    (
        "ceasefire",
        "The army said it had resumed its air and ground operations in the north after rebels ignored the truce.",
    ),
    (
        "ceasefire",
        "Militia leaders accused the army of shelling their positions on Sunday, the first full day of the truce.",
    ),
    ("ceasefire", "The ambush took place at dawn, hours before noon, when the truce was due to begin."),
    (
        "confirmation_gap",
        "The army has never published the number of its own soldiers among the dead, and its officers declined to give a figure.",
    ),
    ("confirmation_gap", "Turnout in the capital was far more than the figure the ministry gave."),
    (
        "ceasefire",
        "There was no immediate comment from Ankara on reports that its drones had struck three villages since the truce began.",
    ),
    ("confirmation_gap", "Police said they were investigating whether the fire had been set deliberately."),
    ("confirmation_gap", "The ministry did not adopt the plan for a new border crossing."),
    ("toll_revision", "The number displaced by the fighting has climbed to nearly 1 million, the U.N. said."),
    (
        "toll_revision",
        "Rescue teams pulled back from the district because of the rising death toll among their crews.",
    ),
    (
        "confirmation_gap",
        "The earthquake struck before dawn, and Chile's interior ministry said the damage was minor.",
    ),
    (
        "confirmation_gap",
        "Officials said a warehouse had been destroyed by fire. The damage was minor elsewhere in the port.",
    ),
    (
        "confirmation_gap",
        "The Greek coast guard confirmed that a patrol boat had been hit by a rocket, but would not say whether any of its sailors had been hurt.",
    ),
    ("ceasefire", "The truce, proposed by Egypt on Monday, was rejected by Hamas."),
    ("ceasefire", "The rebels warned that any attack on their positions would derail the truce."),
    ("ceasefire", "Officials hope the guns will fall mostly silent during the holiday."),
    ("ceasefire", "The rebels said they would respect a truce so long as the army withdrew first."),
    (
        "confirmation_gap",
        "The army said its units pushed back the attack and the town remained under their control.",
    ),
    ("confirmation_gap", "Police said the Sabra gunmen had fled into the hills."),
    ("confirmation_gap", "Mendez himself said the port had been retaken."),
    (
        "toll_revision",
        "The update raised the number of injured to 540 but left the count of the dead unchanged at 210.",
    ),
    ("toll_revision", "The storm pushed the river to its highest level in 40 years, killing 12 people."),
    (
        "ceasefire",
        "Air raid sirens sounded within an hour of the truce's start, and officials said shells had hit the port.",
    ),
    (
        "ceasefire",
        "A spokesman denied reports that the group had agreed, under the Qatari plan, to stop firing at ships.",
    ),
    (
        "ceasefire",
        "The president declined to sign up to the 30-day ceasefire that the rebels had already accepted.",
    ),
    ("confirmation_gap", "Contrary to expectations, the rebels said, the truce held through the night."),
    ("confirmation_gap", "Russian officials have not said whether any sailors were among the dead."),
    (
        "confirmation_gap",
        "In the old town, families dug with their bare hands, saying no rescue teams had reached their street.",
    ),
    (
        "confirmation_gap",
        "The army said its unit had fired the shell, an admission that came after two days in which officials had denied any role.",
    ),
    ("confirmation_gap", "The observers said they had received no word of serious violations overnight."),
    (
        "confirmation_gap",
        "The president insisted that the island remained part of its territory, the ministry said.",
    ),
    (
        "confirmation_gap",
        "Officials in the capital said the shelling had not let up, and residents said the water had run out.",
    ),
    ("toll_revision", "Those killed were villagers mourning a fallen soldier, the envoy said."),
    ("toll_revision", "The ferry brought the number of passengers rescued to nine."),
    ("ceasefire", "The prime minister said the operation would end only when the rockets stopped."),
    (
        "ceasefire",
        "The governor, whose government called off the operation last month, said more troops would be sent.",
    ),
    ("ceasefire", "Rescuers halted the search operation at dusk."),
    (
        "confirmation_gap",
        "The army said it had overrun the rebel camp, adding that it did not know where he was.",
    ),
    (
        "confirmation_gap",
        "The spokesman said the cabinet was still weighing whether to answer with a truce of its own and that no decision had been taken.",
    ),
    (
        "confirmation_gap",
        "The disaster agency said it had no reliable word from several island villages where phone lines were down.",
    ),
    ("confirmation_gap", "Officials denied access to troops in the town."),
    ("toll_revision", "The committee's tally of wounded also went up, to 27."),
    ("ceasefire", "The airline said it had suspended all flights to the city with immediate effect."),
    ("ceasefire", "The truce collapsed on Monday, and soldiers dug out their bunkers."),
    (
        "ceasefire",
        "Talks in the capital have dragged on since the truce agreed after the siege, and a final accord is still being drafted.",
    ),
    (
        "ceasefire",
        "Gunmen shot dead a provincial governor on Friday, breaking the lull that followed rebel pledges to stop attacks.",
    ),
    ("ceasefire", "The envoy urged the rebels to silence their guns."),
    (
        "confirmation_gap",
        "Officials said four of the gunmen were foreigners, but offered no evidence to support the statement.",
    ),
    (
        "confirmation_gap",
        "An army spokesman acknowledged that the militia was keeping to its truce, saying patrols had not been fired on since Monday.",
    ),
    ("toll_revision", "The recovery of the wreck took two weeks, the navy said."),
    (
        "ceasefire",
        "Soldiers killed four militants in clashes near the border after the truce began, the army said.",
    ),
    ("ceasefire", "A senior official denied reports on Friday that the movement had agreed to a ceasefire."),
    (
        "ceasefire",
        "The Red Crescent announced a halt to all its operations in the province after two of its drivers were killed.",
    ),
    (
        "ceasefire",
        "A rebel envoy said a truce had been agreed, but the air force kept up its strikes on the city through the night.",
    ),
    ("confirmation_gap", "Police said no shells had hit the town in the first hours of the truce."),
    (
        "confirmation_gap",
        "The toll stands at 410, according to the ministry, which has not issued a new figure since Monday.",
    ),
    ("confirmation_gap", "Police said the attack was being investigated."),
    (
        "toll_revision",
        "The army said several more soldiers had been wounded, raising its count of injured, but reported no new deaths.",
    ),
    (
        "toll_revision",
        "The army confirmed that three soldiers were killed in the ambush, a third of the figure of nine announced by the rebels.",
    ),
    (
        "ceasefire",
        "Officials said the army would hold its fire on the towns only for as long as the rebels did the same.",
    ),
    (
        "ceasefire",
        "The minister said the rebel leader had committed to calling publicly for an end to the clashes.",
    ),
    ("ceasefire", "By nightfall the area was largely quiet, police said."),
    ("ceasefire", "The hiring freeze is largely being observed across the ministry."),
    ("confirmation_gap", "Houthis say they shot down U.S. drone; Pentagon says aircraft crashed."),
    ("confirmation_gap", "Officials say toll rises to 40"),
    ("confirmation_gap", "The militia said none of its men had been hurt in the floods."),
    (
        "ceasefire",
        "The envoy called on all armed groups, including those that have stayed out of the talks so far, to observe the truce.",
    ),
    (
        "ceasefire",
        "Twenty people were killed in the clashes before local commanders agreed to stop shooting last week.",
    ),
    ("ceasefire", "Troops start pullback after weeks of shaky truce"),
    (
        "ceasefire",
        "The envoy said as talks opened that the first goal was to agree a cessation of hostilities.",
    ),
    (
        "toll_revision",
        "Officials said the number of wounded kept climbing as hospitals ran short of supplies.",
    ),
    ("confirmation_gap", "The rebels said they were still studying the text of the proposal."),
    (
        "ceasefire",
        "The ministry said its troops were observing the truce but had returned fire after rebel fighters shelled their posts.",
    ),
    ("ceasefire", "The foreign ministry said the kingdom remained firmly committed to the ceasefire."),
    # round 54 (read lv-ma)
    (
        "ceasefire",
        "The envoy urged both sides to avoid any escalation, to keep to the ceasefire and to allow aid through.",
    ),
    (
        "confirmation_gap",
        "The governor rejected the accord as a betrayal, saying his administration had not been consulted on its terms.",
    ),
    (
        "toll_revision",
        "The Red Cross said the number of wounded treated in the two cities since the clashes began had climbed past 400, but gave no figure for the dead.",
    ),
    ("toll_revision", "The ministry's revised count of 31 dead was read out at the funeral on Friday."),
    ("confirmation_gap", "The minister stopped short of confirming it would attend the summit."),
    ("confirmation_gap", "His resignation has not been accepted by the president."),
    ("ceasefire", "Mediators say the guns may fall silent from midnight."),
    ("confirmation_gap", "Death toll rises to 40 as the guns fall silent along the border"),
    # round 55 (read mb-mg)
    (
        "ceasefire",
        "The accord, which leaves in place the May truce monitored by UN troops, also sets up a joint commission.",
    ),
    (
        "ceasefire",
        "The rebels' founder had signed the movement's first truce with the government at Arusha, in Tanzania, in 1993.",
    ),
    (
        "ceasefire",
        "The security chief had said the capital would stop shooting only once enemy units withdrew from the villages they had entered.",
    ),
    (
        "ceasefire",
        "The minister said the state had sent its forces to end the fighting, not to punish the town.",
    ),
    (
        "confirmation_gap",
        "The clan elders rejected a roadmap drawn up by the two governments, saying they had not been consulted.",
    ),
    (
        "confirmation_gap",
        "Border officials acknowledged that their guards had opened fire, as the other side had reported, though they insisted the guards had been provoked.",
    ),
    ("confirmation_gap", "The governor said the dead were innocent civilians."),
    ("toll_revision", "Rights groups put the number of dead at 1,500, well above the official count of 600."),
    (
        "toll_revision",
        "The ministry's previous tally, published on Monday, had put the number of dead at 96.",
    ),
    # round 56 (the cease-fire misses left on every read batch)
    ("ceasefire", "The rebels said they would stop firing only if the army pulled back."),
    ("ceasefire", "The army said it would not stop its strikes until the hostages were freed."),
    (
        "ceasefire",
        "Under the accord, U.N. peacekeepers are to patrol a buffer zone while talks on a final settlement go on.",
    ),
    (
        "ceasefire",
        "Under the deal, the two sides are to return to Cairo within a month to discuss a seaport.",
    ),
    ("ceasefire", "Stocks rise as calm holds on bond markets"),
    (
        "ceasefire",
        "Calm returned to the valley after the floods receded, officials said, with no fresh damage reported since the rains stopped.",
    ),
    # round 57 (the gap misses left on every read batch)
    (
        "confirmation_gap",
        "Aid workers said the real toll was almost certainly higher, since many families buried their dead at home.",
    ),
    ("confirmation_gap", "The group of volunteers said they had counted 40 bodies near the bridge."),
    ("confirmation_gap", "The ministry stood by its account of the budget, officials said."),
    # round 58 (the false truces and false gaps left on every read batch; the positive guards the casualty-silence exclusion)
    (
        "ceasefire",
        "About 2,000 people were killed in the 1993 war, which was halted by a Russian-brokered ceasefire that peacekeepers still police.",
    ),
    (
        "confirmation_gap",
        "The defence ministry said its jets had struck an arms depot near the port and made no mention of civilian casualties.",
    ),
    ("confirmation_gap", "The ministry's statement made no mention of casualties among its own troops."),
    # round 59 (read mh-mm)
    (
        "confirmation_gap",
        "The ministry said its troops had killed more than 100 rebels near the bridge, but it produced nothing to back up the figure.",
    ),
    (
        "ceasefire",
        "The UN spokesman, whose briefing opened with the secretary-general's renewed plea for an immediate ceasefire, spoke about shelters.",
    ),
    (
        "ceasefire",
        "Dhlakama, who put his name to the cessation of hostilities in August, opened his campaign in Beira.",
    ),
    (
        "ceasefire",
        "The commander declined either to confirm or to rule out that his men would observe the truce.",
    ),
    (
        "ceasefire",
        "The army spokesman rejected statements from the rebels that the government had agreed to stop bombing their towns.",
    ),
    (
        "ceasefire",
        "The U.N. Security Council on Wednesday unanimously ordered the two countries to halt all fighting within 48 hours.",
    ),
    ("confirmation_gap", "Soldiers on the front said they had not heard a shot fired since Sunday."),
    (
        "toll_revision",
        "Medics raised the number of people hurt in the attack to 67, while the army's count of four soldiers killed was unchanged.",
    ),
    (
        "toll_revision",
        "Just 6,245 people are still listed as missing, far fewer than the more than 12,000 in the ministry's previous tally.",
    ),
    # round 60 (mn-ms read)
    ("ceasefire", "The general said his troops had never been ordered to stand down."),
    ("ceasefire", "Rescue teams stood down for the night as aftershocks shook the valley, the agency said."),
    ("confirmation_gap", "Police accused the gang of staging the robberies across the city over the summer."),
    (
        "ceasefire",
        "The rebel command said it was no longer committed to the truce and would answer every attack.",
    ),
    (
        "toll_revision",
        "Officials warned that the number of casualties could rise as rescuers reached remote villages.",
    ),
    ("toll_revision", "Monitors put the number of dead at 30, five more than the 25 the police reported."),
    (
        "toll_revision",
        "The ministry had previously reported 120 deaths, a figure that included 12 people who died in road accidents during the evacuation.",
    ),
    (
        "toll_revision",
        "The number of police officers wounded in the riot rose to 14, up from nine reported earlier; nobody was killed.",
    ),
    (
        "ceasefire",
        "The rebel leader said he expected the army in turn to halt its raids on villages and free prisoners.",
    ),
    (
        "ceasefire",
        "Two weeks after the militia agreed to hand over its heavy weapons under a Qatari-brokered truce, thousands of families were still queuing at the border.",
    ),
    # round 61 (mt-my read)
    ("ceasefire", "The army said it would hold its fire only for as long as the rebels did the same."),
    (
        "ceasefire",
        "The prime minister said the navy would hold its fire the moment the militia stopped shelling the port.",
    ),
    (
        "ceasefire",
        "Chad, which accepted an OAU-brokered truce in September, said it would send a delegation to talks in Libreville.",
    ),
    (
        "ceasefire",
        "Rebels said fighting had gone on after the truce began, and the army blamed the rebels for it.",
    ),
    (
        "toll_revision",
        "Officers said the tally of enemy aircraft destroyed since the start of the war had climbed to 212.",
    ),
    (
        "toll_revision",
        "When the army released its first casualty figures on Monday, it had put the country's dead at 312 and its wounded at 900.",
    ),
    (
        "toll_revision",
        "Doctors warned that the death count would probably keep rising as the heat wave went on.",
    ),
    (
        "confirmation_gap",
        "The army, which had at first said it knew nothing about the incident, later acknowledged that one of its helicopters had fired.",
    ),
    # round 62 (mz-ne read)
    (
        "ceasefire",
        "Civilians who fled the village during last month's four-hour pause in the bombing said their houses were gone.",
    ),
    (
        "ceasefire",
        "A year ago the governor visited the valley and reached a truce-like understanding with its elders.",
    ),
    ("ceasefire", "Prosecutors say 130 hostages died as a result of the operation to end the siege."),
    ("ceasefire", "The army said it would hold its fire from Christmas only if the rebels did the same."),
    ("confirmation_gap", "Nor has the army said whether any of its own commandos were hurt during the raid."),
    (
        "confirmation_gap",
        "Delhi gave no immediate response; officials said the offer would be studied before the cabinet took a position.",
    ),
    (
        "confirmation_gap",
        "The commission said district tallies were still being checked and a new total would follow.",
    ),
    (
        "toll_revision",
        "The centre estimated that 470,000 people had died, well above the 250,000 figure used by the United Nations.",
    ),
    ("toll_revision", "Gunmen seized 40 hostages at the school on Monday, and 12 more were taken later."),
    # round 62 (names ending in -as, speakers who scoff)
    ("confirmation_gap", "Murillo said there was no indication that any of the 43 miners were still alive."),
    ("confirmation_gap", "Witnesses dismissed the rumours as the shelling went on."),
    # round 63 (nf-nk read)
    (
        "ceasefire",
        "Their last war, over the border in 1988, was ended by a ceasefire that the United Nations arranged.",
    ),
    (
        "ceasefire",
        "The president set out his terms: a ceasefire had to be put in place at once and the troops had to pull back.",
    ),
    (
        "ceasefire",
        "The government was ready to open a dialogue with the opposition on ending the fighting, an aide said.",
    ),
    ("ceasefire", "The army chief called the latest U.S.-backed truce paper the worst one yet."),
    (
        "confirmation_gap",
        "The president said investigators had established that soldiers took part in the killings, something the military had denied for weeks.",
    ),
    (
        "confirmation_gap",
        "A ministry official said the ministry had corrected its figure, though he declined to say what the new total was.",
    ),
    (
        "toll_revision",
        "The police chief of the worst-hit prefecture said the number of dead would almost certainly run above 10,000.",
    ),
    ("toll_revision", "Together the dead and missing exceed 138,000, the worst cyclone toll since 1991."),
    # round 64 (nl-nq read)
    ("ceasefire", "The group's leader said its fighters would respect the truce once it was in force."),
    ("ceasefire", "The council cut the mission to a token force whose task will be to help broker a truce."),
    (
        "ceasefire",
        "Days after it was announced, the ceasefire had failed to take hold and the shelling went on.",
    ),
    (
        "confirmation_gap",
        "The leader said his fighters had killed hundreds of soldiers, though he gave no figures and produced nothing to support the claim.",
    ),
    (
        "confirmation_gap",
        "An army spokesman said no rockets had been launched from the territory during the lull.",
    ),
    ("toll_revision", "The spokesman also corrected the tally of wounded, which he now put at about 900."),
    ("toll_revision", "The number of people reported killed was left unchanged, the office said."),
    (
        "toll_revision",
        "Funeral homes reported 499 deaths in the month after it hit, ten times the official figure.",
    ),
    (
        "toll_revision",
        "Rebel officials put the number of dead at close to 20,000, roughly twice the top of the UN range.",
    ),
    # round 65 (nr-nw read)
    (
        "ceasefire",
        "The rebels said a full end to the fighting would depend on the army pulling back from the valley.",
    ),
    ("ceasefire", "A local truce with the gunmen came apart within hours when mortar fire started up again."),
    (
        "ceasefire",
        "The president said he would halt air strikes during the envoy's visit, provided the rebels stopped their mortar fire too.",
    ),
    (
        "ceasefire",
        "The prime minister put his signature to the truce document, but the general asked for until Friday to study it.",
    ),
    (
        "confirmation_gap",
        "The army said the rebel base had been overrun, but would not say whether any Kenyan soldiers were killed in the raid.",
    ),
    (
        "confirmation_gap",
        "The rebels said they had shot down two helicopters. They would say only that the fighting had been fierce.",
    ),
    (
        "toll_revision",
        "The agency raised its count of people injured in the blast to 41 from 38, saying three more residents had sought treatment.",
    ),
    # round 66 (nx-oc read)
    (
        "ceasefire",
        "If the remaining bands chose to observe a truce of their own, the ministry said, their members too could be pardoned.",
    ),
    (
        "ceasefire",
        "A similar truce brokered by the church ended fighting between the clans in 1998, but feuds went on.",
    ),
    ("ceasefire", "The army said no further strikes would be carried out unless the rebels attacked again."),
    ("ceasefire", "The rebels set out their conditions for a truce on Monday."),
    ("toll_revision", "The ministry said 14 of the gunmen had died and three had been captured alive."),
    # round 67 (od-of read)
    ("ceasefire", "The truce, which runs until May 23, covers only groups that do not attack."),
    ("ceasefire", "The envoy will explore talks with the clan elders on ending the bloodshed."),
    ("ceasefire", "The militia's price for halting the shelling: the governor's resignation and an amnesty."),
    ("ceasefire", "The storm died down overnight, letting rescue teams reach the coast."),
    ("confirmation_gap", "Senior leaders had not responded to the invitation by Sunday evening."),
    ("toll_revision", "Officials fear a toll of up to 50 in the flooded villages"),
    (
        "toll_revision",
        "The group said it had raised the number of people it lists as missing to 89, from 64 a year earlier.",
    ),
    # round 68 (oj-oo)
    (
        "ceasefire",
        "The militia renounced the cessation of hostilities it had signed in March, accusing the army of bad faith.",
    ),
    (
        "ceasefire",
        "The president broke off the talks, scrapping a plan under which the two sides were to have agreed a truce by June.",
    ),
    (
        "confirmation_gap",
        "The interior minister acknowledged that the police had suffered losses, but declined to say how many officers had been killed.",
    ),
    (
        "confirmation_gap",
        "The provincial police command declined to comment on how many of its own officers had been wounded.",
    ),
    (
        "confirmation_gap",
        "A car bomb killed 12 people in the market on Sunday; the Popular Front has not claimed it.",
    ),
    (
        "confirmation_gap",
        "The army blamed the rebels for the ambush on the convoy. No group has claimed the attack.",
    ),
    (
        "confirmation_gap",
        "The rebels said they had shot down two helicopters. They said only that the fighting had been fierce.",
    ),
    (
        "ceasefire",
        "The interior ministry said it would not resume its operations in the valley until the militia had handed in its weapons.",
    ),
    (
        "toll_revision",
        "Doctors said 31 survivors were being treated for burns, up from 18 on Friday; the death toll was unchanged.",
    ),
    (
        "toll_revision",
        "Aid workers had no way of checking the casualty figures in the district, which can be reached only by boat.",
    ),
    # a count of the dead as a far subject
    (
        "toll_revision",
        "The number of villagers killed when gunmen raided the market was not known, but the number of people displaced has risen to 4,100, the agency said.",
    ),
    (
        "toll_revision",
        "The rebels said two army helicopters had been brought down over the valley on Sunday.",
    ),
    # round 69 (op-ou)
    (
        "ceasefire",
        "The two states fought border wars in 1962 and 1971, each of them brought to an end by a truce arranged by the OAU.",
    ),
    ("ceasefire", "Three days of shelling have torn apart the truce the envoys brokered this month."),
    (
        "ceasefire",
        "The movement had observed several truces in the past, notably in 1990, none of which lasted.",
    ),
    ("ceasefire", "Hardliners called the truce a sell-out and vowed to fight on."),
    (
        "confirmation_gap",
        "The ministry said it would publish any such figure once the families had been told.",
    ),
    ("toll_revision", "Company losses in the third quarter rose to 14 million dollars"),
    # round 70 (ov-pa)
    (
        "ceasefire",
        "Belgrade last accepted a ceasefire in June 1999, when an accord signed at Kumanovo ended the air war.",
    ),
    (
        "ceasefire",
        "The two clans last fought in March 2003, when a truce brokered by the elders ended three weeks of raids.",
    ),
    (
        "confirmation_gap",
        "The general said dozens of militiamen had been detained, but he would not say whether any of his own soldiers had been killed.",
    ),
    (
        "confirmation_gap",
        "The president insists there will be no talks with the rebels, a group he dismisses as bandits, until they disarm.",
    ),
    (
        "toll_revision",
        "The government has put the 212 deaths down to panic rather than to any flaw in the stadium.",
    ),
    # general truce nouns, 'any' as a place's
    (
        "ceasefire",
        "By evening the militia was disputing that the halt had taken effect at all, saying mortars were still landing.",
    ),
    ("ceasefire", "The moratorium on grain exports is in force until June, the ministry said."),
    ("ceasefire", "The rebels said they would not agree to any truce in the valley."),
    # a quiet span under the truce; a truce held though violations were reported
    (
        "ceasefire",
        "The night before the cease-fire was signed passed without a single attack, residents said, but shelling resumed at dawn.",
    ),
    # round 71 (pb-pg)
    ("ceasefire", "The president has brushed aside calls to halt the offensive in the north."),
    (
        "ceasefire",
        "Opposition leaders said they were ready for a ceasefire, but the government said talks could start only later.",
    ),
    ("ceasefire", "Hardliners dismissed the deal, whose truce terms they called a surrender."),
    ("confirmation_gap", "The police chief declined to say whether any police officers were among the dead."),
    (
        "confirmation_gap",
        "The army chief acknowledged that some soldiers had fired live rounds, as protest leaders had claimed, but said they had acted in self-defence.",
    ),
    # round 72 (ph-pm)
    (
        "toll_revision",
        "By evening the tally of fighters who had given themselves up had been raised to 300 from 120, the army said.",
    ),
    (
        "toll_revision",
        "The official tally of survivors was revised to 212 from 230 after some names were found to have been listed twice.",
    ),
    (
        "confirmation_gap",
        "Rebel commander Ivan Petrov told reporters his men now held the post office, and the rebel command said the building was in its hands.",
    ),
    ("ceasefire", "Government troops hold fire in besieged town, rebels say, but shelling resumes"),
    ("ceasefire", "The two sides had signed a truce before the 1998 war broke out."),
    ("toll_revision", "Prices of rice more than doubled the 40 cents paid a year ago, traders said."),
    (
        "ceasefire",
        "A truce proclaimed by the opposition leaders at midnight was not being observed, residents said, as shelling went on.",
    ),
    (
        "confirmation_gap",
        "Asked about the weather, an army spokesman would say only that the roads were open.",
    ),
    ("confirmation_gap", "The rebels offered nothing to substantiate their claim of 2,000 dead."),
    ("confirmation_gap", "The minister said growth had slowed, contradicting nobody."),
    # round 73 (pn-ps)
    (
        "ceasefire",
        "Health inspectors ordered more than 300 restaurants and bars to suspend operations pending checks.",
    ),
    (
        "ceasefire",
        "A spokesman for the government rejected a radio report that the army had agreed to a truce in the east.",
    ),
    (
        "ceasefire",
        "The truce in the north held for a third day on Tuesday, officials said, after the militia accused the army of shelling a hamlet.",
    ),
    ("toll_revision", "The quake dead were buried in a mass grave on the edge of the town."),
    ("confirmation_gap", "The pilot said the helicopter landed safely after a warning light came on."),
    # two accounts, the second negating the first (gap.but_said_not)
    (
        "confirmation_gap",
        "Fishermen said they had seen dozens of bodies washed up near the harbour, and the provincial government said a search of the shore was under way.",
    ),
    (
        "confirmation_gap",
        "The rebels said they welcomed the plan, but the government said no talks would be held until the fighters disarmed.",
    ),
    (
        "confirmation_gap",
        "The ministry said the clinic had reopened, but it said no date had been set for the surgery wing.",
    ),
    # round 74 (pt-py)
    ("toll_revision", "The Red Cross raised to 80 from 45 its tally of people wounded in the clashes."),
    (
        "ceasefire",
        "Shelling started up again at dawn after an overnight lull, officers said, dashing hopes in the capital that the guns at the border had fallen silent for good.",
    ),
    (
        "ceasefire",
        "Diplomats recalled that the last war between the two countries, in 1962, was halted only by a cease-fire one side declared.",
    ),
    (
        "ceasefire",
        "Residents said they expected the guns to open up again, as they had after each of the string of truces arranged since March.",
    ),
    ("ceasefire", "Hostages were handed over under the truce, the Red Cross said."),
    ("confirmation_gap", "TUMACO, Colombia, March 3 (Reuters) - Heavy rain fell across the port on Tuesday."),
    # round 75 (pz-qe)
    (
        "toll_revision",
        "The president lifted the curfew on Wednesday; the government still gives 95 as the number killed in the shootings, a figure unchanged since the middle of the month.",
    ),
    (
        "toll_revision",
        "Accounts passed between supporters in the capital put the number killed anywhere from 20 to more than 100, but AFP was unable to check them.",
    ),
    (
        "toll_revision",
        "The inquiry said it had raised its tally of shops, homes and offices destroyed in the riots to 4,100, from about 2,000 counted in May.",
    ),
    (
        "ceasefire",
        "The last time the two sides agreed to stop shooting was in June, and that accord was never carried out.",
    ),
    (
        "ceasefire",
        "A strong aftershock brought rescue operations in the old town to a halt for several hours.",
    ),
    ("confirmation_gap", "Asked about the weather, the spokesman would say only that flights were running."),
    # round 76 (qf-qk)
    (
        "toll_revision",
        "Unofficial estimates put the number of dead since the rising began in May at more than 1,000.",
    ),
    (
        "toll_revision",
        "Red Cross workers said the toll could still rise once rescuers have dug through the houses brought down in the two villages.",
    ),
    (
        "ceasefire",
        "The prime minister has sent personal messages to President Khan and Prime Minister Shastri urging them to stop the fighting in the marshes at once, and has offered British good offices to arrange a cease-fire, Downing Street announced.",
    ),
    (
        "ceasefire",
        "The prime minister told parliament that India would accept a cease-fire only if it were followed at once by a withdrawal.",
    ),
    ("ceasefire", "Hostages were handed over under the truce since it began, the Red Cross said."),
    # round 77: ql-qq read (refugee, evacuee and animal counts, a phrasal 'up from', implore, yet to take hold, a year-named old deal, border war, a war declared over in a headline, scarcely a shot, a silence kept so far, nothing heard from, remained firmly in)
    (
        "ceasefire",
        "The bishop went on television to implore both militias to agree on a truce before the holiday.",
    ),
    (
        "ceasefire",
        "Raids on border villages went on, officials said, and the truce announced on Monday has yet to take hold.",
    ),
    (
        "ceasefire",
        "Delegates cited the 1972 Addis Ababa accord, under which the southern rebels stopped fighting, as a model.",
    ),
    (
        "ceasefire",
        "The neighbours last fought in 1971, a short war brought to an end by a cease-fire the great powers imposed.",
    ),
    ("ceasefire", "The two states all but declared war over the disputed islands, diplomats said."),
    (
        "toll_revision",
        "The ministry raised its count of refugees in the border camps to 900,000, up from 700,000 a week earlier.",
    ),
    (
        "toll_revision",
        "Officials moved out 300 more families, bringing to about 2,400 the number forced from their homes by the floodwater.",
    ),
    (
        "toll_revision",
        "The tally of cattle found dead after the floods rose to 4,000, up from 2,500 on Monday.",
    ),
    (
        "toll_revision",
        "The bodies of at least 30 villagers, rounded up from their homes before the massacre, were found in a ravine.",
    ),
    ("confirmation_gap", "The general was asked about his future. He has so far kept silent."),
    # round 78: qr-qw read (keeping faith with, stretch a truce, a headline's 'calls unilateral ceasefire', 'wins truce from', fire held for a further span, 'at her urging', 'would say only that', 'contradicted him' after the claim, 'that year', a rejected assertion, a newspaper's own check, another party's announced figure, other counts wounded)
    ("ceasefire", "Moro front calls for ceasefire during Ramadan"),
    ("ceasefire", "Dockers win pay truce from employers"),
    (
        "ceasefire",
        "The rebel leader rejected the government's assertion that his fighters had joined the truce.",
    ),
    (
        "ceasefire",
        "That year the two armies fought along the river until a truce, signed in a border town in the spring, ended the fighting.",
    ),
    (
        "confirmation_gap",
        "Asked about his plans, the minister would say only that the matter was being checked.",
    ),
    (
        "confirmation_gap",
        "Reports that the dam keeper had warned of cracks a week earlier could not be confirmed by this newspaper.",
    ),
    ("toll_revision", "The rebels said 12 of their men had died, not the 30 announced by the army."),
    (
        "toll_revision",
        "The province's figures showed 80 dead, three fewer than the number announced by the interior ministry.",
    ),
    (
        "toll_revision",
        "The spokesman put the number of marines wounded at 31, compared with 20 on Monday, and said the figure of four killed was unchanged.",
    ),
    # round 79: qx-rc read (declined to / yet to say anything, made no finding on, under examination, once more respecting, armed agitation, the noun 'demand', the adjective 'disputed', only for as long as, radio reports denied, a truce formula, a court's order)
    ("confirmation_gap", "The minister declined to say anything about his plans for the summer."),
    (
        "confirmation_gap",
        "The president said on Saturday that his units, having regained the disputed posts, had been told to hold their positions.",
    ),
    ("ceasefire", "The two armies were once again exchanging fire across the river despite the cease-fire."),
    (
        "ceasefire",
        "The vice president told reporters that his country would abide by the truce only for as long as its neighbour did the same.",
    ),
    (
        "ceasefire",
        "A spokesman for the president denied radio reports from the capital that the army, too, had agreed to halt its advance.",
    ),
    (
        "ceasefire",
        "The government turned down the mediators' latest truce formula, which the rebels had accepted.",
    ),
    (
        "ceasefire",
        "A chamber of the International Court of Justice ordered the two states to pull their troops back and to go on observing the ceasefire.",
    ),
    ("ceasefire", "The council voted to demand an immediate end to all military activity around the plant."),
    # round 80: rd-ri read (wins ceasefire in, operations suspended for rescue work, a proposal both sides accepted, gendarmerie, rejected that version, neither ... nor ... would comment, its dead raised, double its first count; not a figure's direction withheld, the press's own check, a caller's want of proof, a similar truce)
    (
        "confirmation_gap",
        "The official count was amended again on Tuesday, a spokesman said, though he declined to say whether it had gone up or down.",
    ),
    (
        "confirmation_gap",
        "Correspondents in the capital had no means of checking the rebels' account of the fighting.",
    ),
    (
        "confirmation_gap",
        "A caller to a newspaper pinned the bombing on the group, but gave no code word and nothing else to back up what he said.",
    ),
    (
        "confirmation_gap",
        "The newspaper's editor said he had no way of checking whether the statement, signed by the group, was genuine.",
    ),
    (
        "ceasefire",
        "The rebels called a similar unilateral truce in May last year, after floods in the north.",
    ),
    ("ceasefire", "Ethiopia has accepted a truce proposed by the OAU envoy, but Eritrea has yet to reply."),
    ("toll_revision", "The town buried its dead on Monday, eight of them children."),
    # round 81: rj-ro read (Vientiane as Laos, offered no reply, dismissed as a hoax, a truce put forward that both accepted; not reports dismissed as without foundation, a truce disputed, fighting that broke out again)
    (
        "ceasefire",
        "The defence minister dismissed as without foundation reports from the border town, on the other side, that local commanders had agreed to hold their fire.",
    ),
    (
        "ceasefire",
        "The opposition leader disputed that the truce was being kept, telling delegates that villages had been shelled twice this week.",
    ),
    (
        "ceasefire",
        "Even after the cease-fire order, witnesses said, gunmen opened fire near the market and a running battle with troops broke out again on the airport road.",
    ),
    ("confirmation_gap", "The chairman dismissed as a hoax the rumour that the club would be sold."),
    # round 82: rp-ru read (a department as government, silence until a party speaks publicly, no response in a capital, accords ending a war, hostilities declared over far after the speech verb, a level against an earlier one, a rise from, a toll that touches; not a leader's own fighters, a negated future, a text that says nothing, own dead unmentioned, ground seized after a truce, an appeal once more, a fight against a side, a count against another party's)
    (
        "confirmation_gap",
        "Speaking by phone from a hideout, the militia chief refused to say whether his own fighters had taken casualties.",
    ),
    (
        "confirmation_gap",
        "The rebels have rejected a government offer of talks, insisting that no weapons would be surrendered before elections.",
    ),
    (
        "confirmation_gap",
        "The militia turned down a truce the army had offered in May, arguing that it said nothing about withdrawing troops from the valley.",
    ),
    (
        "confirmation_gap",
        "A statement issued in Damascus admitted that the enemy had crossed the river, but it said nothing about casualties on the Syrian side.",
    ),
    (
        "ceasefire",
        "The government accused the guerrillas of seizing four hamlets in the north after the truce began, a charge their envoys did not answer.",
    ),
    (
        "ceasefire",
        "The archbishop appealed once more to the generals and the separatist leaders to respect the cease-fire their own envoys had drafted.",
    ),
    ("ceasefire", "The minister said the rebels would keep fighting until the war was over."),
    (
        "toll_revision",
        "The rebels said 40 soldiers had died in the fighting against the government troops on Monday.",
    ),
    (
        "toll_revision",
        "The opposition said it had confirmed 55 deaths in the clashes, against the 12 reported by state radio.",
    ),
    # round 83: rv-sa read (undertook to hold fire, a declaration committing armies to a cessation, a truce now in force as a frame, guns kept quiet, a leadership as government, waved away, a minimum said after a charge, a count set against an earlier one right after it, refugees who perished, a count that went to, dead revised down; not a denied agreement to a truce, a past truce as a frame, a minimum about own losses, double another party's figure, burns victims in care, a man who went to a funeral)
    (
        "ceasefire",
        "The militia spokesman denied on Monday that its fighters had agreed to any truce in the port, contradicting state radio, which had reported a deal brokered by the bishop to stop shelling the harbour.",
    ),
    ("ceasefire", "Hostages were handed over under the truce agreed in 1994, the paper recalled."),
    ("confirmation_gap", "Asked about its losses, the army would say only that operations were continuing."),
    (
        "toll_revision",
        "More than 90 people have died, the governor said, a figure well over double the 40 announced by the rebels.",
    ),
    (
        "toll_revision",
        "Doctors said the number of flood victims under treatment at the district clinic rose to 90 from 35 on Monday.",
    ),
    ("toll_revision", "The chairman went to the funeral of the 12 miners on Monday."),
    # round 84: sb-sg read (offensive operations broken off, the terms of a truce, a truce gone unbroken, a truce that silences guns, a truce that came hours after, stand-fast orders, fighting that had ended, both sides holding their fire throughout, guns to fall silent under a signed accord, a claim passed over in silence, casualties climbed to a count of killed, deaths taken to a level, a death list corrected, losses corrected in the passive; not talks broken off, a war that ended long ago, work halted at a plant, shooting kept up long after a truce, a world body's deadline, a rejected deal's guns, a claimant's own fallen, a referee's complaints from each side)
    ("ceasefire", "The two sides broke off talks on a truce."),
    ("ceasefire", "The general said the war had ended badly for his country in 1973."),
    (
        "ceasefire",
        "The company halted all operations at the refinery, whose 30 storage tanks held some 9,000 cubic metres of fuel.",
    ),
    (
        "ceasefire",
        "Opposition deputies said the militias had kept on looting and burning days after the truce of March 9.",
    ),
    ("ceasefire", "The Security Council tonight ordered the two states to cease fire within three days."),
    (
        "ceasefire",
        "Voters rejected the accord, plunging into doubt a deal whose ceasefire had silenced the guns after decades of war.",
    ),
    (
        "confirmation_gap",
        "The guerrilla radio claimed scores of soldiers dead but said nothing about how many of its own fighters had been killed.",
    ),
    (
        "confirmation_gap",
        "Apart from a mortar round near the airport, the cease-fire held, a spokeswoman for Judge Varga said; her monitors were checking some twenty complaints from both sides.",
    ),
    # round 85: sn-ss read (a county council as government, a tale dismissed, a denial answered, stories denied in the passive, a claim that bore no resemblance, insisted however, a truce that lets something happen, air action suspended, a truce that now covers, word sent of a halt, a figure corrected after an earlier count; not proposals unanswered, own wounded asked after, a cable asking for mediation, no sign of an order to halt, a truce proclaimed and broken, a reply about oneself)
    (
        "confirmation_gap",
        "Envoys carrying the premier's ideas for a truce have shuttled between the capitals, but neither camp had yet answered his proposals.",
    ),
    (
        "confirmation_gap",
        "Asked how many sailors had been hurt in the raid, the navy declined to give a figure.",
    ),
    (
        "confirmation_gap",
        "The secretary-general had received a cable from the rebel leader asking him to mediate but had sent no reply.",
    ),
    (
        "ceasefire",
        "Diplomats said there was no sign yet that militia units in the valley had been ordered to stop firing.",
    ),
    (
        "ceasefire",
        "The junta had proclaimed a truce at Easter, but its gunboats shelled the port two days later.",
    ),
    ("confirmation_gap", "The minister replied that he would not resign."),
    # round 86: sh-sm read (two sides holding fire in a headline, guns quiet, hostilities confirmed over, not a shot since a truce began, a cessation of fire bound to, all hostilities to cease by an announced plan, a truce strictly kept, a figure branded an invention, a boast rejected by 'which'; not a truce that dates other news, reports of an armistice denied in the passive, a plan that would have set one, a truce's broker as background, a truce dismissed long ago, fire held only until)
    (
        "ceasefire",
        "The admiral, whose fleet lost three ships shortly before the harvest truce was agreed, has been dismissed.",
    ),
    (
        "ceasefire",
        "Reports from the capital that an armistice had been arranged on the river were denied tonight by the foreign minister.",
    ),
    (
        "ceasefire",
        "The rebels rejected the envoy's plan, which would have put the oil field under monitors and bound both armies to a truce; the government accepted it on Friday.",
    ),
    (
        "ceasefire",
        "The bishop, who helped broker last month's truce, told reporters that the new cabinet would include the opposition.",
    ),
    (
        "confirmation_gap",
        "Moscow had announced a similar truce for Christmas in January, which Kyiv dismissed at the time.",
    ),
    ("ceasefire", "The two armies held their fire only until the envoys had left."),
    # round 87: sz-te read (a truce that appeared firm, one that ends days of war, an armistice won, a complaint that would be looked into, an archdiocese as a party, a level given and lowered by pronoun; not a conference proposed to arrange a truce, reports of one called premature, a request's second infinitive, a truce that dates other news past a modifier, a request left unanswered, a truce that would not hold firm)
    (
        "ceasefire",
        "Opposition leaders have proposed talks to arrange a truce and end the war in the south, a statement said.",
    ),
    (
        "ceasefire",
        "Later an army spokesman told reporters that reports from the capital of an agreed truce were premature.",
    ),
    (
        "ceasefire",
        "The summit urged both governments to stop cross-border raids and to respect the armistice they signed.",
    ),
    (
        "ceasefire",
        "The commission ended its work on the revolt, which collapsed in May soon after a UN-brokered cease-fire.",
    ),
    (
        "confirmation_gap",
        "The envoy said he had asked both governments to revive meetings between local commanders, but neither had yet given an answer.",
    ),
    ("ceasefire", "The rebels said the truce would not hold firm unless the army withdrew."),
    # round 88 (tf-tk: archive-era copy)
    (
        "toll_revision",
        "The convoy brings Chile's aid for the flood victims to 41 tonnes, a ministry spokesman said.",
    ),
    ("toll_revision", "Pier collapse: injured mount to 64"),
    (
        "toll_revision",
        "The company's roll of employees hired for the ferry now numbers 78, the firm said, nine more than on Monday.",
    ),
    (
        "toll_revision",
        "Ships in the port now total 2,100, some 700 more than were counted on Friday, the governor said.",
    ),
    (
        "toll_revision",
        "The admiral's full return puts his own wounded at 88, four more than in his first report.",
    ),
    (
        "toll_revision",
        "The camps now hold 900 soldiers, nearly 200 more than a week ago, the sanitary service said.",
    ),
    (
        "toll_revision",
        "A relief agency said its own staff had recorded 30 deaths, a higher figure than the one published by the authorities.",
    ),
    ("confirmation_gap", "The Paraguayan command said nothing whatever of casualties among its own fliers."),
    (
        "confirmation_gap",
        "Interior Minister Ana Ruiz said the government would not discuss freeing jailed rebels, the guerrillas' main demand.",
    ),
    (
        "confirmation_gap",
        "The premier invited both sides to a conference in Geneva; the letter is silent on any suspension of operations meanwhile.",
    ),
    ("confirmation_gap", "The Asuncion bulletin reported nothing of importance on the southern front."),
    (
        "ceasefire",
        "Downing Street had brushed aside as without foundation reports in the evening papers that a truce had been arranged to run over the holiday.",
    ),
    (
        "ceasefire",
        "The Foreign Office today called groundless a story in a Berlin paper that an armistice had been arranged on the Danube.",
    ),
    (
        "ceasefire",
        "Santiago earnestly hopes that Peru and Bolivia will stop the shooting on their frontier, a spokesman said.",
    ),
    # round 89 (tl-tq: archive-era copy)
    ("confirmation_gap", "The junta said the crowd had ignored repeated warnings to disperse."),
    ("confirmation_gap", "The speaker passed over the budget in silence and moved on to foreign policy."),
    (
        "confirmation_gap",
        "A report that militiamen had fired on a police post near Gao could not be verified by correspondents in Bamako.",
    ),
    (
        "toll_revision",
        "The shipping line has raised the number of ferries in service to 19 from the 12 it ran on Friday.",
    ),
    (
        "toll_revision",
        "The company is bringing the Lady of the Lake's crew roll to 41 for the summer season.",
    ),
    ("toll_revision", "Waiting list for mill jobs lengthens to 88"),
    (
        "toll_revision",
        "According to U.N. officers, nine of their soldiers have now been wounded since March 3, three more than the six reported at the weekend.",
    ),
    (
        "toll_revision",
        "Fewer than 12 of the bodies laid out at the pier were still unclaimed on Monday night, compared with nearly 40 the night before.",
    ),
    ("ceasefire", "The new customs tariff became operative at midnight, officials said."),
    (
        "ceasefire",
        "In Kolwezi, where the siege has now lasted three days, officials said 40 people had died in the fighting.",
    ),
    # round 90 (tx-uc: archive-era copy)
    (
        "confirmation_gap",
        "The rebel command claimed its gunners had sunk a gunboat off Cabinda; the navy said it would comment once its own inquiry was over.",
    ),
    (
        "ceasefire",
        "Few could recall such relief since the Tlaxcala agreement of 1920, which stopped the fighting between the two armies.",
    ),
    (
        "ceasefire",
        "The nuncio told reporters the crowds had stayed largely silent across the city during the procession.",
    ),
    ("toll_revision", "Flood injured now top 400"),
    ("toll_revision", "The governor told reporters that the known homeless had now reached 900."),
    # round 91 (ud-ui: archive-era copy)
    ("confirmation_gap", "The old miner would say nothing more than a greeting to the visitors."),
    ("toll_revision", "Marine wounded in the landing now number ten, the general said."),
    ("toll_revision", "Ferry survivors now 1,035 as divers search hull"),
    ("toll_revision", "Rebel losses in equipment at the pass were raised with the ministry on Monday."),
    (
        "toll_revision",
        "The senate report puts the boats launched at 16, a downward correction of the 20 the company announced.",
    ),
    ("toll_revision", "The liner's own tally of the rescued was cut from 866 to 745."),
    ("ceasefire", "The ledger has been kept without a single error since Thursday, the auditors report."),
    (
        "ceasefire",
        "The Government formally contradicts the report, printed in Vienna this morning, that an armistice was concluded yesterday.",
    ),
    (
        "ceasefire",
        "A government spokesman denied reports, carried by some Paris newspapers, that a truce had been arranged with the rebels.",
    ),
    (
        "ceasefire",
        "The Foreign Office today called premature the Berlin story that a suspension of arms had been arranged.",
    ),
    # round 92 (the archive-era waves read by rounds 88-91)
    (
        "confirmation_gap",
        "Reports in the Lima press that the two sides had already agreed to a truce were printed on Monday by the evening papers.",
    ),
    ("confirmation_gap", "Talk in the town that the market would reopen was welcomed by the municipality."),
    (
        "confirmation_gap",
        "A rebel communique claiming that 300 soldiers had been killed was read out by the rebel radio.",
    ),
    (
        "ceasefire",
        "Judge Ortiz and the rebel chief set their names last night to a petition for a five-day armistice.",
    ),
    ("ceasefire", "The two envoys put their names this afternoon to a letter urging a truce."),
    # round 93 (the archive-era waves tr-tw and uj-uo, read this session)
    ("ceasefire", "The envoys discussed a cessation of arms on Tuesday but reached no agreement."),
    (
        "ceasefire",
        "A Vienna report that a truce had been signed was contradicted at the War Office on Friday, where officials pointed to fresh shelling.",
    ),
    (
        "toll_revision",
        "The county office counts 95 dead in the valley, against 40 in the neighbouring county.",
    ),
    ("toll_revision", "Exports of grain reached 1,310 tons, a steep increase on Tuesday's 870."),
    ("toll_revision", "Divers brought up four more bodies on Friday, carrying them to the harbour wall."),
    ("toll_revision", "French losses in the river fighting have mounted to 412 horses, the minister said."),
    ("confirmation_gap", "The minister has remained silent, his aides saying only that he is resting."),
    ("confirmation_gap", "The navy has so far put out no account of the action."),
    ("confirmation_gap", "The letter, sent in May, had gone unacknowledged by the evening."),
    ("confirmation_gap", "Asked whether he would stand again, the minister would say neither yes nor no."),
    ("confirmation_gap", "Fighting near Dravo; war ministry keeps silent"),
    ("ceasefire", "The mediator hopes the protocol will bring hostilities on the frontier to an end."),
    ("ceasefire", "Trade has recovered since March, when the border war came to an end."),
    # round 94 (tr-tw and uj-uo once more)
    ("ceasefire", "A royal decree commands the governors of the two provinces to raise fresh levies."),
    (
        "ceasefire",
        "There can be no armistice until the rebel columns have ceased all hostile acts, the general said.",
    ),
    (
        "confirmation_gap",
        "The minister asserts that prices will fall, but the bank states flatly that they will rise.",
    ),
    ("toll_revision", "Four more passengers boarded at the last stop, bringing it to 64 from 60."),
    # round 95 (up-uu, read after it was measured at the start and at rounds 93 and 94)
    (
        "toll_revision",
        "Two more of the injured left hospital on Sunday, bringing to 57 the patients sent home.",
    ),
    ("toll_revision", "The latest return brings the total of births in the district to 1,204."),
    (
        "toll_revision",
        "The tally of enemy aircraft claimed by the fighter squadrons was lifted to 52 in the evening bulletin.",
    ),
    (
        "toll_revision",
        "The bulletin raised the tally of guns captured since the offensive opened to more than 400.",
    ),
    ("toll_revision", "The number of bodies still awaiting identification fell to 12 on Friday from 40."),
    ("toll_revision", "The police listed 64 arrests tonight, as against 58 in their Thursday report."),
    ("toll_revision", "The earthquake was the worst loss of life in the colony since the cyclone of 1899."),
    (
        "confirmation_gap",
        "The rebel chief said his men had sunk the cruiser, though he offered nothing to support the claim.",
    ),
    (
        "confirmation_gap",
        "County Attorney Hale, who is laying the matter before the grand jury, charged that the hall had been overcrowded; the theatre's owners welcomed it, saying an inquiry would help.",
    ),
    (
        "ceasefire",
        "The army said its assault on the fortress drew to a close as the last defenders surrendered.",
    ),
    ("ceasefire", "Truce talks fail as the 40-day battle for Tarnow goes on"),
    # round 96 (tr-tw, uj-uo and up-uu once more)
    (
        "confirmation_gap",
        "The army said the raid had been a success, but the bullet-scarred walls of the barracks tell another story.",
    ),
    ("ceasefire", "The minister told parliament that his patience with the rebels was at an end."),
    ("ceasefire", "The envoy said the armistice covers only units that do not attack."),
    ("ceasefire", "Every division was told the armistice must be faithfully kept."),
    # round 97: archive-era forms from uv-va (adverb 'since', suspension of fire, verbless headlines, 'not N as first reported')
    ("ceasefire", "The town has been calm since fighting ceased in 1921."),
    ("ceasefire", "The committee that brought about last year's truce met again on Monday to discuss trade."),
    ("ceasefire", "Jurors said the truce kept the guns silent for a week before the raids resumed in 1934."),
    ("confirmation_gap", "Madrid silent after talks with Portugal end"),
    (
        "toll_revision",
        "The company gave no figure for its own dead, saying only that many of its crew were lost.",
    ),
    ("toll_revision", "Revenue loss cut to 5 percent"),
    ("toll_revision", "Nine men were wounded, not six as first reported; the number of dead remains at two."),
    # round 98: 'had still to say whether' (uv-va)
    (
        "confirmation_gap",
        "The army said the bridge was taken at dawn; engineers have still to rebuild its central span.",
    ),
    # round 99: vb-vg ('arranges truce', 'endorsing', 'ended at noon', 'dead ... raised to', 'number feared lost', 'has made no comment')
    ("ceasefire", "The envoy flew to the capital to arrange a truce."),
    ("ceasefire", "The fighting ended at dawn when the rebels fled into the hills."),
    (
        "toll_revision",
        "The list of missing was trimmed to 20 from 45 as fishermen feared lost turned up alive.",
    ),
    ("toll_revision", "Rebel dead at Dogali were buried in a common grave."),
    ("confirmation_gap", "The Conservancy has made no changes to the river by-laws this year."),
    # round 100: vb-vg ('being inquired into'; not a place people reached, a count of the wounded raised, the dead who fell in action)
    (
        "toll_revision",
        "Rescuers who reached the lower deck at noon said the number of dead could well pass forty once the hold was pumped out.",
    ),
    (
        "toll_revision",
        "The army raised its figure for soldiers wounded in the fighting to 300 from 220, but gave no new count of the dead.",
    ),
    (
        "toll_revision",
        "The command replied that all the dead had fallen in action and that no prisoner had been shot.",
    ),
    ("confirmation_gap", "The cause of the fire is being inquired into by the fire brigade."),
    # round 101: vb-vg ('not a shot ... since the convention', 'nothing has been received ... to bear this out', 'losses climb to', 'count of its men lost in')
    ("ceasefire", "The Geneva Convention came into force in 1950, and not a shot of that war was forgotten."),
    ("confirmation_gap", "The professor tried to bear this out with figures of his own."),
    ("toll_revision", "Quarterly losses climb to 5 million"),
    ("toll_revision", "The firm said the number of its men lost to other yards had fallen."),
    # round 102: up-uu ('Allied headquarters has not confirmed it': an institution after a capitalised opening word)
    (
        "confirmation_gap",
        "The rebel radio said its gunners had sunk two gunboats on the river. Allied headquarters confirmed it on Tuesday.",
    ),
    (
        "confirmation_gap",
        "The authorities said 40 people had died. The authorities have made no change to the curfew.",
    ),
    # round 103: vh-vm (a truce 'in full force', 'now prevails', 'now binds', kept 'scrupulously', a headline's 'Truce at X;', 'Hostilities over in X as', 'Fighting with X ends as', peace made or signed, 'all but' opens no clause, 'before' a place, a suspension granted, 'was settled', 'fixed for', 'will run ... from', 'declared at an end'; tolls: 'more than the N named in ... first telegram', 'than the figure given out', 'against N in the return of last month', a reckoning brought to N, a list of murdered settlers, 'not N as stated in the first telegram')
    ("ceasefire", "Talks on a suspension of arms were fixed for Tuesday."),
    ("ceasefire", "Truce in Gaza as talks stall in Cairo"),
    (
        "ceasefire",
        "Reports that the standoff had been settled with a truce were flatly rejected by the commander.",
    ),
    ("ceasefire", "The Ottoman government, which made peace with Italy on Friday, must now face Bulgaria."),
    ("ceasefire", "The emir said he was ready to make peace with the Sultan if the troops withdrew."),
    ("ceasefire", "Fighting ends in stalemate as both armies dig in for the winter"),
    ("ceasefire", "The truce has all but collapsed, residents said."),
    ("toll_revision", "Rights groups put the number killed at 21, four more than the 17 named by the army."),
    ("toll_revision", "The storm brought the company's reckoning of the damage to 3 million dollars."),
    (
        "toll_revision",
        "Six men are now known to have been wounded, not four as stated in the first telegram.",
    ),
    ("toll_revision", "The roll of the lost was read out at the memorial service on Sunday."),
    ("toll_revision", "The company lost 19 more ships than the 40 reported on Monday."),
    # round 104: vh-vm gaps ('met with silence' past 'without trial', correspondents told, 'asked whether the text is genuine', 'lent no support to the claim', 'received nothing ... confirming', 'found no support at', 'inquiring into', 'is officially denied at the Colonial Office', 'contradicted at headquarters', a 'That ...' clause denied at the Admiralty, 'contradicted assertions by ... that', a story denied by a manager, 'declines to say anything'; not a claimant's grounds, a party silent on its own losses)
    ("confirmation_gap", "Correspondents in the capital had no means of verifying the rebels' claim."),
    (
        "confirmation_gap",
        "The statement did not say on what grounds the Admiralty asserted that the steamer carried guns.",
    ),
    (
        "confirmation_gap",
        "The Admiralty statement was silent on whether any of the cruiser's officers or crew had been killed or wounded in the action.",
    ),
    ("confirmation_gap", "The story was denied at the border post on Tuesday."),
    ("confirmation_gap", "The rebels were shot without trial at dawn, the governor said."),
    ("confirmation_gap", "The company had received nothing from the insurers by Friday."),
    # round 105: vn-vs truces (batteries to 'stay silent for 24 hours', 'kept by both camps', an order to the batteries to cease fire, 'brings truce to', 'fighting ... ended on Wednesday', a headline's '; guns silent after', a signed accord that 'ends' the war, a headline's 'Firing Stops'; a request verb's long objects)
    ("ceasefire", "The guns will stay silent for 48 hours if the rebels withdraw, the envoy said."),
    ("ceasefire", "Rain ends fighting season in the hills"),
    ("ceasefire", "Diplomats hope a pact signed this week would end the war."),
    (
        "ceasefire",
        "Officials ruled out any truce with the band until it frees the hostages and stops raiding the railway.",
    ),
    (
        "ceasefire",
        "Older colonists recall the armistice concluded after Majuba in 1881, which ended the first war within weeks.",
    ),
    (
        "ceasefire",
        "The Pope has appealed to the Senate at Vasa and to the Red authorities in Helsingfors to end the bloodshed and agree to an armistice.",
    ),
    ("ceasefire", "The ministry would remain silent for two days on the charges, a spokesman said."),
    # round 106: vn-vs tolls and gaps ('enlarged its count of the dead', a ship's dead brought to N, a count of named kinds killed, 'the total of lives lost', 'the number thought to have perished', the loss of life cut; 'has so far been silent', 'kept its silence', 'denied flatly on Thursday that', a long claim 'absolutely false' or 'without foundation', a tale called 'a slander', 'contradicting talk'; not a tally of wounded raised, nor a party's own dead kept to itself, nor a record loss of life)
    (
        "toll_revision",
        "The committee's tally of wounded in the city hospitals has likewise been raised, to 1,200 from about 900.",
    ),
    (
        "toll_revision",
        "The number of wounded under treatment in the two hospitals had increased to 230, though no new figure was given for the dead.",
    ),
    (
        "toll_revision",
        "If the estimate is borne out, it will be the worst loss of life in the colony's history, surpassing even the 1902 hurricane.",
    ),
    ("toll_revision", "The ambulance brought the dead to the morgue at 3 a.m."),
    (
        "confirmation_gap",
        "The revolutionary committees, which still hold the mining towns, have published nothing about their own dead.",
    ),
    ("confirmation_gap", "The report said the harvest was not as bad as feared, a spokesman said."),
    # round 107: tolls set against the first report with no figure ('heavier than first reported', 'more than twice his first estimate', 'put higher at'), 'dead now put at' (toll.worse_than_first)
    ("toll_revision", "Officers fear the column's losses may prove heavier than first reported."),
    ("toll_revision", "The cost of the new bridge was higher than first estimated."),
    ("toll_revision", "Wounded in the assault put higher at 300"),
    # round 108
    (
        "toll_revision",
        "The Drina, swollen to forty feet above its summer level, carried away the bridge at Visegrad.",
    ),
    ("toll_revision", "The count of bodies awaiting identification at the morgue was 30 on Tuesday."),
    ("toll_revision", "List of lost published by the owners of the ferry"),
    ("toll_revision", "Quarry blast dead now buried at Llanberis"),
    ("toll_revision", "Two more miners died overnight, increasing the anger of the men at the pithead."),
    ("toll_revision", "The Admiralty's figure of seamen lost stood at 312 in its first return."),
    (
        "toll_revision",
        "Italian losses at Dogali were corrected yesterday to include the wounded left on the field.",
    ),
    (
        "toll_revision",
        "The crew's dead, given as four on Monday, have since been buried at sea, the owners say.",
    ),
    (
        "toll_revision",
        "Serbian losses in the first day, given at the time as ninety killed, have been made good with reserves, the ministry says.",
    ),
    ("ceasefire", "The Montenegrin brigade, under its Serbian chief, has been told likewise to open fire."),
    ("ceasefire", "The general has ordered his columns to halt where they stood and dig in for the night."),
    (
        "ceasefire",
        "The council sent word to the emir urging him to stop fighting, his envoy told the British officers.",
    ),
    (
        "ceasefire",
        "The envoys said their objective was that hostilities should be at an end before the winter.",
    ),
    ("ceasefire", "Armistice terms to be discussed at Brest; firing goes on"),
    ("confirmation_gap", "The War Office has issued no account of its own losses in the fighting."),
    ("ceasefire", "The garrison grounded its arms at noon and marched out as prisoners of war."),
    (
        "toll_revision",
        "The bureau now puts the dead of the rising at 700, far above the 300 the consul gave out on Monday.",
    ),
    (
        "ceasefire",
        "The army rejects a Tirana report that the two sides had agreed to stop fighting on the border.",
    ),
    (
        "ceasefire",
        "A Rome report that firing had stopped on the Isonzo was denied at the War Ministry today.",
    ),
    (
        "ceasefire",
        "Since the fighting on the Marne was halted in July, the regiment has rested at Meaux, its colonel says.",
    ),
    (
        "toll_revision",
        "Survivors fear the number of dead may exceed 90 once the wreckage piled against the lower end of the village is cleared.",
    ),
    (
        "confirmation_gap",
        "Asked for their losses, the rebel envoys replied that they did not count their dead for the enemy's benefit.",
    ),
    (
        "confirmation_gap",
        "The army, which reports its gains each day, has published nothing about the dead in its own ranks.",
    ),
    (
        "confirmation_gap",
        "The governor said he had ordered the post given up, relief being out of the question.",
    ),
    (
        "toll_revision",
        "Turkish wounded in the fighting at Lule Burgas and Chorlu now number 900, according to an amended list.",
    ),
    # round 109
    ("ceasefire", "The envoy's request for a truce of two hours was refused by the Boer commandant."),
    ("ceasefire", "The fire is to cease burning once the coal in the bunkers is spent."),
    ("ceasefire", "All Serbian batteries on the Save are to open fire by six tomorrow evening."),
    ("ceasefire", "Bukhara garrison grounds its arms and surrenders to the Reds"),
    ("ceasefire", "French squadron off the forts holds its course"),
    ("ceasefire", "Arabi telegraphed from Cairo ordering the garrison at Aboukir to open fire."),
    ("ceasefire", "The commissioner urged the Bapedi chiefs to fight no more."),
    ("ceasefire", "Peace has been the captains' wish since the rains failed."),
    (
        "ceasefire",
        "A Trieste report that the Emperor had ordered the army to cease hostilities is pronounced at Vienna to be without foundation.",
    ),
    (
        "ceasefire",
        "A Cape paper's report that an armistice had been concluded with the chief is flatly contradicted by the Governor.",
    ),
    (
        "confirmation_gap",
        "The bureau cut its toll to 410 from 425 today. The prefectural police have accepted the correction.",
    ),
    (
        "confirmation_gap",
        "The Plymouth office raised its reckoning of the men lost to 260, and the Admiralty has adopted that figure.",
    ),
    (
        "confirmation_gap",
        "The Governor cut the figure of the drowned to 340; the Greek consul has given his assent to the new total.",
    ),
    (
        "confirmation_gap",
        "Counsel told the board that complaints from passengers were answered in full by the owners.",
    ),
    (
        "confirmation_gap",
        "The rebel bulletin claims 300 British dead; the colonel's staff call both figures accurate.",
    ),
    ("confirmation_gap", "The railways have accepted the figure of 900 dead printed in the Sapporo press."),
    ("toll_revision", "A late return raised the cyclone's damage throughout Bengal to 3,104 houses."),
    (
        "toll_revision",
        "A wounded sapper died in the night, swelling the British wounded in Tuesday's action from six to seven.",
    ),
    ("toll_revision", "The count of the rescued was raised to 212 when the passenger list was checked."),
    ("toll_revision", "Fresh lists raise the number of trading posts from twelve to 19."),
    ("toll_revision", "The wounded in Monday's action now number eleven, the surgeons say."),
    ("toll_revision", "Sixty more landed at Oban; rescued now put at 412"),
    ("toll_revision", "The railways put the fares at 1,210 yen, an upward revision of 38 from last year."),
    ("toll_revision", "The brigade's own loss has risen to three guns."),
    (
        "toll_revision",
        "The Army raised to 52 from 44 the number of its soldiers believed rescued from the sinking.",
    ),
    (
        "toll_revision",
        "The garrison's dead, reckoned at 20 when the siege lifted, have been buried in the fort.",
    ),
    (
        "toll_revision",
        "Telegrams from the consul put the subjects rescued at 534, an increase on the 520 reported yesterday.",
    ),
    (
        "toll_revision",
        "Evening papers said the number of dead had risen above 750, but the consul told Reuters he had issued no figures of any kind.",
    ),
    (
        "toll_revision",
        "The directorate raised its estimate of sheep drowned to about 90,000 from the 40,000 given earlier.",
    ),
    # round 110
    ("ceasefire", "The two garrisons failed to come to terms on a suspension of fighting at the ford."),
    (
        "ceasefire",
        "The envoys of both camps are still trying to come to terms on a stoppage of fire at Kashgar.",
    ),
    ("ceasefire", "At dusk the colonel refused the tribesmen a suspension of firing until morning."),
    ("ceasefire", "The Bhutia headmen have laid aside their grievances against the British officers."),
    ("ceasefire", "The Adam Khel post came under fire despite the armistice, Khyber elders announce."),
    (
        "ceasefire",
        "PARIS, Nov. 28 (Havas) - A Porto Novo message, saying that the general had signed an armistice with the king, is declared unfounded at the Colonial Office.",
    ),
    (
        "ceasefire",
        "Reports in the Alexandria press that a truce has been signed with the tribes are called premature at the War Office.",
    ),
    ("toll_revision", "A later message raises the Italian loss at Dogali to 430 rifles and two guns."),
    ("toll_revision", "The Serbian command has revised its plans for the March fighting round Uskub."),
    ("toll_revision", "The schooner's loss of life stood at 14 when she foundered."),
    ("toll_revision", "The casualty roll for the retreat was read out at the church on Sunday."),
    (
        "toll_revision",
        "The battalion's dead in that action, first telegraphed as eight, have been buried at the mission.",
    ),
    (
        "toll_revision",
        "Fresh returns raise the Eastern Force's strength in the desert campaign to 31,000 from the 29,000 previously announced.",
    ),
    ("toll_revision", "The mission's wounded have gone up to twelve, the surgeon says."),
    (
        "confirmation_gap",
        "The Mohmand lashkar boasts that Fort Shabkadr has fallen. Signalling from Peshawar, Colonel Elles confirms this: the post has been lost.",
    ),
    (
        "confirmation_gap",
        "A ministry team believes the blast was set off by a runaway car; the company accepts this.",
    ),
    # round 111 (wl-wq read, wr-ww kept unread)
    (
        "ceasefire",
        "In the Vosges the enemy line remains unbroken after three days of assaults, the War Office says.",
    ),
    ("ceasefire", "The envoys at Berne have not yet settled upon a suspension of arms."),
    (
        "ceasefire",
        "The Friends' Committee has sent a petition to the Tsar, praying that he order a truce along the Pruth.",
    ),
    (
        "ceasefire",
        "Colonel Baring, who put his name to the Danube suspension of arms in March, has been named governor of Widdin.",
    ),
    (
        "ceasefire",
        "The decree closed a month of uncertainty that began when the garrison agreed to a truce with the rebels.",
    ),
    (
        "ceasefire",
        "A Salonica report that the Bulgarians had agreed to an armistice is officially denied here.",
    ),
    ("ceasefire", "The truce is at an end, and firing began again along the Maritza at daybreak."),
    (
        "ceasefire",
        "The Resident has told the chiefs that, should their young men give up their rifles, hostilities in the valley will be suspended.",
    ),
    ("ceasefire", "The fire ceased to spread once the roof fell in, the brigade reports."),
    ("ceasefire", "The Kolapore garrison grounded its rifles and marched out as prisoners of war."),
    ("ceasefire", "SUSPENSION OF ARMS ALONG THE DANUBE URGED BY THE POWERS"),
    (
        "confirmation_gap",
        "A Bucharest statement that 400 villagers had been shot was repeated at the Foreign Office this afternoon.",
    ),
    (
        "confirmation_gap",
        "A rumour ran through the bazaar that the Khan had been poisoned, and the Resident repeats it.",
    ),
    ("toll_revision", "The Bavarian loss at Worth was first telegraphed as some 300 killed and wounded."),
    (
        "toll_revision",
        "The Guards' losses at Inkerman are put at 610 by the Horse Guards, against 400 given by the Times.",
    ),
    ("toll_revision", "Colliery Disaster Toll Now Feared Higher"),
    # round 112 (wr-ww read, wx-xc kept unread)
    (
        "ceasefire",
        "The consuls urged the Danube flotilla to commit no hostile act while the envoys sat at Galatz.",
    ),
    ("ceasefire", "The fire will stop once the timber has burned through, the brigade says."),
    ("ceasefire", "The bishop begged the Colonel to give orders that not another shot be fired."),
    (
        "confirmation_gap",
        "The Porte still insists that no armistice can be considered until the Greeks leave Crete.",
    ),
    (
        "toll_revision",
        "The Danish losses at Fredericia, given out on Monday by the War Ministry as 200 killed, are disputed by the Prussians.",
    ),
    # round 113 (wx-xc read, xd-xi kept unread)
    (
        "ceasefire",
        "The Porte denied that its gunboats had shelled Rustchuk, saying not a shot had been fired there.",
    ),
    (
        "ceasefire",
        "The embassy contradicted the story, insisting that not one shot was fired from the ships.",
    ),
    ("ceasefire", "The Emir has forbidden his horsemen to cross the river while the envoys are at Kabul."),
    ("ceasefire", "The Kurdish chiefs were urged by the consul to fight no more."),
    ("toll_revision", "The Prussian staff now gives the wounded of the sortie as 212."),
    ("toll_revision", "The regiment's losses in the Tirah campaign stand at 48 killed and 120 wounded."),
    # round 114 (xd-xi read, xj-xo kept unread)
    (
        "ceasefire",
        "The cessation of hostilities proclaimed by the rebels last week was broken within a day.",
    ),
    ("ceasefire", "The envoys will meet again only if the rebels first agree to lay down their arms."),
    (
        "ceasefire",
        "The League Council, which brought the Chaco fighting to a stop in June, today named a commission.",
    ),
    ("ceasefire", "Before the fighting was stopped the garrison's dead had risen to forty."),
    (
        "ceasefire",
        "A Salonica statement that the armistice had been prolonged is denied by the Bulgarian legation.",
    ),
    ("ceasefire", "The Emir refused the terms, and the pause in operations is accordingly at an end."),
    (
        "ceasefire",
        "A Cairo newspaper's story that a truce had been arranged with the Mahdi was contradicted at the War Office.",
    ),
    (
        "confirmation_gap",
        "Reuter's Agency has been unable to verify a report that the mission at Blantyre was burned.",
    ),
    (
        "confirmation_gap",
        "A rumour that the Governor had been shot could not be verified by the Press Association's representative.",
    ),
    (
        "toll_revision",
        "A Board official said the toll might pass 60 once the roadways were cleared of gas and fallen roof.",
    ),
    # round 115 (xj-xo read)
    ("ceasefire", "The envoys will meet again only if the chiefs first agree to lay aside their arms."),
    (
        "ceasefire",
        "The chief has forbidden his horsemen to take part in the feast while the envoys are at the fort.",
    ),
    (
        "ceasefire",
        "The consuls urged both commanders to abstain from all hostile action while the envoys conferred.",
    ),
    (
        "ceasefire",
        "The consul begged that the batteries on both sides should fall silent from sunrise on Monday.",
    ),
    ("ceasefire", "Heavy snow brought traffic to a standstill, and the troops stayed in barracks."),
    ("ceasefire", "The cessation of work at the docks has been prolonged to the end of the month."),
    ("confirmation_gap", "The rebels have given no sign of accepting the offer of talks."),
    (
        "confirmation_gap",
        "The company announced that 212 men are now known to have died, as the checking of the lamp tallies went on.",
    ),
    ("toll_revision", "The price of coal, given a week earlier as 30 shillings, is now set at 32."),
    (
        "toll_revision",
        "Officials cut the number of people rescued from the ferry to 164 from 368, saying some survivors had been counted twice.",
    ),
    # round 116 (xj-xo read)
    (
        "ceasefire",
        "The Colonial Office describes as groundless a statement in the Berlin press that the Governor has already arranged a truce with the chief.",
    ),
    (
        "ceasefire",
        "The ten days' truce agreed on the river did not see out its first week, the headmen having slipped back into the bush.",
    ),
    (
        "ceasefire",
        "The foreign merchants, in a joint letter to the rebel president, entreat him to stop the firing in the lower town.",
    ),
    (
        "confirmation_gap",
        "A rumour is current at Tokio that the Regent was poisoned; this agency has been unable to verify it.",
    ),
    (
        "ceasefire",
        "The suspension was lifted on Monday, the league said. Two days of heavy rain had flooded the pitch.",
    ),
    # round 116 (xp-xu read)
    ("ceasefire", "The consul begged the general to order his batteries to fall silent from daybreak."),
    (
        "ceasefire",
        "The two chiefs would agree that neither side shall attack the other only if the commission paid them.",
    ),
    (
        "ceasefire",
        "The Havana papers say the chiefs have accepted the truce; in a letter from Belize the chiefs deny that they have agreed to anything.",
    ),
    ("toll_revision", "The electoral roll now 5,000 names after the revision."),
    (
        "ceasefire",
        "The chief wrote that the time had come for the guns to fall silent and for politics to prevail.",
    ),
    # round 116 (xj-xo read)
    (
        "ceasefire",
        "The board has proclaimed a cessation of operations at the mill for seven days while the boilers are repaired.",
    ),
    # round 117 (xp-xu read)
    (
        "ceasefire",
        "The general has ordered his columns to halt where they stood and entrench for the night.",
    ),
    ("confirmation_gap", "Coroner's jury blames the storm; guns silent along the river"),
    (
        "toll_revision",
        "The muster raised the strength of the volunteer battalion from six hundred, as first given, to eight hundred.",
    ),
    # round 118 (blind gaps read)
    ("confirmation_gap", "The minister declines to speak of his plans for the summer."),
    # round 119: xv-ya read (contradicted after an assertion, offices of a place, refusals, halts ordered)
    (
        "confirmation_gap",
        "The rebels hope that the steamer came through untouched, but the port captain contradicts this, saying she was hit twice.",
    ),
    ("confirmation_gap", "The jirga met at Kohat and the terms were read out to the elders."),
    (
        "confirmation_gap",
        "Nothing has yet been heard of the missing steamer, which left the port on Tuesday.",
    ),
    (
        "confirmation_gap",
        "A suspension of arms for two days began at dawn. The cause of the delay remains unexplained.",
    ),
    ("confirmation_gap", "The rebel committee refuses to admit reporters to the camp."),
    (
        "ceasefire",
        "The Commissioner directed that further operations be undertaken against the tribe at dawn.",
    ),
    ("ceasefire", "The Sultan asked whether another shot would be fired at the ships."),
    (
        "ceasefire",
        "The two headmen have accepted the Government's terms, and the elders say the worst of the harvest is over.",
    ),
    ("ceasefire", "The envoys said that should the column halt, firing might stop on the whole line."),
    (
        "ceasefire",
        "The rebel general hopes to sign a treaty at the estate, which he says would end the fighting.",
    ),
    ("toll_revision", "The council raises the rates of the dead season from five to six shillings."),
    # round 120: xv-ya and read sets (posts as parties, 'now return the dead', refusals past a clause)
    ("toll_revision", "The police now return the property of the dead to their families."),
    (
        "toll_revision",
        "The guns taken at the ford, first put at sixty, are now given as eighty in a telegram from headquarters.",
    ),
    (
        "toll_revision",
        "The War Office at first gave the loss in the fighting at the ford as 30 killed and has not revised it.",
    ),
    ("toll_revision", "The train brings those killed in the ambush to the capital for burial."),
    (
        "toll_revision",
        "Fever is rife in the camp, and the patients, twelve on Tuesday, had mounted to twenty by last night.",
    ),
    ("confirmation_gap", "Until the envoy returns no confirmation is expected from the rebel commander."),
    ("confirmation_gap", "Nobody will say whether the rain will hold off for the races."),
    (
        "confirmation_gap",
        "A report that the steamer had gone down reached the telegraph officer at the cape, who wired it on.",
    ),
    ("ceasefire", "The losses of the column have been acknowledged by the Governor."),
]


@pytest.mark.parametrize(("category", "text"), POSITIVES)
def test_invented_positive_is_detected(shipped: RuleSet, category: str, text: str) -> None:
    """An invented sentence of the category's wording alerts in that category."""
    assert category in categories(shipped, text)


@pytest.mark.parametrize(("category", "text"), NEGATIVES)
def test_invented_near_miss_is_quiet(shipped: RuleSet, category: str, text: str) -> None:
    """An invented near miss (call, talks, violation, hedge, level, other source) does not alert."""
    assert category not in categories(shipped, text)

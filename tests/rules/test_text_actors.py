"""The actor gazetteer: countries, demonyms, metonyms, groups, institutions and entities."""

import pytest

from rules.text.actors import Gazetteer, shipped_gazetteer
from rules.text.tokens import tokenize, words


def ids(text: str, gazetteer: Gazetteer | None = None) -> list[str]:
    g = gazetteer or shipped_gazetteer()
    return [m.id for m in g.find(words(tokenize(text)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yerevan and Baku traded blame.", ["AM", "AZ"]),
        ("Kenyan troops crossed into Somalia.", ["KE.army", "SO"]),
        ("Azerbaijan's Defence Ministry said", ["AZ.mod"]),
        ("the Sudanese regular army said", ["SD.army"]),
        ("a Libyan Red Crescent spokeswoman said on Friday", ["redcrescent"]),
        ("Sudan's paramilitary RSF said", ["sudan.rsf"]),
        ("the army said", ["army"]),
        ("Israel and Hamas agreed", ["IL", "ps.hamas"]),
    ],
)
def test_mentions_normalise_to_ids(text: str, expected: list[str]) -> None:
    """Aliases, institutions and qualifiers resolve to stable ids."""
    assert ids(text) == expected


def test_short_acronyms_match_only_as_written() -> None:
    """'US' is the United States; 'us' is a pronoun."""
    assert ids("The US said it would help us.") == ["US"]


def test_unknown_organisations_are_entities() -> None:
    """Two or more capitalised words unknown to the gazetteer form an entity mention."""
    assert ids("Northern Relief Network did not respond.") == ["entity:northern-relief-network"]


def test_users_extend_the_gazetteer() -> None:
    """An actors: section adds aliases under a user id."""
    g = Gazetteer([{"actors": {"xx.front": {"type": "group", "aliases": ["Valley Front"]}}}])
    assert ids("The Valley Front said", g) == ["xx.front"]
    assert ids("Yerevan said", g) == ["AM"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("which a regional army officer denied", ["army"]),
        ("Nampula's provincial governor disputed the figure", ["gov"]),
        ("A police officer said", ["police"]),
        # a bare person noun names no institution
        ("A spokesman declined to comment.", []),
        ("an army would need months", []),
    ],
)
def test_a_person_named_by_post_is_a_party(text: str, expected: list[str]) -> None:
    """An institution-plus-person role is a party whatever its determiner; a bare role is not."""
    assert ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thai troops fired on Cambodian positions, Phnom Penh said.", ["TH.army", "KH", "KH"]),
        ("Tigrayan commanders dismissed it.", ["et.tplf"]),
        ("The ELN and the Pakistani Taliban", ["co.eln", "pk.ttp"]),
        ("Myanmar's junta and the Arakan Army", ["MM.gov", "mm.aa"]),
    ],
)
def test_alias_file_covers_more_states_and_armed_groups(text: str, expected: list[str]) -> None:
    """Demonyms and capitals pycountry misses, and armed groups of other conflicts, resolve to ids."""
    assert ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Servia and Siam signed; Tokio and the Porte did not.", ["RS", "TH", "JP", "TR"]),
        ("The Ottoman army fell back on the Sublime Porte.", ["TR.army", "TR"]),
        ("Persia protested to Abyssinia and Ceylon.", ["IR", "ET", "LK"]),
        ("Angora rejected the note from Athens.", ["TR", "GR"]),
    ],
)
def test_older_names_of_states_resolve_to_todays_ids(text: str, expected: list[str]) -> None:
    """Older names in archive copy (Servia, Tokio, Siam, the Porte, the Ottoman army) resolve to state ids."""
    assert ids(text) == expected


def test_a_determiner_before_an_unknown_name_makes_the_role_definite() -> None:
    """'the Amhara regional administration' is a party, as 'the regional administration' is."""
    assert ids("reports that the Amhara regional administration said it was looking into.") == ["gov"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The de facto authorities in Tskhinvali had not commented.", ["gov"]),
        ("The authorities said", ["gov"]),
        # plural roles without the article are no one in particular
        ("Authorities said", []),
        ("the officials said", []),
        # a role noun in -s that names one body is no plural
        ("Defence headquarters had no immediate response.", ["army"]),
    ],
)
def test_the_authorities_are_a_party(text: str, expected: list[str]) -> None:
    """'the (de facto) authorities' names the government; other plural roles stay generic."""
    assert ids(text) == expected


def test_a_title_case_headline_has_no_entities_and_a_verb_splits_two_parties() -> None:
    """Capitals in a title-case headline mark words, not names; 'Israel dismisses Hamas' is two parties."""
    headline = "Israel Dismisses Hamas Claim of Captured Soldiers as Psychological Warfare"
    assert ids(headline) == ["IL", "ps.hamas"]
    assert ids("Israel dismisses Hamas claim") == ["IL", "ps.hamas"]
    assert ids("Sudan's paramilitary RSF said") == ["sudan.rsf"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Clan del Golfo denied it.", ["entity:clan-del-golfo"]),
        ("Ansar al Furqan said nothing.", ["entity:ansar-al-furqan"]),
        # a particle outside a name is a word of its own (the officials of a named place are a party
        # of their own, but no entity "puerto-del-norte")
        ("Officials in Puerto del norte said", ["gov"]),
    ],
)
def test_lower_case_particles_stay_inside_a_name(text: str, expected: list[str]) -> None:
    """A lower-case particle between capitalised words ("del", "al") belongs to the name."""
    assert ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rosneft, which operates the plant, did not respond.", ["entity:rosneft"]),
        ("A spokesman for Rosneft did not respond.", ["entity:rosneft"]),
        # alone, a capital may only start a sentence or be a place
        ("Rosneft did not say.", []),
        ("Shells fell on Syunik overnight.", []),
        # ... unless it keeps silent, which only a person or body does ("Massey did not immediately
        # respond"); a place before the verb stays a place
        ("Rosneft did not respond.", ["entity:rosneft"]),
        ("Prieto has not commented on the report.", ["entity:prieto"]),
        # (the officials of the place are a party: "gov", but no entity)
        ("Officials in Tskhinvali did not respond.", ["gov"]),
        ("Yesterday could not be worse.", []),
        # ... or a person or body by a name that speaks or denies; a plural at the start is a common noun
        ("Vijayan disputed that, saying the alert came late.", ["entity:vijayan"]),
        ("The figure was wrong, Okafor said.", ["entity:okafor"]),
        ("Residents said the water rose fast.", []),
        ("Monday said nothing.", []),
        # ... though a name may end in an "s" no plural ends in, and a speaker may scoff or retort
        ("Abbas dismissed the reports as baseless.", ["entity:abbas"]),
        ("Witnesses said the water rose fast.", []),
        ("Udugov scoffed at the figure.", ["entity:udugov"]),
        # ... or a family, party or armed band by its name, or a person stressed by a reflexive
        ("The Ampatuan family did not respond.", ["entity:ampatuan"]),
        ("The Maute gunmen had not commented.", ["entity:maute"]),
        ("Misuari himself, whose whereabouts are unknown, has not confirmed it.", ["entity:misuari"]),
        ("The gunmen themselves said nothing.", []),
        # ... or that had, made or gave no comment
        ("Blackwater had no immediate comment on the figure.", ["entity:blackwater"]),
        ("Monday had no rain.", []),
        # ... or that speaks past an adverb or an aside on how the words reached us
        ("Mirzoyev also said no foreigners had been among them.", ["entity:mirzoyev"]),
        ("Tarkhanov, quoted by TamilNet, said the commander was alive.", ["entity:tarkhanov"]),
        ("Residents, speaking by telephone, said the town was quiet.", []),
        ("Tarkhanov, a lawyer, said nothing.", []),
        # ... or who keeps silent past an aside on where they are held
        ("Bensalem, held in Agrigento, has not responded to the accusations.", ["entity:bensalem"]),
        ("Bensalem, held in Agrigento, said the boat was overloaded.", []),
        # ... or who speaks in a clause of their own
        ("Havel contradicted Dorsky, who said the road was open.", ["entity:havel", "entity:dorsky"]),
        ("Residents, who said the town was quiet, left.", []),
        ("Quispe, who is in custody, has not answered the charges.", ["entity:quispe"]),
        # ... or who speaks or keeps silent past an aside on where they are (or any aside, keeping silent)
        ("Quispe, at Tarapoto, has neither confirmed nor denied the story.", ["entity:quispe"]),
        ("Quispe, in Tarapoto, said the road was open.", ["entity:quispe"]),
        ("Quispe, reached by telephone, would neither confirm nor deny it.", ["entity:quispe"]),
        ("Tuesday, at noon, has not been set.", []),
        # ... or who has made no statement
        ("Rosneft has made no statement on the accusation.", ["entity:rosneft"]),
    ],
)
def test_a_single_capitalised_word_is_an_organisation_only_with_a_cue(text: str, expected: list[str]) -> None:
    """One capitalised word is an entity when ', which' or ', who said' follows it, a spokesperson speaks
    for it, it is the subject of a speech or denial verb (also past an adverb or an aside), a kin or band
    noun follows it, or a reflexive stresses it."""
    assert ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Amhara regional officials did not comment", ["gov"]),
        ("Puntland state officials said", ["gov"]),
        # a level word alone, or a common capital before it, names no place
        ("regional officials said", []),
        ("Senior regional officials said", []),
    ],
)
def test_officials_of_an_unknown_place_across_a_level_word(text: str, expected: list[str]) -> None:
    """'<Place> regional officials' are that place's officials even when the gazetteer lacks the place."""
    assert ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The paramilitary denied it", ["militia"]),
        # a generic side before a group's name is that group's modifier
        ("The paramilitary Rapid Support Forces denied it", ["sudan.rsf"]),
        # ... and before a head noun, the noun's (which may point back to a named group)
        ("The paramilitary group denied it", []),
    ],
)
def test_the_paramilitary_names_an_unplaced_side(text: str, expected: list[str]) -> None:
    """'the paramilitary' alone is an armed side; before a name or a head noun it only modifies it."""
    assert ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Federal officials declined to comment.", ["gov"]),
        ("State authorities countered that the alert was vague.", ["gov"]),
        ("Authorities in Ingushetia made no comment.", ["gov"]),
        ("Officials declined to comment.", []),
        ("Authorities in the region made no comment.", []),
        ("Local officials declined to comment.", []),
        # a level of government across one modifier; not across a verb form
        ("Federal relief officials would neither confirm nor deny the figure.", ["gov"]),
        ("Federal funded officials said so.", []),
    ],
)
def test_plural_roles_of_a_level_or_a_named_place_are_a_party(text: str, expected: list[str]) -> None:
    """Plural officials are a party with a level of government before them or a named place after."""
    assert ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Khan of Agror has denied it.", ["entity:khan-of-agror"]),
        ("The Inspector of Mines will offer no opinion.", ["entity:inspector-of-mines"]),
        ("The Collector of the Port declined to say.", ["entity:collector-of-the-port"]),
        # a people's adjective modifies the noun after it; a known place is no part of the name; a lower-case
        # word after "of" ends it
        ("Elders of the Meskhetian community said so.", []),
        ("The Isthmus of Panama was quiet.", ["PA"]),
        ("The Khan of the valley has denied it.", []),
    ],
)
def test_an_office_of_a_place_is_one_name(text: str, expected: list[str]) -> None:
    """Capitalised words joined by "of" or "of the" ("the Khan of Agror") are one name."""
    assert ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role noun that holds its own determiner is definite wherever it stands
        ("It is contradicted by the management.", ["company"]),
        ("This was denied by his camp.", ["camp"]),
        # a noun in "-ss" is no plural
        ("It was denied by the headmistress.", ["agency"]),
        # an officer, the coastguard, the carabinieri, a chief's secretary, a superintendent
        ("It was contradicted by the telegraph officer.", ["gov"]),
        ("It was contradicted by the carabinieri on the hill.", ["police"]),
        ("It is denied by his secretary.", ["camp"]),
        ("It was denied by the mine superintendent.", ["company"]),
        # (not an indefinite officer)
        ("An officer was hurt.", []),
    ],
)
def test_persons_and_bodies_named_by_post(text: str, expected: list[str]) -> None:
    """Posts and bodies named by their noun ("the headmistress", "the management") are parties."""
    assert ids(text) == expected


def test_a_lone_name_that_neither_confirms_nor_denies_is_a_party() -> None:
    """A lone surname before "would neither confirm" is the one who keeps silent."""
    assert ids("Keke would neither confirm nor deny it.") == ["entity:keke"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TEPCO made no comment on the document.", ["entity:tepco"]),
        ("The report said KEPCO made no comment.", ["entity:kepco"]),
        # a dateline's place (its clause ends at the comma) names no one, nor does a word before more
        # capitals
        ("TUMACO, Colombia (Reuters) - Rebels said they had attacked.", ["CO", "media.reuters", "rebels"]),
        ("OK, the talks go on.", []),
        ("UPDATE 2 said nothing.", []),
        # ... but a comma that opens an apposition keeps the name
        ("ENAV, the national air traffic control agency, made no comment.", ["entity:enav"]),
    ],
)
def test_an_acronym_is_an_organisation_also_at_a_sentence_start(text: str, expected: list[str]) -> None:
    """A word in capitals (three letters or more) is an entity, opening a sentence too, unless a comma
    (other than one opening an apposition with "the", "a", "an" or "its"), a number or more capitals
    follow it."""
    assert ids(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The building's developer has yet to respond to the claims.",
        "The manufacturer said it was working with investigators.",
        "The tower's landlord did not respond.",
    ],
)
def test_a_company_by_its_trade_is_a_party(text: str) -> None:
    """A developer, manufacturer or landlord named by its trade is the company party."""
    assert ids(text) == ["company"]


def test_a_secretariat_is_the_government() -> None:
    """A (health) secretariat, a ministry's name in Mexico and elsewhere, is the government party."""
    assert ids("The secretariat did not respond to their account.") == ["gov"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb between a party and a role noun: two clauses, the party alone
        ("Ethiopia denies sending troops into Somalia", ["ET", "SO"]),
        ("Kenya said troops had crossed the border", ["KE"]),
        # modifiers between: one actor
        ("Sudan's regular army said", ["SD.army"]),
    ],
)
def test_a_verb_between_a_party_and_a_role_noun_parts_them(text: str, expected: list[str]) -> None:
    """A party and a role noun with a verb of saying, denying or acting between are not one actor."""
    assert ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The brigades did not respond", ["militia"]),
        ("bodies had been hidden; prosecutors dismissed the reports", ["gov"]),
        ("There was no word from the generals themselves", ["gov"]),
    ],
)
def test_definite_armed_sides_and_officials_are_parties(text: str, expected: list[str]) -> None:
    """ "The brigades", "the generals" and prosecutors opening a clause are parties."""
    assert ids(text) == expected

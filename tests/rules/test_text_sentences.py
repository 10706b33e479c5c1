"""Sentence segmentation of wire copy."""

from rules.text.sentences import split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_dateline_and_agency_tag_are_not_part_of_the_first_sentence() -> None:
    """A dateline with an agency tag is cut off the first sentence."""
    assert texts("TBILISI, Aug 9 (Reuters) - Shelling stopped overnight. Officials agreed.") == [
        "Shelling stopped overnight.",
        "Officials agreed.",
    ]


def test_pipe_and_colon_datelines() -> None:
    """'CITY | Agency |' and 'City:' datelines are cut too."""
    assert texts("NAIROBI | Xinhua | Rebels said they withdrew.") == ["Rebels said they withdrew."]
    assert texts("Doha: Mediators met on Monday.") == ["Mediators met on Monday."]


def test_abbreviations_and_initials_do_not_split() -> None:
    """Titles, months, dotted abbreviations and initials are not sentence ends."""
    text = "Gen. J. Okafor met the U.N. envoy on Oct. 3 in the capital. Talks went on."
    assert texts(text) == ["Gen. J. Okafor met the U.N. envoy on Oct. 3 in the capital.", "Talks went on."]


def test_time_abbreviation_before_a_name_does_not_split() -> None:
    """'p.m.' followed by a capitalised place is not a sentence end; before 'The' it is."""
    assert len(texts("It starts at 9 p.m. Khartoum time on Monday.")) == 1
    assert len(texts("It started at 9 p.m. The guns fell silent.")) == 2


def test_headline_line_break_and_offsets() -> None:
    """A line break ends a sentence and offsets index the original text."""
    text = "Truce holds in north\n\nThe truce held. Aid arrived."
    sents = split_sentences(text)
    assert [s.text for s in sents] == ["Truce holds in north", "The truce held.", "Aid arrived."]
    for s in sents:
        assert text[s.start : s.end] == s.text


def test_closing_quote_stays_with_its_sentence() -> None:
    """A closing quote after the full stop belongs to the sentence."""
    assert texts('He said "we will hold." Then he left.') == ['He said "we will hold."', "Then he left."]

"""Numbers: digits, words, vague quantities, bounds, ranges and non-count kinds."""

from rules.text.numbers import NumberMention, find_numbers
from rules.text.tokens import tokenize, words


def nums(text: str) -> list[NumberMention]:
    return find_numbers(words(tokenize(text)))


def test_digits_with_separators_and_bounds() -> None:
    """'at least 4,651' is 4651 with bound at_least; 'no fewer than' too; 'roughly' is about."""
    [a] = nums("at least 4,651 people")
    assert (a.value, a.bound, a.kind) == (4651, "at_least", "count")
    [b] = nums("no fewer than 3,958 dead")
    assert b.bound == "at_least"
    [c] = nums("roughly 1,200 victims")
    assert (c.value, c.bound) == (1200, "about")


def test_number_words_and_scales() -> None:
    """Number words and scale words are parsed."""
    assert [n.value for n in nums("seventy-one soldiers")] == [71]
    assert [n.value for n in nums("two hundred and fifty civilians")] == [250]
    assert [n.value for n in nums("1.5 million people")] == [1_500_000]


def test_vague_quantities_are_lower_bounds() -> None:
    """'dozens' and 'tens of thousands' are vague at_least figures."""
    [d] = nums("dozens killed")
    assert d.vague and d.bound == "at_least"
    [t] = nums("tens of thousands of people")
    assert t.value == 20_000 and t.vague


def test_ranges() -> None:
    """'between 50 and 60' is a range with low value and high end."""
    [r] = nums("between 50 and 60 dead")
    assert (r.value, r.high) == (50, 60)


def test_from_one_count_to_another_is_a_change_not_a_range() -> None:
    """'from 30 to 52' and 'from thirty to 52' are two counts, the old and the new; '30 to 52' is a range."""
    assert [(n.value, n.high) for n in nums("raised the dead from 30 to 52")] == [(30, None), (52, None)]
    assert [(n.value, n.high) for n in nums("murdered whites from thirty to 52")] == [(30, None), (52, None)]
    assert [(n.value, n.high) for n in nums("between 30 to 52 dead")] == [(30, 52)]


def test_a_day_of_a_month_starts_no_range_of_counts() -> None:
    """'since Sept. 27 to 90' is a date, then the count 90; 'from Sept. 27 to 30' stays a span of days."""
    date, count = nums("killed since Sept. 27 to 90")
    assert (date.kind, date.high, count.value, count.kind) == ("date", None, 90, "count")
    [span] = nums("from Sept. 27 to 30")
    assert (span.value, span.high) == (27, 30)


def test_non_counts_are_classified() -> None:
    """Years, dates, times, durations and percentages are not counts."""
    kinds = [n.kind for n in nums("In 1994, on Oct. 7 at 9:45 a 24-hour truce began; 12 percent; 0800 GMT")]
    assert kinds == ["year", "date", "time", "measure", "percent", "time"]


def test_month_year_is_a_year() -> None:
    """'in November 2024' names a year (what the historical test compares); the day stays a date."""
    assert [(n.value, n.kind) for n in nums("agreed a truce on 27 November 2024")] == [
        (27, "date"),
        (2024, "year"),
    ]


def test_one_of_a_group_is_a_pronoun() -> None:
    """'more than one of them' picks from a group and is no count; 'one soldier' still counts."""
    assert [n.kind for n in nums("logged at more than one of them")] == ["pronoun"]
    assert [n.kind for n in nums("one soldier and one of the medics")] == ["count", "pronoun"]


def test_a_number_that_names_a_thing_is_a_label() -> None:
    """ "resolution 1973" and "Flight 655" name things: neither a year that dates the sentence nor a count."""
    ws = words(tokenize("The council passed resolution 1973 after Flight 655 was shot down in 1988."))
    kinds = {n.value: n.kind for n in find_numbers(ws)}
    assert kinds == {1973: "label", 655: "label", 1988: "year"}


def test_gone_up_to_is_a_rise_not_a_ceiling() -> None:
    """'had gone up to 25' is exactly 25; 'up to 25 people' is at most 25."""
    [rise] = nums("the number killed had gone up to 25")
    assert (rise.value, rise.bound) == (25, "exact")
    [ceiling] = nums("up to 25 people were killed")
    assert ceiling.bound == "at_most"


def test_a_word_past_a_comma_is_no_unit_and_a_day_since_is_a_point() -> None:
    """'doubles to 34, hours after' is a count; 'killed since June 13 to 28' is a date, then the count 28."""
    [n] = nums("toll more than doubles to 34, hours after the visit")
    assert n.kind == "count"
    date, count = nums("the number killed since June 13 to 28")
    assert (date.kind, date.high, count.value) == ("date", None, 28)

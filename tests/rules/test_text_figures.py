"""Casualty figures: victim classes, and new/old readings of toll sentences."""

import pytest

from rules.text.actors import shipped_gazetteer
from rules.text.document import Document
from rules.text.figures import old_by_difference, read_revision, step_before, victim_class


def doc(text: str) -> Document:
    return Document(text, shipped_gazetteer(), 2024)


def classes(text: str) -> list[str | None]:
    view = doc(text).view(0)
    return [victim_class(view, n) for n in view.numbers]


def test_victim_classes() -> None:
    """Soldiers, civilians, people, injured, missing, and non-casualty counts."""
    assert classes("49 of its soldiers were killed and 12 children died.") == ["soldiers", "civilians"]
    assert classes("300 people were wounded and 40 are missing.") == ["injured", "missing"]
    assert classes("The storm destroyed 3,000 homes.") == [None]


def test_people_who_came_through_alive_are_no_toll() -> None:
    """'three had been captured alive' counts no dead; '29 ... had died' before it does."""
    assert classes("Sellal said 29 of the attackers had died and three had been captured alive.") == [
        "all",
        None,
    ]
    assert classes("Five fighters were detained and 12 were killed.") == [None, "all"]


def test_revision_to_from() -> None:
    """'to about 800 from 1,100' reads new 800 (about) and old 1,100."""
    view = doc("The ministry cut the death toll to about 800 from 1,100.").view(0)
    cut = next(i for i, t in enumerate(view.ws) if t.norm == "cut")
    rev = read_revision(view, cut, cut)
    assert rev.new is not None and rev.old is not None
    assert (rev.new.as_int, rev.new.bound, rev.old.as_int) == (800, "about", 1100)


def test_revision_new_before_change_word() -> None:
    """'14 people had died, updating an earlier toll of nine' reads 14 over 9."""
    view = doc("Officials said 14 people had died, updating an earlier toll of nine.").view(0)
    i = next(i for i, t in enumerate(view.ws) if t.norm == "updating")
    rev = read_revision(view, i, i)
    assert rev.new is not None and rev.old is not None
    assert (rev.new.as_int, rev.old.as_int) == (14, 9)


def test_revision_new_from_previous_sentence() -> None:
    """'That was up from 270' takes the new figure from the sentence before."""
    d = doc("The flood has killed 310 people. That was up from 270 a day earlier.")
    view = d.view(1)
    i = next(i for i, t in enumerate(view.ws) if t.norm == "up")
    rev = read_revision(view, i, i + 1, d.view(0))
    assert rev.new is not None and rev.old is not None
    assert (rev.new.as_int, rev.old.as_int, rev.new_in_previous) == (310, 270, True)


def test_a_difference_is_not_the_new_figure() -> None:
    """In '38 have now died - seven more than the figure given on Wednesday' the new figure is 38."""
    view = doc("Thirty-eight people have now died - seven more than the figure given on Wednesday.").view(0)
    i = next(i for i, t in enumerate(view.ws) if t.norm == "more")
    rev = read_revision(view, i, i + 3)
    assert rev.new is not None and rev.new.as_int == 38


def test_a_count_of_the_wounded_is_no_toll() -> None:
    """ "The number of soldiers wounded ... rose to eight" counts the injured; a count of killed and wounded
    is a toll."""
    view = doc("The number of soldiers wounded when a bomb exploded beside the convoy rose to eight.").view(0)
    [eight] = [n for n in view.numbers if n.as_int == 8]
    assert victim_class(view, eight) == "injured"
    view = doc("The number of people killed and wounded in the blast rose to 80.").view(0)
    [eighty] = [n for n in view.numbers if n.as_int == 80]
    assert victim_class(view, eighty) not in {"injured", "missing"}


def test_a_part_of_a_total_is_not_the_new_figure() -> None:
    """In "the killing of 108 people, including 49 children and 34 women, after observers raised their count
    from 92" the new figure is the total, 108, not the last part named."""
    view = doc(
        "The council condemned the killing of 108 people, including 49 children and 34 women, "
        "after observers raised their count from 92."
    ).view(0)
    i = next(i for i, t in enumerate(view.ws) if t.norm == "raised")
    rev = read_revision(view, i, i)
    assert rev.new is not None and rev.new.as_int == 108
    assert rev.old is not None and rev.old.as_int == 92


def test_people_counted_as_hostages_who_died_are_a_toll() -> None:
    """ "119 hostages had now died" counts the dead; "40 hostages" alone is no casualty figure."""
    view = doc("The minister said 119 hostages had now died.").view(0)
    [n] = [n for n in view.numbers if n.as_int == 119]
    assert victim_class(view, n) == "all"
    view = doc("Gunmen seized 40 hostages at the school.").view(0)
    [n] = [n for n in view.numbers if n.as_int == 40]
    assert victim_class(view, n) is None


def test_a_difference_and_a_part_are_neither_new_nor_old() -> None:
    """In "119 had now died, one more than on Tuesday, and only two of them had been shot" the new figure is
    119 and there is no old one: "one" is the step and "two of them" a part."""
    view = doc(
        "He said 119 hostages had now died, one more than on Tuesday, and only two of them were shot."
    ).view(0)
    i = next(i for i, t in enumerate(view.ws) if t.norm == "more")
    rev = read_revision(view, i, i + 3)
    assert rev.new is not None and rev.new.as_int == 119
    assert rev.old is None


def test_the_step_to_a_new_level_gives_the_level_before() -> None:
    """ "42 more bodies had been recovered, taking the toll to 306": the step is 42 (the level before, 264);
    "5 more than the 12" compares, and a step not below the new level is none."""
    view = doc(
        "The ministry said 42 more bodies had been recovered, taking the known death toll to 306."
    ).view(0)
    [new] = [n for n in view.numbers if n.as_int == 306]
    step = step_before(view, new)
    assert step is not None and step.as_int == 42
    view = doc("Officials said 5 more than the 12 reported earlier had died, bringing the toll to 17.").view(
        0
    )
    [new] = [n for n in view.numbers if n.as_int == 17]
    assert step_before(view, new) is None
    view = doc("Officials said 40 more people were missing, bringing the toll to 17.").view(0)
    [new] = [n for n in view.numbers if n.as_int == 17]
    assert step_before(view, new) is None


def test_a_difference_after_the_new_level_gives_the_level_before() -> None:
    """ "at 34, seven more than announced the previous evening" gives 27, "at 19, two fewer than first
    reported" 21; a number after it that is no difference ("34, and 206 were rescued") gives none."""

    def old(text: str, value: int) -> int | None:
        view = doc(text).view(0)
        [new] = [n for n in view.numbers if n.as_int == value]
        return old_by_difference(view, new)

    assert (
        old("The navy put the number of dead at 34, seven more than announced the previous evening.", 34)
        == 27
    )
    assert old("The navy put the number of dead at 19, two fewer than first reported.", 19) == 21
    assert old("The navy put the number of dead at 34, and 206 people were rescued.", 34) is None


def _revision(text: str, word: str) -> tuple[int | None, int | None]:
    view = doc(text).view(0)
    at = next(i for i, t in enumerate(view.ws) if t.norm == word)
    rev = read_revision(view, at, at)
    return (rev.new.as_int if rev.new else None, rev.old.as_int if rev.old else None)


def _step(text: str, word: str) -> int | None:
    view = doc(text).view(0)
    at = next(i for i, t in enumerate(view.ws) if t.norm == word)
    rev = read_revision(view, at, at)
    assert rev.new is not None
    step = step_before(view, rev.new)
    return step.as_int if step is not None else None


def test_deaths_told_before_a_count_are_its_step() -> None:
    """'Two of the wounded later died, raising ... to 27' and recovered bodies are steps; the hurt are not."""
    assert (
        _step("Two of the wounded later died, raising the number killed in the attack to 27.", "raising") == 2
    )
    assert _step("Divers recovered two bodies from the engine room, and the toll rose to 20.", "rose") == 2
    assert (
        _step(
            "Divers recovered the bodies of three missing sailors, bringing the number killed to four.",
            "bringing",
        )
        == 3
    )
    assert _step("Five people were hurt and the toll rose to 20.", "rose") is None


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The toll climbed to 192, well above the 173 officials had cited.", "climbed", (192, 173)),
        ("The death toll rose above 300 on Monday.", "rose", (300, None)),
        ("The UN says 9,000 have been killed, up from the figure of 8,000 it used.", "up", (9000, 8000)),
        (
            "The command says 5,000 troops were killed, revising upward the 3,000 it announced.",
            "revising",
            (5000, 3000),
        ),
        (
            "Those deaths raised to 37 the number of soldiers killed, against 28 announced last week.",
            "raised",
            (37, 28),
        ),
        ("An updated toll of 24 dead, up from 11 on Sunday, was given.", "updated", (24, 11)),
        ("The number of dead from ten explosions had climbed to 192.", "climbed", (192, None)),
    ],
)
def test_figures_an_earlier_one_is_set_against_are_old(
    text: str, word: str, expected: tuple[int | None, int | None]
) -> None:
    """'well above the 173', 'up from the figure of 8,000', 'revising upward the 3,000', 'against 28' are old;
    'rose above 300' and 'an updated toll of 24' are new; 'from ten explosions' counts no dead."""
    assert _revision(text, word) == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        (
            "At least 462 people have been killed, an increase on the 410 deaths reported.",
            "killed",
            (462, 410),
        ),
        ("An inquiry put the dead at 1,863, almost double the 970 dead announced.", "put", (1863, 970)),
        (
            "The army had initially said 31 soldiers died, before raising the figure to 84.",
            "raising",
            (84, 31),
        ),
        ("The elders, who had first counted 17 dead, now put the number at 22.", "put", (22, 17)),
        (
            "At least 173 had been killed, sharply higher than the toll of about 50 the United Nations gave.",
            "higher",
            (173, 50),
        ),
    ],
)
def test_comparisons_name_the_earlier_figure(
    text: str, word: str, expected: tuple[int | None, int | None]
) -> None:
    """'an increase on the 410 deaths', 'almost double the 970', 'initially said 31', 'first counted 17',
    'the toll of about 50 the United Nations gave' are the figures a change left behind."""
    assert _revision(text, word) == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The number of confirmed dead passed 100 on Tuesday, reaching 104.", "passed", (104, None)),
        ("The examiner lowered the confirmed death toll by one, to 97, on Wednesday.", "lowered", (97, None)),
        (
            "The minister said 201 bodies had been brought up, up from 157, "
            "as rescuers tried to reach dozens.",
            "from",
            (201, 157),
        ),
        ("The ministry raised its count to 148 dead and 91 missing, up from 112 dead.", "raised", (148, 112)),
    ],
)
def test_the_level_a_change_reached(text: str, word: str, expected: tuple[int | None, int | None]) -> None:
    """A threshold then the level ('passed 100 on Tuesday, reaching 104'), a step 'by one' that is no level,
    'dozens' still below ground that are no new figure, '148 dead and 91 missing' counting 148 dead."""
    assert _revision(text, word) == expected


def test_people_in_hospital_are_injured() -> None:
    """'299 were in hospital' counts the injured, not the dead."""
    assert classes(
        "Nine people had died and 299 were in hospital, and police and hospital officials said so."
    ) == [
        "all",
        "injured",
    ]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        (
            "The group, which had put the death toll at 1,434 in January, has since revised it to 1,417.",
            "revised",
            (1417, 1434),
        ),
        ("The airline said 259 people had died, not the 258 it announced on Wednesday.", "died", (259, 258)),
        ("The toll had climbed to 192, among them 58 children, from 145 on Saturday.", "climbed", (192, 145)),
        (
            "The government said its teams had counted 338 bodies, revising upward the figure of about 300.",
            "revising",
            (338, 300),
        ),
    ],
)
def test_an_earlier_report_is_old(text: str, word: str, expected: tuple[int | None, int | None]) -> None:
    """'which had put the death toll at 1,434 ..., has since revised it to 1,417', 'not the 258 it announced',
    'from 145' past 'among them' are old; a report 'said its teams had counted 338' is new."""
    assert _revision(text, word) == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        (
            "Serbian losses were corrected tonight to 64 killed, in place of the 40 given out at noon.",
            "corrected",
            (64, 40),
        ),
        ("The dead were cut to 12 killed, instead of the 15 first announced.", "cut", (12, 15)),
        (
            "Serbian losses, given on Monday as sixty killed, have risen to 85, the ministry says.",
            "risen",
            (85, 60),
        ),
        ("The crew's dead, given as nine last night, have since reached 17.", "reached", (17, 9)),
        ("The garrison's dead, reckoned at 15 when the enemy drew off, have risen to 17.", "risen", (17, 15)),
        (
            "The British killed, given in the General's first message as ten, have been raised to 13.",
            "raised",
            (13, 10),
        ),
        ("The column's killed, given last night as seven, now number nine.", "now", (9, 7)),
        ("Fresh lists raise the number of murdered settlers from thirty to 52.", "raise", (52, 30)),
        # (a figure "as" no report verb gives is no earlier report)
        ("The dead, counted by the priests as 40 on Sunday, have risen to 52.", "risen", (52, None)),
    ],
)
def test_a_figure_replaced_or_given_in_an_aside_is_old(
    text: str, word: str, expected: tuple[int | None, int | None]
) -> None:
    """'in place of the 40', 'instead of the 15', a figure 'given ... as' or 'reckoned at' before the change
    word, and 'from thirty' before 'to 52' are old; 'now number nine' is new."""
    assert _revision(text, word) == expected


def test_a_noun_past_a_comma_is_not_the_figures() -> None:
    """A noun past a comma ('55, patients ... among them') does not make the figure a count of patients."""
    assert classes("The toll had risen to at least 55, patients, doctors and nurses among them.") == ["all"]

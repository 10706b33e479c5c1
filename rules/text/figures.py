"""Casualty figures: what a number counts, and how a toll sentence reads (new vs previous figure).

:func:`victim_class` says what a count counts, from the words around it:

- ``soldiers`` ("71 of its soldiers", "16 servicemen"), ``civilians`` ("1,873 children"),
  ``all`` ("4,651 people", "11,300 dead", "a toll of 60");
- ``injured`` and ``missing`` (counted, but never a death toll);
- ``unknown`` for a bare count with no victim noun and no death word in its clause ("up from
  4,385 on Saturday"): a toll sentence may still use it;
- ``None`` for what is not a casualty figure at all: years, dates, times, durations, areas, homes,
  vehicles, troop deployments, the homeless and displaced.

:func:`is_death_figure` adds the death context (killed, dead, died, deaths, toll, martyrs) in the
number's clause. :func:`read_revision` finds, for a change word ("revised", "climbed", "up from"),
the ``new`` figure and the superseded ``old`` one ("to about 1,200 from 1,400", "71 ..., updating a
previous death toll of 50", "That was up from 4,385" after a sentence giving the new figure).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from rules.text.document import SentView
from rules.text.lexicon import TermSet
from rules.text.numbers import NumberMention
from rules.text.tokens import adjacent

SOLDIERS = frozenset(
    """soldiers soldier troops servicemen servicewomen fighters militants combatants officers personnel
    guards conscripts policemen police recruits""".split()  # noqa: SIM905
)
CIVILIANS = frozenset(
    ["civilians", "civilian", "children", "child", "women", "residents", "villagers", "worshippers"]
)
PEOPLE = frozenset(
    """people persons person dead deaths fatalities victims martyrs bodies lives individuals killed slain
    massacred palestinians israelis armenians azerbaijanis sudanese libyans ukrainians russians syrians
    lebanese yemenis migrants refugees""".split()  # noqa: SIM905
)
INJURED = frozenset(["injured", "wounded", "hurt", "injuries", "casualties"]) - {"casualties"}
MISSING = frozenset(["missing", "unaccounted"])
NOT_CASUALTY = frozenset(
    """homeless displaced homes houses buildings vehicles tanks rockets missiles drones settlements
    explosions blasts bombs bombings raids
    hostages prisoners detainees trucks tonnes tons km kilometres kilometers square metres miles
    acres hectares votes seats dollars euros shells strikes attacks families households patients
    beds schools hospitals villages towns cities countries nations members votes""".split()  # noqa: SIM905
)
_SKIP = frozenset(
    """of its their his her the more other additional further new armenian azerbaijani israeli
    palestinian sudanese libyan russian ukrainian syrian lebanese civilian military government enemy
    rebel army people's more_than""".split()  # noqa: SIM905
)
# not-casualty words that count people, who can die ("hostages had died")
_PERSONS = frozenset(["hostages", "prisoners", "detainees", "patients", "members"])
# not-casualty words that can also qualify the victims' noun ("displaced people", "homeless families")
_ATTRIBUTIVE = frozenset(["displaced", "homeless"])
DEATH_WORDS = TermSet(
    ["kill*", "dead", "died", "die", "dies", "death*", "fatalit*", "toll*", "martyr*", "perish*",
     "lives", "bodies", "body count", "victim count", "tally", "tallies", "slain", "massacred"]
)  # fmt: skip
# "than": "57, higher than the 44 they gave" (bound words such as "more than" belong to the number's span)
OLD_MARKERS = frozenset(
    # "raised to 37 the number of Peruvian soldiers killed ..., against 28 announced last week", "the military
    # had initially said 31 paratroopers died", "the government's preliminary count of 11,435"
    """from previous previously earlier prior former initial original than against initially originally
    preliminary""".split()  # noqa: SIM905
)
# threshold verbs name the new level too: "the toll from the quake surpassed 90"
_CROSSED = frozenset(["passed", "topped", "surpassed", "exceeded", "crossed", "past"])
NEW_MARKERS = frozenset(["to", "at", "reached", "reach", "reaching"]) | _CROSSED


def victim_class(view: SentView, num: NumberMention) -> str | None:
    """What ``num`` counts (see the module docstring); ``None`` when it is no casualty figure.

    Memoised on the view (a toll sentence's figures are classed by the revision reading, the
    figure conditions and the death-figure test of several rules)."""
    if num.kind != "count":
        return None
    key = (num.first, num.last)
    memo = view.classes
    if key in memo:
        return memo[key]
    cls = memo[key] = _victim_class(view, num)
    return cls


# what the people a number counts came through alive as: "29 of the attackers had died and three had been
# captured alive" (the three are no toll)
_SURVIVED = frozenset(
    ["captured", "arrested", "detained", "rescued", "freed", "released", "survived", "alive"]
)


_IN_HOSPITAL = frozenset(["hospital", "hospitals"])  # "299 were in hospital with radiation sickness"


def _victim_class(view: SentView, num: NumberMention) -> str | None:
    ws = view.ws
    for i in range(num.last + 1, min(len(ws), num.last + 5)):
        if DEATH_WORDS.at(ws, i) is not None:
            break
        if ws[i].norm in _SURVIVED:
            return None
    for i in range(num.last + 1, min(len(ws), num.last + 6)):
        if not adjacent(ws[i - 1], ws[i]):
            break  # past a comma: "at least 55, patients, doctors and nurses among them" counts the dead
        w = ws[i].norm
        if w in SOLDIERS or w in CIVILIANS or w in PEOPLE:
            fate = _fate(ws, i + 1)  # "300 people were wounded", "40 civilians are missing"
            if fate is not None:
                return fate
            return "soldiers" if w in SOLDIERS else "civilians" if w in CIVILIANS else "all"
        if w in {"are", "were", "remain", "remained", "is"}:
            fate = _fate(ws, i + 1)
            if fate is not None:
                return fate
        if w in INJURED:
            return "injured"
        if w in MISSING:
            return "missing"
        if ws[i].capitalised and i > num.last + 1 and (ws[i - 1].capitalised or ws[i - 1].norm == "the"):
            continue  # a word of a name after the figure ("about 50 the United Nations gave"), not its noun
        if w in NOT_CASUALTY:
            # an adjective before the victims' noun: "70,000 displaced people have died" counts the dead
            nxt = ws[i + 1].norm if i + 1 < len(ws) else ""
            if w in _ATTRIBUTIVE and (nxt in PEOPLE or nxt in CIVILIANS):
                continue
            # people counted as something else who died: "119 hostages had now died"
            if w in _PERSONS and any(
                DEATH_WORDS.at(ws, j) is not None for j in range(i + 1, min(len(ws), i + 5))
            ):
                return "all"
            return None
        if w in _SKIP or (ws[i].capitalised and w not in {"in", "on"}):
            continue
        if w in {"more", "than", "of"}:
            continue
        break
    # "a toll of 60", "climbs to 3,120", "put at 820 the number of people killed"
    lo, hi = view.clause(num.first)
    counted = _counted_before(view, lo, num.first)
    if counted is not None:
        return counted
    if view.any_in(DEATH_WORDS, lo, min(hi, num.last + 12)) is not None:
        return "all"
    return "unknown"


def _counted_before(view: SentView, lo: int, first: int) -> str | None:
    """``injured``/``missing`` when the number's clause opens with a count of the wounded or missing it is
    the level of: "The number of Syrian soldiers wounded when a bomb exploded ... rose to eight" (not "the
    number of people killed and wounded": a death word first makes it a toll)."""
    ws = view.ws
    for i in range(lo, first - 1):
        if ws[i].norm in _COUNT_HEADS and ws[i + 1].norm == "of":
            for j in range(i + 2, min(first, i + 7)):
                w = ws[j].norm
                if DEATH_WORDS.at(ws, j) is not None:
                    return None
                if w in INJURED:
                    return "injured"
                if w in MISSING:
                    return "missing"
    return None


_COUNT_HEADS = frozenset(["number", "count", "tally", "total"])


def _fate(ws: list[Any], i: int) -> str | None:
    """``injured``/``missing`` when the words after a victim noun say so before any death word or another
    figure ("148 dead and 91 missing": the 148 are dead; "299 were in hospital": injured)."""
    for j in range(i, min(len(ws), i + 4)):
        w = ws[j].norm
        if ws[j].kind == "num":
            return None
        if w in INJURED or (w in _IN_HOSPITAL and ws[j - 1].norm == "in"):
            return "injured"
        if w in MISSING:
            return "missing"
        if DEATH_WORDS.at(ws, j) is not None:
            return None
    return None


def is_death_figure(view: SentView, num: NumberMention) -> bool:
    """A count of the dead: a victim class other than injured/missing, with death words near it."""
    cls = victim_class(view, num)
    if cls is None or cls in {"injured", "missing", "unknown"}:
        return False
    lo, hi = view.clause(num.first)
    return view.any_in(DEATH_WORDS, max(0, lo - 1), min(len(view.ws), hi + 8)) is not None or cls == "all"


@dataclass(frozen=True)
class Revision:
    """A toll sentence read around a change word. Any field may be missing."""

    new: NumberMention | None
    old: NumberMention | None
    victim_class: str | None
    new_in_previous: bool = False


def _marker(view: SentView, num: NumberMention, floor: int) -> str | None:
    """``old`` or ``new`` from the nearest marker word before the figure (within 6 words)."""
    ws = view.ws
    for i in range(num.first - 1, max(floor, num.first - 7) - 1, -1):
        w = ws[i].norm
        # a figure set against an earlier one: "climbed to 192, well above the 173 officials had cited"
        # (not a threshold: "rose above 300"); "revising down the figure of 50 that officials announced"
        if (
            (w in _ABOVE and ws[i + 1].norm == "the")
            or (
                w == "of"
                and i == num.first - 1
                and i > 0
                and ws[i - 1].norm in _FIGURE_NOUNS
                and _earlier_figure(ws, i - 1)
            )
            or (w == "the" and i == num.first - 1 and _revising_before(ws, i, 3))
            # "an increase on the 410 deaths his office reported", "almost double the 970 dead announced"
            or (w == "the" and i > 0 and ws[i - 1].norm in _MULTIPLES)
            or (w == "the" and i > 1 and ws[i - 1].norm == "on" and ws[i - 2].norm in _RISE_NOUNS)
            # "the elders, who had first counted 17 dead"
            or (w == "first" and ws[i + 1].norm in _FIRST_COUNTS)
            # a figure an earlier report gave: "which had put the death toll at 1,434 in January, has since
            # revised it", "having given a figure of 37 the previous evening"; "not the 258 it announced"
            # (not a reported present perfect: "the government said its teams had counted 338 bodies")
            # (not a count set against an earlier one right after it: "by nightfall it had counted 41 dead, up
            # from 23 at dawn" is the new level)
            or (w in _FIRST_COUNTS and _earlier_report(ws, i) and not _set_against_after(ws, num.last))
            # ... its figure set "at" one: "which had put the death toll at 1,434 in January"
            or (
                w == "at"
                and any(
                    ws[j].norm in _FIRST_COUNTS and _earlier_report(ws, j) for j in range(max(1, i - 5), i)
                )
            )
            or (w == "the" and i > 0 and ws[i - 1].norm == "not")
            # a figure replaced: "corrected tonight to 64 killed, in place of the 40 given out this afternoon"
            or (w == "the" and i > 1 and ws[i - 1].norm == "of" and ws[i - 2].norm in ("place", "instead"))
            # ... or corrected, its first report after it: "seven were killed, not five as first telegraphed"
            or (i == num.first - 1 and _corrected(view, num))
        ):
            return "old"
        if w in NEW_MARKERS:
            return "new"
        # the level a count now stands at: "The column's killed, given last night as seven, now number nine"
        if w in _NOW_VERBS and i == num.first - 1 and i > 0 and ws[i - 1].norm == "now":
            return "new"
        if w in OLD_MARKERS:
            # "from" marks an old figure right after it ("from 50", "from an earlier 50"), not a
            # cause further back ("deaths from Turkey-Syria quakes top 5,000")
            if w == "from" and num.first - i > 3:
                continue
            return "old"
    return None


# the threshold words of NEW_MARKERS, and their present tense and "above"
_THRESHOLDS = _CROSSED | frozenset(["passes", "tops", "above"])


def _threshold(view: SentView, num: NumberMention) -> bool:
    """Whether ``num`` is a threshold crossed ("passed 100", "climbed past 4,000"), not a level given."""
    return num.first > 0 and view.ws[num.first - 1].norm in _THRESHOLDS


_ABOVE = frozenset(["above", "below", "beyond", "under"])
_NOW_VERBS = frozenset(["number", "numbers", "total", "totals"])
_MULTIPLES = frozenset(["double", "twice", "triple", "times", "treble", "half"])
_RISE_NOUNS = frozenset(["increase", "rise", "jump", "drop", "fall", "decrease"])
_FIRST_COUNTS = frozenset(
    ["counted", "said", "reported", "put", "announced", "gave", "given", "cited", "listed", "estimated"]
)
_FIGURE_NOUNS = frozenset(["figure", "toll", "estimate", "count", "tally", "total"])
_REVISING = frozenset(
    """revising revised revises lowering lowered lowers correcting corrected replacing replaced""".split()  # noqa: SIM905
)


def _earlier_report(ws: list[Any], at: int) -> bool:
    """Whether the report verb at ``at`` is a pluperfect or perfect participle ("had put", "having given"),
    not a reported present perfect ("the government said its teams had counted 338 bodies")."""
    if at == 0 or ws[at - 1].norm not in ("had", "having"):
        return False
    return not any(ws[j].norm in ("said", "says", "told", "announced") for j in range(max(0, at - 7), at - 1))


def _corrected(view: SentView, num: NumberMention) -> bool:
    """Whether ``num`` is a first report that a correction replaced: "not" before it and "as first" (or
    "as initially" ...) after it ("57 Canadians were among the dead, not 63 as first announced")."""
    ws = view.ws
    return num.first > 0 and ws[num.first - 1].norm == "not" and _as_first_after(ws, num.last)


def _as_first_after(ws: list[Any], last: int) -> bool:
    """Whether "as first", "as initially", "as originally", "as previously" or "as earlier" follows the figure
    ending at word ``last`` ("not five as first reported"), the adverb up to four words past "as" ("not 90
    as stated in the first telegram"): the figure is the report a correction replaced."""
    if last + 2 >= len(ws) or ws[last + 1].norm != "as":
        return False
    return any(ws[j].norm in _AS_FIRST for j in range(last + 2, min(len(ws), last + 6)))


_AS_FIRST = frozenset(["first", "initially", "originally", "previously", "earlier"])


def _given_as(ws: list[Any], at: int) -> bool:
    """Whether the figure at word ``at`` follows "as" or "at" after a report verb, a day or a source between
    or not ("given as nine last night", "given on Monday as sixty killed", "reckoned at 15 when the Zulus
    drew off", "given in the General's first message as ten")."""
    if at < 2 or ws[at - 1].norm not in ("as", "at"):
        return False
    return any(ws[j].norm in _GIVEN for j in range(max(0, at - 8), at - 1))


_GIVEN = frozenset(["given", "put", "reported", "announced", "listed", "reckoned", "estimated"])


def _set_against_after(ws: list[Any], last: int) -> bool:
    """Whether "up from" or "down from" follows the figure ending at word ``last`` within three words
    ("41 dead, up from 23"): the figure is then the new level of a change."""
    for j in range(last + 1, min(len(ws) - 1, last + 4)):
        if ws[j].norm in ("up", "down") and ws[j + 1].norm == "from":
            return True
    return False


def _revising_before(ws: list[Any], at: int, reach: int = 4) -> bool:
    """Whether a revising verb stands within ``reach`` words before word ``at`` ("revising down the figure",
    "revising upward the 3,000 it announced on Monday")."""
    return any(ws[j].norm in _REVISING for j in range(max(0, at - reach), at))


def _earlier_figure(ws: list[Any], noun: int) -> bool:
    """Whether the figure noun at ``noun`` ("the figure of 50") names the figure a change left behind: a
    revising verb governs it, or it follows "from", "than" or "against" ("up from the figure of 8,000",
    "to 25 from its first count of at least 15"), or "raising" ("raising an overnight count of 24")."""
    before = {ws[j].norm for j in range(max(0, noun - 4), noun)}
    return _revising_before(ws, noun, 6) or bool(before & _FROM_WORDS)


_FROM_WORDS = frozenset(["from", "than", "against", "raising", "raised", "raises"])


def read_level(view: SentView, first: int, last: int) -> Revision:
    """The death figure a casualty word refers to: the nearest one in its clause, else sentence."""
    lo, hi = view.clause(first)
    figures = [n for n in view.numbers if is_death_figure(view, n)]
    inside = [n for n in figures if lo <= n.first < hi] or figures
    if not inside:
        return Revision(None, None, None)
    best = min(inside, key=lambda n: min(abs(n.first - last), abs(n.last - first)))
    return Revision(best, None, victim_class(view, best))


def step_before(view: SentView, new: NumberMention) -> NumberMention | None:
    """The step a running count took to reach ``new``, said before it in the sentence: "Two more bodies
    were found, taking the number of confirmed deaths to seven", "42 more bodies had been recovered, taking
    the known toll to 306" (a count with "more", "further" or "additional" after it, not "more than": that
    compares). The earlier level is ``new`` less the step; None when no such count precedes ``new`` or the
    step is not below it."""
    ws = view.ws
    found = None
    for num in view.numbers:
        if num.last >= new.first:
            break
        k = num.last + 1
        if num.kind == "count" and (
            (k < len(ws) and ws[k].norm in _STEP_WORDS and not (k + 1 < len(ws) and ws[k + 1].norm == "than"))
            or _fresh_deaths(view, num, new.first)
        ):
            found = num
    if found is None or new.as_int is None or found.as_int is None or not 0 < found.as_int < new.as_int:
        return None
    return found


_STEP_WORDS = frozenset(["more", "further", "additional"])
# deaths told as news before the count they add to: "Two of the wounded later died, raising the number killed
# to 27", "Divers recovered two bodies from the engine room, and the toll rose to 20"
_DIED = frozenset(["died", "succumbed", "perished"])
_RECOVERED = frozenset(
    ["recovered", "found", "pulled", "retrieved", "dug", "recovering", "finding", "pulling"]
)


def _fresh_deaths(view: SentView, num: NumberMention, end: int) -> bool:
    """Whether ``num`` counts deaths told as new before word ``end``: its people died (the death verb
    within 16 words, no other number between) or its bodies were recovered."""
    ws = view.ws
    k = num.last + 1
    if any(ws[j].norm == "than" for j in range(max(0, num.first - 2), num.first)):
        return False  # a figure compared with ("5 more than the 12 reported earlier had died"), not a step
    if k < len(ws) and ws[k].norm == "bodies":
        return any(ws[j].norm in _RECOVERED for j in range(max(0, num.first - 3), min(end, k + 4)))
    # "Navy divers recovered the bodies of three missing sailors, bringing the number killed to four"
    if num.first >= 2 and ws[num.first - 1].norm == "of" and ws[num.first - 2].norm in ("bodies", "remains"):
        return any(ws[j].norm in _RECOVERED for j in range(max(0, num.first - 6), num.first - 2))
    for j in range(k, min(end, k + 16)):
        if ws[j].kind == "num":
            return False
        if ws[j].norm in _DIED:
            return True
    return False


def _is_difference(view: SentView, num: NumberMention) -> bool:
    """Whether ``num`` is a difference to another figure ("seven more than the figure given on
    Wednesday", "twelve more than were reported at dawn"), not a figure of its own."""
    ws = view.ws
    k = num.last + 1
    return (
        k + 2 < len(ws)
        and ws[k].norm in ("more", "fewer", "less")
        and ws[k + 1].norm == "than"
        and ws[k + 2].norm in _DIFFERENCE_OBJECTS
    )


def old_by_difference(view: SentView, new: NumberMention) -> int | None:
    """The earlier level a difference right after ``new`` gives: "at 34, seven more than announced the
    previous evening" is 27, "38 had now died, seven more than the figure her office gave" 31 (see
    :func:`_is_difference`); None when the next number, within eight words, is no difference or the level
    would not be positive."""
    if new.as_int is None:
        return None
    for num in view.numbers:
        if num.first <= new.last:
            continue
        if num.first - new.last > 8 or num.as_int is None or not _is_difference(view, num):
            return None
        more = view.ws[num.last + 1].norm == "more"
        old = new.as_int - num.as_int if more else new.as_int + num.as_int
        return old if old > 0 else None
    return None


def _own_level(view: SentView, num: NumberMention) -> bool:
    """Whether ``num`` is a level of its own, neither a difference to another figure ("lowered the toll by
    one, to 97") nor a part of a total."""
    by = num.first > 0 and view.ws[num.first - 1].norm == "by"
    return not by and not _is_difference(view, num) and not _part_of_total(view, num)


def _part_of_total(view: SentView, num: NumberMention) -> bool:
    """Whether ``num`` counts a part of a total said before it ("the killing of 108 people, including 49
    children and 34 women", "119 had now died ... and only two of them had been shot"): the total, not the
    part, is the level a change word refers to, and no earlier level either."""
    ws = view.ws
    if num.first > 0 and ws[num.first - 1].norm in ("from", "than"):
        return False  # "climbed to 192, among them 58 children, from 145 on Saturday": 145 is the old level
    if _corrected(view, num):
        return False  # "57 Canadians were among the dead, not 63 as first announced": 63 is the old level
    k = num.last + 1
    if k + 1 < len(ws) and ws[k].norm == "of" and ws[k + 1].norm in _PART_OF:
        return True
    return any(w.norm in _PART_WORDS for w in ws[max(0, num.first - 5) : num.first])


_PART_WORDS = frozenset(["including", "among"])
_PART_OF = frozenset(["them", "whom", "those", "these"])


# what a difference is measured against: a figure ("the", "its" ...) or an earlier report ("were reported")
_DIFFERENCE_OBJECTS = frozenset(
    "the its their his her a were was had first initially previously earlier on announced".split()  # noqa: SIM905
)


def read_revision(
    view: SentView,
    first: int,
    last: int,
    previous: SentView | Callable[[], SentView | None] | None = None,
) -> Revision:
    """New and old figures for the change word at words ``first``..``last`` of ``view``.

    ``previous`` is the sentence before, or a function giving it: it is read only when ``view``
    has no new figure (most toll sentences have one, and then it need not even be found)."""
    ordinal = _ordinal_before(view, first)
    if ordinal is not None:
        # "claims 29th life", "a 29th name was added": the ordinal is the toll now
        return Revision(ordinal, None, None)
    marked: list[tuple[NumberMention, str | None]] = []
    floor = 0
    for num in view.numbers:
        if num.kind == "count" and victim_class(view, num) not in {None, "injured", "missing"}:
            marked.append((num, _marker(view, num, floor)))
        floor = num.last + 1
    old = next((n for n, m in marked if m == "old" and _own_level(view, n)), None)
    after = [n for n, m in marked if m == "new" and n.first > last and not n.vague and _own_level(view, n)]
    new = after[0] if after else None
    if old is None and new is not None:
        # the first figure in an aside before the change word: "Lithuanian losses, given on Monday as sixty
        # killed, have risen to eighty-five"
        old = next(
            (n for n, m in marked if m != "old" and n.last < first and _given_as(view.ws, n.first)), None
        )
    if new is None and old is not None:
        # the level right after "from N to", its own noun before the old figure: "raise the number of murdered
        # whites from thirty to 52"
        k = old.last + 1
        from_before = old.first > 0 and view.ws[old.first - 1].norm == "from"
        if from_before and k + 1 < len(view.ws) and view.ws[k].norm == "to":
            new = next((n for n in view.numbers if n.first == k + 1 and n.kind == "count"), None)
    # a threshold, then the level: "passed 100 on Tuesday, reaching 104", "climbed past 4,000, reaching 4,011"
    if (
        new is not None
        and len(after) > 1
        and _threshold(view, new)
        and (new.as_int or 0) <= (after[1].as_int or 0)
    ):
        new = after[1]
    if new is None:
        before = [n for n, m in marked if m is None and n.last < first and _own_level(view, n)]
        new = before[-1] if before else None
    if new is None and previous is not None:
        prev = previous if isinstance(previous, SentView) else previous()
        if prev is not None:
            prior = [n for n in prev.numbers if n.kind == "count" and is_death_figure(prev, n)]
            if prior:
                return Revision(prior[-1], old, victim_class(prev, prior[-1]), new_in_previous=True)
    if new is None:
        new = next((n for n, m in marked if m != "old"), None)
    cls = victim_class(view, new) if new is not None else None
    return Revision(new, old, None if cls == "unknown" else cls)


# what an ordinal before the change word counts when it is a toll: "its 29th life", "a 29th name"
_ORDINAL_VICTIMS = frozenset("life victim death fatality name person".split())  # noqa: SIM905


def _ordinal_before(view: SentView, first: int) -> NumberMention | None:
    """The ordinal right before a victim noun at word ``first`` ("claims 29th life", "the 12th
    person to die"), else None: only a rule anchored on such a noun gets a figure this way."""
    if first == 0 or view.ws[first].norm not in _ORDINAL_VICTIMS:
        return None
    for num in view.numbers:
        if num.kind == "ordinal" and num.last == first - 1:
            return num
    return None

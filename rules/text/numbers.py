"""Numbers in running text: digits, number words, vague quantities, bounds and ranges.

:func:`find_numbers` reads the word tokens of one sentence and returns :class:`NumberMention` s:

- digits with separators ("1,200", "15,899"), decimals with scale words ("1.2 million");
- number words ("seventy-one", "two hundred and fifty", "a dozen");
- vague quantities ("dozens", "hundreds", "tens of thousands"): ``vague=True`` with a
  conservative lower value and bound ``at_least``;
- bounds: ``at_least`` ("at least", "more than", "over", "no fewer than"), ``at_most``
  ("up to", "fewer than", "as many as"), ``about`` ("about", "some", "roughly", "an estimated"),
  else ``exact``; the bound words belong to the mention's span;
- ranges ("between 50 and 60", "50 to 60"): ``value`` is the low end, ``high`` the high end.

``kind`` tells counts from everything else a casualty rule must ignore: ``year`` ("in 1994"),
``date`` ("Oct. 7", "15 September"), ``time`` ("9:45", "0800 GMT"), ``measure`` ("24-hour",
"48 hours", "29,800-square-kilometre"), ``ordinal``, ``percent``, ``pronoun`` ("one of them") and
``label`` (a number that names a thing: "resolution 1973", "Flight 655").
"""

from __future__ import annotations

from typing import Final, NamedTuple

from rules.text.tokens import Token, adjacent

UNITS: Final = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS: Final = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}  # fmt: skip
SCALES: Final = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
VAGUE: Final = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2_000, "millions": 2_000_000}
MONTHS: Final = frozenset(
    """january february march april may june july august september october november december jan feb
    mar apr jun jul aug sep sept oct nov dec jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov.
    dec.""".split()  # noqa: SIM905
)
MEASURE_UNITS: Final = frozenset(
    """hour hours day days week weeks month months year years minute minutes second seconds km
    kilometre kilometres kilometer kilometers mile miles metre metres meter meters square percent
    per cent % gmt utc am pm a.m. p.m. o'clock times fold tonnes tons kg litres""".split()  # noqa: SIM905
)
_BOUND_BEFORE: Final[dict[tuple[str, ...], str]] = {
    ("at", "least"): "at_least", ("no", "fewer", "than"): "at_least", ("no", "less", "than"): "at_least",
    ("more", "than"): "at_least", ("over",): "at_least", ("upwards", "of"): "at_least",
    ("in", "excess", "of"): "at_least", ("at", "most"): "at_most", ("up", "to"): "at_most",
    ("fewer", "than"): "at_most", ("less", "than"): "at_most", ("as", "many", "as"): "at_most",
    ("under",): "at_most", ("about",): "about", ("around",): "about", ("roughly",): "about",
    ("some",): "about", ("approximately",): "about", ("nearly",): "about", ("almost",): "about",
    ("close", "to"): "about", ("an", "estimated"): "about", ("estimated",): "about",
    ("approx.",): "about", ("just", "over"): "at_least", ("well", "over"): "at_least",
}  # fmt: skip
_MAX_BOUND: Final = max(len(k) for k in _BOUND_BEFORE)
#: months that date a number they follow ("15 September"; "5 may" is no date)
_MONTHS_AFTER: Final = MONTHS - {"may"}
#: the words :func:`_word_number` can start a number with ("a" only before hundred/thousand/dozen)
_WORD_NUMBER_STARTS: Final = frozenset(UNITS) | frozenset(TENS) | {"a"}


class NumberMention(NamedTuple):
    """A number in a sentence. ``first``/``last`` are word indices of the whole span (with bounds).

    A named tuple rather than a frozen dataclass (as :class:`~rules.text.tokens.Token`): as
    immutable and several times cheaper to build, which counts per sentence the matcher reads."""

    value: float
    bound: str
    kind: str  # count | year | date | time | measure | ordinal | percent | pronoun | label
    first: int
    last: int
    num_first: int  # word index where the figure itself starts (after bound words)
    start: int
    end: int
    vague: bool = False
    high: float | None = None

    @property
    def as_int(self) -> int:
        return round(self.value)


def parse_digits(text: str) -> float | None:
    """ "1,200" -> 1200; "3.5" -> 3.5; "9:45" -> None (a time)."""
    if ":" in text:
        return None
    t = text.rstrip("stndrh")
    if "," in t:
        parts = t.split(",")
        if all(len(p) == 3 for p in parts[1:]):
            return float("".join(parts))
        return None
    try:
        return float(t)
    except ValueError:
        return None


def _word_number(ws: list[Token], i: int) -> tuple[float, int] | None:
    """Parse number words starting at word ``i``; return (value, last index)."""
    total, current, j, last, seen = 0, 0, i, -1, False
    while j < len(ws):
        w = ws[j].norm
        if w in UNITS:
            current += UNITS[w]
        elif w in TENS:
            current += TENS[w]
        elif w == "a" and not seen and j + 1 < len(ws) and ws[j + 1].norm in {"hundred", "thousand", "dozen"}:
            current = 1
        elif w == "dozen" and seen:
            current *= 12
        elif w in SCALES and seen:
            scale = SCALES[w]
            if scale == 100:
                current *= 100
            else:
                total += max(current, 1) * scale
                current = 0
        elif w == "and" and seen and j + 1 < len(ws) and (ws[j + 1].norm in UNITS or ws[j + 1].norm in TENS):
            j += 1
            continue
        else:
            break
        seen = True
        last = j
        j += 1
    if not seen:
        return None
    return float(total + current), last


_GO_VERBS = frozenset("go goes going gone went".split())  # noqa: SIM905


def _bound(ws: list[Token], i: int) -> tuple[str, int]:
    for size in range(_MAX_BOUND, 0, -1):
        if i - size < 0:
            continue
        key = tuple(t.norm for t in ws[i - size : i])
        if key in _BOUND_BEFORE:
            if key == ("up", "to") and i - size > 0 and ws[i - size - 1].norm in _GO_VERBS:
                continue  # "had gone up to 25": the count rose to 25, it is not a ceiling
            return _BOUND_BEFORE[key], i - size
    return "exact", i


# nouns whose number is a name ("resolution 1973", "Flight 655", "Route 60", "Hill 522")
_LABEL_HEADS = frozenset(
    """resolution resolutions flight route highway article hill platform gate brigade battalion division
    regiment""".split()  # noqa: SIM905
)


def _kind(ws: list[Token], i: int, last: int, raw: str, value: float) -> str:
    prev = ws[i - 1].norm if i > 0 else ""
    # (the next word past a comma is not the number's unit: "more than doubles to 34, hours after the visit")
    nxt = ws[last + 1].norm if last + 1 < len(ws) and adjacent(ws[last], ws[last + 1]) else ""
    if raw[-2:] in {"st", "nd", "rd", "th"} and raw[0].isdigit():
        return "ordinal"
    # "logged at more than one of them", "one of the dead": a pronoun picking from a group, no count
    if raw == "one" and nxt == "of":
        return "pronoun"
    if ":" in raw:
        return "time"
    # a number that names a thing, not a year or a count: "resolution 1973", "Flight 655", "Highway 1"
    if prev in _LABEL_HEADS:
        return "label"
    if prev in MONTHS or nxt in _MONTHS_AFTER:
        # "in November 2024": the month's year (what ``historical`` compares with the item's year)
        if prev in MONTHS and raw.isdigit() and len(raw) == 4 and 1800 <= value <= 2100:
            return "year"
        return "date"
    if raw.isdigit() and len(raw) == 4:
        # "0600 GMT", "1830 Moscow time", "2000 local time", "at 1900 hours"
        after_nxt = ws[last + 2].norm if last + 2 < len(ws) else ""
        if raw.startswith("0") or nxt in {"gmt", "utc", "hrs", "hours"} or after_nxt == "time":
            return "time"
        if 1800 <= value <= 2100 and nxt not in MEASURE_UNITS:
            return "year"
    if nxt in MEASURE_UNITS:
        return "percent" if nxt in {"percent", "%", "per"} else "measure"
    if nxt == "'s" and raw.isdigit() and len(raw) == 4:
        return "year"
    return "count"


def find_numbers(ws: list[Token]) -> list[NumberMention]:
    """Every number mention among the word tokens ``ws`` of one sentence, in order."""
    out: list[NumberMention] = []
    i = 0
    while i < len(ws):
        tok = ws[i]
        value: float | None = None
        last = i
        vague = False
        if tok.kind == "num":
            value = parse_digits(tok.norm)
            if value is None and ":" in tok.norm:
                out.append(NumberMention(0, "exact", "time", i, i, i, tok.start, tok.end))
                i += 1
                continue
            if value is not None and i + 1 < len(ws) and ws[i + 1].norm in SCALES:
                value *= SCALES[ws[i + 1].norm]
                last = i + 1
        elif tok.norm in VAGUE or (tok.norm == "tens" and i + 2 < len(ws) and ws[i + 1].norm == "of"):
            if tok.norm == "tens" and ws[i + 2].norm in VAGUE:
                value, last = VAGUE[ws[i + 2].norm] * 10.0, i + 2
            elif tok.norm in VAGUE:
                value = float(VAGUE[tok.norm])
            vague = value is not None
        elif tok.norm in _WORD_NUMBER_STARTS:  # (any other word starts no number: skip the parse)
            parsed = _word_number(ws, i)
            if parsed is not None:
                value, last = parsed
        if value is None:
            i += 1
            continue
        bound, first = _bound(ws, i)
        if vague:
            bound = "at_least"
        kind = _kind(ws, i, last, tok.norm, value)
        high: float | None = None
        # ranges: "between 50 and 60", "50 to 60"
        # (not past a comma: "lowered the toll by one, to 97")
        if (
            last + 2 < len(ws)
            and ws[last + 1].norm in {"to", "and"}
            and ws[last + 2].kind == "num"
            and adjacent(ws[last], ws[last + 1])
        ):
            before = ws[first - 1].norm if first > 0 else ""
            # "and" joins a range only after "between"; "from 30 to 52" is a change, not a range
            if (ws[last + 1].norm == "and" and before != "between") or (
                ws[last + 1].norm == "to" and before == "from" and kind != "date"
            ):
                pass
            else:
                hv = parse_digits(ws[last + 2].norm)
                # a day of a month spans days only: "killed since Sept. 27 to 90" is a date, then a count; and
                # a day "since" is a point: "the number killed since June 13 to 28"
                since = i >= 2 and ws[i - 2].norm == "since"
                if hv is not None and hv > value and not (kind == "date" and (hv > 31 or since)):
                    high = hv
                    last += 2
                    if first > 0 and ws[first - 1].norm == "between":
                        first -= 1
        out.append(
            NumberMention(value, bound, kind, first, last, i, ws[first].start, ws[last].end, vague, high)
        )
        i = last + 1
    return out

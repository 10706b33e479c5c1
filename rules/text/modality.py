"""Modality and polarity of a mention: negated, requested, talks, hypothetical, violated, ...

A rule asks, for the anchor it matched ("truce", "climbed", "has yet to confirm"), whether the
sentence frames it as something other than a fresh fact. Each flag is decided from cue phrases at
positions relative to the anchor, scoped to the anchor's clause (see ``rules/data/modality.yaml``):

- ``negated`` ("no cease-fire", "has yet to", "did not hold"), ``requested`` ("urged a truce",
  "called on both sides to respect"), ``talks`` ("ceasefire talks", "a proposed truce"),
  ``hypothetical`` ("would take effect if", "might reach"), ``violated`` ("accused of breaching",
  "collapsed"), ``historical`` ("the 1994 truce", "earlier truces", "dates back to"),
  ``background`` ("a few days after X agreed a truce"), ``denied`` ("dismissed rumours of",
  "it was not true that"), ``rejected`` ("turned down"), ``hedged`` ("appears to be holding") and
  ``attributed`` ("X said").
- ``historical`` also holds when the clause names a year before the item's year (or any year when
  the item's date is unknown).

Flags are plain data: users add cue phrases with a ``modality:`` section in their rule files. A cue
group may name ``unless`` context words that void a cue right after them ("after two days of talks"
reports talks that are over; "no violations were reported" a truce that holds), and ``blocked_by``
words that take a cue's scope ("neither side has violated the truce": the negation is the violation's),
``unless_next`` words that void a cue they follow at once ("collapsed bunkers": the cue is an adjective of
the thing named, not news of the truce), ``unless_next_name`` words, the only capitalised ones after which
a cue holds ("firing suspended before Canudos" names a place, "before Christmas" a time), and
``void_after`` words that void a group's cue when they follow the anchor in its clause ("would halt all
operations from 6 a.m.": a start time makes reported "would" a schedule, not a hypothesis).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rules.text.document import SentView
from rules.text.lexicon import TermHit, TermSet
from rules.text.tokens import title_case
from wirewatch import yamlio

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "modality.yaml"
WHERE = ("before", "after", "clause", "sentence")
FLAGS = (
    "negated", "requested", "talks", "hypothetical", "violated", "historical", "background", "denied",
    "rejected", "hedged", "attributed",
)  # fmt: skip


# where, window, unless, unless_window, blocked_by, void_after, void_after_window, unless_next,
# unless_next_name (None: no such test)
_Words = tuple[str, ...]
_GroupKey = tuple[str, int | None, _Words, int, _Words, _Words, int, _Words, _Words | None]


@dataclass(frozen=True)
class CueGroup:
    terms: TermSet
    where: str
    window: int | None
    #: a cue right after one of these (within ``unless_window`` words) is void: "after talks"
    #: reports talks that are over, "no violations" a truce that holds
    unless: TermSet | None = None
    unless_window: int = 3
    #: a cue whose scope one of these takes is void: between a ``before`` cue and the anchor, or
    #: within two words after an ``after`` cue ("neither side violated the truce", "has not been
    #: breached": the negation is the violation's, not the truce's)
    blocked_by: TermSet | None = None
    #: a cue of this group is void when one of these follows the anchor within ``void_after_window``
    #: words of its clause ("would halt operations from midnight" schedules; it does not suppose)
    void_after: TermSet | None = None
    void_after_window: int = 16
    #: a cue directly followed by one of these is void: an adjective of the thing named ("digging out
    #: their collapsed bunkers"), not a verb or noun of the truce
    unless_next: TermSet | None = None
    #: a cue directly followed by a capitalised word is void unless the word is one of these: "before"
    #: a place is where ("suspended before Canudos"), "before" a month, day or feast is when
    unless_next_name: TermSet | None = None

    def hits(self, view: SentView, a: int, b: int, anchor: int) -> Iterator[TermHit]:
        """Cue hits in words ``a``..``b`` that no ``unless``, ``unless_next``, ``unless_next_name`` or
        ``blocked_by`` test voids (called only for a sentence holding a cue word of the group:
        ``view.may_hold(self.terms)``)."""
        if (
            self.unless is None
            and self.blocked_by is None
            and self.unless_next is None
            and self.unless_next_name is None
        ):
            # the caller has seen a cue word of this group in the sentence (view.may_hold holds)
            hit = self.terms.any_in(view.ws, a, b)
            if hit is not None:
                yield hit
            return
        ws = view.ws
        for hit in self.terms.find(ws, a, b):
            unless = self.unless
            # (within the cue's clause: "held talks, but the truce fell apart" is a truce that failed, not
            # talks that did)
            if unless is not None and view.any_in(
                unless, max(hit.first - self.unless_window, view.clause(hit.first)[0]), hit.first
            ):
                continue
            nxt = hit.last + 1
            if self.unless_next is not None and nxt < len(ws) and self.unless_next.at(ws, nxt) is not None:
                continue
            names = self.unless_next_name
            if names is not None and nxt < len(ws) and ws[nxt].capitalised and names.at(ws, nxt) is None:
                continue
            if self.blocked_by is not None:
                lo, hi = (hit.last + 1, anchor) if self.where == "before" else (hit.last + 1, hit.last + 3)
                if self.where in {"before", "after"} and view.any_in(self.blocked_by, lo, hi):
                    continue
            yield hit


class ModalityModel:
    """Cue groups per flag, compiled. Immutable once built."""

    def __init__(self, sections: Iterable[Mapping[str, Any]] = ()) -> None:
        raw: dict[str, list[dict[str, Any]]] = {}
        base = yamlio.safe_load(DATA_FILE.read_text(encoding="utf-8"))
        for section in (base, *sections):
            for flag, groups in section.items():
                raw.setdefault(str(flag), []).extend(groups)
        self.groups: dict[str, tuple[CueGroup, ...]] = {}
        for flag, groups in raw.items():
            merged: dict[_GroupKey, list[str]] = {}
            for g in groups:
                where = str(g.get("where", "clause"))
                if where not in WHERE:
                    raise ValueError(f"modality {flag}: where must be one of {', '.join(WHERE)}")
                win = g.get("window")
                unless = tuple(str(t) for t in g.get("unless", []))
                blocked = tuple(str(t) for t in g.get("blocked_by", []))
                void = tuple(str(t) for t in g.get("void_after", []))
                nxt = tuple(str(t) for t in g.get("unless_next", []))
                raw_names = g.get("unless_next_name")
                names = tuple(str(t) for t in raw_names) if raw_names is not None else None
                key = (
                    where,
                    int(win) if win is not None else None,
                    unless,
                    int(g.get("unless_window", 3)),
                    blocked,
                    void,
                    int(g.get("void_after_window", 16)),
                    nxt,
                    names,
                )
                merged.setdefault(key, []).extend(str(t) for t in g.get("terms", []))
            self.groups[flag] = tuple(
                CueGroup(
                    TermSet(t),
                    w,
                    n,
                    TermSet(u) if u else None,
                    uw,
                    TermSet(bl) if bl else None,
                    TermSet(v) if v else None,
                    vw,
                    TermSet(nx) if nx else None,
                    TermSet(nm) if nm is not None else None,
                )
                for (w, n, u, uw, bl, v, vw, nx, nm), t in merged.items()
            )
        #: per flag, every cue term of its groups: a sentence holding none of them cannot carry the
        #: flag (bar ``historical``'s year test), which one set test per flag tells
        self._cues: dict[str, TermSet] = {
            flag: TermSet([t for g in groups for t in g.terms.terms]) for flag, groups in self.groups.items()
        }

    @property
    def flags(self) -> tuple[str, ...]:
        return tuple(self.groups)

    def has(self, view: SentView, first: int, last: int, flag: str) -> bool:
        """Whether the anchor at words ``first``..``last`` of ``view`` carries ``flag``.

        Memoised on the view: rules that share an anchor (a truce term) ask the same questions."""
        groups = self._groups_in(view, flag)
        if not groups and (flag != "historical" or not _may_name_year(view)):
            return False  # no cue word in the sentence (nor a year for ``historical``)
        key = (self, first, last, flag)
        memo = view.memo
        found = memo.get(key)
        if found is None:
            found = memo[key] = self._has(view, first, last, flag, groups)
        return found

    def _groups_in(self, view: SentView, flag: str) -> tuple[CueGroup, ...]:
        """The groups of ``flag`` with a cue word in ``view`` (in order; memoised on the view, so
        the set tests run once per sentence and flag rather than once per anchor and rule)."""
        key = (self, flag)
        found = view.cue_groups.get(key)
        if found is None:
            norms, prefixes = view.vocabulary
            cues = self._cues.get(flag)
            if cues is None or not cues.may_start(norms, prefixes):  # one test for the whole flag
                found = ()
            else:
                found = tuple(g for g in self.groups[flag] if g.terms.may_start(norms, prefixes))
            view.cue_groups[key] = found
        return found

    def _has(self, view: SentView, first: int, last: int, flag: str, groups: tuple[CueGroup, ...]) -> bool:
        lo, hi = view.clause(first)
        hi = max(hi, view.clause(last)[1])
        for group in groups:  # only groups with a cue word in the sentence (see _groups_in)
            if group.where == "sentence":
                a, b = 0, len(view.ws)
            elif group.where == "clause":
                a, b = lo, hi
            elif group.where == "before":
                a = lo if group.window is None else max(lo, first - group.window)
                b = first
            else:
                a = last + 1
                b = hi if group.window is None else min(hi, last + 1 + group.window)
            for hit in group.hits(view, a, b, first):
                if group.where == "before" and (
                    hit.last > first - 1 or _coordinated_past(view, hit.last, first)
                ):
                    continue
                if _month_may(view, hit.first, hit.last):
                    continue  # "since May 2019" names a month, not a possibility
                if _in_name(view, hit.first, hit.last):
                    continue  # "the Doctors Without Borders hospital": a word of a name, not a cue
                void = group.void_after
                if void is not None and view.any_in(
                    void, last + 1, min(hi, last + 1 + group.void_after_window)
                ):
                    continue  # a scheduled start follows the anchor (CueGroup.void_after)
                if flag == "negated" and self._not_only(view, hit.first):
                    break
                return True
        if flag == "historical":
            return self._old_year(view, lo, hi) and not _renewed(view, lo, first)
        return False

    @staticmethod
    def _not_only(view: SentView, i: int) -> bool:
        nxt = view.ws[i + 1].norm if i + 1 < len(view.ws) else ""
        return view.ws[i].norm == "not" and nxt in {"only", "just"}

    @staticmethod
    def _old_year(view: SentView, lo: int, hi: int) -> bool:
        year = view.doc.year
        # the truce's own parenthetical names its date: "since a cessation of hostilities agreement,
        # signed in Algiers in June 2000, ended the war" (the year is a clause further on)
        if hi < len(view.ws) and view.ws[hi].norm in _DATING_PARTICIPLES:
            hi = view.clause(hi)[1]
        # ... and so does a trail of short place and date phrases closing the sentence: "had signed the first
        # ceasefire with the government at Cacheu, in Guinea-Bissau, in 1991."
        ws = view.ws
        # a "when" clause is dated by the year closing the clause before it: "Iraq last accepted a U.N.
        # ceasefire in August 1988, when a truce brokered under Resolution 598 ended its war with Iran"
        if 0 < lo < len(ws) and ws[lo].norm == "when":
            lo = view.clause(lo - 1)[0]
        j = hi
        while j < len(ws) and ws[j].norm in _TRAIL_PREPOSITIONS:
            end = view.clause(j)[1]
            if end - j > _TRAIL_WORDS:
                break
            j = end
        if j == len(ws):
            hi = j
        # a date's year after its comma belongs to the clause too: "took effect on Aug. 26, 1995"
        dated = {num.first + 1 for num in view.numbers if num.kind == "date" and lo <= num.first < hi}
        for num in view.numbers:
            if (
                num.kind == "year"
                and (lo <= num.first < hi or num.first in dated)
                and (year is None or num.value < year)
                and not _superlative_since(view, num.first)
            ):
                return True
        return False


def _renewed(view: SentView, lo: int, first: int) -> bool:
    """Whether a word of renewal stands just before the anchor in its clause: "the restoration of its
    August 1994 ceasefire", "renewed their 1997 truce" are news of today, whatever year the truce
    carries."""
    return any(w.norm.startswith(_RENEWAL) for w in view.ws[max(lo, first - 6) : first])


_RENEWAL = ("restor", "reinstat", "renew", "reviv")


def _coordinated_past(view: SentView, cue: int, anchor: int) -> bool:
    """Whether a modal cue at word ``cue`` cannot govern a past-tense anchor joined after it by "and": in
    "said 'not even monsters' would commit such a crime and rejected accusations", "rejected" is the
    speaker's own verb, as a modal takes a bare verb ("would commit and reject"). With "be" or "have"
    after the modal, an -ed form is its participle ("would be arrested and charged"), so the cue stands."""
    ws = view.ws
    if ws[cue].norm not in _MODALS or not ws[anchor].norm.endswith("ed"):
        return False
    between = [w.norm for w in ws[cue + 1 : anchor]]
    return "and" in between and not _AUXILIARIES.intersection(between)


_MODALS = frozenset("would could might may should will can must".split())  # noqa: SIM905
_AUXILIARIES = frozenset("be been being have has had get got".split())  # noqa: SIM905


def _superlative_since(view: SentView, k: int) -> bool:
    """Whether the year at word ``k`` closes a superlative's span: "takes hold after the worst flare-up since
    2014", "the first truce since 2019" measure today's news against the past; they do not date it."""
    ws = view.ws
    if k == 0 or ws[k - 1].norm != "since":
        return False
    return any(w.norm in _SUPERLATIVES or w.norm.endswith("iest") for w in ws[max(0, k - 6) : k - 1])


_SUPERLATIVES = frozenset(
    "worst first biggest largest heaviest fiercest longest highest strongest most deadliest bloodiest".split()  # noqa: SIM905
)

# a trail of short phrases opened by these closes its sentence as part of the clause before ("at Cacheu, in
# Guinea-Bissau, in 1991"): at most this many words each
_TRAIL_PREPOSITIONS = frozenset(["in", "at", "near", "on"])
_TRAIL_WORDS = 4

# participles that open a clause dating the noun before it ("the truce, agreed in 1994, ...")
_DATING_PARTICIPLES = frozenset(
    "signed agreed reached brokered concluded declared announced struck sealed mediated".split()  # noqa: SIM905
)


def _month_may(view: SentView, first: int, last: int) -> bool:
    """Whether the cue at ``first``..``last`` is the month "May": capitalised inside the sentence,
    or followed by a number ("signed on May 5", "has held since May 2019")."""
    if first != last or view.ws[first].norm != "may":
        return False
    nxt = view.ws[first + 1].text if first + 1 < len(view.ws) else ""
    return (first > 0 and view.ws[first].text == "May") or nxt[:1].isdigit()


def _in_name(view: SentView, first: int, last: int) -> bool:
    """Whether the one-word cue at ``first``..``last`` is a word of a name: capitalised inside the
    sentence between two capitalised words ("Doctors Without Borders", "Reporters Without Borders"),
    in a sentence that is not a title-case headline ("Army Says No Truce Agreed", where capitals mark
    every word)."""
    ws = view.ws
    if first != last or first == 0 or first + 1 >= len(ws) or not ws[first].text[:1].isupper():
        return False
    return ws[first - 1].capitalised and ws[first + 1].capitalised and not title_case(ws)


def _may_name_year(view: SentView) -> bool:
    """False only when the sentence has no number a year can be (four digits; see
    :func:`rules.text.numbers.find_numbers`), so that its numbers need not be read."""
    key = (_may_name_year,)
    found = view.memo.get(key)
    if found is None:
        found = view.memo[key] = any(len(n) == 4 and n.isdigit() for n in view.vocabulary[0])
    return found


_SHIPPED: ModalityModel | None = None


def shipped_modality() -> ModalityModel:
    """The modality model of the shipped cue file (built once per process)."""
    global _SHIPPED
    if _SHIPPED is None:
        _SHIPPED = ModalityModel()
    return _SHIPPED

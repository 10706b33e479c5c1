"""What a rule fills per passing anchor: the values of its ``extract`` specs.

An actor value is read by role (:mod:`rules.roles`) or as ``other``: the first actor of the
sentence, then of the sentence before it and of the item's first sentence, that is not one already
extracted (the claimant next to a silent party).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from rules.hit import Hit
from rules.roles import actors_in_role
from rules.schema import Extract
from rules.text.document import SentView
from rules.text.figures import old_by_difference, step_before
from rules.text.lexicon import TermSet


class Extraction:
    """One value a rule fills: ``name`` and its :class:`~rules.schema.Extract` spec's fields, read
    once when the rule is compiled (``topics``: the spec's topics with their terms compiled). The
    matcher fills every value of a rule per passing anchor, and from compiled code a read of a
    pydantic model's attribute is a generic lookup, several times a plain field's cost. ``owners``:
    the rule set's claim-owner nouns (:attr:`Compiler.claim_owners`), for the actor roles."""

    def __init__(self, name: str, spec: Extract, topics: list[tuple[str, TermSet]], owners: TermSet) -> None:
        self.name = name
        self.value: str | int | float | bool | None = spec.value
        self.anchor = bool(spec.anchor)
        self.topic = spec.topic is not None
        self.topics = topics
        self.actor: list[str] | None = list(spec.actor) if spec.actor is not None else None
        self.level: str = spec.level
        self.exclude_types = list(spec.exclude_types)
        self.figure: str | None = spec.figure
        self.default: str | int | float | bool | None = spec.default
        self.required = spec.required
        self.owners = owners


def extract(spec: Extraction, hit: Hit, taken: list[str]) -> Any:
    """One value per its :class:`Extraction` (``None`` when nothing was found)."""
    if spec.value is not None:
        return spec.value
    if spec.anchor:
        return hit.view.span_text(hit.first, hit.last)
    if spec.topic:
        view = hit.view
        for name, ts in spec.topics:
            if view.any_in(ts, 0, len(view.ws)) is not None:
                return name
        return spec.default
    if spec.actor is not None:
        for role in spec.actor:
            if role == "other":
                found = _other(hit, taken, spec.exclude_types)
                if found is not None:
                    return _level(found, spec.level)
                continue
            acts = actors_in_role(hit, role, spec.exclude_types, owners=spec.owners)
            if acts:
                return _level(acts[0].id, spec.level)
        return spec.default
    rev = hit.revision()
    new, old = rev.new, rev.old
    if spec.figure == "new":
        return new.as_int if new is not None else spec.default
    if spec.figure == "old":
        if old is not None:
            return old.as_int
        if new is None or rev.new_in_previous:
            return spec.default
        # the level before a step said with the new one ("two more bodies ... taking the toll to seven": five)
        step = step_before(hit.view, new)
        if step is not None:
            return new.as_int - step.as_int
        # ... or a difference said after it ("34, seven more than announced the previous evening": 27)
        diff = old_by_difference(hit.view, new)
        return diff if diff is not None else spec.default
    if spec.figure == "bound":
        return new.bound if new is not None else spec.default
    if spec.figure == "victim_class":
        return rev.victim_class or spec.default
    if spec.figure == "party":
        return _victim_side(hit, new, spec.owners) or spec.default
    if spec.figure == "delta":
        return new.as_int - old.as_int if new is not None and old is not None else spec.default
    return spec.default


def _victim_side(hit: Hit, num: Any, owners: TermSet) -> str | None:
    """The actor in the figure's victim phrase ("70 Armenian soldiers"), else the subject's state."""
    if num is not None:
        view: SentView | None = hit.view if any(n is num for n in hit.view.numbers) else None
        if view is not None:
            for a in view.actors:
                if num.last < a.first <= num.last + 3 and a.type in {"state", "group"}:
                    return _level(a.id, "state")
    view = hit.view
    ws = view.ws
    for a in view.actors:  # "the Gaza death toll", "the number of Palestinians killed"
        nxt = " ".join(t.norm for t in ws[a.last + 1 : a.last + 4])
        prev = " ".join(t.norm for t in ws[max(0, a.first - 2) : a.first])
        if a.type in {"state", "group"} and (
            nxt.startswith(("death toll", "toll", "'s death toll", "'s toll", "killed", "dead"))
            or prev.endswith("number of")
        ):
            return _level(a.id, "state")
    joint = _joint_place(view)
    if joint is not None:
        return joint
    skip = ["media", "entity"]
    acts = (
        actors_in_role(hit, "speaker", skip, owners=owners)
        or actors_in_role(hit, "subject", skip, owners=owners)
        or actors_in_role(hit, "first", skip, owners=owners)
    )
    return _level(acts[0].id, "state") if acts else None


_LIST_JOINS = frozenset([",", "and", ", and"])


def _joint_place(view: SentView) -> str | None:
    """``SY+TR`` for a figure counted over several states ("the death toll in Turkey and Syria",
    "killed in Sudan, Chad and Libya"): a toll of two countries is a series of its own, not a
    revision of either country's toll. None unless "in" opens a list of two or more distinct states."""
    ws = view.ws
    actors = view.actors
    text = view.doc.text
    for n, a in enumerate(actors):
        if a.type != "state" or a.first == 0 or ws[a.first - 1].norm != "in":
            continue
        ids = [_level(a.id, "state")]
        end = a.end
        for b in actors[n + 1 :]:
            between = text[end : b.start].strip()
            if b.type != "state" or between not in _LIST_JOINS:
                break
            ids.append(_level(b.id, "state"))
            end = b.end
            if between != ",":
                break  # "and" closes the list
        distinct = sorted(set(ids))
        if len(distinct) > 1:
            return "+".join(distinct)
    return None


def _level(actor_id: str, level: str) -> str:
    """``AZ.mod`` -> ``AZ`` at level ``state`` (a unit speaks for its state)."""
    head = actor_id.split(".", 1)[0]
    if level == "state" and len(head) == 2 and head.isupper():
        return head
    return actor_id


def _same(a: str, b: str) -> bool:
    return a == b or a.startswith(b + ".") or b.startswith(a + ".")


def _other(hit: Hit, taken: list[str], exclude: list[str]) -> str | None:
    here = hit.view
    # the sentence, the one before it and the headline/lead: where a counterpart is named (the
    # other two are looked up only when the sentence itself names none)
    seen: set[int] = set()
    for view in _counterpart_sentences(here):
        if view is None or view.start in seen:
            continue
        seen.add(view.start)
        for a in view.actors:
            if a.type in exclude or (a.type == "entity" and view is not here):
                continue
            if not any(_same(a.id, t) for t in taken):
                return a.id
    return None


def _counterpart_sentences(here: SentView) -> Iterator[SentView | None]:
    """``here``, the sentence before it, the first sentence: each looked up only when reached."""
    yield here
    yield here.doc.previous(here)
    yield here.doc.first()

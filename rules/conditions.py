"""Rule conditions and extractions, compiled from the schema and tested against one anchor hit.

A :class:`Hit` is a rule's anchor term found at words ``first``..``last`` of one sentence. Actor
roles are read relative to it:

- ``subject``: the first actor of the anchor's clause before the anchor, else the first actor of the
  sentence before it ("Azerbaijan has yet to confirm", "the army said it was unaware");
- ``agent``: the actor introduced by "by"/"from" after the anchor ("neither confirmed nor denied by
  the Eritrean army", "no comment from Hamas");
- ``nearest``: the last actor before the anchor in its clause (the agent of "the RSF said it had
  seized"); ``speaker``: the actor a speech verb attributes the sentence to ("..., the ministry
  said", "according to the Red Crescent", "citing the WHO");
- ``after``: the first actor after the anchor in its clause; ``first``: the sentence's first actor;
- ``other``: the first actor of the sentence, then of the item, that is not one already extracted
  (the claimant next to a silent party); ``any``: every actor of the sentence.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from rules.patterns import RegexBank
from rules.schema import Condition, Extract
from rules.text.actors import ActorMention
from rules.text.document import SentView
from rules.text.figures import Revision, is_death_figure, read_level, read_revision, victim_class
from rules.text.lexicon import TermHit, TermSet
from rules.text.modality import ModalityModel
from rules.text.models import ModelError, load_models


@dataclass(slots=True)
class Hit:
    """One anchor hit being tested (slotted: every condition reads its fields)."""

    view: SentView
    first: int
    last: int
    modality: ModalityModel
    level_reading: bool = False
    #: the story topics (:attr:`Compiler.story_topics` ids) earlier items of the item's story held
    story: frozenset[str] = frozenset()
    cache: dict[str, Any] = field(default_factory=dict)

    def revision(self) -> Revision:
        """New/old figures around the anchor; for ``toll_figure`` rules the figure it refers to."""
        if "rev" not in self.cache:
            if self.level_reading:
                self.cache["rev"] = read_level(self.view, self.first, self.last)
            else:
                view = self.view  # the sentence before is looked up only if the reading needs it
                before = lambda: view.doc.previous(view)  # noqa: E731
                self.cache["rev"] = read_revision(view, self.first, self.last, before)
        rev: Revision = self.cache["rev"]
        return rev


Test = Callable[[Hit], bool]


def topic_id(terms: TermSet) -> str:
    """A story topic's stable id: a digest of its resolved terms, so the story memory a running
    detector wrote is read back by a reloaded rule set whose list has not changed."""
    digest = hashlib.sha1("\n".join(sorted(terms.terms)).encode("utf-8"), usedforsecurity=False)
    return "t" + digest.hexdigest()[:12]


class CompileError(ValueError):
    """A condition refers to something that does not exist or does not compile."""


def resolve_terms(
    terms: list[str], lists: Mapping[str, list[str]], _seen: frozenset[str] = frozenset()
) -> list[str]:
    """Expand ``$name`` references (recursively) into the named lists' terms."""
    out: list[str] = []
    for term in terms:
        if term.startswith("$"):
            name = term[1:]
            if name not in lists:
                raise CompileError(f"unknown list ${name}")
            if name in _seen:
                raise CompileError(f"list ${name} refers to itself")
            out.extend(resolve_terms(lists[name], lists, _seen | {name}))
        else:
            out.append(term)
    return out


def _actors(
    hit: Hit,
    role: str,
    exclude: list[str] | None = None,
    types: list[str] | None = None,
    *,
    owners: TermSet,
) -> list[ActorMention]:
    """The actors of ``role`` (see the module docstring); ``owners``: the rule set's claim-owner
    nouns (:attr:`Compiler.claim_owners`), which the ``subject`` role reads."""
    view = hit.view
    acts = [
        a
        for a in view.actors
        if a.type not in (exclude or ())
        and (types is None or a.type in types)
        and not (a.first <= hit.first and a.last >= hit.last)
    ]
    if role == "subject":  # also with no actor here: "The group denied any involvement"
        ws = view.ws
        lo = view.clause(hit.first)[0]
        # the owner of a claim is not who speaks of it: "the envoy said the rebels' claims were lies"
        earlier = [a for a in acts if a.first < hit.first]
        own = [a for a in earlier if not _owns_claim(view, a, owners)]
        inside = [a for a in own if lo <= a.first]
        before = inside or own
        if before:
            return before[:1]
        # the claim word is itself the subject and speaks for its owner: "the army's statement made
        # no reference to the accusations"
        speaking = [a for a in earlier if _speaks_through(view, a, owners, hit)]
        if speaking:
            return speaking[-1:]
        # "The RSF's claim, he said, was false": the speaker's pronoun may sit in an earlier clause
        kind = _anaphoric(ws, lo, hit.first)
        if not kind and len(own) < len(earlier):
            kind = _anaphoric(ws, earlier[-1].last + 1, lo)
        if kind:
            return _antecedent(view, kind, exclude, types)
        # a fronted participle's subject follows its clause: "Calling the army's report untrue,
        # Armenia's Defence Ministry said ..." (the army is the participle's object)
        if not ws[0].norm.endswith("ing"):
            return []
        return [a for a in acts if a.first > hit.last and ws[a.first].clause != ws[hit.first].clause][:1]
    if role == "agent" and not acts:  # "no response from the group": named the sentence before
        return _agent_anaphor(view, hit, exclude, types)
    if role == "any" or not acts:  # every role picks among ``acts``: none there, none at all
        return acts
    if role == "first":
        return acts[:1]
    if role == "speaker":  # the first actor a speech verb follows (the others need not be read)
        return next(([a] for a in acts if _speaks(view, a)), [])
    lo, hi = view.clause(hit.first)
    if role == "nearest":
        inside = [a for a in acts if lo <= a.first < hit.first]
        return inside[-1:]
    if role == "after":
        return [a for a in acts if hit.last < a.first < hi][:1]
    if role == "agent":
        ws = view.ws
        # an active anchor's "by" belongs to a participle between ("has yet to confirm the truce
        # announced by the UN": the UN announced, it is not the one silent)
        passive = any(ws[j].norm in _PASSIVE for j in range(max(0, hit.first - 2), hit.first))
        for i in range(hit.last + 1, min(hi, hit.last + 7)):
            if ws[i].norm in {"by", "from"}:
                named = [a for a in acts if i < a.first <= i + 4][:1]
                return named or _anaphor_after(view, i, hi, exclude, types)
            if not passive and ws[i].norm.endswith("ed"):
                return []
        return []
    return []


_PASSIVE = frozenset(["was", "were", "been", "being", "is", "are", "be"])


def _agent_anaphor(
    view: SentView, hit: Hit, exclude: list[str] | None, types: list[str] | None
) -> list[ActorMention]:
    """The agent named by a noun anaphor just after the anchor ("no immediate response from the
    group"): the armed group or organisation the previous sentence named, if any."""
    ws = view.ws
    hi = view.clause(hit.first)[1]
    for i in range(hit.last + 1, min(hi, hit.last + 7)):
        if ws[i].norm in {"by", "from"}:
            return _anaphor_after(view, i, hi, exclude, types)
    return []


def _anaphor_after(
    view: SentView, i: int, hi: int, exclude: list[str] | None, types: list[str] | None
) -> list[ActorMention]:
    """The group a noun anaphor after the "by"/"from" at word ``i`` points back to ("from the
    group"), within the clause ending at ``hi``; none for any other agent phrase."""
    if _anaphoric(view.ws, i + 1, min(hi, i + 4)) == "noun":
        return _antecedent(view, "noun", exclude, types)
    return []


#: The name of the rule-set list of the claim words whose possessor owns the claim rather than speaks
#: of it ("the rebels' claims", see :func:`_owns_claim`). The words are rule data, in
#: rules/packs/00-lists.yaml (a user directory may redefine the list like any other);
#: :class:`Compiler` reads them into :attr:`Compiler.claim_owners`.
CLAIM_OWNER_NOUNS = "claim_owner_nouns"

# The shipped list's words, used only when a rule set defines no ``claim_owner_nouns`` (a user
# directory loaded without the shipped pack): such a set then reads subjects as the shipped pack does,
# as every set did while these words were hard-coded here. A copy kept equal to the YAML list
# (tests/rules/test_loader.py checks), so a change of the list is made there and mirrored here. The
# owner words are a list of their own rather than the wider ``claim_nouns`` the rules find claims
# with: words of that list such as "involvement", "responsibility" or "estimate" would make more
# possessors owners and so change which actor a rule reads as the subject.
_DEFAULT_CLAIM_OWNER_NOUNS = tuple(
    """claim claims statement statements report reports account accounts announcement assertion assertions
    version allegation allegations accusation accusations figure figures toll tally""".split()  # noqa: SIM905
)


def _owns_claim(view: SentView, a: ActorMention, owners: TermSet) -> bool:
    """Whether ``a`` is the possessor of a claim word ("the rebels' claims", "Kyiv's version"): a
    term of ``owners`` starts at one of the two words after the possessive."""
    return _owned(view, a, owners) is not None


def _owned(view: SentView, a: ActorMention, owners: TermSet) -> TermHit | None:
    """The claim word ``a`` possesses (see :func:`_owns_claim`), if any."""
    ws = view.ws
    k = a.last + 1
    if k < len(ws) and ws[k].norm == "'s":
        k += 1
    elif view.doc.text[ws[a.last].end : ws[a.last].end + 1] not in ("'", "’"):
        return None
    return owners.any_in(ws, k, len(ws), k + 2)


# what a party's own statement does when it speaks for the party: "the army's statement made no
# reference to the accusations", "the ministry's statement did not mention the strike"
_ISSUING_VERBS = frozenset(
    ["made", "makes", "did", "does", "gave", "gives", "contained", "contains", "included", "includes"]
)


def _speaks_through(view: SentView, a: ActorMention, owners: TermSet, hit: Hit) -> bool:
    """Whether ``a`` owns a claim word that is the subject of the anchor's verb: the word is
    followed by one of :data:`_ISSUING_VERBS`, at most three words before the anchor."""
    owned = _owned(view, a, owners)
    if owned is None:
        return False
    k = owned.last + 1
    return k < hit.first <= k + 3 and view.ws[k].norm in _ISSUING_VERBS


# a subject that points back to the previous sentence's party ("He also dismissed ...", "The group
# denied ...", "Its leadership did not respond ...")
_PRONOUNS = frozenset(["he", "she", "it", "they", "its", "their", "his", "her"])
_NOUN_ANAPHORS = frozenset(
    [
        "group",
        "militia",
        "movement",
        "organisation",
        "organization",
        "gang",
        "faction",
        "paramilitary",
        "foundation",
        "charity",
    ]
)


def _anaphoric(ws: list[Any], lo: int, hi: int) -> str:
    """The anaphoric subject among the words ``lo``..``hi`` (the anchor's clause before it):
    ``"pronoun"``, ``"noun"`` ("the group") or ``""`` for none."""
    for i in range(lo, hi):
        w = ws[i].norm
        if w in _PRONOUNS:
            return "pronoun"
        if w in _NOUN_ANAPHORS and i > 0 and "the" in (ws[i - 1].norm, ws[i - 2].norm if i > 1 else ""):
            return "noun"  # "the group", "the paramilitary group"
    return ""


def _antecedent(
    view: SentView, kind: str, exclude: list[str] | None, types: list[str] | None
) -> list[ActorMention]:
    """The previous sentence's party an anaphoric subject refers to: for a pronoun its first actor
    (whom it reported on), for "the group" its last armed group or unknown organisation. Empty when
    that sentence names none of the allowed types."""
    prev = view.doc.previous(view)
    if prev is None:
        return []
    acts = [a for a in prev.actors if a.type not in (exclude or ()) and (types is None or a.type in types)]
    if kind == "noun":
        acts = [a for a in acts if a.type in {"group", "entity"}][-1:]
    return acts[:1]


class Compiler:
    """Compiles conditions against the rule set's lists and macros."""

    def __init__(self, lists: Mapping[str, list[str]], macros: Mapping[str, Condition]) -> None:
        self.lists = lists
        self.macros = macros
        self._terms: dict[tuple[str, ...], TermSet] = {}
        #: the claim words whose possessor is a claim's owner, not the subject of a sentence that
        #: speaks of the claim (:func:`_owns_claim`): the ``claim_owner_nouns`` list when the rule set
        #: defines it, else the words it shipped with. Raises CompileError when the list does not
        #: compile (the loader reports that as a problem of the list).
        self.claim_owners: TermSet = (
            self.terms([f"${CLAIM_OWNER_NOUNS}"])
            if CLAIM_OWNER_NOUNS in lists
            else TermSet(_DEFAULT_CLAIM_OWNER_NOUNS)
        )
        #: the term sets of ``region: story`` conditions, by topic id (see :func:`topic_id`): what
        #: the detector remembers of each item of a story for the story's later items
        self.story_topics: dict[str, TermSet] = {}
        #: every ``regex`` condition's pattern, tested together per sentence
        self.regexes = RegexBank()

    def terms(self, terms: list[str]) -> TermSet:
        resolved = tuple(resolve_terms(terms, self.lists))
        ts = self._terms.get(resolved)
        if ts is None:
            try:
                ts = self._terms[resolved] = TermSet(resolved)
            except ValueError as exc:
                raise CompileError(str(exc)) from exc
        return ts

    def compile(self, cond: Condition, _depth: int = 0) -> Test:
        if _depth > 20:
            raise CompileError("macros nest too deeply (a macro refers to itself?)")
        if cond.macro is not None:
            if cond.macro not in self.macros:
                raise CompileError(f"unknown macro {cond.macro}")
            return self.compile(self.macros[cond.macro], _depth + 1)
        if cond.any is not None:
            return _any_of(tuple(self.compile(c, _depth + 1) for c in cond.any))
        if cond.all is not None:
            return _all_of(tuple(self.compile(c, _depth + 1) for c in cond.all))
        if cond.not_ is not None:
            sub = self.compile(cond.not_, _depth + 1)
            return lambda h: not sub(h)
        if cond.near is not None:
            return self._near(cond)
        if cond.within is not None:
            return self._within(cond)
        if cond.regex is not None:
            bank = self.regexes
            index = bank.add(cond.regex)

            def regex(h: Hit) -> bool:
                # one set pass per sentence answers every regex condition of the rule set (see
                # RegexBank), kept on the view for the other conditions and rules that ask
                view = h.view
                found = view.regex_hits.get(bank)
                if found is None:
                    found = view.regex_hits[bank] = bank.matching(view.text)
                return index in found

            return regex
        if cond.modality is not None:
            flags = tuple(cond.modality)

            def modality(h: Hit) -> bool:
                has = h.modality.has
                for flag in flags:  # noqa: SIM110 - a loop, not any(<generator>): run per anchor
                    if has(h.view, h.first, h.last, flag):
                        return True
                return False

            return modality
        if cond.actor is not None:
            a = cond.actor
            owners = self.claim_owners
            return lambda h: (
                len({m.id for m in _actors(h, a.role, a.exclude_types, a.types, owners=owners)}) >= a.min
            )
        if cond.classifier is not None:
            return self._classifier(cond)
        assert cond.figure is not None
        return self._figure(cond)

    @staticmethod
    def _classifier(cond: Condition) -> Test:
        spec = cond.classifier
        assert spec is not None
        try:
            models = load_models()
        except ModelError as exc:
            raise CompileError(str(exc)) from exc
        if spec.model not in models.names:
            raise CompileError(f"unknown model {spec.model!r} (known: {', '.join(sorted(models.names))})")
        key: tuple[object, ...] = ("classifier", spec.model)
        name, least = spec.model, spec.min

        def classifier(h: Hit) -> bool:
            # memoised on the sentence: the score does not depend on the anchor
            memo = h.view.memo
            found = memo.get(key)
            if found is None:
                found = memo[key] = models.score(name, h.view.text) >= least
            return bool(found)

        return classifier

    def cost(self, cond: Condition, _depth: int = 0) -> int:
        """Relative cost of testing ``cond``: term tests 0, modality 1, actors 2, figures and classifiers 3.
        The matcher tests cheap conditions first (all are pure, so the order changes nothing but time)."""
        if _depth > 20:
            return 3
        if cond.macro is not None:
            return self.cost(self.macros[cond.macro], _depth + 1) if cond.macro in self.macros else 3
        subs = cond.any or cond.all or ([cond.not_] if cond.not_ is not None else None)
        if subs:
            return max(self.cost(c, _depth + 1) for c in subs)
        if cond.modality is not None:
            return 1
        if cond.actor is not None:
            return 2
        if cond.figure is not None or cond.classifier is not None:
            return 3
        return 0

    def gates(
        self, cond: Condition, _depth: int = 0, *, story: bool = False
    ) -> list[tuple[frozenset[str], bool]]:
        """Prefilter keys a condition needs: for the condition to hold, each returned key set must
        have a key in the item - in the anchor's sentence when the flag is true (a conjunction of
        disjunctions; empty when nothing is known). With ``story`` the item is matched with a story
        context, where a ``region: story`` condition may hold on an earlier item: it needs no key;
        without one it needs a key in the item, like ``region: item``."""
        if _depth > 20:
            return []
        if cond.macro is not None:
            if cond.macro not in self.macros:
                return []
            return self.gates(self.macros[cond.macro], _depth + 1, story=story)
        if cond.near is not None:
            return [(frozenset(self.terms(cond.near.terms).prefilter_keys()), True)]
        if cond.within is not None:
            if cond.within.region == "story" and story:  # the terms may be in an earlier item only
                return []
            local = cond.within.region in {"clause", "sentence"}
            return [(frozenset(self.terms(cond.within.terms).prefilter_keys()), local)]
        if cond.all is not None:
            return [g for c in cond.all for g in self.gates(c, _depth + 1, story=story)]
        if cond.any is not None:
            firsts = [self.gates(c, _depth + 1, story=story) for c in cond.any]
            if firsts and all(firsts):
                keys = frozenset().union(*(f[0][0] for f in firsts))
                return [(keys, all(f[0][1] for f in firsts))]
        return []

    def _near(self, cond: Condition) -> Test:
        near = cond.near
        assert near is not None
        ts = self.terms(near.terms)

        def test(h: Hit) -> bool:
            lo, hi = h.view.clause(h.first) if near.same_clause else (0, len(h.view.ws))
            if near.side in {"before", "either"}:
                hit = h.view.any_in(ts, max(lo, h.first - near.within), h.first)
                if hit is not None:
                    return True
            if near.side in {"after", "either"}:
                # a phrase counts when it starts within the window ("took effect" as the 8th and 9th
                # words after a truce whose parties were named in between); it must end in the clause
                end = min(hi, h.last + 1 + near.within)
                return h.view.any_in(ts, h.last + 1, hi, end) is not None
            return False

        return test

    def _within(self, cond: Condition) -> Test:
        spec = cond.within
        assert spec is not None
        ts = self.terms(spec.terms)
        topic = ""
        if spec.region == "story":
            topic = topic_id(ts)
            self.story_topics[topic] = ts

        def test(h: Hit) -> bool:
            view = h.view
            if spec.region == "clause":
                lo, hi = view.clause(h.first)
                return view.any_in(ts, lo, hi) is not None
            # every region but ``before`` (the previous sentence alone) holds the anchor's sentence
            if spec.region != "before" and view.has_terms(ts):
                return True
            doc = view.doc
            if spec.region in ("previous", "before"):
                prev = doc.previous(view)
                return prev is not None and prev.has_terms(ts)
            if spec.region == "item":
                return doc.has_terms_elsewhere(ts, view)
            if spec.region == "story":
                return topic in h.story or doc.has_terms_elsewhere(ts, view)
            return False

        return test

    @staticmethod
    def _figure(cond: Condition) -> Test:
        spec = cond.figure
        assert spec is not None

        def ok(view: SentView, num: Any, in_toll: bool = False) -> bool:
            if in_toll:  # the rule's toll wording already says what a bare count counts
                if victim_class(view, num) in {None, "injured", "missing"}:
                    return False
            elif spec.death and not is_death_figure(view, num):
                return False
            if spec.classes is not None and victim_class(view, num) not in spec.classes:
                return False
            if spec.min is not None and num.value < spec.min:
                return False
            return not (spec.max is not None and num.value > spec.max)

        def test(h: Hit) -> bool:
            if spec.revision:
                rev = h.revision()
                if rev.new is None:
                    return False
                prev = h.view.doc.previous(h.view) if rev.new_in_previous else None
                return ok(prev if prev is not None else h.view, rev.new, True)
            view = h.view
            lo, hi = view.clause(h.first) if spec.region == "clause" else (0, len(view.ws))
            return any(lo <= n.first < hi and ok(view, n) for n in view.numbers)

        return test


# ``any``/``all`` of sub-conditions as plain loops: a generator per test (``any(t(h) for t in subs)``)
# cost about as much as a cheap sub-condition itself, and the macros nest them several deep


def _any_of(subs: tuple[Test, ...]) -> Test:
    def test(h: Hit) -> bool:
        for sub in subs:  # noqa: SIM110 - a loop, not any(<generator>): see above
            if sub(h):
                return True
        return False

    return test


def _all_of(subs: tuple[Test, ...]) -> Test:
    def test(h: Hit) -> bool:
        for sub in subs:  # noqa: SIM110 - a loop, not all(<generator>): see above
            if not sub(h):
                return False
        return True

    return test


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
            acts = _actors(hit, role, spec.exclude_types, owners=spec.owners)
            if acts:
                return _level(acts[0].id, spec.level)
        return spec.default
    rev = hit.revision()
    new, old = rev.new, rev.old
    if spec.figure == "new":
        return new.as_int if new is not None else spec.default
    if spec.figure == "old":
        return old.as_int if old is not None else spec.default
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
        _actors(hit, "speaker", skip, owners=owners)
        or _actors(hit, "subject", skip, owners=owners)
        or _actors(hit, "first", skip, owners=owners)
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


SPEECH = frozenset(
    [
        "said",
        "says",
        "say",
        "told",
        "reported",
        "reports",
        "announced",
        "announces",
        "stated",
        "added",
        "claimed",
        "claims",
        "confirmed",
        "insisted",
        "quoted",
    ]
)


def _speaks(view: SentView, actor: ActorMention) -> bool:
    ws = view.ws
    before = [t.norm for t in ws[max(0, actor.first - 2) : actor.first]]
    if before[-1:] == ["citing"] or before == ["according", "to"]:
        return True
    for i in range(actor.last + 1, min(len(ws), actor.last + 5)):
        if ws[i].norm in SPEECH:
            return True
        if any(a.first == i for a in view.actors):
            return False
    return False


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

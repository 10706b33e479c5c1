"""Rule conditions, compiled from the schema into tests of one anchor hit.

:class:`Compiler` turns each :class:`~rules.schema.Condition` into a :data:`~rules.hit.Test` of a
:class:`~rules.hit.Hit`; the actor roles an ``actors`` condition reads are in :mod:`rules.roles`,
the values a rule extracts in :mod:`rules.extraction`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

from rules.hit import Hit, Test
from rules.patterns import RegexBank
from rules.roles import CLAIM_OWNER_NOUNS, DEFAULT_CLAIM_OWNER_NOUNS, actors_in_role
from rules.schema import Condition
from rules.text.document import SentView
from rules.text.figures import is_death_figure, victim_class
from rules.text.lexicon import TermSet
from rules.text.models import ModelError, load_models


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


class Compiler:
    """Compiles conditions against the rule set's lists and macros."""

    def __init__(self, lists: Mapping[str, list[str]], macros: Mapping[str, Condition]) -> None:
        self.lists = lists
        self.macros = macros
        self._terms: dict[tuple[str, ...], TermSet] = {}
        #: the claim words whose possessor is a claim's owner, not the subject of a sentence that
        #: speaks of the claim (:func:`rules.roles.owns_claim`): the ``claim_owner_nouns`` list when
        #: the rule set defines it, else the words it shipped with. Raises CompileError when the list does not
        #: compile (the loader reports that as a problem of the list).
        self.claim_owners: TermSet = (
            self.terms([f"${CLAIM_OWNER_NOUNS}"])
            if CLAIM_OWNER_NOUNS in lists
            else TermSet(DEFAULT_CLAIM_OWNER_NOUNS)
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
                len({m.id for m in actors_in_role(h, a.role, a.exclude_types, a.types, owners=owners)})
                >= a.min
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

"""The stateless rule matcher: :class:`RuleSet` and its pure ``detect(item)``.

``detect`` runs in three steps, each paid only by the items that get that far:

1. one RE2 set match (:class:`rules.patterns.Prefilter`) tells which prefilter keys occur, and so
   (:class:`rules.candidates.Planner`, memoised) which rules can possibly fire: a rule needs one of
   its anchor keys and a key of each of its gates (most items stop here);
2. the offsets of the candidates' anchor and sentence-local gate keys (a scan for those keys only)
   pick the sentences to read (:mod:`rules.sites`); only those are found and tokenised
   (:class:`rules.text.document.Document`); each candidate rule finds its anchor terms there;
3. for each anchor the rule's ``require`` conditions must hold and no ``exclude`` condition may
   (modality, actors, figures, proximity, RE2 patterns); the first anchor that passes in a
   sentence gives the rule's :class:`~rules.detections.Detection` for that sentence.

A rule set is immutable; reloading builds a new one (the caller keeps the last good set live).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from alerts.models import Evidence, Value
from ingest.models import WireItem
from rules.candidates import Planner
from rules.conditions import Compiler
from rules.detections import Detection, DetectionKind
from rules.extraction import Extraction, extract
from rules.hit import Hit, Test
from rules.patterns import Prefilter, normalise
from rules.schema import Rule
from rules.sites import Sites
from rules.templates import Template
from rules.text.actors import Gazetteer
from rules.text.document import Document, SentView
from rules.text.lexicon import TermHit, TermSet
from rules.text.modality import ModalityModel

#: candidate-set memo entries kept before the memo is cleared (bounds memory on odd streams)
MAX_PLANS = 1024


@dataclass(frozen=True)
class CompiledRule:
    """A rule with its terms, conditions and templates compiled. ``origin`` is (file, line)."""

    rule: Rule
    origin: tuple[str, int]
    anchor: TermSet
    require: tuple[Test, ...]
    exclude: tuple[Test, ...]
    summary: Template
    dedup: Template
    gates: tuple[tuple[frozenset[str], bool], ...] = ()
    #: the gates when the item is matched with a story context (``region: story`` needs no key)
    story_gates: tuple[tuple[frozenset[str], bool], ...] = ()
    #: ``rule.deadline_seconds``, read once (the property parses the rule's deadline on every read)
    deadline_seconds: float | None = None
    #: ``rule.extract`` in order, each with its topics' terms (what :meth:`RuleSet._match` fills)
    extractions: tuple[Extraction, ...] = ()
    #: ``rule.kind is DetectionKind.TOLL_FIGURE`` (a figure condition reads the toll's level)
    level_reading: bool = False


def compile_rule(rule: Rule, origin: tuple[str, int], compiler: Compiler) -> CompiledRule:
    """Compile one rule; raises CompileError/PatternError/TemplateError with a message."""
    return CompiledRule(
        rule=rule,
        origin=origin,
        anchor=compiler.terms(rule.anchor),
        require=tuple(compiler.compile(c) for c in sorted(rule.require, key=compiler.cost)),
        exclude=tuple(compiler.compile(c) for c in sorted(rule.exclude, key=compiler.cost)),
        summary=Template(rule.summary),
        dedup=Template(rule.dedup_key),
        gates=tuple(g for c in rule.require for g in compiler.gates(c)),
        story_gates=tuple(g for c in rule.require for g in compiler.gates(c, story=True)),
        deadline_seconds=rule.deadline_seconds,
        extractions=tuple(
            Extraction(
                name,
                spec,
                [(topic, compiler.terms(terms)) for topic, terms in (spec.topic or {}).items()],
                compiler.claim_owners,
            )
            for name, spec in rule.extract.items()
        ),
        level_reading=rule.kind is DetectionKind.TOLL_FIGURE,
    )


class RuleSet:
    """An immutable, compiled set of enabled rules, with the gazetteer and modality model they use."""

    def __init__(
        self,
        compiled: Sequence[CompiledRule],
        gazetteer: Gazetteer,
        modality: ModalityModel,
        story_topics: Mapping[str, TermSet] | None = None,
    ) -> None:
        self.compiled: tuple[CompiledRule, ...] = tuple(c for c in compiled if c.rule.enabled)
        #: the term sets ``region: story`` conditions look for in a story's earlier items, by id
        self.story_topics: dict[str, TermSet] = dict(story_topics or {})
        # one RE2 set over every topic's prefilter keys: an item none of whose keys occur holds no
        # topic, and is not tokenised for them (a topic's first words alone, such as "end" or
        # "held", occur in nearly every item)
        self._topic_keys = {tid: frozenset(ts.prefilter_keys()) for tid, ts in self.story_topics.items()}
        self._topic_filter = Prefilter({k for keys in self._topic_keys.values() for k in keys})
        self._topics_of_key: list[tuple[str, ...]] = [
            tuple(tid for tid, keys in self._topic_keys.items() if key in keys)
            for key in self._topic_filter.keys
        ]
        self.all_rules: tuple[Rule, ...] = tuple(c.rule for c in compiled)
        self.gazetteer = gazetteer
        self.modality = modality
        self._by_id = {c.rule.id: c.rule for c in compiled}
        self._anchor_keys = [frozenset(c.anchor.prefilter_keys()) for c in self.compiled]
        self._by_key: dict[str, list[int]] = {}
        for i, keys in enumerate(self._anchor_keys):
            for key in keys:
                self._by_key.setdefault(key, []).append(i)
        gate_keys = {k for c in self.compiled for keys, _local in c.gates for k in keys}
        self.prefilter = Prefilter(set(self._by_key) | gate_keys)
        # bit masks over key indices and rule indices: the per-item decision is integer arithmetic
        position = {key: i for i, key in enumerate(self.prefilter.keys)}
        self._rules_of_key = [0] * self.prefilter.size
        for key, rule_indices in self._by_key.items():
            for r in rule_indices:
                self._rules_of_key[position[key]] |= 1 << r

        def planner(gates_of: Callable[[CompiledRule], tuple[tuple[frozenset[str], bool], ...]]) -> Planner:
            masks = [
                tuple(sum(1 << position[k] for k in keys) for keys, _local in gates_of(c))
                for c in self.compiled
            ]
            return Planner(self._rules_of_key, masks)

        self._planner = planner(lambda c: c.gates)
        # with a story context a rule may lose a gate (its story terms may be in an earlier item);
        # a second planner, so items matched without one keep every gate
        self._story_planner = self._planner
        if any(c.story_gates != c.gates for c in self.compiled):
            self._story_planner = planner(lambda c: c.story_gates)
        #: per rule, the key sets of the gates that must hit the anchor's sentence
        self._local_gates = [tuple(keys for keys, local in c.gates if local) for c in self.compiled]
        # per candidate tuple: the keys whose offsets matter (anchors, sentence-local gates)
        self._scan_keys: dict[tuple[int, ...], frozenset[str]] = {}

    @property
    def rules(self) -> tuple[Rule, ...]:
        """The enabled rules, in load order."""
        return tuple(c.rule for c in self.compiled)

    @property
    def ids(self) -> frozenset[str]:
        return frozenset(self._by_id)

    def get(self, rule_id: str) -> Rule:
        """The rule with ``rule_id`` (enabled or not); KeyError if there is none."""
        return self._by_id[rule_id]

    def origin(self, rule_id: str) -> tuple[str, int]:
        for c in self.compiled:
            if c.rule.id == rule_id:
                return c.origin
        raise KeyError(rule_id)

    def detect(self, item: WireItem, story: frozenset[str] = frozenset()) -> list[Detection]:
        """Every detection in ``item`` (pure: the same item and ``story`` always give the same list).

        ``story`` holds the ids of the story topics that earlier items of the item's story held
        (:meth:`topics` of each, remembered by :mod:`rules.stories`); ``region: story`` conditions
        hold on them as on the item's own text."""
        text = item.text
        if not text:
            return []
        return self.detect_text(text, item_id=item.uri, headline=item.headline, year=_year(item), story=story)

    def topics(self, item: WireItem) -> frozenset[str]:
        """The ids of the story topics whose terms occur in ``item`` (what its story remembers)."""
        text = item.text
        maybe = self._maybe_topics(text)
        if not maybe:
            return frozenset()
        doc = Document(text, self.gazetteer, _year(item))
        found = self._topics_in(doc, maybe)
        doc.release()
        return found

    def detect_with_topics(
        self, item: WireItem, story: frozenset[str] = frozenset()
    ) -> tuple[list[Detection], frozenset[str]]:
        """:meth:`detect` and :meth:`topics` of one item, reading its text once: an item of a story
        that may name a story topic would otherwise be analysed twice (the same results as the two
        calls)."""
        text = item.text
        maybe = self._maybe_topics(text)
        if not maybe:
            return self.detect(item, story), frozenset()
        year = _year(item)
        doc = Document(text, self.gazetteer, year)
        lowered = normalise(text)  # both scans read it
        found = self._topics_in(doc, maybe, lowered)
        found_detections = self.detect_text(
            text, item_id=item.uri, headline=item.headline, year=year, story=story, doc=doc, lowered=lowered
        )
        return found_detections, found

    def _topics_in(
        self, doc: Document, maybe: list[tuple[str, TermSet]], lowered: str | None = None
    ) -> frozenset[str]:
        """The ids of the topics of ``maybe`` whose terms ``doc`` holds (:meth:`topics`). Only the
        sentences where a topic's key starts a word are tokenised: a term starts where its key does
        (the prefilter's guarantee, which :meth:`detect_text` relies on for anchors too). ``lowered``
        is ``normalise(doc.text)`` when the caller has it."""
        text = doc.text
        if lowered is None:
            lowered = normalise(text)
        if len(lowered) != len(text) + 1:  # lower-casing moved characters: no offsets to trust
            return frozenset(tid for tid, ts in maybe if doc.has_terms_elsewhere(ts, None))
        wanted = frozenset(k for tid, _ts in maybe for k in self._topic_keys[tid])
        hits = self._topic_filter.scan(lowered, wanted)
        found = set()
        for tid, ts in maybe:
            starts = sorted({at for key in self._topic_keys[tid] for at in hits.get(key, ())})
            if doc.has_terms_at(ts, [(at, at) for at in starts]):
                found.add(tid)
        return frozenset(found)

    def _maybe_topics(self, text: str) -> list[tuple[str, TermSet]]:
        """The story topics whose terms may occur in ``text`` (a cheap test before any analysis):
        those with a prefilter key in the text (a term whose key is absent cannot match)."""
        if not text or not self.story_topics:
            return []
        found = {tid for i in self._topic_filter.present_indices(text) for tid in self._topics_of_key[i]}
        return [(tid, ts) for tid, ts in self.story_topics.items() if tid in found]

    def detect_text(
        self,
        text: str,
        *,
        item_id: str = "-",
        headline: str = "",
        year: int | None = None,
        only: Iterable[str] | None = None,
        story: frozenset[str] = frozenset(),
        doc: Document | None = None,
        lowered: str | None = None,
    ) -> list[Detection]:
        """:meth:`detect` on raw text (rule examples and tests use it). ``only`` limits rule ids;
        ``doc`` is the text's :class:`Document` when the caller has built one (it is released here),
        ``lowered`` its ``normalise(text)``."""
        indices = self.prefilter.present_indices(text)
        if not indices:
            if doc is not None:
                doc.release()
            return []
        planner = self._story_planner if story else self._planner
        if only is None:
            candidates = planner.candidates(indices)
        else:
            wanted = set(only)
            candidates = tuple(
                i
                for i in planner.walk(planner.anchored(indices), planner.present_mask(indices))
                if self.compiled[i].rule.id in wanted
            )
        if not candidates:
            if doc is not None:
                doc.release()
            return []
        if lowered is None:
            lowered = normalise(text)
        found = self.prefilter.scan(lowered, self._scan_keys_of(candidates), indices)
        if doc is None:
            doc = Document(text, self.gazetteer, year)
        aligned = len(lowered) == len(text) + 1
        head_end = len(headline) if headline and text.startswith(headline) else 0
        out: list[Detection] = []
        evidences: dict[int, Evidence] = {}
        sites = Sites(doc, found)
        if aligned:
            sites.plan([(self._anchor_keys[i], self._local_gates[i]) for i in candidates])
        for index in candidates:
            crule = self.compiled[index]
            if aligned:
                anchors = sites.of(self._anchor_keys[index], self._local_gates[index])
            else:
                anchors = {span[0]: (doc.view_of(span), []) for span in doc.spans}
            for start in self._in_scope(crule.rule, doc, sorted(anchors), head_end):
                view, offs = anchors[start]
                det = self._match(crule, view, item_id, headline, offs, evidences, story)
                if det is not None:
                    out.append(det)
        doc.release()  # no detection refers to the document or its views
        return out

    def candidate_rules(self, text: str) -> tuple[str, ...]:
        """The ids of the rules the prefilter leaves for ``text`` (without a story context): the ones
        :meth:`detect_text` goes on to try, before any analysis."""
        found = self._planner.candidates(self.prefilter.present_indices(text))
        return tuple(self.compiled[i].rule.id for i in found)

    def _scan_keys_of(self, candidates: tuple[int, ...]) -> frozenset[str]:
        """The keys whose offsets the candidates need: their anchors and sentence-local gates."""
        keys = self._scan_keys.get(candidates)
        if keys is None:
            if len(self._scan_keys) >= MAX_PLANS:
                self._scan_keys.clear()
            keys = self._scan_keys[candidates] = frozenset(
                k
                for i in candidates
                for k in (self._anchor_keys[i] | {key for keys in self._local_gates[i] for key in keys})
            )
        return keys

    @staticmethod
    def _in_scope(rule: Rule, doc: Document, starts: list[int], head_end: int) -> list[int]:
        """The sentence starts among ``starts`` that the rule's ``scope`` admits."""
        if rule.scope == "sentence":
            return starts
        heads = [s for s in starts if s < head_end]
        if rule.scope == "headline":
            return heads
        lead = next((start for start, _e, _p in doc.spans if start >= head_end), None)
        return [s for s in starts if s in heads or s == lead]

    def _match(
        self,
        crule: CompiledRule,
        view: SentView,
        item_id: str,
        headline: str,
        offsets: list[int],
        evidences: dict[int, Evidence],
        story: frozenset[str] = frozenset(),
    ) -> Detection | None:
        for term_hit in self._anchor_hits(crule.anchor, view, offsets):
            hit = Hit(view, term_hit.first, term_hit.last, self.modality, crule.level_reading, story)
            if not _holds(crule.require, crule.exclude, hit):
                continue
            values: dict[str, Value] = {}
            taken: list[str] = []
            missing = False
            for spec in crule.extractions:
                value = extract(spec, hit, taken)
                if value is None and spec.required:
                    missing = True
                    break
                values[spec.name] = value
                if spec.actor is not None and isinstance(value, str):
                    taken.append(value)
            if missing:
                continue
            return self._detection(crule, hit, values, item_id, headline, evidences)
        return None

    @staticmethod
    def _anchor_hits(anchor: TermSet, view: SentView, offsets: list[int]) -> list[TermHit]:
        """Anchor terms at the prefilter's offsets (or anywhere in the sentence if none are known)."""
        if not offsets:
            return anchor.find(view.ws)
        starts = view.word_starts
        hits: dict[int, TermHit] = {}
        for offset in sorted(offsets):
            i = bisect_right(starts, offset) - 1
            if i >= 0 and i not in hits and view.ws[i].start == offset:
                hit = anchor.at(view.ws, i)
                if hit is not None:
                    hits[i] = hit
        return [hits[i] for i in sorted(hits)]

    @staticmethod
    def _detection(
        crule: CompiledRule,
        hit: Hit,
        values: dict[str, Value],
        item_id: str,
        headline: str,
        evidences: dict[int, Evidence],
    ) -> Detection:
        """The rule's detection at ``hit``; ``evidences`` (sentence start -> Evidence) is shared by
        one item's detections."""
        rule = crule.rule
        view = hit.view
        context = {
            **values,
            "rule": rule.id,
            "category": rule.category,
            "item_id": item_id,
            "headline": headline,
            "sentence": view.text,
            "anchor": hit.view.span_text(hit.first, hit.last),
        }
        # one Evidence per sentence: rules matching the same sentence share it (it is immutable)
        evidence = evidences.get(view.start)
        if evidence is None:
            evidence = evidences[view.start] = Evidence(
                item_id=item_id, text=view.text, start=view.start, end=view.end
            )
        return Detection.build(
            rule=rule.id,
            category=rule.category,
            kind=rule.kind,
            severity=rule.severity,
            summary=crule.summary.render(context),
            evidence=evidence,
            dedup_key=crule.dedup.render(context),
            values=values,
            actors=tuple(dict.fromkeys(a.id for a in hit.view.actors)),
            labels=dict(rule.labels),
            deadline_seconds=crule.deadline_seconds,
        )


def _holds(require: tuple[Test, ...], exclude: tuple[Test, ...], hit: Hit) -> bool:
    """Every ``require`` test holds at ``hit`` and no ``exclude`` test does (in order, stopping at
    the first that decides; plain loops rather than ``all``/``any`` over generators, which cost
    about as much as a cheap test itself)."""
    for test in require:
        if not test(hit):
            return False
    for test in exclude:  # noqa: SIM110 - see the docstring
        if test(hit):
            return False
    return True


def _year(item: WireItem) -> int | None:
    t = item.event_time
    return t.year if t is not None else None

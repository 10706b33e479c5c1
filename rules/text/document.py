"""One item's text, analysed lazily: only the sentences asked for, tokens/numbers/actors only where asked.

The matcher reads the sentences that hold prefilter hits (:meth:`Document.locate`), their
predecessors (:meth:`Document.previous`) and the item's first sentence (:meth:`Document.first`).
Each is found by reading the text around it (:func:`rules.text.sentences.segment_at`), unless the
whole text has been split (:attr:`Document.spans`: asked for by a condition over the whole item or
a headline rule, or by the matcher up front when an item has many hits, see :mod:`rules.sites`);
then a look-up is a bisection. Both ways give the same sentences, and a sentence has one
:class:`SentView` however it is reached (memoised by start). The rest of a 2 KB item is never
tokenised. Every offset is into the analysed text (``WireItem.text``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from typing import TYPE_CHECKING

from rules.text.actors import ActorMention, Gazetteer
from rules.text.lexicon import TermHit, TermSet
from rules.text.numbers import NumberMention, find_numbers
from rules.text.sentences import Sentence, Span, Unsure, first_span, segment_at, split_spans
from rules.text.tokens import Token, tokenize

if TYPE_CHECKING:  # modality reads views; only its type is named here
    from rules.text.modality import CueGroup


class SentView:
    """A sentence with its tokens, word tokens, clause ranges, numbers and actors (all lazy).

    ``text == doc.text[start:end]``; ``paragraph_start`` as in :class:`Sentence`.

    Each lazy analysis is a property over a private field that holds ``None`` until the first
    access computes it (rather than a caching descriptor writing the instance ``__dict__``): the
    class has a fixed set of attributes, so mypyc compiles it to a native class whose fields the
    other compiled modules (modality, conditions, figures) read directly."""

    def __init__(self, doc: Document, start: int, end: int, paragraph_start: bool) -> None:
        self.doc = doc
        self.start = start
        self.end = end
        self.paragraph_start = paragraph_start
        self.text = doc.text[start:end]
        #: answers of pure questions about this sentence, kept for the other rules that ask them
        #: (keys are tuples starting with the asking object, e.g. the modality model)
        self.memo: dict[tuple[object, ...], bool] = {}
        #: victim class per count (first, last word) (see :func:`rules.text.figures.victim_class`)
        self.classes: dict[tuple[int, int], str | None] = {}
        #: per (modality model, flag), the flag's cue groups with a cue word in this sentence
        #: (see :meth:`rules.text.modality.ModalityModel.has`)
        self.cue_groups: dict[tuple[object, str], tuple[CueGroup, ...]] = {}
        #: per regex bank, the indices of its patterns that occur in this sentence (see
        #: :class:`rules.patterns.RegexBank`)
        self.regex_hits: dict[object, frozenset[int]] = {}
        self._sentence: Sentence | None = None
        self._tokens: list[Token] | None = None
        self._ws: list[Token] | None = None
        self._word_starts: list[int] | None = None
        self._clauses: dict[int, tuple[int, int]] | None = None
        self._numbers: list[NumberMention] | None = None
        self._actors: list[ActorMention] | None = None
        self._vocabulary: tuple[frozenset[str], frozenset[str]] | None = None

    @property
    def index(self) -> int:
        """Position among the item's sentences."""
        return self.doc.index_of(self)

    @property
    def sentence(self) -> Sentence:
        found = self._sentence
        if found is None:
            found = self._sentence = Sentence(
                self.index, self.start, self.end, self.text, self.paragraph_start
            )
        return found

    @property
    def tokens(self) -> list[Token]:
        found = self._tokens
        if found is None:
            found = self._tokens = tokenize(self.text, self.start)
        return found

    @property
    def ws(self) -> list[Token]:
        """The word and number tokens (``words(self.tokens)``, made without the punctuation)."""
        found = self._ws
        if found is None:
            tokens = self._tokens
            if tokens is not None:
                found = [t for t in tokens if t.kind != "punct"]
            else:
                found = tokenize(self.text, self.start, words_only=True)
            self._ws = found
        return found

    @property
    def word_starts(self) -> list[int]:
        found = self._word_starts
        if found is None:
            found = self._word_starts = [t.start for t in self.ws]
        return found

    def _clause_ranges(self) -> dict[int, tuple[int, int]]:
        ranges = self._clauses
        if ranges is None:
            ranges = self._clauses = {}
            for i, tok in enumerate(self.ws):
                lo, _hi = ranges.get(tok.clause, (i, i))
                ranges[tok.clause] = (lo, i + 1)
        return ranges

    def clause(self, widx: int) -> tuple[int, int]:
        """Word range ``[lo, hi)`` of the clause holding word ``widx``."""
        return self._clause_ranges()[self.ws[widx].clause]

    @property
    def numbers(self) -> list[NumberMention]:
        found = self._numbers
        if found is None:
            found = self._numbers = find_numbers(self.ws)
        return found

    @property
    def actors(self) -> list[ActorMention]:
        found = self._actors
        if found is None:
            found = self._actors = self.doc.gazetteer.find(self.ws)
        return found

    @property
    def vocabulary(self) -> tuple[frozenset[str], frozenset[str]]:
        """The sentence's word norms, and their first two letters (for :meth:`may_hold`)."""
        found = self._vocabulary
        if found is None:
            norms = frozenset([t.norm for t in self.ws])
            found = self._vocabulary = (norms, frozenset([n[:2] for n in norms]))
        return found

    def may_hold(self, terms: TermSet) -> bool:
        """False only when no term of ``terms`` occurs in the sentence (two set tests: most cue and
        context lists have no word in a given sentence, and then no window of it need be read)."""
        norms, prefixes = self.vocabulary
        return terms.may_start(norms, prefixes)

    def any_in(self, terms: TermSet, lo: int, hi: int, start_before: int | None = None) -> TermHit | None:
        """:meth:`TermSet.any_in` on this sentence's words (the same answer, skipped when
        :meth:`may_hold` rules every term out)."""
        if not self.may_hold(terms):
            return None
        return terms.any_in(self.ws, lo, hi, start_before)

    def has_terms(self, terms: TermSet) -> bool:
        """Whether a term of ``terms`` occurs anywhere in the sentence (memoised: rules and
        modality cues that share a sentence ask the same; no term here means none in any part)."""
        key = (terms, "sentence")
        found = self.memo.get(key)
        if found is None:
            found = self.memo[key] = self.any_in(terms, 0, len(self.ws)) is not None
        return found

    def span_text(self, first: int, last: int) -> str:
        return self.doc.text[self.ws[first].start : self.ws[last].end]


class Document:
    """The analysis of one text. ``year`` is the item's event year (for "the 1994 truce")."""

    def __init__(self, text: str, gazetteer: Gazetteer, year: int | None = None) -> None:
        self.text = text
        self.gazetteer = gazetteer
        self.year = year
        self._views: dict[int, SentView] = {}  # by start offset
        self._spans: list[Span] | None = None  # the whole-text split, once made
        self._span_starts: list[int] | None = None
        #: per term set, where its first words occur in the text (see ``TermSet.occurrences``)
        self.places: dict[TermSet, list[tuple[int, int]] | None] = {}
        #: segments read locally: (segment start, segment end, its sentence's view or None)
        self._segments: list[tuple[int, int, SentView | None]] = []
        self._first: SentView | bool | None = False  # False: not looked up yet
        self._sentences: list[Sentence] | None = None

    # --- the whole-text split -----------------------------------------------------------------
    @property
    def spans(self) -> list[Span]:
        """``(start, end, paragraph_start)`` of every sentence (see :func:`split_spans`)."""
        if self._spans is None:
            self._spans = split_spans(self.text)
        return self._spans

    @property
    def sentences(self) -> list[Sentence]:
        found = self._sentences
        if found is None:
            text = self.text
            found = self._sentences = [
                Sentence(i, s, e, text[s:e], p) for i, (s, e, p) in enumerate(self.spans)
            ]
        return found

    @property
    def _starts(self) -> list[int]:
        if self._span_starts is None:
            self._span_starts = [s for s, _e, _p in self.spans]
        return self._span_starts

    def view(self, index: int) -> SentView:
        """Sentence ``index`` of the whole-text split."""
        return self.view_of(self.spans[index])

    def sentence_at(self, offset: int) -> int | None:
        """Index of the sentence containing character ``offset`` (None in a dateline or gap)."""
        i = bisect_right(self._starts, offset) - 1
        if i < 0:
            return None
        return i if offset < self.spans[i][1] else None

    def index_of(self, view: SentView) -> int:
        return bisect_right(self._starts, view.start) - 1

    def split(self) -> None:
        """Split the whole text now: later look-ups bisect the split instead of reading locally
        (cheaper once an item has more than a few hits)."""
        _ = self.spans

    # --- the sentences the matcher reads ------------------------------------------------------
    def view_of(self, span: Span) -> SentView:
        """The (memoised) view of the sentence ``span``."""
        v = self._views.get(span[0])
        if v is None:
            v = self._views[span[0]] = SentView(self, *span)
        return v

    def locate(self, offset: int) -> SentView | None:
        """The sentence holding character ``offset`` (a word start), None in a dateline or gap."""
        for seg_start, seg_end, v in self._segments:
            if seg_start <= offset < seg_end:
                return v if v is not None and v.start <= offset < v.end else None
        if self._spans is None:
            try:
                seg_start, seg_end, span = segment_at(self.text, offset)
            except Unsure:
                pass
            else:
                v = self.view_of(span) if span is not None else None
                self._segments.append((seg_start, seg_end, v))
                return v if v is not None and v.start <= offset < v.end else None
        i = self.sentence_at(offset)
        return None if i is None else self.view(i)

    def previous(self, view: SentView) -> SentView | None:
        """The sentence before ``view`` (None for the first)."""
        if self._spans is None:
            try:
                return self._previous_local(view)
            except Unsure:
                pass
        i = self.index_of(view)
        return self.view(i - 1) if i > 0 else None

    def first(self) -> SentView | None:
        """The item's first sentence (None for a text without one)."""
        if self._first is False:
            if self._spans is not None:
                span = self.spans[0] if self.spans else None
            else:
                span = first_span(self.text)
            self._first = self.view_of(span) if span is not None else None
        return self._first if isinstance(self._first, SentView) else None

    def has_terms_elsewhere(self, terms: TermSet, view: SentView | None) -> bool:
        """Whether a term of ``terms`` occurs in a sentence other than ``view`` (in any sentence when
        ``view`` is None). Only sentences where :meth:`TermSet.may_occur` holds are tokenised; they
        are found from one pass over the text (:meth:`TermSet.occurrences`), so the text need not be
        split."""
        if terms not in self.places:
            self.places[terms] = terms.occurrences(self.text)
        places = self.places[terms]
        if places is None:  # lower-casing moves characters: test sentence by sentence
            return any(
                self.view_of(span).has_terms(terms)
                for span in self.spans
                if (view is None or span[0] != view.start) and terms.may_occur(self.text[span[0] : span[1]])
            )
        return self.has_terms_at(terms, places, view)

    def has_terms_at(
        self, terms: TermSet, places: Iterable[tuple[int, int]], view: SentView | None = None
    ) -> bool:
        """Whether a term of ``terms`` occurs in a sentence, other than ``view``, that holds one of
        ``places`` (``(start, end)`` character offsets, in order, where a term may begin): each such
        sentence is tokenised once."""
        tested: set[int] = set()
        for start, end in places:
            other = self.locate(start)
            if other is None or other is view or other.start in tested or end > other.end:
                continue
            tested.add(other.start)
            if other.has_terms(terms):
                return True
        return False

    def release(self) -> None:
        """Forget the views made so far (each refers back to this document): the matcher calls it
        when it is done with an item, so that the document and its views are freed by reference
        counting at once rather than left to the cyclic garbage collector. Later look-ups make new
        views."""
        self._views.clear()
        self._segments.clear()
        self._first = False

    def _previous_local(self, view: SentView) -> SentView | None:
        text = self.text
        pos = self._segment_start(view)
        while True:
            j = pos - 1
            while j >= 0 and text[j].isspace():
                j -= 1
            if j < 0:
                return None
            seg_start, seg_end, span = segment_at(text, j)
            v = self.view_of(span) if span is not None else None
            self._segments.append((seg_start, seg_end, v))
            if v is not None:
                return v
            pos = seg_start  # an empty segment (a lone dateline): keep going back

    def _segment_start(self, view: SentView) -> int:
        for seg_start, seg_end, _v in self._segments:
            if seg_start <= view.start < seg_end:
                return seg_start
        seg_start, seg_end, span = segment_at(self.text, view.start)
        self._segments.append((seg_start, seg_end, self.view_of(span) if span is not None else None))
        return seg_start

"""One item's text, analysed lazily: sentences first, tokens/numbers/actors only where asked.

The matcher asks for the sentences that hold prefilter hits; everything else in a 2 KB item is
never tokenised. Every offset is into the analysed text (``WireItem.text``).
"""

from __future__ import annotations

from bisect import bisect_right
from functools import cached_property

from rules.text.actors import ActorMention, Gazetteer
from rules.text.numbers import NumberMention, find_numbers
from rules.text.sentences import Sentence, split_sentences
from rules.text.tokens import Token, tokenize


class SentView:
    """A sentence with its tokens, word tokens, clause ranges, numbers and actors (all lazy)."""

    def __init__(self, doc: Document, sentence: Sentence) -> None:
        self.doc = doc
        self.sentence = sentence

    @property
    def index(self) -> int:
        return self.sentence.index

    @cached_property
    def tokens(self) -> list[Token]:
        return tokenize(self.sentence.text, self.sentence.start)

    @cached_property
    def ws(self) -> list[Token]:
        return [t for t in self.tokens if t.kind != "punct"]

    @cached_property
    def word_starts(self) -> list[int]:
        return [t.start for t in self.ws]

    @cached_property
    def _clause_ranges(self) -> dict[int, tuple[int, int]]:
        ranges: dict[int, tuple[int, int]] = {}
        for i, tok in enumerate(self.ws):
            lo, _hi = ranges.get(tok.clause, (i, i))
            ranges[tok.clause] = (lo, i + 1)
        return ranges

    def clause(self, widx: int) -> tuple[int, int]:
        """Word range ``[lo, hi)`` of the clause holding word ``widx``."""
        return self._clause_ranges[self.ws[widx].clause]

    @cached_property
    def numbers(self) -> list[NumberMention]:
        return find_numbers(self.ws)

    @cached_property
    def actors(self) -> list[ActorMention]:
        return self.doc.gazetteer.find(self.ws)

    def span_text(self, first: int, last: int) -> str:
        return self.doc.text[self.ws[first].start : self.ws[last].end]


class Document:
    """The analysis of one text. ``year`` is the item's event year (for "the 1994 truce")."""

    def __init__(self, text: str, gazetteer: Gazetteer, year: int | None = None) -> None:
        self.text = text
        self.gazetteer = gazetteer
        self.year = year
        self._views: dict[int, SentView] = {}

    @cached_property
    def sentences(self) -> list[Sentence]:
        return split_sentences(self.text)

    @cached_property
    def _starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def view(self, index: int) -> SentView:
        v = self._views.get(index)
        if v is None:
            v = self._views[index] = SentView(self, self.sentences[index])
        return v

    def sentence_at(self, offset: int) -> int | None:
        """Index of the sentence containing character ``offset`` (None in a dateline or gap)."""
        i = bisect_right(self._starts, offset) - 1
        if i < 0:
            return None
        s = self.sentences[i]
        return i if s.start <= offset < s.end else None

"""Term lists compiled for matching on tokens, and the keys they give the prefilter.

A term is a phrase of words; a word ending in ``*`` matches any word it starts ("negotiat*" matches
"negotiations"). Terms are tokenised exactly like text (:mod:`rules.text.tokens`), so
"cease-fire", "cease fire" and "Cease-Fire" are one term, and matching is case-insensitive.

:meth:`TermSet.prefilter_keys` gives the literal strings a multi-pattern prefilter must find in the
lower-cased item text (hyphens read as spaces) for a term to possibly match; a term whose key is
absent cannot match, which is what lets the matcher skip most items after one pass.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Set
from typing import NamedTuple

from rules.text.tokens import Token, tokenize, words

Piece = tuple[str, bool]  # (text, is_prefix)
_PLAIN = re.compile(r"^[a-z0-9]+$")


class TermHit(NamedTuple):
    """A term found at word indices ``first``..``last``.

    A named tuple rather than a frozen dataclass (as :class:`~rules.text.tokens.Token`): as
    immutable and several times cheaper to build, which counts per sentence the matcher reads."""

    first: int
    last: int
    term: str


def compile_term(term: str) -> tuple[Piece, ...]:
    """Tokenise a term into pieces; raises ValueError for an empty term."""
    pieces: list[Piece] = []
    for part in term.split():
        prefix = part.endswith("*") and len(part) > 1
        body = part[:-1] if prefix else part
        if prefix and len(body) < 2:
            raise ValueError(f"term {term!r}: a wildcard word needs at least two letters before *")
        toks = words(tokenize(body))
        if not toks:
            if body in {"%"}:
                pieces.append((body, False))
                continue
            raise ValueError(f"term {term!r} has no words")
        for n, tok in enumerate(toks):
            pieces.append((tok.norm, prefix and n == len(toks) - 1))
    if not pieces:
        raise ValueError("empty term")
    return tuple(pieces)


def _key(pieces: tuple[Piece, ...]) -> str:
    """The literal a term must start with. A key ending in ``*`` only fixes how a word begins
    ("negotiat*", or a term cut short at a piece the prefilter cannot spell); any other key must
    end at a word end too, which keeps "no" from firing on "north"."""
    out: list[str] = []
    for n, (text, prefix) in enumerate(pieces):
        if not _PLAIN.match(text):
            return " ".join(out) + "*" if out else pieces[0][0] + "*"
        out.append(text)
        if prefix:
            return " ".join(out) + "*"
        if n == len(pieces) - 1:
            return " ".join(out)
    return " ".join(out) + "*"


class TermSet:
    """An immutable set of terms with token matching."""

    def __init__(self, terms: Iterable[str]) -> None:
        self.terms: tuple[str, ...] = tuple(dict.fromkeys(terms))
        self._exact: dict[str, list[tuple[tuple[Piece, ...], str]]] = {}
        self._prefixed: dict[str, list[tuple[tuple[Piece, ...], str]]] = {}
        self._keys: set[str] = set()
        for term in self.terms:
            pieces = compile_term(term)
            self._keys.add(_key(pieces))
            if pieces[0][1]:
                self._prefixed.setdefault(pieces[0][0][:2], []).append((pieces, term))
            else:
                self._exact.setdefault(pieces[0][0], []).append((pieces, term))
        for bucket in self._exact.values():
            bucket.sort(key=lambda p: -len(p[0]))
        # words that can start a term, and two-letter beginnings of wildcard first words: a scan
        # skips every other word with one set lookup instead of a call to :meth:`at`
        self._starts: frozenset[str] = frozenset(self._exact)
        self._starts2: frozenset[str] = frozenset(self._prefixed)
        # what a term's first word leaves in the lower-cased text ("n't" gives the token "not")
        firsts = {pieces[0][0] for bucket in self._exact.values() for pieces, _t in bucket}
        firsts |= {pieces[0][0] for bucket in self._prefixed.values() for pieces, _t in bucket}
        if "not" in firsts:
            firsts.add("n't")
        self._firsts: tuple[str, ...] = tuple(sorted(firsts))

    def may_occur(self, text: str) -> bool:
        """False only when no term can match in ``text`` (then its tokens need not be made): every
        token's ``norm`` is a piece of the text lower-cased with apostrophes folded, bar "n't"."""
        if "Σ" in text or "\u0130" in text:  # lower() of these depends on context: no shortcut
            return True
        low = text.lower()
        if "’" in low or "‘" in low:
            low = low.replace("’", "'").replace("‘", "'")
        return any(first in low for first in self._firsts)

    def occurrences(self, text: str) -> list[tuple[int, int]] | None:
        """``(start, end)`` of every place in ``text`` where :meth:`may_occur` finds a term's first
        word, in order; ``None`` when lower-casing moves characters (Σ, İ). Otherwise
        ``may_occur(text[a:b])`` holds exactly when one of them lies within ``[a, b)``: one pass
        answers for every sentence of an item."""
        if "Σ" in text or "\u0130" in text:
            return None
        low = text.lower()  # maps each character to one (İ aside), whatever its neighbours (Σ aside)
        if "’" in low or "‘" in low:
            low = low.replace("’", "'").replace("‘", "'")
        out: list[tuple[int, int]] = []
        for first in self._firsts:
            at = low.find(first)
            while at >= 0:
                out.append((at, at + len(first)))
                at = low.find(first, at + 1)
        out.sort()
        return out

    def may_start(self, norms: Set[str], prefixes: Set[str]) -> bool:
        """False only when no term can start at a word whose ``norm`` is among ``norms`` (and whose
        first two letters are among ``prefixes``): one set test tells that a sentence holds none
        of the terms (see :meth:`rules.text.document.SentView.may_hold`)."""
        return not (self._starts.isdisjoint(norms) and self._starts2.isdisjoint(prefixes))

    def prefilter_keys(self) -> set[str]:
        """Keys for :class:`rules.patterns.Prefilter` (a trailing ``*``: no word end required)."""
        return set(self._keys)

    @staticmethod
    def _match_at(ws: list[Token], i: int, pieces: tuple[Piece, ...], hi: int) -> int:
        if i + len(pieces) > hi:
            return -1
        for k, (text, prefix) in enumerate(pieces):
            norm = ws[i + k].norm
            if prefix:
                if not norm.startswith(text):
                    return -1
            elif norm != text:
                return -1
        return i + len(pieces) - 1

    def at(self, ws: list[Token], i: int, hi: int | None = None) -> TermHit | None:
        """The longest term starting at word ``i`` (ending before ``hi``), if any."""
        end = len(ws) if hi is None else min(hi, len(ws))  # callers may pass a large bound
        best: TermHit | None = None
        norm = ws[i].norm
        for pieces, term in self._exact.get(norm, ()):
            # a one-word term is the bucket's word itself (most terms; no comparison needed)
            last = (i if i < end else -1) if len(pieces) == 1 else self._match_at(ws, i, pieces, end)
            if last >= 0:
                best = TermHit(i, last, term)
                break
        if self._prefixed:  # most term sets have no wildcard term
            for pieces, term in self._prefixed.get(norm[:2], ()):
                last = self._match_at(ws, i, pieces, end)
                if last >= 0 and (best is None or last > best.last):
                    best = TermHit(i, last, term)
        return best

    def find(self, ws: list[Token], lo: int = 0, hi: int | None = None) -> list[TermHit]:
        """Non-overlapping hits in words ``lo``..``hi`` (exclusive), left to right, longest first."""
        end = len(ws) if hi is None else min(hi, len(ws))
        out: list[TermHit] = []
        starts, starts2 = self._starts, self._starts2
        i = max(lo, 0)
        while i < end:
            norm = ws[i].norm
            if norm in starts or norm[:2] in starts2:
                hit = self.at(ws, i, end)
                if hit is not None:
                    out.append(hit)
                    i = hit.last + 1
                    continue
            i += 1
        return out

    def any_in(self, ws: list[Token], lo: int, hi: int, start_before: int | None = None) -> TermHit | None:
        """The first hit wholly inside words ``lo``..``hi`` (exclusive); with ``start_before``, the
        first one that also starts before that word (a phrase starting in a window may run past it)."""
        starts, starts2 = self._starts, self._starts2
        end = min(hi, len(ws))  # ``hi`` may run past the sentence ("any_in(ws, 0, 10_000)")
        stop = end if start_before is None else min(start_before, end)
        for i in range(max(lo, 0), stop):
            norm = ws[i].norm
            if norm in starts or norm[:2] in starts2:
                hit = self.at(ws, i, end)
                if hit is not None:
                    return hit
        return None

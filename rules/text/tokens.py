"""Tokens with character offsets, clause boundaries and a normalised form for matching.

Normalisation (``Token.norm``) lower-cases, folds typographic apostrophes and splits what a term
author should not have to spell out:

- hyphenated compounds are split into their parts (``cease-fire`` -> ``cease`` ``fire``;
  ``24-hour`` -> ``24`` ``hour``), so ``cease fire`` and ``cease-fire`` are the same phrase;
- the possessive ``'s`` is its own token (``Hamas's`` -> ``hamas`` ``'s``);
- ``n't`` becomes ``not`` (``didn't`` -> ``did`` ``not``);
- dotted abbreviations stay whole (``U.N.`` -> ``u.n.``, ``a.m.``).

``Token.widx`` counts word and number tokens only, so proximity ("within 8 tokens") ignores
punctuation. ``Token.clause`` numbers the clause a token sits in: clauses break at , ; : dashes
and at the conjunctions in :data:`CLAUSE_WORDS` (not the "but" of "all but"), but not at a comma before
"to" (an infinitive of a list: "urged both sides to avoid any escalation, to keep to the ceasefire").
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

#: one token, after the characters no token holds (whitespace and "_", the only ones no alternative
#: matches): ``findall`` hands back every token as a tuple of groups in one C call, and the skipped
#: run's length gives the offsets, which is about a third cheaper than a ``finditer`` match object per
#: token (three method calls each; measured over the sentences of the bench items and corpora).
#: Each repeated group (``(?:x)*``, ``{2,}``) is entered only past a lookahead for its first
#: characters, with an empty alternative for ``*``: the matches are those of the plain pattern
#: (``num``: ``\d+(?:[.,:]\d+)*``, ``abbr``: ``(?:[^\W\d_]\.){2,}``, ``word``:
#: ``[^\W\d_]+(?:['’][^\W\d_]+)*``), but sre sets up a repeat (an allocation) at every token for those,
#: and most tokens are words with none of them (about a tenth off ``findall``)
_TOKEN_RE: Final = re.compile(
    r"([\s_]*)"
    r"(?:(\d+(?:(?=[.,:]\d)(?:[.,:]\d+)+|)(?:st|nd|rd|th)?)"  # num
    r"|((?=[^\W\d_]\.[^\W\d_]\.)(?:[^\W\d_]\.){2,})"  # abbr
    r"|([^\W\d_]+(?:(?=['’])(?:['’][^\W\d_]+)+|))"  # word
    r"|([^\s\w]))"  # punct
)
#: :data:`_TOKEN_RE` for ASCII-only text, where it matches exactly the same (letters are
#: ``[A-Za-z]``, digits ``[0-9]``) and runs about a fifth faster than the Unicode classes
_ASCII_TOKEN_RE: Final = re.compile(
    r"([\s_]*)"
    r"(?:([0-9]+(?:(?=[.,:][0-9])(?:[.,:][0-9]+)+|)(?:st|nd|rd|th)?)"
    r"|((?=[A-Za-z]\.[A-Za-z]\.)(?:[A-Za-z]\.){2,})"
    r"|([A-Za-z]+(?:(?=')(?:'[A-Za-z]+)+|))"
    r"|([^\sA-Za-z0-9_]))"
)
_APOS: Final = str.maketrans({"’": "'", "‘": "'"})

#: Punctuation that ends a clause.
CLAUSE_PUNCT: Final = frozenset(",;:—–")
#: Words that start a new clause (the word itself belongs to the new clause).
CLAUSE_WORDS: Final = frozenset({"but", "while", "whereas", "although", "though", "however"})


class Token(NamedTuple):
    """One token: ``text`` as written, ``norm`` for matching, offsets into the analysed text.

    A named tuple rather than a frozen dataclass: as immutable, and about four times cheaper to
    build, which counts because every word of every sentence the matcher reads becomes one."""

    text: str
    norm: str
    start: int
    end: int
    kind: str  # "word" | "num" | "punct"
    widx: int  # index among word/number tokens (punctuation repeats the previous index)
    clause: int

    @property
    def is_word(self) -> bool:
        return self.kind != "punct"

    @property
    def capitalised(self) -> bool:
        return self.kind == "word" and self.text[:1].isupper()


def adjacent(a: Token, b: Token) -> bool:
    """Whether ``b`` follows ``a`` with at most a space between: no comma, dash or bracket, which
    :func:`words` drops ("doubles to 34, hours after" has a comma between "34" and "hours")."""
    return b.start - a.end <= 1


def tokenize(text: str, offset: int = 0, words_only: bool = False) -> list[Token]:
    """Tokens of ``text``; offsets are shifted by ``offset`` (the sentence start in the item).
    With ``words_only``, the word and number tokens only (``words(tokenize(text, offset))``, the
    punctuation still breaking clauses but never built).

    One pass over the regex matches: every word of every sentence the matcher reads comes through
    here, so tokens are built directly (``tuple.__new__``, no per-token Python ``__new__``)."""
    tokens: list[Token] = []
    new = tuple.__new__
    cls = Token  # read per token: a local, not a module global
    widx = -1
    clause = 0
    pending_break = False
    comma_break = False  # whether the pending break is a comma's
    prev_end = -1  # end of the last token kept (-1: none yet)
    plain = text.isascii()  # no typographic apostrophe to fold
    pos = offset  # end of the previous match, in item offsets
    # typed (findall gives a tuple of the five groups per token): mypyc then unpacks each by index
    # instead of through the iterator protocol
    matches: list[tuple[str, str, str, str, str]] = (_ASCII_TOKEN_RE if plain else _TOKEN_RE).findall(text)
    for gap, num, abbr, word, punct in matches:
        s = pos + len(gap) if gap else pos
        if punct:
            e = pos = s + 1
            norm = punct if plain else punct.translate(_APOS)
            if norm == "-" and prev_end == s and text[e - offset : e - offset + 1].isalnum():
                continue  # an in-word hyphen: dropped, the compound's parts become neighbouring tokens
            if norm in CLAUSE_PUNCT or (norm == "-" and prev_end >= 0 and prev_end != s):
                pending_break = True
                comma_break = norm == ","
            if not words_only:
                tokens.append(new(cls, (punct, norm, s, e, "punct", widx if widx > 0 else 0, clause)))
            prev_end = e
            continue
        if word:
            raw = word
            kind = "word"
            e = pos = s + len(raw)
            norm = raw.translate(_APOS).lower() if not plain and ("’" in raw or "‘" in raw) else raw.lower()
            if "'" in norm:  # n't, 's or a trailing apostrophe to split off
                for praw, pnorm, ps, pe in _split_apostrophe(raw, norm, s, e):
                    if pending_break or (pnorm in CLAUSE_WORDS and prev_end >= 0):
                        clause += 1
                        pending_break = False
                    widx += 1
                    tokens.append(new(cls, (praw, pnorm, ps, pe, "word", widx, clause)))
                    prev_end = pe
                continue
        else:  # a number, or a dotted abbreviation (a word)
            raw = num or abbr
            kind = "num" if num else "word"
            e = pos = s + len(raw)
            norm = raw.lower()
        if pending_break and norm == "to" and comma_break:
            # an infinitive after a comma continues its clause: "urged both sides to avoid any escalation,
            # to keep to the ceasefire and to allow traffic through" (one request, three verbs)
            pending_break = False
        if pending_break or (norm in CLAUSE_WORDS and prev_end >= 0 and not _all_but(norm, tokens)):
            clause += 1
            pending_break = False
        widx += 1
        tokens.append(new(cls, (raw, norm, s, e, kind, widx, clause)))
        prev_end = e
    return tokens


def _all_but(norm: str, tokens: list[Token]) -> bool:
    """Whether ``norm`` is the "but" of "all but" ("almost": "hostilities have all but come to an end"),
    which opens no clause of its own."""
    return norm == "but" and bool(tokens) and tokens[-1].norm == "all"


def _split_apostrophe(raw: str, low: str, s: int, e: int) -> list[tuple[str, str, int, int]]:
    """A word with an apostrophe as its pieces: ``n't`` -> ``not``, ``'s`` on its own, a trailing
    apostrophe dropped (``raw``/``low``: the word as written and normalised)."""
    if low.endswith("n't") and len(low) > 3:
        return [(raw[:-3], low[:-3], s, e - 3), (raw[-3:], "not", e - 3, e)]
    if low.endswith("'s") and len(low) > 2:
        return [(raw[:-2], low[:-2], s, e - 2), (raw[-2:], "'s", e - 2, e)]
    if low.endswith("'") and len(low) > 1:
        return [(raw[:-1], low[:-1], s, e - 1)]
    return [(raw, low, s, e)]


def words(tokens: list[Token]) -> list[Token]:
    """The word and number tokens, in order (``result[t.widx] is t``)."""
    return [t for t in tokens if t.kind != "punct"]


def title_case(ws: list[Token], min_words: int = 0) -> bool:
    """Whether at least seven in ten of the words of ``ws`` (and at least ``min_words`` of them) are
    capitalised: a title-case headline ("Israel Dismisses Hamas Claim of Captured Soldiers"), where
    capitals mark every word rather than names."""
    words_n = capitals = 0
    for t in ws:
        if t.kind == "word":
            words_n += 1
            capitals += t.text[:1].isupper()
    return words_n >= min_words and capitals * 10 >= words_n * 7

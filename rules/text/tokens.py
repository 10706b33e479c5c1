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
and at the conjunctions in :data:`CLAUSE_WORDS`.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_TOKEN_RE = re.compile(
    r"(?P<num>\d+(?:[.,:]\d+)*(?:st|nd|rd|th)?)"
    r"|(?P<abbr>(?:[^\W\d_]\.){2,})"
    r"|(?P<word>[^\W\d_]+(?:['’][^\W\d_]+)*)"
    r"|(?P<punct>[^\s\w])"
)
#: :data:`_TOKEN_RE` for ASCII-only text, where it matches exactly the same (letters are
#: ``[A-Za-z]``, digits ``[0-9]``) and runs about a fifth faster than the Unicode classes
_ASCII_TOKEN_RE = re.compile(
    r"(?P<num>[0-9]+(?:[.,:][0-9]+)*(?:st|nd|rd|th)?)"
    r"|(?P<abbr>(?:[A-Za-z]\.){2,})"
    r"|(?P<word>[A-Za-z]+(?:'[A-Za-z]+)*)"
    r"|(?P<punct>[^\sA-Za-z0-9_])"
)
_APOS = str.maketrans({"’": "'", "‘": "'"})

#: Punctuation that ends a clause.
CLAUSE_PUNCT = frozenset(",;:—–")
#: Words that start a new clause (the word itself belongs to the new clause).
CLAUSE_WORDS = frozenset({"but", "while", "whereas", "although", "though", "however"})


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


def _pieces(text: str, offset: int) -> list[tuple[str, str, int, int, str]]:
    out: list[tuple[str, str, int, int, str]] = []
    append = out.append
    for m in (_ASCII_TOKEN_RE if text.isascii() else _TOKEN_RE).finditer(text):
        kind = m.lastgroup or "punct"
        s, e = m.span()
        s += offset
        e += offset
        raw = m.group()
        if kind == "word":
            low = raw.translate(_APOS).lower() if "’" in raw or "‘" in raw else raw.lower()
            if "'" not in low:  # no n't, 's or trailing apostrophe to split off
                append((raw, low, s, e, "word"))
                continue
            if low.endswith("n't") and len(low) > 3:
                out.append((raw[:-3], low[:-3], s, e - 3, "word"))
                out.append((raw[-3:], "not", e - 3, e, "word"))
                continue
            if low.endswith("'s") and len(low) > 2:
                out.append((raw[:-2], low[:-2], s, e - 2, "word"))
                out.append((raw[-2:], "'s", e - 2, e, "word"))
                continue
            if low.endswith("'") and len(low) > 1:
                out.append((raw[:-1], low[:-1], s, e - 1, "word"))
                continue
            out.append((raw, low, s, e, "word"))
        elif kind == "abbr":
            out.append((raw, raw.lower(), s, e, "word"))
        elif kind == "num":
            out.append((raw, raw.lower(), s, e, "num"))
        else:
            out.append((raw, raw.translate(_APOS), s, e, "punct"))
    return out


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokens of ``text``; offsets are shifted by ``offset`` (the sentence start in the item)."""
    tokens: list[Token] = []
    widx = -1
    clause = 0
    pending_break = False
    for raw, norm, s, e, kind in _pieces(text, offset):
        if kind == "punct":
            if norm == "-" and tokens and tokens[-1].end == s and s + 1 < offset + len(text):
                # an in-word hyphen: drop it, the compound's parts become neighbouring tokens
                nxt = text[s - offset + 1 : s - offset + 2]
                if nxt.isalnum():
                    continue
            if norm in CLAUSE_PUNCT or (norm == "-" and tokens and tokens[-1].end != s):
                tokens.append(Token(raw, norm, s, e, kind, max(widx, 0), clause))
                pending_break = True
                continue
            tokens.append(Token(raw, norm, s, e, kind, max(widx, 0), clause))
            continue
        if pending_break or (norm in CLAUSE_WORDS and tokens):
            clause += 1
            pending_break = False
        widx += 1
        tokens.append(Token(raw, norm, s, e, kind, widx, clause))
    return tokens


def words(tokens: list[Token]) -> list[Token]:
    """The word and number tokens, in order (``result[t.widx] is t``)."""
    return [t for t in tokens if t.kind != "punct"]

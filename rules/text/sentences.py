"""Sentence segmentation for wire copy, with character offsets.

Survives what trips naive splitters in agency copy:

- datelines and agency tags at the start of a paragraph ("BAKU, Sept 15 (Reuters) -",
  "GAZA –", "KHARTOUM | Xinhua |", "Riyadh:") are cut off the first sentence and reported as
  :attr:`Sentence.dateline` spans, so a place in a dateline is never read as an actor;
- abbreviations ("Gen.", "Oct.", "U.N.", "a.m.", "No."), initials ("J. Smith") and decimals do not
  end a sentence; "a.m."/"p.m."/"U.S." end one only when a typical sentence opener follows;
- closing quotes and brackets after the full stop stay with their sentence;
- a line break always ends a sentence (headlines carry no full stop).

Offsets are into the text given, which for a wire item is ``WireItem.text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen brig col lt sgt maj capt cpl adm gov sen rep rev st mt ft jan feb mar apr
    jun jul aug sep sept oct nov dec no nos vs etc inc ltd co corp dept est approx fig al op""".split()  # noqa: SIM905
)
#: dotted abbreviations that may end a sentence if a sentence opener follows
_AMBIGUOUS = frozenset({"a.m", "p.m", "u.s", "u.n", "u.k", "e.u"})
_OPENERS = frozenset(
    """the a an he she it they we i but and in on at this that there his her its their these those
    however meanwhile earlier later separately also after before according""".split()  # noqa: SIM905
)
_WORD_RE = re.compile(r"[A-Za-z']+")
_END_RE = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s)|\n+")
_DATELINE_RE = re.compile(
    r"(?:[A-Z][A-Za-z'.-]+(?:[ -][A-Z][A-Za-z'.-]+){0,3}"  # place (BAKU, Gaza City)
    r"(?:,\s*[A-Z][a-z]{2,4}\.?\s+\d{1,2})?"  # , Sept 15
    r"(?:,?\s*\([^)\n]{1,40}\))?"  # (Reuters)
    r"\s*(?:[-–—:]|\|\s*[A-Za-z/ ]{2,20}\s*\|)\s+"  # - or | Xinhua |
    r"|\([^)\n]{1,40}\)\s*[-–—]\s+"  # (VOVworld) –
    r"|[A-Z][a-z]+,\s*[A-Z][a-z]{2,4}\.?\s+\d{1,2}(?:,\s*\([^)\n]{1,40}\)\s*[-–—]\s*|\s+(?=[A-Z])))"
)


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: ``text == source[start:end]``; ``index`` counts sentences in the item."""

    index: int
    start: int
    end: int
    text: str
    paragraph_start: bool


def _dateline_end(text: str, start: int) -> int:
    m = _DATELINE_RE.match(text, start)
    if m is None:
        return start
    head = m.group().strip()
    # A dateline is short and does not read like a clause ("Israel said:" is not one)
    words = head.split()
    if len(words) > 8 or any(w.islower() and w not in {"|"} for w in words if w.isalpha()):
        return start
    return m.end()


def _is_boundary(text: str, dot: int, nxt: int) -> bool:
    """Whether the terminator at ``dot`` (a '.') ends a sentence; ``nxt`` is the next non-space index."""
    # fast path: a plain word after a space (no inner stop, quote or bracket to scan back over)
    j = text.rfind(" ", 0, dot) + 1
    if not text[j:dot].isalnum():
        j = dot
        while j > 0 and not text[j - 1].isspace() and text[j - 1] not in '("“':
            j -= 1
    word = text[j:dot].lower().rstrip(".")
    if nxt >= len(text):
        return True
    following = text[nxt]
    if following.islower() or following.isdigit() or following in ",;:":
        return False
    if word in ABBREVIATIONS:
        return False
    if len(word) == 1 and word.isalpha():  # an initial
        return False
    if word in _AMBIGUOUS or (word.count(".") >= 1 and all(len(p) == 1 for p in word.split("."))):
        m = _WORD_RE.match(text, nxt)
        return bool(m and m.group().lower() in _OPENERS)
    return True


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences with offsets; datelines are excluded from the first sentence."""
    out: list[Sentence] = []
    start = 0
    para = True
    n = len(text)
    # every search resumed at the previous terminator's end, so one finditer pass does the same
    for m in _END_RE.finditer(text):
        first = text[m.start()]
        newline = first == "\n"
        if first == ".":
            k = m.end()
            while k < n and text[k].isspace() and text[k] != "\n":
                k += 1
            if not _is_boundary(text, m.start(), k):
                continue
        _emit(out, text, start, m.start() if newline else m.end(), para)
        para = newline
        start = m.end()
    _emit(out, text, start, n, para)
    return out


def _emit(out: list[Sentence], text: str, start: int, end: int, para: bool) -> None:
    while start < end and text[start].isspace():
        start += 1
    if para or not out:
        start = _dateline_end(text, start)
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(len(out), start, end, text[start:end], para or not out))

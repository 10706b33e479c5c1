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
from collections.abc import Iterator
from dataclasses import dataclass

ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen brig col lt sgt maj capt cpl adm gov sen rep rev st mt ft jan feb mar apr
    jun jul aug sep sept oct nov dec no nos vs etc inc ltd co corp dept est approx fig al op
    messrs hon""".split()  # noqa: SIM905
)
#: dotted abbreviations that may end a sentence if a sentence opener follows
_AMBIGUOUS = frozenset({"a.m", "p.m", "u.s", "u.n", "u.k", "e.u"})
_OPENERS = frozenset(
    """the a an he she it they we i but and in on at this that there his her its their these those
    however meanwhile earlier later separately also after before according""".split()  # noqa: SIM905
)
_WORD_RE = re.compile(r"[A-Za-z']+")
#: a terminator: what :func:`_boundaries` reads (by hand: see there) and the tests check it against
_END_RE = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s)|\n+")
#: what may follow a terminator's stops before the whitespace (:data:`_END_RE`'s second class)
_CLOSERS = frozenset("\"'”’)]")
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


#: what a dateline holds before its first separator (``-``, ``:``, ``|``, a dash), comma or bracket,
#: in each :data:`_DATELINE_RE` alternative: ASCII letters, apostrophes, full stops and blanks. When
#: the run of these from a sentence start ends anywhere else (a digit, another mark, the end of the
#: text) no dateline starts there, which this scan tells without the dateline pattern: that one
#: backtracks through a capitalised first word ("Officials in ...") at several times the cost
_DATELINE_LEAD_RE = re.compile(r"[A-Za-z'.\s]*")
_DATELINE_STOPS = frozenset("-–—:|,(")


def _dateline_end(text: str, start: int) -> int:
    lead = _DATELINE_LEAD_RE.match(text, start)
    if lead is None or lead.end() == len(text) or text[lead.end()] not in _DATELINE_STOPS:
        return start
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
    if nxt >= len(text):
        return True
    following = text[nxt]
    if following.islower() or following.isdigit() or following in ",;:":
        return False
    # a plain word after a space needs no scan back over inner stops, quotes or brackets
    j = text.rfind(" ", 0, dot) + 1
    plain = text[j:dot].isalnum()
    if not plain:
        j = dot
        while j > 0 and not text[j - 1].isspace() and text[j - 1] not in '("“':
            j -= 1
    word = text[j:dot].lower().rstrip(".")
    if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):  # an abbreviation or an initial
        return False
    if plain:  # no dotted form (below) can be a plain word
        return True
    if word in _AMBIGUOUS or (word.count(".") >= 1 and all(len(p) == 1 for p in word.split("."))):
        m = _WORD_RE.match(text, nxt)
        return bool(m and m.group().lower() in _OPENERS)
    return True


def split_spans(text: str) -> list[tuple[int, int, bool]]:
    """``(start, end, paragraph_start)`` of each sentence of ``text``, as :func:`split_sentences`
    gives them (sentence ``i`` is ``text[start:end]``), without building :class:`Sentence` s: the
    matcher maps hit offsets to sentences and builds only the few it analyses."""
    out: list[tuple[int, int, bool]] = []
    start = 0
    para = True
    for end, following, newline in _boundaries(text, 0):
        _emit(out, text, start, end, para)
        para = newline
        start = following
    _emit(out, text, start, len(text), para)
    return out


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences with offsets; datelines are excluded from the first sentence."""
    return [Sentence(i, s, e, text[s:e], p) for i, (s, e, p) in enumerate(split_spans(text))]


def _emit(out: list[tuple[int, int, bool]], text: str, start: int, end: int, para: bool) -> None:
    if text[start : start + 1].isspace():
        while start < end and text[start].isspace():
            start += 1
    if para or not out:
        start = _dateline_end(text, start)
    if end > start and text[end - 1].isspace():
        while end > start and text[end - 1].isspace():
            end -= 1
    if end > start:
        out.append((start, end, para or not out))


# --- finding one sentence without splitting the whole text -------------------------------------
#
# When an item has only a few hits (one watch word in a 2 KB item), the matcher needs the sentence
# around each, not all twenty. The splitter's decisions are local, so that sentence can be found by
# reading a window of text around the hit:
#
# - terminator matches: ``_END_RE`` never matches across a plain space, so a scan started just
#   after a space finds exactly the matches a whole-text scan finds from there on;
# - a terminator's verdict (:func:`_is_boundary`) reads only the text around it;
# - a sentence's start depends on the boundary before it (a line break makes it a paragraph start,
#   whose dateline is cut) and on whether any sentence came before it (the first sentence's
#   dateline is cut too). After a full stop, some sentence came before when the segment that the
#   stop ends is non-empty even with a dateline cut; when that cannot be shown (a dateline running
#   through a full stop), :class:`Unsure` is raised and the caller splits the whole text.

#: how far back the first window reaches; it grows fourfold until it holds two boundaries
_WINDOW = 400

Span = tuple[int, int, bool]


class Unsure(Exception):
    """The local reading cannot be shown to equal the whole-text split (rare: split it all)."""


def _boundaries(text: str, pos: int) -> Iterator[tuple[int, int, bool]]:
    """``(segment end, next segment start, is a line break)`` of each boundary from ``pos`` on,
    where ``pos`` is 0 or just after a plain space (see above).

    The terminators are ``_END_RE.finditer(text, pos)``'s matches, found faster: a match can only
    start at one of ``.!?`` or a line break, whose next places ``str.find`` gives (a scan of the
    text in C, several times cheaper than a regex search for the four characters), and
    :func:`_terminator_end` reads the match there by hand; going on after each match as
    ``finditer`` does. Inline rather than in a second generator (this runs for every sentence
    look-up)."""
    n = len(text)
    stop_at = _next(text, ".", pos, n)
    bang_at = _next(text, "!", pos, n)
    ask_at = _next(text, "?", pos, n)
    line_at = _next(text, "\n", pos, n)
    while True:
        dot = min(min(stop_at, bang_at), min(ask_at, line_at))
        if dot >= n:
            return
        end = _terminator_end(text, dot, n)
        pos = dot + 1 if end < 0 else end
        # the next of each character at or after ``pos`` (those before it were read or skipped)
        if stop_at < pos:
            stop_at = _next(text, ".", pos, n)
        if bang_at < pos:
            bang_at = _next(text, "!", pos, n)
        if ask_at < pos:
            ask_at = _next(text, "?", pos, n)
        if line_at < pos:
            line_at = _next(text, "\n", pos, n)
        if end < 0:
            continue
        first = text[dot]
        if first == "\n":
            yield dot, end, True
            continue
        if first == ".":
            k = end
            while k < n and text[k].isspace() and text[k] != "\n":
                k += 1
            if not _is_boundary(text, dot, k):
                continue
        yield end, end, False


def _next(text: str, char: str, pos: int, n: int) -> int:
    """Index of the first ``char`` at or after ``pos``; ``n`` (the text's length) if none."""
    at = text.find(char, pos)
    return at if at >= 0 else n


def _terminator_end(text: str, at: int, n: int) -> int:
    """End of the :data:`_END_RE` match at ``at`` (a terminator character), -1 if none: a run of
    line breaks, or a run of ``.!?`` then of closing quotes/brackets that whitespace follows (both
    runs taken whole: giving back a character leaves a stop or closer, not whitespace, next)."""
    j = at
    if text[at] == "\n":
        while j < n and text[j] == "\n":
            j += 1
        return j
    while j < n and text[j] in ".!?":
        j += 1
    while j < n and text[j] in _CLOSERS:
        j += 1
    return j if j < n and text[j].isspace() else -1


def _trimmed(text: str, start: int, end: int, cut_dateline: bool) -> tuple[int, int]:
    """The sentence of segment ``[start, end)`` as ``_emit`` trims it (empty when end <= start)."""
    while start < end and text[start].isspace():
        start += 1
    if cut_dateline:
        start = _dateline_end(text, start)
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def segment_at(text: str, offset: int) -> tuple[int, int, Span | None]:
    """``(segment start, segment end, sentence)`` of the segment holding ``offset``: the stretch
    between two boundaries, and the sentence :func:`split_spans` makes of it (``None`` when the
    segment is empty, e.g. only a dateline). An offset inside a run of line breaks belongs to no
    segment: the one before is returned. Raises :class:`Unsure` in the rare case described above."""
    back = _WINDOW
    while True:
        pos = max(0, offset - back)
        pos = text.rfind(" ", 0, pos) + 1 if pos > 0 else 0  # just after a space, or 0
        before: list[tuple[int, int, bool]] = []
        seg_end = len(text)
        for end, nxt, newline in _boundaries(text, pos):
            if nxt <= offset:
                before.append((end, nxt, newline))
            else:
                seg_end = end
                break
        if pos == 0 or len(before) >= 2:
            break
        back *= 4
    if not before:  # the first segment (pos is 0 here)
        start, end = _trimmed(text, 0, seg_end, True)
        return 0, seg_end, ((start, end, True) if end > start else None)
    seg_start, newline = before[-1][1], before[-1][2]
    if newline:  # a paragraph start: its dateline is cut whatever came before
        start, end = _trimmed(text, seg_start, seg_end, True)
        return seg_start, seg_end, ((start, end, True) if end > start else None)
    # after a full stop: the dateline is cut only if no sentence came before; the segment that the
    # stop ends holds the stop, so it is a sentence unless a dateline cut could empty it
    prev_start = before[-2][1] if len(before) >= 2 else 0
    s, e = _trimmed(text, prev_start, before[-1][0], True)
    if e <= s:
        raise Unsure(offset)
    start, end = _trimmed(text, seg_start, seg_end, False)
    return seg_start, seg_end, ((start, end, False) if end > start else None)


def first_span(text: str) -> Span | None:
    """The first sentence of ``text`` (:func:`split_spans` ``[0]``), splitting no further."""
    start = 0
    for end, nxt, _newline in _boundaries(text, 0):
        s, e = _trimmed(text, start, end, True)
        if e > s:
            return s, e, True
        start = nxt
    s, e = _trimmed(text, start, len(text), True)
    return (s, e, True) if e > s else None

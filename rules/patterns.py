"""Linear-time patterns: RE2 regular expressions and the Aho-Corasick prefilter.

User regexes are compiled with google-re2, which has no backtracking: a pattern that needs it
(backreferences, look-around) does not compile and is refused at load. Matching is
case-insensitive.

The :class:`Prefilter` holds every anchor and gate term's literal key (see
:meth:`rules.text.lexicon.TermSet.prefilter_keys`): an RE2 set says which keys occur in an item,
and a scan of the lower-cased text says where (see :class:`Prefilter`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import ahocorasick
import re2

_OPTIONS = re2.Options()
_OPTIONS.log_errors = False
#: the prefilter reads hyphens, line breaks and opening quotes/brackets as spaces (length-preserving), so
#: that every key can start with a space and match at word starts only ("end" never in "weekend")
NORMALISE = str.maketrans({c: " " for c in '-\n\t"“”‘([/‑–—'} | {"’": "'"})
#: what :data:`NORMALISE` does to ASCII characters, (character, replacement) each: in an ASCII text,
#: which most wire copy is, a ``str.replace`` per pair does what ``translate`` does at a fraction of
#: its cost (translate looks every character of the text up in the table)
_ASCII_PAIRS: tuple[tuple[str, str], ...] = tuple(
    (chr(code), str(to)) for code, to in sorted(NORMALISE.items()) if code < 128
)


def spell_out(text: str) -> str:
    """``text`` with each contracted "not" spelled out, as the tokeniser reads it ("hadn't" -> "had
    not", "won't" -> "will not", "can't" -> "can not"): a pattern written for "had not" matches a
    quote's "hadn't" too. Text without an apostrophe is returned as is."""
    if "'t" not in text and "’t" not in text and "'T" not in text and "’T" not in text:
        return text
    return _CONTRACTED.sub(_spelled, text)


#: a word ending in a contracted "not" (its stem non-greedy: "didn't" is "did" + "n't")
_CONTRACTED = re.compile(r"\b(\w+?)n['’]t\b", re.IGNORECASE)
#: stems that are not the verb they contract ("won't" is "will not")
_IRREGULAR = {"wo": "will", "ca": "can", "sha": "shall", "ai": "is"}


def _spelled(match: re.Match[str]) -> str:
    stem = match.group(1)
    return _IRREGULAR.get(stem.lower(), stem) + " not"


class PatternError(ValueError):
    """A pattern RE2 cannot compile (or that would need backtracking)."""


#: a span kept within its sentence ("[^.;]") need not stop at an abbreviation's period: patterns are
#: matched a sentence at a time, where a period is "U.S.", "Gen." or "Sept." ("accused U.S. forces of
#: breaking the truce ..., while American commanders insisted")
_WITHIN_SENTENCE = (("[^.;]", "[^;]"), ("[^.;,]", "[^;,]"), ("[^,;.]", "[^,;]"), ("[^.;:]", "[^;:]"))


def with_letters(pattern: str) -> str:
    """``pattern`` as a rule means it for one sentence of wire copy: every ``\\w`` also matches any
    Unicode letter, and a span kept within the sentence steps over an abbreviation's period.

    RE2's ``\\w`` is ASCII only, so a name such as "Caamaño's" or "José" broke the runs of words
    (``([\\w'-]+\\s+){1,6}``) rule patterns step over; ``\\pL`` adds the letters, inside a class or as
    one. An escaped backslash is kept as it is. ``[^.;]`` and its variants (:data:`_WITHIN_SENTENCE`)
    lose the period, except in a pattern anchored at the end, where the final period is what it reads."""
    if "$" not in pattern:  # (an anchored end reads the final period: "[^.;]*$" is a headline)
        for within, across in _WITHIN_SENTENCE:
            pattern = pattern.replace(within, across)
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" and i + 1 < len(pattern):
            pair = pattern[i : i + 2]
            if pair == "\\w":
                out.append("\\w\\pL" if in_class else "[\\w\\pL]")
            else:
                out.append(pair)
            i += 2
            continue
        if c == "[" and not in_class:
            in_class = True
            out.append(c)
            # a "]" right after "[" or "[^" is a literal member, not the class's end
            if pattern[i + 1 : i + 2] == "^":
                out.append("^")
                i += 1
            if pattern[i + 1 : i + 2] == "]":
                out.append("]")
                i += 1
        elif c == "]" and in_class:
            in_class = False
            out.append(c)
        else:
            out.append(c)
        i += 1
    return "".join(out)


def compile_regex(pattern: str) -> Any:
    """Compile ``pattern`` with RE2, case-insensitively; raise :class:`PatternError` if it cannot."""
    try:
        return re2.compile(f"(?i){with_letters(pattern)}", _OPTIONS)
    except Exception as exc:  # re2.error carries the RE2 parser message as bytes
        reason = exc.args[0] if exc.args else exc
        if isinstance(reason, bytes):
            reason = reason.decode("utf-8", "replace")
        raise PatternError(f"pattern {pattern!r} is not linear-time RE2: {reason}") from exc


class RegexBank:
    """Every ``regex`` condition of a rule set, tested together: one RE2 set pass over a sentence
    says which of the patterns occur in it.

    Only whether a pattern occurs matters to a condition, and a search per pattern through the
    ``re2`` wrapper (a Python generator that encodes the text and decodes submatch offsets each
    call) costs more than one set pass for all of them (measured on the ``wirewatch bench engine``
    items: 5,713 searches, 1.9 us each, against 443 set passes of the 176 shipped patterns, 1.4 us
    each; README "Benchmarks").
    RE2 exempts a set's DFA from the bail-out of slow searches (a set has no NFA to fall back on:
    it flushes its state cache and goes on), and a budget too small for the set fails its
    compilation rather than a match, so a pass's answer is the searches' answer. :meth:`add`
    compiles each pattern alone first, so a bad one is refused with its own message; :meth:`build`
    compiles the set (the loader calls it once every rule is compiled, so that a failure is a load
    error), and :meth:`matching` rebuilds it after a later :meth:`add`."""

    def __init__(self, max_mem: int = 256 << 20) -> None:
        """``max_mem``: RE2's memory budget for the set (its program and DFA state cache)."""
        self._index: dict[str, int] = {}
        self._set: Any = None
        self._max_mem = max_mem

    def __len__(self) -> int:
        return len(self._index)

    def add(self, pattern: str) -> int:
        """The index :meth:`matching` reports ``pattern`` under; raises :class:`PatternError`."""
        index = self._index.get(pattern)
        if index is None:
            compile_regex(pattern)
            index = self._index[pattern] = len(self._index)
            self._set = None
        return index

    def matching(self, text: str) -> frozenset[int]:
        """Indices of the patterns with a match in ``text`` (case-insensitive, anywhere), with its
        contractions spelled out (:func:`spell_out`)."""
        found_set = self._set
        if found_set is None:
            found_set = self.build()
        found: list[int] | None = found_set.Match(spell_out(text))
        return frozenset(found) if found else _NO_INDICES

    def build(self) -> Any:
        """Compile the set of the patterns added so far; raise :class:`PatternError` if RE2 cannot."""
        options = re2.Options()
        options.log_errors = False
        options.max_mem = self._max_mem
        built = re2.Set.SearchSet(options)
        try:
            for pattern in self._index:  # insertion order: the set numbers them as add did
                built.Add(f"(?i){with_letters(pattern)}")
            built.Compile()
        except re2.error as exc:
            raise PatternError(
                f"the {len(self._index)} regex patterns do not compile as one RE2 set: {exc}"
            ) from exc
        self._set = built
        return built


_NO_INDICES: frozenset[int] = frozenset()


def normalise(text: str) -> str:
    """The text the prefilter scans: a leading space, then the text lower-cased with hyphens, line
    breaks and opening quotes as spaces. Offsets shift by one (index ``i`` is ``text[i - 1]``).

    An ASCII ``'`` after a blank opens a quote ("called the claim 'baseless'") and becomes a space
    too; elsewhere it is an apostrophe ("rebels'", "Kyiv's") and stays."""
    low = text.lower()
    if low.isascii():
        for char, to in _ASCII_PAIRS:  # the replacements are spaces, never themselves replaced
            low = low.replace(char, to)
    else:
        low = low.translate(NORMALISE)
    return " " + low.replace(" '", "  ")


def key_literals(key: str) -> tuple[tuple[str, bool], ...]:
    """How ``key`` may be spelled in :func:`normalise` d text, each literal with whether it starts a
    word: the key itself, and each "not" in it contracted, which the tokeniser reads as "not" too
    ("had not" is also "hadn't"; a key that opens with "not" is also the "n't" that ends the word
    before it, "didn't"). A last word that is a prefix (``not*``) is left alone."""
    prefix = key.endswith("*")
    words = (key[:-1] if prefix else key).split(" ")
    out = [(" ".join(words), True)]
    for i, word in enumerate(words):
        if word != "not" or (prefix and i == len(words) - 1):
            continue
        if i == 0:
            out.append((" ".join(["n't", *words[1:]]), False))
        else:
            out.append((" ".join([*words[: i - 1], words[i - 1] + "n't", *words[i + 1 :]]), True))
    return tuple(out)


def key_pattern(key: str) -> str:
    """The RE2 pattern of a prefilter key: at a word start, spaces matching any run of blanks or
    hyphens/dashes (so "cease fire" finds "cease-fire"), ending at a word end unless the key ends
    in ``*``; case-insensitive through the set options. A contracted "not" (:func:`key_literals`)
    is an alternative, with either apostrophe."""
    end = "" if key.endswith("*") else r"\b"
    spelled = []
    for text, word_start in key_literals(key):
        body = r"[\s\-‐‑–—]+".join(
            "['’]".join(re2.escape(piece) for piece in w.split("'")) for w in text.split(" ")
        )
        spelled.append((r"\b" if word_start else "") + body + end)
    return spelled[0] if len(spelled) == 1 else "|".join(f"(?:{p})" for p in spelled)


def _needles(key: str) -> tuple[tuple[str, int], ...]:
    """What a scan of normalised text looks for per literal of ``key`` (:func:`key_literals`), with
    the shift from a hit to the key's offset in the original text: a word start is looked for after
    a space (whose index is the word's offset, see :func:`normalise`); a contracted "not" inside a
    word has no space before it, and its index is one past its offset."""
    return tuple((" " + text, 0) if word_start else (text, -1) for text, word_start in key_literals(key))


class Prefilter:
    """Which keys occur in an item, in two steps so that most items pay for the first only.

    1. :meth:`present`: one RE2 set match over the raw text tells which keys occur (no offsets);
       the matcher decides from that alone whether any rule can fire.
    2. :meth:`scan`: for the few items where one can, the :func:`normalise` d text is scanned for
       the offsets of the keys those rules need (``str.find`` per key for a few keys, else an
       Aho-Corasick automaton of those keys, memoised), which pick the sentences to analyse.

    Measured with ``wirewatch bench engine`` (it prints the prefilter rates): the RE2 set is the
    faster first pass (Hyperscan, called from Python with a callback per key found, was about
    three times slower on the bench items), and scanning only the needed keys skips the ~75
    everyday-word hits per item that a scan for every key reports.
    """

    def __init__(self, keys: Iterable[str]) -> None:
        self.keys: tuple[str, ...] = tuple(sorted(set(keys)))
        self._automaton: Any = ahocorasick.Automaton()
        options = re2.Options()
        options.log_errors = False
        options.case_sensitive = False
        options.max_mem = 256 << 20
        self._set: Any = re2.Set.SearchSet(options)
        for key in self.keys:
            self._set.Add(key_pattern(key))
        #: what :func:`_find_all` looks for per key (:func:`_needles`)
        self._needles: dict[str, tuple[tuple[str, int], ...]] = {key: _needles(key) for key in self.keys}
        _add_needles(self._automaton, self._needles)
        if self.keys:
            self._automaton.make_automaton()
            self._set.Compile()
        self._subsets: dict[frozenset[str], _SubScan] = {}

    @property
    def size(self) -> int:
        return len(self.keys)

    def present(self, text: str) -> frozenset[str]:
        """The keys that occur in ``text`` (a superset of what :meth:`locate` finds)."""
        keys = self.keys
        return frozenset(keys[i] for i in self.present_indices(text))

    def present_indices(self, text: str) -> list[int]:
        """Indices into :attr:`keys` of the keys that occur in ``text``."""
        if not self.keys:
            return []
        found: list[int] | None = self._set.Match(text)
        return found if found is not None else []  # the RE2 set gives None when no key occurs

    def locate(self, text: str) -> dict[str, list[int]]:
        """Key -> start offsets in ``text`` (word starts only, see :func:`normalise`)."""
        return self.scan(normalise(text))

    def scan(
        self, lowered: str, keys: frozenset[str] | None = None, present: Sequence[int] | None = None
    ) -> dict[str, list[int]]:
        """Key -> start offsets (into the original text) of its hits in ``lowered``; with ``keys``,
        of those keys only (the same offsets, found by a smaller automaton or ``str.find``).

        With ``present`` (the :meth:`present_indices` of the text), keys the RE2 set did not find
        are left out: a hit of theirs is no term occurrence (the literal inside a longer word,
        "end" in "endorse"), where no term can match. When few keys remain, each is looked for
        with ``str.find`` (an item's present keys change from item to item, so no scanner is
        memoised for them)."""
        if keys is not None and present is not None:
            names = self.keys
            wanted = keys.intersection([names[i] for i in present])
            if len(wanted) <= _FIND_LIMIT:
                return _find_all(lowered, wanted, self._needles)
        if keys is not None:
            sub = self._subsets.get(keys)
            if sub is None:
                if len(self._subsets) >= _MAX_SUBSETS:
                    self._subsets.clear()
                sub = self._subsets[keys] = _SubScan(keys)
            return sub.scan(lowered)
        return _scan(self._automaton if self.keys else None, lowered)


#: up to this many literals, ``str.find`` per literal beats an automaton pass (measured on the
#: ``wirewatch bench engine`` items: a find over 2 KB is well under a microsecond)
_FIND_LIMIT = 32
#: key-subset scanners kept before the memo is cleared (each may hold an automaton)
_MAX_SUBSETS = 128


class _SubScan:
    """:meth:`Prefilter.scan` for a subset of the keys (the candidate rules' anchor/gate keys)."""

    def __init__(self, keys: frozenset[str]) -> None:
        self._keys = tuple(sorted(keys))
        self._needles = {key: _needles(key) for key in self._keys}
        self._automaton: Any = None
        if sum(len(n) for n in self._needles.values()) > _FIND_LIMIT:
            self._automaton = ahocorasick.Automaton()
            _add_needles(self._automaton, self._needles)
            self._automaton.make_automaton()

    def scan(self, lowered: str) -> dict[str, list[int]]:
        if self._automaton is not None or not self._keys:
            return _scan(self._automaton, lowered)
        return _find_all(lowered, self._keys, self._needles)


def _add_needles(automaton: Any, needles: Mapping[str, tuple[tuple[str, int], ...]]) -> None:
    """Add every key's needles (``needles[key]``, see :func:`_needles`) to ``automaton``, one word per
    distinct needle with the keys it stands for and the length that takes a hit's end back to the
    key's offset."""
    owners: dict[str, list[str]] = {}
    for key, spelled in needles.items():
        for needle, _shift in spelled:
            owners.setdefault(needle, []).append(key)
    for needle, of in owners.items():
        # the automaton reports a hit by its last index: less the length of what the needle spells
        # (without its space), that is the space before a word start, or the index before a
        # contraction's "n", either way the key's offset in the original text
        automaton.add_word(needle, (tuple(of), len(needle.lstrip(" "))))


def _find_all(
    lowered: str, keys: Iterable[str], needles: Mapping[str, tuple[tuple[str, int], ...]]
) -> dict[str, list[int]]:
    """Every (overlapping) occurrence of each key's literals, by ``str.find`` (``needles[key]``, see
    :func:`_needles`), as offsets into the original text in order."""
    hits: dict[str, list[int]] = {}
    for key in keys:
        offsets: list[int] = []
        spelled = needles[key]
        for needle, shift in spelled:
            at = lowered.find(needle)
            while at >= 0:  # every occurrence, overlapping ones too (as the automaton reports)
                offsets.append(at + shift)
                at = lowered.find(needle, at + 1)
        if offsets:
            if len(spelled) > 1:
                offsets.sort()
            hits[key] = offsets
    return hits


def _scan(automaton: Any, lowered: str) -> dict[str, list[int]]:
    hits: dict[str, list[int]] = {}
    if automaton is None:
        return hits
    for end, (owners, length) in automaton.iter(lowered):
        start = end - length  # the key's first letter is at start+1 in lowered, start in text
        for key in owners:
            found = hits.get(key)
            if found is None:
                hits[key] = [start]
            else:
                found.append(start)
    return hits

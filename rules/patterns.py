"""Linear-time patterns: RE2 regular expressions and the Aho-Corasick prefilter.

User regexes are compiled with google-re2, which has no backtracking: a pattern that needs it
(backreferences, look-around) does not compile and is refused at load. Matching is
case-insensitive.

The :class:`Prefilter` holds every anchor and gate term's literal key (see
:meth:`rules.text.lexicon.TermSet.prefilter_keys`): an RE2 set says which keys occur in an item,
and a scan of the lower-cased text says where (see :class:`Prefilter`).
"""

from __future__ import annotations

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


class PatternError(ValueError):
    """A pattern RE2 cannot compile (or that would need backtracking)."""


def compile_regex(pattern: str) -> Any:
    """Compile ``pattern`` with RE2, case-insensitively; raise :class:`PatternError` if it cannot."""
    try:
        return re2.compile(f"(?i){pattern}", _OPTIONS)
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
        """Indices of the patterns with a match in ``text`` (case-insensitive, anywhere)."""
        found_set = self._set
        if found_set is None:
            found_set = self.build()
        found: list[int] | None = found_set.Match(text)
        return frozenset(found) if found else _NO_INDICES

    def build(self) -> Any:
        """Compile the set of the patterns added so far; raise :class:`PatternError` if RE2 cannot."""
        options = re2.Options()
        options.log_errors = False
        options.max_mem = self._max_mem
        built = re2.Set.SearchSet(options)
        try:
            for pattern in self._index:  # insertion order: the set numbers them as add did
                built.Add(f"(?i){pattern}")
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


def key_pattern(key: str) -> str:
    """The RE2 pattern of a prefilter key: at a word start, spaces matching any run of blanks or
    hyphens/dashes (so "cease fire" finds "cease-fire"), ending at a word end unless the key ends
    in ``*``; case-insensitive through the set options."""
    body = key[:-1] if key.endswith("*") else key
    pattern = r"\b" + r"[\s\-‐‑–—]+".join(re2.escape(w) for w in body.split(" "))
    return pattern if key.endswith("*") else pattern + r"\b"


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
        literal: dict[str, list[str]] = {}
        for key in self.keys:
            literal.setdefault(key.rstrip("*"), []).append(key)
            self._set.Add(key_pattern(key))
        for text, owners in literal.items():
            self._automaton.add_word(" " + text, (tuple(owners), len(text)))
        if self.keys:
            self._automaton.make_automaton()
            self._set.Compile()
        self._subsets: dict[frozenset[str], _SubScan] = {}
        #: what :func:`_find_all` looks for per key (a space, then the key without its ``*``)
        self._needles: dict[str, str] = {key: " " + key.rstrip("*") for key in self.keys}

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
        literal: dict[str, list[str]] = {}
        for key in sorted(keys):
            literal.setdefault(key.rstrip("*"), []).append(key)
        self._literals = tuple((" " + text, tuple(owners)) for text, owners in literal.items())
        self._automaton: Any = None
        if len(self._literals) > _FIND_LIMIT:
            self._automaton = ahocorasick.Automaton()
            for text, owners in literal.items():
                self._automaton.add_word(" " + text, (tuple(owners), len(text)))
            self._automaton.make_automaton()

    def scan(self, lowered: str) -> dict[str, list[int]]:
        if self._automaton is not None or not self._literals:
            return _scan(self._automaton, lowered)
        hits: dict[str, list[int]] = {}
        for needle, owners in self._literals:
            at = lowered.find(needle)
            if at < 0:
                continue
            offsets = []
            while at >= 0:  # every occurrence, overlapping ones too (as the automaton reports)
                offsets.append(at)
                at = lowered.find(needle, at + 1)
            for key in owners:
                hits[key] = list(offsets)
        return hits


def _find_all(lowered: str, keys: Iterable[str], needles: Mapping[str, str]) -> dict[str, list[int]]:
    """Every (overlapping) occurrence of each key's literal at a word start, by ``str.find``
    (``needles[key]``: the key's literal after a space)."""
    hits: dict[str, list[int]] = {}
    for key in keys:
        needle = needles[key]
        at = lowered.find(needle)
        if at < 0:
            continue
        offsets = []
        while at >= 0:
            offsets.append(at)
            at = lowered.find(needle, at + 1)
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

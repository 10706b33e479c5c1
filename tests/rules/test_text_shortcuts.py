"""The matcher's shortcuts give the answers of the plain computations they stand for.

Each shortcut (a set test before a word scan, a memo, a lazily looked-up sentence, a scan for
terminator characters) must change nothing but time: these tests set it against the plain way.
"""

import copy
import random
import re

import pytest

from rules.patterns import Prefilter, normalise
from rules.text.actors import Gazetteer, shipped_gazetteer
from rules.text.document import Document, SentView
from rules.text.figures import _victim_class, read_revision, victim_class
from rules.text.lexicon import TermSet, compile_term
from rules.text.modality import shipped_modality
from rules.text.sentences import (
    _DATELINE_RE,
    _END_RE,
    _boundaries,
    _dateline_end,
    _is_boundary,
    _terminator_end,
)
from rules.text.tokens import _ASCII_TOKEN_RE, _TOKEN_RE, tokenize, words

SENTENCES = [
    "Azerbaijan and Armenia agreed a truce that took effect at noon, officials said.",
    "The envoy urged both sides to agree a truce, but fighting continued near the border.",
    "Talks on a ceasefire resumed in Doha; no agreement was expected before 2019.",
    "Rebels denied reports that they had not respected the cease-fire since 1994.",
    "The death toll rose to 274, the ministry said, up from 35 a day earlier.",
    "If the truce were broken, monitors would withdraw and could not return.",
    "Hamas's leaders didn't comment on the humanitarian pause, a spokesman said.",
]
TERMS = [
    TermSet(["truce", "cease-fire", "ceasefire"]),
    TermSet(["took effect", "take effect", "in effect"]),
    TermSet(["negotiat*", "propos*", "talks"]),
    TermSet(["not", "no", "never", "yet to"]),
    TermSet(["fighting continued", "shelling continued"]),
    TermSet(["toll", "death toll", "up from"]),
]


def view_of(text: str, year: int | None = 2024) -> SentView:
    return Document(text, shipped_gazetteer(), year).view(0)


def _random_sentences(n: int) -> list[str]:
    rng = random.Random(11)
    words = [
        "the", "a", "truce", "cease-fire", "took", "effect", "take", "in", "not", "no", "never", "yet",
        "to", "talks", "negotiations", "proposed", "fighting", "continued", "shelling", "toll", "death",
        "up", "from", "said", "1994", "274", "and", "but,", "while", "Hamas's", "didn't",
    ]  # fmt: skip
    return [" ".join(rng.choice(words) for _ in range(rng.randint(1, 25))) + "." for _ in range(n)]


@pytest.mark.parametrize("text", SENTENCES + _random_sentences(60))
def test_view_any_in_agrees_with_the_word_scan(text: str) -> None:
    """SentView.any_in (a set test first) finds what TermSet.any_in finds, for every window."""
    view = view_of(text)
    n = len(view.ws)
    for terms in TERMS:
        if not view.may_hold(terms):
            assert terms.any_in(view.ws, 0, n) is None
        for lo in range(-1, n + 1):
            for hi in (lo, lo + 1, lo + 3, n, n + 5):
                assert view.any_in(terms, lo, hi) == terms.any_in(view.ws, lo, hi)


def test_any_in_start_before_admits_phrases_that_run_past_the_window() -> None:
    """With start_before, a phrase starting in the window counts even if it ends after it."""
    view = view_of("The truce took effect at dawn.")
    terms = TermSet(["took effect"])
    took = next(i for i, t in enumerate(view.ws) if t.norm == "took")
    assert view.any_in(terms, took, len(view.ws), took + 1) is not None
    assert view.any_in(terms, took, took + 1) is None  # must end inside without start_before
    assert view.any_in(terms, took + 1, len(view.ws), took + 2) is None  # starts before the window


@pytest.mark.parametrize("text", SENTENCES + _random_sentences(20))
def test_modality_shortcut_agrees_with_the_cue_scan(text: str) -> None:
    """ModalityModel.has (cue-word set tests memoised per sentence and flag, year test, memo)
    equals the full cue scan over every group of the flag."""
    model = shipped_modality()
    for year in (2024, None):
        view = view_of(text, year)
        anchors = [(i, i) for i in range(len(view.ws))] + [(0, len(view.ws) - 1)]
        for first, last in anchors:
            for flag in model.flags:
                every = model.groups[flag]
                assert model.has(view, first, last, flag) == model._has(view, first, last, flag, every), (
                    text,
                    view.ws[first].norm,
                    flag,
                )


def test_victim_class_is_memoised_per_view() -> None:
    """victim_class answers from the view's memo what the plain reading gives, view by view."""
    text = "12 soldiers were killed. Officials said 40 children are missing."
    d = Document(text, shipped_gazetteer(), 2024)
    first, second = d.view(0), d.view(1)
    for view in (first, second, first):
        for num in view.numbers:
            assert victim_class(view, num) == _victim_class(view, num)
    assert [victim_class(first, n) for n in first.numbers] == ["soldiers"]
    assert [victim_class(second, n) for n in second.numbers] == ["missing"]


def test_revision_looks_up_the_previous_sentence_only_when_needed() -> None:
    """A callable ``previous`` is called only when the sentence itself has no new figure."""
    d = Document(
        "The flood has killed 310 people. That was up from 270 a day earlier. The toll rose to 400.",
        shipped_gazetteer(),
        2024,
    )
    calls: list[int] = []

    def previous_of(view: SentView) -> SentView | None:
        calls.append(view.start)
        return d.previous(view)

    second, third = d.view(1), d.view(2)
    up = next(i for i, t in enumerate(second.ws) if t.norm == "up")
    lazily = read_revision(second, up, up + 1, lambda: previous_of(second))
    assert lazily == read_revision(second, up, up + 1, d.view(0))
    assert lazily.new is not None and lazily.new.as_int == 310 and calls == [second.start]
    rose = next(i for i, t in enumerate(third.ws) if t.norm == "rose")
    own = read_revision(third, rose, rose, lambda: previous_of(third))
    assert own.new is not None and own.new.as_int == 400 and calls == [second.start]


def test_gazetteer_extended_after_build_finds_longest_new_alias() -> None:
    """Aliases added by extend() are indexed: the longest one at a word wins, shorter ones remain."""
    g = Gazetteer()
    g.extend({"actors": {"xx.front": {"type": "group", "aliases": ["Blue Mountain Front"]}}})
    g.extend({"actors": {"xx.blue": {"type": "group", "aliases": ["Blue Mountain"]}}})
    ws = [t for t in tokenize("The Blue Mountain Front and the Blue Mountain said.") if t.kind != "punct"]
    assert [m.id for m in g.find(ws)] == ["xx.front", "xx.blue"]


@pytest.mark.parametrize(
    "text",
    [
        'It ended. Then... what?! "Yes." (No.) 3.5 m\n\nNew line.',
        "U.S. forces left at 9 a.m. The end.",
        "",
        "no terminator",
        "a.\n\n\nb!?’ c",
        "End.\u00a0Next!\u2028Then?\x1cAnd.\u3000Last.) Done.’\t(",
        'x."y.’” z?!) ',
    ],
)
def test_boundary_scan_matches_the_full_pattern(text: str) -> None:
    """_boundaries reads exactly the terminators of _END_RE.finditer, from any start."""
    for pos in range(len(text) + 1):
        plain = []
        for m in _END_RE.finditer(text, pos):
            dot, end = m.span()
            if text[dot] == "\n":
                plain.append((dot, end, True))
                continue
            k = end
            while k < len(text) and text[k].isspace() and text[k] != "\n":
                k += 1
            if text[dot] != "." or _is_boundary(text, dot, k):
                plain.append((end, end, False))
        assert list(_boundaries(text, pos)) == plain


def test_terminator_read_by_hand_matches_the_pattern() -> None:
    """_terminator_end gives _END_RE.match's end at every terminator, over every whitespace."""
    spaces = [chr(c) for c in range(0x3001) if chr(c).isspace()] + ["\u200b", "x", "", "-"]
    rng = random.Random(5)
    alphabet = list(".!?\n\"'”’)]a ") + spaces
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    texts += [
        f"a{stop}{closer}{after}" for stop in (".", "?!", "\n\n") for closer in ("", "’)") for after in spaces
    ]
    for text in texts:
        for at, char in enumerate(text):
            if char in ".!?\n":
                m = _END_RE.match(text, at)
                assert _terminator_end(text, at, len(text)) == (m.end() if m else -1), (text, at)


def test_gazetteer_word_skip_finds_what_looking_up_every_start_word_finds() -> None:
    """Skipping a start word that begins no alias together with its next word changes no mention."""
    g = shipped_gazetteer()
    every = copy.copy(g)
    every._lone = set(g._first)  # every word that starts an alias is looked up
    rng = random.Random(11)
    pieces = [
        "the", "The", "army", "Houthis", "Red", "Crescent", "Sudan's", "spokesman", "for", "of", "in",
        "Libyan", "Kenyan", "US", "U.S.", "us", "officials", "Karabakh", "defence", "ministry", "said",
        "health", "Armenia", "Azerbaijan's", "World", "Central", "Kitchen", "a", "rebels", "RSF", "air",
        "force", "national", "guard", ",", "prime", "minister",
    ]  # fmt: skip
    for _ in range(400):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        ws = words(tokenize(text))
        assert g.find(ws) == every.find(ws), text


def _datelined_texts(n: int) -> list[str]:
    """Random sentence starts over dateline pieces (places, dates, agency tags, separators)."""
    rng = random.Random(5)
    pieces = [
        "BAKU", "Gaza", "City", "Officials", "said", "in", ",", " ", "Sept", "15", "(Reuters)", "(VOVworld)",
        "-", "–", "—", ":", "|", "Xinhua", "Riyadh", "Sudan's", "St.", "U.S.", "\n", "1,200", '"', "é",
        "Şuşa", "Oct.", "3", "talks",
    ]  # fmt: skip
    return ["".join(rng.choice(pieces) + rng.choice(["", " ", " "]) for _ in range(8)) for _ in range(n)]


DATELINE_STARTS = [
    "BAKU, Sept 15 (Reuters) - Azerbaijan said.",
    "GAZA – Strikes hit.",
    "KHARTOUM | Xinhua | The army said.",
    "Riyadh: Talks resumed.",
    "(VOVworld) – News.",
    "Gaza, Oct. 3 Officials said.",
    "Officials in the capital said talks would resume next week.",
    "Israel said: no.",
    "",
]


def test_dateline_lead_scan_agrees_with_the_dateline_pattern() -> None:
    """The lead scan rules a dateline out only where the dateline pattern finds none."""
    for text in DATELINE_STARTS + _datelined_texts(1500):
        for start in range(min(len(text), 12) + 1):
            m = _DATELINE_RE.match(text, start)
            if m is None:
                assert _dateline_end(text, start) == start, text
                continue
            # the pattern matched: its verdict stands (the shortcut never skipped it)
            words = m.group().strip().split()
            plain = any(w.islower() and w != "|" for w in words if w.isalpha()) or len(words) > 8
            assert _dateline_end(text, start) == (start if plain else m.end()), text


#: the token patterns without the lookahead guards before their repeated groups (see tokens.py)
PLAIN_TOKEN_RE = re.compile(
    r"([\s_]*)(?:(\d+(?:[.,:]\d+)*(?:st|nd|rd|th)?)|((?:[^\W\d_]\.){2,})"
    r"|([^\W\d_]+(?:['’][^\W\d_]+)*)|([^\s\w]))"
)
PLAIN_ASCII_TOKEN_RE = re.compile(
    r"([\s_]*)(?:([0-9]+(?:[.,:][0-9]+)*(?:st|nd|rd|th)?)|((?:[A-Za-z]\.){2,})"
    r"|([A-Za-z]+(?:'[A-Za-z]+)*)|([^\sA-Za-z0-9_]))"
)


def test_guarded_token_patterns_find_what_the_plain_ones_find() -> None:
    """The token patterns (repeats entered past a lookahead) give the plain patterns' findall."""
    rng = random.Random(9)
    pieces = [*"aZé09.,:'’-_ \n\t“”!?()²", "st", "th", "U.N.", "a.m.", "1.5", "3rd", "x'y'z", "n't"]
    texts = SENTENCES + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(5000)]
    for text in texts:
        assert _TOKEN_RE.findall(text) == PLAIN_TOKEN_RE.findall(text), text
        if text.isascii():
            assert _ASCII_TOKEN_RE.findall(text) == PLAIN_ASCII_TOKEN_RE.findall(text), text


def test_tokenize_splits_clitics_and_compounds() -> None:
    """n't, 's, in-word hyphens and clause breaks come out as before the one-pass tokenizer."""
    toks = tokenize("Hamas's men didn't sign the cease-fire - or did they, while", 10)
    assert [t.norm for t in toks] == [
        "hamas", "'s", "men", "did", "not", "sign", "the", "cease", "fire", "-", "or", "did", "they",
        ",", "while",
    ]  # fmt: skip
    assert [t.clause for t in toks] == [0] * 9 + [0, 1, 1, 1, 1, 2]
    assert [t.widx for t in toks if t.kind != "punct"] == list(range(13))
    assert toks[0].start == 10 and toks[1].start == 15 and toks[4].end == 10 + len("Hamas's men didn't")


def _punctuated_texts(n: int) -> list[str]:
    """Random texts over words, clitics, hyphens, dashes, numbers, quotes and non-ASCII letters."""
    rng = random.Random(7)
    pieces = [
        "the", "Truce", "cease-fire", "didn't", "Hamas's", "men'", "U.N.", "3.5", "1,200", "24-hour",
        "-", " - ", "—", "–", ",", ";", ":", ".", "!", "?", "’s", "‘quoted’", '"', "(", ")", "Şuşa",
        "naïve", "but", "while", "however", "x-", "-y", "a--b", "  ", "\n", "%", "é", "_", "n't",
    ]  # fmt: skip
    return ["".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(30)) for _ in range(n)]


def test_the_but_of_all_but_opens_no_clause() -> None:
    """ "all but" (almost) keeps its clause ("hostilities have all but come to an end"); another "but" opens
    one."""
    toks = tokenize("Hostilities have all but ended, but talks go on.")
    ws = words(toks)
    assert ws[3].norm == "but" and ws[3].clause == ws[0].clause
    assert ws[5].norm == "but" and ws[5].clause > ws[4].clause


@pytest.mark.parametrize("text", SENTENCES + _punctuated_texts(300))
def test_tokenize_words_only_equals_the_words_of_all_tokens(text: str) -> None:
    """tokenize(words_only=True) gives exactly the word tokens of the full tokenisation."""
    for offset in (0, 17):
        assert tokenize(text, offset, words_only=True) == words(tokenize(text, offset))


def test_tokenize_offsets_are_where_the_token_text_is() -> None:
    """Offsets counted from the skipped runs' lengths point at each token's characters."""
    for text in SENTENCES + _punctuated_texts(300):
        for offset in (0, 17):
            for tok in tokenize(text, offset):
                assert text[tok.start - offset : tok.end - offset] == tok.text, text


def test_term_at_finds_the_longest_term_that_matches_word_by_word() -> None:
    """TermSet.at (one-word terms taken without a comparison) spans the longest term matching there."""
    term_sets = [*TERMS, TermSet(["%", "per cent", "cent*", "the", "the truce", "s"])]
    for text in SENTENCES + _punctuated_texts(100):
        ws = words(tokenize(text))
        for ts in term_sets:
            compiled = [(compile_term(t), t) for t in ts.terms]
            for i in range(len(ws)):
                for hi in (i, i + 1, i + 2, len(ws), 10_000):
                    end = min(hi, len(ws))
                    spans = {TermSet._match_at(ws, i, pieces, end): t for pieces, t in compiled}
                    spans.pop(-1, None)
                    hit = ts.at(ws, i, hi)
                    if not spans:
                        assert hit is None, text
                        continue
                    assert hit is not None and hit.first == i and hit.last == max(spans), text
                    assert TermSet._match_at(ws, i, compile_term(hit.term), end) == hit.last, text


def test_view_words_are_the_same_with_or_without_its_tokens() -> None:
    """A view's ws is the same whether or not its full token list was made first."""
    for text in SENTENCES:
        fresh, full = view_of(text), view_of(text)
        _ = full.tokens
        assert fresh.ws == full.ws == words(full.tokens)


def test_view_analyses_are_computed_once() -> None:
    """Each lazy analysis of a view is made on its first read and is the same object on later reads."""
    for text in SENTENCES:
        view = view_of(text)
        for name in ("ws", "tokens", "word_starts", "numbers", "actors", "sentence"):
            assert getattr(view, name) is getattr(view, name), name
        # a tuple: compiled, a new one is boxed per read, holding the same sets
        assert all(a is b for a, b in zip(view.vocabulary, view.vocabulary, strict=True))
        assert view.sentence.text == text and view.ws == words(tokenize(text))


@pytest.mark.parametrize(
    "text",
    [
        "The truce will endorse a cease-fire; negotiations end. Weekend ends.",
        "The truce will endorse a cease-fire.",
        "No key here at all.",
        "aaa aa aa aaa",
    ],
)
def test_scan_of_present_keys_keeps_every_offset_of_those_keys(text: str) -> None:
    """Given the RE2 set's present keys, the scan drops only keys that set did not find."""
    pf = Prefilter(["end", "truce", "cease fire", "negotiat*", "aa", "aa aa"])
    low = normalise(text)
    keys = frozenset(pf.keys)
    present = pf.present(text)
    full = pf.scan(low, keys)
    fast = pf.scan(low, keys, pf.present_indices(text))
    assert fast == {k: v for k, v in full.items() if k in present}
    assert set(full) - set(fast) <= keys - present

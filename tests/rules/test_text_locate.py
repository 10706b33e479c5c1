"""Finding a sentence by reading around an offset gives exactly the whole-text split's sentence."""

import random

import pytest

from rules.text.actors import shipped_gazetteer
from rules.text.document import Document
from rules.text.sentences import Unsure, first_span, segment_at, split_sentences, split_spans

TRICKY = [
    "TBILISI, Aug 9 (Reuters) - Shelling stopped overnight. Officials agreed.",
    "NAIROBI | Xinhua | Rebels said they withdrew.\n\nDoha: Mediators met on Monday. Talks went on.",
    "Gen. J. Okafor met the U.N. envoy on Oct. 3 in the capital. Talks went on.",
    "It started at 9 p.m. The guns fell silent. It starts at 9 p.m. Khartoum time on Monday.",
    'Truce holds in north\n\nThe truce held. He said "we will hold." Then he left.',
    "GAZA CITY. - Aid arrived. GAZA CITY. - More aid arrived.",
    "\n\n  BAKU -  \n\nKHARTOUM |  Xinhua |  \n\nThe army said... It was over?! Yes. No. 5 left.",
    "A. B. C. D. The end.   ",
    "",
    "   ",
    "no terminator at all",
]


def _random_texts(n: int) -> list[str]:
    rng = random.Random(7)
    pieces = [
        "Gen.", "U.S.", "The", "the", "a.m.", "BAKU", "-", "(Reuters)", "Sept", "15", "\n", "\n\n",
        "said.", "J.", "No.", "“Hi.”", "x", "He", "Doha:", "|", "Xinhua", "...", "?!", "3.5",
        "(AFP)", "–", "GAZA", "CITY.", "Riyadh:", "  ", "truce", "Armenia", "killed.",
    ]  # fmt: skip
    out = [" ".join(rng.choice(pieces) for _ in range(rng.randint(0, 60))) for _ in range(n)]
    chars = list("ab AB.!?\"')]\n\t-–:|(,0")
    out += ["".join(rng.choice(chars) for _ in range(rng.randint(0, 60))) for _ in range(n)]
    return out


RANDOM = _random_texts(300)


def test_spans_are_the_sentences_offsets() -> None:
    """split_spans gives split_sentences' (start, end, paragraph_start), in order."""
    for text in TRICKY + RANDOM:
        assert split_spans(text) == [(s.start, s.end, s.paragraph_start) for s in split_sentences(text)]


def _check_local_lookups(text: str) -> None:
    spans = split_spans(text)
    ref = Document(text, shipped_gazetteer())
    for offset, char in enumerate(text):
        if char.isspace():
            continue
        doc = Document(text, shipped_gazetteer())
        view = doc.locate(offset)
        i = ref.sentence_at(offset)
        assert (None if view is None else (view.start, view.end, view.paragraph_start)) == (
            None if i is None else spans[i]
        )
        if view is not None:
            prev = doc.previous(view)
            assert (None if prev is None else (prev.start, prev.end, prev.paragraph_start)) == (
                spans[i - 1] if i else None
            )
            assert view.index == i
    first = Document(text, shipped_gazetteer()).first()
    assert (None if first is None else (first.start, first.end, first.paragraph_start)) == (
        spans[0] if spans else None
    )
    assert first_span(text) == (spans[0] if spans else None)


@pytest.mark.parametrize("text", TRICKY)
def test_local_lookups_equal_the_whole_text_split(text: str) -> None:
    """For every non-space offset: locate, previous and first equal the split's sentences."""
    _check_local_lookups(text)


def test_local_lookups_equal_the_split_on_random_copy() -> None:
    """The same on random strings of wire-copy pieces (datelines, abbreviations, line breaks)."""
    for text in RANDOM:
        _check_local_lookups(text)


def test_a_dateline_through_a_full_stop_is_left_to_the_whole_split() -> None:
    """When a dateline cut could empty the sentence before, the local reading declines."""
    text = "GAZA CITY. - Aid arrived."
    with pytest.raises(Unsure):
        segment_at(text, text.index("Aid"))
    view = Document(text, shipped_gazetteer()).locate(text.index("Aid"))
    assert view is not None and view.text == split_sentences(text)[0].text


def test_one_view_per_sentence_however_reached() -> None:
    """A sentence reached by offset, by index or as a predecessor is the same view object."""
    text = "Armenia said a truce held. Azerbaijan has yet to confirm it. Talks went on."
    doc = Document(text, shipped_gazetteer())
    second = doc.locate(text.index("Azerbaijan"))
    assert second is not None and second is doc.view(1)
    assert doc.previous(second) is doc.view(0) is doc.first()


def test_term_occurrences_answer_may_occur_for_every_slice() -> None:
    """may_occur(text[a:b]) holds exactly when one of the text's occurrences lies within [a, b)."""
    from rules.text.lexicon import TermSet

    ts = TermSet(["shelling continued", "air strikes", "kept firing", "not only", "negotiat*"])
    rng = random.Random(5)
    words = ["Shelling", "AIR", "chair", "didn't", "kept", "’not", "Negotiators", "x", "\n", "ΣAir", "İ"]
    for _ in range(300):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 12)))
        places = ts.occurrences(text)
        if "Σ" in text or "\u0130" in text:
            assert places is None
            continue
        assert places is not None
        for a in range(len(text) + 1):
            for b in range(a, len(text) + 1):
                assert ts.may_occur(text[a:b]) == any(a <= s and e <= b for s, e in places)

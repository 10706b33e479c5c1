"""Building the anchor hit a rule tests, for the tests of roles and extraction."""

from rules.hit import Hit
from rules.roles import DEFAULT_CLAIM_OWNER_NOUNS
from rules.text.actors import shipped_gazetteer
from rules.text.document import Document
from rules.text.lexicon import TermSet
from rules.text.modality import shipped_modality

OWNERS = TermSet(DEFAULT_CLAIM_OWNER_NOUNS)


def hit_of(text: str, anchor: str) -> Hit:
    """The first occurrence of ``anchor`` in ``text``, as the hit a rule tests."""
    doc = Document(text, shipped_gazetteer(), 2024)
    for i in range(len(doc.sentences)):
        view = doc.view(i)
        found = TermSet([anchor]).find(view.ws)
        if found:
            return Hit(view, found[0].first, found[0].last, shipped_modality())
    raise AssertionError(f"{anchor!r} not in {text!r}")

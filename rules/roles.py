"""The actors a rule reads around its anchor hit, by role.

Roles are read relative to the :class:`~rules.hit.Hit`:

- ``subject``: the first actor of the anchor's clause before the anchor, else the first actor of the
  sentence before it ("Azerbaijan has yet to confirm", "the army said it was unaware");
- ``agent``: the actor introduced by "by"/"from" after the anchor ("neither confirmed nor denied by
  the Eritrean army", "no comment from Hamas"), or by "at" after a passive one ("is denied at the
  Colonial Office"), or right after an anchor that ends on "in" ("no reaction in Moscow");
- ``nearest``: the last actor before the anchor in its clause (the agent of "the RSF said it had
  seized"); ``speaker``: the actor a speech verb attributes the sentence to ("..., the ministry
  said", "according to the Red Crescent", "citing the WHO");
- ``after``: the first actor after the anchor in its clause; ``first``: the sentence's first actor;
- ``any``: every actor of the sentence.

(``other``, the claimant next to a silent party, is an extraction's: :mod:`rules.extraction`.)
"""

from __future__ import annotations

from typing import Any

from rules.hit import Hit
from rules.text.actors import ActorMention
from rules.text.document import SentView
from rules.text.lexicon import TermHit, TermSet


def actors_in_role(
    hit: Hit,
    role: str,
    exclude: list[str] | None = None,
    types: list[str] | None = None,
    *,
    owners: TermSet,
) -> list[ActorMention]:
    """The actors of ``role`` (see the module docstring); ``owners``: the rule set's claim-owner
    nouns (:attr:`Compiler.claim_owners`), which the ``subject`` role reads."""
    view = hit.view
    acts = [
        a
        for a in view.actors
        if a.type not in (exclude or ())
        and (types is None or a.type in types)
        and not (a.first <= hit.first and a.last >= hit.last)
    ]
    if role == "subject":  # also with no actor here: "The group denied any involvement"
        ws = view.ws
        lo = view.clause(hit.first)[0]
        # the owner of a claim is not who speaks of it: "the envoy said the rebels' claims were lies"
        earlier = [a for a in acts if a.first < hit.first]
        own = [a for a in earlier if not owns_claim(view, a, owners)]
        inside = [a for a in own if lo <= a.first]
        before = inside or own
        if before:
            return before[:1]
        # the claim word is itself the subject and speaks for its owner: "the army's statement made
        # no reference to the accusations"
        speaking = [a for a in earlier if _speaks_through(view, a, owners, hit)]
        if speaking:
            return speaking[-1:]
        # "The RSF's claim, he said, was false": the speaker's pronoun may sit in an earlier clause
        kind = _anaphoric(ws, lo, hit.first)
        if not kind and len(own) < len(earlier):
            kind = _anaphoric(ws, earlier[-1].last + 1, lo)
        # with no actor before the anchor, an anaphor that opens the sentence as its subject, in an earlier
        # clause: "It said 396 crew members had been rescued, and again did not address Ukraine's claim",
        # "The group, which has claimed other attacks, has issued no statement" (not a possessive further
        # on: "families dug with their bare hands, saying no search teams had reached their streets")
        if not kind and not earlier and lo > 0:
            kind = _anaphoric(ws, 0, min(lo, _OPENING_WORDS))
        if kind:
            found = _antecedent(view, kind, exclude, types)
            # "In a statement, the group denied that any of its members had taken part": with no group
            # named before, "the group" is still an identifiable armed side
            if not found and kind == "noun":
                found = _armed_anaphor(view, 0, hit.first, exclude, types)
            return found
        # a fronted participle's subject follows its clause: "Calling the army's report untrue,
        # Armenia's Defence Ministry said ..." (the army is the participle's object)
        if not ws[0].norm.endswith("ing"):
            return []
        return [a for a in acts if a.first > hit.last and ws[a.first].clause != ws[hit.first].clause][:1]
    if role == "agent" and not acts:  # "no response from the group": named the sentence before
        return _agent_anaphor(view, hit, exclude, types)
    if role == "any" or not acts:  # every role picks among ``acts``: none there, none at all
        return acts
    if role == "first":
        return acts[:1]
    if role == "speaker":  # the first actor a speech verb follows (the others need not be read)
        return next(([a] for a in acts if _speaks(view, a)), [])
    lo, hi = view.clause(hit.first)
    if role == "nearest":
        inside = [a for a in acts if lo <= a.first < hit.first]
        return inside[-1:]
    if role == "after":
        return [a for a in acts if hit.last < a.first < hi][:1]
    if role == "agent":
        ws = view.ws
        # an active anchor's "by" belongs to a participle between ("has yet to confirm the truce
        # announced by the UN": the UN announced, it is not the one silent)
        passive = any(ws[j].norm in _PASSIVE for j in range(max(0, hit.first - 2), hit.first))
        # an anchor that ends on "in" names its party by the place right after it ("no immediate
        # response in Tehran to the claim": the capital as the government's metonym)
        if ws[hit.last].norm == "in":
            return [a for a in acts if hit.last < a.first <= hit.last + 2][:1]
        for i in range(hit.last + 1, min(hi, hit.last + 7)):
            # ... or a passive's "at" for the seat of the one who speaks ("is officially denied at the
            # Colonial Office")
            if ws[i].norm in {"by", "from"} or (passive and ws[i].norm == "at"):
                named = [a for a in acts if i < a.first <= i + 4][:1] or _possessive_head(ws, acts, i)
                return named or _anaphor_after(view, i, hi, exclude, types)
            if not passive and ws[i].norm.endswith("ed"):
                return []
        return []
    return []


_PASSIVE = frozenset(["was", "were", "been", "being", "is", "are", "be"])
# words that end the noun phrase after an agent's "by"/"from" (a preposition, a conjunction, a relative)
_NOT_MODIFIERS = frozenset("of in on at to for with and or who which that whose".split())  # noqa: SIM905


def _possessive_head(ws: list[Any], acts: list[ActorMention], i: int) -> list[ActorMention]:
    """The actor five or six words after the "by"/"from" at word ``i`` that heads a possessive phrase of
    plain modifiers ("from the merchant ship's operator"), as a one-item list; empty if none."""
    for a in acts:
        if (
            i + 4 < a.first <= i + 6
            and ws[a.first - 1].norm in ("'s", "’s")
            and all(
                ws[k].norm.isalpha() and ws[k].norm not in _NOT_MODIFIERS for k in range(i + 1, a.first - 1)
            )
        ):
            return [a]
    return []


def _agent_anaphor(
    view: SentView, hit: Hit, exclude: list[str] | None, types: list[str] | None
) -> list[ActorMention]:
    """The agent named by a noun anaphor just after the anchor ("no immediate response from the
    group"): the armed group or organisation the previous sentence named, if any."""
    ws = view.ws
    hi = view.clause(hit.first)[1]
    for i in range(hit.last + 1, min(hi, hit.last + 7)):
        if ws[i].norm in {"by", "from"}:
            return _anaphor_after(view, i, hi, exclude, types)
    return []


def _anaphor_after(
    view: SentView, i: int, hi: int, exclude: list[str] | None, types: list[str] | None
) -> list[ActorMention]:
    """The group a noun anaphor after the "by"/"from" at word ``i`` points back to ("from the
    group"), within the clause ending at ``hi``; none for any other agent phrase."""
    if _anaphoric(view.ws, i + 1, min(hi, i + 4)) == "noun":
        return _antecedent(view, "noun", exclude, types)
    return []


#: The name of the rule-set list of the claim words whose possessor owns the claim rather than speaks
#: of it ("the rebels' claims", see :func:`owns_claim`). The words are rule data, in
#: rules/packs/00-lists.yaml (a user directory may redefine the list like any other);
#: :class:`Compiler` reads them into :attr:`Compiler.claim_owners`.
CLAIM_OWNER_NOUNS = "claim_owner_nouns"

# The shipped list's words, used only when a rule set defines no ``claim_owner_nouns`` (a user
# directory loaded without the shipped pack): such a set then reads subjects as the shipped pack does,
# as every set did while these words were hard-coded here. A copy kept equal to the YAML list
# (tests/rules/test_loader.py checks), so a change of the list is made there and mirrored here. The
# owner words are a list of their own rather than the wider ``claim_nouns`` the rules find claims
# with: words of that list such as "involvement", "responsibility" or "estimate" would make more
# possessors owners and so change which actor a rule reads as the subject.
DEFAULT_CLAIM_OWNER_NOUNS = tuple(
    """claim claims statement statements report reports account accounts announcement assertion assertions
    version allegation allegations accusation accusations figure figures toll tally""".split()  # noqa: SIM905
)


def owns_claim(view: SentView, a: ActorMention, owners: TermSet) -> bool:
    """Whether ``a`` is the possessor of a claim word ("the rebels' claims", "Kyiv's version"): a
    term of ``owners`` starts at one of the two words after the possessive."""
    return _owned(view, a, owners) is not None


def _owned(view: SentView, a: ActorMention, owners: TermSet) -> TermHit | None:
    """The claim word ``a`` possesses (see :func:`owns_claim`), if any."""
    ws = view.ws
    k = a.last + 1
    if k < len(ws) and ws[k].norm == "'s":
        k += 1
    elif view.doc.text[ws[a.last].end : ws[a.last].end + 1] not in ("'", "’"):
        return None
    return owners.any_in(ws, k, len(ws), k + 2)


# what a party's own statement does when it speaks for the party: "the army's statement made no
# reference to the accusations", "the ministry's statement did not mention the strike"
_ISSUING_VERBS = frozenset(
    ["made", "makes", "did", "does", "gave", "gives", "contained", "contains", "included", "includes"]
)


def _speaks_through(view: SentView, a: ActorMention, owners: TermSet, hit: Hit) -> bool:
    """Whether ``a`` owns a claim word that is the subject of the anchor's verb: the word is
    followed by one of :data:`_ISSUING_VERBS`, at most three words before the anchor."""
    owned = _owned(view, a, owners)
    if owned is None:
        return False
    k = owned.last + 1
    return k < hit.first <= k + 3 and view.ws[k].norm in _ISSUING_VERBS


# the noun anaphors that name an armed side even with no antecedent ("the group denied any role")
_ARMED_ANAPHORS = frozenset(["group", "militia", "movement", "faction", "gang", "paramilitary"])

# a subject that points back to the previous sentence's party ("He also dismissed ...", "The group
# denied ...", "Its leadership did not respond ...")
_PRONOUNS = frozenset(["he", "she", "it", "they", "its", "their", "his", "her"])
_NOUN_ANAPHORS = frozenset(
    [
        "group",
        "militia",
        "movement",
        "organisation",
        "organization",
        "gang",
        "faction",
        "paramilitary",
        "foundation",
        "charity",
    ]
)


#: how far into a sentence an anaphor still opens it as the subject ("It said", "The paramilitary group,")
_OPENING_WORDS = 3


def _anaphoric(ws: list[Any], lo: int, hi: int) -> str:
    """The anaphoric subject among the words ``lo``..``hi`` (the anchor's clause before it):
    ``"pronoun"``, ``"noun"`` ("the group") or ``""`` for none."""
    for i in range(lo, hi):
        w = ws[i].norm
        if w in _PRONOUNS:
            return "pronoun"
        if w in _NOUN_ANAPHORS and i > 0 and "the" in (ws[i - 1].norm, ws[i - 2].norm if i > 1 else ""):
            return "noun"  # "the group", "the paramilitary group"
    return ""


def _armed_anaphor(
    view: SentView, lo: int, hi: int, exclude: list[str] | None, types: list[str] | None
) -> list[ActorMention]:
    """ "The group" (or militia, faction, movement ...) among words ``lo``..``hi`` as the unplaced
    armed side ``militia``: what the subject role falls back to when the sentence before names no
    group the noun could point back to (:func:`_antecedent`)."""
    if "group" in (exclude or ()) or (types is not None and "group" not in types):
        return []
    ws = view.ws
    for i in range(max(lo, 1), hi):
        if ws[i].norm in _ARMED_ANAPHORS and ws[i - 1].norm == "the":
            t = ws[i]
            return [ActorMention("militia", "group", i - 1, i, ws[i - 1].start, t.end, f"the {t.text}")]
    return []


def _antecedent(
    view: SentView, kind: str, exclude: list[str] | None, types: list[str] | None
) -> list[ActorMention]:
    """The previous sentence's party an anaphoric subject refers to: for a pronoun its first actor
    (whom it reported on), for "the group" its last armed group or unknown organisation. Empty when
    that sentence names none of the allowed types."""
    prev = view.doc.previous(view)
    if prev is None:
        return []
    acts = [a for a in prev.actors if a.type not in (exclude or ()) and (types is None or a.type in types)]
    if kind == "noun":
        acts = [a for a in acts if a.type in {"group", "entity"}][-1:]
    return acts[:1]


SPEECH = frozenset(
    [
        "said",
        "says",
        "say",
        "told",
        "reported",
        "reports",
        "announced",
        "announces",
        "stated",
        "added",
        "claimed",
        "claims",
        "confirmed",
        "insisted",
        "quoted",
    ]
)


def _speaks(view: SentView, actor: ActorMention) -> bool:
    ws = view.ws
    before = [t.norm for t in ws[max(0, actor.first - 2) : actor.first]]
    if before[-1:] == ["citing"] or before == ["according", "to"]:
        return True
    for i in range(actor.last + 1, min(len(ws), actor.last + 5)):
        if ws[i].norm in SPEECH:
            return True
        if any(a.first == i for a in view.actors):
            return False
    return False

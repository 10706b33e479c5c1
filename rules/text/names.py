"""Names the gazetteer does not know: when capitalised words are a party of their own.

A run of two or more capitalised words no known actor holds ("World Central Kitchen", or joined by
"of": "the Khan of Agror") is a name, and so is one word in certain places: an acronym ("TEPCO made no
comment"), a name a relative pronoun for things follows ("Rosneft, which operates the plant,"), one a
spokesperson speaks for ("a spokesman for Rosneft"), a family, clan or party by its name ("the Ampatuan
family"), or a person or body named by surname as the one who speaks, denies or keeps silent ("Peskov
dismissed the estimate", "Prieto did not return calls", also past an aside: "Pat, at Peto, has neither
confirmed nor denied"). :func:`entity_spans` finds those runs; the gazetteer (:mod:`rules.text.actors`)
makes them ``entity`` mentions. The predicates below also tell the gazetteer when a role noun
("officials", "spokesman") belongs to such a place or a level of government.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from rules.text.tokens import Token, title_case


class Spanned(Protocol):
    """A mention's word span (what :func:`entity_spans` reads of the mentions already found)."""

    @property
    def first(self) -> int: ...

    @property
    def last(self) -> int: ...


NOT_NAMES = frozenset(
    """the a an in on at as after before but and or if while when since with from for by of to this
    that these those there it its his her their they he she we i nor neither both either earlier
    later monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december according meanwhile however""".split()  # noqa: SIM905
)

# lower-case particles inside a name: "Clan del Golfo", "Ahl al Bayt", "Pieter van der Berg"
_INNER_PARTICLES = frozenset("del de la al el da di du des dos van von der den bin ibn".split())  # noqa: SIM905
# a single capitalised word is a name (an organisation) when a relative pronoun for things follows it
# after a comma ("Rosneft, which operates the plant,") or it is what a spokesperson speaks for ("a
# spokesman for Rosneft"); alone, a capital may only start a sentence
_ORG_RELATIVES = frozenset(["which", "whose"])
# plural role nouns that, after "the", name one party
# ... and "the generals", "the ruling generals": a junta named by its members
_DEFINITE_PLURALS = frozenset(
    [
        ("armed", "forces"),
        ("defence", "forces"),
        ("defense", "forces"),
        ("generals",),
        ("ruling", "generals"),
        # a state railway that runs the ferries: "were contradicted by the railways"
        ("railways",),
        ("national", "railways"),
        # the bench of a town: "the city justices decline to say anything before the inquest"
        ("justices",),
        ("city", "justices"),
        ("magistrates",),
    ]
)
# nouns after which a lone capitalised word names a family, clan, party, a leader's circle or an armed
# band ("the Phalange party said", "Sadr aides flatly denied the report", "the Maute gunmen")
_KIN = frozenset(
    """family clan party movement aides loyalists camp representatives envoys negotiators delegation delegates
    spokesmen lawyers office supporters followers fighters men militia militiamen gunmen militants guerrillas
    insurgents leaders elders chiefs commanders agents""".split()  # noqa: SIM905
)
# endings of a word in "s" that are not an English plural's ("Abbas", "Tsipras", "Nikolaos", "Dennis", "Hess")
_NAME_ENDINGS = ("as", "is", "us", "os", "ss")
# the pronouns that stress a person named just before them ("Misuari himself")
_REFLEXIVES = frozenset(["himself", "herself"])
# verbs after which a lone capitalised word is a person or body that speaks ("Mujahid said")
_NAME_VERBS = frozenset(
    """said says told added disputed disputes denied denies dismissed dismisses rejected rejects insisted
    insists contradicted contradicts declined refused acknowledged confirmed casts questioned
    questions scoffed scoffs retorted retorts countered counters conceded concedes admitted admits""".split()  # noqa: SIM905
)
# adverbs between a speaker's name and the verb ("Basayev also said", "Peskov flatly denied")
_SPEECH_ADVERBS = frozenset("also later again earlier separately flatly firmly previously then".split())  # noqa: SIM905
# auxiliaries that, with "not" after them, make the capitalised word before them one who keeps silent
_SILENT_AUX = frozenset(["did", "has", "had", "could", "would", "was"])
# ... unless the word is a place ("the authorities in Tskhinvali had not commented")
_PLACE_PREPOSITIONS = frozenset(["in", "at", "from", "of", "near", "to", "on", "into", "across", "around"])
# ... and the verbs of keeping silent after them ("did not immediately respond", "has not commented")
_SILENCE_VERBS = frozenset(
    """respond responded return returned reply replied comment commented answer answered confirm confirmed
    immediately directly address addressed""".split()  # noqa: SIM905
)
# ... or who had, made or gave no comment ("Blackwater had no immediate comment")
_SILENT_HAD = frozenset(["had", "has", "made", "gave", "given", "offered"])
# ... and the auxiliaries of those verbs' perfect ("has made no comment", "had given no reply")
_PERFECT = frozenset(["has", "had", "have"])
_SILENCE_NOUNS = frozenset(["comment", "response", "reaction", "reply", "answer", "statement"])
SPEAKERS = frozenset(
    "spokesman spokeswoman spokesperson spokespeople representative representatives lawyer lawyers".split()  # noqa: SIM905
)

# capitalised words before "officials" that name no place or body ("Senior officials said")
_COMMON_CAPITALS = frozenset(
    """senior western several some local other many few top two three four five foreign security military
    government regional provincial federal state city district village tribal police health retired former
    """.split()  # noqa: SIM905
)


def entity_spans(ws: list[Token], known: Sequence[Spanned]) -> list[tuple[int, int]]:
    """The runs of words ``i``..``j - 1`` that name a party the gazetteer does not know (see the
    module docstring); ``known``: the mentions the gazetteer found, whose words no run takes."""
    taken = {i for m in known for i in range(m.first, m.last + 1)} if known else ()
    # which words may be part of a name (capitalised words no known actor holds); a sentinel
    # False ends the last run. The capital is tested first: most words have none, and then
    # nothing else is read
    named = [
        t.text[:1].isupper() and t.kind == "word" and t.norm not in NOT_NAMES and k not in taken
        for k, t in enumerate(ws)
    ]
    n_words = len(ws)
    if title_case(ws, min_words=5):
        # a title-case headline ("Israel Dismisses Hamas Claim of Captured Soldiers"): capitals
        # mark every word there, not names
        return []
    named.append(False)
    out: list[tuple[int, int]] = []
    i = 0
    while i < n_words:
        if not named[i]:
            i += 1
            continue
        j = i + 1
        while True:
            if named[j] or (
                j + 1 < n_words
                and ws[j].norm in _INNER_PARTICLES
                and named[j + 1]
                and ws[j + 1].clause == ws[j].clause
            ):
                j += 1
                continue
            # an office or body "of" a place or a department: "the Khan of Agror", "the Inspector of Mines",
            # "the Collector of the Port"
            of = _of_joins(ws, named, j)
            if not of:
                break
            j += of
        # at a sentence's start a plural is a common noun ("Residents said"), not a name that speaks; a name
        # may end in an "s" no English plural ends in ("Abbas dismissed the reports", "Tsipras said")
        speaker = i > 0 or not ws[i].norm.endswith("s") or ws[i].norm.endswith(_NAME_ENDINGS)
        if (
            j - i >= 2
            # an acronym ("TEPCO"), also opening a sentence when the next word is in its clause and
            # not in capitals too (a dateline's "TUMACO, Colombia" and an all-capitals headline are not)
            or (ws[i].text.isupper() and len(ws[i].text) >= 3 and (i > 0 or _acronym_opens(ws)))
            or (j < n_words and ws[j].norm in _ORG_RELATIVES and ws[j].clause != ws[i].clause)
            # a person who speaks in a clause of their own ("contradicting Merabishvili, who said the
            # renegade had fled")
            or (
                speaker
                and j + 1 < n_words
                and ws[j].norm == "who"
                and ws[j].clause != ws[i].clause
                and ws[j + 1].norm in _NAME_VERBS
            )
            # a family, clan or party by its name ("The Ampatuan family did not respond"), or a
            # leader's circle by his ("no response from Maskhadov's representatives")
            or _kin_follows(ws, i, j)
            # a person stressed as the one meant ("Misuari himself, whose whereabouts are unknown, has
            # not confirmed the arrangement")
            or (j < n_words and ws[j].norm in _REFLEXIVES and ws[j].clause == ws[i].clause)
            or (i >= 2 and ws[i - 1].norm in ("for", "at") and ws[i - 2].norm in SPEAKERS)
            # a person named by surname as the one who speaks or denies ("Vijayan disputed that",
            # "Peskov dismissed the estimate")
            or (
                j < n_words
                and (
                    ws[j].norm in _NAME_VERBS
                    # ... past an adverb ("Basayev also said")
                    or (j + 1 < n_words and ws[j].norm in _SPEECH_ADVERBS and ws[j + 1].norm in _NAME_VERBS)
                    # ... or who keeps silent ("Prieto did not return calls seeking comment", "Blackwater had
                    # no immediate comment on the new figure")
                    or (
                        j + 2 < n_words
                        and (i == 0 or ws[i - 1].norm not in _PLACE_PREPOSITIONS)
                        and _keeps_silent(ws, j)
                    )
                )
                and ws[j].clause == ws[i].clause
                and speaker
            )
            # ... past an aside on how the words reached us ("Pathmanathan, quoted by TamilNet, said")
            or (speaker and _speaks_past_aside(ws, j))
        ):
            out.append((i, j))
        i = j
    return out


# participles that open an aside between a speaker and the verb ("Mujahid, speaking by telephone, said")
# ... or a place ("Pat, at Peto, has neither confirmed nor denied the story")
_ASIDE_OPENERS = frozenset(
    ["quoted", "speaking", "writing", "interviewed", "contacted", "reached", "asked", "talking", "at", "in"]
)
# ... and the openers of an aside that ends in a silence: participles of custody and a relative clause
# ("Bensalem, held in Agrigento, has not responded", "Chaban, who is in police custody, has not answered")
_SILENT_ASIDE_OPENERS = frozenset("held detained jailed arrested who".split())  # noqa: SIM905


def _speaks_past_aside(ws: list[Token], j: int) -> bool:
    """Whether words ``j``.. are an aside (a clause of its own, between commas) and then the name's
    verb: a verb of speaking after a participle of :data:`_ASIDE_OPENERS` (", quoted by TamilNet, said"),
    a silence after one of :data:`_SILENT_ASIDE_OPENERS` (", held in Agrigento, has not responded")."""
    n = len(ws)
    opener = ws[j].norm if j + 1 < n else ""
    silent = opener in _SILENT_ASIDE_OPENERS
    if not (silent or opener in _ASIDE_OPENERS) or ws[j].clause == ws[j - 1].clause:
        return False
    for k in range(j + 1, min(j + 10, n)):
        if ws[k].clause != ws[j].clause:
            return _keeps_silent(ws, k) or (not silent and ws[k].norm in _NAME_VERBS)
    return False


def _keeps_silent(ws: list[Token], k: int) -> bool:
    """Whether words ``k`` on say that someone kept silent: an auxiliary of :data:`_SILENT_AUX`, a
    negation and a verb of :data:`_SILENCE_VERBS` ("has not responded"), or :func:`_no_comment`."""
    if k + 2 >= len(ws):
        return False
    return (
        ws[k].norm in _SILENT_AUX
        and ws[k + 1].norm in ("not", "never", "neither")
        and ws[k + 2].norm in _SILENCE_VERBS
    ) or _no_comment(ws, k)


# the level of government between a place and its officials ("Amhara regional officials")
_LEVELS = frozenset("regional provincial state local district county municipal city".split())  # noqa: SIM905


def place_before(ws: list[Token], first: int) -> bool:
    """Whether a capitalised name the gazetteer does not know stands before the role noun at
    ``first``, directly or across one word of :data:`_LEVELS`."""
    k = first - 1
    if k > 0 and ws[k].norm in _LEVELS and not ws[k].capitalised:
        k -= 1
    return k >= 0 and ws[k].capitalised and ws[k].norm not in NOT_NAMES and ws[k].norm not in _COMMON_CAPITALS


# the levels of government that are a government of their own, so that their officials are one party
# without a place named ("State officials would neither confirm nor deny the figures"); "regional" or
# "local" officials are anyone's
_GOVERNMENTS = frozenset(["federal", "state", "county"])


def level_before(ws: list[Token], first: int) -> bool:
    """Whether a level of government of :data:`_GOVERNMENTS` stands right before the role noun at
    ``first``."""
    # (or across one modifier: "Federal relief officials would neither confirm nor deny the figures")
    return first > 0 and (
        ws[first - 1].norm in _GOVERNMENTS
        or (first > 1 and ws[first - 2].norm in _GOVERNMENTS and modifier(ws[first - 1].norm))
    )


def place_after(ws: list[Token], last: int) -> bool:
    """Whether "in" and a capitalised name follow the role noun at ``last`` in its clause."""
    k = last + 2
    return (
        k < len(ws)
        and ws[last + 1].norm == "in"
        and ws[k].capitalised
        and ws[k].norm not in NOT_NAMES
        and ws[k].clause == ws[last].clause
    )


def _acronym_opens(ws: list[Token]) -> bool:
    """Whether the capitals word that opens ``ws`` names an organisation ("TEPCO made no comment"):
    the next word follows in the same clause, and is a word not in capitals itself ("UPDATE 2", an
    all-capitals headline); or an apposition that a determiner opens follows it ("ENAV, the national air
    traffic control agency, made no comment"; a dateline's "TUMACO, Colombia" names a place instead)."""
    nxt = ws[1] if len(ws) > 1 else None
    if nxt is None:
        return False
    if nxt.clause != ws[0].clause:
        return nxt.norm in _APPOSITION_OPENERS and nxt.text.islower()
    return nxt.kind == "word" and not nxt.text.isupper()


# the determiners that open an apposition after a name ("ENAV, the national air traffic control agency,")
_APPOSITION_OPENERS = frozenset(["the", "a", "an", "its"])


def definite_plural(ws: list[Token], first: int, last: int) -> bool:
    """Whether the plural role noun at ``first``..``last`` names one party after "the"."""
    return tuple(t.norm for t in ws[first : last + 1]) in _DEFINITE_PLURALS


def modifier(norm: str) -> bool:
    """A lower-case word that may stand between a determiner and a role noun as its modifier."""
    # ("acting" is a title's word, not a verb: "the acting Governor has neither accepted nor disowned the
    # terms")
    return norm == "acting" or (
        norm.isalpha()
        and norm not in NOT_NAMES  # (which holds the determiners)
        and not norm.endswith(("ed", "ing", "ly"))
        and norm not in _VERBISH
    )


# present-tense verbs that would open a clause between a determiner and a role noun
_VERBISH = frozenset(
    "says said say told tells accuses attack attacks hit hits has have had is was are were".split()  # noqa: SIM905
)


def _of_joins(ws: list[Token], named: list[bool], j: int) -> int:
    """How many words ("of", or "of the") join the name ending before word ``j`` to the capitalised
    word after them in the same clause (0: none). Not a people's adjective, which modifies a noun after it
    ("Elders of the Meskhetian community")."""
    if j + 1 >= len(ws) or ws[j].norm != "of" or ws[j].clause != ws[j - 1].clause:
        return 0
    k = j + 2 if ws[j + 1].norm == "the" else j + 1
    if k >= len(ws) or not named[k] or ws[k].clause != ws[j].clause or ws[k].norm.endswith(_ADJECTIVE_ENDS):
        return 0
    return k - j


# endings of a people's adjective ("Meskhetian", "Siamese", "Turkish")
_ADJECTIVE_ENDS = ("ian", "ese", "ish")


def _kin_follows(ws: list[Token], i: int, j: int) -> bool:
    """Whether a kin noun (:data:`_KIN`) follows the name at words ``i``..``j - 1`` in its clause,
    directly or after a possessive "'s"."""
    k = j + 1 if j < len(ws) and ws[j].norm in ("'s", "’s") else j
    # (not a common word's capital: "Senior leaders said", "Local commanders")
    if j - i == 1 and ws[i].norm in _COMMON_CAPITALS:
        return False
    return k < len(ws) and ws[k].norm in _KIN and ws[k].clause == ws[i].clause


def _no_comment(ws: list[Token], j: int) -> bool:
    """Whether words ``j`` on say that no comment was given: a verb of :data:`_SILENT_HAD` (or its perfect,
    "has made"), "no", then a noun of :data:`_SILENCE_NOUNS`, "immediate" allowed before it."""
    if ws[j].norm in _PERFECT and j + 2 < len(ws) and ws[j + 1].norm in _SILENT_HAD:
        j += 1  # "The Admiralty has made no comment on accounts ..."
    if ws[j].norm not in _SILENT_HAD or ws[j + 1].norm != "no":
        return False
    k = j + 2
    if k < len(ws) and ws[k].norm == "immediate":
        k += 1
    return k < len(ws) and ws[k].norm in _SILENCE_NOUNS

"""The actor gazetteer: who is named in a sentence, normalised to stable ids.

Built from pycountry (every country's names under its ISO 3166 alpha-2 code) plus the alias file
``rules/data/actors.yaml`` (demonyms, capitals used as metonyms, armed groups, organisations, news
media) and any ``actors:`` sections users add to their rule files.

:meth:`Gazetteer.find` returns :class:`ActorMention` s for one sentence's word tokens:

- aliases match whole words, longest first; short all-capital aliases ("US", "UN") only as written;
- institutions ("Defence Ministry", "army", "spokesman") attach to a neighbouring actor:
  "Azerbaijan's Defence Ministry" and "the Sudanese army" become ``AZ.mod`` and ``SD.army``,
  "a spokesman for the Libyan Red Crescent" becomes the Red Crescent; a lone "the army" is the
  unplaced but identifiable party ``army``;
- runs of two or more capitalised words that the gazetteer does not know ("World Central Kitchen"),
  and single ones in the places :mod:`rules.text.names` lists, are ``entity`` mentions
  (``entity:world-central-kitchen``), so an organisation a desk has never configured can still be
  the silent party of a confirmation gap.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

import pycountry

from rules.text.names import (
    NOT_NAMES,
    SPEAKERS,
    definite_plural,
    entity_spans,
    level_before,
    modifier,
    place_after,
    place_before,
)
from rules.text.tokens import Token, tokenize, words
from wirewatch import yamlio

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "actors.yaml"
_DETERMINERS = frozenset(["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her"])
# verbs of saying, denying and acting: between a party and a role noun they make two clauses, not one
# actor ("Ethiopia denies sending troops", "the army accused rebels", "the ministry raises militia")
_CLAUSE_VERBS = frozenset(
    [
        *("says", "said", "saying", "say", "denies", "denied", "denying", "deny", "accuses", "accused"),
        *("accusing", "raises", "raised", "sending", "sent", "struck", "strikes", "claims", "claimed"),
        *("blames", "blamed", "rejects", "rejected", "dismisses", "dismissed", "told", "tells"),
    ]
)


class ActorMention(NamedTuple):
    """An actor named in a sentence: ``first``/``last`` are word indices, ``start``/``end`` chars.

    A named tuple rather than a frozen dataclass (as :class:`~rules.text.tokens.Token`): as
    immutable and several times cheaper to build, which counts per sentence the matcher reads."""

    id: str
    type: str  # state | group | org | media | region | role | entity
    first: int
    last: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class _Entry:
    id: str
    type: str
    exact: str | None  # match only as written (short acronyms)


_Raw = tuple[int, int, _Entry | None, str | None]


_DEFINITE = frozenset(["the", "", "'s"])
_DEMONYM_ENDS = ("an", "ese", "i", "ish", "ian")
# words that stand inside a post's name between its determiner and the role noun ("the de facto authorities")
_NAME_PARTICLES = frozenset(
    [
        "de",
        "facto",
        "self-declared",
        "interim",
        "local",
        "provisional",
        "human",
        "rights",
        "national",
        "federal",
        # "the state health department", "the district administration"
        "state",
        "regional",
        "provincial",
        "district",
        "county",
        "municipal",
        "central",
        "transitional",
        # a ministry's portfolio: "the justice ministry", "the energy ministry"
        "justice",
        "energy",
        "finance",
        "information",
        "agriculture",
        "education",
        "transport",
        "water",
        "mining",
        "labour",
        "labor",
        "communications",
        "security",
        # a company's trade: "the construction firm", "the ferry company"
        "construction",
        "shipping",
        "ferry",
        "oil",
        "gas",
        "bus",
        "logistics",
        "engineering",
        "development",
        "power",
        "railway",
        "rail",
        "aviation",
        "airport",
        "port",
        "highway",
        "electricity",
    ]
)
# role nouns naming one person in the role (see Gazetteer.find)
_ROLE_HOLDERS = frozenset(
    [
        "officer",
        "official",
        "commander",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "governor",
        "mayor",
        "minister",
        "chief",
    ]
)


def _demonyms(name: str) -> list[str]:
    """Regular English demonyms of a one-word country name (Kenya -> Kenyan, Iraq -> Iraqi);
    irregular ones (Lebanese, Swiss) come from the alias file."""
    if name.endswith("a"):
        return [name + "n", name + "ns"]
    if name[-1:] in "aeiouy":
        return []
    return [name + "i", name + "is", name + "ian", name + "ians", name + "ese"]


def _phrase(alias: str) -> tuple[str, ...]:
    return tuple(t.norm for t in words(tokenize(alias)))


class Gazetteer:
    """Aliases and institution nouns, compiled for token matching. Immutable once built."""

    def __init__(self, sections: Iterable[Mapping[str, Any]] = ()) -> None:
        self._aliases: dict[tuple[str, ...], _Entry] = {}
        self._roles: dict[tuple[str, ...], str] = {}
        self.types: dict[str, str] = {}
        self._first: dict[str, int] = {}  # first word -> longest alias or role noun starting with it
        self._prefixes: set[tuple[str, ...]] = set()  # proper prefixes of aliases and role nouns
        self._lone: set[str] = set()  # the one-word aliases and role nouns
        self._pairs: set[tuple[str, ...]] = set()  # the first two words of the longer ones
        for country in pycountry.countries:
            for attr in ("name", "common_name", "official_name"):
                name = getattr(country, attr, None)
                if name and "," not in name:
                    self._add(country.alpha_2, "state", name)
                    if attr != "official_name" and " " not in name:
                        for demonym in _demonyms(name):
                            self._aliases.setdefault(_phrase(demonym), _Entry(country.alpha_2, "state", None))
        base = yamlio.safe_load(DATA_FILE.read_text(encoding="utf-8"))
        for section in (base, *sections):
            self.extend(section)
        self._index()

    def _add(self, actor_id: str, kind: str, alias: str) -> None:
        key = _phrase(alias)
        if not key:
            return
        exact = alias if (alias.isupper() and len(alias.replace(".", "")) <= 3) else None
        self._aliases[key] = _Entry(actor_id, kind, exact)
        self.types.setdefault(actor_id, kind)

    def extend(self, section: Mapping[str, Any]) -> None:
        """Add an ``actors:``/``institutions:`` mapping (the alias-file shape)."""
        for actor_id, spec in (section.get("actors") or {}).items():
            kind = str(spec.get("type", "org"))
            self.types[str(actor_id)] = kind
            for alias in spec.get("aliases", []):
                self._add(str(actor_id), kind, str(alias))
        for code, nouns in (section.get("institutions") or {}).items():
            for noun in nouns:
                self._roles[_phrase(str(noun))] = str(code)
        self._index()

    def _index(self) -> None:
        """Per first word, the longest alias or role noun it starts; and every proper prefix of an
        alias or role noun (so a look-up stops growing a phrase as soon as none can follow)."""
        self._first = {}
        self._prefixes = set()
        self._lone = set()
        self._pairs = set()
        for key in (*self._aliases, *self._roles):
            self._first[key[0]] = max(self._first.get(key[0], 0), len(key))
            self._prefixes.update(key[:n] for n in range(1, len(key)))
            if len(key) == 1:
                self._lone.add(key[0])
            else:
                self._pairs.add(key[:2])

    def _match(self, norms: list[str], ws: list[Token], i: int) -> tuple[int, _Entry | None, str | None]:
        """The longest alias or role noun at word ``i`` (``norms[k] == ws[k].norm``): (size, alias
        entry, role). Sizes are tried longest first; an alias written otherwise than its exact form
        counts only as the role the same words may be."""
        longest = min(self._first.get(norms[i], 0), len(norms) - i)
        aliases, roles, prefixes = self._aliases, self._roles, self._prefixes
        # the phrases at i that are keys, found by growing the phrase while it is a key's prefix
        keys: list[tuple[str, ...]] = []
        key: tuple[str, ...] = (norms[i],)
        size = 1
        while True:
            if key in aliases or key in roles:
                keys.append(key)
            if size >= longest or key not in prefixes:
                break
            key = (*key, norms[i + size])
            size += 1
        for key in reversed(keys):
            size = len(key)
            entry = aliases.get(key)
            if entry is not None and entry.exact is not None:
                written = "".join([t.text for t in ws[i : i + size]])
                if written != entry.exact.replace(" ", ""):
                    entry = None
            role = roles.get(key)
            if entry is not None or role is not None:
                return size, entry, role
        return 0, None, None

    def find(self, ws: list[Token]) -> list[ActorMention]:
        """Actor mentions among the word tokens ``ws`` of one sentence, in order."""
        raw: list[_Raw] = []
        starts, lone, pairs = self._first, self._lone, self._pairs
        norms = [t.norm for t in ws]
        i = 0
        n_words = len(ws)
        while i < n_words:
            word = norms[i]
            # no alias or role noun starts with this word, or none with it and the next ("the" is
            # only the start of "the Houthis"): skipped without the look-up (most words of a sentence)
            if word not in starts or (
                word not in lone and (i + 1 == n_words or (word, norms[i + 1]) not in pairs)
            ):
                i += 1
                continue
            size, entry, role = self._match(norms, ws, i)
            # "the paramilitary group": an alias made of "the" and an adjective ("the paramilitary")
            # is the modifier of the noun after it, which may point back to a named group
            if size and word == "the" and i + size < n_words and norms[i + size] in _HEADS:
                size = 0
            if size:
                raw.append((i, i + size - 1, entry, role))
                i += size
            else:
                i += 1
        out: list[ActorMention] = []
        consumed: set[int] = set()
        for n, (first, last, entry, role) in enumerate(raw):
            if n in consumed:
                continue
            owner = self._owner(raw, n, ws) if role is not None else None
            if role is None or (entry is not None and owner is None):
                assert entry is not None
                out.append(self._mention(entry.id, entry.type, ws, first, last))
                continue
            if owner is not None:
                k, oentry = owner
                actor_id = f"{oentry.id}.{role}" if oentry.type == "state" else oentry.id
                if k < n:
                    if out and out[-1].id == oentry.id:
                        out.pop()
                    lo, hi = raw[k][0], last
                else:
                    consumed.update(range(n + 1, k + 1))
                    lo, hi = first, raw[k][1]
                    after = raw[k + 1] if k + 1 < len(raw) else None
                    if oentry.type == "state" and after and after[3] and not after[2] and after[0] == hi + 1:
                        actor_id, hi = f"{oentry.id}.{after[3]}", after[1]  # "spokesman for the Kenyan army"
                        consumed.add(k + 1)
                out.append(self._mention(actor_id, oentry.type, ws, lo, hi))
                continue
            if n and raw[n - 1][3] is not None and raw[n - 1][1] == first - 1 and out:
                continue  # "army spokesman": the second role noun adds nothing
            # the determiner may stand before a name the gazetteer does not know ("the Amhara
            # regional administration")
            k = first - 1
            while k > 0 and first - k <= 2 and (ws[k].capitalised or ws[k].norm in _NAME_PARTICLES):
                k -= 1
            # ... or the sentence opens with that name ("Allied headquarters has not confirmed it"; a
            # determiner there, "The", "Its", is no name)
            if (
                k == 0
                and first <= 2
                and ws[0].capitalised
                and ws[0].norm not in _DETERMINERS
                and ws[0].clause == ws[first].clause
            ):
                k = -1
            prev = ws[k].norm if k >= 0 else ""
            # a role noun that holds its own determiner ("the management", "his camp") is definite wherever it
            # stands ("is contradicted by the management, who say no shot-firing was allowed")
            if norms[first] in _DETERMINERS:
                prev = "the"
            if prev not in _DEFINITE:
                # ... and before one or two plain modifiers ("the zone administration", "the city's gas
                # distribution company"): not a verb form, which would make them a clause of their own
                # ("the rebels shelled army posts")
                m = first - 1
                while m > 0 and first - m <= 2 and modifier(ws[m].norm) and ws[m].clause == ws[first].clause:
                    m -= 1
                if m < first - 1 and ws[m].norm in _DEFINITE:
                    prev = ws[m].norm
                # ... or the sentence opens with them ("Federal prosecutors rejected his findings")
                elif m == 0 and modifier(ws[0].norm) and ws[0].clause == ws[first].clause:
                    prev = ""
            nxt_role = n + 1 < len(raw) and raw[n + 1][3] is not None and raw[n + 1][0] == last + 1
            # "the army" is a party and "an army" is not; but a person named by post ("a regional army
            # officer": an institution and a person noun) speaks for one whatever the determiner ("a
            # spokesman" alone names no institution)
            # (not a noun in "-ss": "the headmistress")
            plural = (
                ws[last].norm.endswith("s")
                and not ws[last].norm.endswith("ss")
                and ws[last].norm not in _S_SINGULARS
            )
            if (
                (
                    not plural
                    and (
                        prev in _DEFINITE
                        or nxt_role
                        or (last > first and ws[last].norm in _ROLE_HOLDERS)
                        # ... and a spokesman of a level of government ("A federal spokesman denied")
                        or (ws[last].norm in SPEAKERS and level_before(ws, first))
                    )
                )
                or (
                    # most plural roles are no one in particular ("officials said"); "the authorities" are a
                    # party, and so are persons named by an institution ("federal army commanders")
                    plural
                    and (
                        # ... and a possessor's owners or operators ("the club's owners")
                        (prev in ("the", "'s") and ws[last].norm in ("authorities", "owners", "operators"))
                        # ... and prosecutors, who answer for a case ("Prosecutors rejected the allegations"),
                        # also opening a clause ("bodies had been hidden; prosecutors dismissed the reports")
                        or (
                            ws[last].norm == "prosecutors"
                            and (prev in ("the", "") or ws[first - 1].clause != ws[first].clause)
                        )
                        # ... and so are "the armed forces" ("no immediate word from the armed forces")
                        or (prev == "the" and definite_plural(ws, first, last))
                        or (last > first and ws[last].norm[:-1] in _ROLE_HOLDERS)
                        # officials of a place the gazetteer does not know: "Puntland officials denied",
                        # "Amhara regional officials did not comment"
                        # ... or of a level of government ("Federal officials declined to comment",
                        # "state authorities countered"), or of a place named after them ("Authorities in
                        # Ingushetia made no comment")
                        or (
                            ws[last].norm in _PLACE_ROLES
                            and (place_before(ws, first) or level_before(ws, first) or place_after(ws, last))
                        )
                    )
                )
            ):
                out.append(self._mention(role, "role", ws, first, last))
        out = self._merge_demonyms(out, ws)
        out.extend(self._entities(ws, out))
        out.sort(key=lambda m: m.first)
        return out

    @staticmethod
    def _merge_demonyms(found: list[ActorMention], ws: list[Token]) -> list[ActorMention]:
        """ "Libyan Red Crescent", "Sudan's paramilitary RSF": a state just before an organisation or
        group qualifies it and is not a second actor."""
        out: list[ActorMention] = []
        for m in found:
            # "the paramilitary Rapid Support Forces", "the militia Fano": a generic side names the group
            # that follows it
            if (
                out
                and out[-1].id in _GENERIC_SIDES
                and m.type in {"org", "group"}
                and m.first == out[-1].last + 1
            ):
                prev = out.pop()
                m = ActorMention(m.id, m.type, prev.first, m.last, prev.start, m.end, f"{prev.text} {m.text}")
            if out and out[-1].type == "state" and "." not in out[-1].id and m.type in {"org", "group"}:
                gap = [t.norm for t in ws[out[-1].last + 1 : m.first]]
                # "Sudan's paramilitary RSF", "Sudanese paramilitary RSF"; not a verb between two
                # parties ("Israel dismisses Hamas claim")
                qualifies = not gap or gap[0] == "'s" or out[-1].text.lower().endswith(_DEMONYM_ENDS)
                if (
                    qualifies
                    and len(gap) <= 2
                    and all(g == "'s" or (g.isalpha() and g not in NOT_NAMES) for g in gap)
                ):
                    prev = out.pop()
                    m = ActorMention(
                        m.id, m.type, prev.first, m.last, prev.start, m.end, f"{prev.text} {m.text}"
                    )
            out.append(m)
        return out

    @staticmethod
    def _owner(raw: list[_Raw], n: int, ws: list[Token]) -> tuple[int, _Entry] | None:
        first, last = raw[n][0], raw[n][1]
        if n > 0:  # "Azerbaijan's Defence Ministry", "the Sudanese regular army"
            _pf, pl, pe, _ = raw[n - 1]
            gap = [t.norm for t in ws[pl + 1 : first]]
            if (
                pe is not None
                and pe.type != "media"
                and len(gap) <= 2
                and all(g.isalpha() or g == "'s" for g in gap)
                # a determiner opens a new noun phrase: "rebels dismissed the government" is two actors
                and not any(g in _DETERMINERS or g in _CLAUSE_VERBS for g in gap)
            ):
                return n - 1, pe
        if n + 1 < len(raw):  # "spokesman for the Libyan Red Crescent", "officials in Karabakh"
            nf, nl, ne, _ = raw[n + 1]
            gap = [t.norm for t in ws[last + 1 : nf]]
            if (
                ne is not None
                and gap
                and gap[0] in {"of", "for", "in"}
                and len(gap) <= 2 + (gap[-1] == "the")
            ):
                if ne.type == "state" and n + 2 < len(raw) and raw[n + 2][0] == nl + 1 and raw[n + 2][2]:
                    org = raw[n + 2][2]
                    assert org is not None
                    return n + 2, org
                return n + 1, ne
        return None

    @staticmethod
    def _mention(actor_id: str, kind: str, ws: list[Token], first: int, last: int) -> ActorMention:
        start, end = ws[first].start, ws[last].end
        return ActorMention(
            actor_id, kind, first, last, start, end, " ".join(t.text for t in ws[first : last + 1])
        )

    def _entities(self, ws: list[Token], known: list[ActorMention]) -> list[ActorMention]:
        return [
            self._mention(f"entity:{'-'.join(t.norm for t in ws[i:j])}", "entity", ws, i, j - 1)
            for i, j in entity_spans(ws, known)
        ]


# role nouns in -s that name one body ("Defence headquarters had no immediate response")
_S_SINGULARS = frozenset(["headquarters"])

# the nouns an adjective-like "the ..." alias can modify ("the paramilitary group")
_HEADS = frozenset(["group", "groups", "force", "forces", "fighters", "units"])

# the unplaced sides of the alias file (rules/data/actors.yaml), which a group's name may follow
_GENERIC_SIDES = frozenset(["militia", "rebels"])

# the plural roles a place the gazetteer does not know may name ("Guerrero prosecutors")
_PLACE_ROLES = frozenset(["officials", "authorities", "prosecutors", "police"])

_SHIPPED: Gazetteer | None = None


def shipped_gazetteer() -> Gazetteer:
    """The gazetteer of pycountry and the shipped alias file (built once per process)."""
    global _SHIPPED
    if _SHIPPED is None:
        _SHIPPED = Gazetteer()
    return _SHIPPED

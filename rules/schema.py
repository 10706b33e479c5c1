"""The rule-file schema: pydantic models, exported as JSON Schema (``wirewatch rules schema``).

A rule file is YAML with up to five sections, all optional::

    lists:      {name: [term, ...]}        # reusable term lists, referenced as "$name" in terms
    macros:     {name: <condition>}        # reusable conditions, referenced as {macro: name}
    actors:     {...}                      # gazetteer additions (rules/data/actors.yaml shape)
    institutions: {...}
    modality:   {...}                      # cue additions (rules/data/modality.yaml shape)
    rules:      [<rule>, ...]

A rule finds an ``anchor`` (a term from its term list) in a sentence within its ``scope``; every
``require`` condition must hold for that anchor and no ``exclude`` condition may; then ``extract``
fills the detection's values and the templates render summary and dedup key. Lists and macros are
shared by every file of a rule set; a user file may redefine a list or macro, or replace a shipped
rule by reusing its id (``override: true``).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from alerts.models import Severity
from rules.detections import DetectionKind

Terms = Annotated[list[str], Field(min_length=1, description='phrases and "$list" references')]
Modality = Literal[
    "negated", "requested", "talks", "hypothetical", "violated", "historical", "background", "denied",
    "rejected", "hedged", "attributed",
]  # fmt: skip
ActorRole = Literal["subject", "nearest", "agent", "speaker", "after", "first", "other", "any"]
_ID = r"^[a-z0-9][a-z0-9_.-]*$"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Near(_Model):
    """Terms within ``within`` words of the anchor, on ``side``, optionally in the anchor's clause."""

    terms: Terms
    within: int = Field(8, ge=1, le=60)
    side: Literal["before", "after", "either"] = "either"
    same_clause: bool = False


class InText(_Model):
    """Terms anywhere in a region: the anchor's ``clause``, ``sentence``, the sentence and the
    ``previous`` one, the previous sentence alone (``before``: what another party said just before),
    the whole ``item``, or the ``story``: the item or an earlier item of its story (same slugline,
    within the correlation window; see :mod:`rules.stories`)."""

    terms: Terms
    region: Literal["clause", "sentence", "previous", "before", "item", "story"] = "sentence"


class ActorCond(_Model):
    """An actor in ``role`` relative to the anchor (see :mod:`rules.matcher`), optionally limited
    to ``types``; ``exclude_types`` drops e.g. news media. ``min`` counts distinct actors."""

    role: ActorRole = "any"
    types: list[str] | None = None
    exclude_types: list[str] = Field(default_factory=list)
    min: int = Field(1, ge=1)


class FigureCond(_Model):
    """A number in the anchor's sentence: a casualty figure (``death: true``), of ``classes``, with
    its value in ``[min, max]``; ``revision: true`` reads new/old around the anchor instead."""

    death: bool = True
    classes: list[str] | None = None
    min: float | None = None
    max: float | None = None
    revision: bool = False
    region: Literal["clause", "sentence"] = "sentence"

    @model_validator(mode="after")
    def _revision_counts_dead(self) -> FigureCond:
        # the revision reading takes its new figure from counts of the dead alone (rules.conditions):
        # a list of classes that holds none of them could never match, so it is refused, not kept dead
        if self.revision and self.classes is not None and not set(self.classes) - {"injured", "missing"}:
            raise ValueError(
                f"a revision figure is a count of the dead: classes {self.classes} can never match it"
            )
        return self


class ClassifierCond(_Model):
    """A passage model's probability for the anchor's sentence is at least ``min`` (the models are
    numbers in ``rules/data/models/``, trained by ``scripts/train_models.py``; see
    :mod:`rules.text.models`)."""

    model: str = Field(description="a model in rules/data/models/passages.json: ceasefire, confirmation_gap")
    min: float = Field(ge=0.0, le=1.0)


class Condition(_Model):
    """Exactly one of the keys."""

    near: Near | None = None
    within: InText | None = None
    regex: str | None = Field(None, description="RE2 syntax, case-insensitive, on the anchor's sentence")
    modality: list[Modality] | None = None
    actor: ActorCond | None = None
    figure: FigureCond | None = None
    classifier: ClassifierCond | None = None
    macro: str | None = None
    any: list[Condition] | None = None
    all: list[Condition] | None = None
    not_: Condition | None = Field(None, alias="not")

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    @model_validator(mode="after")
    def _exactly_one(self) -> Condition:
        set_keys = [k for k in type(self).model_fields if getattr(self, k) is not None]
        if len(set_keys) != 1:
            raise ValueError(
                "a condition needs exactly one of near, within, regex, modality, actor, figure, classifier, "
                f"macro, any, all, not (got {', '.join(set_keys) or 'none'})"
            )
        return self


class Extract(_Model):
    """How one value is filled. Exactly one source: ``actor`` (roles tried in order), ``figure``
    (``new``/``old``/``bound``/``victim_class``/``delta`` of the revision read around the anchor;
    ``party``: whose dead the new figure counts, from the victim phrase, "19 Palestinians" -> PS,
    else the sentence subject's state), ``topic`` (first key whose terms occur in the sentence),
    ``anchor`` (the matched text) or ``value`` (a constant). ``required`` drops the match when
    nothing was found."""

    actor: list[ActorRole] | None = None
    level: Literal["unit", "state"] = Field("unit", description="state: AZ.mod is reported as AZ")
    exclude_types: list[str] = Field(default_factory=list)
    figure: Literal["new", "old", "bound", "victim_class", "delta", "party"] | None = None
    topic: dict[str, Terms] | None = None
    anchor: bool | None = None
    value: str | int | float | bool | None = None
    default: str | int | float | bool | None = None
    required: bool = False

    @model_validator(mode="after")
    def _one_source(self) -> Extract:
        sources = [self.actor, self.figure, self.topic, self.anchor]
        if sum(s is not None for s in sources) + (self.value is not None) != 1:
            raise ValueError("an extract needs exactly one of actor, figure, topic, anchor, value")
        return self


class Example(_Model):
    """An inline example: ``text`` (headline, blank line, body), the values expected when it matches."""

    text: str
    values: dict[str, Any] = Field(default_factory=dict)
    year: int | None = None


class Examples(_Model):
    match: list[Example] = Field(default_factory=list)
    no_match: list[str | Example] = Field(default_factory=list)


class Rule(_Model):
    """One detection rule."""

    id: str = Field(pattern=_ID)
    title: str
    description: str = ""
    category: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    kind: DetectionKind
    severity: Severity = Severity.MEDIUM
    labels: dict[str, str] = Field(default_factory=dict)
    enabled: bool = True
    override: bool = Field(False, description="replace a rule of the same id from an earlier directory")
    scope: Literal["headline", "lead", "sentence"] = Field(
        "sentence", description="where the anchor is looked for: headline, headline + first sentence, any"
    )
    anchor: Terms
    require: list[Condition] = Field(default_factory=list)
    exclude: list[Condition] = Field(default_factory=list)
    extract_set: str | None = Field(
        None,
        pattern=r"^[a-z][a-z0-9_]*$",
        description="a named set of extracts (a file's `extracts:`), taken before this rule's own `extract`"
        " entries, which add to it or replace the entry of the same name",
    )
    extract: dict[str, Extract] = Field(default_factory=dict)
    summary: str = Field(description="Jinja2 template (sandboxed) over the extracted values")
    dedup_key: str = Field("{{ rule }}|{{ item_id }}", description="Jinja2 template")
    deadline: str | None = Field(
        None, pattern=r"^\d+(\.\d+)?[smhd]$", description="claims: time allowed for confirmation, e.g. 6h"
    )
    examples: Examples = Field(default_factory=Examples)

    @property
    def deadline_seconds(self) -> float | None:
        if self.deadline is None:
            return 6 * 3600.0 if self.kind is DetectionKind.CLAIM else None
        unit = {"s": 1, "m": 60, "h": 3600, "d": 86400}[self.deadline[-1]]
        return float(self.deadline[:-1]) * unit


class RuleFile(_Model):
    """A whole rule file."""

    lists: dict[str, list[str]] = Field(default_factory=dict)
    macros: dict[str, Condition] = Field(default_factory=dict)
    #: named extract sets that rules take with ``extract_set`` (shared by every file, like macros)
    extracts: dict[str, dict[str, Extract]] = Field(default_factory=dict)
    actors: dict[str, dict[str, Any]] = Field(default_factory=dict)
    institutions: dict[str, list[str]] = Field(default_factory=dict)
    modality: dict[str, list[dict[str, Any]]] = Field(default_factory=dict)
    rules: list[Rule] = Field(default_factory=list)
    #: ids of rules of earlier directories (the shipped pack, another user directory) to switch off,
    #: without restating them as an override
    disable: list[str] = Field(default_factory=list)


def json_schema() -> dict[str, Any]:
    """The JSON Schema of a rule file, for editors."""
    schema = RuleFile.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "wirewatch rule file"
    return schema

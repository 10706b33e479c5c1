"""Building a detection the cheap way gives what the plain way gives.

The matcher builds detections with :meth:`Detection.build` (not the dataclass constructor), shares
one :class:`Evidence` among the detections of a sentence, renders simple templates from compiled
pieces (not Jinja) and collapses whitespace with :func:`rules.templates.squash` (not a split and
join): each is set here against the plain computation it stands for.
"""

import random

import jinja2
import pytest

from alerts.models import Evidence, Severity
from rules.conditions import Compiler
from rules.detections import Detection, DetectionKind
from rules.loader import load_ruleset
from rules.matcher import compile_rule
from rules.schema import Rule
from rules.templates import _ENV, Template, squash

#: every character ``str.split()`` splits on, and a few that look alike but are not whitespace
WHITESPACE = " \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000"
NOT_WHITESPACE = "\u200b\u200d\ufeff\x00\x07-.a"

NAMES = ["party", "counterpart", "claimant", "silent_party", "subject", "new", "old", "bound"]
VALUES: list[object] = [None, "", "AZ", "az", "*", 0, 7, 1200, 2.5, 1200.0, True, " two  words ", ["x"]]


def test_squash_equals_split_and_join() -> None:
    """squash(text) is " ".join(text.split()) for texts mixing every kind of whitespace."""
    rng = random.Random(5)
    alphabet = WHITESPACE + NOT_WHITESPACE + "ab  "
    samples = ["", " ", "a", "a b", " a", "a ", "a  b", "a\nb", "Truce holds: AZ (AM)."]
    samples += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    for text in samples:
        assert squash(text) == " ".join(text.split()), repr(text)


def _jinja(source: str, context: dict[str, object]) -> object:
    """What Template.render gives through Jinja alone: the text, its raw source on a template
    error, or the type of any other error (a sort over mixed types) it lets through."""
    try:
        return " ".join(_ENV.from_string(source).render(**context).split())
    except jinja2.TemplateError:
        return source
    except Exception as exc:  # compared with the rendering's own error
        return type(exc)


def _render(template: Template, context: dict[str, object]) -> object:
    """Template.render's text, or the type of the error it raises."""
    try:
        return template.render(context)
    except Exception as exc:  # compared with Jinja's own error
        return type(exc)


@pytest.mark.parametrize("which", ["summary", "dedup"])
def test_shipped_templates_render_as_jinja(which: str) -> None:
    """Each shipped summary and dedup template renders like Jinja over random contexts."""
    rng = random.Random(11)
    templates = {getattr(c, which).source for c in load_ruleset().compiled}
    assert templates
    for source in sorted(templates):
        template = Template(source)
        assert template._parts is not None or template._pieces is not None, source  # not Jinja
        for _ in range(150):
            context: dict[str, object] = {name: rng.choice(VALUES) for name in NAMES if rng.random() < 0.8}
            context.update(item_id="item-1", rule="r", category="c", headline="", anchor="truce")
            context["sentence"] = rng.choice(["A truce held.", "A  truce\nheld. ", ""])
            assert _render(template, context) == _jinja(source, context), (source, context)


def test_compiled_pieces_cover_nested_ifs_and_else() -> None:
    """Nested if/else blocks and every simple form render like Jinja, defined or not."""
    source = (
        "{% if a %}A{% if b is not none %}[{{ b|num }}]{% else %}-{% endif %}{% else %}"
        "{{ 'y' if b else 'n' }}{% endif %}|{% if c != 'x' %}{{ c or 'none' }}{% endif %}|{{ d }}"
    )
    template = Template(source)
    assert template._pieces is not None
    for a in [None, "", "A", "<missing>"]:
        for b in [None, 0, 1200, "", "<missing>"]:
            for c in ["x", "y", "", None, "<missing>"]:
                given = {"a": a, "b": b, "c": c, "d": "D"}
                context = {k: v for k, v in given.items() if v != "<missing>"}
                assert _render(template, context) == _jinja(source, context), context


def test_build_equals_constructor() -> None:
    """Detection.build gives a detection equal to (and printed like) the constructor's."""
    fields = {
        "rule": "r1",
        "category": "ceasefire",
        "kind": DetectionKind.CLAIM,
        "severity": Severity("high"),
        "summary": "AZ announced a truce",
        "evidence": Evidence(item_id="i", text="AZ announced a truce.", start=3, end=24),
        "dedup_key": "claim|AZ",
        "values": {"claimant": "AZ", "new": 5},
        "actors": ("AZ", "AM"),
        "labels": {"desk": "caucasus"},
        "deadline_seconds": 3600.0,
    }
    built = Detection.build(**fields)  # type: ignore[arg-type]
    plain = Detection(**fields)  # type: ignore[arg-type]
    assert built == plain
    assert repr(built) == repr(plain)
    assert built.__dict__ == plain.__dict__
    with pytest.raises(AttributeError):
        built.rule = "other"  # type: ignore[misc]  # frozen like the constructor's


def test_detections_share_evidence_equal_to_their_own() -> None:
    """Detections of one sentence share an Evidence equal to the one each would build itself."""
    rules = load_ruleset()
    text = (
        "BAKU, Sept 15 (Reuters) - Azerbaijan announced a ceasefire with Armenia that took effect "
        "at noon, the defence ministry said. Armenia has yet to confirm the ceasefire, officials said."
    )
    found = rules.detect_text(text, item_id="item-9")
    assert found
    for det in found:
        ev = det.evidence
        assert ev == Evidence(item_id="item-9", text=text[ev.start : ev.end], start=ev.start, end=ev.end)
    by_start: dict[int, list[Evidence]] = {}
    for det in found:
        by_start.setdefault(det.evidence.start, []).append(det.evidence)
    for same in by_start.values():
        assert all(ev is same[0] for ev in same)


def test_extractions_hold_their_specs_fields() -> None:
    """Each compiled rule's extractions are its extract specs, in order, with the same fields."""
    rules = load_ruleset()
    for crule in rules.compiled:
        specs = list(crule.rule.extract.items())
        assert [e.name for e in crule.extractions] == [name for name, _spec in specs]
        for ex, (_name, spec) in zip(crule.extractions, specs, strict=True):
            assert (ex.value, ex.anchor, ex.topic, ex.level, ex.figure, ex.default, ex.required) == (
                spec.value,
                bool(spec.anchor),
                spec.topic is not None,
                spec.level,
                spec.figure,
                spec.default,
                spec.required,
            )
            assert ex.actor == spec.actor and ex.exclude_types == spec.exclude_types
            assert [topic for topic, _terms in ex.topics] == list(spec.topic or {})
        assert crule.level_reading == (crule.rule.kind is DetectionKind.TOLL_FIGURE)


def test_extraction_topics_hold_the_compiled_terms() -> None:
    """An extraction's topics are the spec's, in order, each with the term set the compiler makes
    of its terms (lists resolved)."""
    rule = Rule.model_validate(
        {
            "id": "t.topics",
            "title": "t",
            "category": "c",
            "kind": "event",
            "anchor": ["truce"],
            "summary": "s",
            "dedup_key": "d",
            "extract": {"subject": {"topic": {"truce": ["$truce_words", "halt"], "toll": ["toll"]}}},
        }
    )
    compiler = Compiler({"truce_words": ["truce", "cease-fire"]}, {})
    (ex,) = compile_rule(rule, ("t.yaml", 1), compiler).extractions
    assert ex.topics == [
        ("truce", compiler.terms(["$truce_words", "halt"])),
        ("toll", compiler.terms(["toll"])),
    ]
    assert ex.topics[0][1].terms == ("truce", "cease-fire", "halt")

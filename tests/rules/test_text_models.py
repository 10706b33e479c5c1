"""Passage models (rules.text.models) and the ``classifier:`` rule condition."""

import json
import math
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from rules.conditions import CompileError, Compiler
from rules.loader import load_ruleset
from rules.schema import Condition
from rules.text.models import SHIPPED, ModelError, PassageModels, load_models, parse_models


def _tiny(checks: dict[str, list[float]] | None = None) -> dict[str, Any]:
    return {
        "features": {"ngram_max": 2, "token_pattern": r"(?u)\b\w\w+\b", "sublinear_tf": True},
        "idf": {"truce": 2.0, "held": 1.5, "truce held": 3.0},
        "models": {"ceasefire": {"intercept": -1.0, "coef": {"truce": 2.0, "truce held": 4.0}}},
        "checks": {"texts": [], "probabilities": checks or {}, "tolerance": 1e-9},
    }


def test_score_is_tfidf_then_logistic() -> None:
    """A text's score is the logistic of the weights over its unit-length sublinear TF-IDF vector."""
    models = parse_models(_tiny())
    # "truce held, truce": truce x2, held x1, "truce held" x1 (the comma is no token)
    raw = {"truce": (1 + math.log(2)) * 2.0, "held": 1.5, "truce held": 3.0}
    norm = math.sqrt(sum(v * v for v in raw.values()))
    z = -1.0 + (raw["truce"] * 2.0 + raw["truce held"] * 4.0) / norm
    assert models.score("ceasefire", "Truce held, truce") == pytest.approx(1 / (1 + math.exp(-z)), abs=1e-12)
    assert models.score("ceasefire", "nothing known here") == pytest.approx(1 / (1 + math.e), abs=1e-12)


def test_a_closed_vocabulary_skips_n_grams_whose_parts_are_unknown() -> None:
    """With a vocabulary closed under sub-n-grams, reading only n-grams whose parts are known gives the
    counts of reading every n-gram; a vocabulary that is not closed is read in full."""
    closed = parse_models(_tiny())
    assert closed.closed
    full = replace(closed, closed=False)
    for text in ["Truce held, truce", "the truce held and held", "held truce held truce held", "no words"]:
        assert closed.counts(text) == full.counts(text)
    doc = _tiny()
    doc["idf"] = {"truce": 2.0, "truce held": 3.0}  # "held" missing: not closed
    broken = parse_models(doc)
    assert not broken.closed and broken.counts("truce held") == {"truce": 1, "truce held": 1}


def test_a_file_failing_its_own_checks_is_refused() -> None:
    """A model file whose recorded probabilities the runtime does not reproduce is refused at load."""
    doc = _tiny()
    doc["checks"] = {"texts": ["truce"], "probabilities": {"ceasefire": [0.5]}, "tolerance": 1e-3}
    with pytest.raises(ModelError, match=r"its check says 0\.5000"):
        parse_models(doc)
    with pytest.raises(ModelError, match="malformed"):
        parse_models({"features": {}})


def test_the_shipped_models_reproduce_scikit_learn() -> None:
    """The shipped file loads (its scikit-learn checks hold) and holds both categories' models."""
    models = load_models()
    assert isinstance(models, PassageModels)
    assert models.names == {"ceasefire", "confirmation_gap"}
    doc = json.loads(Path(SHIPPED).read_text(encoding="utf-8"))
    assert len(doc["checks"]["texts"]) >= 4 and "dev.jsonl" not in " ".join(doc["trained_on"])


def test_the_shipped_models_separate_news_from_its_look_alikes() -> None:
    """The cease-fire model scores a truce in force high and a call for one low."""
    models = load_models()
    fact = models.score(
        "ceasefire", "A truce between the two armies took effect at noon on Monday, officials said."
    )
    call = models.score("ceasefire", "The envoy urged both sides to agree to an immediate truce.")
    assert fact > 0.85 > call


def test_an_unknown_model_is_refused_when_the_rule_compiles() -> None:
    """A classifier condition naming a model the file lacks fails to compile, naming the known ones."""
    cond = Condition.model_validate({"classifier": {"model": "tolls", "min": 0.5}})
    with pytest.raises(CompileError, match="unknown model 'tolls'"):
        Compiler({}, {}).compile(cond)


def test_the_model_rule_is_in_the_shipped_pack() -> None:
    """The shipped pack's model gap rule fires on a denial, not on a proposal."""
    ruleset = load_ruleset()
    assert "gap.model" in {rule.id for rule in ruleset.rules}
    denial = "The army said none of its units had opened fire and called the report a fabrication."
    assert "gap.model" in {d.rule for d in ruleset.detect_text(denial)}
    proposal = "Hamas rejected the latest ceasefire proposal on Tuesday."
    assert "gap.model" not in {d.rule for d in ruleset.detect_text(proposal)}


@pytest.mark.parametrize(
    "text",
    [
        "The president did not address the nation on Friday.",
        "The army said it had captured the hill, but gave no further details.",
        "The rebels' claim has not been confirmed.",
    ],
)
def test_the_model_rule_keeps_quiet_on_near_misses(text: str) -> None:
    """A speech not given, a claimant's missing details and a hedge with no party fire no model gap."""
    ruleset = load_ruleset()
    assert "gap.model" not in {d.rule for d in ruleset.detect_text(text)}

"""Passage models: linear text classifiers that ``model:`` rule conditions read, in plain Python.

A model file (``rules/data/models/passages.json``, written by ``scripts/train_models.py``) holds a
TF-IDF vocabulary and, per category, logistic-regression weights. Scoring a text reproduces
scikit-learn's ``TfidfVectorizer(ngram_range=(1, 3), sublinear_tf=True)`` followed by
``LogisticRegression.predict_proba``:

1. lower-case the text; tokens are runs of two or more word characters (``(?u)\\b\\w\\w+\\b``);
2. every 1-, 2- and 3-gram of tokens (joined by one space) that is in the vocabulary counts;
3. a term's weight is ``(1 + ln count) * idf``, and the vector is scaled to unit length;
4. the probability is ``1 / (1 + exp(-(w . x + b)))``.

Step 2 reads only what can count: when the vocabulary is closed under sub-n-grams (as a ``min_df``
vocabulary is: an n-gram in at least k documents has its parts in at least k), an n-gram can be in it
only if both its (n-1)-grams are, so longer n-grams are joined only where those are (a file whose
vocabulary is not closed is read in full).

The file's ``checks`` are probabilities scikit-learn gave for a few texts; :func:`load_models`
refuses a file whose own checks this code does not reproduce, so a mismatch between trainer and
runtime fails at load instead of shifting every score. Nothing is downloaded and no code from the
file runs: it is numbers.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

SHIPPED = Path(__file__).resolve().parent.parent / "data" / "models" / "passages.json"

_TOKEN = re.compile(r"(?u)\b\w\w+\b")


class ModelError(ValueError):
    """A model file that cannot be used (unreadable, malformed, or failing its own checks)."""


@dataclass(frozen=True)
class PassageModels:
    """One vocabulary and the categories' weights over it (see the module docstring)."""

    ngram_max: int
    idf: dict[str, float]
    weights: dict[str, dict[str, float]]
    intercepts: dict[str, float]
    #: whether every n-gram of the vocabulary has its (n-1)-grams in it too (see the module docstring)
    closed: bool = False

    @property
    def names(self) -> frozenset[str]:
        return frozenset(self.weights)

    def counts(self, text: str) -> dict[str, int]:
        """How often each vocabulary term occurs among the text's 1- to ``ngram_max``-grams."""
        tokens = _TOKEN.findall(text.lower())
        idf = self.idf
        counts: dict[str, int] = {}
        # live[i]: the (n-1)-gram starting at token i is in the vocabulary (all, for a file not closed)
        live = [True] * len(tokens)
        for n in range(1, self.ngram_max + 1):
            found = [False] * (len(tokens) - n + 1)
            for i in range(len(tokens) - n + 1):
                if n > 1 and self.closed and not (live[i] and live[i + 1]):
                    continue
                term = tokens[i] if n == 1 else " ".join(tokens[i : i + n])
                if term in idf:
                    counts[term] = counts.get(term, 0) + 1
                    found[i] = True
            if self.closed:
                live = found
        return counts

    def score(self, name: str, text: str) -> float:
        """The probability model ``name`` gives ``text`` (KeyError for an unknown name)."""
        weights, idf = self.weights[name], self.idf
        dot = squares = 0.0
        for t, c in self.counts(text).items():
            v = (1.0 + math.log(c)) * idf[t]
            dot += v * weights.get(t, 0.0)
            squares += v * v
        z = self.intercepts[name] + (dot / math.sqrt(squares) if squares > 0 else 0.0)
        if z >= 0:
            return 1.0 / (1.0 + math.exp(-z))
        e = math.exp(z)
        return e / (1.0 + e)


def parse_models(doc: Any, where: str = "model file") -> PassageModels:
    """Build the models from a parsed file and verify its checks; ModelError says what is wrong."""
    try:
        features = doc["features"]
        models = PassageModels(
            ngram_max=int(features["ngram_max"]),
            idf={str(t): float(v) for t, v in doc["idf"].items()},
            weights={
                str(name): {str(t): float(w) for t, w in m["coef"].items()}
                for name, m in doc["models"].items()
            },
            intercepts={str(name): float(m["intercept"]) for name, m in doc["models"].items()},
        )
        models = replace(models, closed=_closed(models.idf))
        checks = doc["checks"]
        texts = [str(t) for t in checks["texts"]]
        tolerance = float(checks["tolerance"])
        expected = {str(k): [float(p) for p in v] for k, v in checks["probabilities"].items()}
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ModelError(f"{where}: malformed model file: {exc!r}") from exc
    if features.get("token_pattern") != _TOKEN.pattern or not features.get("sublinear_tf"):
        raise ModelError(f"{where}: features this runtime does not compute: {features}")
    for name, probabilities in expected.items():
        for text, want in zip(texts, probabilities, strict=True):
            got = models.score(name, text)
            if abs(got - want) > tolerance:
                raise ModelError(
                    f"{where}: model {name!r} gives {got:.4f} for {text!r}, its check says {want:.4f}"
                )
    return models


def _closed(vocabulary: dict[str, float]) -> bool:
    """Whether every n-gram of ``vocabulary`` has both its (n-1)-grams in it."""
    for term in vocabulary:
        words = term.split(" ")
        if len(words) > 1 and (
            " ".join(words[:-1]) not in vocabulary or " ".join(words[1:]) not in vocabulary
        ):
            return False
    return True


@cache
def load_models(path: Path = SHIPPED) -> PassageModels:
    """The models in ``path`` (the shipped file by default), read and checked once per process."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"{path}: cannot read model file: {exc}") from exc
    return parse_models(doc, str(path))

"""Digest of every detection the shipped pack makes: compares the pure and the compiled rule engine.

    python scripts/detection_digest.py [CORPUS.jsonl ...]

Runs ``RuleSet.detect`` (shipped pack) over each corpus (format: services.evaluation.read_corpus)
and over the engine benchmark's items (``generate_items(3000, 7)``), and prints one line per input
with the item count, detection count and sha256 of the detections' reprs in order, then a total
line. ``scripts/compiled.sh`` runs it once pure and once compiled; the lines must be identical.
The module paths go to stderr, so the output compares equal across trees.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from ingest.models import WireItem
from rules import matcher
from rules.loader import load_ruleset
from rules.matcher import RuleSet
from services.evaluation import read_corpus
from wirewatch.bench.engine import generate_items


def _corpus_items(path: Path) -> list[WireItem]:
    """The corpus records as items, the way ``wirewatch eval`` builds them."""
    return [
        WireItem(
            uri=r.id,
            body=r.text,
            versioncreated=datetime(r.published.year, r.published.month, r.published.day, 12, tzinfo=UTC)
            if r.published
            else None,
        )
        for r in read_corpus(path)
    ]


def digest(ruleset: RuleSet, items: Iterable[WireItem]) -> tuple[int, int, str]:
    """(items, detections, sha256 of every detection's repr in order)."""
    h = hashlib.sha256()
    n_items = n_detections = 0
    for item in items:
        n_items += 1
        for detection in ruleset.detect(item):
            n_detections += 1
            h.update(f"{item.uri}\t{detection!r}\n".encode())
    return n_items, n_detections, h.hexdigest()


def main(argv: list[str]) -> int:
    """Print the digest lines; the engine's module path goes to stderr."""
    print(f"rules.matcher from {matcher.__file__}", file=sys.stderr)
    ruleset = load_ruleset()
    inputs = [(Path(a).name, _corpus_items(Path(a))) for a in argv]
    inputs.append(("bench-3000-seed7", generate_items(3000, 7)))
    total = hashlib.sha256()
    for name, items in inputs:
        n_items, n_detections, hexdigest = digest(ruleset, items)
        total.update(hexdigest.encode())
        print(f"{name}: items={n_items} detections={n_detections} sha256={hexdigest}")
    print(f"total: sha256={total.hexdigest()}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

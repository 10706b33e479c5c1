"""``wirewatch eval CORPUS.jsonl...``: score the rule set on labelled corpora (see services.evaluation)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "eval",
        help="replay a labelled corpus through the detector and print precision/recall per category",
        description=(
            "Replays each record as a wire item through the stateful detector and scores the categories "
            "of firing text alerts against the labels (deadline and series alerts are not counted). Several "
            "corpora are each replayed through a detector of their own and scored together."
        ),
    )
    parser.add_argument(
        "corpus",
        type=Path,
        nargs="+",
        help="JSON-lines corpus (id, text, published, labels); several are pooled",
    )
    parser.add_argument(
        "--rules", type=Path, action="append", default=[], help="user rule directory (repeatable)"
    )
    parser.add_argument("--json", action="store_true", help="print the scores as one JSON object")
    parser.add_argument("--predictions", type=Path, help="write one {id, categories} line per record here")
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    from rules.loader import load_ruleset
    from services.evaluation import format_table, pool, read_corpus, run

    ruleset = load_ruleset(args.rules)
    corpora = [read_corpus(path) for path in args.corpus]
    # each corpus on a detector of its own: one corpus's events must not correlate with another's
    report = pool([run(records, ruleset) for records in corpora])
    if args.predictions is not None:
        with args.predictions.open("w", encoding="utf-8") as out:
            for records in corpora:
                for rec in records:
                    out.write(json.dumps({"id": rec.id, "categories": report.predictions[rec.id]}) + "\n")
    if args.json:
        print(
            json.dumps(
                {
                    "corpora": [str(path) for path in args.corpus],
                    "records": report.records,
                    "deadline_alerts_not_counted": report.deadline_alerts,
                    "series_alerts_not_counted": report.series_alerts,
                    "categories": {s.category: s.as_dict() for s in report.scores},
                    "toll_values": report.toll_values.as_dict(),
                }
            )
        )
    else:
        print(format_table(report))
    return 0

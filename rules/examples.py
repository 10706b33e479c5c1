"""Running the inline ``examples`` of rules (``wirewatch rules test``).

Each ``match`` example must make its rule fire (alone: other rules are not consulted) and, for
every value it lists, extract exactly that value; each ``no_match`` example must not make the rule
fire. An example's text is a headline, a blank line and a body, or just a body.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rules.matcher import RuleSet
from rules.schema import Example


@dataclass(frozen=True)
class ExampleFailure:
    rule: str
    file: str
    line: int
    message: str


def _run(ruleset: RuleSet, rule_id: str, example: Example) -> list[str]:
    headline = example.text.split("\n\n", 1)[0] if "\n\n" in example.text else ""
    return [
        det.rule
        for det in ruleset.detect_text(example.text, headline=headline, year=example.year, only=[rule_id])
    ]


def check_examples(
    ruleset: RuleSet, rule_ids: Iterable[str] | None = None
) -> tuple[int, list[ExampleFailure]]:
    """Run the examples of ``rule_ids`` (default: every rule); return (examples run, failures)."""
    wanted = set(rule_ids) if rule_ids is not None else None
    failures: list[ExampleFailure] = []
    count = 0
    for compiled in ruleset.compiled:
        rule = compiled.rule
        if wanted is not None and rule.id not in wanted:
            continue
        file, line = compiled.origin
        for example in rule.examples.match:
            count += 1
            headline = example.text.split("\n\n", 1)[0] if "\n\n" in example.text else ""
            dets = ruleset.detect_text(example.text, headline=headline, year=example.year, only=[rule.id])
            short = example.text if len(example.text) <= 70 else example.text[:67] + "..."
            if not dets:
                failures.append(ExampleFailure(rule.id, file, line, f"expected a match: {short!r}"))
                continue
            got = dets[0].values
            for key, expected in example.values.items():
                if got.get(key) != expected:
                    failures.append(
                        ExampleFailure(
                            rule.id,
                            file,
                            line,
                            f"{key}: expected {expected!r}, got {got.get(key)!r} in {short!r}",
                        )
                    )
        for item in rule.examples.no_match:
            count += 1
            example = item if isinstance(item, Example) else Example(text=item)
            if _run(ruleset, rule.id, example):
                short = example.text if len(example.text) <= 70 else example.text[:67] + "..."
                failures.append(ExampleFailure(rule.id, file, line, f"expected no match: {short!r}"))
    return count, failures

"""What each shipped rule costs on the bench's trigger items: the time with every rule, less the time
with that rule disabled.

    .venv/bin/python scripts/rule_costs.py [--top 15] [--repeats 5]      (pure engine)
    KEEP=1 bash scripts/compiled.sh bench --rounds 1      (prints the kept copy COPY), then
    .venv/bin/python COPY/scripts/rule_costs.py                           (compiled engine)

(The script puts its own tree first on ``sys.path``: run the copy's script for the copy's engine.)

The items are ``wirewatch bench engine``'s (3,000, seed 7); only those for which some rule is a
candidate are timed (the others cost the same with or without any one rule). A rule's cost includes the
analysis of sentences only its anchors ask for, so the costs need not add up to the total. Process CPU
time, best of ``--repeats``; differences under a millisecond are noise.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from rules.loader import load_ruleset  # noqa: E402
from rules.matcher import RuleSet  # noqa: E402
from wirewatch.bench.engine import generate_items  # noqa: E402


def _best(ruleset: RuleSet, texts: list[str], repeats: int) -> float:
    for text in texts:  # warm the memos
        ruleset.detect_text(text)
    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        for text in texts:
            ruleset.detect_text(text)
        best = min(best, time.process_time() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--top", type=int, default=15, help="rules to print, costliest first")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args(argv)
    shipped = load_ruleset()
    texts = [item.text for item in generate_items(3000, 7)]
    triggers = [t for t in texts if shipped.candidate_rules(t)]
    total = _best(shipped, triggers, args.repeats)
    costs = []
    with tempfile.TemporaryDirectory() as tmp:
        for rule_id in sorted(shipped.ids):
            (Path(tmp) / "disable.yaml").write_text(f"disable: [{rule_id}]\n", encoding="utf-8")
            without = _best(load_ruleset([Path(tmp)]), triggers, args.repeats)
            costs.append((total - without, rule_id))
    print(
        f"{len(triggers)} trigger items of {len(texts)}: {total * 1000:.1f} ms, all {len(shipped.ids)} rules"
    )
    for cost, rule_id in sorted(costs, reverse=True)[: args.top]:
        print(f"{cost * 1000:8.1f} ms  {cost / total:6.1%}  {rule_id}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

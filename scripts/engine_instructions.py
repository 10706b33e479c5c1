"""Worker for scripts/engine-instructions.sh: detect over one class of bench items while callgrind counts.

Usage (from the script): python engine_instructions.py REPO F|C|N|E GO_FILE
F = items that fire a shipped rule, C = items carrying trigger words that fire none, N = plain items
(the first 300), through ``RuleSet.detect``. E = ``Detector.evaluate`` of 400 ``wirewatch bench
e2e``-like alerting items, each a new event, with the rule matching memoised first (the stateful core
alone, as ``bench/evaluate.py time`` measures it; the workload comes from this checkout's
``bench/evaluate.py``, the engine from REPO). It loads the rules and items, runs the class once to warm
per-ruleset memos, prints ``READY <count>``, waits until GO_FILE exists (the script turns
instrumentation on first), runs the class again and exits at once, so only that second pass is counted.

Before the counted pass the heap is collected and frozen (``gc.freeze()``), as ``wirewatch run`` and
``wirewatch worker`` do once started (``wirewatch/gcpolicy.py``): otherwise a full collection that
happens to fall into the counted pass adds the cost of walking every rule object (about 30 million
instructions, +375k per item of the 85 trigger items) to whichever tree's allocations time it there.
"""

import gc
import os
import re
import sys
import time

repo, which, go = sys.argv[1], sys.argv[2], sys.argv[3]
sys.path.insert(0, repo)

from rules.loader import load_ruleset  # noqa: E402
from wirewatch.bench.engine import generate_items  # noqa: E402

if which == "E":
    sys.path.insert(1, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bench"))
    import evaluate as ev

    from rules.engine import Detector
    from wirewatch.metrics import Metrics
    from wirewatch.state import MemoryStore

    memo = ev.Memo(load_ruleset([ev.RULES]))
    e2e = ev._e2e_items(800)
    for item in e2e:
        memo.detect(item)
    detector, store = Detector(memo, metrics=Metrics()), MemoryStore()
    for item in e2e[:400]:  # warm: memos, metric children, the store's first keys
        detector.evaluate(item, store, ev.T0)
    gc.collect()
    gc.freeze()  # as the worker does (see the module docstring)
    print("READY", 400, flush=True)
    while not os.path.exists(go):
        time.sleep(0.05)
    for item in e2e[400:]:
        detector.evaluate(item, store, ev.T0)
    sys.stdout.flush()
    os._exit(0)

ruleset = load_ruleset()
items = generate_items(3000, 7)
# wirewatch.bench.engine.TRIGGER_WORDS, written out: REPO may be an older tree without that name, and
# both trees' items must be split the same way
strong = re.compile(r"\b(truce|cease-?fire|toll|killed|confirm)", re.I)
classes = {
    "F": [it for it in items if ruleset.detect(it)],
    "C": [it for it in items if strong.search(it.text) and not ruleset.detect(it)],
    "N": [it for it in items if not strong.search(it.text)][:300],
}
chosen = classes[which]
for item in chosen:
    ruleset.detect(item)
gc.collect()
gc.freeze()  # as the worker does (see the module docstring)
print("READY", len(chosen), flush=True)
while not os.path.exists(go):
    time.sleep(0.05)
for item in chosen:
    ruleset.detect(item)
sys.stdout.flush()
os._exit(0)

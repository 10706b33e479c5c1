"""Rule-engine throughput: shipped pack, a generated 1,000-rule pack, and a naive `re` baseline.

All three run in this process on one core over the same generated wire items (~2 KB each, a
realistic mix: most about markets, weather, sport and politics, written with the everyday words a
prefilter must not choke on - "statement", "deal", "rose", "end" - and about one in ten carrying
conflict wording that the shipped rules look for; the measured share is printed).

- shipped: ``RuleSet.detect`` with the shipped pack;
- shipped, as items of a story: ``RuleSet.detect_with_topics``, what the runtimes call for an item
  with a slugline (detection, and the story topics its story remembers);
- rules1000: ``RuleSet.detect`` with 1,000 generated rules (each: three anchor phrases from a
  4,000-word watch vocabulary, a proximity requirement, a negation exclusion, an actor extraction
  and templates), loaded through the normal loader; its memory is measured with tracemalloc;
- naive1000: the same 1,000 rules' patterns compiled with Python ``re`` and tried one after
  another on every item (anchor pattern, then the proximity pattern).

With ``--json`` the last line is one JSON object starting with ``shipped_items_per_s``,
``rules1000_items_per_s`` and ``naive1000_items_per_s``.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import random
import re
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path
from typing import Any

from ingest.models import WireItem
from rules._compiled import COMPILED_MODULES
from rules.loader import load_ruleset
from rules.matcher import RuleSet
from rules.patterns import normalise

_FILLER = """the a of to in and for on with at by from as that this its their his her was were is are has have
had will would after before over under about into during against between market shares index percent
investors central bank interest rates inflation growth quarter earnings company revenue profit
statement deal agreement talks minister government parliament election vote party leader campaign
weather storm rain temperatures forecast region coast city council mayor plan budget spending tax
reform court judge ruling appeal police club team match season coach player goal league final
championship coach injury transfer fans stadium rose fell climbed dropped reached end start began
said says told added announced reported according officials spokesman analysts week month year
monday tuesday wednesday thursday friday saturday sunday morning evening new higher lower record oil
gas prices energy supply demand exports imports trade tariffs dollar euro yen bonds yields
technology software chips data users service launch update product release customers""".split()  # noqa: SIM905
_PLACES = ["Lagos", "Lima", "Oslo", "Perth", "Quito", "Dakar", "Hanoi", "Riga", "Tunis", "Accra"]
_ACTORS = ["Armenia", "Azerbaijan", "Israel", "Hamas", "Sudan's army", "the RSF", "Russia", "Ukraine",
           "Libya's LNA", "Hezbollah", "Ethiopia", "the Houthis"]  # fmt: skip
_TRIGGERS = [
    "{a} and {b} agreed a truce that took effect at noon on {day}, officials said.",
    "{a} announced a unilateral cease-fire late on {day}, but {b} has yet to confirm it.",
    "The death toll from the fighting rose to {n}, {a}'s health ministry said, up from {m} a day earlier.",
    "{b} dismissed reports that its forces had withdrawn from the border town.",
    "Talks on a ceasefire between {a} and {b} resumed in {place} on {day}.",
    "The UN urged {a} and {b} to respect the truce and allow aid convoys in.",
    "At least {m} people were killed in strikes on {day}, medics in {place} said.",
    "{a} accused {b} of violating the cease-fire within hours of it taking effect.",
]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


#: the conflict trigger words whose share of items the bench prints; the tests split the bench items
#: into trigger and plain items by it (``scripts/engine_instructions.py`` writes it out for older trees)
TRIGGER_WORDS = re.compile(r"\b(truce|cease-?fire|toll|killed|confirm)", re.I)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--items", type=int, default=3000, help="items per run (default 3000)")
    parser.add_argument("--naive-items", type=int, default=200, help="items for the slow naive baseline")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--rounds", type=int, default=4, help="interleaved rounds, every other one reversed; the best counts"
    )
    parser.add_argument("--generated-rules", type=int, default=1000, help="size of the generated pack (1000)")
    parser.add_argument("--json", action="store_true", help="print a JSON object as the last line")


def _sentence(rng: random.Random, vocab: Sequence[str], watch: Sequence[str]) -> str:
    words = [rng.choice(vocab) for _ in range(rng.randint(12, 22))]
    if watch and rng.random() < 0.15:
        words[rng.randrange(len(words))] = rng.choice(watch)
    if rng.random() < 0.3:
        words.insert(rng.randrange(len(words)), f"{rng.randint(2, 900):,}")
    text = " ".join(words)
    return f"{rng.choice(_PLACES)} {text}." if rng.random() < 0.2 else text[0].upper() + text[1:] + "."


def generate_items(count: int, seed: int, watch: Sequence[str] = (), share: float = 0.1) -> list[WireItem]:
    """``count`` items of about 2 KB; a fraction ``share`` carries two conflict sentences."""
    rng = random.Random(seed)  # noqa: S311 - reproducible benchmark data, not secrets
    items = []
    for i in range(count):
        sentences: list[str] = []
        while sum(len(s) + 1 for s in sentences) < 1950:
            sentences.append(_sentence(rng, _FILLER, watch))
        if rng.random() < share:
            for _ in range(2):
                a, b = rng.sample(_ACTORS, 2)
                text = rng.choice(_TRIGGERS).format(
                    a=a,
                    b=b,
                    n=rng.randint(100, 900),
                    m=rng.randint(10, 99),
                    day=rng.choice(_DAYS),
                    place=rng.choice(_PLACES),
                )
                sentences.insert(rng.randrange(1, len(sentences)), text[0].upper() + text[1:])
        headline = " ".join(rng.choice(_FILLER) for _ in range(7)).capitalize()
        items.append(WireItem(uri=f"bench-{i}", headline=headline, body=" ".join(sentences)))
    return items


def _pseudo_words(rng: random.Random, count: int) -> list[str]:
    syll = ["ka", "lo", "mir", "ta", "ven", "dor", "zu", "pel", "rak", "sim", "nor", "bex", "qui", "fa"]
    words: set[str] = set()
    while len(words) < count:
        words.add("".join(rng.choice(syll) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def write_generated_pack(directory: Path, count: int, seed: int) -> tuple[list[str], list[tuple[str, str]]]:
    """Write ``count`` generated rules; return the watch vocabulary and each rule's (anchor, near) regexes."""
    rng = random.Random(seed)  # noqa: S311 - reproducible benchmark data, not secrets
    vocab = _pseudo_words(rng, 4000)
    lines = ["rules:"]
    patterns: list[tuple[str, str]] = []
    for n in range(count):
        anchor = [rng.choice(vocab), f"{rng.choice(vocab)} {rng.choice(vocab)}", rng.choice(vocab) + "*"]
        near = [rng.choice(vocab), rng.choice(_FILLER[40:])]
        lines += [
            f"  - id: gen.r{n:04d}",
            f"    title: generated watch rule {n}",
            "    category: watch",
            "    kind: event",
            f"    anchor: {json.dumps(anchor)}",
            "    require:",
            f"      - near: {{terms: {json.dumps(near)}, within: 12}}",
            "    exclude:",
            "      - modality: [negated, hypothetical]",
            "    extract:",
            "      party: {actor: [subject, first]}",
            "    summary: 'watch {{ anchor }} ({{ party }}): {{ sentence }}'",
            "    dedup_key: '{{ rule }}|{{ item_id }}'",
        ]
        alts = "|".join(re.escape(a[:-1]) + r"\w*" if a.endswith("*") else re.escape(a) for a in anchor)
        patterns.append((rf"\b(?:{alts})\b", r"\b(?:" + "|".join(re.escape(w) for w in near) + r")\b"))
    (directory / "generated.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return vocab, patterns


def _rate(fn: Callable[[WireItem], object], items: Sequence[WireItem]) -> float:
    """Items per CPU-second of this process (``time.process_time``): on a shared machine other
    processes' load does not count against the figure, which is what "on one core" means."""
    gc.collect()
    start = time.process_time()
    for item in items:
        fn(item)
    return len(items) / max(time.process_time() - start, 1e-9)


def _best(runs: dict[str, Callable[[], float]], rounds: int) -> dict[str, float]:
    """Best rate of each run over ``rounds`` rounds, the runs interleaved so drift hits all alike,
    in reverse order every other round (a run's place in the round moved a rate by 1-2% when two
    runs of the shipped pack were compared, so no run keeps the same neighbours)."""
    best = dict.fromkeys(runs, 0.0)
    order = list(runs.items())
    for n in range(rounds):
        for name, run in order if n % 2 == 0 else reversed(order):
            best[name] = max(best[name], run())
    return best


def engine_build() -> tuple[int, int]:
    """How many of the modules the mypyc build compiles were imported from an extension, of how many:
    ``(0, n)`` is the pure-Python engine (``make install``), ``(n, n)`` the compiled one (``make
    bench-compiled``, the Docker image)."""
    compiled = sum(
        1
        for name in COMPILED_MODULES
        if (importlib.import_module(name).__file__ or "").endswith(tuple(EXTENSION_SUFFIXES))
    )
    return compiled, len(COMPILED_MODULES)


def _trigger_share(ruleset: RuleSet, items: Sequence[WireItem]) -> tuple[float, float]:
    """Share of items that carry conflict trigger words; share that make any shipped rule fire."""
    carrying = sum(1 for i in items if TRIGGER_WORDS.search(i.text))
    firing = sum(1 for i in items if ruleset.detect(i))
    return carrying / len(items), firing / len(items)


def run(args: argparse.Namespace) -> int:
    shipped = load_ruleset()
    with tempfile.TemporaryDirectory() as tmp:
        vocab, patterns = write_generated_pack(Path(tmp), args.generated_rules, args.seed)
        gc.collect()
        tracemalloc.start()
        before = tracemalloc.take_snapshot()
        big = load_ruleset([Path(tmp)], shipped=False)
        after = tracemalloc.take_snapshot()
        tracemalloc.stop()
    mem = sum(s.size_diff for s in after.compare_to(before, "filename"))
    watch = vocab[:: max(1, len(vocab) // 600)]
    items = generate_items(args.items, args.seed, watch)
    share, firing = _trigger_share(shipped, items)
    compiled = [(re.compile(a, re.I), re.compile(b, re.I)) for a, b in patterns]

    def naive(item: WireItem) -> int:
        text, hits = item.text, 0
        for anchor, near in compiled:
            if anchor.search(text) and near.search(text):
                hits += 1
        return hits

    def prefilter_only(item: WireItem) -> object:
        return shipped.prefilter.present_indices(item.text)

    def prefilter_ac(item: WireItem) -> object:
        return shipped.prefilter.scan(normalise(item.text))

    rates = _best(
        {
            "shipped": lambda: _rate(shipped.detect, items),
            "story": lambda: _rate(shipped.detect_with_topics, items),
            "big": lambda: _rate(big.detect, items),
            "scan": lambda: _rate(prefilter_only, items),
            "scan_ac": lambda: _rate(prefilter_ac, items),
        },
        args.rounds,
    )
    shipped_rate, story_rate, big_rate, scan_rate, ac_rate = (
        rates["shipped"],
        rates["story"],
        rates["big"],
        rates["scan"],
        rates["scan_ac"],
    )
    naive_rate = _rate(naive, items[: args.naive_items])
    avg_kb = sum(len(i.text) for i in items) / len(items) / 1024
    built, compilable = engine_build()
    result: dict[str, Any] = {
        "shipped_items_per_s": round(shipped_rate),
        "rules1000_items_per_s": round(big_rate),
        "naive1000_items_per_s": round(naive_rate),
        "rules1000_vs_shipped": round(big_rate / shipped_rate, 3),
        "rules1000_vs_naive": round(big_rate / naive_rate, 1),
        "rules1000_memory_mb": round(mem / 2**20, 2),
        "shipped_story_items_per_s": round(story_rate),
        "prefilter_re2set_items_per_s": round(scan_rate),
        "prefilter_ahocorasick_items_per_s": round(ac_rate),
        "timing": "process CPU time, best of interleaved rounds",
        "engine_compiled_modules": built,
        "engine_compilable_modules": compilable,
        "items": len(items),
        "avg_item_kb": round(avg_kb, 2),
        "trigger_share": round(share, 3),
        "shipped_firing_share": round(firing, 3),
        "shipped_rules": len(shipped.rules),
        "shipped_prefilter_keys": shipped.prefilter.size,
        "rules1000_prefilter_keys": big.prefilter.size,
    }
    engine = (
        f"mypyc-compiled ({built} of {compilable} modules)"
        if built
        else "pure Python (`make bench-compiled`: the compiled engine the Docker image ships)"
    )
    print(f"engine: {engine}")
    print(
        f"items: {len(items)} x {avg_kb:.2f} KB; carrying conflict trigger words: {share:.1%}; "
        f"firing a shipped rule: {firing:.1%}"
    )
    print(f"{'pack':<34} {'items/s':>10}")
    print(f"{'shipped (' + str(len(shipped.rules)) + ' rules)':<34} {shipped_rate:>10,.0f}")
    print(
        f"{'shipped, as items of a story':<34} {story_rate:>10,.0f}   "
        f"({story_rate / shipped_rate:.0%} of shipped: detection and the story topics, one pass)"
    )
    print(
        f"{f'generated {args.generated_rules:,} rules':<34} {big_rate:>10,.0f}   "
        f"({big_rate / shipped_rate:.0%} of shipped, {big_rate / naive_rate:.1f}x naive)"
    )
    print(
        f"{f'naive {args.generated_rules:,} re patterns':<34} {naive_rate:>10,.0f}   "
        f"(over {min(len(items), args.naive_items)} items)"
    )
    print(f"{'prefilter pass: RE2 set (used)':<34} {scan_rate:>10,.0f}")
    print(f"{'prefilter pass: Aho-Corasick':<34} {ac_rate:>10,.0f}")
    print("(items per CPU-second of this process; best of interleaved rounds)")
    print(
        f"memory of the {args.generated_rules:,}-rule set: {mem / 2**20:.1f} MB "
        "(tracemalloc, allocations while loading)"
    )
    if args.json:
        print(json.dumps(result))
    return 0

"""The candidate planner: memoised answers equal a plain walk over the rules."""

import random

import pytest

from rules import candidates
from rules.candidates import Planner


def _brute(rules_of_key: list[int], gates: list[tuple[int, ...]], indices: list[int]) -> tuple[int, ...]:
    present = {k for k in indices}
    anchored = {r for k in indices for r in range(len(gates)) if rules_of_key[k] >> r & 1}
    return tuple(sorted(r for r in anchored if all(any(g >> k & 1 for k in present) for g in gates[r])))


def test_candidates_equal_a_plain_walk() -> None:
    """Over random rule sets and key sets, the memoised planner agrees with brute force."""
    rng = random.Random(3)
    for _ in range(30):
        n_keys, n_rules = rng.randint(1, 40), rng.randint(1, 25)
        rules_of_key = [0] * n_keys
        for r in range(n_rules):
            for k in rng.sample(range(n_keys), rng.randint(1, min(3, n_keys))):
                rules_of_key[k] |= 1 << r
        gates = [
            tuple(
                sum(1 << k for k in rng.sample(range(n_keys), rng.randint(1, min(4, n_keys))))
                for _ in range(rng.randint(0, 2))
            )
            for _ in range(n_rules)
        ]
        planner = Planner(rules_of_key, gates)
        for _ in range(60):
            indices = rng.sample(range(n_keys), rng.randint(0, n_keys))
            expected = _brute(rules_of_key, gates, indices)
            assert planner.candidates(indices) == expected
            assert planner.candidates(list(reversed(indices))) == expected  # memo hit, any order


def test_memo_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """Past MAX_ENTRIES the memo is cleared, and answers stay right."""
    monkeypatch.setattr(candidates, "MAX_ENTRIES", 2)
    planner = Planner([1, 2, 4, 8], [(), (), (), ()])
    for k in range(4):
        assert planner.candidates([k]) == (k,)
    assert len(planner._memo) <= 2

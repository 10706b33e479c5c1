"""`wirewatch bench engine` runs end to end and ends with the documented JSON line (no timing asserted)."""

import json
import os

import pytest

from rules._compiled import COMPILED_MODULES
from wirewatch.bench.engine import engine_build, generate_items
from wirewatch.cli import main


def test_bench_engine_json_last_line(capsys: pytest.CaptureFixture[str]) -> None:
    """A tiny run prints the table and, last, a JSON object with the three rates first."""
    assert (
        main(
            [
                "bench",
                "engine",
                "--items",
                "40",
                "--naive-items",
                "3",
                "--rounds",
                "1",
                "--generated-rules",
                "30",
                "--json",
            ]
        )
        == 0
    )
    last = capsys.readouterr().out.strip().splitlines()[-1]
    data = json.loads(last)
    assert list(data)[:3] == ["shipped_items_per_s", "rules1000_items_per_s", "naive1000_items_per_s"]
    assert data["rules1000_memory_mb"] > 0 and 0 <= data["trigger_share"] <= 1


def test_generated_items_are_about_2kb_with_a_trigger_share() -> None:
    """Generated items are ~2 KB and about one in ten carries conflict wording."""
    items = generate_items(400, seed=3)
    sizes = [len(i.text) for i in items]
    assert 1800 < sum(sizes) / len(sizes) < 2400
    share = sum(
        "truce" in i.text or "toll" in i.text or "cease-fire" in i.text or "dismissed" in i.text
        for i in items
    ) / len(items)
    assert 0.04 < share < 0.2


def test_engine_build_tells_pure_from_compiled() -> None:
    """The bench names the engine it measured: no compiled module in a pure tree, all of them in the
    compiled build (scripts/compiled.sh runs this with WIREWATCH_EXPECT_COMPILED=1)."""
    compiled, compilable = engine_build()
    assert compilable == len(COMPILED_MODULES) > 0
    assert compiled == (compilable if os.environ.get("WIREWATCH_EXPECT_COMPILED") == "1" else 0)

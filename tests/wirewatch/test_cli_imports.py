"""Building the ``wirewatch`` parser imports no heavy module; benchmarks are imported only when chosen."""

from __future__ import annotations

import importlib
import json
import pkgutil
import py_compile
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import wirewatch.bench
from wirewatch.cli import build_parser, main
from wirewatch.commands.bench import summary

# What building the parser must not import: third-party libraries with a start-up cost, and the
# first-party packages that pull them in (settings -> pydantic-settings, logging -> structlog, ...).
HEAVY = (
    "aiohttp",
    "aiokafka",
    "faust",
    "httpx",
    "prometheus_client",
    "pydantic",
    "pydantic_settings",
    "jinja2",
    "yaml",
    "structlog",
    "uvloop",
    "asyncio",
    "alerts",
    "rules",
    "ingest",
    "services",
    "wirewatch.settings",
    "wirewatch.logging",
    "wirewatch.metrics",
    "wirewatch.eventloop",
)

BENCHMARKS = sorted(
    m.name for m in pkgutil.iter_modules(wirewatch.bench.__path__) if not m.name.startswith("_")
)


def imported_after(code: str) -> list[str]:
    """Run ``code`` in a fresh interpreter; return the modules it added to ``sys.modules``."""
    script = (
        "import json, sys\n"
        "before = set(sys.modules)\n"
        f"{code}\n"
        "print(json.dumps(sorted(set(sys.modules) - before)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True
    )
    added: list[str] = json.loads(result.stdout.strip().splitlines()[-1])
    return added


def heavy(modules: list[str]) -> list[str]:
    return [m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY)]


def test_building_the_parser_imports_no_heavy_module() -> None:
    """build_parser() loads no third-party library, engine, pipeline, settings or benchmark module."""
    added = imported_after("from wirewatch.cli import build_parser\nbuild_parser()")
    assert heavy(added) == []
    assert [m for m in added if m.startswith("wirewatch.bench.")] == []
    assert "wirewatch.commands.run" in added  # the check ran after every command registered


def test_bench_help_for_one_benchmark_imports_only_that_one() -> None:
    """Parsing `bench state --help` imports wirewatch.bench.state and no other benchmark."""
    added = imported_after(
        "from wirewatch.cli import build_parser\n"
        "try:\n"
        "    build_parser().parse_args(['bench', 'state', '--help'])\n"
        "except SystemExit:\n"
        "    pass"
    )
    assert [m for m in added if m.startswith("wirewatch.bench.")] == ["wirewatch.bench.state"]


def test_bench_help_lists_every_benchmark_with_its_docstring(capsys: pytest.CaptureFixture[str]) -> None:
    """`bench --help` lists each benchmark with the first line of its module docstring."""
    with pytest.raises(SystemExit) as exit_:
        main(["bench", "--help"])
    assert exit_.value.code == 0
    out = " ".join(capsys.readouterr().out.split())
    assert BENCHMARKS
    for name in BENCHMARKS:
        doc = importlib.import_module(f"wirewatch.bench.{name}").__doc__ or ""
        first = " ".join(doc.strip().splitlines()[0].split())
        assert f"{name} {first}" in out


def test_chosen_benchmark_gets_its_arguments_and_handler() -> None:
    """`bench state --series 10` parses with the module's own options, defaults and run handler."""
    import wirewatch.bench.state as state

    args = build_parser().parse_args(["bench", "state", "--series", "10"])
    assert args.bench == "state"
    assert args.series == 10 and args.batch == 8
    assert args.handler is state.run


@pytest.fixture()
def on_path(tmp_path: Path) -> Iterator[Path]:
    sys.path.insert(0, str(tmp_path))
    try:
        yield tmp_path
    finally:
        sys.path.remove(str(tmp_path))
        for name in [m for m in sys.modules if m.startswith("lia_doc_")]:
            del sys.modules[name]


def test_summary_reads_the_docstring_from_source(on_path: Path) -> None:
    """summary() takes the first line of the docstring after comments, and "" when there is none."""
    (on_path / "lia_doc_a.py").write_text(
        '# -*- coding: utf-8 -*-\n# a comment\n\n"""  First line.\n\nMore.\n"""\nraise RuntimeError\n'
    )
    (on_path / "lia_doc_b.py").write_text('x = 1\n"""Not a docstring."""\n')
    (on_path / "lia_doc_c.py").write_text('b"""bytes are not a docstring"""\n')
    assert summary("lia_doc_a") == "First line."  # read, not imported: importing it would raise
    assert summary("lia_doc_b") == ""
    assert summary("lia_doc_c") == ""
    assert "lia_doc_a" not in sys.modules


def test_summary_imports_a_module_shipped_without_source(on_path: Path) -> None:
    """A bytecode-only module has no source to read, so its __doc__ is used."""
    source = on_path / "lia_doc_src.py"
    source.write_text('"""Compiled summary.\n\nBody."""\n')
    py_compile.compile(str(source), cfile=str(on_path / "lia_doc_pyc.pyc"), doraise=True)
    source.unlink()
    assert summary("lia_doc_pyc") == "Compiled summary."

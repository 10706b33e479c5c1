"""``wirewatch bench NAME``: run one benchmark from :mod:`wirewatch.bench`."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
from typing import Any

import wirewatch.bench


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser("bench", help="run a benchmark and print its figures")
    sub_bench = parser.add_subparsers(dest="bench", metavar="NAME")
    for info in sorted(pkgutil.iter_modules(wirewatch.bench.__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"wirewatch.bench.{info.name}")
        bench_parser = sub_bench.add_parser(info.name, help=(module.__doc__ or "").strip().splitlines()[0])
        module.add_arguments(bench_parser)
        bench_parser.set_defaults(handler=module.run)

    def _no_benchmark(_args: argparse.Namespace) -> int:
        parser.print_help()
        return 2

    parser.set_defaults(handler=_no_benchmark)

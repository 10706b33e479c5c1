"""``wirewatch bench NAME``: run one benchmark from :mod:`wirewatch.bench`.

Every public module of :mod:`wirewatch.bench` is a benchmark (``add_arguments(parser)`` and
``run(args) -> int``). They import the engine, the alert pipeline, aiohttp or aiokafka at module
level, so building the parser does not import them: each is listed by name with the first line of
its docstring, read from its source, and only the chosen one is imported, when its arguments are
parsed.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import importlib.util
import pkgutil
import tokenize
from collections.abc import Iterable
from typing import Any

import wirewatch.bench


def summary(module_name: str) -> str:
    """First line of ``module_name``'s docstring ("" if none), as ``__doc__`` would give it.

    Read from the module's source without importing it; a module shipped without source (compiled,
    or bytecode only) is imported instead.
    """
    spec = importlib.util.find_spec(module_name)
    if spec is None or spec.origin is None or not spec.origin.endswith(".py"):
        doc = importlib.import_module(module_name).__doc__
    else:
        doc = _leading_string(spec.origin)
    lines = (doc or "").strip().splitlines()
    return lines[0] if lines else ""


def _leading_string(path: str) -> str | None:
    """The docstring of the module at ``path``: its first statement when that is a string literal.

    Only the tokens up to that statement are read: parsing whole benchmark modules to find it costs
    about as much as the rest of building the parser.
    """
    with open(path, "rb") as source:
        for token in tokenize.tokenize(source.readline):
            if token.type in (tokenize.ENCODING, tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE):
                continue
            if token.type != tokenize.STRING:
                return None
            value = ast.literal_eval(token.string)
            return value if isinstance(value, str) else None
    return None


class BenchmarkParser(argparse.ArgumentParser):
    """The parser of one benchmark; its module's arguments and handler are added on first parse.

    ``argparse`` hands a sub-command's arguments (``--help`` included) to its parser's
    :meth:`parse_known_args`, so the benchmark module is imported only when it was chosen.
    """

    def __init__(self, *args: Any, module: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._module = module
        self._loaded = False

    def load(self) -> None:
        """Import the benchmark module and add its arguments and ``run`` handler (once)."""
        if self._loaded:
            return
        self._loaded = True
        module = importlib.import_module(self._module)
        module.add_arguments(self)
        self.set_defaults(handler=module.run)

    # Any: ArgumentParser.parse_known_args is overloaded on the namespace's type; this passes it on.
    def parse_known_args(
        self, args: Iterable[str] | None = None, namespace: Any = None
    ) -> tuple[Any, list[str]]:
        self.load()
        return super().parse_known_args(args, namespace)


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser("bench", help="run a benchmark and print its figures")
    sub_bench = parser.add_subparsers(dest="bench", metavar="NAME", parser_class=BenchmarkParser)
    for info in sorted(pkgutil.iter_modules(wirewatch.bench.__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = f"wirewatch.bench.{info.name}"
        sub_bench.add_parser(info.name, help=summary(module), module=module)

    def _no_benchmark(_args: argparse.Namespace) -> int:
        parser.print_help()
        return 2

    parser.set_defaults(handler=_no_benchmark)

"""Reading YAML (rule files, routing, the gazetteer and modality data): one parse, in C when possible.

Why: PyYAML's pure-Python parser took about 0.8 s of every ``load_ruleset()`` (each rule file was
parsed twice: once for the node tree that gives error messages their line numbers, once for the
data), paid at every worker and ``wirewatch run`` start, every ``wirewatch rules test`` and in the
tests. :data:`SafeLoader` is libyaml's ``CSafeLoader`` when PyYAML was built with it (the PyPI
wheels are) and the pure ``SafeLoader`` otherwise; both resolve and construct with the same safe
constructor, so the data are the same. The only visible difference: libyaml words some syntax
errors differently (the line number is the same).
"""

from __future__ import annotations

from typing import Any

import yaml

#: libyaml's parser where available; same safe constructor and resolver either way
SafeLoader: type[yaml.SafeLoader] | type[yaml.CSafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def compose_and_load(text: str) -> tuple[yaml.Node | None, Any]:
    """Parse ``text`` once: its node tree (marks carry line numbers) and the data built from it.

    ``(None, None)`` for an empty document. Raises ``yaml.YAMLError`` (``MarkedYAMLError`` with a
    ``problem_mark`` for syntax errors) exactly where ``yaml.safe_load`` would.
    """
    loader = SafeLoader(text)
    try:
        node = loader.get_single_node()
        data = None if node is None else loader.construct_document(node)
    finally:
        loader.dispose()
    return node, data


def safe_load(text: str) -> Any:
    """``yaml.safe_load`` through :data:`SafeLoader`."""
    return yaml.load(text, Loader=SafeLoader)  # noqa: S506 - SafeLoader or CSafeLoader: safe

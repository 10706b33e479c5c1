"""The mypyc-compiled build of the rule engine: which modules, and the guard against stale builds.

``COMPILED_MODULES`` is the one list every build path uses (``setup.py`` with ``WIREWATCH_MYPYC=1``,
``scripts/compiled.sh``, the Docker image). The modules left out cannot be compiled (the pydantic
models: claims, corrections, correlation, registry, schema, tolls), change behaviour when compiled
(detections, engine: tests patch instance attributes). ``rules/__init__`` stays pure because it
runs the guard.

Python imports ``matcher.cpython-311-*.so`` before ``matcher.py`` in the same folder, so an edited
source would be silently shadowed by a stale extension. At build time ``setup.py`` writes
``MANIFEST_NAME`` (sha256 of each compiled source and the mypy version) next to the modules;
:func:`check` (called on ``import rules``) refuses to import a tree whose extensions no longer match
their sources. It only hashes when extension files exist, so the pure tree pays one directory listing.

Only the standard library is imported here: ``setup.py`` loads this file by path before anything is
built or installed.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from importlib.machinery import EXTENSION_SUFFIXES

COMPILED_MODULES: tuple[str, ...] = (
    "rules.candidates",
    "rules.conditions",
    "rules.deadlines",
    "rules.examples",
    "rules.extraction",
    "rules.facts",
    "rules.hit",
    "rules.loader",
    "rules.matcher",
    "rules.patterns",
    "rules.records",
    "rules.roles",
    "rules.sites",
    "rules.templates",
    "rules.text",
    "rules.text.actors",
    "rules.text.document",
    "rules.text.figures",
    "rules.text.lexicon",
    "rules.text.modality",
    "rules.text.models",
    "rules.text.names",
    "rules.text.numbers",
    "rules.text.sentences",
    "rules.text.tokens",
)
"""Dotted names of the modules mypyc compiles (a package name means its ``__init__.py``)."""

FIRST_PARTY = ("rules", "alerts", "ingest", "services", "wirewatch")
"""Top-level packages of this project (whose sources can change what mypyc generates)."""

MANIFEST_NAME = "_mypyc_manifest.json"
"""The manifest's file name, in the ``rules`` package directory."""

REBUILD_HINT = (
    "rebuild them (in a checkout: WIREWATCH_MYPYC=1 python setup.py mypyc_inplace; installed: "
    "reinstall the wheel) or delete them to run pure (make clean)"
)


def source_path(root: str, module: str) -> str:
    """The ``.py`` source of dotted ``module`` under ``root`` (the folder holding the ``rules`` package)."""
    parts = module.split(".")
    if os.path.isdir(os.path.join(root, *parts)):
        return os.path.join(root, *parts, "__init__.py")
    return os.path.join(root, *parts[:-1], parts[-1] + ".py")


def build_inputs(root: str, modules: Iterable[str] = COMPILED_MODULES) -> list[str]:
    """Sorted paths (relative to ``root``) of the first-party sources mypyc's type check reads.

    That is ``modules`` and everything they import from ``FIRST_PARTY``, transitively, with parent
    packages; every import statement counts (also those under ``TYPE_CHECKING`` or in functions),
    so the set is a superset. ``scripts/compiled.sh`` keys its build cache on these files' contents.
    """
    import ast  # only the build script needs it; keeps `import rules` light

    seen: set[str] = set()
    found: set[str] = set()
    todo = list(modules)
    while todo:
        module = todo.pop()
        if module in seen or module.split(".")[0] not in FIRST_PARTY:
            continue
        seen.add(module)
        path = source_path(root, module)
        if not os.path.isfile(path):
            continue  # an imported name, not a module
        found.add(os.path.relpath(path, root))
        todo.append(module.rpartition(".")[0])
        package = module if path.endswith("__init__.py") else module.rpartition(".")[0]
        with open(path, encoding="utf-8") as f:
            tree = ast.parse(f.read(), path)
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                todo += [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:  # relative: `from . import x`, `from ..text import y`
                    parts = package.split(".")
                    base = ".".join([*parts[: len(parts) - node.level + 1], *([base] if base else [])])
                todo.append(base)
                todo += [f"{base}.{alias.name}" for alias in node.names]
    return sorted(found)


def sha256_file(path: str) -> str:
    """Hex sha256 of the file's bytes."""
    import hashlib  # here and json below: `import rules` on a pure tree should not pay for them

    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def manifest(root: str, mypy_version: str, modules: Iterable[str] = COMPILED_MODULES) -> dict[str, object]:
    """The manifest for ``modules`` as their sources under ``root`` are now (written by ``setup.py``)."""
    sources = {m: sha256_file(source_path(root, m)) for m in modules}
    return {"mypy": mypy_version, "modules": sources}


def write_manifest(root: str, mypy_version: str, modules: Iterable[str] = COMPILED_MODULES) -> str:
    """Write the manifest into ``root/rules``; returns its path."""
    import json

    path = os.path.join(root, "rules", MANIFEST_NAME)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(manifest(root, mypy_version, modules), f, indent=1, sort_keys=True)
        f.write("\n")
    return path


def _extensions(directory: str) -> list[str]:
    """Names of extension-module files directly in ``directory``."""
    try:
        names = os.listdir(directory)
    except OSError:
        return []
    return sorted(n for n in names if n.endswith(tuple(EXTENSION_SUFFIXES)))


def _module_of(extension: str, package: str) -> str:
    """Dotted module name of extension file ``extension`` found in ``package``'s folder."""
    stem = extension.split(".", 1)[0]
    return package if stem == "__init__" else f"{package}.{stem}"


def check(package_dir: str) -> None:
    """Raise ImportError when compiled modules in ``package_dir`` (the ``rules`` folder) are stale.

    Stale means: an extension module for a name the manifest does not list (a leftover from another
    build), a missing or unreadable manifest, or a listed source whose sha256 differs from the one
    recorded at build time. A listed source that is absent is accepted (an install without sources
    cannot be shadowed). No extension files: returns at once.
    """
    root = os.path.dirname(os.path.abspath(package_dir))
    found = [_module_of(n, "rules") for n in _extensions(package_dir)]
    found += [_module_of(n, "rules.text") for n in _extensions(os.path.join(package_dir, "text"))]
    if not found:
        return
    import json

    path = os.path.join(package_dir, MANIFEST_NAME)
    try:
        with open(path, encoding="utf-8") as f:
            recorded = json.load(f)["modules"]
        if not isinstance(recorded, Mapping):
            raise TypeError("'modules' is not an object")
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ImportError(
            f"compiled rules modules found ({', '.join(found)}) but their manifest {path} is missing or "
            f"unreadable ({exc}); {REBUILD_HINT}"
        ) from None
    unlisted = sorted(set(found) - set(recorded))
    if unlisted:
        raise ImportError(
            f"compiled rules modules not in the manifest {path}: {', '.join(unlisted)}; {REBUILD_HINT}"
        )
    for module, digest in recorded.items():
        source = source_path(root, module)
        if os.path.exists(source) and sha256_file(source) != digest:
            raise ImportError(
                f"{source} changed since its compiled module was built, so the stale extension would "
                f"shadow it; {REBUILD_HINT}"
            )

"""Build script. Metadata lives in pyproject.toml; this file only adds the optional compiled build.

- Default (``pip install -e .[dev]``, ``pip wheel .``): the pure-Python package, no extension modules.
- ``WIREWATCH_MYPYC=1``: the modules listed in ``rules._compiled.COMPILED_MODULES`` are compiled with
  mypyc (``opt_level=3``) into extension modules installed next to their sources, plus one shared
  library ``wirewatch_rules__mypyc.*.so`` at the top level; ``rules/_mypyc_manifest.json`` (sha256 of
  each compiled source, mypy version) is written first so ``import rules`` can refuse stale builds.
  Under pip's build isolation the compiled build asks for mypy (the dev extra's pin), the dev extra's
  ``types-*`` stubs and the runtime dependencies, because mypyc type-checks the modules strictly
  against them.
- ``WIREWATCH_MYPYC=1 python setup.py mypyc_inplace [-j N]``: build the extensions in place in this
  tree (``scripts/compiled.sh`` does this in a copy). It drives ``build_ext`` through a bare
  ``Distribution`` so it also works with a setuptools older than pyproject's metadata needs.

Run from the project folder (pip and the scripts do).
"""

from __future__ import annotations

import importlib.util
import os
import sys
import tomllib
from pathlib import Path
from types import ModuleType
from typing import Any

import setuptools

ROOT = Path(__file__).resolve().parent
GROUP = "wirewatch_rules"  # names the shared library: wirewatch_rules__mypyc.<abi>.so
INPLACE = "mypyc_inplace"
BUILDS = {"build", "build_ext", "bdist_wheel", "install", "develop", "editable_wheel"}


def _compiled_list() -> ModuleType:
    """rules/_compiled.py loaded by path: importing the package would run the stale-build guard."""
    spec = importlib.util.spec_from_file_location("_wirewatch_compiled", ROOT / "rules" / "_compiled.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _build_requirements() -> list[str]:
    """What mypyc needs to type-check the compiled modules: mypy and stubs as pinned in the dev extra."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    dev = project["optional-dependencies"]["dev"]
    tools = [r for r in dev if r.startswith(("mypy==", "types-"))]
    return [*tools, *project["dependencies"]]


def mypyc_extensions() -> list[Any]:
    """Write the manifest, then let mypyc generate the C sources; returns the extensions to build."""
    import mypy.version
    from mypyc.build import mypycify

    if Path.cwd().resolve() != ROOT:
        raise SystemExit(f"setup.py: run the compiled build from {ROOT} (mypyc takes relative paths)")
    compiled = _compiled_list()
    compiled.write_manifest(str(ROOT), mypy.version.__version__)
    paths = [os.path.relpath(compiled.source_path(str(ROOT), m), ROOT) for m in compiled.COMPILED_MODULES]
    extensions: list[Any] = mypycify(paths, opt_level="3", group_name=GROUP)
    return extensions


def build_inplace(jobs: int) -> None:
    """``build_ext --inplace`` of the compiled modules without reading pyproject's metadata."""
    dist = setuptools.Distribution(
        {
            "name": "wirewatch",
            "ext_modules": mypyc_extensions(),
            "script_args": ["build_ext", "--inplace", "-j", str(jobs)],
        }
    )
    dist.parse_command_line()
    dist.run_commands()


def main() -> None:
    """The setuptools entry point (see the module docstring for the three modes)."""
    compiled = os.environ.get("WIREWATCH_MYPYC") == "1"
    if sys.argv[1:2] == [INPLACE]:
        if not compiled:
            raise SystemExit(f"setup.py {INPLACE}: set WIREWATCH_MYPYC=1")
        jobs = int(sys.argv[3]) if sys.argv[2:3] == ["-j"] else os.cpu_count() or 1
        build_inplace(jobs)
        return
    if not compiled:
        setuptools.setup()
        return
    metadata_only = not set(sys.argv[1:]) & BUILDS
    if importlib.util.find_spec("mypyc") is None:
        # pip asks for the build requirements with `egg_info` before installing them: declare them.
        # A build without mypyc cannot make what was asked for.
        if not metadata_only:
            raise SystemExit("setup.py: WIREWATCH_MYPYC=1 needs " + ", ".join(_build_requirements()))
        setuptools.setup(setup_requires=_build_requirements())
        return
    # Metadata (egg_info, dist_info) does not depend on the extensions: skip mypyc's minute there.
    setuptools.setup(ext_modules=[] if metadata_only else mypyc_extensions())


if __name__ == "__main__":
    main()

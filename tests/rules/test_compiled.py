"""The compiled (mypyc) build: the stale-build guard, and (under scripts/compiled.sh) that it is in use."""

from __future__ import annotations

import importlib
import json
import os
import shutil
import subprocess
import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

import rules
from rules import _compiled

SO = EXTENSION_SUFFIXES[0]
PACKAGE = Path(rules.__file__).resolve().parent


def _tree(tmp_path: Path) -> Path:
    """A copy of the rules package's Python sources under ``tmp_path`` (the root to import from)."""
    shutil.copytree(
        PACKAGE,
        tmp_path / "rules",
        ignore=shutil.ignore_patterns("*.so", "__pycache__", _compiled.MANIFEST_NAME),
    )
    return tmp_path


def _import_rules(root: Path) -> subprocess.CompletedProcess[str]:
    """``import rules`` in a fresh interpreter that sees only ``root`` for the ``rules`` package."""
    code = "import rules, sys; print(rules.__file__)"
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run(
        [sys.executable, "-c", code], cwd=root, env=env, capture_output=True, text=True, check=False
    )


def test_pure_tree_imports_without_a_manifest(tmp_path: Path) -> None:
    """Without extension files the guard passes and needs no manifest."""
    _compiled.check(str(_tree(tmp_path) / "rules"))


def test_matching_manifest_passes(tmp_path: Path) -> None:
    """An extension file with a manifest matching every source imports (in a fresh interpreter)."""
    root = _tree(tmp_path)
    (root / "rules" / f"matcher{SO}").write_bytes(b"")  # only listed, never loaded by `import rules`
    _compiled.write_manifest(str(root), "test")
    result = _import_rules(root)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(root / "rules" / "__init__.py")


def test_edited_source_is_refused(tmp_path: Path) -> None:
    """A source edited after the build raises ImportError naming that file and how to rebuild."""
    root = _tree(tmp_path)
    (root / "rules" / "text" / f"tokens{SO}").write_bytes(b"")
    _compiled.write_manifest(str(root), "test")
    with (root / "rules" / "text" / "tokens.py").open("a", encoding="utf-8") as f:
        f.write("# edited\n")
    with pytest.raises(ImportError, match=r"rules/text/tokens\.py changed .*mypyc_inplace.*make clean"):
        _compiled.check(str(root / "rules"))
    result = _import_rules(root)
    assert result.returncode != 0
    assert "tokens.py changed" in result.stderr


def test_missing_manifest_is_refused(tmp_path: Path) -> None:
    """An extension file without a manifest raises ImportError naming the module."""
    root = _tree(tmp_path)
    (root / "rules" / f"matcher{SO}").write_bytes(b"")
    with pytest.raises(ImportError, match=r"rules\.matcher.*manifest .* missing"):
        _compiled.check(str(root / "rules"))


def test_extension_not_in_manifest_is_refused(tmp_path: Path) -> None:
    """A leftover extension for a module the manifest does not list raises ImportError."""
    root = _tree(tmp_path)
    _compiled.write_manifest(str(root), "test")
    (root / "rules" / f"engine{SO}").write_bytes(b"")
    with pytest.raises(ImportError, match=r"not in the manifest .*rules\.engine"):
        _compiled.check(str(root / "rules"))


def test_manifest_lists_every_compiled_module(tmp_path: Path) -> None:
    """The manifest records one sha256 per listed module and the mypy version."""
    root = _tree(tmp_path)
    data = json.loads(Path(_compiled.write_manifest(str(root), "9.9")).read_text(encoding="utf-8"))
    assert data["mypy"] == "9.9"
    assert sorted(data["modules"]) == sorted(_compiled.COMPILED_MODULES)
    text_init = _compiled.source_path(str(root), "rules.text")
    assert data["modules"]["rules.text"] == _compiled.sha256_file(text_init)
    assert text_init.endswith(os.path.join("rules", "text", "__init__.py"))


def test_build_inputs_follow_first_party_imports(tmp_path: Path) -> None:
    """The cache key's sources: listed modules, their first-party imports (also relative), parents."""
    files = {
        "rules/__init__.py": "",
        "rules/a.py": "import os\nfrom .b import f\n",
        "rules/b.py": "from alerts.m import X\n\ndef f() -> None:\n    from ingest import late\n",
        "rules/unused.py": "",
        "alerts/__init__.py": "",
        "alerts/m.py": "X = 1\n",
        "ingest/__init__.py": "from ingest.late import Y\n",
        "ingest/late.py": "Y = 2\n",
        "services/s.py": "",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    inputs = _compiled.build_inputs(str(tmp_path), ["rules.a"])
    expected = ["alerts/__init__.py", "alerts/m.py", "ingest/__init__.py", "ingest/late.py"]
    expected += ["rules/__init__.py", "rules/a.py", "rules/b.py"]
    assert inputs == [os.path.join(*e.split("/")) for e in expected]


def test_shipped_build_inputs_cover_the_compiled_sources() -> None:
    """Every compiled source is a build input; the uncompiled engine (imported by none) is not."""
    root = str(PACKAGE.parent)
    inputs = set(_compiled.build_inputs(root))
    for module in _compiled.COMPILED_MODULES:
        assert os.path.relpath(_compiled.source_path(root, module), root) in inputs
    assert os.path.join("rules", "engine.py") not in inputs


@pytest.mark.skipif(
    os.environ.get("WIREWATCH_EXPECT_COMPILED") != "1", reason="only under scripts/compiled.sh"
)
def test_listed_modules_load_from_extensions(pytestconfig: pytest.Config) -> None:
    """Every listed module is imported from its compiled extension in this tree, not from .py."""
    assert PACKAGE.parent == pytestconfig.rootpath.resolve(), f"rules imported from {PACKAGE}"
    for name in _compiled.COMPILED_MODULES:
        path = Path(importlib.import_module(name).__file__ or "")
        assert path.name.endswith(SO), f"{name} loaded from {path}"
        assert path.resolve().is_relative_to(PACKAGE), f"{name} loaded from {path}, outside {PACKAGE}"

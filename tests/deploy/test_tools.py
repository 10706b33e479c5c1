"""scripts/ops-tools.sh and deploy/tools/crd2schema.py: the toolchain contract and CRD conversion."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from deploy_support import DEPLOY, REPO, ops_bin_dir

CRD = """
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: widgets.example.org}
spec:
  group: example.org
  names: {kind: Widget, plural: widgets}
  scope: Namespaced
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
            apiVersion: {type: string}
            kind: {type: string}
            metadata: {type: object}
            spec:
              type: object
              required: [size]
              properties:
                size: {x-kubernetes-int-or-string: true}
                note: {type: string, nullable: true}
                free:
                  type: object
                  x-kubernetes-preserve-unknown-fields: true
                  properties: {a: {type: string}}
    - name: v0
      served: false
      storage: false
      schema: {openAPIV3Schema: {type: object}}
"""


def test_crd_conversion_mirrors_the_api_server(tmp_path: Path) -> None:
    """int-or-string, nullable, closed objects, preserve-unknown, unserved versions: as documented."""
    crd = tmp_path / "crd.yaml"
    crd.write_text(CRD, encoding="utf-8")
    out = tmp_path / "schemas"
    proc = subprocess.run(
        [sys.executable, str(DEPLOY / "tools" / "crd2schema.py"), str(out), str(crd)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json")) == [
        "example.org/widget_v1.json"
    ]
    schema = json.loads((out / "example.org" / "widget_v1.json").read_text(encoding="utf-8"))
    spec = schema["properties"]["spec"]
    assert spec["additionalProperties"] is False and spec["required"] == ["size"]
    assert spec["properties"]["size"]["oneOf"] == [{"type": "string"}, {"type": "integer"}]
    assert spec["properties"]["note"]["type"] == ["string", "null"]
    assert "additionalProperties" not in spec["properties"]["free"]
    assert schema["properties"]["apiVersion"]["enum"] == ["example.org/v1"]
    assert schema["properties"]["kind"]["enum"] == ["Widget"]
    assert schema["additionalProperties"] is False


def test_crd_conversion_refuses_a_file_without_crd(tmp_path: Path) -> None:
    """A file holding no CustomResourceDefinition is an error naming the file."""
    bad = tmp_path / "not-a-crd.yaml"
    bad.write_text(yaml.safe_dump({"kind": "ConfigMap"}), encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, str(DEPLOY / "tools" / "crd2schema.py"), str(tmp_path / "o"), str(bad)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode != 0 and "not-a-crd.yaml" in proc.stderr


def test_ops_tools_prints_only_the_bin_dir_when_installed(tools: dict[str, str]) -> None:
    """With the tools cached, ops-tools.sh exits 0 and its stdout is exactly the PATH directory."""
    if shutil.which("go") is None and not os.environ.get("CI"):
        pytest.skip("go not installed")
    proc = subprocess.run(
        ["bash", str(REPO / "scripts" / "ops-tools.sh")],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == [str(ops_bin_dir())]
    for name in ("kustomize", "kubeconform", "wirewatch-kubeconform", "promtool", "prometheus"):
        assert os.access(ops_bin_dir() / name, os.X_OK), name

"""Convert CustomResourceDefinitions into the JSON schemas ``kubeconform`` reads from disk.

Usage: ``python deploy/tools/crd2schema.py OUT_DIR CRD.yaml...``

For every served version of every CRD in the input files, writes
``OUT_DIR/<group>/<kind>_<version>.json`` (kind lower-cased), the layout that the kubeconform
schema-location template ``OUT_DIR/{{ .Group }}/{{ .ResourceKind }}_{{ .ResourceAPIVersion }}.json``
resolves. The conversion mirrors what the API server enforces, so ``kubeconform -strict`` catches
what ``kubectl apply`` would reject:

- ``x-kubernetes-int-or-string`` becomes ``oneOf: [string, integer]``;
- ``nullable: true`` adds ``null`` to the type;
- an object with ``properties`` and no ``additionalProperties`` is closed
  (``additionalProperties: false``: structural schemas prune unknown fields, and a typo in a
  manifest is exactly what we want reported) unless it says ``x-kubernetes-preserve-unknown-fields``;
- ``apiVersion``, ``kind`` and ``metadata`` are pinned at the root.

Only the standard library and PyYAML are used; no network access.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import yaml


def _convert(node: Any) -> Any:
    """Return a JSON-schema copy of one openAPIV3Schema node (recursively)."""
    if isinstance(node, list):
        return [_convert(n) for n in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in ("properties", "patternProperties", "definitions"):
            out[key] = {name: _convert(sub) for name, sub in value.items()}
        elif key in ("items", "additionalProperties", "not") and isinstance(value, dict):
            out[key] = _convert(value)
        elif key in ("allOf", "anyOf", "oneOf"):
            out[key] = [_convert(sub) for sub in value]
        elif key.startswith("x-kubernetes-") or key == "nullable":
            continue
        else:
            out[key] = value
    if node.get("x-kubernetes-int-or-string"):
        out.pop("type", None)
        out.pop("anyOf", None)
        out["oneOf"] = [{"type": "string"}, {"type": "integer"}]
    if node.get("nullable") and isinstance(out.get("type"), str):
        out["type"] = [out["type"], "null"]
    closed = "properties" in out and "additionalProperties" not in out
    if closed and not node.get("x-kubernetes-preserve-unknown-fields"):
        out["additionalProperties"] = False
    return out


def convert_crd(crd: dict[str, Any], out_dir: Path) -> list[Path]:
    """Write one schema file per served version of ``crd``; return the paths written."""
    spec = crd["spec"]
    group, kind = spec["group"], spec["names"]["kind"]
    written = []
    for version in spec["versions"]:
        if not version.get("served", True):
            continue
        raw = (version.get("schema") or {}).get("openAPIV3Schema")
        if raw is None:
            raise SystemExit(f"{kind} {version['name']}: CRD has no openAPIV3Schema")
        schema = _convert(raw)
        props = schema.setdefault("properties", {})
        props["apiVersion"] = {"type": "string", "enum": [f"{group}/{version['name']}"]}
        props["kind"] = {"type": "string", "enum": [kind]}
        props["metadata"] = {"type": "object"}
        schema["additionalProperties"] = False
        schema["$schema"] = "http://json-schema.org/draft-07/schema#"
        target = out_dir / group / f"{kind.lower()}_{version['name']}.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(schema, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        written.append(target)
    return written


def main(argv: list[str]) -> int:
    """Entry point: ``OUT_DIR CRD.yaml...``; prints each schema written."""
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    out_dir = Path(argv[0])
    for name in argv[1:]:
        with open(name, encoding="utf-8") as fh:
            docs = [d for d in yaml.safe_load_all(fh) if d]
        crds = [d for d in docs if d.get("kind") == "CustomResourceDefinition"]
        if not crds:
            raise SystemExit(f"{name}: no CustomResourceDefinition found")
        for crd in crds:
            for path in convert_crd(crd, out_dir):
                print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Regenerate deploy/k8s/base/prometheusrule.yaml from deploy/prometheus/wirewatch.rules.yml.

Usage: ``python deploy/tools/render_prometheusrule.py`` (from the repository root). The plain rules
file is the source of truth (promtool checks and unit-tests it); the PrometheusRule embeds its groups
verbatim, and tests/deploy/test_prometheus_rules.py fails when the two drift apart.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "deploy" / "prometheus" / "wirewatch.rules.yml"
TARGET = ROOT / "deploy" / "k8s" / "base" / "prometheusrule.yaml"
HEADER = """\
# GENERATED from deploy/prometheus/wirewatch.rules.yml by deploy/tools/render_prometheusrule.py.
# Edit the plain rules file, then rerun the script; tests/deploy/test_prometheus_rules.py compares them.
apiVersion: monitoring.coreos.com/v1
kind: PrometheusRule
metadata:
  name: wirewatch
  labels:
    role: alert-rules
spec:
  groups:
"""


def main() -> int:
    """Write TARGET; the groups text is copied (comments and layout kept), indented under spec."""
    text = SOURCE.read_text(encoding="utf-8")
    _, sep, body = text.partition("\ngroups:\n")
    if not sep:
        print(f"{SOURCE}: no top-level 'groups:'", file=sys.stderr)
        return 1
    indented = "".join(("  " + line if line.strip() else line) for line in body.splitlines(True))
    TARGET.write_text(HEADER + indented, encoding="utf-8")
    rendered = yaml.safe_load(TARGET.read_text(encoding="utf-8"))["spec"]["groups"]
    if rendered != yaml.safe_load(text)["groups"]:
        print("rendered groups differ from the source", file=sys.stderr)
        return 1
    print(TARGET)
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env bash
# Offline checks of everything under deploy/, with the tools scripts/ops-tools.sh installs:
#   1. `kustomize build` of the base and of every overlay, piped through
#      `kubeconform -strict -summary` with Kubernetes and CRD schemas read from disk;
#   2. `promtool check rules` and `promtool test rules` on deploy/prometheus/;
#   3. `promtool check config` on the example scrape configuration.
# Exits non-zero on the first failure. The same checks run in pytest (tests/deploy/).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
BIN="$(bash scripts/ops-tools.sh | tail -n 1)"
export PATH="$BIN:$PATH"

for dir in deploy/k8s/base deploy/k8s/overlays/*/; do
  dir="${dir%/}"
  echo "== kustomize build $dir | kubeconform -strict"
  kustomize build "$dir" | wirewatch-kubeconform -summary -output text -
done

echo "== promtool check rules"
promtool check rules deploy/prometheus/wirewatch.rules.yml
echo "== promtool test rules"
promtool test rules deploy/prometheus/wirewatch.rules.test.yml
echo "== promtool check config"
promtool check config deploy/prometheus/prometheus.yml
echo "ops-check: all checks passed"

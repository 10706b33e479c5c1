#!/usr/bin/env bash
# The test command (`make test`): every test, once. Starts a real single-node Kafka broker
# (scripts/kafka.sh) unless KAFKA_BOOTSTRAP_SERVERS points at an existing cluster.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
if [ -z "${KAFKA_BOOTSTRAP_SERVERS:-}" ]; then
  bootstrap=$(bash scripts/kafka.sh start | tail -n 1)
  export KAFKA_BOOTSTRAP_SERVERS="${bootstrap#KAFKA_BOOTSTRAP_SERVERS=}"
  trap 'bash scripts/kafka.sh stop' EXIT
fi
echo "Kafka at ${KAFKA_BOOTSTRAP_SERVERS}"
# kustomize, kubeconform, promtool and prometheus for the deploy checks (cached outside the clone).
OPS_BIN="$(bash scripts/ops-tools.sh | tail -n 1)"
export PATH="$OPS_BIN:$PATH"
"$BIN/pytest" "$@"
# The mypyc-compiled rule engine: rules tests and identical detections in a compiled copy of the tree.
bash scripts/compiled.sh

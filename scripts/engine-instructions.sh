#!/usr/bin/env bash
# CPU instructions per item of the rule engine, counted by valgrind's callgrind: unlike items/s, the
# count does not move with machine load, so two trees can be compared on a shared machine.
#
#   bash scripts/engine-instructions.sh [REPO] [F C N]
#
# REPO defaults to this checkout; pass another tree (e.g. a `git archive` of an older commit) to
# compare. Classes: F items that fire a shipped rule, C items with trigger words that fire none,
# N plain items (the bench's 3,000 items, seed 7). Prints thousands of instructions per item per class
# and the bench mix (0.9 N + 0.074 F + 0.028 C, the shares `wirewatch bench engine` prints).
# Class E (not in the default set): Detector.evaluate per `wirewatch bench e2e`-like alerting item,
# matching memoised (`bash scripts/engine-instructions.sh TREE E`).
# Needs valgrind (apt install valgrind); uses this checkout's .venv python.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PY="$HERE/../.venv/bin/python"
repo="$(cd "${1:-$HERE/..}" && pwd)"
shift || true
classes=("${@:-F C N}")
read -r -a classes <<<"${classes[*]}"
work="$(mktemp -d)"
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
declare -A per
for which in "${classes[@]}"; do
  log="$work/$which.log"; out="$work/$which.out"; go="$work/$which.go"
  (cd "$work" && PYTHONHASHSEED=0 exec valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file="$out" \
    "$PY" "$HERE/engine_instructions.py" "$repo" "$which" "$go" >"$log" 2>&1) &
  vp=$!
  until grep -q READY "$log" 2>/dev/null; do
    sleep 1
    kill -0 "$vp" 2>/dev/null || { cat "$log"; exit 1; }
  done
  callgrind_control -i on "$vp" >/dev/null 2>&1
  touch "$go"
  wait "$vp"
  n=$(awk '/READY/ {print $2}' "$log")
  ir=$(awk '/^(summary|totals):/ {print $2; exit}' "$out")
  per[$which]=$(( ir / n / 1000 ))
  echo "$repo $which items=$n instructions/item=${per[$which]}k"
done
if [ -n "${per[F]:-}" ] && [ -n "${per[C]:-}" ] && [ -n "${per[N]:-}" ]; then
  awk -v f="${per[F]}" -v c="${per[C]}" -v n="${per[N]}" \
    'BEGIN { printf "bench mix (0.9 N + 0.074 F + 0.028 C): %.0fk instructions/item\n", 0.9*n + 0.074*f + 0.028*c }'
fi

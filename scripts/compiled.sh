#!/usr/bin/env bash
# The mypyc-compiled rule engine, checked on every test run (scripts/test.sh calls it last).
#
#   bash scripts/compiled.sh            build (or reuse) the compiled modules in a copy of this tree, then
#                                       (a)+(b) pytest tests/rules there with WIREWATCH_EXPECT_COMPILED=1
#                                       (tests/rules/test_compiled.py asserts every listed module loads
#                                       from its extension) and (c) compare a digest of every detection
#                                       (dev corpus if present, eval/*.jsonl, the bench items) pure vs
#                                       compiled: they must be identical
#   bash scripts/compiled.sh bench [NAME] ...
#                                       `wirewatch bench NAME ...` (default engine) in the compiled copy;
#                                       `bench e2e` runs its worker there too, as the Docker image ships it
#
# The copy holds this working tree's tracked and untracked, not ignored files (uncommitted edits
# included) and lives OUTSIDE the clone, under the cache root the other scripts use:
#   ${WIREWATCH_COMPILED_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/wirewatch/compiled}
# The built extensions are cached there keyed by the sha256 of every first-party source mypyc
# type-checks (rules._compiled.build_inputs), setup.py, pyproject.toml, the interpreter, mypy and gcc
# versions: a second run with the same sources skips mypyc and gcc (other edits, e.g. in services/,
# keep the cache). The modules compiled are rules._compiled.COMPILED_MODULES; the build is
# setup.py's (WIREWATCH_MYPYC=1 python setup.py mypyc_inplace). KEEP=1 keeps the copy.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${WIREWATCH_COMPILED_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/wirewatch/compiled}"
KEEP_BUILDS=4
if [ -x "$REPO/.venv/bin/python" ]; then PY="$REPO/.venv/bin/python"; else PY=python3; fi
mode="${1:-test}"
[ $# -gt 0 ] && shift

log() { echo "compiled.sh: $*" >&2; }
die() { log "error: $*"; exit 1; }
case "$mode" in test | bench) ;; *) die "unknown mode '$mode' (test or bench)" ;; esac

mkdir -p "$CACHE/builds"
# Copies of runs that were killed (the EXIT trap removes the others).
find "$CACHE" -maxdepth 1 -name 'tree.*' -mmin +1440 -exec rm -rf {} +
cd "$REPO"
# The working tree's files (tracked ones deleted in the tree are left out).
files="$(mktemp)"
tree="$(mktemp -d "$CACHE/tree.XXXXXX")"
trap 'rm -f "$files"; [ -n "${KEEP:-}" ] || rm -rf "$tree"' EXIT
git ls-files -co --exclude-standard --deduplicate -z | while IFS= read -r -d '' f; do
  [ -f "$f" ] && printf '%s\0' "$f"
done >"$files"
tar -cf - --null -T "$files" | tar -xf - -C "$tree"
log "copy of the working tree: $tree"

key="$(
  {
    inputs="$(cd "$tree" && PYTHONPATH="$tree" "$PY" -c \
      'import rules._compiled as c; print("\n".join(c.build_inputs(".")))')"
    for f in $inputs setup.py pyproject.toml; do printf '%s ' "$f"; sha256sum <"$tree/$f"; done
    "$PY" -c 'import sys, mypy.version; print(sys.version, mypy.version.__version__)'
    gcc --version | head -n 1
  } | sha256sum | cut -c1-24
)"
build="$CACHE/builds/$key"

if [ "$mode" = test ]; then
  # (c), pure half: the copy has no extensions yet.
  corpora=("$tree"/eval/*.jsonl)
  if [ -f "$REPO/../shared/corpus/dev.jsonl" ]; then corpora=("$REPO/../shared/corpus/dev.jsonl" "${corpora[@]}"); fi
  (cd "$tree" && PYTHONPATH="$tree" "$PY" scripts/detection_digest.py "${corpora[@]}") >"$tree/digest.pure"
fi

if [ -f "$build/.complete" ]; then
  log "cached build $key"
  tar -cf - -C "$build" . | tar -xf - -C "$tree"
else
  log "building $key (mypyc + gcc, about 1-2 minutes)"
  start=$SECONDS
  (cd "$tree" && WIREWATCH_MYPYC=1 "$PY" setup.py mypyc_inplace -j "$(nproc)") >"$tree/build.log" 2>&1 \
    || { tail -n 40 "$tree/build.log" >&2; die "compiled build failed (log: $tree/build.log)"; }
  log "built in $((SECONDS - start)) s"
  staging="$(mktemp -d "$CACHE/builds/.staging.XXXXXX")"
  (cd "$tree" && find rules -name '*.so' -print0; printf '%s\0' rules/_mypyc_manifest.json ./*__mypyc.*.so) \
    | (cd "$tree" && tar -cf - --null -T -) | tar -xf - -C "$staging"
  touch "$staging/.complete"
  # Another run may have stored the same key meanwhile: either copy is fine.
  mv -T "$staging" "$build" 2>/dev/null || rm -rf "$staging"
  # Keep only the most recent builds.
  # shellcheck disable=SC2012  # the names are hex keys; ls -t sorts by age
  ls -1dt "$CACHE"/builds/*/ | tail -n +$((KEEP_BUILDS + 1)) | xargs -r rm -rf
fi
touch "$build"

cd "$tree"
export PYTHONPATH="$tree"
if [ "$mode" = bench ]; then
  name=engine
  if [ $# -gt 0 ] && [[ "$1" != -* ]]; then name="$1"; shift; fi
  "$PY" -m wirewatch.cli bench "$name" "$@"  # not exec: the EXIT trap removes the copy
  exit
fi

# (a) + (b): the rules tests against the compiled modules of the copy (rootdir and imports: the copy).
WIREWATCH_EXPECT_COMPILED=1 "$PY" -m pytest tests/rules -q -p no:cacheprovider
# (c), compiled half.
"$PY" scripts/detection_digest.py "${corpora[@]}" >"$tree/digest.compiled"
if ! diff -u "$tree/digest.pure" "$tree/digest.compiled" >&2; then
  die "compiled detections differ from pure ones (above)"
fi
log "detections identical, pure and compiled: $(tail -n 1 "$tree/digest.compiled")"

#!/usr/bin/env bash
# Installs the ops toolchain, idempotently, into a cache OUTSIDE the work tree:
#   ${XDG_CACHE_HOME:-$HOME/.cache}/wirewatch/ops   (override: WIREWATCH_OPS_CACHE)
# and prints, as its LAST stdout line, the directory to put on PATH. Everything else goes to stderr.
#
#   kustomize, kubeconform   `go install` at pinned versions (Go module proxy)
#   promtool, prometheus     Debian's `prometheus` package (apt-get; needs root, which CI is)
#   Kubernetes JSON schemas  from the PyPI wheel kubernetes-validate (schemas per k8s version)
#   CRD JSON schemas         converted by deploy/tools/crd2schema.py from the CRDs the operators publish:
#     ServiceMonitor, PrometheusRule   Go module github.com/prometheus-operator/prometheus-operator
#     ScaledObject                     Go module github.com/kedacore/keda/v2
#     KafkaTopic                       Strimzi is Java: no Go module; its CRD is generated from the
#                                      io.strimzi:api model with Strimzi's own io.strimzi:crd-generator,
#                                      both from Maven Central (deploy/tools/strimzi-crd/pom.xml)
#   wirewatch-kubeconform    wrapper: kubeconform -strict with both schema locations on disk
#
# A second run with everything present only checks stamps (well under a second).
set -euo pipefail

KUSTOMIZE_VERSION=v5.8.1          # v5.8.3 needs Go >= 1.27
KUBECONFORM_VERSION=v0.8.0
KUBERNETES_VALIDATE_VERSION=1.37.0
K8S_VERSION=1.34.0                # the Kubernetes release manifests are validated against
PROM_OPERATOR_VERSION=v0.85.0     # newest version of the root module the proxy serves
KEDA_VERSION=v2.21.0
STRIMZI_VERSION=0.45.0

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${WIREWATCH_OPS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/wirewatch/ops}"
BIN="$CACHE/bin"
SCHEMAS="$CACHE/schemas"
K8S_DIR="$SCHEMAS/k8s/v$K8S_VERSION-local-strict"
CRD_DIR="$SCHEMAS/crds"
mkdir -p "$BIN" "$SCHEMAS" "$CACHE/stamps" "$CACHE/src"

log() { echo "ops-tools: $*" >&2; }
done_stamp() { [ -f "$CACHE/stamps/$1" ]; }
stamp() { touch "$CACHE/stamps/$1"; }

if [ -x "$REPO/.venv/bin/python" ]; then PY="$REPO/.venv/bin/python"; else PY=python3; fi
# A change to the converter invalidates the converted CRD schemas.
CONV="$(cksum < "$REPO/deploy/tools/crd2schema.py" | cut -d' ' -f1)"

# --- kustomize, kubeconform (go install) --------------------------------------------------------
go_tool() {  # name module@version
  local name=$1 spec=$2
  if done_stamp "$name-${spec##*@}" && [ -x "$BIN/$name" ]; then return; fi
  command -v go >/dev/null || { log "go is required to install $name"; exit 1; }
  log "go install $spec"
  (cd "$CACHE" && GOBIN="$BIN" GOFLAGS=-mod=mod go install "$spec") >&2
  stamp "$name-${spec##*@}"
}
go_tool kustomize "sigs.k8s.io/kustomize/kustomize/v5@$KUSTOMIZE_VERSION"
go_tool kubeconform "github.com/yannh/kubeconform/cmd/kubeconform@$KUBECONFORM_VERSION"

# --- promtool + prometheus (Debian package) -----------------------------------------------------
# Look the binaries up on PATH without our own bin dir: when it is already on PATH (scripts/test.sh
# puts it there), `command -v` would return our symlinks and ln would point them at themselves.
system_path="$(printf '%s' "$PATH" | tr ':' '\n' | grep -vxF "$BIN" | paste -sd: -)"
find_system() { PATH="$system_path" command -v "$1" || true; }
if [ -z "$(find_system promtool)" ] || [ -z "$(find_system prometheus)" ]; then
  if [ "$(id -u)" != 0 ]; then log "promtool/prometheus missing: run as root or apt-get install prometheus"; exit 1; fi
  log "apt-get install prometheus"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends prometheus >&2
fi
ln -sfn "$(readlink -f "$(find_system promtool)")" "$BIN/promtool"
ln -sfn "$(readlink -f "$(find_system prometheus)")" "$BIN/prometheus"

# --- Kubernetes schemas (PyPI: kubernetes-validate) ---------------------------------------------
if ! done_stamp "k8s-schemas-$KUBERNETES_VALIDATE_VERSION-$K8S_VERSION" || [ ! -f "$K8S_DIR/_definitions.json" ]; then
  log "kubernetes-validate $KUBERNETES_VALIDATE_VERSION -> schemas for Kubernetes $K8S_VERSION"
  "$PY" -m pip download -q --no-deps --disable-pip-version-check \
    "kubernetes-validate==$KUBERNETES_VALIDATE_VERSION" -d "$CACHE/src" >&2
  rm -rf "$K8S_DIR"
  "$PY" - "$CACHE/src/kubernetes_validate-$KUBERNETES_VALIDATE_VERSION-py3-none-any.whl" \
    "kubernetes_validate/kubernetes-json-schema/v$K8S_VERSION-local-strict/" "$K8S_DIR" <<'PYEOF'
import json, sys, zipfile, pathlib
wheel, prefix, out = sys.argv[1], sys.argv[2], pathlib.Path(sys.argv[3])
out.mkdir(parents=True)
n = 0
with zipfile.ZipFile(wheel) as zf:
    for name in zf.namelist():
        if name.startswith(prefix) and name.endswith(".json"):
            # The wheel's schemas carry "$id": "https://kubernetes.io/api/..." and refs rooted there
            # ("/api/_definitions.json#..."): drop the $id and make the refs relative, so that
            # kubeconform resolves them next to the schema file, on disk, never over the network.
            data = zf.read(name).replace(b'"/api/_definitions.json#', b'"_definitions.json#')
            schema = json.loads(data)
            schema.pop("$id", None)
            (out / name[len(prefix):]).write_text(json.dumps(schema), encoding="utf-8")
            n += 1
if n < 100:
    sys.exit(f"only {n} schemas under {prefix} in {wheel}")
print(f"ops-tools: {n} Kubernetes schemas in {out}", file=sys.stderr)
PYEOF
  stamp "k8s-schemas-$KUBERNETES_VALIDATE_VERSION-$K8S_VERSION"
fi

# --- CRD schemas ---------------------------------------------------------------------------------
go_mod_dir() {  # module@version -> extracted module dir in the Go module cache
  (cd "$CACHE" && GOFLAGS=-mod=mod go mod download -json "$1") | "$PY" -c 'import json,sys; print(json.load(sys.stdin)["Dir"])'
}
if ! done_stamp "crd-prometheus-operator-$PROM_OPERATOR_VERSION-$CONV"; then
  log "prometheus-operator $PROM_OPERATOR_VERSION CRDs (Go module)"
  dir="$(go_mod_dir "github.com/prometheus-operator/prometheus-operator@$PROM_OPERATOR_VERSION")"
  "$PY" "$REPO/deploy/tools/crd2schema.py" "$CRD_DIR" \
    "$dir/example/prometheus-operator-crd/monitoring.coreos.com_servicemonitors.yaml" \
    "$dir/example/prometheus-operator-crd/monitoring.coreos.com_prometheusrules.yaml" \
    "$dir/example/prometheus-operator-crd/monitoring.coreos.com_podmonitors.yaml" >&2
  stamp "crd-prometheus-operator-$PROM_OPERATOR_VERSION-$CONV"
fi
if ! done_stamp "crd-keda-$KEDA_VERSION-$CONV"; then
  log "KEDA $KEDA_VERSION CRDs (Go module)"
  dir="$(go_mod_dir "github.com/kedacore/keda/v2@$KEDA_VERSION")"
  "$PY" "$REPO/deploy/tools/crd2schema.py" "$CRD_DIR" \
    "$dir/config/crd/bases/keda.sh_scaledobjects.yaml" \
    "$dir/config/crd/bases/keda.sh_triggerauthentications.yaml" >&2
  stamp "crd-keda-$KEDA_VERSION-$CONV"
fi
if ! done_stamp "crd-strimzi-$STRIMZI_VERSION-$CONV"; then
  log "Strimzi $STRIMZI_VERSION KafkaTopic CRD (Maven Central: io.strimzi:api + io.strimzi:crd-generator)"
  if ! command -v mvn >/dev/null || ! command -v java >/dev/null; then
    log "Maven and Java 17+ are needed for the Strimzi CRD (apt-get install maven)"
    exit 1
  fi
  work="$CACHE/src/strimzi-$STRIMZI_VERSION"
  mkdir -p "$work"
  mvn -q -B -Dstyle.color=never -f "$REPO/deploy/tools/strimzi-crd/pom.xml" -Dstrimzi.version="$STRIMZI_VERSION" \
    dependency:build-classpath -Dmdep.outputFile="$work/classpath.txt" >&2
  java -cp "$(cat "$work/classpath.txt")" io.strimzi.crdgenerator.CrdGenerator --yaml \
    --crd-api-version v1 --api-versions v1beta2 --storage-version v1beta2 \
    "io.strimzi.api.kafka.model.topic.KafkaTopic=$work/kafkatopics.yaml" 2> >(grep -v SLF4J >&2)
  "$PY" "$REPO/deploy/tools/crd2schema.py" "$CRD_DIR" "$work/kafkatopics.yaml" >&2
  stamp "crd-strimzi-$STRIMZI_VERSION-$CONV"
fi

# --- the wrapper every check uses --------------------------------------------------------------
cat > "$BIN/wirewatch-kubeconform.new" <<WRAP
#!/bin/sh
# Generated by scripts/ops-tools.sh: kubeconform reading every schema from local disk (no network).
exec "$BIN/kubeconform" -strict -kubernetes-version "$K8S_VERSION" \\
  -schema-location '$K8S_DIR/{{ .ResourceKind }}{{ .KindSuffix }}.json' \\
  -schema-location '$CRD_DIR/{{ .Group }}/{{ .ResourceKind }}_{{ .ResourceAPIVersion }}.json' "\$@"
WRAP
chmod +x "$BIN/wirewatch-kubeconform.new"
mv "$BIN/wirewatch-kubeconform.new" "$BIN/wirewatch-kubeconform"

echo "$BIN"

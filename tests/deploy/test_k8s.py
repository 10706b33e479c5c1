"""deploy/k8s: every overlay builds, validates strictly against on-disk schemas, and follows policy."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from deploy_support import DEPLOY, OVERLAYS, REPO, docs, run_tool

from wirewatch.settings import Settings

SECRETISH = re.compile(r"(PASSWORD|TOKEN|SECRET|WEBHOOK|API_KEY)$")


def kubeconform(tools: dict[str, str], manifests: str) -> tuple[int, dict[str, Any], str]:
    """Run the strict kubeconform wrapper on ``manifests``; (exit code, JSON report, stderr)."""
    proc = run_tool([tools["wirewatch-kubeconform"], "-summary", "-output", "json", "-"], stdin=manifests)
    report = json.loads(proc.stdout) if proc.stdout.strip() else {}
    return proc.returncode, report, proc.stderr


@pytest.mark.parametrize("overlay", ["base", *OVERLAYS])
def test_overlay_is_valid_for_kubeconform_strict(
    tools: dict[str, str], rendered: dict[str, str], overlay: str
) -> None:
    """`kustomize build` of the overlay passes `kubeconform -strict` with every resource validated."""
    code, report, err = kubeconform(tools, rendered[overlay])
    summary = report.get("summary", {})
    assert code == 0, (
        f"kubeconform failed for {overlay}:\n{json.dumps(report.get('resources'), indent=1)}\n{err}"
    )
    assert summary["invalid"] == 0 and summary["errors"] == 0
    # Nothing was skipped for lack of a schema: CRDs (ServiceMonitor, PrometheusRule, ScaledObject,
    # KafkaTopic) are validated like core kinds.
    assert summary["skipped"] == 0
    assert summary["valid"] == len(docs(rendered[overlay])) > 10


BROKEN = {
    "core field typo": """
apiVersion: apps/v1
kind: Deployment
metadata: {name: x}
spec:
  selector: {matchLabels: {a: b}}
  template:
    metadata: {labels: {a: b}}
    spec:
      containers: [{name: c, image: i, readinessProbes: {}}]
""",
    "KafkaTopic unknown field": """
apiVersion: kafka.strimzi.io/v1beta2
kind: KafkaTopic
metadata: {name: t}
spec: {partitions: 3, replica: 1}
""",
    "ServiceMonitor wrong type": """
apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata: {name: s}
spec: {selector: {}, endpoints: [{port: http, interval: 30}]}
""",
    "ScaledObject missing target": """
apiVersion: keda.sh/v1alpha1
kind: ScaledObject
metadata: {name: s}
spec: {triggers: [{type: kafka, metadata: {topic: t}}]}
""",
    "PrometheusRule bad group": """
apiVersion: monitoring.coreos.com/v1
kind: PrometheusRule
metadata: {name: r}
spec: {groups: [{name: g, rules: [{alert: A, expr: up, forr: 5m}]}]}
""",
    "unknown kind": """
apiVersion: example.org/v1
kind: Widget
metadata: {name: w}
""",
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_kubeconform_rejects_broken_manifests(tools: dict[str, str], case: str) -> None:
    """The same pipeline rejects a typo in core kinds and in each CRD, and a kind without schema."""
    code, report, _ = kubeconform(tools, BROKEN[case])
    assert code != 0
    assert report["summary"]["valid"] == 0


def _workloads(manifests: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [d for d in manifests if d["kind"] == "Deployment"]


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_workloads_are_hardened(rendered: dict[str, str], overlay: str) -> None:
    """Each Deployment runs non-root, read-only, without capabilities, with probes, limits and drain."""
    deployments = _workloads(docs(rendered[overlay]))
    assert {d["metadata"]["name"] for d in deployments} == {"wirewatch-gateway", "wirewatch-worker"}
    for dep in deployments:
        pod = dep["spec"]["template"]["spec"]
        name = dep["metadata"]["name"]
        assert pod["securityContext"]["runAsNonRoot"] is True, name
        assert pod["securityContext"]["runAsUser"] != 0, name
        assert pod["securityContext"]["seccompProfile"]["type"] == "RuntimeDefault", name
        assert pod["automountServiceAccountToken"] is False, name
        assert pod["terminationGracePeriodSeconds"] >= 30, name
        mounts_by_volume = {v["name"]: v for v in pod["volumes"]}
        for c in pod["containers"]:
            sc = c["securityContext"]
            assert sc["readOnlyRootFilesystem"] is True, name
            assert sc["allowPrivilegeEscalation"] is False, name
            assert sc["capabilities"]["drop"] == ["ALL"], name
            assert c["livenessProbe"]["httpGet"]["path"] == "/healthz", name
            assert c["readinessProbe"]["httpGet"]["path"] == "/readyz", name
            assert "preStop" in c["lifecycle"], name
            for kind in ("requests", "limits"):
                assert {"cpu", "memory"} <= set(c["resources"][kind]), name
            # writable paths are emptyDirs; everything else is read-only
            writable = {m["mountPath"] for m in c["volumeMounts"] if not m.get("readOnly")}
            assert "/tmp" in writable, name
            for m in c["volumeMounts"]:
                if not m.get("readOnly"):
                    assert "emptyDir" in mounts_by_volume[m["name"]], (name, m)
            assert c["args"][0] in {"gateway", "worker"}


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_env_names_are_settings_and_secrets_are_references(rendered: dict[str, str], overlay: str) -> None:
    """Every WIREWATCH_* name is a Settings field; secrets come from Secret refs, never literals."""
    manifests = docs(rendered[overlay])
    fields = {f"WIREWATCH_{name.upper()}" for name in Settings.model_fields}
    assert not [d for d in manifests if d["kind"] == "Secret"], "a Secret with data must not be committed"
    names: set[str] = set()
    for cm in (
        d for d in manifests if d["kind"] == "ConfigMap" and d["metadata"]["name"].startswith("wirewatch-env")
    ):
        for key, value in cm["data"].items():
            names.add(key)
            assert not SECRETISH.search(key), f"secret {key} in a ConfigMap"
            assert value.strip(), key
    for dep in _workloads(manifests):
        for c in dep["spec"]["template"]["spec"]["containers"]:
            for env in c.get("env", []):
                names.add(env["name"])
                if SECRETISH.search(env["name"]):
                    assert "value" not in env and "secretKeyRef" in env["valueFrom"], env
    unknown = sorted(n for n in names if n.startswith("WIREWATCH_") and n not in fields)
    assert not unknown, f"not settings in wirewatch/settings.py: {unknown}"
    assert "WIREWATCH_ROUTING_FILE" in names and "WIREWATCH_RULES_DIR" in names


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_rules_and_routing_configmaps_hot_reload(rendered: dict[str, str], overlay: str) -> None:
    """Rules/routing ConfigMaps keep a stable name and are mounted as directories (no subPath)."""
    manifests = docs(rendered[overlay])
    cms = {d["metadata"]["name"]: d for d in manifests if d["kind"] == "ConfigMap"}
    assert "wirewatch-rules" in cms and "wirewatch-routing" in cms
    env = next(d for n, d in cms.items() if n.startswith("wirewatch-env-"))  # settings: hash-suffixed
    worker = next(d for d in _workloads(manifests) if d["metadata"]["name"] == "wirewatch-worker")
    pod = worker["spec"]["template"]["spec"]
    volumes = {v["name"]: v for v in pod["volumes"]}
    mounts = {m["name"]: m for m in pod["containers"][0]["volumeMounts"]}
    for cm_name, setting in (
        ("wirewatch-rules", "WIREWATCH_RULES_DIR"),
        ("wirewatch-routing", "WIREWATCH_ROUTING_FILE"),
    ):
        vol = next(n for n, v in volumes.items() if v.get("configMap", {}).get("name") == cm_name)
        assert "subPath" not in mounts[vol], "subPath mounts never see ConfigMap updates"
        target = Path(env["data"][setting])
        mount = Path(mounts[vol]["mountPath"])
        assert target == mount or target.parent == mount


def test_routing_in_configmap_is_a_valid_routing_file(tmp_path: Path) -> None:
    """The routing.yaml shipped in the ConfigMap passes the alerts engineer's validator."""
    from alerts.config import load_routing

    src = DEPLOY / "k8s" / "base" / "config" / "routing.yaml"
    spec = load_routing(src)
    assert spec.route.receiver == "desk"
    text = src.read_text(encoding="utf-8")
    assert "value:" not in text and "https://" not in text, "secrets must be {file: ...} references"


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_kafka_topics_cover_the_settings(rendered: dict[str, str], overlay: str) -> None:
    """A KafkaTopic exists for every topic in the settings and Faust's internal ones, partitioned alike."""
    manifests = docs(rendered[overlay])
    topics = {d["spec"]["topicName"]: d for d in manifests if d["kind"] == "KafkaTopic"}
    s = Settings()
    wanted = {
        s.kafka_topic_items,
        s.kafka_topic_items_dlq,
        s.kafka_topic_events,
        s.kafka_topic_alerts,
        s.kafka_topic_notifications_dlq,
    }
    assert wanted <= set(topics)
    items = topics[s.kafka_topic_items]["spec"]
    scalers = [d for d in manifests if d["kind"] in {"ScaledObject", "HorizontalPodAutoscaler"}]
    assert len(scalers) == 1, "exactly one autoscaler (KEDA or HPA) per overlay"
    scaler = scalers[0]["spec"]
    max_replicas = scaler.get("maxReplicaCount", scaler.get("maxReplicas"))
    assert max_replicas <= items["partitions"], "replicas beyond the partition count sit idle"
    for topic in topics.values():
        assert topic["spec"]["config"]["min.insync.replicas"] <= topic["spec"]["replicas"]
    # Co-partitioned topics (same keys, joined by partition) match WIREWATCH_KAFKA_PARTITIONS.
    env = next(
        d
        for d in manifests
        if d["kind"] == "ConfigMap" and d["metadata"]["name"].startswith("wirewatch-env-")
    )
    partitions = int(env["data"]["WIREWATCH_KAFKA_PARTITIONS"])
    group = env["data"]["WIREWATCH_KAFKA_CONSUMER_GROUP"]
    co = {
        n for n, t in topics.items() if t["metadata"]["labels"].get("wirewatch.dev/co-partitioned") == "true"
    }
    assert {s.kafka_topic_items, s.kafka_topic_events, s.kafka_topic_alerts} <= co
    assert {f"{group}-detector-state-changelog", f"{group}-notifier-state-changelog"} <= co
    assert {topics[n]["spec"]["partitions"] for n in co} == {partitions}
    assert topics[f"{group}-__assignor-__leader"]["spec"]["partitions"] == 1
    assert env["data"]["WIREWATCH_KAFKA_CREATE_TOPICS"] == "false", "topics are owned by KafkaTopic resources"


def test_prod_scales_on_lag_and_dev_uses_the_hpa(rendered: dict[str, str]) -> None:
    """prod: KEDA ScaledObject on wire.items lag with auth; dev: the HPA alternative."""
    prod = docs(rendered["prod"])
    so = next(d for d in prod if d["kind"] == "ScaledObject")
    trig = so["spec"]["triggers"][0]
    assert trig["type"] == "kafka" and trig["metadata"]["topic"] == "wire.items"
    assert trig["metadata"]["consumerGroup"] == Settings().kafka_consumer_group + "-route"
    assert trig["authenticationRef"]["name"] in {
        d["metadata"]["name"] for d in prod if d["kind"] == "TriggerAuthentication"
    }
    dev = docs(rendered["dev"])
    assert [d["kind"] for d in dev if d["kind"] in {"ScaledObject", "HorizontalPodAutoscaler"}] == [
        "HorizontalPodAutoscaler"
    ]


def test_monitoring_resources_select_the_services(rendered: dict[str, str]) -> None:
    """The ServiceMonitor selects both Services by label and scrapes their `http` port at /metrics."""
    manifests = docs(rendered["prod"])
    sm = next(d for d in manifests if d["kind"] == "ServiceMonitor")
    selector = sm["spec"]["selector"]["matchLabels"]
    services = [d for d in manifests if d["kind"] == "Service"]
    assert len(services) == 2
    for svc in services:
        assert selector.items() <= svc["metadata"]["labels"].items(), svc["metadata"]["name"]
        assert "http" in {p["name"] for p in svc["spec"]["ports"]}
    assert sm["spec"]["endpoints"][0]["path"] == "/metrics"
    kinds = {d["kind"] for d in manifests}
    assert {"Namespace", "PodDisruptionBudget", "NetworkPolicy", "PrometheusRule", "ServiceAccount"} <= kinds


def _dockerfile_stages(text: str) -> list[list[str]]:
    stages: list[list[str]] = []
    logical = re.sub(r"\\\n", " ", text)
    for line in logical.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if stripped.upper().startswith("FROM "):
            stages.append([])
        if stages:
            stages[-1].append(stripped)
    return stages


def test_dockerfile_is_multistage_small_and_non_root() -> None:
    """Dockerfile (linted by reading; no docker daemon here): builder -> slim runtime, non-root uid."""
    text = (REPO / "Dockerfile").read_text(encoding="utf-8")
    stages = _dockerfile_stages(text)
    assert len(stages) >= 2
    assert re.search(r"ARG BASE=python:3\.11-slim", text)
    final = stages[-1]
    final_text = "\n".join(final)
    assert final[0].split()[1] == "${BASE}"
    assert "build-essential" not in final_text and "apt-get install" not in final_text, (
        "no build tools at run time"
    )
    assert (
        "pip install" not in final_text and "COPY --from=builder /opt/wirewatch /opt/wirewatch" in final_text
    )
    user = [ln for ln in final if ln.upper().startswith("USER ")]
    assert user and user[-1].split()[1] == "10001:10001"
    entry = [ln for ln in final if ln.upper().startswith("ENTRYPOINT ")]
    assert entry and json.loads(entry[-1].split(None, 1)[1]) == ["wirewatch"], "exec form: PID 1 gets SIGTERM"
    # the uid the image runs as is the one the manifests require
    base = yaml.safe_load((DEPLOY / "k8s" / "base" / "worker.yaml").read_text(encoding="utf-8"))
    assert base["spec"]["template"]["spec"]["securityContext"]["runAsUser"] == 10001
    ignore = [
        ln.strip()
        for ln in (REPO / ".dockerignore").read_text(encoding="utf-8").splitlines()
        if ln.strip() and not ln.startswith("#")
    ]
    assert ignore[0] == "*", "allow-list: only what the build needs enters the context"
    assert not {"!tests/", "!.venv/", "!var/", "!.git/"} & set(ignore)


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_overlay_env_is_accepted_by_settings(
    rendered: dict[str, str], overlay: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The env ConfigMap of each overlay parses into Settings (types, names) as the pods will see it."""
    manifests = docs(rendered[overlay])
    env = next(
        d
        for d in manifests
        if d["kind"] == "ConfigMap" and d["metadata"]["name"].startswith("wirewatch-env-")
    )
    for key in [k for k in os.environ if k.startswith("WIREWATCH_")]:
        monkeypatch.delenv(key)
    for key, value in env["data"].items():
        monkeypatch.setenv(key, value)
    settings = Settings()
    assert settings.log_json is True
    assert settings.faust_web_port == 8080 and settings.gateway_listen.endswith(":8080")
    assert settings.rules_dir is not None and settings.routing_file is not None
    assert settings.kafka_create_topics is False
    if overlay == "prod":
        assert settings.kafka_security_protocol == "SASL_SSL" and settings.kafka_sasl_mechanism
        assert settings.faust_store.startswith("rocksdb")
    else:
        from services.kafka.config import client_kwargs

        assert client_kwargs(settings)["security_protocol"] == "PLAINTEXT"

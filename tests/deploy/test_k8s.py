"""The Kubernetes manifests (deploy/k8s, ADR 10) without a cluster: the base, both overlays
and the Strimzi example render with kustomize; every object validates against the
Kubernetes API schemas (offline, from kubernetes-validate); and the rules hold on what
would be applied: hardened pods with probes and resources, a budget and a network policy
per service, only ingress and handoff reachable from outside, secrets only by reference,
audit a single writer, and the generated Kafka topics and users current."""

import importlib.util
import re
import subprocess
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import jsonschema  # type: ignore[import-untyped]
import kubernetes_validate  # type: ignore[import-untyped]
import pytest
import yaml

from confia.events.access import ACCESS
from confia.events.topics import INGRESS_WEBHOOKS, NAMESPACE, TOPICS

Manifest = dict[str, Any]

ROOT = Path(__file__).parents[2]
K8S = ROOT / "deploy" / "k8s"
SERVICES = ("ingress", "consent", "redaction", "agent", "handoff", "audit")
EXPOSED = {"ingress", "handoff"}
APPS = {"base": "base", "dev": "overlays/dev", "prod": "overlays/prod"}
KAFKA = {"kafka": "kafka", "kafka-dev": "overlays/dev/kafka"}
# The oldest Kubernetes minor we support and the newest the schemas know.
KUBERNETES_VERSIONS = ("1.30", "1.37")
# Env var names that carry secrets: never a literal `value:`.
SECRET_NAME = re.compile(r"KEY|SECRET|TOKEN|PASSWORD|URI")
PARTITIONS_BOUND = 3  # every main topic's partitions (confia.events.topics)
TMP = "/tmp"  # noqa: S108 - a mount path in the manifests, not a file written here


@pytest.fixture(scope="session")
def kustomize() -> Path:
    """The kustomize binary, built into the cache on first use (deploy/k8s/kustomize.sh)."""
    built = subprocess.run(
        ["bash", str(K8S / "kustomize.sh"), "path"],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert built.returncode == 0, f"building kustomize failed:\n{built.stderr}"
    return Path(built.stdout.strip())


def _build(kustomize: Path, folder: Path) -> list[Manifest]:
    out = subprocess.run(
        [str(kustomize), "build", str(folder)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert out.returncode == 0, f"kustomize build {folder} failed:\n{out.stderr}"
    return [doc for doc in yaml.safe_load_all(out.stdout) if doc]


@pytest.fixture(scope="session")
def rendered(kustomize: Path) -> dict[str, list[Manifest]]:
    return {name: _build(kustomize, K8S / path) for name, path in {**APPS, **KAFKA}.items()}


@pytest.fixture(scope="session")
def with_metrics(kustomize: Path, tmp_path_factory: pytest.TempPathFactory) -> list[Manifest]:
    """prod with the metrics component, as docs/k8s.md says to add it."""
    folder = tmp_path_factory.mktemp("metrics-overlay")
    relative = Path(*[".."] * len(folder.parts[1:])) / K8S.relative_to("/")
    (folder / "kustomization.yaml").write_text(
        f"resources: [{relative}/overlays/prod]\ncomponents: [{relative}/components/metrics]\n"
    )
    return _build(kustomize, folder)


def _of(objects: list[Manifest], kind: str) -> list[Manifest]:
    return [o for o in objects if o["kind"] == kind]


def _named(objects: list[Manifest], kind: str, name: str) -> Manifest:
    found = [o for o in _of(objects, kind) if o["metadata"]["name"] == name]
    assert len(found) == 1, f"expected one {kind} {name}, found {len(found)}"
    return found[0]


def _pod_labels(deployment: Manifest) -> dict[str, str]:
    labels: dict[str, str] = deployment["spec"]["template"]["metadata"]["labels"]
    return labels


def _selects(selector: Manifest, labels: dict[str, str]) -> bool:
    assert set(selector) <= {"matchLabels"}, "only matchLabels selectors are checked here"
    return all(labels.get(k) == v for k, v in selector.get("matchLabels", {}).items())


def _containers(deployment: Manifest) -> Iterator[Manifest]:
    spec = deployment["spec"]["template"]["spec"]
    yield from spec.get("initContainers", [])
    yield from spec["containers"]


def _service_of(deployment: Manifest) -> str:
    return _pod_labels(deployment)["app.kubernetes.io/name"]


def _confia(objects: list[Manifest]) -> list[Manifest]:
    """The six services' Deployments (dev adds the Graph API stand-in)."""
    return [d for d in _of(objects, "Deployment") if _service_of(d) in SERVICES]


# ------------------------------------------------------------------ schemas


def _object(*required: str, **properties: Any) -> Manifest:
    """A closed JSON Schema object: a misspelt or unknown field fails."""
    return {
        "type": "object",
        "required": list(required),
        "additionalProperties": False,
        "properties": properties,
    }


_STRING = {"type": "string"}
_INT = {"type": "integer"}
_BOOL = {"type": "boolean"}
_MAP = {"type": "object"}
_LABELS = {"type": "object", "additionalProperties": {"type": "string"}}
_CLUSTER_METADATA = _object(
    "name",
    "labels",
    name=_STRING,
    namespace=_STRING,
    labels={
        "type": "object",
        "required": ["strimzi.io/cluster"],
        "properties": {"strimzi.io/cluster": {"const": "confia"}},
    },
)
_SELECTOR = _object("matchLabels", matchLabels=_LABELS)
_PEER = _object(podSelector=_SELECTOR, namespaceSelector=_SELECTOR)
_QUANTITY = {"type": ["string", "integer"]}
_RESOURCES = _object(
    requests=_object(cpu=_QUANTITY, memory=_QUANTITY),
    limits=_object(cpu=_QUANTITY, memory=_QUANTITY),
)
_VOLUME = _object(
    "id",
    "type",
    id=_INT,
    type={"enum": ["ephemeral", "persistent-claim"]},
    size=_STRING,
    sizeLimit=_STRING,
    deleteClaim=_BOOL,
    kraftMetadata={"enum": ["shared"]},
)


def _crd(api_version: str, kind: str, spec: Manifest, metadata: Manifest) -> Manifest:
    return _object(
        "apiVersion",
        "kind",
        "metadata",
        "spec",
        apiVersion={"const": api_version},
        kind={"const": kind},
        metadata=metadata,
        spec=spec,
    )


_PLAIN_METADATA = _object("name", name=_STRING, namespace=_STRING, labels=_LABELS)

# Custom resources have no schema in kubernetes-validate, and Strimzi's, KEDA's and the
# Prometheus Operator's CRD schemas come as release files from GitHub, which this machine
# cannot reach. So these are their shapes as the projects' API references document them,
# for the fields used here, closed: a misspelt field, a wrong type or an unknown enum
# value (a listener type, an ACL operation) fails. Extending a resource means extending
# its schema here, on purpose.
CUSTOM_SCHEMAS: dict[tuple[str, str], Manifest] = {
    ("kafka.strimzi.io/v1", "Kafka"): _crd(
        "kafka.strimzi.io/v1",
        "Kafka",
        _object(
            "kafka",
            kafka=_object(
                "listeners",
                version=_STRING,
                metadataVersion=_STRING,
                listeners={
                    "type": "array",
                    "minItems": 1,
                    "items": _object(
                        "name",
                        "port",
                        "type",
                        "tls",
                        name={"type": "string", "pattern": "^[a-z0-9]{1,11}$"},
                        port={"type": "integer", "minimum": 9092, "not": {"enum": [9404, 9999]}},
                        type={
                            "enum": [
                                "internal",
                                "cluster-ip",
                                "route",
                                "loadbalancer",
                                "nodeport",
                                "ingress",
                            ]
                        },
                        tls=_BOOL,
                        authentication=_object(
                            "type", type={"enum": ["tls", "scram-sha-512", "custom"]}
                        ),
                        networkPolicyPeers={"type": "array", "items": _PEER},
                    ),
                },
                authorization=_object(
                    "type",
                    type={"enum": ["simple", "custom"]},
                    superUsers={"type": "array", "items": _STRING},
                ),
                config={
                    "type": "object",
                    "additionalProperties": {"type": ["string", "integer", "boolean"]},
                },
            ),
            entityOperator=_object(
                topicOperator=_object(watchedNamespace=_STRING),
                userOperator=_object(watchedNamespace=_STRING, secretPrefix=_STRING),
            ),
        ),
        _object("name", name=_STRING, namespace=_STRING),
    ),
    ("kafka.strimzi.io/v1", "KafkaNodePool"): _crd(
        "kafka.strimzi.io/v1",
        "KafkaNodePool",
        _object(
            "replicas",
            "roles",
            "storage",
            replicas={"type": "integer", "minimum": 1},
            roles={
                "type": "array",
                "minItems": 1,
                "uniqueItems": True,
                "items": {"enum": ["controller", "broker"]},
            },
            storage=_object(
                "type",
                type={"enum": ["jbod"]},
                volumes={"type": "array", "minItems": 1, "items": _VOLUME},
            ),
            resources=_RESOURCES,
        ),
        _CLUSTER_METADATA,
    ),
    ("kafka.strimzi.io/v1", "KafkaTopic"): _crd(
        "kafka.strimzi.io/v1",
        "KafkaTopic",
        _object(
            "partitions",
            "replicas",
            topicName=_STRING,
            partitions={"type": "integer", "minimum": 1},
            replicas={"type": "integer", "minimum": 1, "maximum": 32767},
            config={"type": "object", "additionalProperties": {"type": ["string", "integer"]}},
        ),
        _CLUSTER_METADATA,
    ),
    ("kafka.strimzi.io/v1", "KafkaUser"): _crd(
        "kafka.strimzi.io/v1",
        "KafkaUser",
        _object(
            "authentication",
            authentication=_object("type", type={"enum": ["tls", "tls-external", "scram-sha-512"]}),
            authorization=_object(
                "type",
                "acls",
                type={"const": "simple"},
                acls={
                    "type": "array",
                    "items": _object(
                        "resource",
                        "operations",
                        resource=_object(
                            "type",
                            type={"enum": ["topic", "group", "cluster", "transactionalId"]},
                            name=_STRING,
                            patternType={"enum": ["literal", "prefix"]},
                        ),
                        operations={
                            "type": "array",
                            "minItems": 1,
                            "items": {
                                "enum": [
                                    "Read",
                                    "Write",
                                    "Create",
                                    "Delete",
                                    "Alter",
                                    "Describe",
                                    "ClusterAction",
                                    "AlterConfigs",
                                    "DescribeConfigs",
                                    "IdempotentWrite",
                                    "All",
                                ]
                            },
                        },
                        host=_STRING,
                        type={"enum": ["allow", "deny"]},
                    ),
                },
            ),
        ),
        _CLUSTER_METADATA,
    ),
    ("keda.sh/v1alpha1", "ScaledObject"): _crd(
        "keda.sh/v1alpha1",
        "ScaledObject",
        _object(
            "scaleTargetRef",
            "triggers",
            scaleTargetRef=_object("name", name=_STRING),
            minReplicaCount=_INT,
            maxReplicaCount=_INT,
            cooldownPeriod=_INT,
            triggers={
                "type": "array",
                "items": _object(
                    "type",
                    "metadata",
                    type=_STRING,
                    # KEDA refuses numbers here: every value is a string.
                    metadata={"type": "object", "additionalProperties": _STRING},
                    authenticationRef=_object("name", name=_STRING),
                ),
            },
        ),
        _PLAIN_METADATA,
    ),
    ("keda.sh/v1alpha1", "TriggerAuthentication"): _crd(
        "keda.sh/v1alpha1",
        "TriggerAuthentication",
        _object(
            env={
                "type": "array",
                "items": _object(
                    "parameter", "name", parameter=_STRING, name=_STRING, containerName=_STRING
                ),
            },
            secretTargetRef={
                "type": "array",
                "items": _object(
                    "parameter", "name", "key", parameter=_STRING, name=_STRING, key=_STRING
                ),
            },
        ),
        _PLAIN_METADATA,
    ),
    ("monitoring.coreos.com/v1", "PodMonitor"): _crd(
        "monitoring.coreos.com/v1",
        "PodMonitor",
        _object(
            "selector",
            "podMetricsEndpoints",
            selector=_SELECTOR,
            podMetricsEndpoints={
                "type": "array",
                "items": _object(port=_STRING, path=_STRING, interval=_STRING),
            },
        ),
        _PLAIN_METADATA,
    ),
}


def _validate(manifest: Manifest, version: str) -> None:
    custom = CUSTOM_SCHEMAS.get((manifest["apiVersion"], manifest["kind"]))
    if custom is not None:
        jsonschema.validate(manifest, custom)
        return
    api_group = manifest["apiVersion"].split("/")[0]
    assert "." not in api_group or api_group.endswith("k8s.io"), (
        f"{manifest['apiVersion']} {manifest['kind']}: a custom resource without a schema here"
    )
    kubernetes_validate.validate(manifest, version, strict=True)


# ------------------------------------------------------------------ rendering and schemas


@pytest.mark.parametrize("version", KUBERNETES_VERSIONS)
@pytest.mark.parametrize("target", [*APPS, *KAFKA])
def test_every_rendered_object_validates_against_its_schema(
    rendered: dict[str, list[Manifest]], target: str, version: str
) -> None:
    objects = rendered[target]
    assert objects
    assert not _invalid(objects, version)


def _invalid(objects: list[Manifest], version: str) -> list[str]:
    """One line per object that fails its schema: kind, name, where, why."""
    problems = []
    for manifest in objects:
        try:
            _validate(manifest, version)
        except jsonschema.ValidationError as error:
            where = ".".join(str(part) for part in error.absolute_path)
            name = f"{manifest['kind']} {manifest['metadata']['name']}"
            problems.append(f"{name}: {where}: {error.message}")
    return problems


def test_the_examples_outside_the_kustomizations_validate(with_metrics: list[Manifest]) -> None:
    keda = [
        doc
        for doc in yaml.safe_load_all((K8S / "overlays/prod/keda-scaledobject.example.yaml").open())
        if doc
    ]
    assert not _invalid([*keda, *with_metrics], KUBERNETES_VERSIONS[0])


# ------------------------------------------------------------------ pods


@pytest.mark.parametrize("target", list(APPS))
def test_every_pod_runs_hardened(rendered: dict[str, list[Manifest]], target: str) -> None:
    deployments = _of(rendered[target], "Deployment")
    assert deployments
    for deployment in deployments:
        name = deployment["metadata"]["name"]
        pod = deployment["spec"]["template"]["spec"]
        assert pod.get("automountServiceAccountToken") is False, name
        for host in ("hostNetwork", "hostPID", "hostIPC"):
            assert not pod.get(host), f"{name}: {host}"
        assert not any("hostPath" in volume for volume in pod.get("volumes", [])), name
        pod_context = pod.get("securityContext", {})
        assert pod_context.get("runAsNonRoot") is True, name
        assert pod_context.get("runAsUser") == 10001, name
        assert pod_context.get("seccompProfile") == {"type": "RuntimeDefault"}, name
        tmp_volumes = {v["name"] for v in pod.get("volumes", []) if "emptyDir" in v}
        for container in _containers(deployment):
            where = f"{name}/{container['name']}"
            context = container.get("securityContext", {})
            assert context.get("runAsNonRoot", True) is True, where
            assert context.get("runAsUser", 10001) == 10001, where
            assert context.get("readOnlyRootFilesystem") is True, where
            assert context.get("allowPrivilegeEscalation") is False, where
            assert context.get("privileged", False) is False, where
            assert context.get("capabilities") == {"drop": ["ALL"]}, where
            assert context.get("seccompProfile", pod_context["seccompProfile"]) == {
                "type": "RuntimeDefault"
            }, where
            mounts = {m["mountPath"]: m["name"] for m in container.get("volumeMounts", [])}
            assert mounts.get(TMP) in tmp_volumes, f"{where}: /tmp is not an emptyDir"
            for probe in ("livenessProbe", "readinessProbe"):
                assert probe in container, f"{where}: no {probe}"
            resources = container.get("resources", {})
            for bound in ("requests", "limits"):
                assert {"cpu", "memory"} <= set(resources.get(bound, {})), f"{where}: {bound}"


@pytest.mark.parametrize("target", list(APPS))
def test_probes_mean_alive_and_ready(rendered: dict[str, list[Manifest]], target: str) -> None:
    """Liveness is /healthz (the process answers); readiness /readyz (Kafka and the store)."""
    for deployment in _confia(rendered[target]):
        container = deployment["spec"]["template"]["spec"]["containers"][0]
        port = container["ports"][0]
        assert container["livenessProbe"]["httpGet"] == {"path": "/healthz", "port": port["name"]}
        assert container["readinessProbe"]["httpGet"] == {"path": "/readyz", "port": port["name"]}
        # /readyz waits up to 5 s for the broker and the store (at once): a shorter timeout
        # would turn slow into failed.
        assert container["readinessProbe"]["timeoutSeconds"] > 5
        env = {e["name"]: e.get("value") for e in container["env"]}
        assert env["CONFIA_HTTP_PORT"] == str(port["containerPort"])


@pytest.mark.parametrize("target", list(APPS))
def test_secrets_are_only_referenced_never_inlined(
    rendered: dict[str, list[Manifest]], target: str
) -> None:
    objects = rendered[target]
    assert not _of(objects, "Secret"), "Secrets are created with kubectl, never rendered"
    for deployment in _of(objects, "Deployment"):
        for container in _containers(deployment):
            for env in container.get("env", []):
                if SECRET_NAME.search(env["name"]):
                    where = f"{deployment['metadata']['name']}: {env['name']}"
                    assert "value" not in env, f"{where} has a literal value"
                    assert "secretKeyRef" in env.get("valueFrom", {}), f"{where}: not a secret"
    for config_map in _of(objects, "ConfigMap"):
        for key in config_map.get("data", {}):
            assert not SECRET_NAME.search(key), f"{config_map['metadata']['name']}: {key}"


def test_the_secrets_example_names_every_key_the_services_read(
    rendered: dict[str, list[Manifest]],
) -> None:
    example = (K8S / "secrets.example.env").read_text()
    listed = set(re.findall(r"^(CONFIA_[A-Z0-9_]+)=", example, re.MULTILINE))
    optional = set(re.findall(r"^# (CONFIA_[A-Z0-9_]+)=", example, re.MULTILINE))
    referenced: dict[str, bool] = {}
    for deployment in _of(rendered["prod"], "Deployment"):
        for env in deployment["spec"]["template"]["spec"]["containers"][0]["env"]:
            ref = env.get("valueFrom", {}).get("secretKeyRef")
            if ref and ref["name"] == "confia-secrets":
                referenced[ref["key"]] = bool(ref.get("optional"))
    assert {k for k, opt in referenced.items() if not opt} == listed
    assert {k for k, opt in referenced.items() if opt} == optional


def test_the_agent_reads_its_knowledge_from_the_mounted_config_map(
    rendered: dict[str, list[Manifest]],
) -> None:
    objects = rendered["prod"]
    agent = _named(objects, "Deployment", "agent")["spec"]["template"]["spec"]
    volume = next(v for v in agent["volumes"] if v["name"] == "knowledge")
    mount = next(m for m in agent["containers"][0]["volumeMounts"] if m["name"] == "knowledge")
    config = next(
        c for c in _of(objects, "ConfigMap") if c["metadata"]["name"].startswith("confia-agent-")
    )
    assert config["data"]["CONFIA_KNOWLEDGE_DIR"] == mount["mountPath"]
    knowledge = _named(objects, "ConfigMap", volume["configMap"]["name"])
    source = ROOT / "deploy" / "kb" / "aurora"
    expected = {p.name: p.read_text() for p in source.glob("*.md") if p.name != "README.md"}
    assert knowledge["data"] == expected, (
        "the knowledge copies differ from deploy/kb/aurora: "
        "cp deploy/kb/aurora/*.md deploy/k8s/base/knowledge/aurora/ (without README.md), "
        "and list new files in deploy/k8s/base/kustomization.yaml"
    )


# ------------------------------------------------------------------ per service


@pytest.mark.parametrize("target", list(APPS))
def test_every_service_has_a_service_a_budget_and_a_network_policy(
    rendered: dict[str, list[Manifest]], target: str
) -> None:
    objects = rendered[target]
    assert sorted(_service_of(d) for d in _confia(objects)) == sorted(SERVICES)
    for deployment in _confia(objects):
        name, labels = _service_of(deployment), _pod_labels(deployment)
        services = _of(objects, "Service")
        assert any(_selects({"matchLabels": s["spec"]["selector"]}, labels) for s in services), name
        budgets = [
            b
            for b in _of(objects, "PodDisruptionBudget")
            if _selects(b["spec"]["selector"], labels)
        ]
        assert budgets, f"{name}: no PodDisruptionBudget"
        own_policies = [
            p
            for p in _of(objects, "NetworkPolicy")
            if p["spec"]["podSelector"].get("matchLabels", {}).get("app.kubernetes.io/name") == name
        ]
        assert own_policies, f"{name}: no NetworkPolicy of its own"


def _admits_outsiders(rule: Manifest) -> bool:
    """An ingress rule lets in pods of other namespaces (or anything) if it has no `from`,
    or a peer with a namespaceSelector or an ipBlock."""
    peers = rule.get("from")
    if not peers:
        return True
    return any("namespaceSelector" in peer or "ipBlock" in peer for peer in peers)


def _reachable_from_outside(objects: list[Manifest]) -> dict[str, list[Manifest]]:
    """Service name -> the ingress rules that let outsiders reach its pods."""
    reached: dict[str, list[Manifest]] = {}
    for policy in _of(objects, "NetworkPolicy"):
        if "Ingress" not in policy["spec"].get("policyTypes", ["Ingress"]):
            continue
        for rule in policy["spec"].get("ingress", []):
            if not _admits_outsiders(rule):
                continue
            for deployment in _of(objects, "Deployment"):
                if _selects(policy["spec"]["podSelector"], _pod_labels(deployment)):
                    reached.setdefault(_service_of(deployment), []).append(rule)
    return reached


@pytest.mark.parametrize("target", list(APPS))
def test_only_ingress_and_handoff_are_reachable_from_outside_the_namespace(
    rendered: dict[str, list[Manifest]], target: str
) -> None:
    objects = rendered[target]
    deny = _named(objects, "NetworkPolicy", "default-deny")["spec"]
    assert deny == {"podSelector": {}, "policyTypes": ["Ingress", "Egress"]}
    assert set(_reachable_from_outside(objects)) == EXPOSED
    for service in _of(objects, "Service"):
        assert service["spec"].get("type", "ClusterIP") == "ClusterIP", service["metadata"]
    backends = {
        path["backend"]["service"]["name"]
        for ingress in _of(objects, "Ingress")
        for rule in ingress["spec"]["rules"]
        for path in rule["http"]["paths"]
    }
    assert backends <= EXPOSED


def test_with_metrics_only_prometheus_reaches_the_other_services(
    with_metrics: list[Manifest],
) -> None:
    monitoring = {
        "namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "monitoring"}}
    }
    for service, rules in _reachable_from_outside(with_metrics).items():
        if service not in EXPOSED:
            assert all(rule.get("from") == [monitoring] for rule in rules), service


def _egress_ports(objects: list[Manifest], labels: dict[str, str]) -> set[int | str]:
    ports: set[int | str] = set()
    for policy in _of(objects, "NetworkPolicy"):
        if _selects(policy["spec"]["podSelector"], labels):
            for rule in policy["spec"].get("egress", []):
                ports |= {port["port"] for port in rule.get("ports", [])}
    return ports


@pytest.mark.parametrize("target", list(APPS))
def test_each_service_reaches_kafka_the_store_and_the_collector(
    rendered: dict[str, list[Manifest]], target: str
) -> None:
    objects = rendered[target]
    for deployment in _confia(objects):
        ports = _egress_ports(objects, _pod_labels(deployment))
        name = _service_of(deployment)
        assert {53, 9093, 27017, 4318} <= ports, name
        # Only ingress calls out of the cluster (the Graph API).
        assert (443 in ports) == (name == "ingress"), name


# ------------------------------------------------------------------ scaling


@pytest.mark.parametrize("target", list(APPS))
def test_audit_is_a_single_writer(rendered: dict[str, list[Manifest]], target: str) -> None:
    objects = rendered[target]
    audit = _named(objects, "Deployment", "audit")["spec"]
    assert audit["replicas"] == 1
    assert audit["strategy"] == {"type": "Recreate"}
    targets = {h["spec"]["scaleTargetRef"]["name"] for h in _of(objects, "HorizontalPodAutoscaler")}
    assert "audit" not in targets


def _partitions_read(service: str) -> int:
    return min(TOPICS[topic].partitions for topic in ACCESS[service].reads)


def test_prod_runs_two_of_each_and_scales_within_the_partitions(
    rendered: dict[str, list[Manifest]],
) -> None:
    objects = rendered["prod"]
    autoscalers = {
        h["spec"]["scaleTargetRef"]["name"]: h for h in _of(objects, "HorizontalPodAutoscaler")
    }
    assert set(autoscalers) == set(SERVICES) - {"audit"}
    for name, autoscaler in autoscalers.items():
        spec = autoscaler["spec"]
        assert _named(objects, "Deployment", name)["spec"]["replicas"] == 2
        assert spec["minReplicas"] == 2
        assert spec["metrics"][0]["resource"]["name"] == "cpu"
        if name != "ingress":  # its webhook scales past its consumers (autoscaling.yaml)
            assert spec["maxReplicas"] <= _partitions_read(name), name


def _role(deployment: Manifest) -> str | None:
    env = next(_containers(deployment)).get("env", [])
    return next((e["value"] for e in env if e["name"] == "CONFIA_INGRESS_ROLE"), None)


def test_prod_runs_ingress_as_a_webhook_tier_and_a_worker_tier(
    rendered: dict[str, list[Manifest]],
) -> None:
    objects = rendered["prod"]
    webhook = _named(objects, "Deployment", "ingress")
    worker = _named(objects, "Deployment", "ingress-worker")
    assert (_role(webhook), _role(worker)) == ("webhook", "worker")
    # The webhook's Service never sends Meta's requests to a worker (which has no route).
    service = _named(objects, "Service", "ingress")
    assert not _selects({"matchLabels": service["spec"]["selector"]}, _pod_labels(worker))
    assert worker["spec"]["replicas"] <= _partitions_read("ingress")
    labels = _pod_labels(worker)
    assert any(_selects(b["spec"]["selector"], labels) for b in _of(objects, "PodDisruptionBudget"))
    # The worker sends: Kafka, the store, the collector and the Graph API.
    assert {53, 9093, 27017, 4318, 443} <= _egress_ports(objects, labels)
    assert "ingress-worker" not in _reachable_from_outside(objects)
    # Same settings and secrets as the webhook tier: one service in two processes.
    webhook_env = {e["name"] for e in next(_containers(webhook))["env"]}
    assert webhook_env == {e["name"] for e in next(_containers(worker))["env"]}


def test_the_split_components_pod_defaults_are_the_bases() -> None:
    copy = K8S / "components" / "ingress-split" / "pod-defaults.yaml"
    assert copy.read_text() == (K8S / "base" / "pod-defaults.yaml").read_text()


def test_the_keda_example_is_bounded_by_partitions_and_not_applied_by_default() -> None:
    kustomization = yaml.safe_load((K8S / "overlays/prod/kustomization.yaml").read_text())
    assert "keda-scaledobject.example.yaml" not in kustomization["resources"]
    example = yaml.safe_load_all((K8S / "overlays/prod/keda-scaledobject.example.yaml").open())
    scaled = next(doc for doc in example if doc and doc["kind"] == "ScaledObject")
    trigger = scaled["spec"]["triggers"][0]["metadata"]
    topic = TOPICS[NAMESPACE + trigger["topic"]]
    assert scaled["spec"]["maxReplicaCount"] <= topic.partitions <= PARTITIONS_BOUND


# ------------------------------------------------------------------ Kafka


@cache
def _generator() -> ModuleType:
    path = K8S / "kafka" / "generate.py"
    spec = importlib.util.spec_from_file_location("confia_k8s_kafka_generate", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_topics_yaml_and_users_yaml_are_current() -> None:
    generator = _generator()
    stale = "is stale: run `uv run --no-sync python deploy/k8s/kafka/generate.py`"
    topics_yaml = (K8S / "kafka" / "topics.yaml").read_text()
    users_yaml = (K8S / "kafka" / "users.yaml").read_text()
    assert topics_yaml == generator.render_topics(), f"topics.yaml {stale}"
    assert users_yaml == generator.render_users(), f"users.yaml {stale}"


def test_every_topic_is_a_kafka_topic_with_the_tables_settings(
    rendered: dict[str, list[Manifest]],
) -> None:
    topics = {t["spec"]["topicName"]: t["spec"] for t in _of(rendered["kafka"], "KafkaTopic")}
    assert set(topics) == {name.removeprefix(NAMESPACE) for name in TOPICS}
    for name, topic in TOPICS.items():
        spec = topics[name.removeprefix(NAMESPACE)]
        assert spec["partitions"] == topic.partitions
        assert {key: str(value) for key, value in spec["config"].items()} == topic.configs()
    webhook_log = topics[INGRESS_WEBHOOKS.removeprefix(NAMESPACE)]
    assert webhook_log["config"]["max.message.bytes"] > 4 * 1024 * 1024, "a whole webhook body"


@pytest.mark.parametrize("target", list(APPS))
def test_each_service_logs_in_to_kafka_as_its_own_user(
    rendered: dict[str, list[Manifest]], target: str
) -> None:
    kafka = _named(rendered["kafka"], "Kafka", "confia")["spec"]
    user_operator = kafka["entityOperator"]["userOperator"]
    listener = kafka["kafka"]["listeners"][0]
    assert listener["tls"] is True
    assert listener["authentication"] == {"type": "scram-sha-512"}
    assert kafka["kafka"]["authorization"]["type"] == "simple"
    users = {u["metadata"]["name"]: u for u in _of(rendered["kafka"], "KafkaUser")}
    assert set(users) == set(ACCESS) == set(SERVICES)
    for deployment in _confia(rendered[target]):
        name = _service_of(deployment)
        assert users[name]["metadata"]["namespace"] == user_operator["watchedNamespace"]
        env = {e["name"]: e for e in deployment["spec"]["template"]["spec"]["containers"][0]["env"]}
        assert env["CONFIA_KAFKA_USERNAME"]["value"] == name
        password = env["CONFIA_KAFKA_PASSWORD"]["valueFrom"]["secretKeyRef"]
        assert password == {"name": user_operator["secretPrefix"] + name, "key": "password"}

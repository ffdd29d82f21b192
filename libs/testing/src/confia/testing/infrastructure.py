"""Where the tests' Kafka, store and Jaeger come from.

Order: environment variables; else testcontainers when a Docker engine answers;
else the native scripts in deploy/local (no Docker on the development machines).
"""

import os
import shutil
import subprocess
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Infrastructure:
    kafka_bootstrap: str
    mongo_uri: str
    otlp_endpoint: str
    jaeger_query: str
    source: str


def repo_root() -> Path:
    for start in (Path.cwd(), Path(__file__).resolve()):
        for folder in (start, *start.parents):
            if (folder / "deploy" / "local" / "infra.sh").is_file():
                return folder
    raise RuntimeError("cannot find the repository root (deploy/local/infra.sh)")


def from_environment() -> Infrastructure | None:
    kafka = os.environ.get("CONFIA_KAFKA_BOOTSTRAP")
    mongo = os.environ.get("CONFIA_MONGO_URI")
    if not (kafka and mongo):
        return None
    return Infrastructure(
        kafka_bootstrap=kafka,
        mongo_uri=mongo,
        otlp_endpoint=os.environ.get("CONFIA_OTLP_ENDPOINT", "http://127.0.0.1:4318"),
        jaeger_query=os.environ.get("CONFIA_JAEGER_QUERY", "http://127.0.0.1:16686"),
        source="environment",
    )


def docker_answers() -> bool:
    if shutil.which("docker") is None:
        return False
    try:
        import docker  # type: ignore[import-untyped]

        docker.from_env(timeout=3).ping()
    except Exception:
        return False
    return True


def from_testcontainers(stack: ExitStack) -> Infrastructure:
    """Kafka (KRaft), MongoDB and Jaeger in containers, stopped when `stack` closes."""
    from testcontainers.core.container import DockerContainer
    from testcontainers.core.waiting_utils import wait_for_logs
    from testcontainers.kafka import KafkaContainer
    from testcontainers.mongodb import MongoDbContainer

    kafka = stack.enter_context(KafkaContainer("apache/kafka:4.1.1").with_kraft())
    mongo = stack.enter_context(MongoDbContainer("mongo:8.0"))
    jaeger = (
        DockerContainer("jaegertracing/all-in-one:1.76.0")
        .with_exposed_ports(4318, 16686)
        .with_env("COLLECTOR_OTLP_ENABLED", "true")
    )
    stack.enter_context(jaeger)
    wait_for_logs(jaeger, "Everything is ready", timeout=60)
    host = jaeger.get_container_host_ip()
    return Infrastructure(
        kafka_bootstrap=kafka.get_bootstrap_server(),
        mongo_uri=mongo.get_connection_url(),
        otlp_endpoint=f"http://{host}:{jaeger.get_exposed_port(4318)}",
        jaeger_query=f"http://{host}:{jaeger.get_exposed_port(16686)}",
        source="testcontainers",
    )


def from_native_scripts() -> Infrastructure:
    """Start (or reuse) Kafka, FerretDB and Jaeger with deploy/local/infra.sh."""
    script = repo_root() / "deploy" / "local" / "infra.sh"
    subprocess.run(["bash", str(script), "up"], check=True)
    env = subprocess.run(
        ["bash", str(script), "env"], check=True, capture_output=True, text=True
    ).stdout
    values = dict(
        line.removeprefix("export ").split("=", 1)
        for line in env.splitlines()
        if line.startswith("export ")
    )
    return Infrastructure(
        kafka_bootstrap=values["CONFIA_KAFKA_BOOTSTRAP"],
        mongo_uri=values["CONFIA_MONGO_URI"],
        otlp_endpoint=values["CONFIA_OTLP_ENDPOINT"],
        jaeger_query=values["CONFIA_JAEGER_QUERY"],
        source="native",
    )


def set_native_component(component: str, running: bool) -> None:
    """Stop or start one natively run component (deploy/local/infra.sh), for fault tests."""
    script = repo_root() / "deploy" / "local" / "infra.sh"
    subprocess.run(["bash", str(script), "up" if running else "down", component], check=True)

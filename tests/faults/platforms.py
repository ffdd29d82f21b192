"""The fault suite's platforms: a fresh one on the shared infrastructure, or on its own."""

import os
import subprocess
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pymongo import MongoClient

from confia.testing.infrastructure import Infrastructure, repo_root
from confia.testing.platform import (
    SERVICES,
    Platform,
    free_port,
    generated_secrets,
    start,
    stop,
)
from confia.testing.whatsapp import WhatsApp

from .scenario import Scenario
from .validator import Validator


@dataclass
class RunningPlatform:
    platform: Platform
    secrets: dict[str, str]
    namespace: str
    infrastructure: Infrastructure

    def scenario(self) -> Scenario:
        validator = Validator(
            self.platform, self.secrets, self.infrastructure.kafka_bootstrap, self.namespace
        )
        return Scenario(self.platform, WhatsApp(self.platform, self.secrets), validator)


def launch(infrastructure: Infrastructure, log_dir: Path) -> Iterator[RunningPlatform]:
    """A fresh platform (own topic namespace, own databases); stopped and dropped after."""
    run = uuid.uuid4().hex[:8]
    namespace = f"faults{run}."
    secrets = generated_secrets()
    env = {
        "CONFIA_KAFKA_BOOTSTRAP": infrastructure.kafka_bootstrap,
        "CONFIA_MONGO_URI": infrastructure.mongo_uri,
        "CONFIA_OTLP_ENDPOINT": infrastructure.otlp_endpoint,
        "CONFIA_KNOWLEDGE_DIR": str(repo_root() / "deploy" / "kb" / "aurora"),
        "CONFIA_TOPIC_NAMESPACE": namespace,
        "CONFIA_TREE_HEAD_INTERVAL_SECONDS": "5",
        **secrets,
    }
    databases = {name: f"faults_{run}_{name}" for name in SERVICES}
    ports = {name: free_port() for name in ("graph-api", *SERVICES)}
    per_service = {name: {"CONFIA_DATABASE": db} for name, db in databases.items()}
    platform = start(env, ports, log_dir, per_service=per_service)
    try:
        yield RunningPlatform(platform, secrets, namespace, infrastructure)
    finally:
        stop(platform)
        client: MongoClient[dict[str, Any]] = MongoClient(
            infrastructure.mongo_uri, serverSelectionTimeoutMS=10_000
        )
        for database in databases.values():
            client.drop_database(database)
        client.close()


# --- the full run's own broker and store (restarted by its scenarios) ----------------

PRIVATE_PORTS = {
    "CONFIA_KAFKA_PORT": "19092",
    "CONFIA_KAFKA_CONTROLLER_PORT": "19093",
    "CONFIA_MONGO_PORT": "27117",
}


@dataclass(frozen=True)
class PrivateInfrastructure:
    """deploy/local/infra.sh on ports and a state directory of its own."""

    state_dir: Path

    def command(self, verb: str, component: str) -> None:
        script = repo_root() / "deploy" / "local" / "infra.sh"
        env = {**os.environ, **PRIVATE_PORTS, "CONFIA_STATE_DIR": str(self.state_dir)}
        subprocess.run(["bash", str(script), verb, component], check=True, env=env)

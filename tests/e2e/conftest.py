"""The whole platform as separate processes, once for all end-to-end tests.

Its topics carry a namespace of their own and its databases are new, so a backlog or
data left on the shared broker and store by other runs never reaches it.
"""

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
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

RUN = uuid.uuid4().hex[:8]
NAMESPACE = f"e2e{RUN}."


@pytest.fixture(scope="session")
def secrets() -> dict[str, str]:
    return generated_secrets()


@pytest.fixture(scope="session")
def databases() -> dict[str, str]:
    return {name: f"e2e_{RUN}_{name}" for name in SERVICES}


@pytest.fixture(scope="session")
def platform(
    infrastructure: Infrastructure,
    secrets: dict[str, str],
    databases: dict[str, str],
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Platform]:
    env = {
        "CONFIA_KAFKA_BOOTSTRAP": infrastructure.kafka_bootstrap,
        "CONFIA_MONGO_URI": infrastructure.mongo_uri,
        "CONFIA_OTLP_ENDPOINT": infrastructure.otlp_endpoint,
        "CONFIA_KNOWLEDGE_DIR": str(repo_root() / "deploy" / "kb" / "aurora"),
        "CONFIA_TOPIC_NAMESPACE": NAMESPACE,
        "CONFIA_TREE_HEAD_INTERVAL_SECONDS": "1",
        **secrets,
    }
    ports = {name: free_port() for name in ("graph-api", *SERVICES)}
    per_service = {name: {"CONFIA_DATABASE": db} for name, db in databases.items()}
    running = start(env, ports, tmp_path_factory.mktemp("platform-logs"), per_service=per_service)
    yield running
    stop(running)
    client: MongoClient[dict[str, Any]] = MongoClient(infrastructure.mongo_uri)
    for database in databases.values():
        client.drop_database(database)
    client.close()


@pytest.fixture
def whatsapp(platform: Platform, secrets: dict[str, str]) -> WhatsApp:
    return WhatsApp(platform, secrets)


@pytest.fixture
def namespace() -> str:
    return NAMESPACE

"""Pytest fixtures shared by every Confia test suite (loaded through the pytest11 entry point)."""

import os

# Before anything imports the topic names: the tests' events go to `test.`-prefixed
# topics, so a platform started with `make up` on the same broker never sees them.
os.environ.setdefault("CONFIA_TOPIC_NAMESPACE", "test.")

import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import ExitStack
from typing import Any

import pytest
from faststream.kafka import KafkaBroker
from opentelemetry.sdk.trace import TracerProvider
from pymongo.asynchronous.database import AsyncDatabase

from confia.crypto import Keyring
from confia.runtime.bus import create_broker
from confia.runtime.settings import ServiceSettings
from confia.store import connect
from confia.testing.infrastructure import (
    Infrastructure,
    docker_answers,
    from_environment,
    from_native_scripts,
    from_testcontainers,
)


@pytest.fixture(scope="session")
def infrastructure() -> Iterator[Infrastructure]:
    """The real Kafka, store and Jaeger the integration tests run against."""
    found = from_environment()
    if found is not None:
        yield found
        return
    with ExitStack() as stack:
        yield from_testcontainers(stack) if docker_answers() else from_native_scripts()


@pytest.fixture
def unique() -> Callable[[str], str]:
    """Unique names, so tests can share one broker and one store."""
    run = uuid.uuid4().hex[:10]

    def make(prefix: str) -> str:
        return f"{prefix}-{run}-{uuid.uuid4().hex[:6]}"

    return make


@pytest.fixture
async def database(
    infrastructure: Infrastructure, unique: Callable[[str], str]
) -> AsyncIterator[AsyncDatabase[dict[str, Any]]]:
    """A fresh database in the real store, dropped afterwards."""
    client, db = connect(infrastructure.mongo_uri, unique("test").replace("-", "_"))
    try:
        yield db
    finally:
        await client.drop_database(db.name)
        await client.close()


@pytest.fixture
async def broker(infrastructure: Infrastructure) -> AsyncIterator[KafkaBroker]:
    """A connected broker (publishing only) configured like the services'."""
    settings = ServiceSettings(kafka_bootstrap=infrastructure.kafka_bootstrap)
    kafka = create_broker(settings, "test", TracerProvider())
    await kafka.connect()
    try:
        yield kafka
    finally:
        await kafka.stop()


@pytest.fixture
def keyring() -> Keyring:
    return Keyring({"test": os.urandom(32)}, "test")

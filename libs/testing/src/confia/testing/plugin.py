"""Pytest fixtures shared by every Confia test suite (loaded through the pytest11 entry point)."""

import uuid
from collections.abc import Callable, Iterator
from contextlib import ExitStack

import pytest

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

"""The fault suite: the platform as processes, a stream of customers, and things breaking.

Two runs of the same scenarios:

- the reduced run (no `faults` marker): ~20 conversations per scenario, services killed
  (consent, redaction, agent), Graph API errors, redelivered webhooks. A plain `pytest`
  (so `make test`) collects it; it takes about two minutes.
- the full run (`-m faults`, `make test-faults`): hundreds of conversations, all six
  services killed, the Kafka broker restarted, the store stopped and started. It is left
  out of every run whose `-m` expression does not name `faults` (see
  `pytest_collection_modifyitems` below), because it takes many minutes and restarts
  infrastructure. The broker and store it restarts are its own (other ports, its own
  state directory), never the ones other test runs share.

What the checks mean: docs/guarantees.md.
"""

from collections.abc import Iterator

import pytest

from confia.testing.infrastructure import Infrastructure

from .platforms import PRIVATE_PORTS, PrivateInfrastructure, RunningPlatform, launch


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Leave the full fault suite out unless the `-m` expression asks for `faults`."""
    if "faults" in (config.option.markexpr or ""):
        return
    kept: list[pytest.Item] = []
    left_out: list[pytest.Item] = []
    for item in items:
        (left_out if item.get_closest_marker("faults") else kept).append(item)
    if left_out:
        config.hook.pytest_deselected(items=left_out)
        items[:] = kept


@pytest.fixture(scope="module")
def running(
    infrastructure: Infrastructure, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[RunningPlatform]:
    """One platform per test module (the reduced run; the full run starts one per
    scenario); each scenario streams conversations of its own."""
    yield from launch(infrastructure, tmp_path_factory.mktemp("faults-logs"))


@pytest.fixture(scope="module")
def private_infrastructure(
    infrastructure: Infrastructure, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[PrivateInfrastructure, Infrastructure]]:
    """A Kafka broker and a FerretDB only this module uses (Jaeger is the shared one)."""
    private = PrivateInfrastructure(tmp_path_factory.mktemp("faults-infra"))
    try:
        private.command("up", "kafka")
        private.command("up", "ferretdb")
        yield (
            private,
            Infrastructure(
                kafka_bootstrap=f"127.0.0.1:{PRIVATE_PORTS['CONFIA_KAFKA_PORT']}",
                mongo_uri=f"mongodb://127.0.0.1:{PRIVATE_PORTS['CONFIA_MONGO_PORT']}",
                otlp_endpoint=infrastructure.otlp_endpoint,
                jaeger_query=infrastructure.jaeger_query,
                source="native (private to the fault suite)",
            ),
        )
    finally:
        private.command("down", "ferretdb")
        private.command("down", "kafka")

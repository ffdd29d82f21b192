"""The full fault run (`make test-faults`): hundreds of conversations per fault.

Left out of a plain `pytest` (see conftest.py); it restarts a Kafka broker and a store of
its own, never the shared ones.
"""

import time
from collections.abc import Callable, Iterator

import pytest

from confia.testing.infrastructure import Infrastructure
from confia.testing.platform import SERVICES

from .driver import ConversationStream
from .platforms import PrivateInfrastructure, RunningPlatform, launch
from .scenario import graph_api_failing, kill_and_restart, no_fault

pytestmark = [pytest.mark.faults, pytest.mark.e2e, pytest.mark.slow, pytest.mark.timeout(1800)]

CONVERSATIONS = 200  # x (consent + 3 questions) = 800 messages per scenario
RATE = 8.0  # messages per second, all conversations together
# About the most a 2-core machine answers (docs/guarantees.md): a fault leaves a backlog
# that takes minutes to work off. So the drain waits while replies keep going out (or
# messages keep being settled), and calls what is missing lost once nothing moved for
# STALL_SECONDS, or at DRAIN_SECONDS whatever happens.
DRAIN_SECONDS, STALL_SECONDS = 900, 120


# A platform of its own for each scenario, with empty databases: FerretDB's SQLite backend
# reads a whole collection for every lookup (docs/guarantees.md, "Known gaps"), so a
# scenario run on the databases earlier ones filled would measure that, not its fault.


@pytest.fixture
def running(
    infrastructure: Infrastructure, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[RunningPlatform]:
    yield from launch(infrastructure, tmp_path_factory.mktemp("faults-logs"))


@pytest.fixture
def private(
    private_infrastructure: tuple[PrivateInfrastructure, Infrastructure],
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[PrivateInfrastructure, RunningPlatform]]:
    infra, infrastructure = private_infrastructure
    for running in launch(infrastructure, tmp_path_factory.mktemp("faults-private-logs")):
        yield infra, running


def _restarting(
    infra: PrivateInfrastructure, component: str, down_seconds: float
) -> Callable[[ConversationStream], None]:
    def fault(stream: ConversationStream) -> None:
        stream.wait_for_progress(0.25)
        infra.command("down", component)
        time.sleep(down_seconds)
        infra.command("up", component)

    return fault


def _run_full(
    running: RunningPlatform,
    fault: Callable[[ConversationStream], None],
    *,
    redeliveries: int = 0,
    sends_cut_off: bool = False,
) -> None:
    """One full-run scenario: CONVERSATIONS at RATE, drained as DRAIN_SECONDS says."""
    running.scenario().run(
        fault,
        conversations=CONVERSATIONS,
        per_second=RATE,
        redeliveries=redeliveries,
        sends_cut_off=sends_cut_off,
        drain_seconds=DRAIN_SECONDS,
        stall_seconds=STALL_SECONDS,
    )


def test_every_service_killed_in_turn_loses_and_repeats_nothing(running: RunningPlatform) -> None:
    fault = kill_and_restart(running.platform, list(SERVICES), pause=3)
    _run_full(running, fault, sends_cut_off=True)


def test_kafka_broker_restarted_mid_stream_loses_nothing(
    private: tuple[PrivateInfrastructure, RunningPlatform],
) -> None:
    infra, running = private
    fault = _restarting(infra, "kafka", down_seconds=5)
    _run_full(running, fault)


def test_store_stopped_and_started_mid_stream_loses_nothing(
    private: tuple[PrivateInfrastructure, RunningPlatform],
) -> None:
    infra, running = private
    fault = _restarting(infra, "ferretdb", down_seconds=10)
    _run_full(running, fault)


def test_graph_api_refusing_sends_for_half_a_minute_loses_no_reply(
    running: RunningPlatform,
) -> None:
    # Longer than ingress's retry budget for one send (5 attempts, 15 s of backoff).
    fault = graph_api_failing(running.platform, 30)
    _run_full(running, fault)


def test_every_webhook_delivered_four_times_is_answered_once(running: RunningPlatform) -> None:
    _run_full(running, no_fault, redeliveries=3)

"""The reduced fault run, part of `make test`: ~20 conversations per fault, about two minutes.

The full run (`make test-faults`, test_full.py) breaks more things with more customers.
"""

import pytest

from .platforms import RunningPlatform
from .scenario import graph_api_failing, kill_and_restart, no_fault

pytestmark = [pytest.mark.e2e, pytest.mark.slow, pytest.mark.timeout(600)]


def test_services_killed_mid_stream_lose_and_repeat_nothing(running: RunningPlatform) -> None:
    scenario = running.scenario()
    fault = kill_and_restart(running.platform, ["consent", "redaction", "agent"], overlapping=True)
    scenario.run(fault, conversations=20, questions=3, per_second=5)


def test_graph_api_errors_for_a_while_are_retried_into_one_send_each(
    running: RunningPlatform,
) -> None:
    # 4 s of refusals (and the first attempt after them): within ingress's retry budget
    # (5 attempts, 1+2+4+8 s of backoff). Longer outages: test_full.py and docs/guarantees.md.
    scenario = running.scenario()
    fault = graph_api_failing(running.platform, 4)
    scenario.run(fault, conversations=20, questions=3, per_second=6)


def test_a_webhook_delivered_several_times_is_answered_once(running: RunningPlatform) -> None:
    scenario = running.scenario()
    scenario.run(no_fault, conversations=20, questions=3, per_second=10, redeliveries=2)

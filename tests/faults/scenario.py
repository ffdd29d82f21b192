"""One fault scenario: a stream of conversations, a fault while it flows, then the checks."""

import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass

import httpx

from confia.testing.platform import Platform, kill, restart, wait_until_ready
from confia.testing.whatsapp import WhatsApp

from .driver import ConversationStream, conversation
from .validator import Report, Validator

logger = logging.getLogger("confia.faults")


@dataclass
class Scenario:
    platform: Platform
    whatsapp: WhatsApp
    validator: Validator

    def run(
        self,
        fault: Callable[[ConversationStream], None],
        conversations: int = 20,
        questions: int = 3,
        per_second: float = 4.0,
        redeliveries: int = 0,
        drain_seconds: float = 120,
        stall_seconds: float | None = None,
        sends_cut_off: bool = False,
    ) -> Report:
        """Stream, break something mid-stream, wait until quiet; assert nothing lost or doubled."""
        run = uuid.uuid4().hex[:8]
        stream = ConversationStream(
            self.whatsapp,
            [conversation(run, n, questions) for n in range(conversations)],
            per_second=per_second,
            redeliveries=redeliveries,
        ).start()
        started = time.monotonic()
        fault(stream)
        stream.join()
        streamed = time.monotonic() - started
        acknowledged = stream.acknowledged
        report = self.validator.drained(
            acknowledged, seconds=drain_seconds, stall_seconds=stall_seconds
        )
        drained = time.monotonic() - started - streamed
        gaps = self.validator.audit_gaps(report, sends_cut_off=sends_cut_off)
        print(  # shown with -s or -rA: the numbers docs/guarantees.md reports
            f"\n{len(stream.deliveries)} messages, {len(acknowledged)} acknowledged, "
            f"{sum(len(d.answers) for d in stream.deliveries.values())} posts; "
            f"outcomes {dict(report.counts)}; hand-offs {dict(report.handoff_reasons)}; "
            f"streamed {streamed:.0f}s, drained {drained:.0f}s ({report.ended})"
        )
        assert len(acknowledged) == len(stream.deliveries), "a message was never acknowledged"
        assert not report.problems(), "\n".join(report.problems())
        assert not gaps, "\n".join(gaps[:20])
        return report


def kill_and_restart(
    platform: Platform, names: list[str], pause: float = 2.0, overlapping: bool = False
) -> Callable[[ConversationStream], None]:
    """SIGKILL each service in turn while the stream flows, and start it again.

    `overlapping`: the next one is killed `pause` seconds after the previous one was
    started again, before it is ready (shorter; the reduced run's choice).
    """

    def fault(stream: ConversationStream) -> None:
        stream.wait_for_progress(0.1)
        for name in names:
            kill(platform, name)
            time.sleep(pause)  # the stream goes on: Kafka holds the work for the dead one
            restart(platform, name, wait=not overlapping)
            if overlapping:
                time.sleep(pause)
        wait_until_ready(platform, names=names)

    return fault


def graph_api_failing(platform: Platform, seconds: float) -> Callable[[ConversationStream], None]:
    """For `seconds`, every send attempt is refused: 5xx and Meta's rate limit, alternately."""

    def fault(stream: ConversationStream) -> None:
        stream.wait_for_progress(0.2)
        # The stand-in refuses the next N attempts; to make it refuse for a time instead,
        # keep one refusal queued: a refused attempt is an attempt that sent nothing. The
        # last one queued is still taken by the first attempt after the window.
        stand_in = platform.url("graph-api")
        statuses = [500, 429, 503]

        def refused() -> int:
            stats = httpx.get(f"{stand_in}/_stats", timeout=5).json()
            return int(stats["attempts"]) - int(stats["sent"])

        before, queued = refused(), 0
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if queued - (refused() - before) < 1:
                status = statuses[queued % len(statuses)]
                httpx.post(f"{stand_in}/_fail", params={"count": 1, "status": status}, timeout=5)
                queued += 1
            time.sleep(0.05)

    return fault


def no_fault(stream: ConversationStream) -> None:
    """Nothing breaks: the webhook is delivered several times (see `redeliveries`)."""

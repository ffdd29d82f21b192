"""settle_each's rules, with a stand-in broker: what raises, what is dead-lettered, and when."""

import asyncio
from dataclasses import dataclass, field
from typing import Any

import pytest
from opentelemetry import trace
from opentelemetry.propagate import inject
from opentelemetry.sdk.trace import TracerProvider
from pymongo.errors import ServerSelectionTimeoutError

from confia.runtime.dead_letters import DependencyDownError, settle_each


@dataclass
class Record:
    key: bytes
    offset: int
    value: bytes = b"{}"
    topic: str = "t"
    partition: int = 0
    headers: list[tuple[str, bytes]] = field(default_factory=list)


@dataclass
class StandInBroker:
    """Keeps what was published; `fail` makes every publish raise."""

    fail: bool = False
    published: list[dict[str, Any]] = field(default_factory=list)

    async def publish(self, body: bytes, **kwargs: Any) -> None:
        if self.fail:
            raise RuntimeError("dead-letter topic unreachable")
        carrier: dict[str, str] = {}
        inject(carrier)  # what FastStream's middleware puts on the record: the current trace
        self.published.append({"body": body, **kwargs, "traceparent": carrier.get("traceparent")})


async def _settle(broker: StandInBroker, records: list[Record], handle: Any) -> Any:
    return await settle_each(
        broker,
        records,
        handle,
        service="test",
        attempts=2,
        backoff_seconds=0,
        outage_pause_seconds=0,
    )


async def test_a_failed_dead_letter_raises_only_once_every_other_key_is_done() -> None:
    handled: list[int] = []

    async def handle(record: Record) -> None:
        if record.offset == 0:
            raise ValueError("bad record")
        await asyncio.sleep(0.05)
        handled.append(record.offset)

    records = [Record(b"a", 0), Record(b"b", 1), Record(b"b", 2)]
    with pytest.raises(RuntimeError, match="unreachable"):
        await _settle(StandInBroker(fail=True), records, handle)

    assert handled == [1, 2], "nothing of this batch is still running when it comes again"


async def test_a_store_outage_is_not_dead_lettered_but_raised_for_the_batch_to_come_again() -> None:
    async def handle(record: Record) -> None:
        raise ServerSelectionTimeoutError("no servers")

    broker = StandInBroker()
    with pytest.raises(DependencyDownError):
        await _settle(broker, [Record(b"a", 0)], handle)

    assert broker.published == []


async def test_a_dead_letter_carries_its_records_trace_not_the_batchs() -> None:
    tracer = TracerProvider().get_tracer("test")
    with tracer.start_as_current_span("webhook") as webhook:
        carrier: dict[str, str] = {}
        inject(carrier)
    record = Record(b"a", 0, headers=[("traceparent", carrier["traceparent"].encode())])

    async def handle(record: Record) -> None:
        raise ValueError("bad record")

    broker = StandInBroker()
    with tracer.start_as_current_span("batch"):
        outcome = await _settle(broker, [record], handle)

    assert outcome.dead_lettered["t"] == 1
    [dead] = broker.published
    trace_id = format(webhook.get_span_context().trace_id, "032x")
    assert dead["traceparent"].split("-")[1] == trace_id
    assert trace.get_current_span() is trace.INVALID_SPAN

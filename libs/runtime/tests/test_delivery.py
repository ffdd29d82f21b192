"""Delivery semantics against the real broker: retries, dead letters, nothing skipped."""

import asyncio
import json
from collections import Counter
from collections.abc import Callable
from typing import Any, Literal

import pytest
from faststream.kafka.annotations import KafkaMessage
from opentelemetry.sdk.trace import TracerProvider
from pydantic import BaseModel
from pymongo.errors import ServerSelectionTimeoutError

from confia.events import dlq
from confia.runtime.bus import create_broker
from confia.runtime.dead_letters import BatchOutcome, settle_each
from confia.runtime.settings import ServiceSettings
from confia.testing.infrastructure import Infrastructure
from confia.testing.kafka import (
    committed_offset,
    create_topics,
    produce,
    read_to_end,
    read_topic,
)

pytestmark = pytest.mark.integration


class Probe(BaseModel):
    n: int
    kind: Literal["good", "poison", "flaky"]


def _settings(infrastructure: Infrastructure) -> ServiceSettings:
    return ServiceSettings(
        kafka_bootstrap=infrastructure.kafka_bootstrap,
        handler_attempts=3,
        handler_backoff_seconds=0.01,
        kafka_request_timeout_ms=3_000,
    )


async def _wait_for(condition: Callable[[], bool], seconds: float) -> None:
    for _ in range(int(seconds * 10)):
        if condition():
            return
        await asyncio.sleep(0.1)
    raise AssertionError("condition not met in time")


async def _send(
    infrastructure: Infrastructure, topic: str, body: bytes | dict[str, object]
) -> None:
    value = body if isinstance(body, bytes) else json.dumps(body).encode()
    headers = {"content-type": "application/json"}
    await produce(infrastructure.kafka_bootstrap, topic, value, key="same-subject", headers=headers)


async def test_failed_message_is_dead_lettered_before_later_ones_commit(
    infrastructure: Infrastructure, unique: Callable[[str], str]
) -> None:
    topic, group = unique("test.delivery"), unique("group")
    await create_topics(infrastructure.kafka_bootstrap, topic, dlq(topic))
    for body in (
        {"n": 1, "kind": "poison"},
        {"n": 2, "kind": "good"},
        {"n": 3, "kind": "flaky"},
        b"{not json",
        {"n": 5, "kind": "unknown-kind"},
        {"n": 6, "kind": "good"},
    ):
        await _send(infrastructure, topic, body)

    attempts: Counter[int] = Counter()
    handled: list[int] = []
    broker = create_broker(_settings(infrastructure), "test", TracerProvider())

    @broker.subscriber(topic, group_id=group, auto_offset_reset="earliest")
    async def handle(probe: Probe) -> None:
        attempts[probe.n] += 1
        if probe.kind == "poison" or (probe.kind == "flaky" and attempts[probe.n] < 3):
            raise RuntimeError("handler failed")
        handled.append(probe.n)

    async with broker:
        await broker.start()
        await _wait_for(lambda: 6 in handled, 30)

    assert handled == [2, 3, 6]
    assert attempts[1] == 3, "a failing message is retried a bounded number of times"
    dead = await read_topic(infrastructure.kafka_bootstrap, dlq(topic), lambda r: len(r) >= 3)
    errors = [(r.headers["dlq-error-type"], r.headers["dlq-original-offset"]) for r in dead]
    assert errors == [("RuntimeError", "0"), ("ValidationError", "3"), ("ValidationError", "4")]
    assert json.loads(dead[0].value) == {"n": 1, "kind": "poison"}
    assert dead[1].value == b"{not json"
    assert "kind" in dead[2].headers["dlq-error"]
    assert await committed_offset(infrastructure.kafka_bootstrap, group, topic) == 6


@pytest.mark.slow
async def test_partition_waits_while_the_dead_letter_topic_is_unreachable(
    infrastructure: Infrastructure, unique: Callable[[str], str]
) -> None:
    """If a failed message cannot be dead-lettered, nothing after it is committed."""
    topic, group = unique("test.blocked"), unique("group")
    await create_topics(infrastructure.kafka_bootstrap, topic)  # no DLQ topic yet
    await _send(infrastructure, topic, {"n": 1, "kind": "poison"})
    await _send(infrastructure, topic, {"n": 2, "kind": "good"})

    handled: list[int] = []
    broker = create_broker(_settings(infrastructure), "test", TracerProvider())

    @broker.subscriber(topic, group_id=group, auto_offset_reset="earliest")
    async def handle(probe: Probe) -> None:
        if probe.kind == "poison":
            raise RuntimeError("handler failed")
        handled.append(probe.n)

    async with broker:
        await broker.start()
        await asyncio.sleep(8)
        assert handled == [], "a later message must not overtake an unsettled failure"
        assert await committed_offset(infrastructure.kafka_bootstrap, group, topic) in (-1, 0)

        await create_topics(infrastructure.kafka_bootstrap, dlq(topic))
        await _wait_for(lambda: handled == [2], 60)

    dead = await read_topic(infrastructure.kafka_bootstrap, dlq(topic), lambda r: len(r) >= 1)
    assert [json.loads(r.value)["n"] for r in dead] == [1]


async def test_shutdown_lets_the_message_in_flight_finish_and_commit(
    infrastructure: Infrastructure, unique: Callable[[str], str]
) -> None:
    topic, group = unique("test.shutdown"), unique("group")
    await create_topics(infrastructure.kafka_bootstrap, topic, dlq(topic))
    await _send(infrastructure, topic, {"n": 1, "kind": "good"})

    started, finished = asyncio.Event(), asyncio.Event()
    broker = create_broker(_settings(infrastructure), "test", TracerProvider())

    @broker.subscriber(topic, group_id=group, auto_offset_reset="earliest")
    async def handle(probe: Probe) -> None:
        started.set()
        await asyncio.sleep(2)  # still working when the stop comes
        finished.set()

    await broker.start()
    await asyncio.wait_for(started.wait(), 30)
    await broker.stop()

    assert finished.is_set(), "stop waited for the handler"
    assert await committed_offset(infrastructure.kafka_bootstrap, group, topic) == 1


@pytest.mark.slow
async def test_failure_during_a_rebalance_is_still_dead_lettered_and_nothing_skipped(
    infrastructure: Infrastructure, unique: Callable[[str], str]
) -> None:
    """A consumer joins while the first one is retrying a failing message.

    The first consumer's commit may then fail (CommitFailedError: its partition moved);
    whoever owns the partition afterwards takes the message again. Either way the
    failing message must end in the DLQ and the next one must be handled.
    """
    topic, group = unique("test.rebalance"), unique("group")
    await create_topics(infrastructure.kafka_bootstrap, topic, dlq(topic))
    await _send(infrastructure, topic, {"n": 1, "kind": "poison"})
    await _send(infrastructure, topic, {"n": 2, "kind": "good"})

    handled: list[int] = []
    retrying = asyncio.Event()
    slow = ServiceSettings(
        kafka_bootstrap=infrastructure.kafka_bootstrap,
        handler_attempts=3,
        handler_backoff_seconds=1.5,
        kafka_request_timeout_ms=3_000,
    )
    brokers = [create_broker(slow, f"test{i}", TracerProvider()) for i in range(2)]
    for broker in brokers:

        @broker.subscriber(topic, group_id=group, auto_offset_reset="earliest")
        async def handle(probe: Probe) -> None:
            if probe.kind == "poison":
                retrying.set()
                raise RuntimeError("handler failed")
            handled.append(probe.n)

    first, second = brokers
    await first.start()
    await asyncio.wait_for(retrying.wait(), 30)
    await second.start()  # joins the group mid-retry: a rebalance
    try:
        await _wait_for(lambda: 2 in handled, 60)
    finally:
        for broker in brokers:
            await broker.stop()

    dead = await read_topic(infrastructure.kafka_bootstrap, dlq(topic), lambda r: len(r) >= 1)
    assert {json.loads(r.value)["n"] for r in dead} == {1}
    assert await committed_offset(infrastructure.kafka_bootstrap, group, topic) == 2


async def test_batch_records_are_settled_one_by_one_in_order_per_key(
    infrastructure: Infrastructure, unique: Callable[[str], str]
) -> None:
    """settle_each: same key in order, other keys meanwhile, poison dead-lettered, all committed."""
    topic, group = unique("test.batch"), unique("group")
    await create_topics(infrastructure.kafka_bootstrap, topic, dlq(topic))
    sent = [
        ("slow", {"n": 1, "kind": "good"}),
        ("slow", {"n": 2, "kind": "flaky"}),
        ("slow", {"n": 3, "kind": "good"}),
        ("fast", {"n": 4, "kind": "good"}),
        ("fast", {"n": 5, "kind": "poison"}),
        ("fast", {"n": 6, "kind": "good"}),
    ]
    for key, body in sent:
        await produce(infrastructure.kafka_bootstrap, topic, json.dumps(body).encode(), key=key)
    settings = _settings(infrastructure)
    attempts: Counter[int] = Counter()
    handled: list[int] = []
    outcomes: list[BatchOutcome] = []
    broker = create_broker(settings, "test", TracerProvider())

    async def handle(record: Any) -> None:
        probe = Probe.model_validate_json(record.value)
        attempts[probe.n] += 1
        if probe.n == 1:
            await asyncio.sleep(0.3)  # the other key's records are not held up meanwhile
        if probe.kind == "poison" or (probe.kind == "flaky" and attempts[probe.n] < 2):
            raise RuntimeError("handler failed")
        handled.append(probe.n)

    @broker.subscriber(topic, group_id=group, auto_offset_reset="earliest", batch=True)
    async def on_batch(message: KafkaMessage) -> BatchOutcome:
        outcome = await settle_each(
            broker, message.raw_message, handle, service="test", attempts=3, backoff_seconds=0.01
        )
        outcomes.append(outcome)
        return outcome

    async with broker:
        await broker.start()
        await _wait_for(lambda: {1, 2, 3, 4, 6} <= set(handled), 30)
        await _wait_for(lambda: sum(sum(o.dead_lettered.values()) for o in outcomes) == 1, 10)

    assert [n for n in handled if n <= 3] == [1, 2, 3], "one key's records in order"
    assert handled.index(4) < handled.index(1), "another key's record did not wait for it"
    assert attempts[5] == 3
    assert attempts[2] == 2
    assert sum(sum(o.retried.values()) for o in outcomes) == 1
    dead = await read_topic(infrastructure.kafka_bootstrap, dlq(topic), lambda r: len(r) >= 1)
    assert [(r.key, r.headers["dlq-error-type"]) for r in dead] == [("fast", "RuntimeError")]
    assert json.loads(dead[0].value) == {"n": 5, "kind": "poison"}
    assert await committed_offset(infrastructure.kafka_bootstrap, group, topic) == 6


async def test_a_store_outage_is_waited_out_not_dead_lettered(
    infrastructure: Infrastructure, unique: Callable[[str], str]
) -> None:
    topic, group = unique("test.outage"), unique("group")
    await create_topics(infrastructure.kafka_bootstrap, topic, dlq(topic))
    for n in (1, 2):
        await _send(infrastructure, topic, {"n": n, "kind": "good"})
    settings = _settings(infrastructure).model_copy(update={"outage_pause_seconds": 0.1})
    calls: Counter[int] = Counter()
    handled: list[int] = []
    broker = create_broker(settings, "test", TracerProvider())

    @broker.subscriber(topic, group_id=group, auto_offset_reset="earliest")
    async def handle(probe: Probe) -> None:
        calls[probe.n] += 1
        if probe.n == 1 and calls[1] <= 7:  # the store is away for 7 attempts
            raise ServerSelectionTimeoutError("no servers")
        handled.append(probe.n)

    async with broker:
        await broker.start()
        await _wait_for(lambda: 2 in handled, 30)

    assert handled == [1, 2], "the first waited for the store, the second after it"
    assert calls[1] == 8, "more attempts than the retry budget: it was never given up"
    assert await read_to_end(infrastructure.kafka_bootstrap, dlq(topic)) == []
    assert await committed_offset(infrastructure.kafka_bootstrap, group, topic) == 2

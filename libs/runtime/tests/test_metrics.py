"""The metrics every service exposes, against the real broker: outcomes, latency, lag."""

import asyncio
import json
from collections.abc import Callable, Mapping
from typing import Any, Literal

import httpx
import pytest
from faststream.kafka.annotations import KafkaMessage
from opentelemetry.sdk.trace import TracerProvider
from prometheus_client import REGISTRY
from pydantic import BaseModel

from confia.events import dlq
from confia.runtime.bus import create_broker
from confia.runtime.metrics import sample_consumer_lag
from confia.runtime.service import build_app, plumbing
from confia.runtime.settings import ServiceSettings
from confia.testing.infrastructure import Infrastructure
from confia.testing.kafka import create_topics, produce, read_topic

pytestmark = pytest.mark.integration


class Probe(BaseModel):
    n: int
    kind: Literal["good", "poison", "flaky"] = "good"


def _value(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


async def _wait_for(condition: Callable[[], bool], seconds: float) -> None:
    for _ in range(int(seconds * 10)):
        if condition():
            return
        await asyncio.sleep(0.1)
    raise AssertionError("condition not met in time")


async def _send(bootstrap: str, topic: str, *bodies: Mapping[str, object]) -> None:
    for body in bodies:
        await produce(bootstrap, topic, json.dumps(body).encode(), key="same-subject")


def _settings(infrastructure: Infrastructure) -> ServiceSettings:
    return ServiceSettings(
        kafka_bootstrap=infrastructure.kafka_bootstrap,
        mongo_uri=infrastructure.mongo_uri,
        handler_attempts=3,
        handler_backoff_seconds=0.01,
    )


async def test_each_message_is_counted_once_by_how_it_was_settled(
    infrastructure: Infrastructure, unique: Callable[[str], str]
) -> None:
    bootstrap, service = infrastructure.kafka_bootstrap, unique("svc")
    topic = unique("test.metrics")
    await create_topics(bootstrap, topic, dlq(topic))
    await _send(
        bootstrap,
        topic,
        {"n": 1, "kind": "good"},
        {"n": 2, "kind": "flaky"},
        {"n": 3, "kind": "poison"},
        {"n": 4, "kind": "good"},
    )
    attempts: dict[int, int] = {}
    broker = create_broker(_settings(infrastructure), service, TracerProvider())

    @broker.subscriber(topic, group_id=unique("group"), auto_offset_reset="earliest")
    async def handle(probe: Probe) -> None:
        attempts[probe.n] = attempts.get(probe.n, 0) + 1
        if probe.kind == "poison" or (probe.kind == "flaky" and attempts[probe.n] < 2):
            raise RuntimeError("handler failed")

    async with broker:
        await broker.start()
        await _wait_for(lambda: 4 in attempts, 30)
        await read_topic(bootstrap, dlq(topic), lambda records: len(records) >= 1)

    handled = "confia_messages_handled_total"
    assert _value(handled, service=service, topic=topic, outcome="ok") == 2
    assert _value(handled, service=service, topic=topic, outcome="retried") == 1
    assert _value(handled, service=service, topic=topic, outcome="dead_lettered") == 1
    assert _value("confia_dead_letters_total", service=service, topic=topic) == 1
    assert _value("confia_handler_seconds_count", service=service, topic=topic) == 4


async def test_a_batch_counts_its_records_under_their_own_topics(
    infrastructure: Infrastructure, unique: Callable[[str], str]
) -> None:
    bootstrap, service = infrastructure.kafka_bootstrap, unique("svc")
    first, second = unique("test.batch-a"), unique("test.batch-b")
    await create_topics(bootstrap, first, second)
    await _send(bootstrap, first, {"n": 1}, {"n": 2})
    await _send(bootstrap, second, {"n": 3})
    seen: list[Any] = []
    broker = create_broker(_settings(infrastructure), service, TracerProvider())

    @broker.subscriber(
        first, second, group_id=unique("group"), auto_offset_reset="earliest", batch=True
    )
    async def handle(bodies: list[Any], message: KafkaMessage) -> None:
        seen.extend(bodies)

    async with broker:
        await broker.start()
        await _wait_for(lambda: len(seen) == 3, 30)

    handled = "confia_messages_handled_total"
    assert _value(handled, service=service, topic=first, outcome="ok") == 2
    assert _value(handled, service=service, topic=second, outcome="ok") == 1


async def test_consumer_lag_counts_what_the_group_has_not_committed(
    infrastructure: Infrastructure, unique: Callable[[str], str]
) -> None:
    bootstrap, service = infrastructure.kafka_bootstrap, unique("svc")
    topic, group = unique("test.lag"), unique("group")
    await create_topics(bootstrap, topic)
    await _send(bootstrap, topic, *({"n": n} for n in range(5)))
    holding, release = asyncio.Event(), asyncio.Event()
    broker = create_broker(_settings(infrastructure), service, TracerProvider())

    @broker.subscriber(topic, group_id=group, auto_offset_reset="earliest")
    async def handle(probe: Probe) -> None:
        if probe.n == 1:  # the first is handled and committed; the second holds the rest
            holding.set()
            await release.wait()

    def lag() -> float | None:
        labels = {"service": service, "group": group, "topic": topic, "partition": "0"}
        return REGISTRY.get_sample_value("confia_consumer_lag", labels)

    async with broker:
        await broker.start()
        await asyncio.wait_for(holding.wait(), 30)
        await sample_consumer_lag(service, broker)
        assert lag() == 4, "everything after the committed first message"

        release.set()
        for _ in range(50):
            await sample_consumer_lag(service, broker)
            if lag() == 0:
                break
            await asyncio.sleep(0.2)
        assert lag() == 0

    await sample_consumer_lag(service, broker)
    assert lag() is None, "a stopped consumer's partitions are no longer reported"


async def test_every_service_serves_its_metrics(
    infrastructure: Infrastructure, unique: Callable[[str], str]
) -> None:
    parts = plumbing(unique("svc"), _settings(infrastructure), unique("db").replace("-", "_"))
    app = build_app(parts, topics=())
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://service") as client:
        response = await client.get("/metrics")
    await parts.mongo.close()

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    for name in (
        "confia_messages_handled_total",
        "confia_handler_seconds",
        "confia_dead_letters_total",
        "confia_consumer_lag",
        "confia_outbound_sends_total",
        "confia_rate_limit_hits_total",
        "confia_handoff_queue_length",
        "confia_handoff_oldest_unanswered_timestamp_seconds",
        "confia_handoff_waiting_seconds",
    ):
        assert f"# TYPE {name} " in response.text, name

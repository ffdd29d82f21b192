"""The webhook's log (ADR 15): its records, and its producer (librdkafka) against the real
broker: acknowledged records, each customer on the partition Java's hash gives them, in
order, and nothing in flight lost when it stops."""

import asyncio
import uuid
from collections import defaultdict
from datetime import UTC, datetime
from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.partitioner import murmur2
from opentelemetry import trace
from opentelemetry.propagate import get_global_textmap, set_global_textmap
from opentelemetry.propagators.textmap import DefaultSetter, TextMapPropagator

from confia.crypto import DecryptionError, Keyring, StreamSealer
from confia.ingress.acked_producer import AckedProducer, DeliveryError
from confia.ingress.intake import ReceivedWebhook, WebhookIntake, open_webhook, seal_webhook
from confia.runtime.kafka_security import KafkaLogin
from confia.testing.infrastructure import Infrastructure
from confia.testing.kafka import create_topics, delete_topics, read_to_end
from confia.testing.spans import KeptSpans

pytestmark = pytest.mark.integration

PARTITIONS = 6


async def _records(bootstrap: str, topic: str, count: int) -> list[tuple[int, bytes, bytes]]:
    """(partition, key, value) of the topic's first `count` records, partition by partition."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await consumer.start()
    try:
        partitions = [TopicPartition(topic, p) for p in range(PARTITIONS)]
        consumer.assign(partitions)
        await consumer.seek_to_beginning(*partitions)
        found: list[tuple[int, bytes, bytes]] = []
        async with asyncio.timeout(30):
            while len(found) < count:
                for tp, batch in (await consumer.getmany(timeout_ms=200)).items():
                    found += [(tp.partition, r.key, r.value) for r in batch]
        return found
    finally:
        await consumer.stop()


async def test_each_customer_is_written_on_javas_partition_in_order(
    infrastructure: Infrastructure, keyring: Keyring
) -> None:
    bootstrap = infrastructure.kafka_bootstrap
    topic = f"test-acked-{uuid.uuid4().hex[:12]}"
    await create_topics(bootstrap, topic, partitions=PARTITIONS)
    log = WebhookIntake(bootstrap, KafkaLogin(), 5_000, keyring, topic)
    await log.start()
    try:
        customers = [f"customer-{n}" for n in range(20)]
        for round_ in range(5):  # each round's writes concurrent, as the webhook's are
            await asyncio.gather(*(log.write(f"{c}:{round_}".encode(), c) for c in customers))
        records = await _records(bootstrap, topic, 100)
    finally:
        await log.stop()
        await delete_topics(bootstrap, topic)

    rounds: dict[str, list[int]] = defaultdict(list)
    for partition, key, value in records:
        # aiokafka's (and Java's) default partitioner: the partition the key always had.
        assert partition == (murmur2(key) & 0x7FFFFFFF) % PARTITIONS
        body = open_webhook(keyring, ReceivedWebhook.model_validate_json(value)).decode()
        customer, sent_in = body.split(":")
        assert customer == key.decode()
        rounds[customer].append(int(sent_in))
    assert rounds == {c: [0, 1, 2, 3, 4] for c in customers}


async def test_stopping_waits_for_what_is_in_flight_and_refuses_what_comes_after(
    infrastructure: Infrastructure, keyring: Keyring
) -> None:
    bootstrap = infrastructure.kafka_bootstrap
    topic = f"test-acked-{uuid.uuid4().hex[:12]}"
    await create_topics(bootstrap, topic, partitions=PARTITIONS)
    log = WebhookIntake(bootstrap, KafkaLogin(), 5_000, keyring, topic)
    await log.start()
    try:
        writes = [asyncio.create_task(log.write(b"{}", f"c{n}")) for n in range(200)]
        await asyncio.sleep(0)  # every write has handed its record over
        await log.stop()
        await asyncio.gather(*writes)
        with pytest.raises(RuntimeError, match="not started"):
            await log.write(b"{}", "late")
        assert len(await _records(bootstrap, topic, 200)) == 200
    finally:
        await delete_topics(bootstrap, topic)


async def _producer_waiting_on_a_missing_topic(
    bootstrap: str, ack_timeout_seconds: float
) -> tuple[AckedProducer, "asyncio.Task[None]"]:
    """A started producer and a send librdkafka holds for a minute: its topic does not exist
    (and is not created), so no report comes."""
    topic = f"test-acked-{uuid.uuid4().hex[:12]}"
    await create_topics(bootstrap, topic, partitions=1)
    producer = AckedProducer(
        {"bootstrap.servers": bootstrap, "message.timeout.ms": 60_000}, ack_timeout_seconds
    )
    await producer.start(topic, 10)
    await delete_topics(bootstrap, topic)
    missing = f"test-missing-{uuid.uuid4().hex[:12]}"
    return producer, asyncio.create_task(producer.send(missing, b"{}", b"k", []))


async def test_a_send_without_an_acknowledgement_fails_at_its_deadline(
    infrastructure: Infrastructure,
) -> None:
    producer, send = await _producer_waiting_on_a_missing_topic(infrastructure.kafka_bootstrap, 0.5)
    try:
        started = asyncio.get_running_loop().time()
        with pytest.raises(DeliveryError, match="no acknowledgement in time"):
            await asyncio.wait_for(send, timeout=10)
        waited = asyncio.get_running_loop().time() - started
    finally:
        await producer.stop(timeout_seconds=0.5)

    # Not before its deadline; and not librdkafka's minute (wait_for would have given up).
    assert waited >= 0.5


async def test_stopping_fails_the_sends_it_could_not_settle(infrastructure: Infrastructure) -> None:
    producer, send = await _producer_waiting_on_a_missing_topic(infrastructure.kafka_bootstrap, 60)
    await asyncio.sleep(0.1)

    await producer.stop(timeout_seconds=0.5)

    with pytest.raises(DeliveryError, match="stopped before an acknowledgement"):
        await asyncio.wait_for(send, timeout=5)


class _B3Single(TextMapPropagator):
    """B3's single header: a propagator other than W3C's, as OTEL_PROPAGATORS may choose."""

    def extract(self, carrier: Any, context: Any = None, getter: Any = None) -> Any:
        raise NotImplementedError

    def inject(self, carrier: Any, context: Any = None, setter: Any = None) -> None:
        span = trace.get_current_span(context).get_span_context()
        (setter or DefaultSetter()).set(
            carrier, "b3", f"{span.trace_id:032x}-{span.span_id:016x}-1"
        )

    @property
    def fields(self) -> set[str]:
        return {"b3"}


@pytest.mark.parametrize("propagator", ["default", "b3"])
async def test_the_publish_span_travels_as_the_configured_propagator_writes_it(
    infrastructure: Infrastructure, keyring: Keyring, propagator: str
) -> None:
    bootstrap = infrastructure.kafka_bootstrap
    topic = f"test-acked-{uuid.uuid4().hex[:12]}"
    await create_topics(bootstrap, topic, partitions=1)
    kept = KeptSpans()
    log = WebhookIntake(bootstrap, KafkaLogin(), 5_000, keyring, topic, spans=kept)
    default = get_global_textmap()
    if propagator == "b3":
        set_global_textmap(_B3Single())
    await log.start()
    try:
        await log.write(b"{}", "customer")
        [record] = await read_to_end(bootstrap, topic)
    finally:
        set_global_textmap(default)
        await log.stop()
        await delete_topics(bootstrap, topic)

    [span] = kept.spans
    ids = f"{span.trace_id:032x}-{span.span_id:016x}"
    trace_headers = {k: v for k, v in record.headers.items() if k != "confia-event-type"}
    if propagator == "b3":
        assert trace_headers == {"b3": f"{ids}-1"}
    else:
        assert trace_headers == {"traceparent": f"00-{ids}-01"}


def test_a_sealed_webhook_is_a_received_webhook_record_bound_to_the_log(keyring: Keyring) -> None:
    record = ReceivedWebhook.model_validate_json(
        seal_webhook(StreamSealer(keyring), b'{"object": "x"}')
    )

    assert open_webhook(keyring, record) == b'{"object": "x"}'
    assert record.received_at.tzinfo is not None
    assert abs((datetime.now(UTC) - record.received_at).total_seconds()) < 60
    with pytest.raises(DecryptionError):
        keyring.open(record.body, b"another.topic.v1")

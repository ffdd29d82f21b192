"""The Kafka broker every service uses, topic creation, and publishing through the outbox."""

import contextlib
import logging
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError
from faststream import AckPolicy
from faststream.kafka import KafkaBroker
from faststream.kafka.opentelemetry import KafkaTelemetryMiddleware
from faststream.message import StreamMessage
from opentelemetry.sdk.trace import TracerProvider

from confia.events import TOPICS, Envelope
from confia.events.topics import WEBHOOK_RECORD_MAX_BYTES
from confia.runtime.dead_letters import DeadLetters
from confia.runtime.kafka_security import KafkaLogin, broker_security, client_options
from confia.runtime.settings import ServiceSettings
from confia.store import HandledEvents, OutgoingEvent

logger = logging.getLogger("confia.bus")


async def _tolerant_decoder(
    msg: StreamMessage[Any], original: Callable[[StreamMessage[Any]], Awaitable[Any]]
) -> Any:
    """Decode JSON; hand undecodable bytes on so validation fails inside the retry scope.

    A decoding error raised here would escape the dead-letter middleware and loop
    forever on the same offset; a validation error is dead-lettered at once.
    """
    try:
        return await original(msg)
    except ValueError:
        return msg.body


def create_broker(
    settings: ServiceSettings, service: str, tracer_provider: TracerProvider
) -> KafkaBroker:
    """A broker with trace propagation, retries and dead letters, and manual commits."""
    return KafkaBroker(
        settings.kafka_bootstrap,
        security=broker_security(settings.kafka_login()),
        client_id=service,
        request_timeout_ms=settings.kafka_request_timeout_ms,
        # Client-side bound only (the topic's max.message.bytes decides): large enough to
        # dead-letter a whole webhook record.
        max_request_size=WEBHOOK_RECORD_MAX_BYTES + 64 * 1024,
        acks="all",
        # Not idempotent: aiokafka cannot recover an idempotent producer from an
        # out-of-order sequence after a broker restart (its sender dies for good), while
        # one request in flight per broker keeps order and event ids absorb a retry's
        # duplicate (ADR 12).
        enable_idempotence=False,
        allow_auto_create_topics=False,
        # Commit after the handler returned (its effects stored); on an exception
        # that escaped the dead-letter middleware, seek back and take it again.
        ack_policy=AckPolicy.NACK_ON_ERROR,
        decoder=_tolerant_decoder,
        # The telemetry middleware comes first so retries and dead-lettering
        # happen inside the consumer span.
        middlewares=[
            KafkaTelemetryMiddleware(tracer_provider=tracer_provider),
            DeadLetters(
                service,
                settings.handler_attempts,
                settings.handler_backoff_seconds,
                settings.outage_pause_seconds,
            ),
        ],
        graceful_timeout=15.0,
        description=f"Confia {service}",
    )


async def ensure_topics(
    bootstrap: str, names: Iterable[str], replication: int = 1, login: KafkaLogin | None = None
) -> None:
    """Create the topics a service uses, with the partitions and retention of TOPICS.

    Where topics come from configuration (Strimzi `KafkaTopic`s) and the service may not
    create them, the ones that exist are left alone: only missing ones are created.
    """
    options = client_options(login) if login else {}
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=15_000, **options)
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        missing = [TOPICS[name] for name in sorted(set(names)) if name not in existing]
        if not missing:
            return
        new_topics = [
            NewTopic(
                topic.name,
                num_partitions=topic.partitions,
                replication_factor=replication,
                topic_configs=topic.configs(),
            )
            for topic in missing
        ]
        # Another service may have created it between our list and create.
        with contextlib.suppress(TopicAlreadyExistsError):
            await admin.create_topics(new_topics)
    finally:
        await admin.close()


def outgoing(topic: str, event: Envelope) -> OutgoingEvent:
    """An event to publish on `topic`, keyed by its subject pseudonym."""
    return OutgoingEvent(topic=topic, key=event.subject, body=event.model_dump(mode="json"))


async def emit_once(
    broker: KafkaBroker,
    handled: HandledEvents,
    cause: Envelope,
    produce: Callable[[], Awaitable[list[OutgoingEvent]]],
    *,
    erasable: bool = True,
) -> None:
    """Run `produce` once per `cause` event and publish what it returned.

    On redelivery the stored events are published again (same event ids) instead
    of redoing the work; consumers dedupe by event id. The record is filed under the
    subject, so that an erasure deletes it, unless `erasable` is False (the proof of an
    erasure itself must survive it).
    """
    events = await handled.find(cause.event_id)
    if events is None:
        index = {"subject": cause.subject} if erasable else {}
        events = await handled.record(cause.event_id, await produce(), **index)
    for event in events:
        await publish(broker, event)


async def publish(broker: KafkaBroker, event: OutgoingEvent) -> None:
    """Publish and wait for the broker's acknowledgement."""
    await broker.publish(
        event.body,
        topic=event.topic,
        key=event.key.encode(),
        headers={"confia-event-type": str(event.body.get("type", ""))},
    )

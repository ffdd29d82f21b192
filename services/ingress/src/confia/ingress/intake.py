"""The webhook's write-ahead log: each verified body, encrypted, on ingress's own topic.

The webhook answers Meta as soon as Kafka holds the body (acks=all); ingress's consumer
of that topic then does the work that needs the store (dedupe, identity links, contacts)
and publishes the customer events. Keeping the store off the acknowledged path is what
lets one process take thousands of webhooks a second (ADR 11).

A dedicated producer, not the FastStream broker: this is the one hot path, and the broker's
middleware chain costs more than the rest of the request; librdkafka's, not aiokafka's,
which would build every request in Python on the event loop (ADR 15). The publish span (a
hot span) travels in the record's headers, so the consumer's span, and everything after
it, stays in the webhook's trace.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from opentelemetry import trace
from opentelemetry.propagate import get_global_textmap, inject
from opentelemetry.trace import NonRecordingSpan, set_span_in_context
from pydantic import BaseModel

from confia.crypto import Keyring, Sealed, StreamSealer
from confia.events.topics import INGRESS_WEBHOOKS, WEBHOOK_RECORD_MAX_BYTES
from confia.ingress.acked_producer import AckedProducer
from confia.runtime.hot_spans import HotSpan, HotSpans, SpanSink, propagates_w3c_only
from confia.runtime.kafka_security import KafkaLogin, librdkafka_options

# What the sealed body is bound to: a body sealed for this topic opens nowhere else.
_CONTEXT = "ingress.webhooks.v1"
_CONTEXT_BYTES = _CONTEXT.encode()


class ReceivedWebhook(BaseModel):
    """A record of ingress.webhooks.v1: one verified webhook POST, as Meta sent it."""

    received_at: datetime
    body: Sealed


def seal_webhook(sealer: StreamSealer, raw_body: bytes) -> bytes:
    """A ReceivedWebhook record, written as JSON directly (the hot path, ADR 15)."""
    received_at = datetime.now(UTC).isoformat()
    body = sealer.seal_json(raw_body, _CONTEXT_BYTES)
    return f'{{"received_at":"{received_at}","body":{body}}}'.encode()


def open_webhook(keyring: Keyring, record: ReceivedWebhook) -> bytes:
    return keyring.open(record.body, _CONTEXT_BYTES)


tracer = trace.get_tracer("confia.ingress.intake")


@contextmanager
def continue_trace(record: Any, name: str) -> Iterator[None]:
    """A consumer span for one record of a batch, in the record's own trace.

    (`settle_each` makes the record's trace current; the broker's telemetry middleware
    makes one span per batch, in another trace.)
    """
    with tracer.start_as_current_span(
        f"{record.topic} {name}",
        kind=trace.SpanKind.CONSUMER,
        attributes={
            "messaging.system": "kafka",
            "messaging.destination.name": record.topic,
            "messaging.kafka.offset": record.offset,
            "messaging.destination.partition.id": str(record.partition),
        },
    ):
        yield


def _trace_headers(span: HotSpan) -> list[tuple[str, str | bytes | None]]:
    """The publish span's context for the record's headers, as the global propagator writes
    it (written directly when that is W3C's, as by default: a quarter of the cost)."""
    if propagates_w3c_only(get_global_textmap()):
        return list(span.w3c_headers())
    carrier: dict[str, str] = {}
    inject(carrier, set_span_in_context(NonRecordingSpan(span.context)))
    return [(name, value.encode()) for name, value in carrier.items()]


class WebhookIntake:
    """Writes verified webhook bodies to INGRESS_WEBHOOKS and waits for Kafka's ack."""

    def __init__(
        self,
        bootstrap: str,
        login: KafkaLogin,
        request_timeout_ms: int,
        keyring: Keyring,
        topic: str = INGRESS_WEBHOOKS,
        spans: SpanSink | None = None,
    ) -> None:
        # Many records to a data key: sealing a record per request with a key of its own
        # cost the webhook more than its Kafka write (ADR 15).
        self._sealer = StreamSealer(keyring)
        self._topic = topic
        self._spans = HotSpans(spans, "confia.ingress.intake")
        self._span_attributes = {
            "messaging.system": "kafka",
            "messaging.destination.name": topic,
        }
        self._timeout_seconds = 1.5 * request_timeout_ms / 1000
        self._producer = AckedProducer(
            {
                "bootstrap.servers": bootstrap,
                "client.id": "ingress-webhook",
                "acks": "all",
                # As every producer here (ADR 12): a retry's duplicate is a redelivered
                # webhook, which the seen-check drops; and one request in flight per broker
                # keeps a customer's webhooks in order without idempotence.
                "enable.idempotence": False,
                "max.in.flight.requests.per.connection": 1,
                # Java's (and aiokafka's) hash of the key: a customer's partition is the one
                # their records had before librdkafka wrote them.
                "partitioner": "murmur2_random",
                "linger.ms": 2,
                "request.timeout.ms": request_timeout_ms,
                "message.timeout.ms": request_timeout_ms,
                "message.max.bytes": WEBHOOK_RECORD_MAX_BYTES,
                **librdkafka_options(login),
            },
            # Meta waits for the answer: never longer than the broker's timeout and a margin.
            ack_timeout_seconds=self._timeout_seconds,
        )

    async def start(self) -> None:
        await self._producer.start(self._topic, self._timeout_seconds)

    async def stop(self) -> None:
        await self._producer.stop()

    async def write(self, raw_body: bytes, partition_key: str) -> None:
        """Return once Kafka acknowledged the sealed body; raise if it did not."""
        # A producer span like every other publish: SREs read producer -> consumer links.
        span = self._spans.start(
            f"{self._topic} publish", trace.SpanKind.PRODUCER, None, dict(self._span_attributes)
        )
        headers = _trace_headers(span)
        headers.append(("confia-event-type", b"ingress.webhook.received"))
        try:
            await self._producer.send(
                self._topic, seal_webhook(self._sealer, raw_body), partition_key.encode(), headers
            )
        except BaseException as error:
            span.fail(type(error).__name__)
            raise
        finally:
            span.end()

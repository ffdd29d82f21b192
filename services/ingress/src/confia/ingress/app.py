"""Ingress's wiring: the outbound subscriber and the webhook routes."""

import base64
from dataclasses import dataclass
from typing import Any

import httpx
from aiokafka import ConsumerRecord
from fastapi import FastAPI
from faststream.kafka import KafkaBroker, KafkaMessage

from confia.events import OutboundRequested, dlq
from confia.events.topics import (
    INGRESS_WEBHOOKS,
    SECURITY_EVENTS,
    WHATSAPP_INBOUND,
    WHATSAPP_OUTBOUND,
    WHATSAPP_STATUS,
)
from confia.ingress.domain import FloodGate
from confia.ingress.graph import GraphApi, Throughput
from confia.ingress.handlers import SERVICE, Ingress, SendPolicy, process_webhook
from confia.ingress.http import webhook_post, webhook_router
from confia.ingress.intake import ReceivedWebhook, WebhookIntake, continue_trace, open_webhook
from confia.ingress.payload import WebhookPayload
from confia.ingress.sending import send_outbound
from confia.ingress.settings import IngressSettings
from confia.ingress.store import IngressStore
from confia.runtime.dead_letters import BatchOutcome, RecordHandler, settle_each
from confia.runtime.erasure import Erased
from confia.runtime.rights import RIGHTS_TOPICS, subscribe_to_rights
from confia.runtime.service import Plumbing, build_app, plumbing

TOPICS = (
    WHATSAPP_INBOUND,
    WHATSAPP_STATUS,
    WHATSAPP_OUTBOUND,
    dlq(WHATSAPP_OUTBOUND),
    SECURITY_EVENTS,
    INGRESS_WEBHOOKS,
    dlq(INGRESS_WEBHOOKS),
    *RIGHTS_TOPICS,
)


def create_app(settings: IngressSettings) -> FastAPI:
    parts = plumbing(SERVICE, settings, settings.database)
    broker, database = parts.broker, parts.database
    # One pooled client: connections to the Graph API are reused across sends.
    http_client = httpx.AsyncClient(
        timeout=settings.graph_api_timeout_seconds,
        limits=httpx.Limits(max_connections=50, max_keepalive_connections=20),
    )
    keyring = settings.keyring()
    store = IngressStore(database, keyring)
    ingress = Ingress(
        store=store,
        broker=broker,
        keyring=keyring,
        pseudonym_key=settings.pseudonym_key.get_secret_value().encode(),
        graph=GraphApi(
            http_client,
            settings.graph_api_base,
            settings.graph_api_token.get_secret_value(),
            Throughput(settings.sends_per_second),
        ),
        flood=FloodGate(settings.flood_messages_per_minute, settings.flood_burst),
        send_policy=SendPolicy(
            attempts=settings.send_attempts,
            backoff_seconds=settings.send_backoff_seconds,
            max_backoff_seconds=settings.send_max_backoff_seconds,
        ),
    )

    intake = WebhookIntake(
        settings.kafka_bootstrap,
        settings.kafka_login(),
        settings.kafka_request_timeout_ms,
        keyring,
        spans=parts.hot_spans,
    )

    serves_webhook = settings.ingress_role in ("all", "webhook")
    works = settings.ingress_role in ("all", "worker")
    on_startup = []
    if works:
        _subscribe_worker(settings, parts, ingress, store)
        on_startup.append(store.create_indexes)
    if serves_webhook:
        on_startup.append(intake.start)

    async def close_clients() -> None:
        await intake.stop()
        await http_client.aclose()

    return build_app(
        parts,
        topics=TOPICS,
        routers=[webhook_router(settings, ingress, intake)] if serves_webhook else [],
        hot_routes={("POST", "/webhook"): webhook_post(settings, ingress, intake)}
        if serves_webhook
        else {},
        on_startup=on_startup,
        on_shutdown=[close_clients],
        # The webhook answers from Kafka alone (ADR 11): a store outage must not take it
        # out of the load balancer, or Meta's webhooks would fail instead of waiting. A
        # worker-only process serves no traffic: not ready means it cannot work.
        ready_needs_store=settings.ingress_role == "worker",
    )


def _subscribe_worker(
    settings: IngressSettings, parts: Plumbing, ingress: Ingress, store: IngressStore
) -> None:
    """The work behind the webhook: its log, outbound sends, rights requests."""
    subscribe_webhooks(
        parts.broker, ingress, RecordPolicy.of(settings, settings.webhook_batch_size)
    )
    subscribe_outbound(
        parts.broker, ingress, RecordPolicy.of(settings, settings.outbound_batch_size)
    )

    async def erase(subject: str) -> Erased:
        return Erased(
            deleted=await store.erase(subject),
            retained={"contacts": "until the erasure confirmation is sent, then deleted"},
        )

    subscribe_to_rights(parts, store.handled, erase, store.export)


@dataclass(frozen=True)
class RecordPolicy:
    """How a batch subscriber takes records and settles each one."""

    batch_size: int
    attempts: int
    backoff_seconds: float
    outage_pause_seconds: float = 5.0

    @classmethod
    def of(cls, settings: IngressSettings, batch_size: int) -> "RecordPolicy":
        """The service's retry and outage settings, with this subscriber's batch size."""
        return cls(
            batch_size,
            settings.handler_attempts,
            settings.handler_backoff_seconds,
            settings.outage_pause_seconds,
        )


def subscribe_outbound(
    broker: KafkaBroker,
    ingress: Ingress,
    policy: RecordPolicy,
    *,
    topic: str = WHATSAPP_OUTBOUND,
    group_id: str = SERVICE,
) -> None:
    """Send each outbound message to the Graph API, once.

    In batches, so that a send waiting on Meta (a slow answer, a backoff) holds up only
    that customer's later replies, not every other customer's (keys are subjects).
    """

    async def handle(record: ConsumerRecord[bytes, bytes]) -> None:
        with continue_trace(record, "send"):
            await send_outbound(ingress, OutboundRequested.model_validate_json(record.value or b""))

    _subscribe_each(
        broker,
        ingress,
        handle,
        policy,
        topic=topic,
        group_id=group_id,
        title="OnOutbound",
        description="Sends each outbound message to the WhatsApp Graph API, once.",
    )


def subscribe_webhooks(
    broker: KafkaBroker,
    ingress: Ingress,
    policy: RecordPolicy,
    *,
    topic: str = INGRESS_WEBHOOKS,
    group_id: str = SERVICE,
) -> None:
    """Consume the accepted webhooks: dedupe, link identities, publish their events."""

    async def handle(record: ConsumerRecord[bytes, bytes]) -> None:
        with continue_trace(record, "process webhook"):
            sealed = ReceivedWebhook.model_validate_json(record.value or b"")
            payload = WebhookPayload.model_validate_json(open_webhook(ingress.keyring, sealed))
            await process_webhook(ingress, payload)

    _subscribe_each(
        broker,
        ingress,
        handle,
        policy,
        topic=topic,
        group_id=group_id,
        title="OnWebhooks",
        description="Dedupes each accepted webhook and publishes its messages and statuses.",
    )


def _subscribe_each(
    broker: KafkaBroker,
    ingress: Ingress,
    handle: RecordHandler,
    policy: RecordPolicy,
    *,
    topic: str,
    group_id: str,
    title: str,
    description: str,
) -> None:
    """Subscribe `handle` to `topic` in batches: one key's records in order, keys
    concurrently, each record handled or dead-lettered (`settle_each`)."""

    @broker.subscriber(
        topic,
        group_id=group_id,
        auto_offset_reset="earliest",
        batch=True,
        max_records=policy.batch_size,
        title=title,
        description=description,
    )
    async def on_batch(message: KafkaMessage) -> BatchOutcome:
        records = message.raw_message
        assert isinstance(records, tuple)  # a batch subscriber
        return await settle_each(
            ingress.broker,
            records,
            handle,
            service=SERVICE,
            attempts=policy.attempts,
            backoff_seconds=policy.backoff_seconds,
            outage_pause_seconds=policy.outage_pause_seconds,
        )


def openapi_document() -> dict[str, Any]:
    """The HTTP surface as OpenAPI (what `make openapi` writes to services/ingress/openapi.json).

    Built from placeholder settings: constructing the app opens no connection.
    """
    placeholder = "placeholder"
    settings = IngressSettings(
        app_secrets=placeholder,
        verify_token=placeholder,
        pseudonym_key=placeholder,
        graph_api_token=placeholder,
        data_keys="placeholder:" + base64.b64encode(bytes(32)).decode(),
        data_key_id=placeholder,
        access_report_public_key=placeholder,
        ingress_role="all",  # whatever the environment says: the whole HTTP surface
    )
    return create_app(settings).openapi()

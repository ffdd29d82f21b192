"""Ingress's wiring: the outbound subscriber and the webhook routes."""

from functools import partial

import httpx
from fastapi import FastAPI

from confia.events import OutboundRequested, dlq
from confia.events.topics import WHATSAPP_INBOUND, WHATSAPP_OUTBOUND
from confia.ingress.graph import GraphApi
from confia.ingress.handlers import SERVICE, Ingress, accept_customer_message, send_outbound
from confia.ingress.http import webhook_router
from confia.ingress.settings import IngressSettings
from confia.ingress.store import IngressStore
from confia.runtime.bus import create_broker
from confia.runtime.service import build_app
from confia.runtime.telemetry import setup_tracing
from confia.store import connect

TOPICS = (WHATSAPP_INBOUND, WHATSAPP_OUTBOUND, dlq(WHATSAPP_OUTBOUND))


def create_app(settings: IngressSettings) -> FastAPI:
    tracer_provider = setup_tracing(f"confia-{SERVICE}", settings.otlp_endpoint)
    broker = create_broker(settings, SERVICE, tracer_provider)
    mongo, database = connect(settings.mongo_uri.get_secret_value(), settings.database)
    http_client = httpx.AsyncClient(timeout=settings.graph_api_timeout_seconds)
    keyring = settings.keyring()
    ingress = Ingress(
        store=IngressStore(database, keyring),
        broker=broker,
        keyring=keyring,
        pseudonym_key=settings.pseudonym_key.get_secret_value().encode(),
        graph=GraphApi(
            http_client, settings.graph_api_base, settings.graph_api_token.get_secret_value()
        ),
    )

    @broker.subscriber(
        WHATSAPP_OUTBOUND,
        group_id=SERVICE,
        auto_offset_reset="earliest",
        description="Sends each outbound message to the WhatsApp Graph API, once.",
    )
    async def on_outbound(event: OutboundRequested) -> None:
        await send_outbound(ingress, event)

    async def close_clients() -> None:
        await http_client.aclose()
        await mongo.close()

    return build_app(
        service=SERVICE,
        broker=broker,
        settings=settings,
        tracer_provider=tracer_provider,
        topics=TOPICS,
        routers=[webhook_router(settings, partial(accept_customer_message, ingress))],
        on_shutdown=[close_clients],
    )

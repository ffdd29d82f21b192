"""Ingress's wiring: the outbound subscriber and the webhook routes."""

import base64
from typing import Any

import httpx
from fastapi import FastAPI

from confia.events import OutboundRequested, dlq
from confia.events.topics import (
    SECURITY_EVENTS,
    WHATSAPP_INBOUND,
    WHATSAPP_OUTBOUND,
    WHATSAPP_STATUS,
)
from confia.ingress.domain import FloodGate
from confia.ingress.graph import GraphApi, Throughput
from confia.ingress.handlers import SERVICE, Ingress, SendPolicy
from confia.ingress.http import webhook_router
from confia.ingress.sending import send_outbound
from confia.ingress.settings import IngressSettings
from confia.ingress.store import IngressStore
from confia.runtime.erasure import Erased
from confia.runtime.rights import RIGHTS_TOPICS, subscribe_to_rights
from confia.runtime.service import build_app, plumbing

TOPICS = (
    WHATSAPP_INBOUND,
    WHATSAPP_STATUS,
    WHATSAPP_OUTBOUND,
    dlq(WHATSAPP_OUTBOUND),
    SECURITY_EVENTS,
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

    @broker.subscriber(
        WHATSAPP_OUTBOUND,
        group_id=SERVICE,
        auto_offset_reset="earliest",
        description="Sends each outbound message to the WhatsApp Graph API, once.",
    )
    async def on_outbound(event: OutboundRequested) -> None:
        await send_outbound(ingress, event)

    async def erase(subject: str) -> Erased:
        return Erased(
            deleted=await store.erase(subject),
            retained={"contacts": "until the erasure confirmation is sent, then deleted"},
        )

    subscribe_to_rights(parts, store.handled, erase, store.export)

    async def close_clients() -> None:
        await http_client.aclose()

    return build_app(
        parts,
        topics=TOPICS,
        routers=[webhook_router(settings, ingress)],
        on_startup=[store.create_indexes],
        on_shutdown=[close_clients],
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
    )
    return create_app(settings).openapi()

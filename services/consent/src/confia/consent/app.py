"""Consent's wiring: the inbound gate."""

from fastapi import FastAPI

from confia.consent.domain import Notice
from confia.consent.handlers import SERVICE, Consent, gate_message
from confia.consent.settings import ConsentSettings
from confia.consent.store import ConsentStore
from confia.events import MessageReceived, dlq
from confia.events.topics import (
    CONVERSATION_CONSENTED,
    HANDOFF_REQUESTED,
    PRIVACY_CONSENT,
    WHATSAPP_INBOUND,
    WHATSAPP_OUTBOUND,
)
from confia.runtime.bus import create_broker
from confia.runtime.service import build_app
from confia.runtime.telemetry import setup_tracing
from confia.store import connect

TOPICS = (
    WHATSAPP_INBOUND,
    dlq(WHATSAPP_INBOUND),
    CONVERSATION_CONSENTED,
    WHATSAPP_OUTBOUND,
    PRIVACY_CONSENT,
    HANDOFF_REQUESTED,
)


def create_app(settings: ConsentSettings) -> FastAPI:
    tracer_provider = setup_tracing(f"confia-{SERVICE}", settings.otlp_endpoint)
    broker = create_broker(settings, SERVICE, tracer_provider)
    mongo, database = connect(settings.mongo_uri.get_secret_value(), settings.database)
    store = ConsentStore(database)
    consent = Consent(
        store=store,
        broker=broker,
        keyring=settings.keyring(),
        notice=Notice(
            business_name=settings.business_name,
            version=settings.privacy_notice_version,
            policy_url=settings.privacy_policy_url,
            dpo_contact=settings.dpo_contact,
        ),
    )

    @broker.subscriber(
        WHATSAPP_INBOUND,
        group_id=SERVICE,
        auto_offset_reset="earliest",
        description="Gates every customer message on recorded consent.",
    )
    async def on_inbound(event: MessageReceived) -> None:
        await gate_message(consent, event)

    async def close_store() -> None:
        await mongo.close()

    return build_app(
        service=SERVICE,
        broker=broker,
        settings=settings,
        tracer_provider=tracer_provider,
        topics=TOPICS,
        on_startup=[store.create_indexes],
        on_shutdown=[close_store],
    )

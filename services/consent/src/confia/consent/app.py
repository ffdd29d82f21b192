"""Consent's wiring: the inbound gate, erasure reports, the overdue check, the DPO API."""

import asyncio
import contextlib
import logging
from datetime import timedelta

from fastapi import FastAPI

from confia.consent.handlers import (
    SERVICE,
    Consent,
    escalate_overdue_requests,
    gate_message,
    record_access_report,
    record_erasure_report,
)
from confia.consent.http import dpo_router
from confia.consent.settings import ConsentSettings
from confia.consent.store import ConsentStore
from confia.consent.texts import Notice
from confia.events import AccessCompleted, ErasureCompleted, MessageReceived, dlq
from confia.events.topics import (
    CONVERSATION_CONSENTED,
    HANDOFF_REQUESTED,
    PRIVACY_ACCESS_COMPLETED,
    PRIVACY_CONSENT,
    PRIVACY_ERASURE_COMPLETED,
    WHATSAPP_INBOUND,
    WHATSAPP_OUTBOUND,
)
from confia.runtime.erasure import Erased
from confia.runtime.rights import RIGHTS_TOPICS, subscribe_to_rights
from confia.runtime.service import build_app, plumbing

logger = logging.getLogger("confia.consent")

TOPICS = (
    WHATSAPP_INBOUND,
    dlq(WHATSAPP_INBOUND),
    CONVERSATION_CONSENTED,
    WHATSAPP_OUTBOUND,
    PRIVACY_CONSENT,
    HANDOFF_REQUESTED,
    dlq(PRIVACY_ERASURE_COMPLETED),
    dlq(PRIVACY_ACCESS_COMPLETED),
    *RIGHTS_TOPICS,
)


def create_app(settings: ConsentSettings) -> FastAPI:
    parts = plumbing(SERVICE, settings, settings.database)
    broker, database = parts.broker, parts.database
    store = ConsentStore(database)
    consent = Consent(
        store=store,
        broker=broker,
        keyring=settings.keyring(),
        notice=Notice(
            business_name=settings.business_name,
            version=settings.privacy_notice_version,
            purpose=settings.processing_purpose,
            retention=settings.retention,
            policy_url=settings.privacy_policy_url,
            dpo_contact=settings.dpo_contact,
            language=settings.privacy_notice_language,
            access_channel=settings.access_channel,
        ),
        sensitive_purpose=settings.sensitive_data_purpose,
        rights_services=settings.rights_services,
        erasure_deadline=timedelta(minutes=settings.erasure_deadline_minutes),
    )

    @broker.subscriber(
        WHATSAPP_INBOUND,
        group_id=SERVICE,
        auto_offset_reset="earliest",
        description="Gates every customer message on recorded consent; runs rights requests.",
    )
    async def on_inbound(event: MessageReceived) -> None:
        await gate_message(consent, event)

    @broker.subscriber(
        PRIVACY_ERASURE_COMPLETED,
        group_id=f"{SERVICE}.erasure-reports",
        auto_offset_reset="earliest",
        description="Collects every service's erasure report; tells the customer when done.",
    )
    async def on_erasure_completed(event: ErasureCompleted) -> None:
        await record_erasure_report(consent, event)

    async def erase(subject: str) -> Erased:
        return Erased(
            deleted=await store.erase(subject),
            retained={
                "consent_history": "proof of consent and of its withdrawal (LGPD art. 8 §2)",
                "rights_requests": "proof that the request was handled (LGPD art. 18, 37)",
            },
        )

    subscribe_to_rights(parts, store.handled, erase, store.export)

    @broker.subscriber(
        PRIVACY_ACCESS_COMPLETED,
        group_id=f"{SERVICE}.access-reports",
        auto_offset_reset="earliest",
        description="Collects every service's sealed part of a data access report.",
    )
    async def on_access_completed(event: AccessCompleted) -> None:
        await record_access_report(consent, event)

    escalation: list[asyncio.Task[None]] = []

    async def check_overdue_requests() -> None:
        while True:
            await asyncio.sleep(settings.escalation_check_seconds)
            try:
                await escalate_overdue_requests(consent)
            except Exception:
                logger.exception("overdue rights requests check failed; retrying later")

    async def start_escalation() -> None:
        escalation.append(asyncio.create_task(check_overdue_requests()))

    async def stop() -> None:
        for task in escalation:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    return build_app(
        parts,
        topics=TOPICS,
        routers=[
            dpo_router(
                store,
                settings.dpo_api_token.get_secret_value(),
                settings.access_report_private_key.get_secret_value(),
            )
        ],
        on_startup=[store.create_indexes, start_escalation],
        on_shutdown=[stop],
    )

"""Audit's wiring: every topic in, one record per event."""

from fastapi import FastAPI
from faststream.kafka.annotations import KafkaMessage

from confia.audit.handlers import SERVICE, record_event
from confia.audit.settings import AuditSettings
from confia.audit.store import AuditLog
from confia.events import Envelope, dlq
from confia.events.topics import (
    AUDIT_EVENTS,
    CONVERSATION_CONSENTED,
    CONVERSATION_REDACTED,
    CONVERSATION_REPLY,
    HANDOFF_REQUESTED,
    HANDOFF_STATE,
    OPERATOR_ACTIONS,
    PRIVACY_CONSENT,
    PRIVACY_ERASURE_COMPLETED,
    PRIVACY_ERASURE_REQUESTED,
    PRIVACY_REVEAL_COMPLETED,
    PRIVACY_REVEAL_REQUESTED,
    SECURITY_EVENTS,
    WHATSAPP_INBOUND,
    WHATSAPP_OUTBOUND,
    WHATSAPP_STATUS,
)
from confia.runtime.erasure import Erased
from confia.runtime.rights import RIGHTS_TOPICS, subscribe_to_rights
from confia.runtime.service import build_app, plumbing
from confia.store import HandledEvents

AUDITED_TOPICS = (
    WHATSAPP_INBOUND,
    WHATSAPP_STATUS,
    WHATSAPP_OUTBOUND,
    CONVERSATION_CONSENTED,
    CONVERSATION_REDACTED,
    CONVERSATION_REPLY,
    HANDOFF_REQUESTED,
    HANDOFF_STATE,
    OPERATOR_ACTIONS,
    PRIVACY_CONSENT,
    PRIVACY_ERASURE_REQUESTED,
    PRIVACY_ERASURE_COMPLETED,
    PRIVACY_REVEAL_REQUESTED,
    PRIVACY_REVEAL_COMPLETED,
    SECURITY_EVENTS,
)
TOPICS = (
    *AUDITED_TOPICS,
    *(dlq(topic) for topic in AUDITED_TOPICS),
    AUDIT_EVENTS,
    *RIGHTS_TOPICS,
)


def create_app(settings: AuditSettings) -> FastAPI:
    parts = plumbing(SERVICE, settings, settings.database)
    broker, database = parts.broker, parts.database
    log = AuditLog(database)

    @broker.subscriber(
        *AUDITED_TOPICS,
        group_id=SERVICE,
        auto_offset_reset="earliest",
        description="Records who/what/when of every event, never its payload.",
    )
    async def on_event(event: Envelope, message: KafkaMessage) -> None:
        record = message.raw_message
        assert not isinstance(record, tuple)  # not a batch subscriber
        await record_event(log, event, record.topic)

    async def erase(subject: str) -> Erased:
        # The log holds who/what/when under a pseudonym, never content: it is the
        # controller's proof of processing, kept as the law requires.
        return Erased(
            deleted={},
            retained={"records": "event metadata under the pseudonym, no content (LGPD art. 37)"},
        )

    subscribe_to_rights(parts, HandledEvents(database), erase, log.export)
    return build_app(parts, topics=TOPICS)

"""Audit use case: record every event's metadata."""

import logging

from opentelemetry import trace

from confia.audit.domain import AuditRecord
from confia.audit.store import AuditLog
from confia.events import Envelope

logger = logging.getLogger("confia.audit")

SERVICE = "audit"


async def record_event(log: AuditLog, event: Envelope, topic: str) -> None:
    span_context = trace.get_current_span().get_span_context()
    record = AuditRecord(
        event_id=event.event_id,
        type=event.type,
        schema_version=event.schema_version,
        producer=event.producer,
        subject=event.subject,
        conversation_id=event.conversation_id,
        occurred_at=event.occurred_at,
        causation_id=event.causation_id,
        topic=topic,
        trace_id=format(span_context.trace_id, "032x") if span_context.is_valid else None,
    )
    if not await log.append(record):
        logger.info("event_id=%s already recorded", event.event_id)

"""Handoff use case: queue a conversation for a human."""

import logging

from confia.events import HandoffRequested
from confia.handoff.domain import priority_of
from confia.handoff.store import TicketStore

logger = logging.getLogger("confia.handoff")

SERVICE = "handoff"


async def queue_for_human(tickets: TicketStore, event: HandoffRequested) -> None:
    """Keep the request, and the customer's message when it came along (still encrypted)."""
    payload = event.payload
    request = {
        "request_id": event.event_id,
        "reason": payload.reason,
        "message_id": payload.message_id,
        "text": payload.text.model_dump(mode="json") if payload.text else None,
        "requested_at": event.occurred_at,
    }
    await tickets.open_ticket(
        event.subject, event.conversation_id, request, priority_of(payload.reason)
    )
    logger.info("conversation=%s queued reason=%s", event.conversation_id, payload.reason)

"""Handoff use case: queue a conversation for a human."""

import logging

from confia.events import HandoffRequested
from confia.handoff.domain import priority_of
from confia.handoff.store import TicketStore

logger = logging.getLogger("confia.handoff")

SERVICE = "handoff"


async def queue_for_human(tickets: TicketStore, event: HandoffRequested) -> None:
    await tickets.open_ticket(
        event.event_id,
        event.subject,
        event.conversation_id,
        event.payload.reason,
        priority_of(event.payload.reason),
    )
    logger.info("conversation=%s queued reason=%s", event.conversation_id, event.payload.reason)

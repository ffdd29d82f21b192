"""Handoff's wiring: hand-off requests in, tickets stored."""

from fastapi import FastAPI

from confia.events import HandoffRequested, dlq
from confia.events.topics import HANDOFF_REQUESTED
from confia.handoff.handlers import SERVICE, queue_for_human
from confia.handoff.settings import HandoffSettings
from confia.handoff.store import TicketStore
from confia.runtime.erasure import Erased
from confia.runtime.rights import RIGHTS_TOPICS, subscribe_to_rights
from confia.runtime.service import build_app, plumbing
from confia.store import HandledEvents

TOPICS = (HANDOFF_REQUESTED, dlq(HANDOFF_REQUESTED), *RIGHTS_TOPICS)


def create_app(settings: HandoffSettings) -> FastAPI:
    parts = plumbing(SERVICE, settings, settings.database)
    tickets = TicketStore(parts.database)

    @parts.broker.subscriber(
        HANDOFF_REQUESTED,
        group_id=SERVICE,
        auto_offset_reset="earliest",
        description="Opens (or updates) the conversation's ticket for a human.",
    )
    async def on_handoff_requested(event: HandoffRequested) -> None:
        await queue_for_human(tickets, event)

    async def erase(subject: str) -> Erased:
        return Erased(deleted=await tickets.erase(subject))

    subscribe_to_rights(parts, HandledEvents(parts.database), erase, tickets.export)
    return build_app(parts, topics=TOPICS)

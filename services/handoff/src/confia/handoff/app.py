"""Handoff's wiring: hand-off requests in, tickets stored."""

from fastapi import FastAPI

from confia.events import HandoffRequested, dlq
from confia.events.topics import HANDOFF_REQUESTED
from confia.handoff.handlers import SERVICE, queue_for_human
from confia.handoff.settings import HandoffSettings
from confia.handoff.store import TicketStore
from confia.runtime.access import ACCESS_TOPICS, subscribe_to_access
from confia.runtime.bus import create_broker
from confia.runtime.erasure import ERASURE_TOPICS, Erased, subscribe_to_erasure
from confia.runtime.service import build_app
from confia.runtime.telemetry import setup_tracing
from confia.store import HandledEvents, connect

TOPICS = (HANDOFF_REQUESTED, dlq(HANDOFF_REQUESTED), *ERASURE_TOPICS, *ACCESS_TOPICS)


def create_app(settings: HandoffSettings) -> FastAPI:
    tracer_provider = setup_tracing(f"confia-{SERVICE}", settings.otlp_endpoint)
    broker = create_broker(settings, SERVICE, tracer_provider)
    mongo, database = connect(settings.mongo_uri.get_secret_value(), settings.database)
    tickets = TicketStore(database)

    @broker.subscriber(
        HANDOFF_REQUESTED,
        group_id=SERVICE,
        auto_offset_reset="earliest",
        description="Opens (or updates) the conversation's ticket for a human.",
    )
    async def on_handoff_requested(event: HandoffRequested) -> None:
        await queue_for_human(tickets, event)

    async def erase(subject: str) -> Erased:
        return Erased(deleted=await tickets.erase(subject))

    handled = HandledEvents(database)
    subscribe_to_erasure(broker, SERVICE, handled, erase)
    subscribe_to_access(broker, SERVICE, handled, tickets.export, settings.access_report_public_key)

    async def close_store() -> None:
        await mongo.close()

    return build_app(
        service=SERVICE,
        broker=broker,
        settings=settings,
        tracer_provider=tracer_provider,
        topics=TOPICS,
        on_shutdown=[close_store],
    )

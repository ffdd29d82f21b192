"""Handoff's wiring: hand-off requests in, tickets out; the transcript from the redacted
and reply topics; reveal answers; the console (pages and JSON API)."""

import uuid
from datetime import timedelta

from fastapi import FastAPI

from confia.events import HandoffRequested, MessageRedacted, ReplyDrafted, dlq
from confia.events.schemas import RevealCompleted
from confia.events.topics import (
    CONVERSATION_REDACTED,
    CONVERSATION_REPLY,
    HANDOFF_REQUESTED,
    HANDOFF_STATE,
    OPERATOR_ACTIONS,
    PRIVACY_REVEAL_COMPLETED,
    PRIVACY_REVEAL_REQUESTED,
)
from confia.handoff.accounts import Accounts, Sessions
from confia.handoff.console import console_pages, mount_console
from confia.handoff.handlers import (
    SERVICE,
    Console,
    Reveals,
    queue_for_human,
    record_customer_message,
    record_reply,
)
from confia.handoff.http import ConsoleConfig, console_api
from confia.handoff.settings import HandoffSettings
from confia.handoff.store import TicketStore
from confia.runtime.erasure import Erased
from confia.runtime.rights import RIGHTS_TOPICS, subscribe_to_rights
from confia.runtime.service import build_app, plumbing
from confia.store import HandledEvents

TOPICS = (
    HANDOFF_REQUESTED,
    dlq(HANDOFF_REQUESTED),
    HANDOFF_STATE,
    CONVERSATION_REDACTED,
    CONVERSATION_REPLY,
    OPERATOR_ACTIONS,
    PRIVACY_REVEAL_REQUESTED,
    PRIVACY_REVEAL_COMPLETED,
    *RIGHTS_TOPICS,
)


def create_app(settings: HandoffSettings) -> FastAPI:
    parts = plumbing(SERVICE, settings, settings.database)
    broker, database = parts.broker, parts.database
    keyring = settings.keyring()
    tickets = TicketStore(database)
    accounts = Accounts(database, keyring)
    sessions = Sessions(database)
    console = Console(
        tickets=tickets,
        accounts=accounts,
        broker=broker,
        reveals=Reveals(timeout_seconds=settings.reveal_timeout_seconds),
        keyring=keyring,
        reopen_window=timedelta(minutes=settings.reopen_window_minutes),
    )

    @broker.subscriber(
        HANDOFF_REQUESTED,
        group_id=SERVICE,
        auto_offset_reset="earliest",
        description="Opens (or adds to) the customer's ticket; people hold the conversation.",
    )
    async def on_handoff_requested(event: HandoffRequested) -> None:
        await queue_for_human(console, event)

    @broker.subscriber(
        CONVERSATION_REDACTED,
        group_id=f"{SERVICE}.transcript",
        auto_offset_reset="earliest",
        description="Keeps the redacted transcript operators read.",
    )
    async def on_customer_message(event: MessageRedacted) -> None:
        await record_customer_message(tickets, event)

    @broker.subscriber(
        CONVERSATION_REPLY,
        group_id=f"{SERVICE}.replies",
        auto_offset_reset="earliest",
        description="Keeps the agent's and the team's replies in the transcript.",
    )
    async def on_reply(event: ReplyDrafted) -> None:
        await record_reply(tickets, event)

    # Each process waits for answers to its own reveals, so each reads every answer: a
    # group of its own, from the end (an answer to a request it did not make is ignored).
    @broker.subscriber(
        PRIVACY_REVEAL_COMPLETED,
        group_id=f"{SERVICE}.reveal.{uuid.uuid4().hex[:12]}",
        auto_offset_reset="latest",
        description="Hands a reveal's sealed answer to the console request waiting for it.",
    )
    async def on_reveal_answer(event: RevealCompleted) -> None:
        console.reveals.answered(event)

    async def erase(subject: str) -> Erased:
        return Erased(deleted=await tickets.erase(subject))

    async def create_indexes() -> None:
        await tickets.create_indexes()
        await accounts.create_indexes()
        await sessions.create_indexes()

    subscribe_to_rights(parts, HandledEvents(database), erase, tickets.export)
    config = ConsoleConfig(
        reveal_roles=settings.reveal_roles,
        first_response_sla=timedelta(minutes=settings.first_response_sla_minutes),
        secure_cookie=settings.secure_cookie,
    )
    app = build_app(
        parts,
        topics=TOPICS,
        routers=[console_api(console, sessions, config), console_pages()],
        on_startup=[create_indexes],
    )
    mount_console(app)
    return app

"""Agent's wiring: redacted messages in, replies (and hand-off requests) out; who holds
each conversation in; the knowledge admin API."""

import logging

from fastapi import FastAPI

from confia.agent.handlers import SERVICE, Agent, answer_message, change_holder
from confia.agent.http import admin_router
from confia.agent.knowledge import read_knowledge_dir
from confia.agent.settings import AgentSettings
from confia.agent.store import AgentStore
from confia.events import MessageRedacted, dlq
from confia.events.schemas import HandoffStateChanged
from confia.events.topics import (
    CONVERSATION_REDACTED,
    CONVERSATION_REPLY,
    HANDOFF_REQUESTED,
    HANDOFF_STATE,
    SECURITY_EVENTS,
)
from confia.runtime.erasure import Erased
from confia.runtime.rights import RIGHTS_TOPICS, subscribe_to_rights
from confia.runtime.service import build_app, plumbing

logger = logging.getLogger("confia.agent")

TOPICS = (
    CONVERSATION_REDACTED,
    dlq(CONVERSATION_REDACTED),
    CONVERSATION_REPLY,
    HANDOFF_REQUESTED,
    HANDOFF_STATE,
    dlq(HANDOFF_STATE),
    SECURITY_EVENTS,
    *RIGHTS_TOPICS,
)


def create_app(settings: AgentSettings) -> FastAPI:
    parts = plumbing(SERVICE, settings, settings.database)
    store = AgentStore(parts.database)
    agent = Agent(
        store=store, broker=parts.broker, settings=settings, memory_turns=settings.memory_turns
    )

    async def load_knowledge() -> None:
        """The folder's documents replace stored ones of the same name; documents added
        through the admin API stay. Then the agent answers from the store."""
        await store.create_indexes()
        folder = read_knowledge_dir(settings.knowledge_dir)
        for name, text in folder.documents.items():
            await store.put_document(name, text, origin="folder")
        await agent.refresh()

    @parts.broker.subscriber(
        CONVERSATION_REDACTED,
        group_id=SERVICE,
        auto_offset_reset="earliest",
        description="Answers redacted customer messages from the knowledge base, or hands off.",
    )
    async def on_redacted(event: MessageRedacted) -> None:
        await answer_message(agent, event)

    @parts.broker.subscriber(
        HANDOFF_STATE,
        group_id=f"{SERVICE}.state",
        auto_offset_reset="earliest",
        description="Who holds each conversation: while a person does, the agent is silent.",
    )
    async def on_state(event: HandoffStateChanged) -> None:
        await change_holder(agent, event)

    async def erase(subject: str) -> Erased:
        return Erased(deleted=await store.erase(subject))

    subscribe_to_rights(parts, store.handled, erase, store.export)
    routers = []
    admin_token = settings.admin_token.get_secret_value() if settings.admin_token else ""
    if admin_token:
        routers.append(admin_router(agent, admin_token))
    else:
        logger.info("CONFIA_ADMIN_TOKEN unset or empty: the knowledge admin API is off")
    return build_app(parts, topics=TOPICS, routers=routers, on_startup=[load_knowledge])

"""Agent's wiring: redacted messages in, replies (and hand-off requests) out."""

from fastapi import FastAPI

from confia.agent.domain import Retriever
from confia.agent.handlers import SERVICE, Agent, answer_message, read_knowledge_dir
from confia.agent.settings import AgentSettings
from confia.agent.store import AgentStore
from confia.events import MessageRedacted, dlq
from confia.events.topics import CONVERSATION_REDACTED, CONVERSATION_REPLY, HANDOFF_REQUESTED
from confia.runtime.erasure import Erased
from confia.runtime.rights import RIGHTS_TOPICS, subscribe_to_rights
from confia.runtime.service import build_app, plumbing

TOPICS = (
    CONVERSATION_REDACTED,
    dlq(CONVERSATION_REDACTED),
    CONVERSATION_REPLY,
    HANDOFF_REQUESTED,
    *RIGHTS_TOPICS,
)


def create_app(settings: AgentSettings) -> FastAPI:
    parts = plumbing(SERVICE, settings, settings.database)
    store = AgentStore(parts.database)
    agent = Agent(
        store=store,
        broker=parts.broker,
        retriever=Retriever([]),
        min_answer_score=settings.min_answer_score,
        memory_turns=settings.memory_turns,
    )

    async def load_knowledge() -> None:
        await store.create_indexes()
        await store.replace_knowledge(read_knowledge_dir(settings.knowledge_dir))
        agent.retriever = Retriever(await store.knowledge())

    @parts.broker.subscriber(
        CONVERSATION_REDACTED,
        group_id=SERVICE,
        auto_offset_reset="earliest",
        description="Answers redacted customer messages from the knowledge base.",
    )
    async def on_redacted(event: MessageRedacted) -> None:
        await answer_message(agent, event)

    async def erase(subject: str) -> Erased:
        return Erased(deleted=await store.erase(subject))

    subscribe_to_rights(parts, store.handled, erase, store.export)
    return build_app(parts, topics=TOPICS, on_startup=[load_knowledge])

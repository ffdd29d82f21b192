"""Agent's wiring: redacted messages in, replies (and hand-off requests) out."""

from fastapi import FastAPI

from confia.agent.domain import Retriever
from confia.agent.handlers import SERVICE, Agent, answer_message, read_knowledge_dir
from confia.agent.settings import AgentSettings
from confia.agent.store import AgentStore
from confia.events import MessageRedacted, dlq
from confia.events.topics import CONVERSATION_REDACTED, CONVERSATION_REPLY, HANDOFF_REQUESTED
from confia.runtime.access import ACCESS_TOPICS, subscribe_to_access
from confia.runtime.bus import create_broker
from confia.runtime.erasure import ERASURE_TOPICS, Erased, subscribe_to_erasure
from confia.runtime.service import build_app
from confia.runtime.telemetry import setup_tracing
from confia.store import connect

TOPICS = (
    CONVERSATION_REDACTED,
    dlq(CONVERSATION_REDACTED),
    CONVERSATION_REPLY,
    HANDOFF_REQUESTED,
    *ERASURE_TOPICS,
    *ACCESS_TOPICS,
)


def create_app(settings: AgentSettings) -> FastAPI:
    tracer_provider = setup_tracing(f"confia-{SERVICE}", settings.otlp_endpoint)
    broker = create_broker(settings, SERVICE, tracer_provider)
    mongo, database = connect(settings.mongo_uri.get_secret_value(), settings.database)
    store = AgentStore(database)
    agent = Agent(
        store=store,
        broker=broker,
        retriever=Retriever([]),
        min_answer_score=settings.min_answer_score,
        memory_turns=settings.memory_turns,
    )

    async def load_knowledge() -> None:
        await store.create_indexes()
        await store.replace_knowledge(read_knowledge_dir(settings.knowledge_dir))
        agent.retriever = Retriever(await store.knowledge())

    @broker.subscriber(
        CONVERSATION_REDACTED,
        group_id=SERVICE,
        auto_offset_reset="earliest",
        description="Answers redacted customer messages from the knowledge base.",
    )
    async def on_redacted(event: MessageRedacted) -> None:
        await answer_message(agent, event)

    async def erase(subject: str) -> Erased:
        return Erased(deleted=await store.erase(subject))

    subscribe_to_erasure(broker, SERVICE, store.handled, erase)
    subscribe_to_access(
        broker, SERVICE, store.handled, store.export, settings.access_report_public_key
    )

    async def close_store() -> None:
        await mongo.close()

    return build_app(
        service=SERVICE,
        broker=broker,
        settings=settings,
        tracer_provider=tracer_provider,
        topics=TOPICS,
        on_startup=[load_knowledge],
        on_shutdown=[close_store],
    )

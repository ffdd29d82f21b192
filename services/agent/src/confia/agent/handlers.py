"""Agent use case: answer a redacted customer message, or hand it to a human."""

import logging
from dataclasses import dataclass
from pathlib import Path

from faststream.kafka import KafkaBroker

from confia.agent.domain import KnowledgeEntry, Retriever, answer, parse_knowledge
from confia.agent.store import AgentStore
from confia.events import HandoffRequested, MessageRedacted, ReplyDrafted
from confia.events.schemas import DraftReply, HandoffRequest
from confia.events.topics import CONVERSATION_REPLY, HANDOFF_REQUESTED
from confia.runtime.bus import emit_once, outgoing
from confia.store import OutgoingEvent

logger = logging.getLogger("confia.agent")

SERVICE = "agent"


@dataclass
class Agent:
    store: AgentStore
    broker: KafkaBroker
    retriever: Retriever
    min_answer_score: float
    memory_turns: int


def read_knowledge_dir(folder: Path) -> list[KnowledgeEntry]:
    """Knowledge entries of every Markdown file in `folder` except the agent profile."""
    entries: list[KnowledgeEntry] = []
    for path in sorted(folder.glob("*.md")):
        if path.name.lower() not in {"profile.md", "readme.md"}:
            entries.extend(parse_knowledge(path.read_text(encoding="utf-8"), path.name))
    return entries


async def answer_message(agent: Agent, event: MessageRedacted) -> None:
    """Reply from the knowledge base when confident; otherwise say so and request a human."""

    async def act() -> list[OutgoingEvent]:
        question = event.payload.text
        await agent.store.remember(
            f"{event.event_id}:customer",
            event.subject,
            event.conversation_id,
            "customer",
            question,
            agent.memory_turns,
        )
        decision = answer(question, agent.retriever, agent.min_answer_score)
        reply = ReplyDrafted.caused_by(
            event,
            SERVICE,
            payload=DraftReply(
                reply_to=event.payload.message_id,
                text=decision.text,
                source="agent",
                knowledge_ids=[decision.entry_id] if decision.entry_id else [],
            ),
        )
        await agent.store.remember(
            f"{event.event_id}:agent",
            event.subject,
            event.conversation_id,
            "agent",
            decision.text,
            agent.memory_turns,
        )
        logger.info(
            "message_id=%s entry=%s handoff=%s",
            event.payload.message_id,
            decision.entry_id,
            decision.handoff_reason,
        )
        events = [outgoing(CONVERSATION_REPLY, reply)]
        if decision.handoff_reason:
            handoff = HandoffRequested.caused_by(
                event,
                SERVICE,
                payload=HandoffRequest(
                    reason=decision.handoff_reason, message_id=event.payload.message_id
                ),
            )
            events.append(outgoing(HANDOFF_REQUESTED, handoff))
        return events

    await emit_once(agent.broker, agent.store.handled, event, act)

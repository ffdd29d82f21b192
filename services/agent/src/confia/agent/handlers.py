"""Agent use cases: answer a redacted customer message (or hand it to a person), and
stay silent while a person holds the conversation."""

import logging
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime

from faststream.kafka import KafkaBroker

from confia.agent.domain import Answerer, decide, decision_record
from confia.agent.graph import answerer_for
from confia.agent.knowledge import KnowledgeBase, knowledge_base
from confia.agent.settings import AnswerSettings
from confia.agent.store import AgentStore
from confia.events import HandoffRequested, MessageRedacted, ReplyDrafted, new_event_id
from confia.events.schemas import (
    DraftReply,
    HandoffRequest,
    HandoffStateChanged,
    InjectionAttempt,
    InjectionDetected,
)
from confia.events.topics import CONVERSATION_REPLY, HANDOFF_REQUESTED, SECURITY_EVENTS
from confia.runtime.bus import emit_once, outgoing
from confia.store import OutgoingEvent

logger = logging.getLogger("confia.agent")

SERVICE = "agent"
KNOWLEDGE_CHECK_SECONDS = 5.0


@dataclass
class Agent:
    store: AgentStore
    broker: KafkaBroker
    settings: AnswerSettings
    memory_turns: int
    knowledge: KnowledgeBase = field(default_factory=lambda: knowledge_base({}))
    answerer: Answerer | None = None
    _fingerprint: object = None
    _checked_at: float = float("-inf")

    async def refresh(self, force: bool = False) -> None:
        """Rebuild knowledge and answerer when a document changed (here or on a replica).

        On the message path the store is asked at most every KNOWLEDGE_CHECK_SECONDS, not
        per message; the admin API forces a check after its own change.
        """
        now = time.monotonic()
        recent = now - self._checked_at < KNOWLEDGE_CHECK_SECONDS
        if recent and not force and self.answerer is not None:
            return
        self._checked_at = now
        fingerprint = await self.store.documents_fingerprint()
        if fingerprint == self._fingerprint and self.answerer is not None:
            return
        self.knowledge = knowledge_base(await self.store.documents())
        self.answerer = answerer_for(self.settings, self.knowledge)
        self._fingerprint = fingerprint
        logger.info(
            "knowledge loaded entries=%d knowledge_version=%s profile_version=%s",
            len(self.knowledge.entries),
            self.knowledge.knowledge_version,
            self.knowledge.profile_version,
        )


async def answer_message(agent: Agent, event: MessageRedacted) -> None:
    """Answer from the knowledge when confident; otherwise say so and request a person."""

    async def act() -> list[OutgoingEvent]:
        question, message_id = event.payload.text, event.payload.message_id
        if await agent.store.human_holds(event.subject):
            # A person answers now; the console reads the same redacted topic.
            logger.info("message_id=%s held by a person, agent silent", message_id)
            await _remember(agent, event, "customer", question, "customer")
            return []
        await agent.refresh()
        assert agent.answerer is not None
        history = await agent.store.recent_turns(
            event.conversation_id, agent.memory_turns, before_event=event.event_id
        )
        decision = await decide(question, history, agent.knowledge, agent.answerer)
        decision_id = f"dec_{new_event_id()}"
        await agent.store.save_decision(
            {
                "_id": decision_id,
                "subject": event.subject,
                "conversation_id": event.conversation_id,
                "message_id": message_id,
                "at": datetime.now(UTC),
                **decision_record(decision, agent.knowledge),
            }
        )
        await _remember(agent, event, "customer", question, "customer")
        await _remember(agent, event, "agent", decision.reply, "agent")
        logger.info(
            "message_id=%s decision_id=%s action=%s reason=%s sources=%s",
            message_id,
            decision_id,
            decision.action,
            decision.reason,
            ",".join(decision.sources),
        )
        reply = ReplyDrafted.caused_by(
            event,
            SERVICE,
            payload=DraftReply(
                reply_to=message_id,
                text=decision.reply,
                source="agent",
                knowledge_ids=list(decision.sources),
                decision_id=decision_id,
            ),
        )
        events = [outgoing(CONVERSATION_REPLY, reply)]
        if decision.action == "handoff":
            # Silent from now on, not only once handoff's state event arrives: the
            # customer's next message may come first.
            await agent.store.set_holder(event.subject, "human", None)
            request = HandoffRequest(
                reason=decision.reason, message_id=message_id, decision_id=decision_id
            )
            handoff = HandoffRequested.caused_by(event, SERVICE, payload=request)
            events.append(outgoing(HANDOFF_REQUESTED, handoff))
        if "injection" in decision.flags:
            attempt = InjectionAttempt(
                message_id=message_id, decision_id=decision_id, flags=list(decision.flags)
            )
            alert = InjectionDetected.caused_by(event, SERVICE, payload=attempt)
            events.append(outgoing(SECURITY_EVENTS, alert))
        return events

    await emit_once(agent.broker, agent.store.handled, event, act)


async def change_holder(agent: Agent, event: HandoffStateChanged) -> None:
    """A person took the conversation (the agent goes silent) or gave it back."""
    await agent.store.set_holder(event.subject, event.payload.holder, event.payload.ticket_id)
    logger.info("subject held by %s ticket_id=%s", event.payload.holder, event.payload.ticket_id)


async def _remember(
    agent: Agent, event: MessageRedacted, suffix: str, text: str, role: str
) -> None:
    await agent.store.remember(
        f"{event.event_id}:{suffix}",
        event.subject,
        event.conversation_id,
        role,
        text,
        agent.memory_turns,
    )

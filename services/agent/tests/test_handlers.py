"""The agent against the real broker and store."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from faststream.kafka import KafkaBroker
from pymongo.asynchronous.database import AsyncDatabase

from confia.agent.app import TOPICS
from confia.agent.domain import Retriever
from confia.agent.handlers import Agent, answer_message, read_knowledge_dir
from confia.agent.store import AgentStore
from confia.events import MessageRedacted
from confia.events.schemas import RedactedMessage
from confia.events.topics import CONVERSATION_REPLY, HANDOFF_REQUESTED
from confia.runtime.bus import ensure_topics
from confia.testing.infrastructure import Infrastructure
from confia.testing.kafka import events_of

pytestmark = pytest.mark.integration

KB = Path(__file__).parents[3] / "deploy" / "kb" / "aurora"


@pytest.fixture
async def agent(
    infrastructure: Infrastructure, broker: KafkaBroker, database: AsyncDatabase[dict[str, Any]]
) -> Agent:
    await ensure_topics(infrastructure.kafka_bootstrap, TOPICS)
    store = AgentStore(database)
    await store.create_indexes()
    await store.replace_knowledge(read_knowledge_dir(KB))
    retriever = Retriever(await store.knowledge())
    return Agent(store, broker, retriever, min_answer_score=2.0, memory_turns=4)


def _redacted(subject: str, text: str, n: int = 1) -> MessageRedacted:
    return MessageRedacted(
        subject=subject,
        conversation_id=f"cnv_{subject}",
        producer="redaction",
        payload=RedactedMessage(message_id=f"wamid.{n}", text=text),
    )


async def test_known_question_is_answered_from_its_entry(
    agent: Agent, infrastructure: Infrastructure, unique: Callable[[str], str]
) -> None:
    subject = unique("sub")
    await answer_message(agent, _redacted(subject, "Os produtos têm garantia?"))

    [reply] = await events_of(infrastructure.kafka_bootstrap, CONVERSATION_REPLY, subject)
    assert reply["payload"]["knowledge_ids"] == ["garantia"]
    assert "90 dias" in reply["payload"]["text"]
    assert reply["payload"]["source"] == "agent"


async def test_unanswerable_question_is_handed_off_and_the_customer_told(
    agent: Agent, infrastructure: Infrastructure, unique: Callable[[str], str]
) -> None:
    subject = unique("sub")
    await answer_message(agent, _redacted(subject, "Quem ganhou o jogo ontem?"))

    [reply] = await events_of(infrastructure.kafka_bootstrap, CONVERSATION_REPLY, subject)
    [handoff] = await events_of(infrastructure.kafka_bootstrap, HANDOFF_REQUESTED, subject)
    assert "pessoa" in reply["payload"]["text"]
    assert handoff["payload"]["reason"] == "low_confidence"


async def test_memory_keeps_only_redacted_recent_turns(
    agent: Agent, database: AsyncDatabase[dict[str, Any]], unique: Callable[[str], str]
) -> None:
    subject = unique("sub")
    for n in range(4):
        await answer_message(agent, _redacted(subject, f"Meu CPF é [CPF_1], pergunta {n}", n))

    turns = [doc async for doc in database["turns"].find({"conversation_id": f"cnv_{subject}"})]
    assert len(turns) == 4, "bounded to memory_turns"
    assert {turn["role"] for turn in turns} == {"customer", "agent"}

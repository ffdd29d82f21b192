"""The hand-off queue and the transcript against the real broker and store."""

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from faststream.kafka import KafkaBroker
from pymongo.asynchronous.database import AsyncDatabase

from confia.crypto import Keyring, Sealed
from confia.events import HandoffRequested, MessageRedacted, ReplyDrafted
from confia.events.schemas import DraftReply, HandoffRequest, RedactedMessage
from confia.events.topics import HANDOFF_STATE
from confia.handoff.accounts import Accounts
from confia.handoff.app import TOPICS
from confia.handoff.handlers import (
    Console,
    Reveals,
    queue_for_human,
    record_customer_message,
    record_reply,
)
from confia.handoff.store import TicketStore
from confia.runtime.bus import ensure_topics
from confia.testing.infrastructure import Infrastructure
from confia.testing.kafka import events_of

pytestmark = pytest.mark.integration


@pytest.fixture
async def console(
    infrastructure: Infrastructure,
    broker: KafkaBroker,
    database: AsyncDatabase[dict[str, Any]],
    keyring: Keyring,
) -> Console:
    await ensure_topics(infrastructure.kafka_bootstrap, TOPICS)
    tickets = TicketStore(database)
    await tickets.create_indexes()
    return Console(tickets, Accounts(database, keyring), broker, Reveals(), keyring)


def _request(subject: str, reason: str, **payload: Any) -> HandoffRequested:
    return HandoffRequested(
        subject=subject,
        conversation_id=f"cnv_{subject}",
        producer="agent",
        payload=HandoffRequest(reason=reason, **payload),
    )


async def test_requests_for_one_customer_share_one_waiting_ticket(
    console: Console, infrastructure: Infrastructure, unique: Callable[[str], str]
) -> None:
    subject = unique("sub")
    first, second = _request(subject, "low_confidence"), _request(subject, "low_confidence")
    for request in (first, second, first):  # the first one redelivered
        await queue_for_human(console, request)

    ticket = await console.tickets.latest_ticket(subject)
    assert ticket is not None
    assert ticket.status == "waiting", "nobody available: it waits"
    document = await console.tickets.ticket_document(ticket.id)
    assert document is not None
    ids = sorted(request["request_id"] for request in document["requests"])
    assert ids == sorted([first.event_id, second.event_id])
    # Each request announces (again) that people hold the conversation: a redelivery
    # after a failed announcement still reaches the agent.
    states = await events_of(infrastructure.kafka_bootstrap, HANDOFF_STATE, subject, count=3)
    assert {str(s["payload"]) for s in states} == {
        str({"holder": "human", "ticket_id": ticket.id, "operator_id": None})
    }


async def test_asking_for_a_person_is_queued_first(
    console: Console, unique: Callable[[str], str]
) -> None:
    asked, unsure = unique("sub"), unique("sub")
    await queue_for_human(console, _request(unsure, "low_confidence"))
    await queue_for_human(console, _request(asked, "customer_asked_for_human"))

    waiting = [t.subject for t in await console.tickets.tickets(["waiting"])]
    assert waiting.index(asked) < waiting.index(unsure)


async def test_a_later_more_urgent_request_raises_the_priority_and_the_text_is_kept(
    console: Console, unique: Callable[[str], str], keyring: Keyring
) -> None:
    subject = unique("sub")
    await queue_for_human(console, _request(subject, "low_confidence"))
    sealed = keyring.seal_text("socorro", subject)
    await queue_for_human(console, _request(subject, "customer_asked_for_human", text=sealed))

    ticket = await console.tickets.latest_ticket(subject)
    assert ticket is not None
    assert ticket.priority == 0
    document = await console.tickets.ticket_document(ticket.id)
    assert document is not None
    [kept] = [r for r in document["requests"] if r["text"]]
    assert keyring.open_text(Sealed.model_validate(kept["text"]), subject) == "socorro"
    assert console.forwarded_text(subject, kept["text"]) == "socorro"


async def test_the_transcript_keeps_redacted_messages_and_replies_in_order(
    console: Console, unique: Callable[[str], str]
) -> None:
    subject = unique("sub")
    customer = MessageRedacted(
        subject=subject,
        conversation_id=f"cnv_{subject}",
        producer="redaction",
        payload=RedactedMessage(message_id="msg.1", text="meu cpf é [CPF_1]"),
    )
    agent = ReplyDrafted.caused_by(
        customer,
        "agent",
        occurred_at=customer.occurred_at + timedelta(seconds=1),
        payload=DraftReply(reply_to="msg.1", text="Vou chamar uma pessoa.", source="agent"),
    )
    for event in (customer, customer):
        await record_customer_message(console.tickets, event)
    await record_reply(console.tickets, agent)

    transcript = await console.tickets.transcript(subject)
    assert [(m["role"], m["text"]) for m in transcript] == [
        ("customer", "meu cpf é [CPF_1]"),
        ("agent", "Vou chamar uma pessoa."),
    ]
    assert await console.tickets.last_customer_message(subject) == "msg.1"


async def test_a_tickets_transcript_starts_after_the_previous_ticket_was_resolved(
    console: Console, unique: Callable[[str], str]
) -> None:
    subject = unique("sub")
    console.reopen_window = timedelta(0)  # the second request opens a new ticket
    old = MessageRedacted(
        subject=subject,
        conversation_id=f"cnv_{subject}",
        producer="redaction",
        payload=RedactedMessage(message_id="msg.old", text="primeira conversa"),
    )
    await record_customer_message(console.tickets, old)
    await queue_for_human(console, _request(subject, "low_confidence"))
    first = await console.tickets.latest_ticket(subject)
    assert first is not None
    assert await console.tickets.resolve(first.id) is not None
    new = MessageRedacted(
        subject=subject,
        conversation_id=f"cnv_{subject}",
        producer="redaction",
        payload=RedactedMessage(message_id="msg.new", text="segunda conversa"),
    )
    await record_customer_message(console.tickets, new)
    await queue_for_human(console, _request(subject, "customer_asked_for_human"))
    second = await console.tickets.latest_ticket(subject)
    assert second is not None
    assert second.id != first.id

    texts = [m["text"] for m in await console.tickets.ticket_transcript(second)]

    assert texts == ["segunda conversa"]

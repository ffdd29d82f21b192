"""The hand-off queue against the real store."""

from collections.abc import Callable
from typing import Any

import pytest
from pymongo.asynchronous.database import AsyncDatabase

from confia.crypto import Keyring, Sealed
from confia.events import HandoffRequested
from confia.events.schemas import HandoffRequest
from confia.handoff.handlers import queue_for_human
from confia.handoff.store import TicketStore

pytestmark = pytest.mark.integration


def _request(subject: str, reason: str) -> HandoffRequested:
    return HandoffRequested(
        subject=subject,
        conversation_id=f"cnv_{subject}",
        producer="agent",
        payload=HandoffRequest(reason=reason),
    )


async def test_requests_for_one_conversation_share_one_waiting_ticket(
    database: AsyncDatabase[dict[str, Any]], unique: Callable[[str], str]
) -> None:
    tickets = TicketStore(database)
    subject = unique("sub")
    first, second = _request(subject, "low_confidence"), _request(subject, "low_confidence")
    for request in (first, second, first):  # the first one redelivered
        await queue_for_human(tickets, request)

    ticket = await tickets.ticket(f"cnv_{subject}")
    assert ticket is not None
    assert ticket["status"] == "waiting"
    ids = sorted(request["request_id"] for request in ticket["requests"])
    assert ids == sorted([first.event_id, second.event_id])


async def test_asking_for_a_person_is_queued_first(
    database: AsyncDatabase[dict[str, Any]], unique: Callable[[str], str]
) -> None:
    tickets = TicketStore(database)
    asked, unsure = unique("sub"), unique("sub")
    await queue_for_human(tickets, _request(asked, "customer_asked_for_human"))
    await queue_for_human(tickets, _request(unsure, "low_confidence"))

    asked_ticket = await tickets.ticket(f"cnv_{asked}")
    unsure_ticket = await tickets.ticket(f"cnv_{unsure}")
    assert asked_ticket is not None
    assert unsure_ticket is not None
    assert asked_ticket["priority"] < unsure_ticket["priority"]


async def test_a_later_more_urgent_request_raises_the_priority_and_the_text_is_kept(
    database: AsyncDatabase[dict[str, Any]], unique: Callable[[str], str], keyring: Keyring
) -> None:
    tickets = TicketStore(database)
    subject = unique("sub")
    await queue_for_human(tickets, _request(subject, "low_confidence"))
    urgent = HandoffRequested(
        subject=subject,
        conversation_id=f"cnv_{subject}",
        producer="consent",
        payload=HandoffRequest(
            reason="customer_asked_for_human", text=keyring.seal_text("socorro", subject)
        ),
    )
    await queue_for_human(tickets, urgent)

    ticket = await tickets.ticket(f"cnv_{subject}")
    assert ticket is not None
    assert ticket["priority"] == 0
    [kept] = [r for r in ticket["requests"] if r["text"]]
    assert keyring.open_text(Sealed.model_validate(kept["text"]), subject) == "socorro"

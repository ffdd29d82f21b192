"""Handoff use cases: queue conversations for people, keep the redacted transcript, and
what operators do in the console — each action published for audit."""

import asyncio
import logging
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from faststream.kafka import KafkaBroker

from confia.crypto import Keyring, Sealed, new_box_keys, open_box
from confia.events import HandoffRequested, MessageRedacted, ReplyDrafted
from confia.events.schemas import (
    ConversationHolder,
    DraftReply,
    HandoffStateChanged,
    OperatorActed,
    OperatorAction,
    OperatorActionName,
    RevealCompleted,
    RevealReason,
    RevealRequest,
    RevealRequested,
)
from confia.events.topics import (
    CONVERSATION_REPLY,
    HANDOFF_STATE,
    OPERATOR_ACTIONS,
    PRIVACY_REVEAL_REQUESTED,
)
from confia.handoff.accounts import Accounts, Operator
from confia.handoff.domain import Seat, Ticket, TicketStatus, next_operator, priority_of
from confia.handoff.store import TicketStore
from confia.runtime.bus import outgoing, publish
from confia.runtime.metrics import (
    HANDOFF_OLDEST_UNANSWERED,
    HANDOFF_QUEUE_LENGTH,
    HANDOFF_WAITING_SECONDS,
)

logger = logging.getLogger("confia.handoff")

SERVICE = "handoff"
CONSOLE_CONVERSATION = "console"


class RevealFailed(Exception):  # noqa: N818 - an outcome, named as one
    """The vault refused or did not answer in time; `str()` says which, never a value."""


@dataclass
class Reveals:
    """Reveal requests this process is waiting for: each one's private key lives here, in
    memory, only until its answer arrives."""

    timeout_seconds: float = 10.0
    _pending: dict[str, tuple[str, asyncio.Future[RevealCompleted]]] = field(default_factory=dict)

    def expect(self, request_id: str, private_key: str) -> asyncio.Future[RevealCompleted]:
        future: asyncio.Future[RevealCompleted] = asyncio.get_running_loop().create_future()
        self._pending[request_id] = (private_key, future)
        return future

    def answered(self, event: RevealCompleted) -> None:
        pending = self._pending.get(event.payload.request_id)
        if pending is not None and not pending[1].done():
            pending[1].set_result(event)

    def forget(self, request_id: str) -> str | None:
        pending = self._pending.pop(request_id, None)
        return pending[0] if pending else None


@dataclass
class Console:
    tickets: TicketStore
    accounts: Accounts
    broker: KafkaBroker
    reveals: Reveals
    keyring: Keyring
    reopen_window: timedelta = timedelta(minutes=30)

    def forwarded_text(self, subject: str, sealed: dict[str, object]) -> str:
        """A message that skipped the AI (no consent, sensitive data), for the person."""
        return self.keyring.open_text(Sealed.model_validate(sealed), subject)

    async def act(
        self,
        action: OperatorActionName,
        operator: Operator | None,
        *,
        ticket: Ticket | None = None,
        target: str | None = None,
        detail: str | None = None,
    ) -> None:
        """Publish what a person did, for audit."""
        subject = ticket.subject if ticket else (operator.id if operator else "anonymous")
        event = OperatorActed(
            subject=subject,
            conversation_id=ticket.conversation_id if ticket else CONSOLE_CONVERSATION,
            producer=SERVICE,
            payload=OperatorAction(
                action=action,
                operator_id=operator.id if operator else None,
                role=operator.role if operator else None,
                ticket_id=ticket.id if ticket else None,
                target_operator_id=target,
                detail=detail,
            ),
        )
        await publish(self.broker, outgoing(OPERATOR_ACTIONS, event))
        logger.info(
            "operator action=%s operator_id=%s ticket_id=%s",
            action,
            operator.id if operator else None,
            ticket.id if ticket else None,
        )


async def queue_for_human(console: Console, event: HandoffRequested) -> None:
    """Open (or add to) the customer's ticket; the conversation now belongs to people."""
    payload = event.payload
    request = {
        "request_id": event.event_id,
        "reason": payload.reason,
        "message_id": payload.message_id,
        "decision_id": payload.decision_id,
        "text": payload.text.model_dump(mode="json") if payload.text else None,
        "requested_at": event.occurred_at,
    }
    ticket, opened = await console.tickets.open_ticket(
        event.subject,
        event.conversation_id,
        request,
        priority_of(payload.reason),
        console.reopen_window,
    )
    logger.info("ticket_id=%s queued reason=%s opened=%s", ticket.id, payload.reason, opened)
    # Announced on every request, not only when the ticket opened: if a first attempt
    # stored the ticket and failed before announcing, its redelivery still announces.
    if ticket.status == "waiting":
        await _announce_holder(console, ticket, "human", None)
        await auto_assign(console, ticket)
    else:
        await _announce_holder(console, ticket, "human", ticket.assigned_to)
    if opened:
        await count_queue(console)


async def auto_assign(console: Console, ticket: Ticket) -> Ticket | None:
    """Give a waiting ticket to the next available operator with room, if any."""
    operators = [op for op in await console.accounts.all() if op.role == "operator"]
    counts = await console.tickets.open_counts()
    seats = [
        Seat(op.id, op.available and op.mfa_enrolled, op.capacity, counts.get(op.id, 0))
        for op in operators
    ]
    prefer = await console.tickets.previous_operator(ticket.id)
    chosen = next_operator(seats, await console.tickets.last_assigned(), prefer)
    if chosen is None:
        return None
    assigned = await console.tickets.assign(ticket.id, chosen, only_if_waiting=True)
    if assigned is not None:
        _waited(ticket)
        await console.tickets.remember_assigned(chosen)
        await console.act("ticket_assigned", None, ticket=assigned, target=chosen, detail="auto")
        await _announce_holder(console, assigned, "human", chosen)
        await count_queue(console)
    return assigned


async def assign_waiting(console: Console) -> None:
    """Capacity freed up (a resolve, someone back online): hand out waiting tickets."""
    for ticket in await console.tickets.tickets(["waiting"]):
        if await auto_assign(console, ticket) is None:
            return


async def record_customer_message(tickets: TicketStore, event: MessageRedacted) -> None:
    await tickets.add_message(
        event.payload.message_id, event.subject, "customer", event.payload.text, event.occurred_at
    )


async def record_reply(tickets: TicketStore, event: ReplyDrafted) -> None:
    await tickets.add_message(
        event.event_id, event.subject, event.payload.source, event.payload.text, event.occurred_at
    )


async def take(console: Console, operator: Operator, ticket: Ticket) -> Ticket | None:
    taken = await console.tickets.assign(ticket.id, operator.id, only_if_waiting=True)
    if taken is not None:
        _waited(ticket)
        await console.act("ticket_taken", operator, ticket=taken)
        await _announce_holder(console, taken, "human", operator.id)
        await count_queue(console)
    return taken


async def assign(
    console: Console, supervisor: Operator, ticket: Ticket, operator_id: str
) -> Ticket | None:
    assigned = await console.tickets.assign(ticket.id, operator_id, only_if_waiting=False)
    if assigned is not None:
        if ticket.status == TicketStatus.WAITING:
            _waited(ticket)
        await console.act("ticket_assigned", supervisor, ticket=assigned, target=operator_id)
        await _announce_holder(console, assigned, "human", operator_id)
        await count_queue(console)
    return assigned


async def reply(console: Console, operator: Operator, ticket: Ticket, text: str) -> None:
    """The operator's words go the customer's way: redaction restores their tokens and
    ingress sends it, like any reply."""
    reply_to = await console.tickets.last_customer_message(ticket.subject) or ticket.id
    event = ReplyDrafted(
        subject=ticket.subject,
        conversation_id=ticket.conversation_id,
        producer=SERVICE,
        payload=DraftReply(reply_to=reply_to, text=text, source="human"),
    )
    await publish(console.broker, outgoing(CONVERSATION_REPLY, event))
    await console.tickets.first_response(ticket.id)
    await console.act("reply_sent", operator, ticket=ticket)
    await count_queue(console)


async def resolve(console: Console, operator: Operator, ticket: Ticket) -> Ticket | None:
    resolved = await console.tickets.resolve(ticket.id)
    if resolved is None:
        current = await console.tickets.ticket(ticket.id)
        if current is None or current.status != "resolved":
            return None
        # Resolved by an earlier attempt that may have failed before announcing: the
        # bot must get the conversation back, so announce again (idempotent).
        await _announce_holder(console, current, "bot", None)
        return current
    await _announce_holder(console, resolved, "bot", None)
    await console.act("ticket_resolved", operator, ticket=resolved)
    await assign_waiting(console)
    await count_queue(console)
    return resolved


async def reveal(
    console: Console,
    operator: Operator,
    ticket: Ticket,
    token: str,
    reason: RevealReason,
    justification: str,
) -> str:
    """Ask the vault for one value, sealed to a key made for this reveal only; return it
    once. Raises RevealFailed with the refusal or a timeout."""
    private_key, public_key = new_box_keys()
    request_id = f"rvl_{secrets.token_hex(8)}"
    answer = console.reveals.expect(request_id, private_key)
    event = RevealRequested(
        subject=ticket.subject,
        conversation_id=ticket.conversation_id,
        producer=SERVICE,
        payload=RevealRequest(
            request_id=request_id,
            token=token,
            operator_id=operator.id,
            operator_role=operator.role,
            reason=reason,
            reply_key=public_key,
        ),
    )
    # The operator's words stay here, erasable with the customer's data: free text may
    # name people, and the request topic is kept a year.
    await console.tickets.record_reveal(
        {
            "_id": request_id,
            "subject": ticket.subject,
            "ticket_id": ticket.id,
            "operator_id": operator.id,
            "role": operator.role,
            "token": token,
            "reason": reason,
            "justification": justification,
            "requested_at": datetime.now(UTC),
        }
    )
    await console.act("reveal_requested", operator, ticket=ticket, detail=token)
    try:
        await publish(console.broker, outgoing(PRIVACY_REVEAL_REQUESTED, event))
        completed = await asyncio.wait_for(answer, console.reveals.timeout_seconds)
    except TimeoutError as error:
        await console.act("reveal_refused", operator, ticket=ticket, detail="timeout")
        raise RevealFailed("timeout") from error
    finally:
        console.reveals.forget(request_id)
    outcome = completed.payload
    if outcome.outcome != "revealed" or outcome.value is None:
        await console.act("reveal_refused", operator, ticket=ticket, detail=outcome.refusal)
        raise RevealFailed(outcome.refusal or "refused")
    await console.act("reveal_shown", operator, ticket=ticket, detail=token)
    return open_box(private_key, outcome.value).decode()


async def _announce_holder(
    console: Console, ticket: Ticket, holder: str, operator_id: str | None
) -> None:
    event = HandoffStateChanged(
        subject=ticket.subject,
        conversation_id=ticket.conversation_id,
        producer=SERVICE,
        payload=ConversationHolder(
            holder=holder,  # type: ignore[arg-type]
            ticket_id=ticket.id,
            operator_id=operator_id,
        ),
    )
    await publish(console.broker, outgoing(HANDOFF_STATE, event))


async def count_queue(console: Console) -> None:
    """Refresh the queue's metrics after a change to it; a failure here fails no action."""
    try:
        counts, oldest = await console.tickets.queue_summary()
    except Exception:
        logger.warning("handoff queue metrics not refreshed", exc_info=True)
        return
    for status, count in counts.items():
        HANDOFF_QUEUE_LENGTH.labels(status).set(count)
    HANDOFF_OLDEST_UNANSWERED.set(oldest.timestamp() if oldest else 0)


def _waited(ticket: Ticket) -> None:
    """A waiting ticket got its person: how long the customer waited."""
    HANDOFF_WAITING_SECONDS.observe((datetime.now(UTC) - ticket.waiting_since).total_seconds())

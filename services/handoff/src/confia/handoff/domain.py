"""Ticket rules and who may do what (pure).

A ticket is one stretch of a customer's conversation that belongs to people: opened by a
hand-off request, waiting → assigned → resolved. A new request within the reopen window
after a resolve reopens the same ticket (and prefers the same operator) instead of
starting over with someone else.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum


class TicketStatus(StrEnum):
    WAITING = "waiting"
    ASSIGNED = "assigned"
    RESOLVED = "resolved"


OPEN_STATUSES = (TicketStatus.WAITING.value, TicketStatus.ASSIGNED.value)

# The customer asked, something went wrong, or it may hurt: these jump the queue.
_URGENT_REASONS = ("customer_asked_for_human", "agent_failed", "answerer_failed")
_URGENT_TOPICS = ("reserved_topic:safety", "reserved_topic:fraud", "frustration")


def priority_of(reason: str) -> int:
    """Lower is sooner: explicit requests and risks first, then the agent's doubts."""
    if reason.startswith(_URGENT_REASONS) or reason.startswith(_URGENT_TOPICS):
        return 0
    return 1


@dataclass(frozen=True)
class Ticket:
    id: str
    subject: str
    conversation_id: str
    status: str
    reason: str
    priority: int
    waiting_since: datetime
    assigned_to: str | None = None
    first_response_at: datetime | None = None
    resolved_at: datetime | None = None


def overdue(ticket: Ticket, now: datetime, first_response_sla: timedelta) -> bool:
    """Open, nobody answered the customer yet, and the SLA has passed."""
    return (
        ticket.status in OPEN_STATUSES
        and ticket.first_response_at is None
        and now - ticket.waiting_since > first_response_sla
    )


def reopenable(ticket: Ticket, now: datetime, window: timedelta) -> bool:
    return (
        ticket.status == TicketStatus.RESOLVED
        and ticket.resolved_at is not None
        and now - ticket.resolved_at <= window
    )


@dataclass(frozen=True)
class Seat:
    """An operator as the assigner sees them."""

    operator_id: str
    available: bool
    capacity: int
    open_tickets: int


def next_operator(
    seats: Sequence[Seat], after: str | None, prefer: str | None = None
) -> str | None:
    """Round-robin over available operators with room, starting after `after`.

    `prefer` (the operator of a reopened ticket) goes first when they have room.
    """
    free = sorted(
        (seat for seat in seats if seat.available and seat.open_tickets < seat.capacity),
        key=lambda seat: seat.operator_id,
    )
    if not free:
        return None
    if prefer and any(seat.operator_id == prefer for seat in free):
        return prefer
    for seat in free:
        if after is None or seat.operator_id > after:
            return seat.operator_id
    return free[0].operator_id


# --- who may do what -------------------------------------------------------------------

PERMISSIONS: dict[str, frozenset[str]] = {
    "queue.read": frozenset({"operator", "supervisor", "dpo"}),
    "ticket.take": frozenset({"operator", "supervisor"}),
    "ticket.assign": frozenset({"supervisor"}),
    "ticket.view": frozenset({"operator", "supervisor", "dpo"}),
    "ticket.reply": frozenset({"operator", "supervisor"}),
    "ticket.resolve": frozenset({"operator", "supervisor"}),
    "reports.read": frozenset({"supervisor"}),
    "reveals.read": frozenset({"dpo"}),
    "accounts.manage": frozenset({"admin"}),
}
# Operators act on their own tickets only; the other roles that may act, on any.
_OWN_TICKETS_ONLY = frozenset({"operator"})


def may(role: str, permission: str) -> bool:
    return role in PERMISSIONS.get(permission, frozenset())


def may_on_ticket(role: str, operator_id: str, permission: str, ticket: Ticket) -> bool:
    if not may(role, permission):
        return False
    if role in _OWN_TICKETS_ONLY:
        # Their own tickets while they hold them: a resolved conversation is not theirs.
        return ticket.assigned_to == operator_id and ticket.status in OPEN_STATUSES
    return True

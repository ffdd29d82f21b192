"""Ticket rules (pure)."""

from enum import StrEnum


class TicketStatus(StrEnum):
    WAITING = "waiting"
    ASSIGNED = "assigned"
    RESOLVED = "resolved"


# The customer asked, or something went wrong: these jump the queue.
_URGENT_REASONS = frozenset({"customer_asked_for_human", "agent_failed"})


def priority_of(reason: str) -> int:
    """Lower is sooner: explicit requests first, then the agent's doubts."""
    return 0 if reason in _URGENT_REASONS else 1

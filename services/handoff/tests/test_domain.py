"""Ticket rules and permissions (pure)."""

from datetime import UTC, datetime, timedelta

import pytest

from confia.handoff.domain import (
    PERMISSIONS,
    Seat,
    Ticket,
    may,
    may_on_ticket,
    next_operator,
    overdue,
    priority_of,
    reopenable,
)

NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)


def _ticket(**changes: object) -> Ticket:
    fields: dict[str, object] = {
        "id": "tkt_1",
        "subject": "sub_1",
        "conversation_id": "cnv_1",
        "status": "waiting",
        "reason": "low_confidence",
        "priority": 1,
        "waiting_since": NOW - timedelta(minutes=20),
    }
    return Ticket(**{**fields, **changes})  # type: ignore[arg-type]


def test_customers_asking_and_risks_come_first() -> None:
    assert priority_of("customer_asked_for_human") == 0
    assert priority_of("reserved_topic:safety") == 0
    assert priority_of("answerer_failed:timeout") == 0
    assert priority_of("low_confidence") == 1
    assert priority_of("reserved_topic:data_rights") == 1


def test_overdue_only_while_open_and_unanswered() -> None:
    sla = timedelta(minutes=15)
    assert overdue(_ticket(), NOW, sla)
    assert not overdue(_ticket(waiting_since=NOW - timedelta(minutes=5)), NOW, sla)
    assert not overdue(_ticket(first_response_at=NOW - timedelta(minutes=1)), NOW, sla)
    assert not overdue(_ticket(status="resolved"), NOW, sla)


def test_a_resolved_ticket_reopens_only_within_the_window() -> None:
    window = timedelta(minutes=30)
    assert reopenable(
        _ticket(status="resolved", resolved_at=NOW - timedelta(minutes=10)), NOW, window
    )
    assert not reopenable(
        _ticket(status="resolved", resolved_at=NOW - timedelta(minutes=40)), NOW, window
    )
    assert not reopenable(_ticket(status="assigned"), NOW, window)


def test_round_robin_skips_the_unavailable_and_the_full() -> None:
    seats = [
        Seat("op_a", True, 2, 0),
        Seat("op_b", False, 2, 0),
        Seat("op_c", True, 1, 1),
        Seat("op_d", True, 3, 2),
    ]
    assert next_operator(seats, after=None) == "op_a"
    assert next_operator(seats, after="op_a") == "op_d"
    assert next_operator(seats, after="op_d") == "op_a", "wraps around"
    assert next_operator(seats, after="op_a", prefer="op_d") == "op_d"
    assert next_operator(seats, after="op_a", prefer="op_c") == "op_d", "preferred but full"
    assert next_operator([Seat("op_b", False, 2, 0)], after=None) is None


@pytest.mark.parametrize("permission", sorted(PERMISSIONS))
def test_every_permission_is_denied_to_some_role(permission: str) -> None:
    roles = ("operator", "supervisor", "dpo", "admin")
    assert not all(may(role, permission) for role in roles)


def test_operators_act_on_their_own_tickets_only() -> None:
    mine, theirs = _ticket(assigned_to="op_me"), _ticket(assigned_to="op_other")
    assert may_on_ticket("operator", "op_me", "ticket.reply", mine)
    resolved = _ticket(assigned_to="op_me", status="resolved")
    assert not may_on_ticket("operator", "op_me", "ticket.view", resolved)
    assert not may_on_ticket("operator", "op_me", "ticket.reply", theirs)
    assert may_on_ticket("supervisor", "op_sup", "ticket.reply", theirs)
    assert not may_on_ticket("dpo", "op_dpo", "ticket.reply", theirs)
    assert may_on_ticket("dpo", "op_dpo", "ticket.view", theirs)
    assert not may_on_ticket("admin", "op_admin", "ticket.view", theirs)

"""Audit subscribes to what the access table lets it read, or it would not start under ACLs."""

from confia.audit.app import AUDITED_TOPICS, TOPICS
from confia.events import dlq
from confia.events.access import ACCESS
from confia.events.topics import AUDIT_EVENTS, INTERNAL_TOPICS


def test_audit_reads_exactly_what_its_acls_allow() -> None:
    assert set(AUDITED_TOPICS) <= set(ACCESS["audit"].all_reads)
    assert set(TOPICS) - {AUDIT_EVENTS, dlq(AUDIT_EVENTS)} <= set(ACCESS["audit"].all_reads)


def test_audit_never_subscribes_to_a_services_private_log() -> None:
    for private in INTERNAL_TOPICS:
        assert private not in AUDITED_TOPICS
        assert dlq(private) in AUDITED_TOPICS, "its dead letters are audited"
